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

#include "tov-map-renderer.h"

static TovMapData *
make_data (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (300);
  TovMapData *data = tov_map_data_new ("f", "Familien Benchmark", "2025-01-01");

  for (guint m = 0; m < 7; m++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", m);
      g_autofree char *name = g_strdup_printf ("Person %u", m + 1);

      tov_map_data_add_member (data, id, name);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%04u", i);
      g_autofree char *actor = g_strdup_printf ("Aktør nummer %u", i + 1);
      TovMapEntry *entry = tov_map_data_add_entry (data, id, id, actor,
                                                   g_rand_int_range (rand, 0, TOV_MAP_N_RINGS),
                                                   g_rand_int_range (rand, 0, TOV_MAP_N_SECTORS),
                                                   "2025-01-01", NULL);

      entry->invited = g_rand_boolean (rand);
      if (g_rand_boolean (rand))
        {
          entry->has_position = TRUE;
          entry->angle = tov_map_sector_start (entry->sector) + g_rand_double_range (rand, 0, 40);
          entry->radius = g_rand_double (rand);
        }
      for (guint m = g_rand_int_range (rand, 0, 3); m > 0; m--)
        g_ptr_array_add (entry->member_ids, g_strdup_printf ("p%d", g_rand_int_range (rand, 0, 7)));
    }
  return data;
}

/* the thread's CPU time, ms: other processes on a loaded machine do not count */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *ms)
{
  double sum = 0;

  g_array_sort (ms, compare_doubles);
  for (guint i = 0; i < ms->len; i++)
    sum += g_array_index (ms, double, i);
  g_print ("%-34s mean %7.3f ms  p50 %7.3f ms  p95 %7.3f ms  max %7.3f ms  (%u runs)\n", what,
           sum / ms->len, g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, (guint) (ms->len * 0.95)),
           g_array_index (ms, double, ms->len - 1), ms->len);
}

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
