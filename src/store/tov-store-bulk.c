/* tov-store-bulk.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-store-private.h"

/*
 * Bulk transactions (tov_store_begin_bulk ()), for an import of thousands
 * of rows: what a single write does for its own row, row by row, a bulk
 * transaction does once for all its rows, set-wise, at the commit:
 *
 * - search rows: the insert triggers stand aside (tov_bulk_write () is 1,
 *   see data/schema/004-search-source.sql) and the commit adds the search
 *   rows of every new row from the view search_source, a statement a
 *   table, then brings the FTS5 index up to date in one batch;
 * - audit log: the commit writes the "insert" rows of every new row, a
 *   statement a table, in the order they were written (updates are logged
 *   as they happen, as outside a bulk transaction);
 * - foreign keys: SQLite checks them row by row on every INSERT, though the
 *   store has already checked each reference itself (with a message a user
 *   can act on); a bulk transaction turns that off and runs
 *   PRAGMA foreign_key_check over the tables written before the commit,
 *   which refuses the commit if anything refers to a row that is not there.
 *
 * The rows new in the transaction are those above each table's largest
 * rowid at its beginning (every table has a rowid; SQLite gives a new row
 * the largest rowid plus one).
 */

#define BULK_CACHE_SIZE "-262144" /* KiB: 256 MiB at most, as needed */

static const char search_new_sql[] =
  "INSERT INTO search_rows (source_table, source_id, family_id, label, text) "
  "SELECT source_table, source_id, family_id, label, text FROM search_source "
  "WHERE source_table = ?1 AND source_rowid > ?2 ORDER BY source_rowid";

/* tov_bulk_write (): 1 inside a bulk transaction of the store (the user
 * data), so that the insert triggers of the search index stand aside */
static void
bulk_write_function (sqlite3_context *context,
                     int              argc,
                     sqlite3_value  **argv)
{
  TovStore *self = sqlite3_user_data (context);

  sqlite3_result_int (context, self != NULL && self->bulk);
}

void
tov_store_bulk_register (TovStore *self)
{
  sqlite3_create_function (self->db, "tov_bulk_write", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                           self, bulk_write_function, NULL, NULL);
}

static gboolean
last_rowid (TovStore           *self,
            const TovTableInfo *table,
            gint64             *rowid,
            GError            **error)
{
  return tov_store_query_int64 (self, tov_store_table_sql (table)->last_rowid, rowid, error);
}

/**
 * tov_store_begin_bulk:
 *
 * Starts a transaction for a large all-or-nothing write such as an import:
 * as tov_store_begin (), but writes inside it have no savepoint of their
 * own, and the search index, the audit log's rows for the new rows and the
 * check of foreign keys are done once, at the commit. A write refused for a
 * reason found before writing (validation, references) leaves nothing
 * behind as usual; any other failed write leaves the transaction fit only
 * for tov_store_rollback (): tov_store_commit () refuses it. For inserts
 * and updates only: tov_store_delete () is not for a bulk transaction.
 * Inside another transaction it is tov_store_begin (): a savepoint, with
 * the savepoint per write.
 */
gboolean
tov_store_begin_bulk (TovStore *self,
                      GError  **error)
{
  const TovTableInfo *tables;
  guint n_tables;
  gint64 docid = 0;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);

  if (self->depth > 0)
    return tov_store_begin (self, error);

  /* only outside a transaction does this pragma take effect; a larger
   * cache keeps the pages written in memory until the commit */
  if (!tov_store_exec (self, "PRAGMA foreign_keys = OFF", error) ||
      !tov_store_exec (self, "PRAGMA cache_size = " BULK_CACHE_SIZE, error))
    return FALSE;
  if (!tov_store_begin (self, error))
    {
      tov_store_exec (self, "PRAGMA foreign_keys = ON", NULL);
      return FALSE;
    }

  tables = tov_model_get_tables (&n_tables);
  self->bulk_rowids = g_new0 (gint64, n_tables);
  self->bulk_written = g_new0 (gboolean, n_tables);
  for (guint t = 0; t < n_tables; t++)
    if (!last_rowid (self, &tables[t], &self->bulk_rowids[t], error))
      {
        tov_store_rollback (self);
        return FALSE;
      }
  if (!tov_search_last_docid (self, &docid, error))
    {
      tov_store_rollback (self);
      return FALSE;
    }
  self->bulk = TRUE;
  self->bulk_failed = FALSE;
  self->bulk_forgot = FALSE;
  self->bulk_docid = docid;
  return TRUE;
}

/* Whether @table has rows new in the bulk transaction. */
static gboolean
has_new_rows (TovStore           *self,
              const TovTableInfo *table,
              GError            **error)
{
  const TovTableInfo *tables = tov_model_get_tables (NULL);
  gint64 now;

  if (!last_rowid (self, table, &now, error))
    return FALSE;
  return now > self->bulk_rowids[table - tables];
}

static gboolean
step_new_rows (TovStore           *self,
               const char         *sql,
               const TovTableInfo *table,
               const char         *at,
               GError            **error)
{
  const TovTableInfo *tables = tov_model_get_tables (NULL);
  sqlite3_stmt *stmt = tov_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (at != NULL)
    {
      /* the audit log: ?1 at, ?2 staff, ?3 the rowid */
      sqlite3_bind_text (stmt, 1, at, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, tov_store_get_staff (self), -1, SQLITE_STATIC);
    }
  else
    sqlite3_bind_text (stmt, 1, table->name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, at != NULL ? 3 : 2, self->bulk_rowids[table - tables]);
  rc = sqlite3_step (stmt);
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/* Refuses the commit when a row written refers to one that is not there. */
static gboolean
check_foreign_keys (TovStore           *self,
                    const TovTableInfo *table,
                    GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_key_check (%s)", table->name);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return tov_store_set_sql_error (self, error);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const TovTableInfo *parent = tov_model_lookup_table ((const char *) sqlite3_column_text (stmt, 2));

      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT,
                   _("A %s refers to a %s that does not exist; nothing was saved."),
                   tov_table_get_label (table),
                   parent != NULL ? tov_table_get_label (parent) : (const char *) sqlite3_column_text (stmt, 2));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/* Notes that @table was written in the bulk transaction. */
void
tov_store_bulk_wrote (TovStore           *self,
                      const TovTableInfo *table)
{
  const TovTableInfo *tables = tov_model_get_tables (NULL);

  if (self->bulk)
    self->bulk_written[table - tables] = TRUE;
}

/* Whether every row of @table is one written in the bulk transaction and
 * still remembered (tov_store_known_row ()): the table was empty when it
 * began. An import into a new database then asks SQLite for none of them. */
gboolean
tov_store_bulk_knows_all (TovStore           *self,
                          const TovTableInfo *table)
{
  const TovTableInfo *tables = tov_model_get_tables (NULL);

  return self->bulk && !self->bulk_forgot && self->bulk_rowids[table - tables] == 0;
}

/**
 * tov_store_bulk_finish:
 * @at: the time of the commit, for the audit log
 *
 * The set-wise part of a bulk transaction, just before its COMMIT: the
 * search rows and the FTS5 index, the audit log of the new rows, the
 * foreign keys of every table written.
 */
gboolean
tov_store_bulk_finish (TovStore   *self,
                       const char *at,
                       GError    **error)
{
  const TovTableInfo *tables;
  guint n_tables;
  gint64 start = g_get_monotonic_time (), search = 0, audit = 0, indexed, checked;

  g_assert (self->bulk);

  tables = tov_model_get_tables (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    {
      const TovTableInfo *table = &tables[t];
      g_autoptr(GError) local = NULL;

      if (!has_new_rows (self, table, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }
          continue;
        }
      search -= g_get_monotonic_time ();
      if (tov_table_is_searched (table) && !step_new_rows (self, search_new_sql, table, NULL, error))
        return FALSE;
      search += g_get_monotonic_time ();
      audit -= g_get_monotonic_time ();
      if (!step_new_rows (self, tov_store_table_sql (table)->audit_new, table, at, error))
        return FALSE;
      audit += g_get_monotonic_time ();
    }
  if (!tov_search_index_bulk (self, self->bulk_docid, error))
    return FALSE;
  indexed = g_get_monotonic_time ();

  /* updated rows are checked too: every table written */
  for (guint t = 0; t < n_tables; t++)
    if (self->bulk_written[t] && !check_foreign_keys (self, &tables[t], error))
      return FALSE;
  checked = g_get_monotonic_time ();
  g_debug ("bulk commit: search rows %.3f s, audit log %.3f s, full-text index %.3f s, "
           "foreign keys %.3f s", search / 1e6, audit / 1e6,
           (indexed - start - search - audit) / 1e6, (checked - indexed) / 1e6);
  return TRUE;
}

/**
 * tov_store_bulk_end:
 *
 * Forgets the bulk transaction's state after its COMMIT or ROLLBACK, and
 * lets SQLite check foreign keys on every write again.
 */
void
tov_store_bulk_end (TovStore *self)
{
  gboolean was_bulk = self->bulk_rowids != NULL;

  self->bulk = FALSE;
  self->bulk_failed = FALSE;
  g_clear_pointer (&self->bulk_rowids, g_free);
  g_clear_pointer (&self->bulk_written, g_free);
  tov_store_forget_families (self);
  if (was_bulk && sqlite3_get_autocommit (self->db))
    {
      tov_store_exec (self, "PRAGMA foreign_keys = ON", NULL);
      tov_store_exec (self, "PRAGMA cache_size = " TOV_STORE_CACHE_SIZE, NULL);
    }
}
