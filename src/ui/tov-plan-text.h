/* tov-plan-text.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_TEXT (tov_plan_text_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanText, tov_plan_text, TOV, PLAN_TEXT, GtkWidget)

GtkWidget   *tov_plan_text_new           (void);
char        *tov_plan_text_get_text      (TovPlanText    *self);
void         tov_plan_text_set_text      (TovPlanText    *self,
                                          const char     *text);
gboolean     tov_plan_text_get_editable  (TovPlanText    *self);
void         tov_plan_text_set_editable  (TovPlanText    *self,
                                          gboolean        editable);
void         tov_plan_text_set_text_direction (TovPlanText *self,
                                          GtkTextDirection direction);
GtkWidget   *tov_plan_text_get_view      (TovPlanText    *self);
void         tov_plan_text_set_accessible_label (TovPlanText *self,
                                          const char     *label);

G_END_DECLS
