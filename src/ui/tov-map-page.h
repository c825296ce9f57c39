/* tov-map-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_MAP_PAGE (tov_map_page_get_type ())

G_DECLARE_FINAL_TYPE (TovMapPage, tov_map_page, TOV, MAP_PAGE, AdwBin)

GtkWidget  *tov_map_page_new           (void);
TovStore   *tov_map_page_get_store     (TovMapPage *self);
void        tov_map_page_set_store     (TovMapPage *self,
                                          TovStore      *store);
const char *tov_map_page_get_family_id (TovMapPage *self);
void        tov_map_page_set_family_id (TovMapPage *self,
                                          const char    *family_id);
GtkWidget  *tov_map_page_get_view      (TovMapPage *self);
const char *tov_map_page_get_date      (TovMapPage *self);
void        tov_map_page_set_date      (TovMapPage *self,
                                        const char *date);
GListModel *tov_map_page_get_items     (TovMapPage *self);
const char *tov_map_page_get_counts    (TovMapPage *self);
GtkWindow  *tov_map_page_add_actor     (TovMapPage *self);

G_END_DECLS
