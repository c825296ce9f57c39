/* tov-scaling-chart.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TOV_TYPE_SCALING_CHART (tov_scaling_chart_get_type ())

G_DECLARE_FINAL_TYPE (TovScalingChart, tov_scaling_chart, TOV, SCALING_CHART, GtkWidget)

GtkWidget  *tov_scaling_chart_new         (void);
void        tov_scaling_chart_set_points  (TovScalingChart *self,
                                           GPtrArray       *points);
guint       tov_scaling_chart_get_n_lines (TovScalingChart *self);
const char *tov_scaling_chart_get_summary (TovScalingChart *self);

G_END_DECLS
