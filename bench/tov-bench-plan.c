/* tov-bench-plan.c: open a 500-item masterplan, type in it
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tovholder-bench-plan [--items N] [--reopen N] [--no-typing]
 *                      [--db PATH [--family ID] [--present] [--show]]
 * Prints the time to open the plan page (store reads and widgets, laid
 * out and drawn once), then to open it again N times (another family
 * shown in between: the widgets exist, the rows are bound anew), the cost
 * of each keystroke over 200 keys (--keys): from the key to the frame it
 * causes painted, not counting the wait for the frame clock (the row grows,
 * the editor notes the text; no store write), in wall and in CPU time, and of the deferred save that follows a pause
 * (one committed write and the undo step).
 * With --show it keeps the window open (for screenshots).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <time.h>

#include "tov-i18n.h"
#include "tov-plan-item-row.h"
#include "tov-plan-page.h"
#include "tov-resources.h"
#include "tov-store-plan.h"

static void
run_until_idle (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Runs the main loop until the window has drawn a frame after everything pending. */
static void
run_until_drawn (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 frame;

  run_until_idle ();
  if (clock == NULL)
    return;
  frame = gdk_frame_clock_get_frame_counter (clock);
  gtk_widget_queue_draw (widget);
  while (gdk_frame_clock_get_frame_counter (clock) <= frame)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
}

typedef struct
{
  gint64 start;
  gint64 end;
} FrameTimes;

static void
on_frame_update_cb (GdkFrameClock *clock,
                    FrameTimes    *frame)
{
  frame->start = g_get_monotonic_time ();
}

static void
on_frame_after_paint_cb (GdkFrameClock *clock,
                         FrameTimes    *frame)
{
  frame->end = g_get_monotonic_time ();
}

/* µs of CPU this thread has used: unlike the wall clock, not stretched by other processes */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static char *
make_plan (TovStore *store,
           guint     n_items)
{
  static const char *kinds[] = { "situation", "resource", "worry", "works_well", "goal", "effort", "contract" };
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(TovRecord) draft = NULL;

  tov_record_set (family, "name", "Benchmark");
  tov_record_set (family, "status", "active");
  tov_record_set (family, "languages", "ar da");
  g_assert (tov_store_insert (store, family, NULL, NULL));
  draft = tov_store_plan_get_draft (store, tov_record_get_id (family), NULL);
  tov_store_begin (store, NULL);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TovRecord) item = tov_record_new ("plan_items");
      g_autofree char *text = g_strdup_printf ("Punkt %u: familien arbejder med at nå sine mål, "
                                               "skridt for skridt, med netværket omkring sig.", i);
      tov_record_set (item, "version_id", tov_record_get_id (draft));
      tov_record_set (item, "kind", kinds[i % G_N_ELEMENTS (kinds)]);
      tov_record_set (item, "text", text);
      tov_record_set_int (item, "position", i);
      g_assert (tov_store_insert (store, item, NULL, NULL));
      if (i % 2 == 0)
        {
          g_autoptr(TovRecord) tr = tov_record_new ("translations");
          tov_record_set (tr, "family_id", tov_record_get_id (family));
          tov_record_set (tr, "source_table", "plan_items");
          tov_record_set (tr, "source_id", tov_record_get_id (item));
          tov_record_set (tr, "field", "text");
          tov_record_set (tr, "language", "ar");
          tov_record_set (tr, "text", "تعمل الأسرة على تحقيق أهدافها خطوة بخطوة");
          g_assert (tov_store_insert (store, tr, NULL, NULL));
        }
    }
  tov_store_commit (store, NULL);
  return g_strdup (tov_record_get_id (family));
}

int
main (int   argc,
      char *argv[])
{
  int n_items = 500;
  int reopen = 0;
  int n_keys = 200;
  gboolean no_typing = FALSE;
  g_autofree char *db = NULL;
  g_autofree char *family = NULL;
  gboolean present = FALSE, show = FALSE;
  GOptionEntry entries[] = {
    { "items", 0, 0, G_OPTION_ARG_INT, &n_items, "Items in the generated plan", "N" },
    { "reopen", 0, 0, G_OPTION_ARG_INT, &reopen, "Open the plan again N times", "N" },
    { "keys", 0, 0, G_OPTION_ARG_INT, &n_keys, "Keys to type (200)", "N" },
    { "no-typing", 0, 0, G_OPTION_ARG_NONE, &no_typing, "Only open the plan", NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "Use this database", "PATH" },
    { "family", 0, 0, G_OPTION_ARG_STRING, &family, "Family id or name (with --db)", "ID" },
    { "present", 0, 0, G_OPTION_ARG_NONE, &present, "Family-present mode", NULL },
    { "show", 0, 0, G_OPTION_ARG_NONE, &show, "Keep the window open", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(TovStore) store = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keys_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) binds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reopens = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWindow *window;
  TovPlanPage *page;
  GList *rows;
  gint64 t0;
  double open_ms;

  tov_i18n_init ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  gtk_init ();
  adw_init ();
  tov_register_resource ();

  if (db == NULL)
    {
      dir = g_dir_make_tmp ("tov-bench-plan-XXXXXX", NULL);
      db = g_build_filename (dir, "bench.sqlite", NULL);
    }
  store = tov_store_open (db, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  if (family != NULL)
    {
      char *id = tov_store_resolve_family (store, family, &error);
      if (id == NULL)
        g_error ("%s", error->message);
      g_free (family);
      family = id;
    }
  else
    family = make_plan (store, n_items);
  tov_plan_page_get_type ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 900);
  page = TOV_PLAN_PAGE (tov_plan_page_new ());
  gtk_window_set_child (window, GTK_WIDGET (page));
  g_object_set (page, "store", store, NULL);
  gtk_window_present (window);
  run_until_drawn (GTK_WIDGET (window));

  t0 = g_get_monotonic_time ();
  tov_plan_page_set_family_id (page, family);
  tov_plan_page_set_family_present (page, present);
  run_until_drawn (GTK_WIDGET (window));
  open_ms = (g_get_monotonic_time () - t0) / 1000.0;

  for (int i = 0; i < reopen; i++)
    {
      g_autofree char *again = g_strdup (family);
      double ms;

      tov_plan_page_set_family_id (page, NULL);
      run_until_drawn (GTK_WIDGET (window));
      t0 = g_get_monotonic_time ();
      tov_plan_page_set_family_id (page, again);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (binds, ms);
      run_until_drawn (GTK_WIDGET (window));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (reopens, ms);
    }
  g_array_sort (reopens, compare_double);
  g_array_sort (binds, compare_double);

  if (show)
    {
      while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
        g_main_context_iteration (NULL, TRUE);
      return 0;
    }

  rows = tov_plan_page_get_item_rows (page);
  if (rows != NULL && !no_typing)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (tov_plan_item_row_get_text_view (rows->data)));

      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
      FrameTimes frame = { 0, };

      g_signal_connect (clock, "update", G_CALLBACK (on_frame_update_cb), &frame);
      g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_frame_after_paint_cb), &frame);
      for (int i = 0; i < n_keys; i++)
        {
          GtkTextIter end;
          gint64 k0 = g_get_monotonic_time ();
          gint64 c0 = thread_cpu_time ();
          gint64 k1;
          gint64 counter = gdk_frame_clock_get_frame_counter (clock);
          double ms;

          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert (buffer, &end, i % 7 == 6 ? " " : "a", 1);
          while (g_main_context_iteration (NULL, FALSE))
            ;
          k1 = g_get_monotonic_time ();
          /* the key is done when the frame it caused is painted */
          while (gdk_frame_clock_get_frame_counter (clock) <= counter || frame.end < frame.start)
            g_main_context_iteration (NULL, TRUE);
          ms = (k1 - k0 + MAX (frame.end - MAX (frame.start, k1), 0)) / 1000.0;
          g_array_append_val (keys, ms);
          ms = (thread_cpu_time () - c0) / 1000.0;
          g_array_append_val (keys_cpu, ms);
          /* a pause after every 20th key: the editor writes what was typed */
          if (i % 20 == 19)
            {
              gint64 s0 = g_get_monotonic_time ();

              tov_plan_editor_flush (tov_plan_page_get_editor (page), NULL);
              ms = (g_get_monotonic_time () - s0) / 1000.0;
              g_array_append_val (saves, ms);
              run_until_drawn (GTK_WIDGET (window));
            }
        }
      g_signal_handlers_disconnect_by_data (clock, &frame);
      g_array_sort (keys_cpu, compare_double);
      g_array_sort (keys, compare_double);
      g_array_sort (saves, compare_double);
    }
  g_print ("plan items: %u rows shown\n", g_list_length (rows));
  g_print ("open plan page: %.1f ms\n", open_ms);
  if (reopens->len > 0)
    g_print ("open again, %u times: best %.1f ms, median %.1f ms, max %.1f ms\n", reopens->len,
             g_array_index (reopens, double, 0), g_array_index (reopens, double, reopens->len / 2),
             g_array_index (reopens, double, reopens->len - 1));
  if (binds->len > 0)
    g_print ("  of which reading the plan and binding the rows: median %.1f ms\n",
             g_array_index (binds, double, binds->len / 2));
  if (keys->len > 0)
    {
      g_print ("keystroke to frame painted, %u keys: median %.2f ms, p95 %.2f ms, max %.2f ms\n", keys->len,
               g_array_index (keys, double, keys->len / 2), g_array_index (keys, double, keys->len * 95 / 100),
               g_array_index (keys, double, keys->len - 1));
      g_print ("  the same in CPU time: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
               g_array_index (keys_cpu, double, keys->len / 2),
               g_array_index (keys_cpu, double, keys->len * 95 / 100),
               g_array_index (keys_cpu, double, keys->len - 1));
    }
  if (saves->len > 0)
    g_print ("save after a pause (write + undo step), %u saves: median %.2f ms, max %.2f ms\n", saves->len,
             g_array_index (saves, double, saves->len / 2), g_array_index (saves, double, saves->len - 1));
  g_list_free (rows);
  gtk_window_destroy (window);
  run_until_idle ();
  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (db, "-wal", NULL), *shm = g_strconcat (db, "-shm", NULL);
      g_clear_object (&store);
      g_unlink (db); g_unlink (wal); g_unlink (shm); g_rmdir (dir);
    }
  return 0;
}
