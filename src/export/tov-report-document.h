/* tov-report-document.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-document.h"
#include "tov-store-report.h"

G_BEGIN_DECLS

/*
 * The project's results as a printable document (the ODT report for the
 * steering group and the evaluators): period and group, the targets, one
 * Assens-style table and one before/after chart (a PNG) per dimension, the
 * professionals' felt well-being beside the family's, the actor figure and
 * the agreements kept. Small-number protection is always on ("<3") and no
 * family is named. The labels come from the printout catalogue of the
 * report's language, Danish or English, whatever the interface's language.
 */

#define TOV_REPORT_DOCUMENT_ERROR (tov_report_document_error_quark ())

typedef enum
{
  TOV_REPORT_DOCUMENT_ERROR_LANGUAGE,  /* not da or en */
} TovReportDocumentError;

GQuark              tov_report_document_error_quark (void);
const char * const *tov_report_document_languages   (void);
gboolean            tov_report_document_check_language (const char           *language,
                                                        GError              **error);
TovDocument        *tov_report_document_build       (const TovReport      *report,
                                                     const TovReportScope *scope,
                                                     const char           *language,
                                                     GError              **error);
const char         *tov_report_document_translate   (const char           *msgctxt,
                                                     const char           *msgid,
                                                     gpointer              catalog);

G_END_DECLS
