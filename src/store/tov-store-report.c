/* tov-store-report.c: the rows a report is computed from
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tov-store-private.h"
#include "tov-store-report.h"

/*
 * A report reads each of its tables once, in full, inside one read
 * transaction, and hands the rows to a TovReportBuilder; the builder decides
 * what counts. Scanning is cheaper than a join: 500,000 measurements are
 * matched to their person through a hash table of the persons in scope.
 */

static const char *
text (sqlite3_stmt *stmt,
      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
begin_read (TovStore  *self,
            gboolean  *started,
            GError   **error)
{
  *started = FALSE;
  /* a report reads whole tables: map the file rather than copy it page by
   * page into the cache (a hint; SQLite ignores it where it cannot) */
  sqlite3_exec (self->db, "PRAGMA mmap_size = 1073741824", NULL, NULL, NULL);
  if (!sqlite3_get_autocommit (self->db))
    return TRUE;
  if (!tov_store_exec (self, "BEGIN", error))
    return FALSE;
  *started = TRUE;
  return TRUE;
}

static void
end_read (TovStore *self,
          gboolean  started)
{
  if (started)
    tov_store_exec (self, "COMMIT", NULL);
}

static gboolean
in_group (const TovReportScope *scope,
          const char           *id,
          const char           *status)
{
  if (scope->status != NULL && g_strcmp0 (scope->status, status) != 0)
    return FALSE;
  if (scope->family_ids != NULL && !g_strv_contains (scope->family_ids, id))
    return FALSE;
  return TRUE;
}

/* Adds the families in scope; fills id -> index + 1. */
static gboolean
add_families (TovStore             *self,
              const TovReportScope *scope,
              TovReportBuilder     *builder,
              GHashTable           *families,
              GError              **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = tov_store_prepare (self,
                            "SELECT id, name, enrolled_on, closed_on, status FROM families ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int index;

      if (!in_group (scope, text (stmt, 0), text (stmt, 4)))
        continue;
      index = tov_report_builder_add_family (builder, text (stmt, 0), text (stmt, 1),
                                             text (stmt, 2), text (stmt, 3));
      if (index >= 0)
        g_hash_table_insert (families, g_strdup (text (stmt, 0)), GINT_TO_POINTER (index + 1));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

static int
lookup (GHashTable *table,
        const char *id)
{
  return id != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (table, id)) - 1 : -1;
}

static gboolean
add_rows (TovStore         *self,
          TovReportBuilder *builder,
          GHashTable       *families,
          GError          **error)
{
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char last_id[64] = "";
  int last_person = -1;
  sqlite3_stmt *stmt;
  int rc;

  /* persons */
  stmt = tov_store_prepare (self, "SELECT id, family_id FROM persons", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int family = lookup (families, text (stmt, 1));
      int person;

      if (family < 0)
        continue;
      person = tov_report_builder_add_person (builder, family);
      g_hash_table_insert (persons, g_strdup (text (stmt, 0)), GINT_TO_POINTER (person + 1));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);

  /* measurements */
  stmt = tov_store_prepare (self,
                            "SELECT person_id, dimension, measured_on, value FROM measurements",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = text (stmt, 0);
      int person;

      /* a person's measurements mostly come together: skip the hash then */
      if (id != NULL && g_strcmp0 (id, last_id) == 0)
        person = last_person;
      else
        {
          person = lookup (persons, id);
          g_strlcpy (last_id, id != NULL ? id : "", sizeof last_id);
          last_person = person;
        }
      if (person >= 0)
        tov_report_builder_add_measurement (builder, person, text (stmt, 1), text (stmt, 2),
                                            text (stmt, 3));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);

  /* engagements */
  stmt = tov_store_prepare (self,
                            "SELECT family_id, actor_id, ring, from_date, to_date FROM engagements",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int family = lookup (families, text (stmt, 0));

      if (family >= 0)
        tov_report_builder_add_engagement (builder, family, text (stmt, 1), text (stmt, 2),
                                           text (stmt, 3), text (stmt, 4));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);

  /* the professionals' scalings at meetings */
  stmt = tov_store_prepare (self,
                            "SELECT m.family_id, m.held_on, s.value FROM scalings s"
                            " JOIN meeting_participants p ON p.id = s.participant_id"
                            " JOIN meetings m ON m.id = s.meeting_id"
                            " WHERE p.actor_id IS NOT NULL",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int family = lookup (families, text (stmt, 0));

      if (family >= 0)
        tov_report_builder_add_professional_scaling (builder, family, text (stmt, 1),
                                                     sqlite3_column_int (stmt, 2));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);

  /* agreements */
  stmt = tov_store_prepare (self, "SELECT family_id, status, due_on FROM agreements", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int family = lookup (families, text (stmt, 0));

      if (family >= 0)
        tov_report_builder_add_agreement (builder, family, text (stmt, 1), text (stmt, 2));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);

  return TRUE;
}

/**
 * tov_store_report:
 * @targets: (transfer full) (nullable): the project's targets, or NULL for
 *   the built-in defaults
 *
 * Computes the report over the families in @scope.
 */
TovReport *
tov_store_report (TovStore             *self,
                  const TovReportScope *scope,
                  GPtrArray            *targets,
                  GError              **error)
{
  g_autoptr(TovReportBuilder) builder = NULL;
  g_autoptr(GHashTable) families = NULL;
  TovReportScope everything = { 0 };
  gboolean started, ok;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  if (scope == NULL)
    scope = &everything;

  builder = tov_report_builder_new (scope->from, scope->to, scope->today);
  if (targets != NULL)
    tov_report_builder_set_targets (builder, targets);
  families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!begin_read (self, &started, error))
    return NULL;
  ok = add_families (self, scope, builder, families, error) &&
       add_rows (self, builder, families, error);
  end_read (self, started);
  if (!ok)
    return NULL;

  return tov_report_builder_finish (g_steal_pointer (&builder));
}

/**
 * tov_store_report_measurements:
 *
 * Calls @func for every measurement of the persons of the families in
 * @scope that counts for the report (on or before the family's end of
 * period), ordered by family, person, dimension and date, with family and
 * person numbered from 1 in the order of their (random) ids.
 */
gboolean
tov_store_report_measurements (TovStore             *self,
                               const TovReportScope *scope,
                               TovReportRowFunc      func,
                               gpointer              user_data,
                               GError              **error)
{
  g_autoptr(TovReportBuilder) builder = NULL;
  g_autoptr(GHashTable) families = NULL;
  TovReportScope everything = { 0 };
  g_autofree char *last_family = NULL;
  g_autofree char *last_person = NULL;
  TovReportRow row = { 0 };
  sqlite3_stmt *stmt;
  gboolean started;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (scope == NULL)
    scope = &everything;

  builder = tov_report_builder_new (scope->from, scope->to, scope->today);
  families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!begin_read (self, &started, error))
    return FALSE;
  if (!add_families (self, scope, builder, families, error))
    {
      end_read (self, started);
      return FALSE;
    }

  stmt = tov_store_prepare (self,
                            "SELECT f.id, p.id, p.household_role, p.sex, p.birth_date,"
                            " f.enrolled_on, f.closed_on, m.dimension, m.measured_on, m.value"
                            " FROM measurements m JOIN persons p ON p.id = m.person_id"
                            " JOIN families f ON f.id = p.family_id"
                            " ORDER BY f.id, p.id, m.dimension, m.measured_on, m.id",
                            error);
  if (stmt == NULL)
    {
      end_read (self, started);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int family = lookup (families, text (stmt, 0));
      const char *birth = text (stmt, 4);

      if (family < 0 || !tov_report_builder_accepts (builder, family, text (stmt, 8)))
        continue;

      if (g_strcmp0 (last_family, text (stmt, 0)) != 0)
        {
          g_free (last_family);
          last_family = g_strdup (text (stmt, 0));
          row.family_number++;
        }
      if (g_strcmp0 (last_person, text (stmt, 1)) != 0)
        {
          g_free (last_person);
          last_person = g_strdup (text (stmt, 1));
          row.person_number++;
        }
      row.household_role = text (stmt, 2);
      row.sex = text (stmt, 3);
      row.birth_year = birth != NULL && strlen (birth) >= 4 ? atoi (birth) : 0;
      row.enrolled_on = text (stmt, 5);
      row.closed_on = text (stmt, 6);
      row.dimension = text (stmt, 7);
      row.measured_on = text (stmt, 8);
      row.value = text (stmt, 9);
      func (&row, user_data);
    }
  tov_store_reset (stmt);
  end_read (self, started);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}
