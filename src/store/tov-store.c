/* tov-store.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "tov-date.h"
#include "tov-fold.h"
#include "tov-store-private.h"

/*
 * The SQLite database of one project house: opening (pragmas, checks,
 * migrations), transactions and writes. Reads are in tov-store-query.c,
 * search in tov-search.c, the schema in tov-migrations.c and data/schema/.
 *
 * Every write validates the record against the model, checks its references
 * (that they exist and stay inside one family), then runs in a savepoint of
 * its own together with its audit row and the search index update, so a
 * refused write leaves nothing behind, even inside a caller's transaction.
 *
 * SQL is built only from the model's table and column names, once per table,
 * and prepared once per connection; values are always bound.
 */

typedef struct
{
  char *insert;   /* id, created_at, updated_at, columns... */
  char *update;   /* ?1 id, ?2 created_at or NULL to keep, ?3 updated_at, columns... */
  char *select;   /* the row by id, columns in the order id, created_at, updated_at, ... */
  char *exists;
  char *parent;   /* the parent column of a row by id */
  char *remove;
} TableSql;

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TovStore, tov_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (tov-store-error-quark, tov_store_error)

static const TableSql *
table_sql (const TovTableInfo *table)
{
  static TableSql *sql = NULL;
  static gsize once = 0;
  guint n_tables;
  const TovTableInfo *tables = tov_model_get_tables (&n_tables);

  if (g_once_init_enter (&once))
    {
      /* built once for the program's life: the statement cache keys on these pointers */
      sql = g_new0 (TableSql, n_tables);
      for (guint t = 0; t < n_tables; t++)
        {
          const TovTableInfo *info = &tables[t];
          const TovColumnInfo *parent = tov_table_get_parent_column (info);
          GString *cols = g_string_new ("id, created_at, updated_at");
          GString *marks = g_string_new ("?1, ?2, ?3");
          GString *sets = g_string_new ("created_at = coalesce (?2, created_at), updated_at = ?3");

          for (guint c = 0; c < info->n_columns; c++)
            {
              g_string_append_printf (cols, ", %s", info->columns[c].name);
              g_string_append_printf (marks, ", ?%u", c + 4);
              g_string_append_printf (sets, ", %s = ?%u", info->columns[c].name, c + 4);
            }
          sql[t].insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                                           info->name, cols->str, marks->str);
          sql[t].update = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1", info->name, sets->str);
          sql[t].select = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", cols->str, info->name);
          sql[t].exists = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", info->name);
          sql[t].remove = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", info->name);
          if (parent != NULL)
            sql[t].parent = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1",
                                             parent->name, info->name);
          g_string_free (cols, TRUE);
          g_string_free (marks, TRUE);
          g_string_free (sets, TRUE);
        }
      g_once_init_leave (&once, 1);
    }
  return &sql[table - tables];
}

static TovStoreError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return TOV_STORE_ERROR_BUSY;
    case SQLITE_CORRUPT:
      return TOV_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return TOV_STORE_ERROR_NOT_DATABASE;
    case SQLITE_CONSTRAINT:
      return TOV_STORE_ERROR_CONSTRAINT;
    default:
      return TOV_STORE_ERROR_IO;
    }
}

static gboolean
exec (TovStore   *self,
      const char *sql,
      GError    **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      tov_store_reset (stmt);
      return FALSE;
    }
  tov_store_reset (stmt);
  return TRUE;
}

/* Starts the savepoint of one write; a transaction of its own outside
 * tov_store_begin (). */
static gboolean
write_begin (TovStore *self,
             GError  **error)
{
  return exec (self, self->depth > 0 ? "SAVEPOINT tov_write" : "BEGIN IMMEDIATE", error);
}

static gboolean
write_end (TovStore *self,
           GError  **error)
{
  return exec (self, self->depth > 0 ? "RELEASE tov_write" : "COMMIT", error);
}

static void
write_abort (TovStore *self)
{
  if (sqlite3_get_autocommit (self->db))
    {
      /* SQLite rolled back on its own (disk full, I/O error) */
      self->depth = 0;
      return;
    }
  if (self->depth > 0)
    {
      exec (self, "ROLLBACK TO tov_write", NULL);
      exec (self, "RELEASE tov_write", NULL);
    }
  else
    exec (self, "ROLLBACK", NULL);
}

static void
wrote (TovStore   *self,
       const char *table,
       const char *id)
{
  if (self->depth > 0)
    self->dirty = TRUE;
  else
    g_signal_emit (self, signals[CHANGED], 0, table, id);
}

static gboolean
row_exists (TovStore           *self,
            const TovTableInfo *table,
            const char         *id,
            gboolean           *exists,
            GError            **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, table_sql (table)->exists, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *exists = rc == SQLITE_ROW;
  tov_store_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
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

static gboolean
check_references (TovStore    *self,
                  TovRecord   *record,
                  const char **column,
                  GError     **error)
{
  const TovTableInfo *table = tov_record_get_table (record);
  g_autofree char *family = NULL;

  if (!record_family (self, record, &family, column, error))
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
      if (!check_reference (self, record, info, target, value, family, column, error))
        return FALSE;
    }

  /* a scaling is given by a participant of the same meeting */
  if (g_str_equal (table->name, "scalings"))
    {
      const TovTableInfo *participants = tov_model_lookup_table ("meeting_participants");
      sqlite3_stmt *stmt = tov_store_prepare (self, table_sql (participants)->parent, error);
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
  GString *summary = g_string_new (NULL);

  for (guint c = 0; c < table->n_columns; c++)
    if (tov_record_get (record, table->columns[c].name) != NULL)
      g_string_append_printf (summary, "%s%s", summary->len > 0 ? ", " : "",
                              table->columns[c].name);
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

static gboolean
has_search_columns (const TovTableInfo *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].flags & TOV_COLUMN_FLAG_SEARCH)
      return TRUE;
  return FALSE;
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
  const TableSql *sql = table_sql (table);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *now = NULL;
  g_autofree char *summary = NULL;
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
      if (!row_exists (self, table, id, &exists, error))
        return FALSE;
      if (!exists && mode == WRITE_UPDATE)
        return refuse (error, column, "id", TOV_STORE_ERROR_NOT_FOUND,
                       _("There is no %s with the id %s; it may have been deleted."),
                       tov_table_get_label (table), id);
    }

  if (!check_references (self, record, column, error))
    return FALSE;

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
  else
    summary = set_columns (table, record);

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

  if (has_search_columns (table) &&
      !(exists ? tov_search_flush (self, error) : tov_search_index_new (self, table->name, id, error)))
    goto failed;
  if (!audit (self, now, exists ? "update" : "insert", table->name, id, summary, error))
    goto failed;
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
  wrote (self, table->name, id);
  return TRUE;

failed:
  write_abort (self);
  return FALSE;
}

static char *
staff_default (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && !g_str_equal (real, "Unknown"))
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static void
fold_function (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded = tov_fold_for_search (text);

  sqlite3_result_text (context, folded, -1, g_free);
}

static gboolean
pragma_text (sqlite3    *db,
             const char *sql,
             char      **value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *value = NULL;
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static gboolean
open_error (sqlite3    *db,
            const char *path,
            GError    **error)
{
  int rc = sqlite3_extended_errcode (db);
  TovStoreError code = code_for_sqlite (rc);

  if (code == TOV_STORE_ERROR_NOT_DATABASE)
    g_set_error (error, TOV_STORE_ERROR, code, _("“%s” is not a Tovholder database."), path);
  else if (code == TOV_STORE_ERROR_CORRUPT)
    g_set_error (error, TOV_STORE_ERROR, code,
                 _("The database “%s” is damaged; restore it from a backup."), path);
  else if (code == TOV_STORE_ERROR_BUSY)
    g_set_error (error, TOV_STORE_ERROR, code,
                 _("The database “%s” is in use by another program; try again."), path);
  else
    g_set_error (error, TOV_STORE_ERROR, code, _("Could not open the database “%s”: %s."),
                 path, sqlite3_errmsg (db));
  return FALSE;
}

/* Checks that the file is ours, undamaged and not from a newer Tovholder;
 * sets the pragmas of every connection. */
static gboolean
prepare_connection (sqlite3    *db,
                    const char *path,
                    int        *version,
                    GError    **error)
{
  g_autofree char *app_id = NULL;
  g_autofree char *user_version = NULL;
  g_autofree char *n_objects = NULL;
  g_autofree char *check = NULL;
  g_autofree char *journal = NULL;
  gint64 app = 0;

  sqlite3_busy_timeout (db, 5000);
  if (!pragma_text (db, "PRAGMA application_id", &app_id) ||
      !pragma_text (db, "PRAGMA user_version", &user_version) ||
      !pragma_text (db, "SELECT count(*) FROM sqlite_schema", &n_objects))
    return open_error (db, path, error);

  app = g_ascii_strtoll (app_id, NULL, 10);
  *version = (int) g_ascii_strtoll (user_version, NULL, 10);
  if (app != TOV_STORE_APPLICATION_ID && (app != 0 || !g_str_equal (n_objects, "0") || *version != 0))
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Tovholder database."), path);
      return FALSE;
    }
  if (*version > TOV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_VERSION,
                   _("The database “%s” was written by a newer version of Tovholder; "
                     "update Tovholder to open it."), path);
      return FALSE;
    }
  if (!pragma_text (db, "PRAGMA quick_check", &check))
    return open_error (db, path, error);
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s); restore it from a backup."), path, check);
      return FALSE;
    }

  if (!pragma_text (db, "PRAGMA journal_mode = WAL", &journal) ||
      sqlite3_exec (db,
                    "PRAGMA synchronous = FULL;"
                    "PRAGMA foreign_keys = ON;"
                    "PRAGMA secure_delete = ON;"
                    "PRAGMA trusted_schema = OFF;"
                    /* savepoint journals in memory, a cache for a large import */
                    "PRAGMA temp_store = MEMORY;"
                    "PRAGMA cache_size = -32768;",
                    NULL, NULL, NULL) != SQLITE_OK)
    return open_error (db, path, error);

  sqlite3_create_function (db, "tov_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, fold_function, NULL, NULL);
  return TRUE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tov_store_finalize (GObject *object)
{
  TovStore *self = (TovStore *)object;

  if (self->depth > 0)
    g_warning ("Store closed inside a transaction; rolling back");
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->staff, g_free);

  G_OBJECT_CLASS (tov_store_parent_class)->finalize (object);
}

static void
tov_store_class_init (TovStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_store_finalize;

  /**
   * TovStore::changed:
   * @table: (nullable): the table written, or %NULL after a transaction
   * @id: (nullable): the row written, or %NULL after a transaction
   *
   * Emitted after each write outside a transaction, and once after
   * tov_store_commit () of a transaction that wrote anything.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                   G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                                   G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
tov_store_init (TovStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->staff = staff_default ();
}

/* Internal API shared with the other units of the store. */

/**
 * tov_store_prepare:
 * @sql: a string that lives as long as the program (a literal or the
 *   model's SQL built by table_sql ()): statements are cached by address
 *
 * Returns: (transfer none): the prepared statement, reset and unbound after
 * use by tov_store_reset ().
 */
sqlite3_stmt *
tov_store_prepare (TovStore   *self,
                   const char *sql,
                   GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    return stmt;
  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
tov_store_reset (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Always returns FALSE, for "return tov_store_set_sql_error (...)". */
gboolean
tov_store_set_sql_error (TovStore *self,
                         GError  **error)
{
  int rc = sqlite3_extended_errcode (self->db);
  TovStoreError code = code_for_sqlite (rc);

  if (code == TOV_STORE_ERROR_BUSY)
    g_set_error (error, TOV_STORE_ERROR, code,
                 _("The database is busy with another program; try again."));
  else if (code == TOV_STORE_ERROR_CORRUPT)
    g_set_error (error, TOV_STORE_ERROR, code,
                 _("The database is damaged: %s. Restore it from a backup."), sqlite3_errmsg (self->db));
  else
    g_set_error (error, TOV_STORE_ERROR, code, _("The database could not be read or written: %s."),
                 sqlite3_errmsg (self->db));
  return FALSE;
}

/**
 * tov_store_family_of:
 * @found: (out): whether the row exists
 *
 * Returns: (transfer full) (nullable): the id of the family the row @id of
 * @table belongs to, following parent columns; %NULL for an actor or a row
 * that does not exist (then @found is %FALSE), or on error.
 */
char *
tov_store_family_of (TovStore           *self,
                     const TovTableInfo *table,
                     const char         *id,
                     gboolean           *found,
                     GError            **error)
{
  g_autofree char *current = g_strdup (id);

  *found = FALSE;
  for (const TovTableInfo *t = table; t != NULL;)
    {
      const TableSql *sql = table_sql (t);
      const TovColumnInfo *parent = tov_table_get_parent_column (t);
      sqlite3_stmt *stmt;
      int rc;

      if (parent == NULL)
        {
          gboolean exists = FALSE;

          if (!row_exists (self, t, current, &exists, error))
            return NULL;
          *found = exists;
          return exists && g_str_equal (t->name, "families") ? g_steal_pointer (&current) : NULL;
        }
      stmt = tov_store_prepare (self, sql->parent, error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, current, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          tov_store_reset (stmt);
          if (rc != SQLITE_DONE)
            tov_store_set_sql_error (self, error);
          return NULL;
        }
      g_free (current);
      current = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      tov_store_reset (stmt);
      t = tov_model_lookup_table (parent->references);
      if (g_str_equal (t->name, "families"))
        {
          /* the foreign key guarantees the family exists */
          *found = TRUE;
          return g_steal_pointer (&current);
        }
    }
  g_assert_not_reached ();
}

/* Public API */

/**
 * tov_store_open:
 * @path: a file name, created with its folder if missing, or ":memory:"
 *
 * Opens (or creates) a database, checks it is a Tovholder database that is
 * not damaged nor written by a newer version, and brings its schema up to
 * date.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 * (%TOV_STORE_ERROR_NOT_DATABASE, %TOV_STORE_ERROR_VERSION,
 * %TOV_STORE_ERROR_CORRUPT, %TOV_STORE_ERROR_IO, %TOV_STORE_ERROR_BUSY).
 */
TovStore *
tov_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(TovStore) self = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_str_equal (path, ":memory:"))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO,
                       _("Could not create the folder “%s”: %s."), dir, g_strerror (saved));
          return NULL;
        }
    }

  self = g_object_new (TOV_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      if (self->db == NULL)
        {
          g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO,
                       _("Could not open the database “%s”."), path);
          return NULL;
        }
      open_error (self->db, path, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);

  if (!prepare_connection (self->db, path, &version, error) ||
      !tov_migrations_run (self->db, &version, error))
    return NULL;
  self->schema_version = version;
  return g_steal_pointer (&self);
}

const char *
tov_store_get_path (TovStore *self)
{
  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  return self->path;
}

int
tov_store_get_schema_version (TovStore *self)
{
  g_return_val_if_fail (TOV_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * tov_store_get_staff:
 *
 * Returns: who the audit log records as making the changes; by default the
 * user's real name, or their user name.
 */
const char *
tov_store_get_staff (TovStore *self)
{
  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  return self->staff;
}

void
tov_store_set_staff (TovStore   *self,
                     const char *staff)
{
  g_return_if_fail (TOV_IS_STORE (self));

  g_free (self->staff);
  self->staff = staff != NULL && *staff != '\0' ? g_strdup (staff) : staff_default ();
}

/**
 * tov_store_begin:
 *
 * Starts a transaction: one per user action, or around an import. Writes
 * inside it emit no "changed" signal; tov_store_commit () emits one with
 * %NULL table and id. Calls nest: a begin inside a transaction opens a
 * savepoint, which the matching commit releases and the matching rollback
 * undoes alone; only the outermost commit writes to the file.
 */
gboolean
tov_store_begin (TovStore *self,
                 GError  **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);

  if (!exec (self, self->depth > 0 ? "SAVEPOINT tov_nested" : "BEGIN IMMEDIATE", error))
    return FALSE;
  if (self->depth == 0)
    self->dirty = FALSE;
  self->depth++;
  return TRUE;
}

gboolean
tov_store_commit (TovStore *self,
                  GError  **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      if (!exec (self, "RELEASE tov_nested", error))
        return FALSE;
      self->depth--;
      return TRUE;
    }
  if (!exec (self, "COMMIT", error))
    {
      if (sqlite3_get_autocommit (self->db))
        self->depth = 0;
      return FALSE;
    }
  self->depth = 0;
  if (self->dirty)
    {
      self->dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0, NULL, NULL);
    }
  return TRUE;
}

/**
 * tov_store_rollback:
 *
 * Undoes everything since the matching tov_store_begin ().
 */
void
tov_store_rollback (TovStore *self)
{
  g_return_if_fail (TOV_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth > 1)
    {
      exec (self, "ROLLBACK TO tov_nested", NULL);
      exec (self, "RELEASE tov_nested", NULL);
      self->depth--;
      return;
    }
  if (!sqlite3_get_autocommit (self->db))
    exec (self, "ROLLBACK", NULL);
  self->depth = 0;
  self->dirty = FALSE;
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

  if (!row_exists (self, info, id, &exists, error))
    return FALSE;
  if (!exists)
    return refuse (error, NULL, NULL, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no %s with the id %s; it may have been deleted already."),
                   tov_table_get_label (info), id);

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
  if (!write_begin (self, error))
    return FALSE;
  stmt = tov_store_prepare (self, table_sql (info)->remove, error);
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
  if (!tov_search_flush (self, error) ||
      !audit (self, now, "delete", info->name, id, NULL, error) ||
      !write_end (self, error))
    goto failed;
  wrote (self, info->name, id);
  return TRUE;

failed:
  write_abort (self);
  return FALSE;
}
