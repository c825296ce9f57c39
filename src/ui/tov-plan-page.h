/* tov-plan-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-plan-editor.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_PAGE (tov_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanPage, tov_plan_page, TOV, PLAN_PAGE, AdwBin)

/* Prints or exports a plan version: @format is "print", "pdf" or "odt";
 * @family_present: leave out internal items (always, for the family). */
typedef void (*TovPlanExportFunc) (TovPlanPage *page,
                                   const char  *format,
                                   const char  *version_id,
                                   gpointer     user_data);

GtkWidget     *tov_plan_page_new                (void);
TovStore      *tov_plan_page_get_store          (TovPlanPage       *self);
void           tov_plan_page_set_store          (TovPlanPage       *self,
                                                 TovStore          *store);
const char    *tov_plan_page_get_family_id      (TovPlanPage       *self);
void           tov_plan_page_set_family_id      (TovPlanPage       *self,
                                                 const char        *family_id);
gboolean       tov_plan_page_get_family_present (TovPlanPage       *self);
void           tov_plan_page_set_family_present (TovPlanPage       *self,
                                                 gboolean           present);
const char    *tov_plan_page_get_version_id     (TovPlanPage       *self);
void           tov_plan_page_set_version_id     (TovPlanPage       *self,
                                                 const char        *version_id);
TovPlanEditor *tov_plan_page_get_editor         (TovPlanPage       *self);
void           tov_plan_page_set_export_handler (TovPlanPage       *self,
                                                 TovPlanExportFunc  func,
                                                 gpointer           user_data);
GList         *tov_plan_page_get_item_rows      (TovPlanPage       *self);

G_END_DECLS
