/* test-map-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tov-map-layout.h"

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

  return g_test_run ();
}
