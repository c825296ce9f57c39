/* tov-report-csv.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-store-report.h"

G_BEGIN_DECLS

/*
 * The evaluators' CSV: one row per person and measurement, families and
 * persons under numbers that hold only within one file, no names, no dates
 * of birth (an age band instead), months instead of days. The columns are
 * documented in docs/report-csv.md.
 *
 * translate turns the English labels into the file's language, for example
 * through a TovPrintCatalog (tov_report_document_translate); NULL writes
 * English. The column names and coded values stay the same in every language.
 */

GBytes     *tov_report_csv_export   (TovStore              *store,
                                     const TovReportScope  *scope,
                                     TovReportTranslate     translate,
                                     gpointer               user_data,
                                     GError               **error);

/* Pure helpers, exposed for the tests. */
const char *tov_report_csv_age_band (int                    birth_year,
                                     const char            *measured_on);
int         tov_report_csv_months   (const char            *from,
                                     const char            *to);
void        tov_report_csv_append   (GString               *line,
                                     const char            *field);

G_END_DECLS
