/* tov-goal-scale.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TOV_TYPE_GOAL_SCALE (tov_goal_scale_get_type ())

G_DECLARE_FINAL_TYPE (TovGoalScale, tov_goal_scale, TOV, GOAL_SCALE, GtkWidget)

GtkWidget *tov_goal_scale_new        (void);
int        tov_goal_scale_get_value  (TovGoalScale *self);
void       tov_goal_scale_set_value  (TovGoalScale *self,
                                      int           value);
int        tov_goal_scale_get_target (TovGoalScale *self);
void       tov_goal_scale_set_target (TovGoalScale *self,
                                      int           target);
gboolean   tov_goal_scale_get_editable (TovGoalScale *self);
void       tov_goal_scale_set_editable (TovGoalScale *self,
                                        gboolean      editable);

G_END_DECLS
