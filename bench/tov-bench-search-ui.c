/* tov-bench-search-ui.c: main-thread work per keystroke in the window's search
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tovholder-bench-search-ui DB [--words N] [--seed S] [--each]
 *
 * Opens DB (e.g. 10,000 families from tovholder-bench-generate, imported
 * with tovholder-cli), shows the real TovWindow and types N words drawn
 * with a fixed seed from the families' and persons' names into its search,
 * one letter at a time (up to six letters, then a space and the first
 * letters of a second name), as a coordinator does. All figures are the
 * main thread's CPU time (CLOCK_THREAD_CPUTIME_ID, so the wait for the
 * frame clock or the worker does not count). A keystroke spans about 200 ms
 * of wall time (the entry's delay, the worker's search) and GTK paints
 * frames meanwhile (the text cursor's fade), so each keystroke is split:
 *
 *   handler   the letter inserted into the entry, until control returns
 *   answer    from the worker's answer arriving (the main-loop iteration in
 *             which tov_window_is_searching () turns FALSE) through the
 *             next frame painted: list update, rows rebound, layout, paint
 *   idle      each frame painted between the two (its CPU since the frame
 *             before), the baseline any focused entry costs
 *   longest   the longest single frame's CPU during the keystroke (from one
 *             frame painted to the next; the one that decides whether a
 *             frame is dropped: 8 ms leaves room at 60 Hz)
 *   handler+answer  the work the keystroke causes
 *   all frames      the sum over every frame from the keystroke to the main
 *             loop idle after the answer's frame: the figure printed before
 *
 * Frames are painted as GTK schedules them, only what changed;
 * --full-redraw queues a redraw of the whole window before waiting for the
 * answer's frame, as this bench did before (its "all frames" is then the
 * old figure). A benchmark, not a test: run it under Xvfb.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tov-resources.h"
#include "tov-window.h"

static int opt_words = 60;
static gboolean opt_sync = FALSE;
static gboolean opt_full_redraw = FALSE;
static gboolean opt_each = FALSE;
static int opt_seed = 20261126;

static const GOptionEntry entries[] = {
  { "words", 'w', 0, G_OPTION_ARG_INT, &opt_words, "Names to type (default: 60)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Random seed (default: 20261126)", "S" },
  { "sync", 0, 0, G_OPTION_ARG_NONE, &opt_sync,
    "Search on the main thread (tov_window_set_query), not typed into the entry", NULL },
  { "full-redraw", 0, 0, G_OPTION_ARG_NONE, &opt_full_redraw,
    "Redraw the whole window for the answer's frame (how this bench measured before)", NULL },
  { "each", 0, 0, G_OPTION_ARG_NONE, &opt_each,
    "Print each keystroke: the text, the families shown, handler, callback, answer, longest frame", NULL },
  { NULL }
};

#define MAX_LENGTH 8

static void
run_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static double thread_ms (void);

static guint frames;
static GArray *paints;  /* the main thread's CPU time at each frame painted */

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  double now = thread_ms ();

  frames++;
  g_array_append_val (paints, now);
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

/* Types @text into the search entry as a user does; the entry's delay and
 * the search in the window's worker thread come after. */
static void
type_text (TovWindow  *window,
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
}

typedef struct
{
  double handler;
  double answer;
  double callback;  /* of the answer, the main-loop iteration that received it */
  double longest;
  double all;
  guint  n_idle;
} Keystroke;

static gboolean
wake_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The main loop until the frame after the answer is painted: a function of
 * its own so that a profile (perf) can tell the answer's frame from the
 * idle frames before it. */
static G_GNUC_NO_INLINE void
paint_answer (guint     n_answer,
              gboolean *timed_out)
{
  while (paints->len <= n_answer && !*timed_out)
    g_main_context_iteration (NULL, TRUE);
}

/* Types @text and follows the main thread until the list shows the answer,
 * painted, and the main loop is idle; the idle frames' CPU go to @idle. */
static void
type_query (TovWindow  *window,
            GtkWidget  *entry,
            const char *text,
            Keystroke  *k,
            GArray     *idle)
{
  double t0, t1, answer_start, answer_end, end, before = 0, after = 0;
  guint n_before = 0, n_answer;
  gboolean timed_out = FALSE;
  guint timeout;

  g_array_set_size (paints, 0);
  t0 = thread_ms ();
  type_text (window, entry, text);
  t1 = thread_ms ();
  answer_start = t1;
  n_answer = 0;
  if (tov_window_is_searching (window))
    {
      while (tov_window_is_searching (window))
        {
          before = thread_ms ();
          n_before = paints->len;
          g_main_context_iteration (NULL, TRUE);
          after = thread_ms ();
        }
      answer_start = before;
      n_answer = n_before;
    }
  else
    answer_start = t0;  /* shown at once (the search cleared): the handler did it */

  /* The answer's frame; a redraw of the whole window only as before. */
  if (opt_full_redraw)
    gtk_widget_queue_draw (GTK_WIDGET (window));
  timeout = g_timeout_add (500, wake_cb, &timed_out);
  paint_answer (n_answer, &timed_out);
  if (!timed_out)
    g_source_remove (timeout);
  answer_end = paints->len > n_answer ? g_array_index (paints, double, n_answer) : thread_ms ();
  run_until_idle ();
  end = thread_ms ();

  k->handler = t1 - t0;
  k->callback = answer_start == t0 ? 0 : after - before;
  k->answer = answer_end - (answer_start == t0 ? t1 : answer_start);
  k->all = end - t0;
  k->n_idle = 0;
  k->longest = 0;
  /* Frame by frame, from one frame painted to the next: the first holds the
   * handler, the answer's holds the answer, the work after the answer's
   * frame goes to the next. */
  for (guint i = 0; i <= paints->len; i++)
    {
      double from = i == 0 ? t0 : g_array_index (paints, double, i - 1);
      double to = i < paints->len ? g_array_index (paints, double, i) : end;

      k->longest = MAX (k->longest, to - from);
      if (i > 0 && i < n_answer)
        {
          double frame = to - from;

          g_array_append_val (idle, frame);
          k->n_idle++;
        }
    }
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

static double
p50_of (GArray *keys,
        gsize   offset,
        double  p)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < keys->len; i++)
    {
      const Keystroke *k = &g_array_index (keys, Keystroke, i);
      double v = offset == G_MAXSIZE ? k->handler + k->answer
                                     : *(const double *) ((const char *) k + offset);

      g_array_append_val (values, v);
    }
  return percentile (values, p);
}

static void
print_header (void)
{
  g_print ("%-11s %4s  %-13s  %-20s  %-11s  %-20s  %-13s  %-13s\n", "", "keys", "handler",
           "answer (callback)", "idle frame", "longest frame", "handler+answer", "all frames");
  g_print ("%-11s %4s  %-13s  %-20s  %-11s  %-20s  %-13s  %-13s\n", "", "", "p50    p95",
           "p50    p95   (p50)", "p50  (n/key)", "p50    p95    max", "p50    p95", "p50    p95");
}

static void
print_group (const char *label,
             GArray     *keys,
             GArray     *idle)
{
  guint n_idle = 0;

  if (keys->len == 0)
    return;
  for (guint i = 0; i < keys->len; i++)
    n_idle += g_array_index (keys, Keystroke, i).n_idle;
  g_print ("%-11s %4u  %5.2f %6.2f   %5.2f %6.2f (%5.2f)  %5.2f (%4.1f)  %5.2f %6.2f %6.2f   %5.2f %6.2f   %5.2f %6.2f\n",
           label, keys->len,
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, handler), 0.5),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, handler), 0.95),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, answer), 0.5),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, answer), 0.95),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, callback), 0.5),
           percentile (idle, 0.5), (double) n_idle / keys->len,
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, longest), 0.5),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, longest), 0.95),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, longest), 1.0),
           p50_of (keys, G_MAXSIZE, 0.5), p50_of (keys, G_MAXSIZE, 0.95),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, all), 0.5),
           p50_of (keys, G_STRUCT_OFFSET (Keystroke, all), 0.95));
}

/* --each: one keystroke, to tell a slow keystroke that comes back in every
 * run (something it does) from one that does not (the machine). */
static void
print_each (const char      *typed,
            GListModel      *families,
            const Keystroke *k)
{
  if (!opt_each)
    return;
  g_print ("  %-16s %5u shown  handler %5.2f  callback %5.2f  answer %5.2f  longest %5.2f\n",
           typed[0] != '\0' ? typed : "(cleared)", g_list_model_get_n_items (families),
           k->handler, k->callback, k->answer, k->longest);
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
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Keystroke));
  g_autoptr(GArray) all_idle = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cleared = g_array_new (FALSE, FALSE, sizeof (Keystroke));
  g_autoptr(GArray) cleared_idle = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_length[MAX_LENGTH + 1];
  GArray *idle_by_length[MAX_LENGTH + 1];
  g_autoptr(GRand) rand = NULL;
  TovWindow *window;
  GtkWidget *entry;
  GListModel *families;
  gint64 t0;
  double list_ms;

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
    {
      by_length[i] = g_array_new (FALSE, FALSE, sizeof (Keystroke));
      idle_by_length[i] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  paints = g_array_new (FALSE, FALSE, sizeof (double));

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
          Keystroke k;
          guint group = MIN (len, MAX_LENGTH);

          type_query (window, entry, typed, &k, idle_by_length[group]);
          print_each (typed, families, &k);
          g_array_append_val (all, k);
          g_array_append_val (by_length[group], k);
        }
      /* Clearing the search, back to every family: not a typing keystroke,
       * measured apart. */
      {
        Keystroke k;

        type_query (window, entry, "", &k, cleared_idle);
        print_each ("", families, &k);
        g_array_append_val (cleared, k);
      }
    }

  g_print ("typing %d names into the search (%s%s), main-thread CPU time per keystroke (ms):\n",
           opt_words, opt_sync ? "searched on the main thread" : "typed, searched in the worker",
           opt_full_redraw ? ", whole window redrawn for the answer" : "");
  print_header ();
  for (guint i = 1; i <= MAX_LENGTH; i++)
    g_array_append_vals (all_idle, idle_by_length[i]->data, idle_by_length[i]->len);
  print_group ("all", all, all_idle);
  for (guint i = 1; i <= MAX_LENGTH; i++)
    {
      g_autofree char *label = g_strdup_printf (i < MAX_LENGTH ? "%u letter%s" : "%u+ letters", i,
                                                i == 1 ? "" : "s");
      print_group (label, by_length[i], idle_by_length[i]);
    }
  for (guint i = 0; i <= MAX_LENGTH; i++)
    {
      g_array_unref (by_length[i]);
      g_array_unref (idle_by_length[i]);
    }
  print_group ("cleared", cleared, cleared_idle);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  return 0;
}
