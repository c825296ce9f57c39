/* tov-overview.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tov-family.h"
#include "tov-record.h"

G_BEGIN_DECLS

/*
 * What a family's overview and the family list show, as pure functions of
 * records and today's date, so every decision is tested without a display
 * or a database.
 */

#define TOV_CONSENT_WARNING_DAYS 30

typedef enum
{
  TOV_CONSENT_VALID,
  TOV_CONSENT_EXPIRING,   /* valid, but ends within TOV_CONSENT_WARNING_DAYS */
  TOV_CONSENT_MISSING,    /* never given (or given for a later date) */
  TOV_CONSENT_EXPIRED,
  TOV_CONSENT_WITHDRAWN,
  TOV_CONSENT_NOT_NEEDED, /* a child */
} TovConsentState;

typedef struct
{
  const char *dimension;  /* static, from tov_dimensions */
  char       *first;      /* the value at enrolment (the earliest measurement) */
  char       *first_on;
  char       *latest;
  char       *latest_on;
  guint       count;
} TovProgress;

typedef enum
{
  TOV_FAMILY_SORT_NAME,
  TOV_FAMILY_SORT_ENROLLED,    /* newest first */
  TOV_FAMILY_SORT_FOLLOW_UP,   /* soonest first, families without one last */
} TovFamilySort;

typedef struct
{
  const char *status;          /* NULL: any */
  const char *coordinator;     /* NULL: any; "" only families without one */
  gboolean    overdue_only;
  gboolean    consent_only;
} TovFamilyFilter;

int              tov_person_age           (const char      *birth_date,
                                           const char      *today);
gboolean         tov_person_is_adult      (const char      *household_role,
                                           const char      *birth_date,
                                           const char      *today);
TovConsentState  tov_consent_state        (GPtrArray       *consents,
                                           const char      *today,
                                           const char     **until);
gboolean         tov_consent_state_is_problem (TovConsentState state);
char            *tov_consent_state_describe (TovConsentState state,
                                           const char      *until);
GPtrArray       *tov_measurement_progress (GPtrArray       *measurements);
void             tov_progress_free        (TovProgress     *progress);
gboolean         tov_birth_date_check     (const char      *birth_date,
                                           const char      *today,
                                           GError         **error);

gboolean         tov_family_filter_match  (const TovFamilyFilter *filter,
                                           TovFamily       *family);
gboolean         tov_family_filter_is_empty (const TovFamilyFilter *filter);
int              tov_family_compare       (TovFamily       *a,
                                           TovFamily       *b,
                                           TovFamilySort    sort,
                                           const char      *follow_up_a,
                                           const char      *follow_up_b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovProgress, tov_progress_free)

G_END_DECLS
