/* tov-report-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-report.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_REPORT_WINDOW (tov_report_window_get_type ())

G_DECLARE_FINAL_TYPE (TovReportWindow, tov_report_window, TOV, REPORT_WINDOW, AdwWindow)

GtkWidget       *tov_report_window_new        (TovStore        *store);
TovStore        *tov_report_window_get_store  (TovReportWindow *self);
const TovReport *tov_report_window_get_report (TovReportWindow *self);
gboolean         tov_report_window_set_period (TovReportWindow *self,
                                               const char      *from,
                                               const char      *to);
void             tov_report_window_set_today  (TovReportWindow *self,
                                               const char      *today);
void             tov_report_window_present_for (GtkWidget      *parent,
                                               TovStore        *store);

G_END_DECLS
