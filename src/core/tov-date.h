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
/* The day data/demo/demo.xml is written as of: its overdue agreements,
 * expiring consents and next meetings are relative to it. */
#define TOV_DEMO_DAY "2026-11-26"

char     *tov_date_today          (void);
int       tov_date_days_between   (const char *from,
                                   const char *to);
int       tov_date_days_until_today (const char *date);
char     *tov_date_add_days       (const char *date,
                                   int         days);
char     *tov_timestamp_add_days  (const char *timestamp,
                                   int         days);
char     *tov_timestamp_now       (void);
GDate    *tov_date_parse          (const char *text);
int       tov_date_years_between  (const char *from,
                                   const char *to);
char     *tov_date_format         (const char *date);

G_END_DECLS
