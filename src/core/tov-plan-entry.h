/* tov-plan-entry.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-plan-items.h"
#include "tov-record.h"

G_BEGIN_DECLS

typedef enum
{
  TOV_PLAN_ENTRY_HEADER,   /* a section's title and question */
  TOV_PLAN_ENTRY_ITEM,     /* one plan item, edited in place */
  TOV_PLAN_ENTRY_INFO,     /* a line shown, not edited here (agreements, roles, follow-up) */
} TovPlanEntryKind;

#define TOV_TYPE_PLAN_ENTRY (tov_plan_entry_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanEntry, tov_plan_entry, TOV, PLAN_ENTRY, GObject)

TovPlanEntry     *tov_plan_entry_new_header   (TovPlanSection  section,
                                               gboolean        can_add);
TovPlanEntry     *tov_plan_entry_new_item     (TovRecord      *item);
TovPlanEntry     *tov_plan_entry_new_info     (TovPlanSection  section,
                                               const char     *title,
                                               const char     *subtitle);
TovPlanEntryKind  tov_plan_entry_get_kind     (TovPlanEntry   *self);
TovPlanSection    tov_plan_entry_get_section  (TovPlanEntry   *self);
gboolean          tov_plan_entry_get_can_add  (TovPlanEntry   *self);
TovRecord        *tov_plan_entry_get_item     (TovPlanEntry   *self);
void              tov_plan_entry_set_item     (TovPlanEntry   *self,
                                               TovRecord      *item);
const char       *tov_plan_entry_get_title    (TovPlanEntry   *self);
const char       *tov_plan_entry_get_subtitle (TovPlanEntry   *self);

G_END_DECLS
