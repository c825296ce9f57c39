/* test-report.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "tov-labels.h"
#include "tov-report.h"
#include "tov-report-chart.h"
#include "tov-report-csv.h"
#include "tov-store-report.h"
#include "tov-test-util.h"

/*
 * One fixed data set, fed once straight to a TovReportBuilder and once
 * through a real SQLite database and tov_store_report(); every expected
 * number below is worked out by hand in the comments.
 *
 * Today is 2026-06-30.
 *   A  enrolled 2025-01-10, active
 *   B  enrolled 2025-03-01, closed 2026-01-31  (its "now" is its closure)
 *   C  enrolled 2025-05-01, active
 *   D  never enrolled: never in a report
 *   E  enrolled 2026-09-01: after today, not in a report
 */

#define TODAY "2026-06-30"

typedef struct { const char *key, *name, *status, *enrolled, *closed; } FamilyRow;
typedef struct { const char *key, *family, *role; } PersonRow;
typedef struct { const char *person, *dimension, *date, *value; } MeasurementRow;
typedef struct { const char *family, *actor, *ring, *from, *to; } EngagementRow;
typedef struct { const char *family, *status, *due; } AgreementRow;
typedef struct { const char *family, *date, *who; int value; gboolean actor; } ScalingRow;

static const FamilyRow families[] = {
  { "A", "Family A", "active", "2025-01-10", NULL },
  { "B", "Family B", "closed", "2025-03-01", "2026-01-31" },
  { "C", "Family C", "active", "2025-05-01", NULL },
  { "D", "Family D", "referred", NULL, NULL },
  { "E", "Family E", "active", "2026-09-01", NULL },
};

static const PersonRow persons[] = {
  { "a1", "A", "mother" }, { "a2", "A", "father" }, { "a3", "A", "child" },
  { "b1", "B", "mother" }, { "b2", "B", "adult" }, { "b3", "B", "child" },
  { "c1", "C", "mother" }, { "c2", "C", "child" },
  { "d1", "D", "mother" }, { "e1", "E", "mother" },
};

static const MeasurementRow measurements[] = {
  /* work_status
   * before: none a1 a2 c1 = 3, sick_leave b1 = 1, pension b2 = 1; N 5
   * after:  employed a1 = 1, education a2 c1 = 2, activation b1 = 1; N 4
   *         (b2 measured once; b1's March 2026 is after B's closure;
   *         c1's July 2026 is after today) */
  { "a1", "work_status", "2025-01-15", "none" },
  { "a1", "work_status", "2026-05-01", "employed" },
  { "a2", "work_status", "2025-09-01", "activation" },
  { "a2", "work_status", "2025-01-15", "none" },          /* out of order on purpose */
  { "a2", "work_status", "2026-04-01", "education" },
  { "b1", "work_status", "2025-03-05", "sick_leave" },
  { "b1", "work_status", "2026-01-20", "activation" },
  { "b1", "work_status", "2026-03-01", "employed" },
  { "b2", "work_status", "2025-03-05", "pension" },
  { "c1", "work_status", "2025-05-10", "none" },
  { "c1", "work_status", "2026-06-01", "education" },
  { "c1", "work_status", "2026-07-15", "employed" },
  { "d1", "work_status", "2025-01-01", "employed" },
  { "e1", "work_status", "2026-09-02", "employed" },
  /* wellbeing: before 3 4 5 2 -> mean 3.5 (N 4); after 7 6 5 -> mean 6.0 (N 3) */
  { "a1", "wellbeing", "2025-01-15", "3" },
  { "a1", "wellbeing", "2026-05-01", "7" },
  { "a2", "wellbeing", "2025-01-15", "4" },
  { "a2", "wellbeing", "2026-04-01", "6" },
  { "b1", "wellbeing", "2025-03-05", "5" },
  { "c1", "wellbeing", "2025-05-10", "2" },
  { "c1", "wellbeing", "2026-06-01", "5" },
  /* school_concern: before concern a3 b3 = 2, no_concern c2 = 1 (N 3);
   * after no_concern a3 = 1, concern b3 = 1 (N 2) */
  { "a3", "school_concern", "2025-02-01", "concern" },
  { "a3", "school_concern", "2026-02-01", "no_concern" },
  { "b3", "school_concern", "2025-03-10", "concern" },
  { "b3", "school_concern", "2025-12-01", "concern" },
  { "c2", "school_concern", "2025-06-01", "no_concern" },
};

static const EngagementRow engagements[] = {
  /* A (enrolled 2025-01-10, now 2026-06-30): at enrolment X1 X2 X5 = 3,
   * now X2 X5 = 2; X3 ended the day before, X4 is network, X2 twice counts once */
  { "A", "X1", "near", "2024-06-01", "2025-08-01" },
  { "A", "X2", "peripheral", "2024-01-01", NULL },
  { "A", "X3", "near", "2024-01-01", "2025-01-09" },
  { "A", "X2", "core", "2025-02-01", NULL },
  { "A", "X4", "network", "2024-01-01", NULL },
  { "A", "X5", "core", "2025-01-10", NULL },
  { "A", "X10", "civil_society", "2025-06-01", NULL },
  /* B (enrolled 2025-03-01, now 2026-01-31): at enrolment X1 X6 X7 X8 = 4,
   * now X1 X7 X8 X9 = 4 */
  { "B", "X1", "near", "2025-01-01", NULL },
  { "B", "X6", "peripheral", "2025-01-01", "2025-12-31" },
  { "B", "X7", "peripheral", "2024-01-01", "2026-01-31" },
  { "B", "X8", "near", "2024-01-01", NULL },
  { "B", "X9", "near", "2025-06-01", NULL },
  /* C: none. Mean at enrolment (3 + 4 + 0) / 3, range 0-4; now (2 + 4 + 0) / 3 = 2.0 */
  { "D", "X1", "near", "2024-01-01", NULL },
};

static const AgreementRow agreements[] = {
  /* A: done 2, not kept 1, overdue 1 (due 2026-06-01 < now), open 2 */
  { "A", "done", "2025-05-01" },
  { "A", "done", NULL },
  { "A", "not_kept", "2025-09-01" },
  { "A", "open", "2026-06-01" },
  { "A", "open", "2026-08-01" },
  { "A", "cancelled", "2025-10-01" },
  { "A", "open", NULL },
  /* B (now 2026-01-31): overdue 1, open 1 (not due at closure), done 1 */
  { "B", "open", "2026-01-15" },
  { "B", "open", "2026-03-01" },
  { "B", "done", "2025-11-01" },
  { "D", "done", "2025-11-01" },
};

static const ScalingRow scalings[] = {
  /* The professionals' felt well-being (actors' scalings only; a family
   * member's scaling is the family's own and is left out here).
   * A (enrolled 2025-01-10): two meetings before enrolment, the latest of
   *   them (01-08) is the baseline: 5; latest by today 2026-03-01: 7, 9;
   *   the meeting of 2026-07-10 is after today.
   * B (enrolled 2025-03-01, closed 2026-01-31): no meeting before
   *   enrolment, so its first: 2, 4; latest by closure 2026-01-20: 6; the
   *   one of 2026-03-01 is after closure.
   * C: one meeting only: 8 at enrolment, nothing now.
   * At enrolment (5 + 2 + 4 + 8) / 4 = 4.75, N 4, 3 families;
   * now (7 + 9 + 6) / 3 = 22 / 3, N 3, 2 families. */
  { "A", "2025-01-05", "X1", 4, TRUE },
  { "A", "2025-01-05", "X5", 6, TRUE },
  { "A", "2025-01-05", "a1", 2, FALSE },
  { "A", "2025-01-08", "X2", 5, TRUE },
  { "A", "2026-03-01", "X2", 7, TRUE },
  { "A", "2026-03-01", "X5", 9, TRUE },
  { "A", "2026-03-01", "a1", 1, FALSE },
  { "A", "2026-07-10", "X5", 1, TRUE },
  { "B", "2025-04-01", "X1", 2, TRUE },
  { "B", "2025-04-01", "X8", 4, TRUE },
  { "B", "2026-01-20", "X1", 6, TRUE },
  { "B", "2026-03-01", "X1", 10, TRUE },
  { "C", "2025-06-01", "X9", 8, TRUE },
};

static int
find_index (GHashTable *map,
            const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (map, key)) - 1;
}

static TovReport *
build_directly (const char *from,
                const char *to,
                GPtrArray  *targets)
{
  TovReportBuilder *builder = tov_report_builder_new (from, to, TODAY);
  g_autoptr(GHashTable) fam = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) per = g_hash_table_new (g_str_hash, g_str_equal);

  if (targets != NULL)
    tov_report_builder_set_targets (builder, targets);

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      int index = tov_report_builder_add_family (builder, families[i].key, families[i].name,
                                                 families[i].enrolled, families[i].closed);
      g_hash_table_insert (fam, (gpointer) families[i].key, GINT_TO_POINTER (index + 1));
    }
  for (guint i = 0; i < G_N_ELEMENTS (persons); i++)
    {
      int index = tov_report_builder_add_person (builder, find_index (fam, persons[i].family));
      g_hash_table_insert (per, (gpointer) persons[i].key, GINT_TO_POINTER (index + 1));
    }
  for (guint i = 0; i < G_N_ELEMENTS (measurements); i++)
    tov_report_builder_add_measurement (builder, find_index (per, measurements[i].person),
                                        measurements[i].dimension, measurements[i].date,
                                        measurements[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (engagements); i++)
    tov_report_builder_add_engagement (builder, find_index (fam, engagements[i].family),
                                       engagements[i].actor, engagements[i].ring,
                                       engagements[i].from, engagements[i].to);
  for (guint i = 0; i < G_N_ELEMENTS (agreements); i++)
    tov_report_builder_add_agreement (builder, find_index (fam, agreements[i].family),
                                      agreements[i].status, agreements[i].due);
  for (guint i = 0; i < G_N_ELEMENTS (scalings); i++)
    if (scalings[i].actor)
      tov_report_builder_add_professional_scaling (builder, find_index (fam, scalings[i].family),
                                                   scalings[i].date, scalings[i].value);
  return tov_report_builder_finish (builder);
}

/* The same data in a real database. */

typedef struct
{
  char       *dir;
  TovStore   *store;
  GHashTable *ids;   /* fixture key -> UUID */
} Fixture;

static const char *
insert (Fixture    *f,
        TovRecord  *record,
        const char *key)
{
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_store_insert (f->store, record, &column, &error);
  g_assert_no_error (error);
  if (key != NULL)
    g_hash_table_insert (f->ids, g_strdup (key), g_strdup (tov_record_get_id (record)));
  return tov_record_get_id (record);
}

static const char *
id_of (Fixture    *f,
       const char *key)
{
  const char *id = g_hash_table_lookup (f->ids, key);

  g_assert_nonnull (id);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "report.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  tov_store_set_staff (f->store, "Test");
  f->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  tov_store_begin (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      g_autoptr(TovRecord) r = tov_record_new ("families");
      tov_record_set (r, "name", families[i].name);
      tov_record_set (r, "status", families[i].status);
      tov_record_set (r, "enrolled_on", families[i].enrolled);
      tov_record_set (r, "closed_on", families[i].closed);
      insert (f, r, families[i].key);
    }
  for (guint i = 0; i < G_N_ELEMENTS (persons); i++)
    {
      g_autoptr(TovRecord) r = tov_record_new ("persons");
      tov_record_set (r, "family_id", id_of (f, persons[i].family));
      tov_record_set (r, "given_name", persons[i].key);
      tov_record_set (r, "household_role", persons[i].role);
      tov_record_set (r, "birth_date", g_str_equal (persons[i].role, "child") ? "2014-03-01" : "1985-07-01");
      insert (f, r, persons[i].key);
    }
  for (guint i = 0; i < G_N_ELEMENTS (measurements); i++)
    {
      g_autoptr(TovRecord) r = tov_record_new ("measurements");
      tov_record_set (r, "person_id", id_of (f, measurements[i].person));
      tov_record_set (r, "dimension", measurements[i].dimension);
      tov_record_set (r, "measured_on", measurements[i].date);
      tov_record_set (r, "value", measurements[i].value);
      insert (f, r, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (engagements); i++)
    {
      g_autoptr(TovRecord) r = tov_record_new ("engagements");

      if (!g_hash_table_contains (f->ids, engagements[i].actor))
        {
          g_autoptr(TovRecord) a = tov_record_new ("actors");
          tov_record_set (a, "name", engagements[i].actor);
          tov_record_set (a, "sector", "social");
          insert (f, a, engagements[i].actor);
        }
      tov_record_set (r, "family_id", id_of (f, engagements[i].family));
      tov_record_set (r, "actor_id", id_of (f, engagements[i].actor));
      tov_record_set (r, "ring", engagements[i].ring);
      tov_record_set (r, "from_date", engagements[i].from);
      tov_record_set (r, "to_date", engagements[i].to);
      insert (f, r, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (agreements); i++)
    {
      g_autoptr(TovRecord) r = tov_record_new ("agreements");
      tov_record_set (r, "family_id", id_of (f, agreements[i].family));
      tov_record_set (r, "what", "Something");
      tov_record_set (r, "actor_id", id_of (f, "X1"));
      tov_record_set (r, "status", agreements[i].status);
      tov_record_set (r, "due_on", agreements[i].due);
      insert (f, r, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (scalings); i++)
    {
      g_autoptr(TovRecord) meeting = tov_record_new ("meetings");
      g_autoptr(TovRecord) participant = tov_record_new ("meeting_participants");
      g_autoptr(TovRecord) scaling = tov_record_new ("scalings");
      const char *meeting_id, *participant_id;

      /* one meeting per row: meetings on the same day count as one */
      tov_record_set (meeting, "family_id", id_of (f, scalings[i].family));
      tov_record_set (meeting, "held_on", scalings[i].date);
      tov_record_set (meeting, "kind", "network");
      meeting_id = insert (f, meeting, NULL);
      tov_record_set (participant, "meeting_id", meeting_id);
      tov_record_set (participant, scalings[i].actor ? "actor_id" : "person_id", id_of (f, scalings[i].who));
      participant_id = insert (f, participant, NULL);
      tov_record_set (scaling, "meeting_id", meeting_id);
      tov_record_set (scaling, "participant_id", participant_id);
      tov_record_set_int (scaling, "value", scalings[i].value);
      insert (f, scaling, NULL);
    }
  tov_store_commit (f->store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_hash_table_unref (f->ids);
}

static TovReport *
build_from_store (Fixture    *f,
                  const char *from,
                  const char *to)
{
  g_autoptr(GError) error = NULL;
  TovReportScope scope = { from, to, TODAY, NULL, NULL };
  TovReport *report = tov_store_report (f->store, &scope, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Expectations, the same for both ways in. */

static guint
count_of (const TovReportDimension *dim,
          const char               *value,
          gboolean                  after)
{
  for (guint i = 0; i < dim->n_values; i++)
    if (g_str_equal (dim->values[i], value))
      return after ? dim->after[i] : dim->before[i];
  g_assert_not_reached ();
}

static void
check_whole_report (TovReport *report)
{
  const TovReportDimension *work = tov_report_get_dimension (report, "work_status");
  const TovReportDimension *well = tov_report_get_dimension (report, "wellbeing");
  const TovReportDimension *school = tov_report_get_dimension (report, "school_concern");
  const TovReportDimension *friends = tov_report_get_dimension (report, "danish_friendship");

  g_assert_cmpuint (report->n_families, ==, 3);
  g_assert_cmpuint (report->n_persons, ==, 8);

  g_assert_cmpuint (work->n_before, ==, 5);
  g_assert_cmpuint (count_of (work, "none", FALSE), ==, 3);
  g_assert_cmpuint (count_of (work, "sick_leave", FALSE), ==, 1);
  g_assert_cmpuint (count_of (work, "pension", FALSE), ==, 1);
  g_assert_cmpuint (count_of (work, "employed", FALSE), ==, 0);
  g_assert_cmpuint (work->n_after, ==, 4);
  g_assert_cmpuint (count_of (work, "employed", TRUE), ==, 1);
  g_assert_cmpuint (count_of (work, "education", TRUE), ==, 2);
  g_assert_cmpuint (count_of (work, "activation", TRUE), ==, 1);
  g_assert_cmpuint (count_of (work, "none", TRUE), ==, 0);
  g_assert_cmpfloat_with_epsilon (tov_report_percent (count_of (work, "education", TRUE), work->n_after), 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (tov_report_percent (count_of (work, "none", FALSE), work->n_before), 60.0, 1e-9);

  g_assert_true (well->numeric);
  g_assert_cmpuint (well->n_before, ==, 4);
  g_assert_cmpuint (well->n_after, ==, 3);
  g_assert_cmpfloat_with_epsilon (well->mean_before, 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (well->mean_after, 6.0, 1e-9);

  g_assert_cmpuint (school->n_before, ==, 3);
  g_assert_cmpuint (count_of (school, "concern", FALSE), ==, 2);
  g_assert_cmpuint (count_of (school, "no_concern", FALSE), ==, 1);
  g_assert_cmpuint (school->n_after, ==, 2);
  g_assert_cmpuint (count_of (school, "no_concern", TRUE), ==, 1);
  g_assert_cmpuint (count_of (school, "concern", TRUE), ==, 1);

  g_assert_cmpuint (friends->n_before, ==, 0);
  g_assert_cmpuint (friends->n_after, ==, 0);

  /* actors */
  g_assert_cmpuint (report->actors.n_families, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->actors.mean_before, 7.0 / 3.0, 1e-9);
  g_assert_cmpuint (report->actors.min_before, ==, 0);
  g_assert_cmpuint (report->actors.max_before, ==, 4);
  g_assert_cmpfloat_with_epsilon (report->actors.mean_now, 2.0, 1e-9);
  g_assert_cmpuint (report->actors.min_now, ==, 0);
  g_assert_cmpuint (report->actors.max_now, ==, 4);

  /* the professionals' felt well-being, worked out above the scalings */
  g_assert_cmpuint (report->professionals.n_before, ==, 4);
  g_assert_cmpuint (report->professionals.families_before, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->professionals.mean_before, 4.75, 1e-9);
  g_assert_cmpuint (report->professionals.n_after, ==, 3);
  g_assert_cmpuint (report->professionals.families_after, ==, 2);
  g_assert_cmpfloat_with_epsilon (report->professionals.mean_after, 22.0 / 3.0, 1e-9);

  /* agreements: done 2 + 1, not kept 1, overdue 1 + 1, open 2 + 1 */
  g_assert_cmpuint (report->agreements.done, ==, 3);
  g_assert_cmpuint (report->agreements.not_kept, ==, 1);
  g_assert_cmpuint (report->agreements.overdue, ==, 2);
  g_assert_cmpuint (report->agreements.open, ==, 3);
  g_assert_cmpuint (report->civil_society_families, ==, 1);

  for (guint i = 0; i < report->families->len; i++)
    {
      const TovReportFamily *fam = &g_array_index (report->families, TovReportFamily, i);

      if (g_str_equal (fam->name, "Family A"))
        {
          g_assert_cmpuint (fam->n_persons, ==, 3);
          g_assert_cmpuint (fam->actors_before, ==, 3);
          g_assert_cmpuint (fam->actors_now, ==, 2);
          g_assert_cmpuint (fam->agreements.done, ==, 2);
          g_assert_cmpuint (fam->agreements.not_kept, ==, 1);
          g_assert_cmpuint (fam->agreements.overdue, ==, 1);
          g_assert_cmpuint (fam->agreements.open, ==, 2);
        }
      else if (g_str_equal (fam->name, "Family B"))
        {
          g_assert_cmpuint (fam->actors_before, ==, 4);
          g_assert_cmpuint (fam->actors_now, ==, 4);
          g_assert_cmpuint (fam->agreements.done, ==, 1);
          g_assert_cmpuint (fam->agreements.overdue, ==, 1);
          g_assert_cmpuint (fam->agreements.open, ==, 1);
        }
      else
        {
          g_assert_cmpstr (fam->name, ==, "Family C");
          g_assert_cmpuint (fam->actors_before, ==, 0);
          g_assert_cmpuint (fam->agreements.done + fam->agreements.open, ==, 0);
        }
    }

  /* default targets: education >= 30 (50 %: met), employed >= 20 (25 %: met),
   * activation >= 30 (25 %: not met), sick_leave or pension <= 20 (0 % now,
   * 40 % before: met), at least one family with civil society (1: met) */
  g_assert_cmpuint (report->n_targets, ==, 5);
  g_assert_cmpfloat_with_epsilon (report->targets[0].percent_after, 50.0, 1e-9);
  g_assert_true (report->targets[0].met);
  g_assert_cmpfloat_with_epsilon (report->targets[1].percent_after, 25.0, 1e-9);
  g_assert_true (report->targets[1].met);
  g_assert_cmpfloat_with_epsilon (report->targets[2].percent_after, 25.0, 1e-9);
  g_assert_false (report->targets[2].met);
  g_assert_cmpuint (report->targets[3].count_before, ==, 2);
  g_assert_cmpuint (report->targets[3].n_before, ==, 5);
  g_assert_cmpfloat_with_epsilon (report->targets[3].percent_before, 40.0, 1e-9);
  g_assert_cmpuint (report->targets[3].count_after, ==, 0);
  g_assert_true (report->targets[3].met);
  g_assert_cmpuint (report->targets[4].count_after, ==, 1);
  g_assert_true (report->targets[4].met);
}

static void
check_to_end_of_2025 (TovReport *report)
{
  const TovReportDimension *work = tov_report_get_dimension (report, "work_status");

  /* A, B and C were all enrolled by then; B's now is 2025-12-31 */
  g_assert_cmpuint (report->n_families, ==, 3);
  g_assert_cmpuint (work->n_before, ==, 5);
  /* only a2 was measured again by then (activation, 2025-09-01) */
  g_assert_cmpuint (work->n_after, ==, 1);
  g_assert_cmpuint (count_of (work, "activation", TRUE), ==, 1);
  /* agreements due in 2026 are outside; those without a date stay:
   * A: done 2, not kept 1, open 1 (no date); B: done 1 */
  g_assert_cmpuint (report->agreements.done, ==, 3);
  g_assert_cmpuint (report->agreements.not_kept, ==, 1);
  g_assert_cmpuint (report->agreements.overdue, ==, 0);
  g_assert_cmpuint (report->agreements.open, ==, 1);
  /* actors now on 2025-12-31: A X2 X5 = 2 (X1 ended in August);
   * B X1 X6 X7 X8 X9 = 5; C 0: mean 7/3 */
  g_assert_cmpfloat_with_epsilon (report->actors.mean_now, 7.0 / 3.0, 1e-9);
  g_assert_cmpuint (report->actors.max_now, ==, 5);
}

static void
check_from_february_2026 (TovReport *report)
{
  /* B closed on 2026-01-31, before the period: A and C remain */
  g_assert_cmpuint (report->n_families, ==, 2);
  g_assert_cmpuint (report->n_persons, ==, 5);
  /* agreements due from February: A overdue 1 (June), open 1 (August) + 1 (no date);
   * A's undated done 1 */
  g_assert_cmpuint (report->agreements.done, ==, 1);
  g_assert_cmpuint (report->agreements.overdue, ==, 1);
  g_assert_cmpuint (report->agreements.open, ==, 2);
  g_assert_cmpuint (report->agreements.not_kept, ==, 0);
}

static void
test_builder_whole (void)
{
  g_autoptr(TovReport) report = build_directly (NULL, NULL, NULL);

  check_whole_report (report);
}

static void
test_builder_periods (void)
{
  g_autoptr(TovReport) to_2025 = build_directly (NULL, "2025-12-31", NULL);
  g_autoptr(TovReport) from_2026 = build_directly ("2026-02-01", NULL, NULL);

  check_to_end_of_2025 (to_2025);
  check_from_february_2026 (from_2026);
}

static void
test_store_whole (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TovReport) report = build_from_store (f, NULL, NULL);

  check_whole_report (report);
}

static void
test_store_periods (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TovReport) to_2025 = build_from_store (f, NULL, "2025-12-31");
  g_autoptr(TovReport) from_2026 = build_from_store (f, "2026-02-01", NULL);

  check_to_end_of_2025 (to_2025);
  check_from_february_2026 (from_2026);
}

static void
test_store_groups (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *only_a[] = { id_of (f, "A"), NULL };
  TovReportScope closed = { NULL, NULL, TODAY, "closed", NULL };
  TovReportScope family_a = { NULL, NULL, TODAY, NULL, only_a };
  g_autoptr(TovReport) closed_report = tov_store_report (f->store, &closed, NULL, &error);
  g_autoptr(TovReport) a_report = tov_store_report (f->store, &family_a, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (closed_report->n_families, ==, 1);
  g_assert_cmpuint (closed_report->n_persons, ==, 3);
  g_assert_cmpuint (a_report->n_families, ==, 1);
  g_assert_cmpuint (a_report->agreements.done, ==, 2);
  g_assert_cmpuint (tov_report_get_dimension (a_report, "work_status")->n_after, ==, 2);
}

static void
test_targets_custom (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *targets = tov_report_targets_parse (
    "[('work_status', 'employed,education', 'at_least', 80.0),"
    " ('no_such_dimension', 'x', 'at_least', 1.0),"
    " ('school_concern', 'concern', 'at_most', 50.0),"
    " ('civil_society_families', '', 'at_least', 2.0)]", &error);
  g_autoptr(TovReport) report = NULL;

  g_assert_no_error (error);
  /* the unknown dimension is left out */
  g_assert_cmpuint (targets->len, ==, 3);
  report = build_directly (NULL, NULL, targets);

  /* employed or education: 3 of 4 = 75 % < 80: not met; before 0 of 5 */
  g_assert_cmpuint (report->targets[0].count_after, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->targets[0].percent_after, 75.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (report->targets[0].percent_before, 0.0, 1e-9);
  g_assert_false (report->targets[0].met);
  /* school concern 1 of 2 = 50 % <= 50: met */
  g_assert_cmpfloat_with_epsilon (report->targets[1].percent_after, 50.0, 1e-9);
  g_assert_true (report->targets[1].met);
  /* one family with civil society, target two: not met */
  g_assert_cmpuint (report->targets[2].count_after, ==, 1);
  g_assert_false (report->targets[2].met);

  g_assert_null (tov_report_targets_parse ("[('work_status'", &error));
  g_assert_nonnull (error);
}

static void
test_targets_unmeasured (void)
{
  TovReportBuilder *builder = tov_report_builder_new (NULL, NULL, TODAY);
  g_autoptr(TovReport) report = NULL;
  int family = tov_report_builder_add_family (builder, "x", "X", "2025-01-01", NULL);

  tov_report_builder_add_person (builder, family);
  report = tov_report_builder_finish (builder);
  /* nobody measured: no target is met or failed, it is unmeasured */
  for (guint i = 0; i < 4; i++)
    {
      g_assert_false (report->targets[i].measured);
      g_assert_false (report->targets[i].met);
    }
  g_assert_cmpfloat_with_epsilon (report->actors.mean_before, 0.0, 1e-9);
}

static void
test_targets_schema_default (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GVariant) builtin = NULL;

  if (source == NULL ||
      (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL)
    {
      g_test_skip ("the GSettings schema is not compiled");
      return;
    }
  /* the schema's default and the built-in fallback are the same targets */
  key = g_settings_schema_get_key (schema, "report-targets");
  value = g_settings_schema_key_get_default_value (key);
  builtin = g_variant_parse (G_VARIANT_TYPE (TOV_REPORT_TARGETS_TYPE), TOV_REPORT_DEFAULT_TARGETS,
                             NULL, NULL, NULL);
  g_assert_true (g_variant_equal (value, builtin));
}

static void
test_suppression (void)
{
  g_autoptr(TovReport) report = build_directly (NULL, NULL, NULL);
  const TovReportDimension *school = tov_report_get_dimension (report, "school_concern");
  const TovReportDimension *work = tov_report_get_dimension (report, "work_status");
  const TovReportDimension *well = tov_report_get_dimension (report, "wellbeing");
  struct { guint count, n; gboolean protect; const char *text; } percents[] = {
    { 0, 0, TRUE, "–" },
    { 0, 5, TRUE, "0 %" },
    { 1, 5, TRUE, "<3" },
    { 2, 5, TRUE, "<3" },
    { 3, 5, TRUE, "60 %" },
    { 2, 5, FALSE, "40 %" },
    { 0, 2, TRUE, "<3" },     /* a share of two persons tells about each */
    { 1, 3, FALSE, "33 %" },
    { 2, 3, FALSE, "67 %" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *text = tov_report_format_percent (percents[i].count, percents[i].n,
                                                         percents[i].protect);
      g_assert_cmpstr (text, ==, percents[i].text);
    }

  /* the school table: 2 worried of 3 before -> "<3" both as count and share */
  {
    g_autofree char *c = tov_report_format_count (count_of (school, "concern", FALSE), TRUE);
    g_autofree char *p = tov_report_format_percent (count_of (school, "concern", FALSE), school->n_before, TRUE);
    g_autofree char *n = tov_report_format_count (school->n_before, TRUE);
    g_autofree char *after = tov_report_format_percent (count_of (school, "no_concern", TRUE), school->n_after, TRUE);
    g_autofree char *shown = tov_report_format_count (count_of (school, "concern", FALSE), FALSE);

    g_assert_cmpstr (c, ==, "<3");
    g_assert_cmpstr (p, ==, "<3");
    g_assert_cmpstr (n, ==, "3");
    g_assert_cmpstr (after, ==, "<3");
    g_assert_cmpstr (shown, ==, "2");
  }
  /* none before in work: 3 of 5 shown; zero is not a person */
  {
    g_autofree char *none = tov_report_format_percent (count_of (work, "none", FALSE), work->n_before, TRUE);
    g_autofree char *zero = tov_report_format_count (count_of (work, "employed", FALSE), TRUE);
    g_autofree char *mean = tov_report_format_mean (well->mean_after, well->n_after, TRUE);
    g_autofree char *small = tov_report_format_mean (4.0, 2, TRUE);

    g_assert_cmpstr (none, ==, "60 %");
    g_assert_cmpstr (zero, ==, "0");
    g_assert_cmpstr (mean, ==, "6.0");
    g_assert_cmpstr (small, ==, "<3");
  }
}

static void
test_labels (void)
{
  for (guint d = 0; tov_dimensions[d] != NULL; d++)
    {
      const char * const *values = tov_dimension_get_values (tov_dimensions[d]);

      g_assert_cmpstr (tov_report_dimension_label (tov_dimensions[d]), !=, tov_dimensions[d]);
      if (tov_report_dimension_is_numeric (tov_dimensions[d]))
        continue;
      for (guint v = 0; values[v] != NULL; v++)
        g_assert_cmpstr (tov_report_value_label (tov_dimensions[d], values[v]), !=, values[v]);
    }

  /* one table of labels: the report takes the shared ones... */
  g_assert_cmpstr (tov_report_value_label ("work_status", "pension"), ==, tov_label_for_value ("work_status", "pension"));
  g_assert_cmpstr (tov_report_value_label ("school_concern", "concern"), ==,
                   tov_label_for_value ("school_concern", "concern"));
  g_assert_cmpstr (tov_report_dimension_label ("work_interest"), ==, tov_label_for_dimension ("work_interest"));
  /* ...but keeps the Assens evaluation's categories */
  g_assert_cmpstr (tov_report_value_label ("work_interest", "wants_work"), ==, "Wants a self-supporting life with a job");
  g_assert_cmpstr (tov_label_for_value ("work_interest", "wants_work"), !=, "Wants a self-supporting life with a job");
  g_assert_cmpstr (tov_report_dimension_label ("work_status"), ==, "Work and education status");
}

static void
test_dimensions_for_role (void)
{
  const char * const *child = tov_report_dimensions_for_role ("child");
  const char * const *mother = tov_report_dimensions_for_role ("mother");

  g_assert_true (g_strv_contains (child, "school_concern"));
  g_assert_false (g_strv_contains (child, "work_status"));
  g_assert_true (g_strv_contains (mother, "work_status"));
  g_assert_false (g_strv_contains (mother, "school_concern"));
  g_assert_true (g_strv_contains (child, "wellbeing") && g_strv_contains (mother, "wellbeing"));
  /* every dimension of the model is asked of someone */
  for (guint d = 0; tov_dimensions[d] != NULL; d++)
    g_assert_true (g_strv_contains (child, tov_dimensions[d]) || g_strv_contains (mother, tov_dimensions[d]));
}

static void
test_csv_helpers (void)
{
  g_autoptr(GString) line = g_string_new (NULL);

  tov_report_csv_append (line, "plain");
  tov_report_csv_append (line, "with, comma");
  tov_report_csv_append (line, "say \"hi\"");
  tov_report_csv_append (line, NULL);
  g_assert_cmpstr (line->str, ==, "plain,\"with, comma\",\"say \"\"hi\"\"\",,");

  g_assert_cmpstr (tov_report_csv_age_band (2014, "2026-05-01"), ==, "6-15");
  g_assert_cmpstr (tov_report_csv_age_band (2009, "2026-05-01"), ==, "16-17");
  g_assert_cmpstr (tov_report_csv_age_band (1985, "2026-05-01"), ==, "30-49");
  g_assert_cmpstr (tov_report_csv_age_band (0, "2026-05-01"), ==, "");
  g_assert_cmpint (tov_report_csv_months ("2025-01-10", "2025-01-15"), ==, 0);
  g_assert_cmpint (tov_report_csv_months ("2025-01-10", "2026-01-09"), ==, 11);
  g_assert_cmpint (tov_report_csv_months ("2025-01-10", "2026-01-10"), ==, 12);
  g_assert_cmpint (tov_report_csv_months (NULL, "2026-01-10"), ==, -1);
}

static void
test_store_csv (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TovReportScope scope = { NULL, NULL, TODAY, NULL, NULL };
  g_autoptr(GBytes) bytes = tov_report_csv_export (f->store, &scope, NULL, NULL, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint baseline = 0, latest = 0;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "family,person,household_role,sex,age_band,months_since_enrolment,"
                                 "family_closed,dimension,dimension_label,measured_month,value,"
                                 "value_label,timepoint");
  /* counted rows: A, B, C's measurements on or before their now: a1 4, a2 5,
   * a3 2, b1 3 (not March 2026), b2 1, b3 2, c1 4 (not July 2026), c2 1 = 22 */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 22 + 1);
  g_assert_cmpstr (lines[23], ==, "");
  for (guint i = 1; i < 23; i++)
    {
      /* no names, no ids, no birth dates */
      g_assert_null (strstr (lines[i], "Family"));
      g_assert_null (strstr (lines[i], "a1"));
      g_assert_null (strstr (lines[i], "1985"));
      g_assert_true (g_str_has_prefix (lines[i], "F000"));
      baseline += g_str_has_suffix (lines[i], ",baseline");
      latest += g_str_has_suffix (lines[i], ",latest");
    }
  /* one baseline per person and dimension measured: 4 + 3 + 3 + 3 (work 5,
   * well-being 4, school 3) = 12; a "latest" where measured again: 4 + 3 + 2 = 9 */
  g_assert_cmpuint (baseline, ==, 12);
  g_assert_cmpuint (latest, ==, 9);
  g_assert_nonnull (strstr (text, "\"Internship, wage subsidy or other active offer\""));
}

static void
test_chart_png (void)
{
  g_autoptr(TovReport) report = build_directly (NULL, NULL, NULL);
  const TovReportDimension *work = tov_report_get_dimension (report, "work_status");
  TovReportChartStyle style = { .before_label = "At enrolment", .after_label = "Now", .protect = TRUE };
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      g_autoptr(GBytes) png = NULL;
      const char *dump = g_getenv ("TOV_REPORT_CHART_DUMP");

      style.rtl = rtl;
      png = tov_report_chart_to_png (work, &style, 640, 1.0);
      g_assert_cmpuint (g_bytes_get_size (png), >, 1000);
      g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, signature, 8);
      if (dump != NULL)
        {
          g_autofree char *path = g_strdup_printf ("%s-%s.png", dump, rtl ? "rtl" : "ltr");
          g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL);
        }
    }
  /* the height grows with the values: six for work status */
  g_assert_cmpfloat (tov_report_chart_get_height (work), >,
                     tov_report_chart_get_height (tov_report_get_dimension (report, "danish_friendship")));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/report/builder/whole", test_builder_whole);
  g_test_add_func ("/tov/report/builder/periods", test_builder_periods);
  g_test_add_func ("/tov/report/targets/custom", test_targets_custom);
  g_test_add_func ("/tov/report/targets/unmeasured", test_targets_unmeasured);
  g_test_add_func ("/tov/report/targets/schema-default", test_targets_schema_default);
  g_test_add_func ("/tov/report/suppression", test_suppression);
  g_test_add_func ("/tov/report/labels", test_labels);
  g_test_add_func ("/tov/report/dimensions-for-role", test_dimensions_for_role);
  g_test_add_func ("/tov/report/csv/helpers", test_csv_helpers);
  g_test_add_func ("/tov/report/chart/png", test_chart_png);
  g_test_add ("/tov/report/csv/store", Fixture, NULL, fixture_set_up, test_store_csv, fixture_tear_down);
  g_test_add ("/tov/report/store/whole", Fixture, NULL, fixture_set_up, test_store_whole, fixture_tear_down);
  g_test_add ("/tov/report/store/periods", Fixture, NULL, fixture_set_up, test_store_periods, fixture_tear_down);
  g_test_add ("/tov/report/store/groups", Fixture, NULL, fixture_set_up, test_store_groups, fixture_tear_down);

  return g_test_run ();
}
