/* tov-bench-search-ui.c: main-thread work per keystroke in the window's search
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tovholder-bench-search-ui DB [--words N] [--seed S]
 *
 * Opens DB (e.g. 10,000 families from tovholder-bench-generate, imported
 * with tovholder-cli), shows the real TovWindow and types N words drawn
 * with a fixed seed from the families' and persons' names into its search,
 * one letter at a time (up to six letters, then a space and the first
 * letters of a second name), as a coordinator does. Each keystroke is
 * timed from setting the entry's text through the search, the list
 * model's update, the rows built or rebound and the next frame laid out
 * and painted: the main thread's CPU time (CLOCK_THREAD_CPUTIME_ID, so the
 * wait for the frame clock does not count), the figure to hold under one
 * frame (8 ms leaves room at 60 Hz). Prints percentiles overall and by
 * query length. A benchmark, not a test: run it under Xvfb (bench/search-ui).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tov-resources.h"
#include "tov-window.h"

static int opt_words = 60;
static gboolean opt_sync = FALSE;
static int opt_seed = 20261126;

static const GOptionEntry entries[] = {
  { "words", 'w', 0, G_OPTION_ARG_INT, &opt_words, "Names to type (default: 60)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Random seed (default: 20261126)", "S" },
  { "sync", 0, 0, G_OPTION_ARG_NONE, &opt_sync,
    "Search on the main thread (tov_window_set_query), not typed into the entry", NULL },
  { NULL }
};

#define MAX_LENGTH 8

static void
run_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static guint frames;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  frames++;
}

/* The main loop's work up to and with the next frame painted. */
static void
run_until_painted (GtkWidget *window)
{
  guint seen = frames;

  gtk_widget_queue_draw (window);
  while (frames == seen)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
}

static GtkWidget *
find_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types @text into the search entry as a user does (the entry's delay, the
 * search in the window's worker thread) and waits for the list to show it. */
static void
type_query (TovWindow  *window,
            GtkWidget  *entry,
            const char *text)
{
  if (opt_sync)
    {
      tov_window_set_query (window, text);
      return;
    }
  {
    const char *now = gtk_editable_get_text (GTK_EDITABLE (entry));
    size_t len = strlen (now);

    /* A letter typed or taken back, not the whole text set again (that
     * clears the entry first, which it signals at once). */
    if (g_str_has_prefix (text, now))
      {
        int position = g_utf8_strlen (now, -1);

        gtk_editable_insert_text (GTK_EDITABLE (entry), text + len, -1, &position);
      }
    else if (g_str_has_prefix (now, text))
      gtk_editable_delete_text (GTK_EDITABLE (entry), g_utf8_strlen (text, -1), -1);
    else
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
  }
  while (tov_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
}

static double
thread_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  guint i;

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_double);
  i = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, i);
}

static void
print_line (const char *label,
            GArray     *values)
{
  if (values->len == 0)
    return;
  g_print ("%-12s %5u keystrokes  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %6.2f ms\n", label, values->len,
           percentile (values, 0.5), percentile (values, 0.95), percentile (values, 0.99),
           percentile (values, 1.0));
}

/* A name's first letters, whole characters. */
static char *
prefix (const char *name,
        guint       n_chars)
{
  const char *end = name;

  for (guint i = 0; i < n_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  return g_strndup (name, end - name);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("DB");
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cleared = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_length[MAX_LENGTH + 1];
  g_autoptr(GRand) rand = NULL;
  TovWindow *window;
  GtkWidget *entry;
  GListModel *families;
  gint64 t0;
  double list_ms;
  double cpu0, ms;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", FALSE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: tovholder-bench-search-ui DB [--words N] [--seed S]\n");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("tovholder-bench-search-ui: no display (run it under xvfb-run)\n");
      return 2;
    }
  tov_register_resource ();
  adw_init ();

  store = tov_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  persons = tov_store_list (store, "persons", NULL, NULL, &error);
  if (persons == NULL || persons->len == 0)
    {
      g_printerr ("%s: no persons to draw names from\n", argv[1]);
      return 1;
    }

  for (guint i = 0; i <= MAX_LENGTH; i++)
    by_length[i] = g_array_new (FALSE, FALSE, sizeof (double));

  window = g_object_new (TOV_TYPE_WINDOW, "default-width", 1280, "default-height", 800, NULL);
  t0 = g_get_monotonic_time ();
  tov_window_set_store (window, store);
  list_ms = (g_get_monotonic_time () - t0) / 1000.0;
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
  run_until_painted (GTK_WIDGET (window));
  families = tov_window_get_families (window);
  entry = find_entry (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  run_until_painted (GTK_WIDGET (window));
  g_print ("families listed: %u, showing them in the window: %.1f ms\n",
           g_list_model_get_n_items (families), list_ms);

  rand = g_rand_new_with_seed (opt_seed);
  for (int w = 0; w < opt_words; w++)
    {
      TovRecord *a = g_ptr_array_index (persons, g_rand_int_range (rand, 0, persons->len));
      TovRecord *b = g_ptr_array_index (persons, g_rand_int_range (rand, 0, persons->len));
      const char *first = tov_record_get (a, w % 2 == 0 ? "given_name" : "family_name");
      const char *second = tov_record_get (b, "family_name");
      g_autofree char *text = NULL;
      guint n;

      if (first == NULL || first[0] == '\0')
        continue;
      /* One word in three goes on to a second name: "Amal Has". */
      text = w % 3 == 0 && second != NULL ? g_strconcat (first, " ", second, NULL) : g_strdup (first);
      n = g_utf8_strlen (text, -1);

      for (guint len = 1; len <= n && len <= 6 + (w % 3 == 0 ? 4 : 0); len++)
        {
          g_autofree char *typed = prefix (text, len);

          cpu0 = thread_ms ();
          type_query (window, entry, typed);
          run_until_painted (GTK_WIDGET (window));
          ms = thread_ms () - cpu0;

          g_array_append_val (all, ms);
          g_array_append_val (by_length[MIN (len, MAX_LENGTH)], ms);
        }
      /* Clearing the search, back to every family: not a typing keystroke,
       * measured apart. */
      cpu0 = thread_ms ();
      type_query (window, entry, "");
      run_until_painted (GTK_WIDGET (window));
      ms = thread_ms () - cpu0;
      g_array_append_val (cleared, ms);
    }

  g_print ("typing %d names into the search (%s), main-thread CPU time per keystroke, to the next frame painted:\n",
           opt_words, opt_sync ? "searched on the main thread" : "typed, searched in the worker");
  print_line ("all", all);
  for (guint i = 1; i <= MAX_LENGTH; i++)
    {
      g_autofree char *label = g_strdup_printf (i < MAX_LENGTH ? "%u letter%s" : "%u+ letters", i,
                                                i == 1 ? "" : "s");
      print_line (label, by_length[i]);
      g_array_unref (by_length[i]);
    }
  g_array_unref (by_length[0]);
  print_line ("cleared", cleared);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  return 0;
}
