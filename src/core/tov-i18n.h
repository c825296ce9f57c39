/* tov-i18n.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  tov_i18n_init (void);
char *tov_isolate   (const char *text);

G_END_DECLS
