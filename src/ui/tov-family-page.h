/* tov-family-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-family.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_FAMILY_PAGE (tov_family_page_get_type ())

G_DECLARE_FINAL_TYPE (TovFamilyPage, tov_family_page, TOV, FAMILY_PAGE, AdwBin)

GtkWidget  *tov_family_page_new           (void);
TovFamily  *tov_family_page_get_family    (TovFamilyPage *self);
void        tov_family_page_set_family    (TovFamilyPage *self,
                                           TovFamily     *family);

TovStore   *tov_family_page_get_store     (TovFamilyPage *self);
void        tov_family_page_set_store     (TovFamilyPage *self,
                                           TovStore      *store);
AdwViewStack *tov_family_page_get_view_stack   (TovFamilyPage *self);
AdwViewSwitcherBar *tov_family_page_get_switcher_bar (TovFamilyPage *self);

/* Pure helpers for the page's texts. */
const char *tov_family_page_format_status (const char    *status);
char       *tov_family_page_format_date   (const char    *date);

G_END_DECLS
