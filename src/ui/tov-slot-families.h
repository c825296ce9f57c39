/* tov-slot-families.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TOV_TYPE_SLOT_FAMILIES (tov_slot_families_get_type ())

G_DECLARE_FINAL_TYPE (TovSlotFamilies, tov_slot_families, TOV, SLOT_FAMILIES, GObject)

TovSlotFamilies *tov_slot_families_new (GListModel *slots);

G_END_DECLS
