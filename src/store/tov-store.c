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
 * migrations) and transactions. Writes are in tov-store-write.c, reads in
 * tov-store-query.c, search in tov-search.c, the schema in
 * tov-migrations.c and data/schema/.
 *
 * Every write validates the record against the model, checks its references
 * (that they exist and stay inside one family), then runs in a savepoint of
 * its own together with its audit row and the search index update, so a
 * refused write leaves nothing behind, even inside a caller's transaction.
 *
 * SQL is built only from the model's table and column names, once per table,
 * and prepared once per connection; values are always bound.
 */

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TovStore, tov_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (tov-store-error-quark, tov_store_error)

const TableSql *
tov_store_table_sql (const TovTableInfo *table)
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
          sql[t].last_rowid = g_strdup_printf ("SELECT coalesce (max (rowid), 0) FROM %s", info->name);
          /* the columns set, as tov-store-write.c's set_columns () names them */
          g_string_truncate (cols, 0);
          for (guint c = 0; c < info->n_columns; c++)
            g_string_append_printf (cols, "%s(CASE WHEN %s IS NULL THEN '' ELSE ', %s' END)",
                                    c > 0 ? " || " : "", info->columns[c].name, info->columns[c].name);
          sql[t].audit_new = g_strdup_printf ("INSERT INTO audit_log (at, staff, action, table_name, row_id, summary) "
                                              "SELECT ?1, ?2, 'insert', '%s', id, substr (%s, 3) FROM %s "
                                              "WHERE rowid > ?3 ORDER BY rowid",
                                              info->name, info->n_columns > 0 ? cols->str : "''", info->name);
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

gboolean
tov_store_exec (TovStore   *self,
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
                    "PRAGMA cache_size = " TOV_STORE_CACHE_SIZE ";",
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
  g_clear_pointer (&self->families, g_hash_table_unref);
  g_clear_pointer (&self->bulk_rowids, g_free);
  g_clear_pointer (&self->bulk_written, g_free);
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

void
tov_store_emit_changed (TovStore   *self,
                        const char *table,
                        const char *id)
{
  g_signal_emit (self, signals[CHANGED], 0, table, id);
}


/**
 * tov_store_prepare:
 * @sql: a string that lives as long as the program (a literal or the
 *   model's SQL built by tov_store_table_sql ()): statements are cached by address
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

/* Runs @sql (prepared once), which returns one integer. */
gboolean
tov_store_query_int64 (TovStore   *self,
                       const char *sql,
                       gint64     *value,
                       GError    **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  tov_store_reset (stmt);
  if (rc != SQLITE_ROW)
    return tov_store_set_sql_error (self, error);
  return TRUE;
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

gboolean
tov_store_row_exists (TovStore           *self,
                      const TovTableInfo *table,
                      const char         *id,
                      gboolean           *exists,
                      GError            **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, tov_store_table_sql (table)->exists, error);
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

/* The family of a row, remembered for the length of a bulk transaction: an
 * import checks each row's parent and references, mostly rows it has just
 * written, and would otherwise walk up the parent chain in SQL for each. */
typedef struct
{
  const TovTableInfo *table;
  char               *family;   /* NULL for an actor */
} FamilyOf;

static void
family_of_free (gpointer data)
{
  FamilyOf *entry = data;

  g_free (entry->family);
  g_free (entry);
}

void
tov_store_remember_family (TovStore           *self,
                           const TovTableInfo *table,
                           const char         *id,
                           const char         *family)
{
  FamilyOf *entry;

  if (!self->bulk)
    return;
  if (self->families == NULL)
    self->families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, family_of_free);
  entry = g_new (FamilyOf, 1);
  entry->table = table;
  entry->family = g_strdup (family);
  g_hash_table_replace (self->families, g_strdup (id), entry);
}

static FamilyOf *
lookup_family (TovStore           *self,
               const TovTableInfo *table,
               const char         *id)
{
  FamilyOf *entry;

  if (!self->bulk || self->families == NULL || id == NULL)
    return NULL;
  entry = g_hash_table_lookup (self->families, id);
  return entry != NULL && entry->table == table ? entry : NULL;
}

/* Whether the row is known to exist without asking the database. */
gboolean
tov_store_known_row (TovStore           *self,
                     const TovTableInfo *table,
                     const char         *id)
{
  return lookup_family (self, table, id) != NULL;
}

/* After a delete, a row moved to another family, a rollback or the commit. */
void
tov_store_forget_families (TovStore *self)
{
  if (self->bulk)
    self->bulk_forgot = TRUE;
  g_clear_pointer (&self->families, g_hash_table_unref);
}

/**
 * tov_store_family_of:
 * @found: (out): whether the row exists
 *
 * Returns: (transfer full) (nullable): the id of the family the row @id of
 * @table belongs to, following parent columns; %NULL for an actor or a row
 * that does not exist (then @found is %FALSE), or on error.
 */
static char *family_of_sql (TovStore           *self,
                            const TovTableInfo *table,
                            const char         *id,
                            gboolean           *found,
                            GError            **error);

char *
tov_store_family_of (TovStore           *self,
                     const TovTableInfo *table,
                     const char         *id,
                     gboolean           *found,
                     GError            **error)
{
  FamilyOf *known = lookup_family (self, table, id);
  char *family;

  if (known != NULL)
    {
      *found = TRUE;
      return g_strdup (known->family);
    }
  family = family_of_sql (self, table, id, found, error);
  if (*found)
    tov_store_remember_family (self, table, id, family);
  return family;
}

static char *
family_of_sql (TovStore           *self,
               const TovTableInfo *table,
               const char         *id,
               gboolean           *found,
               GError            **error)
{
  g_autofree char *current = g_strdup (id);

  *found = FALSE;
  for (const TovTableInfo *t = table; t != NULL;)
    {
      const TableSql *sql = tov_store_table_sql (t);
      const TovColumnInfo *parent = tov_table_get_parent_column (t);
      sqlite3_stmt *stmt;
      int rc;

      if (parent == NULL)
        {
          gboolean exists = FALSE;

          if (!tov_store_row_exists (self, t, current, &exists, error))
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

  tov_store_bulk_register (self);
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

  if (!tov_store_exec (self, self->depth > 0 ? "SAVEPOINT tov_nested" : "BEGIN IMMEDIATE", error))
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
      if (!tov_store_exec (self, "RELEASE tov_nested", error))
        return FALSE;
      self->depth--;
      return TRUE;
    }
  if (self->bulk_failed)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO,
                   _("A write failed during the transaction; nothing was saved."));
      return FALSE;
    }
  if (self->bulk)
    {
      g_autofree char *now = tov_timestamp_now ();

      if (!tov_store_bulk_finish (self, now, error))
        return FALSE;
    }
  if (!tov_store_exec (self, "COMMIT", error))
    {
      if (sqlite3_get_autocommit (self->db))
        {
          self->depth = 0;
          tov_store_bulk_end (self);
        }
      return FALSE;
    }
  self->depth = 0;
  tov_store_bulk_end (self);
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
      tov_store_exec (self, "ROLLBACK TO tov_nested", NULL);
      tov_store_exec (self, "RELEASE tov_nested", NULL);
      tov_store_forget_families (self);
      self->depth--;
      return;
    }
  if (!sqlite3_get_autocommit (self->db))
    tov_store_exec (self, "ROLLBACK", NULL);
  self->depth = 0;
  self->dirty = FALSE;
  tov_store_bulk_end (self);
}

