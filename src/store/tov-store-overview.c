/* tov-store-overview.c: a family's figures, and deleting with undo
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tov-store-overview.h"
#include "tov-store-private.h"

/* Professionals: the rings of actors who are not family network or volunteers. */
#define PROFESSIONAL "e.ring IN ('core', 'near', 'peripheral')"

/* ?1 family, ?2 a date: actors engaged with the family on that date */
static const char engaged_sql[] =
  "SELECT count(DISTINCT e.actor_id) FROM engagements e"
  " WHERE e.family_id = ?1 AND " PROFESSIONAL
  " AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?2)";

/* ?1 family, ?2 today */
static const char figures_sql[] =
  "SELECT f.enrolled_on,"
  " (SELECT count(*) FROM agreements g WHERE g.family_id = f.id AND g.status = 'open'),"
  " (SELECT count(*) FROM agreements g WHERE g.family_id = f.id AND g.status = 'open'"
  "  AND g.due_on < ?2),"
  " (SELECT min(m.held_on) FROM meetings m WHERE m.family_id = f.id AND m.held_on >= ?2),"
  " (SELECT v.next_follow_up FROM plans p JOIN plan_versions v ON v.plan_id = p.id"
  "  WHERE p.family_id = f.id AND v.status <> 'superseded'"
  "  ORDER BY v.number DESC LIMIT 1)"
  " FROM families f WHERE f.id = ?1";

/* Every family's next follow-up: the current plan version's, or the
 * earliest open agreement's due date, whichever comes first. */
static const char follow_ups_sql[] =
  "SELECT family_id, min(d) FROM ("
  " SELECT p.family_id AS family_id, v.next_follow_up AS d"
  "  FROM plans p JOIN plan_versions v ON v.plan_id = p.id"
  "  WHERE v.status <> 'superseded' AND v.next_follow_up IS NOT NULL"
  " UNION ALL"
  " SELECT g.family_id, g.due_on FROM agreements g"
  "  WHERE g.status = 'open' AND g.due_on IS NOT NULL)"
  " GROUP BY family_id";

static char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

static gboolean
count_engaged (TovStore   *self,
               const char *family_id,
               const char *date,
               guint      *count,
               GError    **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, engaged_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, family_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      tov_store_set_sql_error (self, error);
      tov_store_reset (stmt);
      return FALSE;
    }
  *count = sqlite3_column_int (stmt, 0);
  tov_store_reset (stmt);
  return TRUE;
}

void
tov_family_figures_clear (TovFamilyFigures *figures)
{
  g_clear_pointer (&figures->next_meeting, g_free);
  g_clear_pointer (&figures->next_follow_up, g_free);
  memset (figures, 0, sizeof *figures);
}

/**
 * tov_store_family_figures:
 * @today: YYYY-MM-DD
 * @figures: (out caller-allocates): clear it with tov_family_figures_clear()
 *
 * Returns: %FALSE with %TOV_STORE_ERROR_NOT_FOUND when there is no such family
 */
gboolean
tov_store_family_figures (TovStore         *self,
                          const char       *family_id,
                          const char       *today,
                          TovFamilyFigures *figures,
                          GError          **error)
{
  g_autofree char *enrolled_on = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (family_id != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  memset (figures, 0, sizeof *figures);

  stmt = tov_store_prepare (self, figures_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, family_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      enrolled_on = column_text (stmt, 0);
      figures->open_agreements = sqlite3_column_int (stmt, 1);
      figures->overdue_agreements = sqlite3_column_int (stmt, 2);
      figures->next_meeting = column_text (stmt, 3);
      figures->next_follow_up = column_text (stmt, 4);
    }
  else if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      tov_store_reset (stmt);
      return FALSE;
    }
  tov_store_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no family with the id %s; it may have been deleted."), family_id);
      return FALSE;
    }

  if (!count_engaged (self, family_id, today, &figures->professionals_now, error))
    {
      tov_family_figures_clear (figures);
      return FALSE;
    }

  figures->professionals_at_start = G_MAXUINT;
  if (enrolled_on != NULL &&
      !count_engaged (self, family_id, enrolled_on, &figures->professionals_at_start, error))
    {
      tov_family_figures_clear (figures);
      return FALSE;
    }

  return TRUE;
}

/**
 * tov_store_next_follow_ups:
 *
 * Returns: (transfer full) (element-type utf8 utf8): family id → the date of
 *   its next follow-up, for families that have one
 */
GHashTable *
tov_store_next_follow_ups (TovStore *self,
                           GError  **error)
{
  g_autoptr(GHashTable) dates = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  stmt = tov_store_prepare (self, follow_ups_sql, error);
  if (stmt == NULL)
    return NULL;

  dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (dates, column_text (stmt, 0), column_text (stmt, 1));
  tov_store_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&dates);
}

/**
 * tov_store_snapshot:
 * @table: "families", "persons"…
 * @id: the row
 *
 * Reads a row and every row nested in it, parents before children in the
 * model's order, so that tov_store_restore() can put them back after a
 * delete.
 *
 * Returns: (transfer full) (element-type TovRecord): the rows
 */
GPtrArray *
tov_store_snapshot (TovStore   *self,
                    const char *table,
                    const char *id,
                    GError    **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = NULL;  /* table name -> GPtrArray of ids taken */
  const TovTableInfo *tables;
  TovRecord *root;
  guint n_tables;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL && id != NULL, NULL);

  root = tov_store_get (self, table, id, error);
  if (root == NULL)
    return NULL;
  g_ptr_array_add (records, root);

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_hash_table_insert (ids, (gpointer) tov_record_get_table (root)->name,
                       g_ptr_array_new_full (1, g_free));
  g_ptr_array_add (g_hash_table_lookup (ids, tov_record_get_table (root)->name), g_strdup (id));

  tables = tov_model_get_tables (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    {
      const TovColumnInfo *parent = tov_table_get_parent_column (&tables[t]);
      GPtrArray *parent_ids;
      GPtrArray *taken;

      if (parent == NULL || tables[t].parent == NULL)
        continue;
      parent_ids = g_hash_table_lookup (ids, tables[t].parent);
      if (parent_ids == NULL)
        continue;

      taken = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (ids, (gpointer) tables[t].name, taken);

      for (guint p = 0; p < parent_ids->len; p++)
        {
          g_autoptr(GPtrArray) rows = tov_store_list (self, tables[t].name, parent->name,
                                                      g_ptr_array_index (parent_ids, p), error);

          if (rows == NULL)
            return NULL;
          for (guint r = 0; r < rows->len; r++)
            {
              TovRecord *row = g_ptr_array_index (rows, r);

              g_ptr_array_add (taken, g_strdup (tov_record_get_id (row)));
              g_ptr_array_add (records, g_object_ref (row));
            }
        }
    }

  return g_steal_pointer (&records);
}

/**
 * tov_store_restore:
 * @records: (element-type TovRecord): from tov_store_snapshot()
 *
 * Puts the rows back as they were, times included, all or nothing.
 */
gboolean
tov_store_restore (TovStore  *self,
                   GPtrArray *records,
                   GError   **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  if (!tov_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      const char *column = NULL;

      if (!tov_store_save (self, g_ptr_array_index (records, i), TRUE, NULL, &column, error))
        {
          tov_store_rollback (self);
          return FALSE;
        }
    }

  return tov_store_commit (self, error);
}
