/* tov-map-add-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-map-data.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_MAP_ADD_DIALOG (tov_map_add_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TovMapAddDialog, tov_map_add_dialog, TOV, MAP_ADD_DIALOG, AdwWindow)

TovMapAddDialog *tov_map_add_dialog_new          (TovStore         *store,
                                                  const TovMapData *data,
                                                  const char       *today);
void             tov_map_add_dialog_set_search   (TovMapAddDialog  *self,
                                                  const char       *text);
guint            tov_map_add_dialog_get_n_matches (TovMapAddDialog *self);
gboolean         tov_map_add_dialog_select_actor (TovMapAddDialog  *self,
                                                  const char       *actor_id);
void             tov_map_add_dialog_set_new_actor (TovMapAddDialog *self,
                                                   const char      *name,
                                                   TovMapSector     sector);
void             tov_map_add_dialog_set_ring     (TovMapAddDialog  *self,
                                                  TovMapRing        ring);
void             tov_map_add_dialog_set_member   (TovMapAddDialog  *self,
                                                  const char       *person_id,
                                                  gboolean          works_with);
gboolean         tov_map_add_dialog_can_add      (TovMapAddDialog  *self);
gboolean         tov_map_add_dialog_confirm      (TovMapAddDialog  *self);

G_END_DECLS
