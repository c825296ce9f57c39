/* tov-report-chart.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tov-report.h"

G_BEGIN_DECLS

/*
 * A before/after bar chart of one dimension, drawn with cairo and Pango:
 * one pair of horizontal bars per value, "at enrolment" hatched light grey,
 * "now" solid dark grey, so that it reads in grey print; every bar labelled
 * with its percentage and the count behind it ("40 % · 2 of 5"). The same
 * drawing serves the report view and the PNG in the ODT report.
 */

typedef struct
{
  const char *title;
  const char *before_label;   /* "At enrolment" */
  const char *after_label;    /* "Now" */
  gboolean    protect;        /* small-number protection: "<3" */
  gboolean    decimal_comma;  /* "3,5": a Danish printout */
  gboolean    rtl;
  const char *font;           /* Pango font description, NULL: "Sans 10" */
  TovReportTranslate translate;  /* the chart's language; NULL: the user interface's */
  gpointer    translate_data;
} TovReportChartStyle;

double  tov_report_chart_get_height (const TovReportDimension  *dimension);
void    tov_report_chart_draw       (cairo_t                   *cr,
                                     double                     width,
                                     const TovReportDimension  *dimension,
                                     const TovReportChartStyle *style);
GBytes *tov_report_chart_to_png     (const TovReportDimension  *dimension,
                                     const TovReportChartStyle *style,
                                     int                        width,
                                     double                     scale);

G_END_DECLS
