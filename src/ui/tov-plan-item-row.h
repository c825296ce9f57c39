/* tov-plan-item-row.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-record.h"

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_ITEM_ROW (tov_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanItemRow, tov_plan_item_row, TOV, PLAN_ITEM_ROW, AdwBin)

GtkWidget  *tov_plan_item_row_new                (TovRecord      *item);
TovRecord  *tov_plan_item_row_get_item           (TovPlanItemRow *self);
void        tov_plan_item_row_set_item           (TovPlanItemRow *self,
                                                  TovRecord      *item);
void        tov_plan_item_row_set_translation    (TovPlanItemRow *self,
                                                  const char     *language,
                                                  const char     *text,
                                                  gboolean        missing);
void        tov_plan_item_row_set_editable       (TovPlanItemRow *self,
                                                  gboolean        editable);
void        tov_plan_item_row_set_family_present (TovPlanItemRow *self,
                                                  gboolean        present);
void        tov_plan_item_row_set_member         (TovPlanItemRow *self,
                                                  const char     *name);
void        tov_plan_item_row_set_choices        (TovPlanItemRow *self,
                                                  GPtrArray      *persons,
                                                  GPtrArray      *actors);
GtkWidget  *tov_plan_item_row_get_details        (TovPlanItemRow *self);
GtkWidget  *tov_plan_item_row_get_text_view      (TovPlanItemRow *self);
GtkWidget  *tov_plan_item_row_get_translation_view (TovPlanItemRow *self);
GtkWidget  *tov_plan_item_row_get_text           (TovPlanItemRow *self);

G_END_DECLS
