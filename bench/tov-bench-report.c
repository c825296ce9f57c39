/* tov-bench-report.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tov-report-csv.h"
#include "tov-store-private.h"
#include "tov-store-report.h"

/*
 * tovholder-bench-report [N] [--keep DIR]
 *
 * Fills a fresh database with N families (default 10,000) of five persons,
 * ten measurements a person (five dimensions at enrolment and a year on),
 * four engagements and three agreements a family, written straight with
 * SQLite in one transaction (the store's own writes are measured by
 * tovholder-bench); then times the whole-project report, a report over one
 * year, and the evaluators' CSV. Prints one figure a line.
 */

#define STAMP "2025-01-15T09:00:00Z"

static const char * const dims[] = {
  "work_status", "work_interest", "association", "danish_friendship", "wellbeing",
};
static const char * const work_status[] = { "employed", "education", "activation", "sick_leave", "pension", "none" };
static const char * const work_interest[] = { "wants_work", "does_not" };
static const char * const association[] = { "member", "volunteer", "none" };
static const char * const yes_no[] = { "yes", "no" };
static const char * const rings[] = { "core", "near", "peripheral", "civil_society" };
static const char * const statuses[] = { "open", "done", "not_kept", "done" };

static const char *
pick_value (GRand *rand, guint dim)
{
  static char number[4];

  switch (dim)
    {
    case 0: return work_status[g_rand_int_range (rand, 0, G_N_ELEMENTS (work_status))];
    case 1: return work_interest[g_rand_int_range (rand, 0, 2)];
    case 2: return association[g_rand_int_range (rand, 0, 3)];
    case 3: return yes_no[g_rand_int_range (rand, 0, 2)];
    default:
      g_snprintf (number, sizeof number, "%d", g_rand_int_range (rand, 0, 11));
      return number;
    }
}

static void
check (int rc, sqlite3 *db)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("sqlite: %s", sqlite3_errmsg (db));
}

static void
run (sqlite3_stmt *stmt, sqlite3 *db)
{
  check (sqlite3_step (stmt), db);
  sqlite3_reset (stmt);
}

static void
generate (sqlite3 *db, guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  sqlite3_stmt *family, *person, *measurement, *actor, *engagement, *agreement;
  guint n_actors = 15 * (10 + n / 100);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_free);

  check (sqlite3_exec (db, "PRAGMA foreign_keys = OFF; BEGIN", NULL, NULL, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO families (id, created_at, updated_at, name, status, enrolled_on, closed_on) VALUES (?1, '" STAMP "', '" STAMP "', ?2, ?3, ?4, ?5)", -1, &family, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO persons (id, created_at, updated_at, family_id, given_name, household_role, birth_date) VALUES (?1, '" STAMP "', '" STAMP "', ?2, 'X', ?3, ?4)", -1, &person, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO measurements (id, created_at, updated_at, person_id, dimension, measured_on, value) VALUES (?1, '" STAMP "', '" STAMP "', ?2, ?3, ?4, ?5)", -1, &measurement, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO actors (id, created_at, updated_at, name, sector) VALUES (?1, '" STAMP "', '" STAMP "', 'Actor', 'social')", -1, &actor, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO engagements (id, created_at, updated_at, family_id, actor_id, ring, from_date, to_date) VALUES (?1, '" STAMP "', '" STAMP "', ?2, ?3, ?4, ?5, ?6)", -1, &engagement, NULL), db);
  check (sqlite3_prepare_v2 (db, "INSERT INTO agreements (id, created_at, updated_at, family_id, what, actor_id, status, due_on) VALUES (?1, '" STAMP "', '" STAMP "', ?2, 'Aftale', ?3, ?4, ?5)", -1, &agreement, NULL), db);

  for (guint i = 0; i < n_actors; i++)
    {
      char *id = g_uuid_string_random ();
      g_ptr_array_add (actors, id);
      sqlite3_bind_text (actor, 1, id, -1, SQLITE_STATIC);
      run (actor, db);
    }

  for (guint f = 0; f < n; f++)
    {
      g_autofree char *fid = g_uuid_string_random ();
      g_autofree char *name = g_strdup_printf ("Familie %u", f);
      int year = 2020 + g_rand_int_range (rand, 0, 6);
      g_autofree char *enrolled = g_strdup_printf ("%d-%02d-%02d", year, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      g_autofree char *later = g_strdup_printf ("%d%s", year + 1, enrolled + 4);
      gboolean closed = year < 2024;

      sqlite3_bind_text (family, 1, fid, -1, SQLITE_STATIC);
      sqlite3_bind_text (family, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (family, 3, closed ? "closed" : "active", -1, SQLITE_STATIC);
      sqlite3_bind_text (family, 4, enrolled, -1, SQLITE_STATIC);
      if (closed)
        sqlite3_bind_text (family, 5, later, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (family, 5);
      run (family, db);
      sqlite3_clear_bindings (family);

      for (guint p = 0; p < 5; p++)
        {
          g_autofree char *pid = g_uuid_string_random ();

          sqlite3_bind_text (person, 1, pid, -1, SQLITE_STATIC);
          sqlite3_bind_text (person, 2, fid, -1, SQLITE_STATIC);
          sqlite3_bind_text (person, 3, p < 2 ? "mother" : "child", -1, SQLITE_STATIC);
          sqlite3_bind_text (person, 4, p < 2 ? "1982-04-01" : "2012-09-01", -1, SQLITE_STATIC);
          run (person, db);
          for (guint m = 0; m < 10; m++)
            {
              g_autofree char *mid = g_uuid_string_random ();

              sqlite3_bind_text (measurement, 1, mid, -1, SQLITE_STATIC);
              sqlite3_bind_text (measurement, 2, pid, -1, SQLITE_STATIC);
              sqlite3_bind_text (measurement, 3, dims[m % 5], -1, SQLITE_STATIC);
              sqlite3_bind_text (measurement, 4, m < 5 ? enrolled : later, -1, SQLITE_STATIC);
              sqlite3_bind_text (measurement, 5, pick_value (rand, m % 5), -1, SQLITE_TRANSIENT);
              run (measurement, db);
            }
        }
      for (guint e = 0; e < 4; e++)
        {
          g_autofree char *eid = g_uuid_string_random ();

          sqlite3_bind_text (engagement, 1, eid, -1, SQLITE_STATIC);
          sqlite3_bind_text (engagement, 2, fid, -1, SQLITE_STATIC);
          sqlite3_bind_text (engagement, 3, g_ptr_array_index (actors, g_rand_int_range (rand, 0, n_actors)), -1, SQLITE_STATIC);
          sqlite3_bind_text (engagement, 4, rings[e], -1, SQLITE_STATIC);
          sqlite3_bind_text (engagement, 5, "2019-01-01", -1, SQLITE_STATIC);
          if (e == 2)
            sqlite3_bind_text (engagement, 6, enrolled, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (engagement, 6);
          run (engagement, db);
        }
      for (guint a = 0; a < 3; a++)
        {
          g_autofree char *aid = g_uuid_string_random ();

          sqlite3_bind_text (agreement, 1, aid, -1, SQLITE_STATIC);
          sqlite3_bind_text (agreement, 2, fid, -1, SQLITE_STATIC);
          sqlite3_bind_text (agreement, 3, g_ptr_array_index (actors, 0), -1, SQLITE_STATIC);
          sqlite3_bind_text (agreement, 4, statuses[g_rand_int_range (rand, 0, 4)], -1, SQLITE_STATIC);
          sqlite3_bind_text (agreement, 5, later, -1, SQLITE_STATIC);
          run (agreement, db);
        }
    }

  check (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), db);
  sqlite3_finalize (family);
  sqlite3_finalize (person);
  sqlite3_finalize (measurement);
  sqlite3_finalize (actor);
  sqlite3_finalize (engagement);
  sqlite3_finalize (agreement);
  check (sqlite3_exec (db, "PRAGMA foreign_keys = ON; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), db);
}

static double
time_report (TovStore *store, const TovReportScope *scope, guint *families)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(TovReport) report = tov_store_report (store, scope, NULL, &error);

  if (report == NULL)
    g_error ("report: %s", error->message);
  *families = report->n_families;
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TovStore) store = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  TovReportScope whole = { NULL, NULL, "2026-06-30", NULL, NULL };
  TovReportScope year = { "2025-01-01", "2025-12-31", "2026-06-30", NULL, NULL };
  double runs[7];
  guint families = 0;
  gint64 start;
  g_autoptr(GBytes) csv = NULL;

  dir = g_dir_make_tmp ("tov-bench-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.sqlite", NULL);
  store = tov_store_open (path, &error);
  g_assert_no_error (error);

  /* the store's own connection: its SQL functions serve the search triggers */
  start = g_get_monotonic_time ();
  generate (store->db, n);
  g_print ("generate %u families: %.0f ms\n", n, (g_get_monotonic_time () - start) / 1000.0);
  g_clear_object (&store);

  store = tov_store_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    runs[i] = time_report (store, &whole, &families);
  qsort (runs, G_N_ELEMENTS (runs), sizeof (double), compare_doubles);
  g_print ("report, whole project (%u families, %u persons, %u measurements): median %.0f ms, min %.0f ms, max %.0f ms (7 runs)\n",
           families, families * 5, families * 50, runs[3], runs[0], runs[6]);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    runs[i] = time_report (store, &year, &families);
  qsort (runs, G_N_ELEMENTS (runs), sizeof (double), compare_doubles);
  g_print ("report, 2025 (%u families): median %.0f ms\n", families, runs[3]);

  start = g_get_monotonic_time ();
  csv = tov_report_csv_export (store, &whole, NULL, NULL, &error);
  g_assert_no_error (error);
  g_print ("evaluators' CSV, whole project: %.0f ms, %zu bytes\n",
           (g_get_monotonic_time () - start) / 1000.0, g_bytes_get_size (csv));

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return 0;
}
