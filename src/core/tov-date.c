/* tov-date.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tov-date.h"

static gboolean
digits (const char *text,
        const char *pattern)
{
  /* pattern: 'd' a digit, anything else itself */
  for (; *pattern != '\0'; pattern++, text++)
    {
      if (*pattern == 'd' ? !g_ascii_isdigit (*text) : *text != *pattern)
        return FALSE;
    }
  return *text == '\0';
}

/* Dates are stored and exchanged as YYYY-MM-DD (ISO 8601), so they sort as text. */
gboolean
tov_date_is_valid (const char *text)
{
  guint y, m, d;

  if (text == NULL || !digits (text, "dddd-dd-dd"))
    return FALSE;
  if (sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return FALSE;
  return y >= 1800 && y <= 2200 && g_date_valid_dmy (d, m, y);
}

gboolean
tov_time_is_valid (const char *text)
{
  guint h, m;

  if (text == NULL || !digits (text, "dd:dd") || sscanf (text, "%2u:%2u", &h, &m) != 2)
    return FALSE;
  return h < 24 && m < 60;
}

gboolean
tov_timestamp_is_valid (const char *text)
{
  g_autofree char *date = NULL;
  guint h, m, s;

  if (text == NULL || !digits (text, "dddd-dd-ddTdd:dd:ddZ"))
    return FALSE;
  date = g_strndup (text, 10);
  if (sscanf (text + 11, "%2u:%2u:%2u", &h, &m, &s) != 3)
    return FALSE;
  return tov_date_is_valid (date) && h < 24 && m < 60 && s < 61;
}

char *
tov_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
tov_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * tov_date_parse:
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when @text is not
 * a valid YYYY-MM-DD date.
 */
GDate *
tov_date_parse (const char *text)
{
  guint y, m, d;

  if (!tov_date_is_valid (text) || sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;
  return g_date_new_dmy (d, m, y);
}

/**
 * tov_date_years_between:
 *
 * Returns: whole years from @from to @to (an age), or -1 if either is invalid.
 */
int
tov_date_years_between (const char *from,
                        const char *to)
{
  g_autoptr(GDate) a = tov_date_parse (from);
  g_autoptr(GDate) b = tov_date_parse (to);
  int years;

  if (a == NULL || b == NULL)
    return -1;
  years = g_date_get_year (b) - g_date_get_year (a);
  if (g_date_get_month (b) < g_date_get_month (a) ||
      (g_date_get_month (b) == g_date_get_month (a) && g_date_get_day (b) < g_date_get_day (a)))
    years--;
  return years;
}
