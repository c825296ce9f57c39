/* tov-store-report.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-report.h"
#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Which families a report covers: the period (either end may be NULL), an
 * optional status ("active", "closed", "referred"; NULL: any) and an
 * optional list of family ids (NULL: all). today NULL means the real date.
 */
typedef struct
{
  const char         *from;
  const char         *to;
  const char         *today;
  const char         *status;
  const char * const *family_ids;
} TovReportScope;

/* One measurement as the evaluators' CSV gives it. */
typedef struct
{
  guint       family_number;   /* 1.. in the order of the families' ids: pseudonymous */
  guint       person_number;   /* 1.. in the order of the persons' ids */
  const char *household_role;
  const char *sex;
  int         birth_year;      /* 0: not recorded */
  const char *enrolled_on;
  const char *closed_on;
  const char *dimension;
  const char *measured_on;
  const char *value;
} TovReportRow;

typedef void (*TovReportRowFunc) (const TovReportRow *row,
                                  gpointer            user_data);

TovReport *tov_store_report              (TovStore             *self,
                                          const TovReportScope *scope,
                                          GPtrArray            *targets,
                                          GError              **error);
gboolean   tov_store_report_measurements (TovStore             *self,
                                          const TovReportScope *scope,
                                          TovReportRowFunc      func,
                                          gpointer              user_data,
                                          GError              **error);

G_END_DECLS
