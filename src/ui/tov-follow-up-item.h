/* tov-follow-up-item.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-store-follow-up.h"

G_BEGIN_DECLS

#define TOV_TYPE_FOLLOW_UP_ITEM (tov_follow_up_item_get_type ())

G_DECLARE_FINAL_TYPE (TovFollowUpItem, tov_follow_up_item, TOV, FOLLOW_UP_ITEM, GObject)

TovFollowUpItem   *tov_follow_up_item_new       (TovFollowUp     *line);
const TovFollowUp *tov_follow_up_item_get_line  (TovFollowUpItem *self);

G_END_DECLS
