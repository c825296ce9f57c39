/* tov-overview.c: consent states, ages, progress, list filters
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tov-date.h"
#include "tov-model.h"
#include "tov-overview.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

/**
 * tov_person_age:
 * @birth_date: (nullable): YYYY-MM-DD
 * @today: YYYY-MM-DD
 *
 * Returns: the age in whole years, or -1 when the birth date is unknown
 */
int
tov_person_age (const char *birth_date,
                const char *today)
{
  if (!tov_date_is_valid (birth_date) || !tov_date_is_valid (today) ||
      g_strcmp0 (birth_date, today) > 0)
    return -1;

  return tov_date_years_between (birth_date, today);
}

/* The same rule as the store's family summary: anyone not recorded as a
 * child, or a child who has turned 18. */
gboolean
tov_person_is_adult (const char *household_role,
                     const char *birth_date,
                     const char *today)
{
  if (g_strcmp0 (household_role, "child") != 0)
    return TRUE;

  return tov_person_age (birth_date, today) >= 18;
}

/**
 * tov_consent_state:
 * @consents: (element-type TovRecord): one adult's consents
 * @today: YYYY-MM-DD
 * @until: (out) (optional) (transfer none): the date the state refers to
 *   (valid or expiring: until; expired: on; withdrawn: on), or %NULL
 *
 * Returns: the best state among the consents
 */
TovConsentState
tov_consent_state (GPtrArray   *consents,
                   const char  *today,
                   const char **until)
{
  g_autofree char *soon = tov_date_add_days (today, TOV_CONSENT_WARNING_DAYS);
  TovRecord *best_valid = NULL;
  TovRecord *withdrawn = NULL;
  TovRecord *expired = NULL;

  if (until != NULL)
    *until = NULL;

  for (guint i = 0; consents != NULL && i < consents->len; i++)
    {
      TovRecord *c = g_ptr_array_index (consents, i);
      const char *given = tov_record_get (c, "given_on");
      const char *expires = tov_record_get (c, "expires_on");
      const char *w = tov_record_get (c, "withdrawn_on");

      if (!is_set (given) || g_strcmp0 (given, today) > 0)
        continue;

      if (is_set (w) && g_strcmp0 (w, today) <= 0)
        {
          if (withdrawn == NULL || g_strcmp0 (w, tov_record_get (withdrawn, "withdrawn_on")) > 0)
            withdrawn = c;
          continue;
        }

      if (is_set (expires) && g_strcmp0 (expires, today) <= 0)
        {
          if (expired == NULL || g_strcmp0 (expires, tov_record_get (expired, "expires_on")) > 0)
            expired = c;
          continue;
        }

      /* valid: keep the one that lasts longest (no end date lasts longest) */
      if (best_valid == NULL)
        best_valid = c;
      else
        {
          const char *best_end = tov_record_get (best_valid, "expires_on");

          if (is_set (best_end) && (!is_set (expires) || g_strcmp0 (expires, best_end) > 0))
            best_valid = c;
        }
    }

  if (best_valid != NULL)
    {
      const char *expires = tov_record_get (best_valid, "expires_on");

      if (until != NULL)
        *until = is_set (expires) ? expires : NULL;
      if (is_set (expires) && g_strcmp0 (expires, soon) <= 0)
        return TOV_CONSENT_EXPIRING;
      return TOV_CONSENT_VALID;
    }

  /* Of a withdrawn and an expired consent, the later event is the news. */
  if (withdrawn != NULL &&
      (expired == NULL ||
       g_strcmp0 (tov_record_get (withdrawn, "withdrawn_on"), tov_record_get (expired, "expires_on")) >= 0))
    {
      if (until != NULL)
        *until = tov_record_get (withdrawn, "withdrawn_on");
      return TOV_CONSENT_WITHDRAWN;
    }

  if (expired != NULL)
    {
      if (until != NULL)
        *until = tov_record_get (expired, "expires_on");
      return TOV_CONSENT_EXPIRED;
    }

  return TOV_CONSENT_MISSING;
}

gboolean
tov_consent_state_is_problem (TovConsentState state)
{
  return state != TOV_CONSENT_VALID && state != TOV_CONSENT_NOT_NEEDED;
}

/**
 * tov_consent_state_describe:
 * @until: (nullable): the date from tov_consent_state(), already formatted
 *   for display
 *
 * Returns: (transfer full): a short sentence for the overview, the date in it
 *   (one sentence to translate, so each language puts the date where it goes)
 */
char *
tov_consent_state_describe (TovConsentState state,
                            const char     *until)
{
  switch (state)
    {
    case TOV_CONSENT_VALID:
      /* Translators: %s is a date */
      return until != NULL ? g_strdup_printf (_("Consent valid until %s"), until)
                           : g_strdup (_("Consent valid, no end date"));
    case TOV_CONSENT_EXPIRING:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Consent expires soon, on %s"), until != NULL ? until : "");
    case TOV_CONSENT_MISSING:
      return g_strdup (_("No consent recorded"));
    case TOV_CONSENT_EXPIRED:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Consent expired on %s"), until != NULL ? until : "");
    case TOV_CONSENT_WITHDRAWN:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Consent withdrawn on %s"), until != NULL ? until : "");
    case TOV_CONSENT_NOT_NEEDED:
    default:
      return g_strdup (_("No consent needed for a child"));
    }
}

void
tov_progress_free (TovProgress *progress)
{
  if (progress == NULL)
    return;

  g_free (progress->first);
  g_free (progress->first_on);
  g_free (progress->latest);
  g_free (progress->latest_on);
  g_free (progress);
}

/**
 * tov_measurement_progress:
 * @measurements: (element-type TovRecord): one person's measurements
 *
 * Returns: (transfer full) (element-type TovProgress): per measured
 *   dimension, in the model's order, the earliest and the latest value
 */
GPtrArray *
tov_measurement_progress (GPtrArray *measurements)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_progress_free);

  for (guint d = 0; tov_dimensions[d] != NULL; d++)
    {
      TovProgress *p = NULL;

      for (guint i = 0; measurements != NULL && i < measurements->len; i++)
        {
          TovRecord *m = g_ptr_array_index (measurements, i);
          const char *on = tov_record_get (m, "measured_on");
          const char *value = tov_record_get (m, "value");

          if (g_strcmp0 (tov_record_get (m, "dimension"), tov_dimensions[d]) != 0 || !is_set (on))
            continue;

          if (p == NULL)
            {
              p = g_new0 (TovProgress, 1);
              p->dimension = tov_dimensions[d];
            }
          p->count++;
          /* ties: the later row in the list wins for "latest", the earlier for "first" */
          if (p->first_on == NULL || g_strcmp0 (on, p->first_on) < 0)
            {
              g_free (p->first);
              g_free (p->first_on);
              p->first = g_strdup (value);
              p->first_on = g_strdup (on);
            }
          if (p->latest_on == NULL || g_strcmp0 (on, p->latest_on) >= 0)
            {
              g_free (p->latest);
              g_free (p->latest_on);
              p->latest = g_strdup (value);
              p->latest_on = g_strdup (on);
            }
        }

      if (p != NULL)
        g_ptr_array_add (result, p);
    }

  return result;
}

/**
 * tov_birth_date_check:
 *
 * A rule the forms add to the model's: a birth date is a real date and not
 * in the future.
 */
gboolean
tov_birth_date_check (const char  *birth_date,
                      const char  *today,
                      GError     **error)
{
  if (!is_set (birth_date))
    return TRUE;

  if (!tov_date_is_valid (birth_date))
    {
      g_set_error (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD, for example 2015-08-31."),
                   birth_date);
      return FALSE;
    }

  if (g_strcmp0 (birth_date, today) > 0)
    {
      g_set_error_literal (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID,
                           _("The date of birth is in the future."));
      return FALSE;
    }

  return TRUE;
}

gboolean
tov_family_filter_is_empty (const TovFamilyFilter *filter)
{
  return filter == NULL ||
         (filter->status == NULL && filter->coordinator == NULL &&
          !filter->overdue_only && !filter->consent_only);
}

gboolean
tov_family_filter_match (const TovFamilyFilter *filter,
                         TovFamily             *family)
{
  g_return_val_if_fail (TOV_IS_FAMILY (family), FALSE);

  if (filter == NULL)
    return TRUE;

  if (filter->status != NULL && g_strcmp0 (filter->status, tov_family_get_status (family)) != 0)
    return FALSE;

  if (filter->coordinator != NULL)
    {
      const char *c = tov_family_get_coordinator (family);

      if (filter->coordinator[0] == '\0' ? is_set (c) : g_strcmp0 (filter->coordinator, c) != 0)
        return FALSE;
    }

  if (filter->overdue_only && tov_family_get_overdue_count (family) == 0)
    return FALSE;

  if (filter->consent_only && tov_family_get_consent_problems (family) == 0)
    return FALSE;

  return TRUE;
}

static int
compare_names (TovFamily *a,
               TovFamily *b)
{
  g_autofree char *ka = g_utf8_collate_key (tov_family_get_name (a), -1);
  g_autofree char *kb = g_utf8_collate_key (tov_family_get_name (b), -1);
  int r = strcmp (ka, kb);

  return r != 0 ? r : g_strcmp0 (tov_family_get_id (a), tov_family_get_id (b));
}

/* Missing dates sort last in both directions. */
static int
compare_dates (const char *a,
               const char *b,
               gboolean    descending)
{
  gboolean ha = is_set (a), hb = is_set (b);

  if (ha != hb)
    return ha ? -1 : 1;
  if (!ha)
    return 0;
  return descending ? g_strcmp0 (b, a) : g_strcmp0 (a, b);
}

/**
 * tov_family_compare:
 * @follow_up_a: (nullable): @a's next follow-up, for %TOV_FAMILY_SORT_FOLLOW_UP
 * @follow_up_b: (nullable): @b's
 *
 * Returns: the order of @a and @b in the family list; ties by name
 */
int
tov_family_compare (TovFamily     *a,
                    TovFamily     *b,
                    TovFamilySort  sort,
                    const char    *follow_up_a,
                    const char    *follow_up_b)
{
  int r = 0;

  switch (sort)
    {
    case TOV_FAMILY_SORT_ENROLLED:
      r = compare_dates (tov_family_get_enrolled_on (a), tov_family_get_enrolled_on (b), TRUE);
      break;
    case TOV_FAMILY_SORT_FOLLOW_UP:
      r = compare_dates (follow_up_a, follow_up_b, FALSE);
      break;
    case TOV_FAMILY_SORT_NAME:
    default:
      break;
    }

  return r != 0 ? r : compare_names (a, b);
}
