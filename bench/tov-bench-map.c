/* tov-bench-map.c: the actor network map with many actors
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays out and draws a map of N actors (default 300) and prints the
 * figures: layout time, and the time of one frame while a node is dragged
 * (the renderer drawing into a 1280x800 cairo image surface, which is what
 * TovMapView does through gtk_snapshot_append_cairo under GSK's cairo
 * renderer). Each figure twice: wall-clock time and the thread's CPU time
 * (which other processes on a loaded machine do not inflate). The first
 * full redraw lays out the text and places the names; the following ones
 * reuse them from the TovMapCache, as the view does.
 * Usage: tovholder-bench-map [N] [FRAMES]
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "tov-bench-map-common.h"
#include "tov-map-renderer.h"

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 300;
  guint frames = argc > 2 ? (guint) atoi (argv[2]) : 200;
  g_autoptr(TovMapData) data = make_data (n);
  g_autoptr(TovMapLayout) layout = NULL;
  g_autoptr(GArray) layout_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) full_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) full_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  cairo_surface_t *background = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 800);
  g_autoptr(TovMapCache) cache = tov_map_cache_new ();
  TovMapRenderOptions options = { .flags = TOV_MAP_RENDER_NO_TITLE, .cache = cache };
  const TovMapNode *dragged;

  for (guint i = 0; i < 50; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_ms ();
      TovMapLayout *l = tov_map_layout_new (data, "2025-06-01", NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      cpu = cpu_ms () - cpu;
      g_array_append_val (layout_ms, ms);
      g_array_append_val (layout_cpu, cpu);
      tov_map_layout_free (l);
    }
  layout = tov_map_layout_new (data, "2025-06-01", NULL);
  g_print ("actors %u, node radius %.4f map units\n", layout->nodes->len, layout->node_radius);
  report ("layout", layout_ms);
  report ("layout, CPU time", layout_cpu);

  /* the names placed from nothing (text laid out too): what a new layout costs on top */
  {
    g_autoptr(GArray) labels_cpu = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 20; i++)
      {
        double cpu = cpu_ms ();
        GArray *labels = tov_map_renderer_labels (data, layout, 1280, 800, TOV_MAP_RENDER_NO_TITLE);

        cpu = cpu_ms () - cpu;
        g_array_unref (labels);
        g_array_append_val (labels_cpu, cpu);
      }
    report ("names placed, text laid out, CPU", labels_cpu);
  }

  dragged = &g_array_index (layout->nodes, TovMapNode, layout->nodes->len / 2);
  options.dragged_id = dragged->entry->engagement_id;
  options.focused_id = dragged->entry->engagement_id;
  /* a full redraw (a new date, a resize, the first frame of a drag) */
  for (guint i = 0; i < frames / 4 + 1; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_ms ();
      double ms;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      tov_map_renderer_draw (cr, data, layout, 1280, 800, &options);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cpu = cpu_ms () - cpu;
      cairo_destroy (cr);
      g_array_append_val (full_ms, ms);
      g_array_append_val (full_cpu, cpu);
    }
  report ("full redraw (1280x800)", full_ms);
  report ("full redraw, CPU time", full_cpu);

  /* a drag frame, as TovMapView draws it: the cached rest, then the dragged node */
  {
    cairo_t *bg = cairo_create (background);
    TovMapRenderOptions rest = options;

    rest.flags |= TOV_MAP_RENDER_SKIP_DRAGGED;
    tov_map_renderer_draw (bg, data, layout, 1280, 800, &rest);
    cairo_destroy (bg);
  }
  options.flags |= TOV_MAP_RENDER_ONLY_DRAGGED;
  for (guint i = 0; i < frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      double cpu = cpu_ms ();
      double ms;

      /* the pointer moves around the map, as in a drag */
      tov_map_to_point (i * 7.0, 0.3 + 0.6 * (i % 50) / 50.0, &options.drag_x, &options.drag_y);
      cairo_set_source_surface (cr, background, 0, 0);
      cairo_paint (cr);
      tov_map_renderer_draw (cr, data, layout, 1280, 800, &options);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      cpu = cpu_ms () - cpu;
      cairo_destroy (cr);
      g_array_append_val (frame_ms, ms);
      g_array_append_val (frame_cpu, cpu);
    }
  report ("frame while dragging (1280x800)", frame_ms);
  report ("frame while dragging, CPU time", frame_cpu);
  cairo_surface_destroy (surface);
  cairo_surface_destroy (background);
  return 0;
}
