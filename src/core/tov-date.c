/* tov-date.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

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

static guint
number (const char *text,
        guint       n_digits)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

/* Dates are stored and exchanged as YYYY-MM-DD (ISO 8601), so they sort as
 * text. Checked by hand rather than with sscanf: an import checks every date
 * and time stamp of a file, and this is on its hot path. */
gboolean
tov_date_is_valid (const char *text)
{
  guint y;

  if (text == NULL || !digits (text, "dddd-dd-dd"))
    return FALSE;
  y = number (text, 4);
  return y >= 1800 && y <= 2200 && g_date_valid_dmy (number (text + 8, 2), number (text + 5, 2), y);
}

gboolean
tov_time_is_valid (const char *text)
{
  if (text == NULL || !digits (text, "dd:dd"))
    return FALSE;
  return number (text, 2) < 24 && number (text + 3, 2) < 60;
}

gboolean
tov_timestamp_is_valid (const char *text)
{
  char date[11];

  if (text == NULL || !digits (text, "dddd-dd-ddTdd:dd:ddZ"))
    return FALSE;
  memcpy (date, text, 10);
  date[10] = '\0';
  return tov_date_is_valid (date) && number (text + 11, 2) < 24 &&
         number (text + 14, 2) < 60 && number (text + 17, 2) < 61;
}

/**
 * tov_date_today:
 *
 * Returns: (transfer full): today's date, YYYY-MM-DD; $TOV_TODAY when it
 * holds a valid date (tests, screenshots)
 */
char *
tov_date_today (void)
{
  const char *fixed = g_getenv ("TOV_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && tov_date_is_valid (fixed))
    return g_strdup (fixed);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * tov_date_days_between:
 *
 * Returns: the days from @from to @to (negative when @to is earlier); 0
 * when either is not a valid date
 */
int
tov_date_days_between (const char *from,
                       const char *to)
{
  g_autoptr(GDate) a = tov_date_parse (from);
  g_autoptr(GDate) b = tov_date_parse (to);

  return a != NULL && b != NULL ? g_date_days_between (a, b) : 0;
}

/**
 * tov_date_days_until_today:
 * @date: a valid YYYY-MM-DD date
 *
 * Returns: the days from @date to today (negative when @date is later)
 */
int
tov_date_days_until_today (const char *date)
{
  g_autofree char *today = tov_date_today ();

  return tov_date_days_between (date, today);
}

/**
 * tov_date_add_days:
 *
 * Returns: (transfer full) (nullable): @date moved by @days, or %NULL when
 * @date is not a valid date
 */
char *
tov_date_add_days (const char *date,
                   int         days)
{
  g_autoptr(GDate) day = tov_date_parse (date);
  char text[16];

  if (day == NULL)
    return NULL;
  if (days >= 0)
    g_date_add_days (day, (guint) days);
  else
    g_date_subtract_days (day, (guint) -days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return g_strdup (text);
}

/**
 * tov_timestamp_add_days:
 *
 * Returns: (transfer full) (nullable): @timestamp (YYYY-MM-DDTHH:MM:SSZ)
 * moved by @days, or %NULL when it is not a valid timestamp
 */
char *
tov_timestamp_add_days (const char *timestamp,
                        int         days)
{
  g_autofree char *day = NULL;
  char date[11];

  if (!tov_timestamp_is_valid (timestamp))
    return NULL;
  memcpy (date, timestamp, 10);
  date[10] = '\0';
  day = tov_date_add_days (date, days);
  return g_strconcat (day, timestamp + 10, NULL);
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
  if (!tov_date_is_valid (text))
    return NULL;
  return g_date_new_dmy (number (text + 8, 2), number (text + 5, 2), number (text, 4));
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

/**
 * tov_date_format:
 * @date: (nullable): YYYY-MM-DD
 *
 * The date as the user interface shows it, in the user's language: the
 * format comes from the translation catalogue ("3 april 2026" in Danish,
 * "3 أبريل 2026" in Arabic), the month names from the locale.
 *
 * Returns: (transfer full) (nullable): the date for display; a copy of @date
 *   when it is not a valid date; %NULL for %NULL or ""
 */
char *
tov_date_format (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = NULL;

  if (date == NULL || date[0] == '\0')
    return NULL;
  if (!tov_date_is_valid (date))
    return g_strdup (date);

  utc = g_time_zone_new_utc ();
  dt = g_date_time_new (utc, number (date, 4), number (date + 5, 2), number (date + 8, 2), 0, 0, 0);
  if (dt == NULL)
    return g_strdup (date);

  /* Translators: a date as shown in the application, see g_date_time_format();
   * "%-d %B %Y" is "3 April 2026" */
  return g_date_time_format (dt, _("%-d %B %Y"));
}
