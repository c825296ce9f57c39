/* tov-anonymiser.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Replaces names in free text for the anonymised variant of a printout:
 * "Mahmoud sover dårligt" becomes "Far sover dårligt". A name is replaced
 * wherever a word starts with it, so a Danish genitive ("Mahmouds") goes
 * too; longer names are replaced first ("Mahmoud Haddad" before "Mahmoud").
 */

#define TOV_TYPE_ANONYMISER (tov_anonymiser_get_type ())

G_DECLARE_FINAL_TYPE (TovAnonymiser, tov_anonymiser, TOV, ANONYMISER, GObject)

TovAnonymiser *tov_anonymiser_new      (void);
void           tov_anonymiser_add      (TovAnonymiser *self,
                                        const char    *name,
                                        const char    *replacement);
char          *tov_anonymiser_apply    (TovAnonymiser *self,
                                        const char    *text);

G_END_DECLS
