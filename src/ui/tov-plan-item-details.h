/* tov-plan-item-details.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tov-record.h"

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_ITEM_DETAILS (tov_plan_item_details_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanItemDetails, tov_plan_item_details, TOV, PLAN_ITEM_DETAILS, GtkPopover)

GtkWidget *tov_plan_item_details_new      (TovRecord          *item,
                                           GPtrArray          *persons,
                                           GPtrArray          *actors);
GtkWidget *tov_plan_item_details_get_field (TovPlanItemDetails *self,
                                           const char         *column);

G_END_DECLS
