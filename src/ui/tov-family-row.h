/* tov-family-row.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-family.h"

G_BEGIN_DECLS

#define TOV_TYPE_FAMILY_ROW (tov_family_row_get_type ())

G_DECLARE_FINAL_TYPE (TovFamilyRow, tov_family_row, TOV, FAMILY_ROW, AdwBin)

GtkWidget *tov_family_row_new            (void);
TovFamily *tov_family_row_get_family     (TovFamilyRow *self);
void       tov_family_row_set_family     (TovFamilyRow *self,
                                          TovFamily    *family);

/* The texts a row shows, as pure functions so tests need no display. */
char      *tov_family_row_format_details (const char   *coordinator,
                                          guint         member_count);
char      *tov_family_row_format_overdue (guint         overdue_count);
char      *tov_family_row_format_consent (guint         consent_problems);

G_END_DECLS
