/* tov-map-item.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-map-data.h"

G_BEGIN_DECLS

#define TOV_TYPE_MAP_ITEM (tov_map_item_get_type ())

G_DECLARE_FINAL_TYPE (TovMapItem, tov_map_item, TOV, MAP_ITEM, GObject)

TovMapItem *tov_map_item_new               (const TovMapEntry *entry,
                                            const TovMapData  *data);
const char *tov_map_item_get_engagement_id (TovMapItem        *self);

G_END_DECLS
