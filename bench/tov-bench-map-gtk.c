/* tov-bench-map-gtk.c: the actor network map's frames, through GTK itself
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 1280x800 window holding only a TovMapView with N actors (default 300).
 * A tick callback moves a dragged node a little every frame, as a pointer
 * would (tov_map_view_drag_begin/update, what the drag gesture calls);
 * then, in a second run, every frame shows a new layout (what a new date
 * or an edit does: layout, names placed, the picture drawn again). The
 * frame clock's signals time each frame: "update" done to "after-paint"
 * is GTK snapshotting the widget, GSK rendering the nodes and the surface
 * presenting them. Run under Xvfb with the cairo renderer, as the issue
 * asks:
 *
 *   GSK_RENDERER=cairo xvfb-run -a _build/bench/tovholder-bench-map-gtk [N] [FRAMES]
 */

#include "config.h"

#include <stdlib.h>
#include <gtk/gtk.h>

#include "tov-bench-map-common.h"
#include "tov-map-view.h"

typedef struct
{
  TovMapView *view;
  TovMapData *data;
  gboolean    relayout;     /* each frame a new layout, not a drag step */
  guint       frames;
  guint       frame;
  double      paint_start;
  double      paint_start_cpu;
  GArray     *paint_ms;     /* update (the tick) done -> after-paint, wall clock */
  GArray     *paint_cpu;    /* the same, this thread's CPU time */
  GMainLoop  *loop;
} Run;

static double
wall_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
on_update_cb (GdkFrameClock *clock,
              Run           *run)
{
  run->paint_start = wall_ms ();
  run->paint_start_cpu = cpu_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Run           *run)
{
  double ms = wall_ms () - run->paint_start;
  double cpu = cpu_ms () - run->paint_start_cpu;

  if (run->paint_start <= 0 || run->frame < 3)   /* the first frames build caches */
    return;
  g_array_append_val (run->paint_ms, ms);
  g_array_append_val (run->paint_cpu, cpu);
  run->paint_start = 0;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Run *run = user_data;
  const TovMapLayout *layout = tov_map_view_get_layout (run->view);
  double mx, my, x, y;

  if (run->frame++ >= run->frames)
    {
      g_main_loop_quit (run->loop);
      return G_SOURCE_REMOVE;
    }
  if (run->relayout)
    {
      /* the same data again: a new layout, new names, a new picture */
      tov_map_view_set_data (run->view, run->data, run->frame % 2 ? "2025-06-01" : "2025-06-02", NULL);
      return G_SOURCE_CONTINUE;
    }
  if (run->frame == 1)
    tov_map_view_drag_begin (run->view,
                             g_array_index (layout->nodes, TovMapNode, layout->nodes->len / 2).entry->engagement_id);
  /* round the map and in and out across the rings */
  tov_map_to_point (run->frame * 3.0, 0.3 + 0.6 * (run->frame % 60) / 60.0, &mx, &my);
  tov_map_view_map_point (run->view, mx, my, &x, &y);
  tov_map_view_drag_update (run->view, x, y);
  return G_SOURCE_CONTINUE;
}

static void
run_frames (GtkWidget  *window,
            Run        *run,
            const char *what)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  g_autofree char *wall = g_strdup_printf ("%s, wall", what);
  g_autofree char *cpu = g_strdup_printf ("%s, CPU", what);
  gulong layout_id, paint_id;

  run->frame = 0;
  run->paint_start = 0;
  run->paint_ms = g_array_new (FALSE, FALSE, sizeof (double));
  run->paint_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  run->loop = g_main_loop_new (NULL, FALSE);
  layout_id = g_signal_connect_after (clock, "update", G_CALLBACK (on_update_cb), run);
  paint_id = g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint_cb), run);
  gtk_widget_add_tick_callback (GTK_WIDGET (run->view), tick_cb, run, NULL);
  g_main_loop_run (run->loop);
  g_signal_handler_disconnect (clock, layout_id);
  g_signal_handler_disconnect (clock, paint_id);
  if (run->paint_ms->len > 0)
    {
      report (wall, run->paint_ms);
      report (cpu, run->paint_cpu);
    }
  g_array_unref (run->paint_ms);
  g_array_unref (run->paint_cpu);
  g_main_loop_unref (run->loop);
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 300;
  guint frames = argc > 2 ? (guint) atoi (argv[2]) : 200;
  TovMapData *data = make_data (n);
  GtkWidget *window;
  Run run = { 0 };

  if (!gtk_init_check ())
    {
      g_printerr ("no display: run under xvfb-run\n");
      return 77;
    }
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  run.view = TOV_MAP_VIEW (tov_map_view_new ());
  run.data = data;
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (run.view));
  tov_map_view_set_data (run.view, data, "2025-06-01", NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (GTK_WIDGET (run.view)) < 100 || !gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  g_print ("renderer %s, %u actors, %dx%d\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
           tov_map_view_get_layout (run.view)->nodes->len,
           gtk_widget_get_width (GTK_WIDGET (run.view)), gtk_widget_get_height (GTK_WIDGET (run.view)));
  run.frames = frames;
  run_frames (window, &run, "GTK frame while dragging");
  tov_map_view_drag_end (run.view, 0, 0);
  run.relayout = TRUE;
  run.frames = MAX (frames / 4, 10);
  run_frames (window, &run, "GTK frame, new layout");
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
