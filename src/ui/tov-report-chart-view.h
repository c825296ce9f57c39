/* tov-report-chart-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tov-report.h"

G_BEGIN_DECLS

#define TOV_TYPE_REPORT_CHART_VIEW (tov_report_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (TovReportChartView, tov_report_chart_view, TOV, REPORT_CHART_VIEW, GtkWidget)

/* dimension must outlive the widget or be replaced before it goes */
GtkWidget *tov_report_chart_view_new           (const TovReportDimension *dimension);
void       tov_report_chart_view_set_dimension (TovReportChartView       *self,
                                                const TovReportDimension *dimension);

G_END_DECLS
