/* tov-map-data.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What the actor network map of one family is drawn from: the family, its
 * members and every engagement it ever had (past ones too, so the map can be
 * shown as it was on any date). Plain data, filled by the store
 * (tov_store_load_map ()) or by hand in tests; laid out by TovMapLayout and
 * drawn by the map renderer.
 */

typedef enum
{
  TOV_MAP_RING_CORE,
  TOV_MAP_RING_NEAR,
  TOV_MAP_RING_PERIPHERAL,
  TOV_MAP_RING_NETWORK,
  TOV_MAP_RING_CIVIL_SOCIETY,
  TOV_MAP_N_RINGS
} TovMapRing;

/* in the order of tov_sectors[], which is the order around the circle */
typedef enum
{
  TOV_MAP_SECTOR_SOCIAL,
  TOV_MAP_SECTOR_EMPLOYMENT,
  TOV_MAP_SECTOR_CHILDREN_YOUTH,
  TOV_MAP_SECTOR_SCHOOL,
  TOV_MAP_SECTOR_HEALTH,
  TOV_MAP_SECTOR_LEISURE,
  TOV_MAP_SECTOR_POLICE,
  TOV_MAP_SECTOR_NGO,
  TOV_MAP_SECTOR_PRIVATE_NETWORK,
  TOV_MAP_N_SECTORS
} TovMapSector;

typedef struct
{
  char *id;                 /* persons.id */
  char *name;               /* given name, as the map labels it */
} TovMapMember;

typedef struct
{
  char        *engagement_id;
  char        *actor_id;
  char        *actor_name;
  char        *organisation;  /* nullable */
  char        *role;          /* the actor's role, nullable */
  char        *role_note;     /* the role towards this family, nullable */
  TovMapRing   ring;
  TovMapSector sector;
  gboolean     coordinator;
  gboolean     invited;
  char        *from_date;     /* YYYY-MM-DD */
  char        *to_date;       /* the last day, inclusive; NULL while it lasts */
  gboolean     has_position;  /* map_angle and map_radius are stored */
  double       angle;         /* see tov-map-layout.h */
  double       radius;
  GPtrArray   *member_ids;    /* (element-type utf8) persons.id it works with */
} TovMapEntry;

typedef struct
{
  char      *family_id;
  char      *family_name;
  char      *enrolled_on;   /* nullable */
  GPtrArray *members;       /* (element-type TovMapMember) */
  GPtrArray *entries;       /* (element-type TovMapEntry) */
} TovMapData;

TovMapData   *tov_map_data_new             (const char       *family_id,
                                            const char       *family_name,
                                            const char       *enrolled_on);
void          tov_map_data_free            (TovMapData       *data);
TovMapMember *tov_map_data_add_member      (TovMapData       *data,
                                            const char       *id,
                                            const char       *name);
TovMapEntry  *tov_map_data_add_entry       (TovMapData       *data,
                                            const char       *engagement_id,
                                            const char       *actor_id,
                                            const char       *actor_name,
                                            TovMapRing        ring,
                                            TovMapSector      sector,
                                            const char       *from_date,
                                            const char       *to_date);
TovMapEntry  *tov_map_data_lookup_entry    (const TovMapData *data,
                                            const char       *engagement_id);
const char   *tov_map_data_member_name     (const TovMapData *data,
                                            const char       *person_id);

gboolean      tov_map_entry_is_active      (const TovMapEntry *entry,
                                            const char        *date);
gboolean      tov_map_entry_whole_family   (const TovMapEntry *entry,
                                            const TovMapData  *data);
char         *tov_map_entry_describe       (const TovMapEntry *entry,
                                            const TovMapData  *data);

gboolean      tov_map_ring_is_professional (TovMapRing         ring);
TovMapRing    tov_map_ring_from_string     (const char        *ring);
const char   *tov_map_ring_to_string       (TovMapRing         ring);
const char   *tov_map_ring_label           (TovMapRing         ring);
const char   *tov_map_ring_msgid           (TovMapRing         ring);
TovMapSector  tov_map_sector_from_string   (const char        *sector);
const char   *tov_map_sector_to_string     (TovMapSector       sector);
const char   *tov_map_sector_label         (TovMapSector       sector);
const char   *tov_map_sector_msgid         (TovMapSector       sector);

/* counts on a date: actors per ring and professionals in direct contact
 * (distinct actors in the core, near and peripheral rings) */
typedef struct
{
  guint per_ring[TOV_MAP_N_RINGS];
  guint total;
  guint professionals;
} TovMapCounts;

void          tov_map_data_count           (const TovMapData  *data,
                                            const char        *date,
                                            TovMapCounts      *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovMapData, tov_map_data_free)

G_END_DECLS
