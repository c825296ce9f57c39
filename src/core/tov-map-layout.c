/* tov-map-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tov-map-layout.h"

#define GAP         1.08   /* room between two nodes, as a factor of their size */
#define MIN_RADIUS  0.004
#define DEG         (G_PI / 180.0)

typedef struct
{
  double x;
  double y;
} Point;

static guint
lane_count (double node_radius)
{
  return MAX (1, (guint) floor (TOV_MAP_RING_WIDTH / (2 * node_radius * GAP)));
}

static double
lane_radius (TovMapRing ring,
             guint      lane,
             guint      lanes)
{
  return tov_map_ring_inner (ring) + TOV_MAP_RING_WIDTH * (lane + 0.5) / lanes;
}

/* the angular margin, in degrees, that keeps a node at @radius clear of its sector's edges */
static double
sector_margin (double radius,
               double node_radius)
{
  return asin (MIN (1.0, node_radius * GAP / radius)) / DEG;
}

static void
usable_span (TovMapSector sector,
             double       radius,
             double       node_radius,
             double      *first,
             double      *last)
{
  double start = tov_map_sector_start (sector);
  double margin = sector_margin (radius, node_radius);

  *first = start + margin;
  *last = start + TOV_MAP_SECTOR_SPAN - margin;
  if (*first > *last)
    *first = *last = start + TOV_MAP_SECTOR_SPAN / 2;
}

/* @angle into the usable span of @sector; outside, to the nearer edge, across 0 too */
static double
clamp_angle (TovMapSector sector,
             double       angle,
             double       radius,
             double       node_radius)
{
  double middle = tov_map_sector_start (sector) + TOV_MAP_SECTOR_SPAN / 2;
  double first, last;

  angle = middle + remainder (angle - middle, 360.0);
  usable_span (sector, radius, node_radius, &first, &last);
  return CLAMP (angle, first, last);
}

static double
slot_step (double radius,
           double node_radius)
{
  return 2 * asin (MIN (1.0, node_radius * GAP / radius)) / DEG;
}

static guint
lane_slots (double span,
            double radius,
            double node_radius)
{
  return (guint) floor (span / slot_step (radius, node_radius) + 1e-9) + 1;
}

static void
fraction_range (double  node_radius,
                double *low,
                double *high)
{
  *low = MIN (0.5, node_radius * GAP / TOV_MAP_RING_WIDTH);
  *high = 1.0 - *low;
}

static gboolean
overlaps (const Point *placed,
          guint        n_placed,
          double       x,
          double       y,
          double       node_radius)
{
  double limit = 2 * node_radius;

  for (guint i = 0; i < n_placed; i++)
    if (hypot (placed[i].x - x, placed[i].y - y) < limit - 1e-9)
      return TRUE;
  return FALSE;
}

/* every slot of a cell, lane by lane, angle by angle */
static GArray *
cell_slots (TovMapRing   ring,
            TovMapSector sector,
            double       node_radius)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  guint lanes = lane_count (node_radius);

  for (guint lane = 0; lane < lanes; lane++)
    {
      double radius = lane_radius (ring, lane, lanes);
      double first, last, step;
      guint n;

      usable_span (sector, radius, node_radius, &first, &last);
      n = lane_slots (last - first, radius, node_radius);
      step = n > 1 ? (last - first) / (n - 1) : 0;
      for (guint k = 0; k < n; k++)
        {
          double slot[2] = { n > 1 ? first + k * step : (first + last) / 2,
                             (lane + 0.5) / lanes };

          g_array_append_vals (slots, slot, 1);
        }
    }
  return slots;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TovMapEntry *x = *(TovMapEntry * const *) a;
  const TovMapEntry *y = *(TovMapEntry * const *) b;
  int c = g_strcmp0 (x->from_date, y->from_date);

  return c != 0 ? c : g_strcmp0 (x->engagement_id, y->engagement_id);
}

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const TovMapNode *x = a;
  const TovMapNode *y = b;

  if (x->entry->ring != y->entry->ring)
    return x->entry->ring < y->entry->ring ? -1 : 1;
  if (x->angle != y->angle)
    return x->angle < y->angle ? -1 : 1;
  return g_strcmp0 (x->entry->engagement_id, y->entry->engagement_id);
}

static void
set_node (TovMapNode  *node,
          TovMapEntry *entry,
          double       angle,
          double       fraction)
{
  node->entry = entry;
  node->angle = angle;
  node->fraction = fraction;
  tov_map_to_point (angle, tov_map_ring_inner (entry->ring) + fraction * TOV_MAP_RING_WIDTH,
                    &node->x, &node->y);
}

/* the wanted place of an entry, clamped into its cell */
static void
wanted_place (TovMapEntry *entry,
              guint        k,
              guint        n_auto,
              double       node_radius,
              double      *angle,
              double      *fraction)
{
  double low, high;

  fraction_range (node_radius, &low, &high);
  if (entry->has_position && isfinite (entry->angle) && isfinite (entry->radius))
    {
      *fraction = CLAMP (entry->radius, low, high);
      *angle = fmod (fmod (entry->angle, 360.0) + 360.0, 360.0);
    }
  else
    {
      *fraction = 0.5;
      *angle = tov_map_sector_start (entry->sector) + TOV_MAP_SECTOR_SPAN * (k + 0.5) / n_auto;
    }
  *angle = clamp_angle (entry->sector, *angle,
                        tov_map_ring_inner (entry->ring) + *fraction * TOV_MAP_RING_WIDTH,
                        node_radius);
}

static void
place_cell (GPtrArray *cell,
            double     node_radius,
            GArray    *nodes)
{
  g_autoptr(GArray) slots = NULL;
  g_autofree Point *placed = g_new0 (Point, cell->len);
  g_autofree TovMapNode *out = g_new0 (TovMapNode, cell->len);
  guint n_auto = 0, k_auto = 0;
  gboolean fallback = FALSE;

  for (guint i = 0; i < cell->len; i++)
    if (!((TovMapEntry *) g_ptr_array_index (cell, i))->has_position)
      n_auto++;

  for (guint i = 0; i < cell->len && !fallback; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (cell, i);
      double angle, fraction;
      TovMapNode node;

      wanted_place (entry, entry->has_position ? 0 : k_auto++, MAX (n_auto, 1), node_radius,
                    &angle, &fraction);
      set_node (&node, entry, angle, fraction);
      if (overlaps (placed, i, node.x, node.y, node_radius))
        {
          double best = G_MAXDOUBLE;
          TovMapNode chosen = { 0 };

          if (slots == NULL)
            slots = cell_slots (entry->ring, entry->sector, node_radius);
          for (guint s = 0; s < slots->len; s++)
            {
              double *slot = &g_array_index (slots, double, 2 * s);
              TovMapNode candidate;
              double distance;

              set_node (&candidate, entry, slot[0], slot[1]);
              if (overlaps (placed, i, candidate.x, candidate.y, node_radius))
                continue;
              distance = hypot (candidate.x - node.x, candidate.y - node.y);
              if (distance < best)
                best = distance, chosen = candidate;
            }
          if (best == G_MAXDOUBLE)
            fallback = TRUE;
          node = chosen;
        }
      out[i] = node;
      placed[i] = (Point) { node.x, node.y };
    }

  if (fallback)
    {
      /* stored places block too many slots: put the whole cell on the grid */
      if (slots == NULL)
        slots = cell_slots (((TovMapEntry *) g_ptr_array_index (cell, 0))->ring,
                            ((TovMapEntry *) g_ptr_array_index (cell, 0))->sector, node_radius);
      g_assert (slots->len >= cell->len);
      for (guint i = 0; i < cell->len; i++)
        {
          guint s = (guint) ((guint64) i * slots->len / cell->len);
          double *slot = &g_array_index (slots, double, 2 * s);

          set_node (&out[i], g_ptr_array_index (cell, i), slot[0], slot[1]);
        }
    }
  g_array_append_vals (nodes, out, cell->len);
}

/**
 * tov_map_cell_capacity:
 *
 * Returns: how many nodes of @node_radius fit in one cell (a sector of
 * @ring) without overlapping.
 */
guint
tov_map_cell_capacity (TovMapRing ring,
                       double     node_radius)
{
  guint lanes = lane_count (node_radius);
  guint total = 0;

  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, 0);
  for (guint lane = 0; lane < lanes; lane++)
    {
      double radius = lane_radius (ring, lane, lanes);
      double first, last;

      usable_span (0, radius, node_radius, &first, &last);
      total += lane_slots (last - first, radius, node_radius);
    }
  return total;
}

/**
 * tov_map_layout_new:
 * @data: the family's map data
 * @date: (nullable): YYYY-MM-DD; %NULL shows every engagement ever
 * @pinned_id: (nullable): an engagement that keeps its stored place before
 *   any other (the one the user just dropped)
 *
 * Returns: (transfer full): the positions of the actors active on @date
 * and of the family's members.
 */
TovMapLayout *
tov_map_layout_new (const TovMapData *data,
                    const char       *date,
                    const char       *pinned_id)
{
  static gint serial;
  TovMapLayout *layout = g_new0 (TovMapLayout, 1);
  GPtrArray *cells[TOV_MAP_N_RINGS][TOV_MAP_N_SECTORS] = { { NULL } };
  guint n_members;

  g_return_val_if_fail (data != NULL, NULL);
  layout->serial = (guint) g_atomic_int_add (&serial, 1) + 1;
  layout->date = g_strdup (date);
  layout->nodes = g_array_new (FALSE, FALSE, sizeof (TovMapNode));
  layout->members = g_array_new (FALSE, FALSE, sizeof (TovMapMemberNode));
  tov_map_data_count (data, date, &layout->counts);

  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);
      GPtrArray **cell = &cells[entry->ring][entry->sector];

      if (date != NULL && !tov_map_entry_is_active (entry, date))
        continue;
      if (*cell == NULL)
        *cell = g_ptr_array_new ();
      g_ptr_array_add (*cell, entry);
    }

  /* the node size: as large as lets the most crowded cell fit */
  layout->node_radius = TOV_MAP_NODE_RADIUS;
  for (guint r = 0; r < TOV_MAP_N_RINGS; r++)
    for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
      while (cells[r][s] != NULL && layout->node_radius > MIN_RADIUS &&
             tov_map_cell_capacity (r, layout->node_radius) < cells[r][s]->len)
        layout->node_radius *= 0.92;

  for (guint r = 0; r < TOV_MAP_N_RINGS; r++)
    for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
      {
        GPtrArray *cell = cells[r][s];

        if (cell == NULL)
          continue;
        /* order of precedence: the pinned one, stored places, then by date and id */
        g_ptr_array_sort (cell, compare_entries);
        for (guint i = 0; i < cell->len; i++)
          {
            TovMapEntry *entry = g_ptr_array_index (cell, i);

            if (pinned_id != NULL && g_strcmp0 (entry->engagement_id, pinned_id) == 0 && i > 0)
              {
                g_ptr_array_steal_index (cell, i);
                g_ptr_array_insert (cell, 0, entry);
              }
          }
        {
          g_autoptr(GPtrArray) ordered = g_ptr_array_new ();

          for (guint pass = 0; pass < 2; pass++)
            for (guint i = 0; i < cell->len; i++)
              {
                TovMapEntry *entry = g_ptr_array_index (cell, i);
                gboolean first = (i == 0 && pinned_id != NULL &&
                                  g_strcmp0 (entry->engagement_id, pinned_id) == 0) ||
                                 entry->has_position;

                if ((pass == 0) == first)
                  g_ptr_array_add (ordered, entry);
              }
          place_cell (ordered, layout->node_radius, layout->nodes);
        }
        g_ptr_array_unref (cell);
      }
  g_array_sort (layout->nodes, compare_nodes);

  n_members = data->members->len;
  layout->member_radius = TOV_MAP_MEMBER_RADIUS;
  if (n_members > 1)
    layout->member_radius = MIN (TOV_MAP_MEMBER_RADIUS,
                                 TOV_MAP_MEMBER_CIRCLE * sin (G_PI / n_members) * 0.92);
  for (guint i = 0; i < n_members; i++)
    {
      TovMapMemberNode node = { g_ptr_array_index (data->members, i), 0, 0 };

      tov_map_to_point (360.0 * i / n_members, TOV_MAP_MEMBER_CIRCLE, &node.x, &node.y);
      g_array_append_val (layout->members, node);
    }
  return layout;
}

void
tov_map_layout_free (TovMapLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->date);
  g_array_unref (layout->nodes);
  g_array_unref (layout->members);
  g_free (layout);
}

const TovMapNode *
tov_map_layout_lookup (const TovMapLayout *layout,
                       const char         *engagement_id,
                       guint              *index)
{
  g_return_val_if_fail (layout != NULL, NULL);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);

      if (g_strcmp0 (node->entry->engagement_id, engagement_id) == 0)
        {
          if (index != NULL)
            *index = i;
          return node;
        }
    }
  return NULL;
}

const TovMapMemberNode *
tov_map_layout_lookup_member (const TovMapLayout *layout,
                              const char         *person_id)
{
  for (guint i = 0; i < layout->members->len; i++)
    {
      const TovMapMemberNode *node = &g_array_index (layout->members, TovMapMemberNode, i);

      if (g_strcmp0 (node->member->id, person_id) == 0)
        return node;
    }
  return NULL;
}

/**
 * tov_map_layout_hit:
 * @x: map units, left-to-right
 *
 * Returns: the index of the node under (@x, @y), or -1
 */
int
tov_map_layout_hit (const TovMapLayout *layout,
                    double              x,
                    double              y)
{
  g_return_val_if_fail (layout != NULL, -1);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);

      if (hypot (node->x - x, node->y - y) <= layout->node_radius * 1.25)
        return (int) i;
    }
  return -1;
}

double
tov_map_ring_inner (TovMapRing ring)
{
  return TOV_MAP_CENTRE_RADIUS + ring * TOV_MAP_RING_WIDTH;
}

double
tov_map_ring_outer (TovMapRing ring)
{
  return tov_map_ring_inner (ring) + TOV_MAP_RING_WIDTH;
}

double
tov_map_sector_start (TovMapSector sector)
{
  return sector * TOV_MAP_SECTOR_SPAN;
}

/* @angle: degrees, 0 up, clockwise; y grows downwards */
void
tov_map_to_point (double  angle,
                  double  radius,
                  double *x,
                  double *y)
{
  *x = radius * sin (angle * DEG);
  *y = -radius * cos (angle * DEG);
}

void
tov_map_to_polar (double  x,
                  double  y,
                  double *angle,
                  double *radius)
{
  double a = atan2 (x, -y) / DEG;

  *angle = a < 0 ? a + 360.0 : a;
  *radius = hypot (x, y);
}

/**
 * tov_map_layout_snap:
 * @sector: the actor's sector; the angle stays inside it
 * @x: where the node was dropped, map units, left-to-right
 * @ring: (out): the ring under the drop point (the nearest one when it
 *   falls in the centre or outside the map)
 * @angle: (out): the angle to store, in the sector, clear of its edges
 * @fraction: (out): the place within the ring band to store
 */
void
tov_map_layout_snap (TovMapSector  sector,
                     double        node_radius,
                     double        x,
                     double        y,
                     TovMapRing   *ring,
                     double       *angle,
                     double       *fraction)
{
  double a, radius, low, high;
  int r;

  tov_map_to_polar (x, y, &a, &radius);
  r = (int) floor ((radius - TOV_MAP_CENTRE_RADIUS) / TOV_MAP_RING_WIDTH);
  r = CLAMP (r, 0, TOV_MAP_N_RINGS - 1);
  fraction_range (node_radius, &low, &high);
  *ring = r;
  *fraction = CLAMP ((radius - tov_map_ring_inner (r)) / TOV_MAP_RING_WIDTH, low, high);

  *angle = clamp_angle (sector, a, tov_map_ring_inner (r) + *fraction * TOV_MAP_RING_WIDTH,
                        node_radius);
}
