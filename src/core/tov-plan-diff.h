/* tov-plan-diff.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-record.h"

G_BEGIN_DECLS

typedef enum
{
  TOV_PLAN_CHANGE_SAME,
  TOV_PLAN_CHANGE_ADDED,
  TOV_PLAN_CHANGE_REMOVED,
  TOV_PLAN_CHANGE_CHANGED,
} TovPlanChangeKind;

typedef struct
{
  TovPlanChangeKind  kind;
  TovRecord         *old_item;   /* NULL when added */
  TovRecord         *new_item;   /* NULL when removed */
  char             **columns;    /* CHANGED: the columns that differ */
} TovPlanChange;

void       tov_plan_change_free  (TovPlanChange *change);
char      *tov_plan_item_lineage (TovRecord     *item);
GPtrArray *tov_plan_diff         (GPtrArray     *old_items,
                                  GPtrArray     *new_items);
void       tov_plan_diff_count   (GPtrArray     *changes,
                                  guint         *added,
                                  guint         *removed,
                                  guint         *changed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovPlanChange, tov_plan_change_free)

G_END_DECLS
