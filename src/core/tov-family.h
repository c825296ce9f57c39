/* tov-family.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TOV_TYPE_FAMILY (tov_family_get_type ())

G_DECLARE_FINAL_TYPE (TovFamily, tov_family, TOV, FAMILY, GObject)

TovFamily  *tov_family_new                 (const char *id,
                                            const char *name);
const char *tov_family_get_id              (TovFamily  *self);
const char *tov_family_get_name            (TovFamily  *self);
const char *tov_family_get_status          (TovFamily  *self);
void        tov_family_set_status          (TovFamily  *self,
                                            const char *status);
const char *tov_family_get_coordinator     (TovFamily  *self);
void        tov_family_set_coordinator     (TovFamily  *self,
                                            const char *coordinator);
const char *tov_family_get_enrolled_on     (TovFamily  *self);
void        tov_family_set_enrolled_on     (TovFamily  *self,
                                            const char *enrolled_on);
guint       tov_family_get_member_count    (TovFamily  *self);
void        tov_family_set_member_count    (TovFamily  *self,
                                            guint       count);
guint       tov_family_get_overdue_count   (TovFamily  *self);
void        tov_family_set_overdue_count   (TovFamily  *self,
                                            guint       count);
guint       tov_family_get_consent_problems (TovFamily *self);
void        tov_family_set_consent_problems (TovFamily *self,
                                            guint       count);
const char *tov_family_get_match           (TovFamily  *self);
void        tov_family_set_match           (TovFamily  *self,
                                            const char *match);

G_END_DECLS
