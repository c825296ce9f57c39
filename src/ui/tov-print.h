/* tov-print.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Print (with the print dialog's preview), Export as PDF and Export as ODT
 * for a plan version, and for a meeting's minutes right after the meeting:
 * each first asks the printout language (Danish, Arabic,
 * English, or Danish and Arabic side by side) and the variant (for the
 * family, or anonymised), starting from the family's own choice and
 * remembering it in families.print_languages. Printing draws with the PDF
 * renderer's code.
 */

typedef enum
{
  TOV_PRINT_PRINT,
  TOV_PRINT_EXPORT_PDF,
  TOV_PRINT_EXPORT_ODT,
} TovPrintKind;

void     tov_print_run          (GtkWidget    *parent,
                                 TovStore     *store,
                                 const char   *family_id,
                                 const char   *version_id,
                                 TovPrintKind  kind);
void     tov_print_meeting_export (GtkWidget  *parent,
                                   TovStore   *store,
                                   const char *meeting_id,
                                   const char *format);
void     tov_print_plan_export  (GtkWidget    *plan_page,
                                 const char   *format,
                                 const char   *version_id,
                                 gpointer      user_data);
gboolean tov_print_save_choice  (TovStore     *store,
                                 const char   *family_id,
                                 const char   *languages,
                                 GError      **error);
char    *tov_print_get_choice   (TovStore     *store,
                                 const char   *family_id);

G_END_DECLS
