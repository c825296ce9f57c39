/* tov-plan-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_PAGE (tov_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanPage, tov_plan_page, TOV, PLAN_PAGE, AdwBin)

GtkWidget  *tov_plan_page_new           (void);
TovStore   *tov_plan_page_get_store     (TovPlanPage *self);
void        tov_plan_page_set_store     (TovPlanPage *self,
                                          TovStore      *store);
const char *tov_plan_page_get_family_id (TovPlanPage *self);
void        tov_plan_page_set_family_id (TovPlanPage *self,
                                          const char    *family_id);

G_END_DECLS
