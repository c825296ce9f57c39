/* tov-plan-fields.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-record.h"

G_BEGIN_DECLS

/*
 * The coded fields of a goal (horizon, theme) and an effort (statutory
 * plan) as people read them, and one line that sums up an item's fields.
 */

const char * const *tov_plan_field_values  (const char *column);
const char         *tov_plan_field_label   (const char *column,
                                            const char *value);
char               *tov_plan_item_summary  (TovRecord  *item,
                                            const char *actor_name);

G_END_DECLS
