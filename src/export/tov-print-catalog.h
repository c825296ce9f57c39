/* tov-print-catalog.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The labels of a printout in a language chosen for that printout, not the
 * language of the user interface. The compiled catalogue of that language
 * (tovholder.mo under $TOV_LOCALEDIR or LOCALEDIR) is read directly, so the
 * lookup does not depend on LANGUAGE, on installed locales or on gettext's
 * caches. A message the catalogue lacks comes back in English (the msgid).
 *
 * Mark strings for printouts with N_() or NC_() so xgettext finds them.
 */

#define TOV_TYPE_PRINT_CATALOG (tov_print_catalog_get_type ())

G_DECLARE_FINAL_TYPE (TovPrintCatalog, tov_print_catalog, TOV, PRINT_CATALOG, GObject)

TovPrintCatalog *tov_print_catalog_new           (const char      *language);
TovPrintCatalog *tov_print_catalog_new_from_file (const char      *language,
                                                  const char      *path,
                                                  GError         **error);
const char      *tov_print_catalog_get_language  (TovPrintCatalog *self);
gboolean         tov_print_catalog_is_rtl        (TovPrintCatalog *self);
gboolean         tov_print_catalog_has_messages  (TovPrintCatalog *self);
const char      *tov_print_catalog_gettext       (TovPrintCatalog *self,
                                                  const char      *msgid);
const char      *tov_print_catalog_pgettext      (TovPrintCatalog *self,
                                                  const char      *context,
                                                  const char      *msgid);
const char      *tov_print_catalog_ngettext      (TovPrintCatalog *self,
                                                  const char      *msgid,
                                                  const char      *msgid_plural,
                                                  gulong           n);
const char      *tov_print_catalog_get_month     (TovPrintCatalog *self,
                                                  GDateMonth       month);
const char      *tov_print_catalog_get_weekday   (TovPrintCatalog *self,
                                                  GDateWeekday     weekday);
char            *tov_print_catalog_format_number (TovPrintCatalog *self,
                                                  gint64           number);
char            *tov_print_catalog_format_date   (TovPrintCatalog *self,
                                                  const char      *iso_date);

gboolean         tov_print_language_is_rtl       (const char      *language);

G_END_DECLS
