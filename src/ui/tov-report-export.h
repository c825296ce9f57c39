/* tov-report-export.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store-report.h"

G_BEGIN_DECLS

/*
 * Exporting the report from its window: asks for a file and the file's
 * language (Danish or English, whatever the interface's language), writes
 * it, and says how it went in a toast. The report is computed again from
 * the store for the file, with small-number protection.
 */

typedef enum
{
  TOV_REPORT_EXPORT_ODT,
  TOV_REPORT_EXPORT_CSV,
} TovReportExportFormat;

void     tov_report_export_ask   (GtkWindow             *parent,
                                  AdwToastOverlay       *toasts,
                                  TovStore              *store,
                                  const TovReportScope  *scope,
                                  TovReportExportFormat  format);
gboolean tov_report_export_write (TovStore              *store,
                                  const TovReportScope  *scope,
                                  TovReportExportFormat  format,
                                  const char            *language,
                                  GFile                 *file,
                                  GError               **error);

G_END_DECLS
