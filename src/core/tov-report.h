/* tov-report.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The project's results, before and after: pure computation over plain rows
 * (families, persons, measurements, engagements, agreements) fed one by one
 * to a TovReportBuilder, with no database and no display, so that every
 * figure can be checked by hand in a test.
 *
 * The period [from, to] (either may be NULL: open) selects the families
 * enrolled during it: enrolled_on <= to and (closed_on is NULL or
 * closed_on >= from). A family never enrolled is left out. A family's
 * "now" is the earliest of to, its closure and today.
 *
 * Before: a person's first measurement of a dimension (at enrolment).
 * After: the person's last measurement of that dimension on or before the
 * family's now, when it is later than the first; a person measured once
 * counts before only. Percentages are of the persons measured (N).
 *
 * Professionals in direct contact: distinct actors engaged in the rings
 * core, near and peripheral on the day of enrolment and on the family's now.
 *
 * Agreements: those of the families in the report, due in the period when
 * they have a due date; cancelled ones are left out. Open and past due on
 * the family's now counts as overdue.
 *
 * The professionals' felt well-being: the scalings (0-10) that the
 * participants who are actors gave at the family's network meetings. At
 * enrolment: those of the latest meeting on or before the day of
 * enrolment, or, when there was none, of the family's first meeting with
 * such scalings; now: those of the latest meeting on or before the
 * family's now, when it is later. Meetings held on the same day count as
 * one. N is the number of scalings behind a mean.
 */

#define TOV_REPORT_MIN_CELL 3  /* cells built from fewer persons show "<3" when exported */

typedef enum
{
  TOV_TARGET_AT_LEAST,
  TOV_TARGET_AT_MOST,
} TovTargetOp;

typedef struct
{
  char        *measure;   /* a dimension, or "civil_society_families" */
  char       **values;    /* the dimension's values counted together; NULL otherwise */
  TovTargetOp  op;
  double       number;    /* a percentage for a dimension, a count of families otherwise */
} TovReportTarget;

typedef struct
{
  const TovReportTarget *target;
  gboolean               measured;  /* FALSE when nobody was measured after */
  guint                  count_before;
  guint                  n_before;
  guint                  count_after;  /* persons, or families for civil_society_families */
  guint                  n_after;
  double                 percent_before;
  double                 percent_after;
  gboolean               met;
} TovReportTargetResult;

typedef struct
{
  const char          *dimension;
  const char * const  *values;      /* the dimension's values, NULL-terminated */
  guint                n_values;
  guint               *before;      /* persons per value, at enrolment */
  guint               *after;       /* persons per value, now or at closure */
  guint                n_before;    /* persons measured at enrolment */
  guint                n_after;     /* persons measured again later */
  /* numeric dimensions (wellbeing 0-10) */
  gboolean             numeric;
  double               mean_before;
  double               mean_after;
} TovReportDimension;

typedef struct
{
  guint  n_before;      /* scalings behind the mean at enrolment */
  guint  n_after;
  guint  families_before;
  guint  families_after;
  double mean_before;
  double mean_after;
} TovReportScaling;

typedef struct
{
  guint  n_families;
  double mean_before;
  guint  min_before;
  guint  max_before;
  double mean_now;
  guint  min_now;
  guint  max_now;
} TovReportActors;

typedef struct
{
  guint done;
  guint not_kept;
  guint overdue;
  guint open;      /* open and not yet due */
} TovReportAgreements;

typedef struct
{
  guint               family;      /* index in the order the families were added */
  const char         *key;         /* the caller's id */
  const char         *name;
  guint               n_persons;
  guint               actors_before;
  guint               actors_now;
  TovReportAgreements agreements;
} TovReportFamily;

typedef struct
{
  char                  *from;          /* NULL: open */
  char                  *to;
  char                  *today;
  guint                  n_families;
  guint                  n_persons;
  guint                  n_dimensions;
  TovReportDimension    *dimensions;   /* in the order of tov_dimensions[] */
  TovReportActors        actors;
  TovReportScaling       professionals; /* their felt well-being, from meetings */
  TovReportAgreements    agreements;   /* all families */
  GArray                *families;     /* TovReportFamily, those in the report */
  guint                  n_targets;
  TovReportTargetResult *targets;
  guint                  civil_society_families;
  /* private */
  GPtrArray             *strings;
  GPtrArray             *owned_targets;
} TovReport;

typedef struct _TovReportBuilder TovReportBuilder;

/* Turns an English msgid (with an optional context) into a report's
 * language, for example through a printout catalogue. */
typedef const char *(*TovReportTranslate) (const char *msgctxt,
                                           const char *msgid,
                                           gpointer    user_data);

/* Targets */
#define TOV_REPORT_DEFAULT_TARGETS \
  "[('work_status', 'education', 'at_least', 30.0), " \
  "('work_status', 'employed', 'at_least', 20.0), " \
  "('work_status', 'activation', 'at_least', 30.0), " \
  "('work_status', 'sick_leave,pension', 'at_most', 20.0), " \
  "('civil_society_families', '', 'at_least', 1.0)]"
#define TOV_REPORT_TARGETS_TYPE "a(sssd)"

void              tov_report_target_free        (TovReportTarget *target);
GPtrArray        *tov_report_targets_parse      (const char       *text,
                                                 GError          **error);
GPtrArray        *tov_report_targets_from_variant (GVariant       *variant);
GPtrArray        *tov_report_targets_load       (void);

/* Building */
TovReportBuilder *tov_report_builder_new        (const char       *from,
                                                 const char       *to,
                                                 const char       *today);
void              tov_report_builder_free       (TovReportBuilder *self);
void              tov_report_builder_set_targets (TovReportBuilder *self,
                                                 GPtrArray        *targets);
int               tov_report_builder_add_family (TovReportBuilder *self,
                                                 const char       *key,
                                                 const char       *name,
                                                 const char       *enrolled_on,
                                                 const char       *closed_on);
int               tov_report_builder_add_person (TovReportBuilder *self,
                                                 int               family);
void              tov_report_builder_add_measurement (TovReportBuilder *self,
                                                 int               person,
                                                 const char       *dimension,
                                                 const char       *measured_on,
                                                 const char       *value);
void              tov_report_builder_add_engagement (TovReportBuilder *self,
                                                 int               family,
                                                 const char       *actor,
                                                 const char       *ring,
                                                 const char       *from_date,
                                                 const char       *to_date);
void              tov_report_builder_add_agreement (TovReportBuilder *self,
                                                 int               family,
                                                 const char       *status,
                                                 const char       *due_on);
void              tov_report_builder_add_professional_scaling (TovReportBuilder *self,
                                                 int               family,
                                                 const char       *held_on,
                                                 int               value);
gboolean          tov_report_builder_accepts    (TovReportBuilder *self,
                                                 int               family,
                                                 const char       *measured_on);
TovReport        *tov_report_builder_finish     (TovReportBuilder *self);

void              tov_report_free               (TovReport        *report);
const TovReportDimension *tov_report_get_dimension (const TovReport *report,
                                                 const char       *dimension);

/* Formatting, with small-number protection when protect is TRUE */
double            tov_report_percent            (guint             count,
                                                 guint             n);
char             *tov_report_format_count       (guint             count,
                                                 gboolean          protect);
char             *tov_report_format_percent     (guint             count,
                                                 guint             n,
                                                 gboolean          protect);
char             *tov_report_format_mean        (double            mean,
                                                 guint             n,
                                                 gboolean          protect);
gboolean          tov_report_is_suppressed      (guint             count,
                                                 guint             n);
char             *tov_report_format_percent_in  (guint             count,
                                                 guint             n,
                                                 gboolean          protect,
                                                 TovReportTranslate translate,
                                                 gpointer          user_data);
const char       *tov_report_translate          (TovReportTranslate translate,
                                                 gpointer          user_data,
                                                 const char       *msgctxt,
                                                 const char       *msgid);
const char       *tov_report_dimension_text     (const char       *dimension,
                                                 TovReportTranslate translate,
                                                 gpointer          user_data);
const char       *tov_report_value_text         (const char       *dimension,
                                                 const char       *value,
                                                 TovReportTranslate translate,
                                                 gpointer          user_data);
const char       *tov_report_dimension_label    (const char       *dimension);
const char       *tov_report_value_label        (const char       *dimension,
                                                 const char       *value);
gboolean          tov_report_dimension_is_numeric (const char     *dimension);
const char * const *tov_report_dimensions_for_role (const char    *household_role);
char             *tov_report_target_describe    (const TovReportTarget *target);
char             *tov_report_target_describe_in (const TovReportTarget *target,
                                                 TovReportTranslate translate,
                                                 gpointer          user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovReport, tov_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovReportBuilder, tov_report_builder_free)

G_END_DECLS
