/* test-map-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "tov-map-layout.h"
#include "tov-map-renderer.h"
#include "tov-store-map.h"
#include "tov-xml-reader.h"

/* a family with four members and @n actors in random rings and sectors */
static TovMapData *
random_data (GRand *rand,
             guint  n,
             int    only_ring,
             int    only_sector)
{
  TovMapData *data = tov_map_data_new ("f", "Family", "2025-01-01");

  for (guint m = 0; m < 4; m++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", m);

      tov_map_data_add_member (data, id, id);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%03u", i);
      g_autofree char *actor = g_strdup_printf ("a%03u", i);
      TovMapRing ring = only_ring >= 0 ? (TovMapRing) only_ring : (TovMapRing) g_rand_int_range (rand, 0, TOV_MAP_N_RINGS);
      TovMapSector sector = only_sector >= 0 ? (TovMapSector) only_sector
                                             : (TovMapSector) g_rand_int_range (rand, 0, TOV_MAP_N_SECTORS);
      TovMapEntry *entry = tov_map_data_add_entry (data, id, actor, actor, ring, sector,
                                                   "2025-01-01", NULL);

      if (g_rand_boolean (rand))
        {
          entry->has_position = TRUE;
          entry->angle = g_rand_double_range (rand, -30, 400);
          entry->radius = g_rand_double_range (rand, -0.2, 1.2);
        }
      g_ptr_array_add (entry->member_ids, g_strdup_printf ("p%u", g_rand_int_range (rand, 0, 4)));
    }
  return data;
}

static void
assert_placed (const TovMapData   *data,
               const TovMapLayout *layout)
{
  double r = layout->node_radius;

  g_assert_cmpuint (layout->nodes->len, ==, data->entries->len);
  g_assert_cmpfloat (r, >, 0.003);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      double angle, distance, start = tov_map_sector_start (node->entry->sector);

      tov_map_to_polar (node->x, node->y, &angle, &distance);
      /* inside its ring, the whole node */
      g_assert_cmpfloat (distance - r, >=, tov_map_ring_inner (node->entry->ring) - 1e-9);
      g_assert_cmpfloat (distance + r, <=, tov_map_ring_outer (node->entry->ring) + 1e-9);
      /* inside its sector, the whole node: clear of both edges */
      g_assert_cmpfloat (angle, >=, start - 1e-9);
      g_assert_cmpfloat (angle, <=, start + TOV_MAP_SECTOR_SPAN + 1e-9);
      g_assert_cmpfloat (distance * sin ((angle - start) * G_PI / 180), >=, r - 1e-9);
      g_assert_cmpfloat (distance * sin ((start + TOV_MAP_SECTOR_SPAN - angle) * G_PI / 180), >=, r - 1e-9);
      /* the stored form gives the same point back */
      g_assert_cmpfloat (fabs (node->angle - angle), <, 1e-6);
      g_assert_cmpfloat (node->fraction, >=, 0);
      g_assert_cmpfloat (node->fraction, <=, 1);
      for (guint j = i + 1; j < layout->nodes->len; j++)
        {
          const TovMapNode *other = &g_array_index (layout->nodes, TovMapNode, j);

          g_assert_cmpfloat (hypot (node->x - other->x, node->y - other->y), >=, 2 * r - 1e-9);
        }
    }
}

static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  for (guint n = 1; n <= 60; n++)
    for (guint round = 0; round < 5; round++)
      {
        g_autoptr(TovMapData) data = random_data (rand, n, -1, -1);
        g_autoptr(TovMapLayout) layout = tov_map_layout_new (data, "2025-06-01", NULL);

        assert_placed (data, layout);
      }
}

static void
test_crowded (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (40);

  /* sixty actors in one cell, in each ring: smaller nodes, still apart */
  for (int ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    {
      g_autoptr(TovMapData) data = random_data (rand, 60, ring, TOV_MAP_SECTOR_SCHOOL);
      g_autoptr(TovMapLayout) layout = tov_map_layout_new (data, "2025-06-01", NULL);

      assert_placed (data, layout);
      g_assert_cmpfloat (layout->node_radius, <, TOV_MAP_NODE_RADIUS);
    }
  /* a handful: full size */
  {
    g_autoptr(TovMapData) data = random_data (rand, 5, TOV_MAP_RING_NEAR, TOV_MAP_SECTOR_SOCIAL);
    g_autoptr(TovMapLayout) layout = tov_map_layout_new (data, "2025-06-01", NULL);

    assert_placed (data, layout);
    g_assert_cmpfloat (layout->node_radius, ==, TOV_MAP_NODE_RADIUS);
  }
}

static void
test_same_stored_place (void)
{
  g_autoptr(TovMapData) data = tov_map_data_new ("f", "Family", NULL);
  g_autoptr(TovMapLayout) layout = NULL;

  /* everyone dragged onto the same spot: they move apart */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      TovMapEntry *entry = tov_map_data_add_entry (data, id, id, id, TOV_MAP_RING_PERIPHERAL,
                                                   TOV_MAP_SECTOR_HEALTH, "2025-01-01", NULL);

      entry->has_position = TRUE;
      entry->angle = 180;
      entry->radius = 0.5;
    }
  layout = tov_map_layout_new (data, "2025-01-01", NULL);
  assert_placed (data, layout);
}

static void
test_stable (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(TovMapData) data = random_data (rand, 40, -1, -1);
  g_autoptr(TovMapLayout) first = tov_map_layout_new (data, "2025-06-01", NULL);
  g_autoptr(TovMapLayout) second = tov_map_layout_new (data, "2025-06-01", NULL);
  g_autoptr(TovMapLayout) third = NULL;
  TovMapEntry *added;

  /* redraws: the same places */
  for (guint i = 0; i < first->nodes->len; i++)
    {
      const TovMapNode *a = &g_array_index (first->nodes, TovMapNode, i);
      const TovMapNode *b = &g_array_index (second->nodes, TovMapNode, i);

      g_assert_cmpstr (a->entry->engagement_id, ==, b->entry->engagement_id);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
    }

  /* a new actor in another cell moves nobody else */
  added = tov_map_data_add_entry (data, "new", "new", "New", TOV_MAP_RING_CORE,
                                  TOV_MAP_SECTOR_POLICE, "2025-01-01", NULL);
  g_assert_nonnull (added);
  third = tov_map_layout_new (data, "2025-06-01", NULL);
  for (guint i = 0; i < first->nodes->len; i++)
    {
      const TovMapNode *a = &g_array_index (first->nodes, TovMapNode, i);
      const TovMapNode *c = tov_map_layout_lookup (third, a->entry->engagement_id, NULL);

      if (a->entry->ring == TOV_MAP_RING_CORE && a->entry->sector == TOV_MAP_SECTOR_POLICE)
        continue;
      if (third->node_radius != first->node_radius)
        continue;
      g_assert_nonnull (c);
      g_assert_cmpfloat (a->x, ==, c->x);
      g_assert_cmpfloat (a->y, ==, c->y);
    }
}

static void
test_stored_place_kept (void)
{
  g_autoptr(TovMapData) data = tov_map_data_new ("f", "Family", NULL);
  TovMapEntry *entry = tov_map_data_add_entry (data, "e", "a", "A", TOV_MAP_RING_NETWORK,
                                               TOV_MAP_SECTOR_LEISURE, "2025-01-01", NULL);
  TovMapEntry *other = tov_map_data_add_entry (data, "o", "b", "B", TOV_MAP_RING_NETWORK,
                                               TOV_MAP_SECTOR_LEISURE, "2024-01-01", NULL);
  g_autoptr(TovMapLayout) layout = NULL;
  g_autoptr(TovMapLayout) pinned = NULL;
  const TovMapNode *node;

  entry->has_position = TRUE;
  entry->angle = 215;
  entry->radius = 0.4;
  layout = tov_map_layout_new (data, "2025-06-01", NULL);
  node = tov_map_layout_lookup (layout, "e", NULL);
  g_assert_cmpfloat (fabs (node->angle - 215), <, 1e-9);
  g_assert_cmpfloat (fabs (node->fraction - 0.4), <, 1e-9);

  /* the other one stored on the same spot and placed first by date; the
   * pinned one (just dropped) keeps the spot */
  other->has_position = TRUE;
  other->angle = 215;
  other->radius = 0.4;
  pinned = tov_map_layout_new (data, "2025-06-01", "e");
  node = tov_map_layout_lookup (pinned, "e", NULL);
  g_assert_cmpfloat (fabs (node->angle - 215), <, 1e-9);
  node = tov_map_layout_lookup (pinned, "o", NULL);
  g_assert_cmpfloat (fabs (node->angle - 215) + fabs (node->fraction - 0.4), >, 1e-3);
  assert_placed (data, pinned);
}

static void
test_as_of_date (void)
{
  g_autoptr(TovMapData) data = tov_map_data_new ("f", "Family", "2025-03-01");
  g_autoptr(TovMapLayout) before = NULL;
  g_autoptr(TovMapLayout) enrolment = NULL;
  g_autoptr(TovMapLayout) later = NULL;
  g_autoptr(TovMapLayout) all = NULL;
  TovMapCounts counts;

  tov_map_data_add_entry (data, "e1", "teacher", "Teacher", TOV_MAP_RING_PERIPHERAL,
                          TOV_MAP_SECTOR_SCHOOL, "2025-01-01", "2025-03-01");
  tov_map_data_add_entry (data, "e2", "caseworker", "Caseworker", TOV_MAP_RING_NEAR,
                          TOV_MAP_SECTOR_SOCIAL, "2025-03-01", NULL);
  tov_map_data_add_entry (data, "e3", "uncle", "Uncle", TOV_MAP_RING_NETWORK,
                          TOV_MAP_SECTOR_PRIVATE_NETWORK, "2025-02-01", NULL);
  tov_map_data_add_entry (data, "e4", "coordinator", "Coordinator", TOV_MAP_RING_CORE,
                          TOV_MAP_SECTOR_SOCIAL, "2025-04-01", NULL);
  /* the same caseworker in a second, later engagement counts once */
  tov_map_data_add_entry (data, "e5", "caseworker", "Caseworker", TOV_MAP_RING_NEAR,
                          TOV_MAP_SECTOR_SOCIAL, "2025-05-01", NULL);

  before = tov_map_layout_new (data, "2024-12-31", NULL);
  g_assert_cmpuint (before->nodes->len, ==, 0);
  g_assert_cmpuint (before->counts.professionals, ==, 0);

  /* the last day counts, the first day counts */
  enrolment = tov_map_layout_new (data, "2025-03-01", NULL);
  g_assert_cmpuint (enrolment->nodes->len, ==, 3);
  g_assert_nonnull (tov_map_layout_lookup (enrolment, "e1", NULL));
  g_assert_nonnull (tov_map_layout_lookup (enrolment, "e2", NULL));
  g_assert_cmpuint (enrolment->counts.professionals, ==, 2);
  g_assert_cmpuint (enrolment->counts.per_ring[TOV_MAP_RING_NETWORK], ==, 1);

  later = tov_map_layout_new (data, "2025-06-01", NULL);
  g_assert_null (tov_map_layout_lookup (later, "e1", NULL));
  g_assert_cmpuint (later->nodes->len, ==, 4);
  g_assert_cmpuint (later->counts.professionals, ==, 2);
  g_assert_cmpuint (later->counts.per_ring[TOV_MAP_RING_NEAR], ==, 2);
  g_assert_cmpuint (later->counts.total, ==, 3);

  tov_map_data_count (data, data->enrolled_on, &counts);
  g_assert_cmpuint (counts.professionals, ==, 2);

  all = tov_map_layout_new (data, NULL, NULL);
  g_assert_cmpuint (all->nodes->len, ==, 5);
}

static void
test_snap (void)
{
  TovMapRing ring;
  double angle, fraction, x, y;

  /* dropped in the middle of the network ring, in its sector */
  tov_map_to_point (10, (tov_map_ring_inner (TOV_MAP_RING_NETWORK) + tov_map_ring_outer (TOV_MAP_RING_NETWORK)) / 2,
                    &x, &y);
  tov_map_layout_snap (TOV_MAP_SECTOR_SOCIAL, TOV_MAP_NODE_RADIUS, x, y, &ring, &angle, &fraction);
  g_assert_cmpint (ring, ==, TOV_MAP_RING_NETWORK);
  g_assert_cmpfloat (fabs (angle - 10), <, 1e-9);
  g_assert_cmpfloat (fabs (fraction - 0.5), <, 1e-9);

  /* outside its sector, just left of the top: to the sector's near edge, not across */
  tov_map_to_point (355, 0.3, &x, &y);
  tov_map_layout_snap (TOV_MAP_SECTOR_SOCIAL, TOV_MAP_NODE_RADIUS, x, y, &ring, &angle, &fraction);
  g_assert_cmpint (ring, ==, TOV_MAP_RING_CORE);
  g_assert_cmpfloat (angle, >, 0);
  g_assert_cmpfloat (angle, <, 15);

  /* the private network's sector ends at 360: a drop at 5 degrees stays near 360 */
  tov_map_layout_snap (TOV_MAP_SECTOR_PRIVATE_NETWORK, TOV_MAP_NODE_RADIUS, 0.05, -0.9, &ring,
                       &angle, &fraction);
  g_assert_cmpint (ring, ==, TOV_MAP_RING_CIVIL_SOCIETY);
  g_assert_cmpfloat (angle, >, 345);
  g_assert_cmpfloat (angle, <, 360);

  /* in the centre: the core ring; beyond the edge: the outermost ring, node inside */
  tov_map_layout_snap (TOV_MAP_SECTOR_HEALTH, TOV_MAP_NODE_RADIUS, 0, 0.01, &ring, &angle, &fraction);
  g_assert_cmpint (ring, ==, TOV_MAP_RING_CORE);
  g_assert_cmpfloat (fraction * TOV_MAP_RING_WIDTH, >=, TOV_MAP_NODE_RADIUS);
  tov_map_layout_snap (TOV_MAP_SECTOR_HEALTH, TOV_MAP_NODE_RADIUS, 0, 3, &ring, &angle, &fraction);
  g_assert_cmpint (ring, ==, TOV_MAP_RING_CIVIL_SOCIETY);
  g_assert_cmpfloat ((1 - fraction) * TOV_MAP_RING_WIDTH, >=, TOV_MAP_NODE_RADIUS);
  g_assert_cmpfloat (angle, >=, tov_map_sector_start (TOV_MAP_SECTOR_HEALTH));
  g_assert_cmpfloat (angle, <=, tov_map_sector_start (TOV_MAP_SECTOR_HEALTH) + TOV_MAP_SECTOR_SPAN);
}

static void
test_hit (void)
{
  g_autoptr(TovMapData) data = tov_map_data_new ("f", "Family", NULL);
  g_autoptr(TovMapLayout) layout = NULL;
  const TovMapNode *node;

  tov_map_data_add_entry (data, "e", "a", "A", TOV_MAP_RING_NEAR, TOV_MAP_SECTOR_EMPLOYMENT,
                          "2025-01-01", NULL);
  layout = tov_map_layout_new (data, "2025-01-01", NULL);
  node = &g_array_index (layout->nodes, TovMapNode, 0);
  g_assert_cmpint (tov_map_layout_hit (layout, node->x, node->y), ==, 0);
  g_assert_cmpint (tov_map_layout_hit (layout, -node->x, node->y), ==, -1);
  g_assert_cmpint (tov_map_layout_hit (layout, 0, 0), ==, -1);
}

static void
test_members_and_description (void)
{
  g_autoptr(TovMapData) data = tov_map_data_new ("f", "Family", NULL);
  g_autoptr(TovMapLayout) layout = NULL;
  g_autofree char *teacher_text = NULL;
  g_autofree char *doctor_text = NULL;
  TovMapEntry *teacher, *doctor;

  tov_map_data_add_member (data, "p1", "Amal");
  tov_map_data_add_member (data, "p2", "Yusuf");
  tov_map_data_add_member (data, "p3", "Huda");
  teacher = tov_map_data_add_entry (data, "e1", "a1", "Lise Holm", TOV_MAP_RING_PERIPHERAL,
                                    TOV_MAP_SECTOR_SCHOOL, "2025-01-01", NULL);
  teacher->role = g_strdup ("Class teacher");
  teacher->organisation = g_strdup ("Nørre School");
  g_ptr_array_add (teacher->member_ids, g_strdup ("p1"));
  g_ptr_array_add (teacher->member_ids, g_strdup ("p2"));
  doctor = tov_map_data_add_entry (data, "e2", "a2", "Dr. Berg", TOV_MAP_RING_PERIPHERAL,
                                   TOV_MAP_SECTOR_HEALTH, "2025-01-01", NULL);
  doctor->invited = TRUE;

  g_assert_false (tov_map_entry_whole_family (teacher, data));
  g_assert_true (tov_map_entry_whole_family (doctor, data));
  teacher_text = tov_map_entry_describe (teacher, data);
  g_assert_cmpstr (teacher_text, ==, "Class teacher, Nørre School, works with Amal and Yusuf, Peripheral professionals");
  doctor_text = tov_map_entry_describe (doctor, data);
  g_assert_cmpstr (doctor_text, ==, "works with the whole family, Peripheral professionals, invited to network meetings");

  /* members sit apart inside the centre disc */
  layout = tov_map_layout_new (data, "2025-01-01", NULL);
  g_assert_cmpuint (layout->members->len, ==, 3);
  for (guint i = 0; i < layout->members->len; i++)
    {
      const TovMapMemberNode *a = &g_array_index (layout->members, TovMapMemberNode, i);

      g_assert_cmpfloat (hypot (a->x, a->y) + layout->member_radius, <=, TOV_MAP_CENTRE_RADIUS);
      for (guint j = i + 1; j < layout->members->len; j++)
        {
          const TovMapMemberNode *b = &g_array_index (layout->members, TovMapMemberNode, j);

          g_assert_cmpfloat (hypot (a->x - b->x, a->y - b->y), >=, 2 * layout->member_radius);
        }
    }
}

/* the pure placement: a crowd around one point; names apart, shortened, then hidden */
static void
test_labels_place (void)
{
  TovMapBox bounds = { 0, 0, 400, 300 };
  TovMapCircle circles[3] = { { 200, 150, 8 }, { 200, 175, 8 }, { 200, 125, 8 } };
  TovMapBox boxes[1] = { { 220, 140, 40, 20 } };   /* something written right of the first node */
  TovMapLabelRequest requests[3] = {
    { 200, 150, 8, 120, 14, TRUE },
    { 200, 175, 8, 120, 14, TRUE },
    { 200, 125, 8, 120, 14, TRUE },
  };
  TovMapLabel labels[3], again[3];
  guint visible = 0;

  tov_map_labels_place (requests, 3, circles, 3, boxes, 1, &bounds, 30, labels);
  for (guint i = 0; i < 3; i++)
    {
      if (!labels[i].visible)
        continue;
      visible++;
      g_assert_false (tov_map_box_intersects (&labels[i].box, &boxes[0]));
      for (guint c = 0; c < 3; c++)
        g_assert_false (tov_map_box_hits_circle (&labels[i].box, &circles[c]));
      for (guint j = i + 1; j < 3; j++)
        g_assert_false (labels[j].visible && tov_map_box_intersects (&labels[i].box, &labels[j].box));
    }
  g_assert_cmpuint (visible, ==, 3);
  /* the first cannot go right (the box is there): it goes to the left, full width */
  g_assert_cmpfloat (labels[0].box.x + labels[0].box.width, <=, 200 - 8);
  g_assert_false (labels[0].shortened);
  /* the same input, the same output */
  tov_map_labels_place (requests, 3, circles, 3, boxes, 1, &bounds, 30, again);
  g_assert_cmpmem (labels, sizeof labels, again, sizeof again);

  /* a narrow space: shortened to fit, never below the minimum, else hidden */
  {
    TovMapBox narrow = { 150, 135, 100, 30 };
    TovMapLabelRequest one = { 200, 150, 8, 300, 14, TRUE };
    TovMapLabelRequest wide = { 200, 150, 8, 300, 14, TRUE };
    TovMapLabel label;

    tov_map_labels_place (&one, 1, circles, 1, NULL, 0, &narrow, 20, &label);
    g_assert_true (label.visible);
    g_assert_true (label.shortened);
    g_assert_cmpfloat (label.box.width, >=, 20);
    g_assert_cmpfloat (label.box.x, >=, narrow.x);
    g_assert_cmpfloat (label.box.x + label.box.width, <=, narrow.x + narrow.width);
    tov_map_labels_place (&wide, 1, circles, 1, NULL, 0, &narrow, 60, &label);
    g_assert_false (label.visible);
  }
}

/* names of every length, as the register has them */
static void
rename_actors (TovMapData *data,
               GRand      *rand)
{
  static const char *names[] = {
    "Lise", "Mette Frederiksen", "Anne Kirstine Lund-Sørensen", "Dr. Berg",
    "Jobkonsulent Tariq Mansour", "Sara Qasim Nielsen", "Røde Kors' lektiehjælp, Nørrebro",
    "محمد الحسن", "Fatima Al-Sayed", "PPR",
  };

  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      g_free (entry->actor_name);
      entry->actor_name = g_strdup (names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))]);
      entry->coordinator = i == 0;
      entry->invited = g_rand_boolean (rand);
    }
}

/* no two names cover each other or a node, every name inside the drawing;
 * Returns: how many names are shown */
static guint
assert_labels_apart (const TovMapData   *data,
                     const TovMapLayout *layout,
                     double              width,
                     double              height,
                     TovMapRenderFlags   flags)
{
  g_autoptr(GArray) labels = tov_map_renderer_labels (data, layout, width, height, flags);
  TovMapFrame frame;
  guint shown = 0;

  tov_map_renderer_frame (width, height, flags, &frame);
  g_assert_cmpuint (labels->len, ==, layout->nodes->len);
  for (guint i = 0; i < labels->len; i++)
    {
      const TovMapLabel *label = &g_array_index (labels, TovMapLabel, i);

      if (!label->visible)
        continue;
      shown++;
      g_assert_cmpfloat (label->box.width, >, 0);
      g_assert_cmpfloat (label->box.x, >=, 0);
      g_assert_cmpfloat (label->box.y, >=, 0);
      g_assert_cmpfloat (label->box.x + label->box.width, <=, width);
      g_assert_cmpfloat (label->box.y + label->box.height, <=, height);
      for (guint j = 0; j < labels->len; j++)
        {
          const TovMapLabel *other = &g_array_index (labels, TovMapLabel, j);
          TovMapCircle circle;

          if (j != i && other->visible && tov_map_box_intersects (&label->box, &other->box))
            g_error ("the names of %s and %s overlap at %gx%g",
                     g_array_index (layout->nodes, TovMapNode, i).entry->actor_name,
                     g_array_index (layout->nodes, TovMapNode, j).entry->actor_name, width, height);
          tov_map_renderer_node_circle (layout, &frame, j, &circle);
          g_assert_false (tov_map_box_hits_circle (&label->box, &circle));
        }
    }
  return shown;
}

static void
test_labels_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (60);

  for (guint n = 5; n <= 60; n += 5)
    {
      g_autoptr(TovMapData) data = random_data (rand, n, -1, -1);
      g_autoptr(TovMapLayout) layout = NULL;
      guint screen, small, page, rtl;

      rename_actors (data, rand);
      layout = tov_map_layout_new (data, "2025-06-01", NULL);
      screen = assert_labels_apart (data, layout, 1280, 800, TOV_MAP_RENDER_NO_TITLE);
      rtl = assert_labels_apart (data, layout, 1280, 800, TOV_MAP_RENDER_NO_TITLE | TOV_MAP_RENDER_RTL);
      small = assert_labels_apart (data, layout, 640, 480, TOV_MAP_RENDER_NO_TITLE);
      page = assert_labels_apart (data, layout, 842, 595, TOV_MAP_RENDER_NONE);  /* A4 landscape, points */
      g_test_message ("%u actors: %u names shown on screen, %u in RTL, %u small, %u on A4",
                      n, screen, rtl, small, page);
      /* hiding is the last resort, not the rule */
      g_assert_cmpuint (screen, >=, n * 9 / 10);
      g_assert_cmpuint (page, >=, n * 8 / 10);
      g_assert_cmpuint (small, >=, n / 2);
    }
}

static void
test_labels_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-map-layout-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "demo.sqlite", NULL);
  g_autofree char *xml = g_build_filename (g_getenv ("TOV_SOURCE_DATADIR"), "demo", "demo.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(TovStore) store = tov_store_open (db, &error);
  g_autoptr(TovXmlReader) reader = NULL;
  g_autoptr(GListModel) families = NULL;
  guint maps = 0;

  g_assert_no_error (error);
  reader = tov_xml_reader_new (store);
  g_assert_true (tov_xml_reader_import_file (reader, file, NULL, &error));
  g_assert_no_error (error);
  families = tov_store_list_families (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (families); i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (families, i);
      g_autoptr(TovMapData) data = tov_store_load_map (store, tov_family_get_id (family), &error);
      g_autoptr(TovMapLayout) layout = NULL;

      g_assert_no_error (error);
      layout = tov_map_layout_new (data, "2026-11-26", NULL);
      if (layout->nodes->len == 0)
        continue;
      maps++;
      /* on screen, in both directions, and on an A4 page: every name shown */
      g_assert_cmpuint (assert_labels_apart (data, layout, 1280, 800, TOV_MAP_RENDER_NO_TITLE), ==,
                        layout->nodes->len);
      g_assert_cmpuint (assert_labels_apart (data, layout, 1280, 800, TOV_MAP_RENDER_NO_TITLE | TOV_MAP_RENDER_RTL),
                        ==, layout->nodes->len);
      g_assert_cmpuint (assert_labels_apart (data, layout, 842, 595, TOV_MAP_RENDER_NONE), ==,
                        layout->nodes->len);
    }
  g_assert_cmpuint (maps, >=, 5);
  g_clear_object (&reader);
  g_clear_object (&families);
  g_assert_finalize_object (g_steal_pointer (&store));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strconcat (db, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tov/map-layout/inside-and-apart", test_random);
  g_test_add_func ("/tov/map-layout/crowded-cell", test_crowded);
  g_test_add_func ("/tov/map-layout/same-stored-place", test_same_stored_place);
  g_test_add_func ("/tov/map-layout/stable", test_stable);
  g_test_add_func ("/tov/map-layout/stored-place-kept", test_stored_place_kept);
  g_test_add_func ("/tov/map-layout/as-of-date", test_as_of_date);
  g_test_add_func ("/tov/map-layout/snap", test_snap);
  g_test_add_func ("/tov/map-layout/hit", test_hit);
  g_test_add_func ("/tov/map-layout/members-and-description", test_members_and_description);
  g_test_add_func ("/tov/map-layout/labels-place", test_labels_place);
  g_test_add_func ("/tov/map-layout/labels-apart-60", test_labels_random);
  g_test_add_func ("/tov/map-layout/labels-apart-demo", test_labels_demo);

  return g_test_run ();
}
