/* tov-map-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tov-map-layout.h"

G_BEGIN_DECLS

#define TOV_TYPE_MAP_VIEW (tov_map_view_get_type ())

G_DECLARE_FINAL_TYPE (TovMapView, tov_map_view, TOV, MAP_VIEW, GtkWidget)

GtkWidget        *tov_map_view_new             (void);
void              tov_map_view_set_data        (TovMapView  *self,
                                                TovMapData  *data,
                                                const char  *date,
                                                const char  *pinned_id);
const TovMapData *tov_map_view_get_data        (TovMapView  *self);
const TovMapLayout *tov_map_view_get_layout    (TovMapView  *self);
const char       *tov_map_view_get_focused_id  (TovMapView  *self);
void              tov_map_view_set_focused_id  (TovMapView  *self,
                                                const char  *engagement_id);
gboolean          tov_map_view_node_position   (TovMapView  *self,
                                                const char  *engagement_id,
                                                double      *x,
                                                double      *y);
void              tov_map_view_map_point       (TovMapView  *self,
                                                double       map_x,
                                                double       map_y,
                                                double      *x,
                                                double      *y);
gboolean          tov_map_view_drag_begin      (TovMapView  *self,
                                                const char  *engagement_id);
void              tov_map_view_drag_update     (TovMapView  *self,
                                                double       x,
                                                double       y);
void              tov_map_view_drag_end        (TovMapView  *self,
                                                double       x,
                                                double       y);
void              tov_map_view_drop            (TovMapView  *self,
                                                const char  *engagement_id,
                                                double       x,
                                                double       y);

G_END_DECLS
