/* tov-store-query.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-store-private.h"

/*
 * The reads of TovStore: rows as records, the family list with its summary
 * figures, resolving a family by name, and the integrity check.
 */

/* ?1 today, ?2 the birth date of someone turning 18 today, ?3 today + 30 days */
#define SUMMARY_SQL \
  "SELECT f.id, f.name, f.status, f.enrolled_on," \
  " (SELECT a.name FROM engagements e JOIN actors a ON a.id = e.actor_id" \
  "  WHERE e.family_id = f.id AND e.coordinator = 1 AND e.to_date IS NULL LIMIT 1)," \
  " (SELECT count(*) FROM persons p WHERE p.family_id = f.id)," \
  " (SELECT count(*) FROM agreements g" \
  "  WHERE g.family_id = f.id AND g.status = 'open' AND g.due_on < ?1)," \
  " (SELECT count(*) FROM persons p" \
  "  WHERE p.family_id = f.id AND (p.household_role <> 'child' OR p.birth_date <= ?2)" \
  "  AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id" \
  "                  AND c.withdrawn_on IS NULL AND c.given_on <= ?1" \
  "                  AND (c.expires_on IS NULL OR c.expires_on > ?3)))" \
  " FROM families f "

static const char summary_all_sql[] = SUMMARY_SQL "ORDER BY f.name, f.id";
static const char summary_one_sql[] = SUMMARY_SQL "WHERE f.id = ?4";

#define CONSENT_WARNING_DAYS 30

typedef struct
{
  const TovTableInfo *table;
  const char         *column;
  char               *sql;
} ListSql;

static const char *
list_sql (const TovTableInfo *table,
          const char         *column)
{
  static GMutex lock;
  static GHashTable *cache = NULL; /* "table column" -> ListSql, for the program's life */
  g_autofree char *key = g_strconcat (table->name, " ", column != NULL ? column : "", NULL);
  ListSql *entry;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);
  entry = g_hash_table_lookup (cache, key);
  if (entry == NULL)
    {
      GString *sql = g_string_new ("SELECT id, created_at, updated_at");

      for (guint c = 0; c < table->n_columns; c++)
        g_string_append_printf (sql, ", %s", table->columns[c].name);
      g_string_append_printf (sql, " FROM %s", table->name);
      if (column != NULL)
        g_string_append_printf (sql, " WHERE %s = ?1", column);
      g_string_append_printf (sql, " ORDER BY %s", table->order_by);

      entry = g_new0 (ListSql, 1);
      entry->table = table;
      entry->sql = g_string_free (sql, FALSE);
      g_hash_table_insert (cache, g_steal_pointer (&key), entry);
    }
  g_mutex_unlock (&lock);
  return entry->sql;
}

static TovRecord *
record_from_row (const TovTableInfo *table,
                 sqlite3_stmt       *stmt)
{
  TovRecord *record = tov_record_new_for_table (table);
  static const char * const implicit[] = { "id", "created_at", "updated_at" };

  for (guint i = 0; i < G_N_ELEMENTS (implicit); i++)
    tov_record_set (record, implicit[i], (const char *) sqlite3_column_text (stmt, i));
  for (guint c = 0; c < table->n_columns; c++)
    tov_record_set (record, table->columns[c].name, (const char *) sqlite3_column_text (stmt, c + 3));
  return record;
}

static void
summary_dates (char **today,
               char **adult,
               char **soon)
{
  g_autoptr(GDate) date = NULL;
  char buf[16];

  *today = tov_date_today ();
  date = tov_date_parse (*today);
  g_date_subtract_years (date, 18);
  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date);
  *adult = g_strdup (buf);
  g_date_add_years (date, 18);
  g_date_add_days (date, CONSENT_WARNING_DAYS);
  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", date);
  *soon = g_strdup (buf);
}

/* Internal API */

/**
 * tov_store_prepare_summary:
 * @one: for one family (bind its id to ?4) rather than all
 *
 * Returns: (transfer none): the family summary statement, dates bound.
 */
sqlite3_stmt *
tov_store_prepare_summary (TovStore *self,
                           gboolean  one,
                           GError  **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, one ? summary_one_sql : summary_all_sql, error);
  char *today, *adult, *soon;

  if (stmt == NULL)
    return NULL;
  summary_dates (&today, &adult, &soon);
  sqlite3_bind_text (stmt, 1, today, -1, g_free);
  sqlite3_bind_text (stmt, 2, adult, -1, g_free);
  sqlite3_bind_text (stmt, 3, soon, -1, g_free);
  return stmt;
}

TovFamily *
tov_store_family_summary (TovStore     *self,
                          sqlite3_stmt *stmt)
{
  TovFamily *family = tov_family_new ((const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1));

  tov_family_set_status (family, (const char *) sqlite3_column_text (stmt, 2));
  tov_family_set_enrolled_on (family, (const char *) sqlite3_column_text (stmt, 3));
  tov_family_set_coordinator (family, (const char *) sqlite3_column_text (stmt, 4));
  tov_family_set_member_count (family, sqlite3_column_int (stmt, 5));
  tov_family_set_overdue_count (family, sqlite3_column_int (stmt, 6));
  tov_family_set_consent_problems (family, sqlite3_column_int (stmt, 7));
  return family;
}

/* Public API */

/**
 * tov_store_get:
 *
 * Returns: (transfer full): the row, or %NULL with %TOV_STORE_ERROR_NOT_FOUND.
 */
TovRecord *
tov_store_get (TovStore   *self,
               const char *table,
               const char *id,
               GError    **error)
{
  const TovTableInfo *info;
  sqlite3_stmt *stmt;
  TovRecord *record = NULL;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  info = tov_model_lookup_table (table);
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = tov_store_prepare (self, list_sql (info, "id"), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = record_from_row (info, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                 _("There is no %s with the id %s; it may have been deleted."),
                 tov_table_get_label (info), id);
  else
    tov_store_set_sql_error (self, error);
  tov_store_reset (stmt);
  return record;
}

/**
 * tov_store_list:
 * @column: (nullable): a column of @table to filter on, or %NULL for all rows
 * @value: the value @column must have
 *
 * Returns: (transfer full) (element-type TovRecord): the rows in the
 * table's order, or %NULL on error.
 */
GPtrArray *
tov_store_list (TovStore   *self,
                const char *table,
                const char *column,
                const char *value,
                GError    **error)
{
  const TovTableInfo *info;
  g_autoptr(GPtrArray) records = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  info = tov_model_lookup_table (table);
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (column == NULL || g_str_equal (column, "id") ||
                        tov_table_lookup_column (info, column) != NULL, NULL);

  stmt = tov_store_prepare (self, list_sql (info, column), error);
  if (stmt == NULL)
    return NULL;
  if (column != NULL)
    sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
  records = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, record_from_row (info, stmt));
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * tov_store_list_families:
 *
 * Returns: (transfer full): every family as a #TovFamily, by name, with its
 * status, coordinator, enrolment date, number of members, overdue open
 * agreements and consent problems (adults with no valid consent, or one
 * that expires within 30 days).
 */
GListModel *
tov_store_list_families (TovStore *self,
                         GError  **error)
{
  g_autoptr(GListStore) families = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  stmt = tov_store_prepare_summary (self, FALSE, error);
  if (stmt == NULL)
    return NULL;
  families = g_list_store_new (TOV_TYPE_FAMILY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TovFamily) family = tov_store_family_summary (self, stmt);
      g_list_store_append (families, family);
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&families));
}

/**
 * tov_store_resolve_family:
 * @id_or_name: a family's id, or its name (case does not matter)
 *
 * Returns: (transfer full): the family's id, or %NULL with
 * %TOV_STORE_ERROR_NOT_FOUND when there is no such family or several have
 * that name.
 */
char *
tov_store_resolve_family (TovStore   *self,
                          const char *id_or_name,
                          GError    **error)
{
  static const char by_name_sql[] = "SELECT id, name FROM families ORDER BY name, id";
  g_autofree char *wanted = NULL;
  g_autofree char *found = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);

  if (g_uuid_string_is_valid (id_or_name))
    {
      gboolean exists = FALSE;
      g_autofree char *family = tov_store_family_of (self, tov_model_lookup_table ("families"),
                                                     id_or_name, &exists, error);
      if (exists)
        return g_steal_pointer (&family);
      if (error != NULL && *error != NULL)
        return NULL;
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no family with the id %s."), id_or_name);
      return NULL;
    }

  {
    g_autofree char *stripped = g_strstrip (g_strdup (id_or_name));
    g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFC);
    wanted = g_utf8_casefold (normal != NULL ? normal : "", -1);
  }
  stmt = tov_store_prepare (self, by_name_sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *normal = g_utf8_normalize ((const char *) sqlite3_column_text (stmt, 1), -1,
                                                  G_NORMALIZE_NFC);
      g_autofree char *name = g_utf8_casefold (normal != NULL ? normal : "", -1);

      if (g_str_equal (name, wanted) && n++ == 0)
        found = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  if (n == 0)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no family called “%s”."), id_or_name);
      return NULL;
    }
  if (n > 1)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                   /* Translators: %u is the number of families (always 2 or more), %s the name */
                   ngettext ("%u family is called “%s”; use the id.",
                             "%u families are called “%s”; use the id.", n), n, id_or_name);
      return NULL;
    }
  return g_steal_pointer (&found);
}

static gboolean
collect (TovStore   *self,
         const char *sql,
         GPtrArray  *problems,
         char     *(*describe) (sqlite3_stmt *stmt),
         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return tov_store_set_sql_error (self, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *problem = describe (stmt);
      if (problem != NULL)
        g_ptr_array_add (problems, problem);
    }
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

static char *
describe_integrity (sqlite3_stmt *stmt)
{
  const char *text = (const char *) sqlite3_column_text (stmt, 0);

  if (g_strcmp0 (text, "ok") == 0)
    return NULL;
  return g_strdup_printf (_("The database file is damaged: %s"), text);
}

static char *
describe_foreign_key (sqlite3_stmt *stmt)
{
  const TovTableInfo *table = tov_model_lookup_table ((const char *) sqlite3_column_text (stmt, 0));
  const TovTableInfo *parent = tov_model_lookup_table ((const char *) sqlite3_column_text (stmt, 2));

  return g_strdup_printf (_("A %s (row %lld) refers to a %s that does not exist."),
                          table != NULL ? tov_table_get_label (table)
                                        : (const char *) sqlite3_column_text (stmt, 0),
                          (long long) sqlite3_column_int64 (stmt, 1),
                          parent != NULL ? tov_table_get_label (parent)
                                         : (const char *) sqlite3_column_text (stmt, 2));
}

static char *
describe_translation (sqlite3_stmt *stmt)
{
  const TovTableInfo *table = tov_model_lookup_table ((const char *) sqlite3_column_text (stmt, 1));

  return g_strdup_printf (_("The translation %s is of a %s that does not exist (%s)."),
                          (const char *) sqlite3_column_text (stmt, 0),
                          table != NULL ? tov_table_get_label (table) : "?",
                          (const char *) sqlite3_column_text (stmt, 2));
}

static char *
describe_search (sqlite3_stmt *stmt)
{
  if (sqlite3_column_int64 (stmt, 0) == sqlite3_column_int64 (stmt, 1))
    return NULL;
  return g_strdup (_("The search index is out of date."));
}

/**
 * tov_store_check:
 * @problems: (out) (transfer full) (element-type utf8): what is wrong, one
 *   sentence each; empty when all is well
 *
 * Checks the file's integrity, every foreign key, translations of rows
 * that no longer exist and the search index.
 *
 * Returns: %FALSE with @error set only if the check itself could not run.
 */
gboolean
tov_store_check (TovStore   *self,
                 GPtrArray **problems,
                 GError    **error)
{
  g_autoptr(GPtrArray) found = NULL;
  const TovTableInfo *translations;
  const TovColumnInfo *source;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  found = g_ptr_array_new_with_free_func (g_free);
  if (!collect (self, "PRAGMA integrity_check", found, describe_integrity, error) ||
      !collect (self, "PRAGMA foreign_key_check", found, describe_foreign_key, error))
    return FALSE;

  translations = tov_model_lookup_table ("translations");
  source = tov_table_lookup_column (translations, "source_table");
  for (guint i = 0; source->values[i] != NULL; i++)
    {
      g_autofree char *sql = NULL;

      /* table names from the model only */
      g_assert (tov_model_lookup_table (source->values[i]) != NULL);
      sql = g_strdup_printf ("SELECT t.id, t.source_table, t.source_id FROM translations t "
                             "WHERE t.source_table = '%s' AND NOT EXISTS "
                             "(SELECT 1 FROM %s s WHERE s.id = t.source_id)",
                             source->values[i], source->values[i]);
      if (!collect (self, sql, found, describe_translation, error))
        return FALSE;
    }

  if (!collect (self,
                "SELECT (SELECT count(*) FROM search_rows), (SELECT count(*) FROM search)",
                found, describe_search, error))
    return FALSE;
  rc = sqlite3_exec (self->db, "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) != SQLITE_CORRUPT)
        return tov_store_set_sql_error (self, error);
      g_ptr_array_add (found, g_strdup (_("The search index is damaged.")));
    }

  *problems = g_steal_pointer (&found);
  return TRUE;
}
