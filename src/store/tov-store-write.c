/* tov-store-write.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-store-plan.h"
#include "tov-store-private.h"

/*
 * The writes of TovStore: insert, update, save (upsert, for import) and
 * delete. Each validates the record against the model, checks its
 * references (that they exist and stay inside one family), then runs in a
 * savepoint of its own with its audit row and the search index update, so
 * that a refused write leaves nothing behind, even inside a transaction.
 */

/* Starts the savepoint of one write; a transaction of its own outside
 * tov_store_begin (). None in a bulk transaction: a failed write there
 * fails the whole transaction (write_abort ()). */
static gboolean
write_begin (TovStore *self,
             GError  **error)
{
  if (self->bulk)
    return TRUE;
  return tov_store_exec (self, self->depth > 0 ? "SAVEPOINT tov_write" : "BEGIN IMMEDIATE", error);
}

static gboolean
write_end (TovStore *self,
           GError  **error)
{
  if (self->bulk)
    return TRUE;
  return tov_store_exec (self, self->depth > 0 ? "RELEASE tov_write" : "COMMIT", error);
}

static void
write_abort (TovStore *self)
{
  if (sqlite3_get_autocommit (self->db))
    {
      /* SQLite rolled back on its own (disk full, I/O error) */
      self->depth = 0;
      tov_store_bulk_end (self);
      return;
    }
  if (self->bulk)
    {
      /* part of the write may be in: the commit is refused, the caller rolls back */
      self->bulk_failed = TRUE;
      return;
    }
  if (self->depth > 0)
    {
      tov_store_exec (self, "ROLLBACK TO tov_write", NULL);
      tov_store_exec (self, "RELEASE tov_write", NULL);
    }
  else
    tov_store_exec (self, "ROLLBACK", NULL);
}

static void
wrote (TovStore   *self,
       const char *table,
       const char *id)
{
  if (self->depth > 0)
    self->dirty = TRUE;
  else
    tov_store_emit_changed (self, table, id);
}

static gboolean
refuse (GError    **error,
        const char **column,
        const char  *name,
        int          code,
        const char  *format,
        ...) G_GNUC_PRINTF (5, 6);

static gboolean
refuse (GError    **error,
        const char **column,
        const char  *name,
        int          code,
        const char  *format,
        ...)
{
  va_list args;

  if (column != NULL)
    *column = name;
  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (TOV_STORE_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

/* The family the record belongs to, through its parent column; NULL for an
 * actor. The parent's existence is checked here too. */
static gboolean
record_family (TovStore     *self,
               TovRecord    *record,
               char        **family,
               const char  **column,
               GError      **error)
{
  const TovTableInfo *table = tov_record_get_table (record);
  const TovColumnInfo *parent = tov_table_get_parent_column (table);
  const TovTableInfo *parent_table;
  const char *value;
  gboolean found = FALSE;
  GError *local_error = NULL;

  *family = NULL;
  if (parent == NULL)
    {
      if (g_str_equal (table->name, "families"))
        *family = g_strdup (tov_record_get_id (record));
      return TRUE;
    }
  value = tov_record_get (record, parent->name);
  parent_table = tov_model_lookup_table (parent->references);
  *family = tov_store_family_of (self, parent_table, value, &found, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!found)
    return refuse (error, column, parent->name, TOV_STORE_ERROR_CONSTRAINT,
                   _("%s: there is no %s with id %s."), tov_column_get_label (parent),
                   tov_table_get_label (parent_table), value);
  return TRUE;
}

static gboolean
check_reference (TovStore            *self,
                 TovRecord           *record,
                 const TovColumnInfo *info,
                 const TovTableInfo  *target,
                 const char          *value,
                 const char          *family,
                 const char         **column,
                 GError             **error)
{
  g_autofree char *target_family = NULL;
  gboolean found = FALSE;
  GError *local_error = NULL;

  target_family = tov_store_family_of (self, target, value, &found, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!found)
    return refuse (error, column, info->name, TOV_STORE_ERROR_CONSTRAINT,
                   _("%s: there is no %s with id %s."), tov_column_get_label (info),
                   tov_table_get_label (target), value);
  if (family != NULL && target_family != NULL && !g_str_equal (family, target_family))
    return refuse (error, column, info->name, TOV_STORE_ERROR_CONSTRAINT,
                   _("%s: that %s belongs to another family; choose one of this family’s."),
                   tov_column_get_label (info), tov_table_get_label (target));
  return TRUE;
}

/* @family: (out) (transfer full): the family of the record */
static gboolean
check_references (TovStore    *self,
                  TovRecord   *record,
                  char       **family,
                  const char **column,
                  GError     **error)
{
  const TovTableInfo *table = tov_record_get_table (record);

  if (!record_family (self, record, family, column, error))
    return FALSE;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const TovColumnInfo *info = &table->columns[i];
      const char *value = tov_record_get (record, info->name);
      const TovTableInfo *target;

      if (info->type != TOV_COLUMN_REFERENCE || value == NULL || (info->flags & TOV_COLUMN_FLAG_PARENT))
        continue;
      /* translations: the table is in another column */
      target = tov_model_lookup_table (info->references != NULL ? info->references
                                       : tov_record_get (record, "source_table"));
      g_assert (target != NULL);
      if (!check_reference (self, record, info, target, value, *family, column, error))
        return FALSE;
    }

  /* a scaling is given by a participant of the same meeting */
  if (g_str_equal (table->name, "scalings"))
    {
      const TovTableInfo *participants = tov_model_lookup_table ("meeting_participants");
      sqlite3_stmt *stmt = tov_store_prepare (self, tov_store_table_sql (participants)->parent, error);
      gboolean same;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tov_record_get (record, "participant_id"), -1, SQLITE_STATIC);
      same = sqlite3_step (stmt) == SQLITE_ROW &&
             g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0),
                        tov_record_get (record, "meeting_id")) == 0;
      tov_store_reset (stmt);
      if (!same)
        return refuse (error, column, "participant_id", TOV_STORE_ERROR_CONSTRAINT,
                       _("%s: that participant was at another meeting."),
                       tov_column_get_label (tov_table_lookup_column (table, "participant_id")));
    }
  return TRUE;
}

/* A constraint the checks above do not cover, as a message a user can act on. */
static gboolean
constraint_error (TovStore           *self,
                  const TovTableInfo *table,
                  TovRecord          *record,
                  const char         *id,
                  const char        **column,
                  GError            **error)
{
  int code = sqlite3_extended_errcode (self->db);
  const char *message = sqlite3_errmsg (self->db);
  const char *name = table->name;

  if (code == SQLITE_CONSTRAINT_PRIMARYKEY ||
      (code == SQLITE_CONSTRAINT_UNIQUE && g_str_has_suffix (message, ".id")))
    return refuse (error, column, "id", TOV_STORE_ERROR_CONSTRAINT,
                   _("There is already a %s with the id %s."), tov_table_get_label (table), id);
  if (code == SQLITE_CONSTRAINT_UNIQUE)
    {
      if (g_str_equal (name, "engagements"))
        return refuse (error, column, "coordinator", TOV_STORE_ERROR_CONSTRAINT,
                       _("This family already has a coordinator. Set an end date on the current "
                         "coordinator’s engagement first."));
      if (g_str_equal (name, "plans"))
        return refuse (error, column, "family_id", TOV_STORE_ERROR_CONSTRAINT,
                       _("This family already has a masterplan; add a new version to it instead."));
      if (g_str_equal (name, "plan_versions"))
        return refuse (error, column, "number", TOV_STORE_ERROR_CONSTRAINT,
                       _("This plan already has a version %s."), tov_record_get (record, "number"));
      if (g_str_equal (name, "engagement_members"))
        return refuse (error, column, "person_id", TOV_STORE_ERROR_CONSTRAINT,
                       _("This family member is already one the actor works with."));
      if (g_str_equal (name, "translations"))
        return refuse (error, column, "language", TOV_STORE_ERROR_CONSTRAINT,
                       _("This text already has a translation into “%s”."),
                       tov_record_get (record, "language"));
    }
  if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    return refuse (error, column, NULL, TOV_STORE_ERROR_CONSTRAINT,
                   _("This %s refers to something that does not exist."), tov_table_get_label (table));
  return refuse (error, column, NULL, TOV_STORE_ERROR_CONSTRAINT,
                 _("This %s cannot be saved: %s."), tov_table_get_label (table), message);
}

static void
bind_record (sqlite3_stmt *stmt,
             TovRecord    *record,
             const char   *id,
             const char   *created_at,
             const char   *updated_at)
{
  const TovTableInfo *table = tov_record_get_table (record);

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, created_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, updated_at, -1, SQLITE_STATIC);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const TovColumnInfo *info = &table->columns[c];
      const char *value = tov_record_get (record, info->name);

      if (value == NULL)
        sqlite3_bind_null (stmt, c + 4);
      else if (info->type == TOV_COLUMN_INTEGER || info->type == TOV_COLUMN_BOOLEAN)
        sqlite3_bind_int64 (stmt, c + 4, g_ascii_strtoll (value, NULL, 10));
      else if (info->type == TOV_COLUMN_REAL)
        sqlite3_bind_double (stmt, c + 4, g_ascii_strtod (value, NULL));
      else
        sqlite3_bind_text (stmt, c + 4, value, -1, SQLITE_STATIC);
    }
}

/* The columns an update changes, for the audit log (names only, never values). */
static char *
changed_columns (TovStore           *self,
                 const TovTableInfo *table,
                 TovRecord          *record,
                 GError            **error)
{
  g_autoptr(TovRecord) old = tov_store_get (self, table->name, tov_record_get_id (record), error);
  GString *summary;

  if (old == NULL)
    return NULL;
  summary = g_string_new (NULL);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *name = table->columns[c].name;

      if (g_strcmp0 (tov_record_get (old, name), tov_record_get (record, name)) != 0)
        g_string_append_printf (summary, "%s%s", summary->len > 0 ? ", " : "", name);
    }
  return g_string_free (summary, FALSE);
}

static char *
set_columns (const TovTableInfo *table,
             TovRecord          *record)
{
  GString *summary = g_string_sized_new (128);

  for (guint c = 0; c < table->n_columns; c++)
    if (tov_record_get (record, table->columns[c].name) != NULL)
      {
        if (summary->len > 0)
          g_string_append_len (summary, ", ", 2);
        g_string_append (summary, table->columns[c].name);
      }
  return g_string_free (summary, FALSE);
}

static gboolean
audit (TovStore   *self,
       const char *at,
       const char *action,
       const char *table,
       const char *id,
       const char *summary,
       GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = tov_store_prepare (self,
                            "INSERT INTO audit_log (at, staff, action, table_name, row_id, summary) "
                            "VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, tov_store_get_staff (self), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, summary, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/* tov_timestamp_now (), computed once a second: an import writes thousands of rows in one */
static char *
timestamp_now (void)
{
  static GMutex lock;
  static gint64 second = -1;
  static char text[32];
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  char *copy;

  g_mutex_lock (&lock);
  if (now != second)
    {
      g_autofree char *fresh = tov_timestamp_now ();
      g_strlcpy (text, fresh, sizeof text);
      second = now;
    }
  copy = g_strdup (text);
  g_mutex_unlock (&lock);
  return copy;
}

typedef enum
{
  WRITE_INSERT,
  WRITE_UPDATE,
  WRITE_SAVE,
} WriteMode;

static gboolean
write_record (TovStore    *self,
              TovRecord   *record,
              WriteMode    mode,
              gboolean     keep_times,
              gboolean    *inserted,
              const char **column,
              GError     **error)
{
  const TovTableInfo *table = tov_record_get_table (record);
  const TableSql *sql = tov_store_table_sql (table);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *family = NULL;
  const char *id = tov_record_get_id (record);
  const char *created_at = NULL;
  const char *updated_at = NULL;
  const char *dummy = NULL;
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  if (column == NULL)
    column = &dummy;
  *column = NULL;

  if (!tov_record_validate (record, column, &local_error))
    return refuse (error, column, *column, TOV_STORE_ERROR_INVALID, "%s", local_error->message);

  if (id == NULL)
    {
      if (mode == WRITE_UPDATE)
        return refuse (error, column, "id", TOV_STORE_ERROR_NOT_FOUND,
                       _("This %s has not been saved yet."), tov_table_get_label (table));
      id = new_id = g_uuid_string_random ();
    }
  else if (mode != WRITE_INSERT)
    {
      if (tov_store_known_row (self, table, id))
        exists = TRUE;
      else if (tov_store_bulk_knows_all (self, table))
        exists = FALSE;
      else if (!tov_store_row_exists (self, table, id, &exists, error))
        return FALSE;
      if (!exists && mode == WRITE_UPDATE)
        return refuse (error, column, "id", TOV_STORE_ERROR_NOT_FOUND,
                       _("There is no %s with the id %s; it may have been deleted."),
                       tov_table_get_label (table), id);
    }

  /* frozen plan versions; import writes them as they were */
  if (mode != WRITE_SAVE &&
      !tov_store_plan_check_write (self, table->name, record, exists || mode == WRITE_UPDATE ? id : NULL,
                                   column, error))
    return FALSE;
  if (!check_references (self, record, &family, column, error))
    return FALSE;
  if (self->bulk && exists)
    {
      /* a row moved to another family takes its descendants along: the
       * families remembered for them no longer hold */
      g_autofree char *old_family = NULL;
      gboolean found = FALSE;

      old_family = tov_store_family_of (self, table, id, &found, error);
      if (!found && error != NULL && *error != NULL)
        return FALSE;
      if (g_strcmp0 (old_family, family) != 0)
        tov_store_forget_families (self);
    }

  now = timestamp_now ();
  if (mode == WRITE_INSERT || (mode == WRITE_SAVE && keep_times))
    {
      /* the record's own times, when it has them */
      created_at = tov_record_get (record, "created_at");
      updated_at = tov_record_get (record, "updated_at");
    }
  if (created_at == NULL && !exists)
    created_at = now;             /* NULL for an update: the row keeps its own */
  if (updated_at == NULL)
    updated_at = now;

  if (exists)
    {
      summary = changed_columns (self, table, record, error);
      if (summary == NULL)
        return FALSE;
    }
  else if (!self->bulk)
    summary = set_columns (table, record);  /* a bulk transaction logs its new rows at the commit */

  if (!write_begin (self, error))
    return FALSE;

  stmt = tov_store_prepare (self, exists ? sql->update : sql->insert, error);
  if (stmt == NULL)
    goto failed;
  bind_record (stmt, record, id, created_at, updated_at);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        {
        constraint_error (self, table, record, id, column, error);
        }
      else
        tov_store_set_sql_error (self, error);
      tov_store_reset (stmt);
      goto failed;
    }
  tov_store_reset (stmt);

  if (!self->bulk && tov_table_is_searched (table) &&
      !(exists ? tov_search_flush (self, error) : tov_search_index_new (self, table->name, id, error)))
    goto failed;
  if ((exists || !self->bulk) &&
      !audit (self, now, exists ? "update" : "insert", table->name, id, summary, error))
    goto failed;
  tov_store_bulk_wrote (self, table);
  if (!write_end (self, error))
    goto failed;

  /* the record now holds what the database holds */
  if (new_id != NULL)
    tov_record_set_id (record, new_id);
  if (created_at != NULL)
    tov_record_set (record, "created_at", created_at);
  tov_record_set (record, "updated_at", updated_at);
  if (inserted != NULL)
    *inserted = !exists;
  tov_store_remember_family (self, table, id, family);
  wrote (self, table->name, id);
  return TRUE;

failed:
  write_abort (self);
  return FALSE;
}

/**
 * tov_store_insert:
 * @column: (out) (optional) (transfer none): the column at fault on error
 *
 * Adds @record as a new row, giving it an id and times when it has none.
 *
 * Returns: %FALSE with @error set when the write is refused
 * (%TOV_STORE_ERROR_INVALID, %TOV_STORE_ERROR_CONSTRAINT); nothing is
 * written then.
 */
gboolean
tov_store_insert (TovStore    *self,
                  TovRecord   *record,
                  const char **column,
                  GError     **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOV_IS_RECORD (record), FALSE);

  return write_record (self, record, WRITE_INSERT, FALSE, NULL, column, error);
}

/**
 * tov_store_update:
 *
 * Writes @record over the row with its id (%TOV_STORE_ERROR_NOT_FOUND if
 * there is none); every column is written, unset ones as empty. The row
 * keeps its creation time; its update time is now.
 */
gboolean
tov_store_update (TovStore    *self,
                  TovRecord   *record,
                  const char **column,
                  GError     **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOV_IS_RECORD (record), FALSE);

  return write_record (self, record, WRITE_UPDATE, FALSE, NULL, column, error);
}

/**
 * tov_store_save:
 * @keep_times: take created_at and updated_at from @record (import), else
 *   keep the row's creation time and set its update time to now
 * @inserted: (out) (optional): whether a new row was added
 *
 * Inserts @record, or updates the row with its id: what import uses. For
 * speed, call it inside tov_store_begin () and tov_store_commit ().
 */
gboolean
tov_store_save (TovStore    *self,
                TovRecord   *record,
                gboolean     keep_times,
                gboolean    *inserted,
                const char **column,
                GError     **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (TOV_IS_RECORD (record), FALSE);

  return write_record (self, record, WRITE_SAVE, keep_times, inserted, column, error);
}

/**
 * tov_store_delete:
 *
 * Deletes a row and everything nested in it (a family's persons, plans,
 * meetings…). Refused (%TOV_STORE_ERROR_CONSTRAINT) while another row still
 * refers to it, such as an engagement to an actor.
 */
gboolean
tov_store_delete (TovStore   *self,
                  const char *table,
                  const char *id,
                  GError    **error)
{
  const TovTableInfo *info;
  const TovTableInfo *tables;
  guint n_tables;
  gboolean exists = FALSE;
  g_autofree char *now = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  info = tov_model_lookup_table (table);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  /* deletes cascade through foreign keys, which a bulk transaction leaves to its commit */
  g_return_val_if_fail (!self->bulk, FALSE);

  if (!tov_store_row_exists (self, info, id, &exists, error))
    return FALSE;
  if (!exists)
    return refuse (error, NULL, NULL, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no %s with the id %s; it may have been deleted already."),
                   tov_table_get_label (info), id);
  if (!tov_store_plan_check_write (self, info->name, NULL, id, NULL, error))
    return FALSE;

  /* say which row still refers to it */
  tables = tov_model_get_tables (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    for (guint c = 0; c < tables[t].n_columns; c++)
      {
        const TovColumnInfo *col = &tables[t].columns[c];
        g_autofree char *sql = NULL;
        g_autoptr(sqlite3_stmt) check = NULL;

        if (col->type != TOV_COLUMN_REFERENCE || (col->flags & TOV_COLUMN_FLAG_PARENT) ||
            g_strcmp0 (col->references, info->name) != 0)
          continue;
        sql = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?1 LIMIT 1", tables[t].name, col->name);
        if (sqlite3_prepare_v2 (self->db, sql, -1, &check, NULL) != SQLITE_OK)
          return tov_store_set_sql_error (self, error);
        sqlite3_bind_text (check, 1, id, -1, SQLITE_STATIC);
        if (sqlite3_step (check) == SQLITE_ROW)
          {
            if (g_str_equal (info->name, "actors") && g_str_equal (tables[t].name, "engagements"))
              return refuse (error, NULL, NULL, TOV_STORE_ERROR_CONSTRAINT,
                             _("The actor is still engaged with a family and cannot be deleted; "
                               "remove the engagement first."));
            return refuse (error, NULL, NULL, TOV_STORE_ERROR_CONSTRAINT,
                           _("This %s cannot be deleted while a %s refers to it as “%s”."),
                           tov_table_get_label (info), tov_table_get_label (&tables[t]),
                           tov_column_get_label (col));
          }
      }

  now = timestamp_now ();
  tov_store_forget_families (self);
  if (!write_begin (self, error))
    return FALSE;
  stmt = tov_store_prepare (self, tov_store_table_sql (info)->remove, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        refuse (error, NULL, NULL, TOV_STORE_ERROR_CONSTRAINT,
                _("This %s is still in use and cannot be deleted."), tov_table_get_label (info));
      else
        tov_store_set_sql_error (self, error);
      goto failed;
    }
  if ((!self->bulk && !tov_search_flush (self, error)) ||
      !audit (self, now, "delete", info->name, id, NULL, error) ||
      !write_end (self, error))
    goto failed;
  wrote (self, info->name, id);
  return TRUE;

failed:
  write_abort (self);
  return FALSE;
}
