/* tov-family-slot.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-family.h"

G_BEGIN_DECLS

#define TOV_TYPE_FAMILY_SLOT (tov_family_slot_get_type ())

G_DECLARE_FINAL_TYPE (TovFamilySlot, tov_family_slot, TOV, FAMILY_SLOT, GObject)

TovFamilySlot *tov_family_slot_new        (void);
TovFamily     *tov_family_slot_get_family (TovFamilySlot *self);
void           tov_family_slot_set_family (TovFamilySlot *self,
                                           TovFamily     *family);

G_END_DECLS
