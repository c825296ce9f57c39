/* tov-map-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tov-map-data.h"

G_BEGIN_DECLS

/*
 * Where everything on the actor network map goes. Pure geometry, no drawing.
 *
 * Coordinates are "map units": the family at (0, 0), x to the right, y
 * downwards (as cairo draws), the outer edge of the outermost ring at
 * distance 1. Layout is always computed left-to-right; a right-to-left
 * drawing mirrors x (x -> -x) when it draws and when it hit-tests.
 *
 * - The centre disc (radius TOV_MAP_CENTRE_RADIUS) holds the family and its
 *   members, on a small circle around the family name.
 * - Five rings of equal width follow outwards, one per TovMapRing: core,
 *   near, peripheral, network, civil society.
 * - Nine sectors of TOV_MAP_SECTOR_SPAN degrees divide the circle, one per
 *   TovMapSector, in the order of tov_sectors[], clockwise from the top.
 *
 * An engagement's position is stored in engagements.map_angle and
 * map_radius:
 *
 *   map_angle   degrees, 0 = straight up, growing clockwise (in a
 *               left-to-right drawing); 0 <= angle < 360. It always lies in
 *               the actor's sector: a stored angle outside it is clamped.
 *   map_radius  a fraction of the ring band, 0 = inner edge of the ring,
 *               1 = outer edge. The ring itself is engagements.ring.
 *
 * Engagements without a stored position are spread evenly over their cell
 * (ring x sector). Nodes never overlap: the node radius shrinks when a cell
 * is crowded, and a node whose place is taken moves to the nearest free
 * slot. The same input always gives the same layout.
 */

#define TOV_MAP_CENTRE_RADIUS     0.22
#define TOV_MAP_RING_WIDTH        ((1.0 - TOV_MAP_CENTRE_RADIUS) / TOV_MAP_N_RINGS)
#define TOV_MAP_SECTOR_SPAN       (360.0 / TOV_MAP_N_SECTORS)
#define TOV_MAP_NODE_RADIUS       0.03   /* when nothing is crowded */
#define TOV_MAP_MEMBER_RADIUS     0.05
#define TOV_MAP_MEMBER_CIRCLE     0.14  /* members sit on this circle */

typedef struct
{
  TovMapEntry *entry;       /* (not owned) from the TovMapData */
  double       angle;       /* degrees, as placed, see above */
  double       fraction;    /* of the ring band, as placed */
  double       x;           /* map units, left-to-right */
  double       y;
} TovMapNode;

typedef struct
{
  TovMapMember *member;     /* (not owned) */
  double        x;
  double        y;
} TovMapMemberNode;

typedef struct
{
  char         *date;         /* the map as of this day */
  double        node_radius;  /* map units, the same for every actor */
  double        member_radius;
  GArray       *nodes;        /* (element-type TovMapNode) active actors, by ring then angle */
  GArray       *members;      /* (element-type TovMapMemberNode) */
  TovMapCounts  counts;       /* on date */
  guint         serial;       /* a new number for every layout: tells caches apart */
} TovMapLayout;

TovMapLayout     *tov_map_layout_new          (const TovMapData   *data,
                                               const char         *date,
                                               const char         *pinned_id);
void              tov_map_layout_free         (TovMapLayout       *layout);
const TovMapNode *tov_map_layout_lookup       (const TovMapLayout *layout,
                                               const char         *engagement_id,
                                               guint              *index);
int               tov_map_layout_hit          (const TovMapLayout *layout,
                                               double              x,
                                               double              y);
const TovMapMemberNode *tov_map_layout_lookup_member (const TovMapLayout *layout,
                                                      const char         *person_id);

/* geometry shared by the layout, the renderer and the widget */
double            tov_map_ring_inner          (TovMapRing          ring);
double            tov_map_ring_outer          (TovMapRing          ring);
double            tov_map_sector_start        (TovMapSector        sector);
void              tov_map_to_point            (double              angle,
                                               double              radius,
                                               double             *x,
                                               double             *y);
void              tov_map_to_polar            (double              x,
                                               double              y,
                                               double             *angle,
                                               double             *radius);
void              tov_map_layout_snap         (TovMapSector        sector,
                                               double              node_radius,
                                               double              x,
                                               double              y,
                                               TovMapRing         *ring,
                                               double             *angle,
                                               double             *fraction);
guint             tov_map_cell_capacity       (TovMapRing          ring,
                                               double              node_radius);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovMapLayout, tov_map_layout_free)

G_END_DECLS
