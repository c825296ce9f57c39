/* tov-bench-map-common.h: what the map benchmarks share (included once per program)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>
#include <time.h>

#include "tov-map-layout.h"

/* a family of 7 members and @n actors in random rings and sectors, half with a stored place */
static inline TovMapData *
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
static inline double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static inline int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static inline void
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

