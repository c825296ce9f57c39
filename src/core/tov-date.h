/* tov-date.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  tov_date_is_valid       (const char *text);
gboolean  tov_time_is_valid       (const char *text);
gboolean  tov_timestamp_is_valid  (const char *text);
char     *tov_date_today          (void);
char     *tov_timestamp_now       (void);
GDate    *tov_date_parse          (const char *text);
int       tov_date_years_between  (const char *from,
                                   const char *to);
char     *tov_date_format         (const char *date);

G_END_DECLS
