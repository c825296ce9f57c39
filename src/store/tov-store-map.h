/* tov-store-map.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-map-data.h"
#include "tov-store.h"

G_BEGIN_DECLS

/*
 * The actor network map's reads and writes: one family's engagements with
 * their actors and members (all of them, past ones too), a move on the map,
 * and ending an engagement. Writes go through tov_store_update (), so they
 * are validated, logged and signalled like any other.
 */

TovMapData *tov_store_load_map           (TovStore     *store,
                                          const char   *family_id,
                                          GError      **error);
gboolean    tov_store_move_engagement    (TovStore     *store,
                                          const char   *engagement_id,
                                          TovMapRing    ring,
                                          double        angle,
                                          double        fraction,
                                          GError      **error);
gboolean    tov_store_end_engagement     (TovStore     *store,
                                          const char   *engagement_id,
                                          const char   *last_day,
                                          gboolean     *deleted,
                                          GError      **error);
char       *tov_store_add_engagement     (TovStore     *store,
                                          const char   *family_id,
                                          TovRecord    *new_actor,
                                          const char   *actor_id,
                                          TovMapRing    ring,
                                          gboolean      coordinator,
                                          gboolean      invited,
                                          const char   *from_date,
                                          const char * const *person_ids,
                                          const char  **column,
                                          GError      **error);

G_END_DECLS
