/* tov-map-page-private.h: shared by tov-map-page.c and tov-map-page-actions.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-map-page.h"
#include "tov-map-view.h"
#include "tov-store.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *records;     /* snapshot to restore, or NULL */
  char      *added_id;    /* engagement to delete, or NULL */
  char      *actor_id;    /* actor created with it, to delete too */
} UndoStep;

struct _TovMapPage
{
  AdwBin          parent_instance;

  TovStore       *store;
  char           *family_id;
  char           *date;          /* shown; NULL follows today */
  char           *first_date;    /* of the slider */
  char           *counts;
  GListStore     *items;
  GQueue          undo;
  gulong          changed_id;
  guint           reload_idle;
  char           *pinned_id;
  gboolean        updating_scale;

  AdwToastOverlay *toast_overlay;
  TovMapView     *map_view;
  GtkColumnView  *list_view;
  GtkRange       *date_scale;
  GtkAdjustment  *date_adjustment;  /* the scale's; not bound: 4.8 would unparent it */
  GtkLabel       *date_label;
  GtkLabel       *counts_label;
};

void  tov_map_page_undo_step_free      (UndoStep       *step);
void  tov_map_page_toast               (TovMapPage     *self,
                                        const char     *title,
                                        gboolean        with_undo);
void  tov_map_page_reload              (TovMapPage     *self);
void  tov_map_page_class_init_actions  (GtkWidgetClass *widget_class);

G_END_DECLS
