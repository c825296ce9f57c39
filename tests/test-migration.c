/* test-migration.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tov-store-private.h"
#include "tov-test-util.h"

#define TOVHOLDER_FILE_ID 0x546F7648

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-migration-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "v1.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* A database as the first version of Tovholder wrote it: only 001-initial.sql. */
static void
make_v1 (const char *path,
         const char *extra_sql)
{
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");
  g_autofree char *file = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pragmas = NULL;
  sqlite3 *db = NULL;

  g_assert_nonnull (datadir);
  file = g_build_filename (datadir, "schema", "001-initial.sql", NULL);
  g_file_get_contents (file, &sql, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec (db, "PRAGMA foreign_keys = ON; BEGIN");
  exec (db, sql);
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1", TOVHOLDER_FILE_ID);
  exec (db, pragmas);
  exec (db,
        "INSERT INTO families (id, created_at, updated_at, name, status) VALUES "
        " ('11111111-1111-4111-8111-111111111111', '2023-01-01T00:00:00Z', "
        "  '2023-01-01T00:00:00Z', 'Østergård', 'active');"
        "INSERT INTO persons (id, created_at, updated_at, family_id, given_name, family_name, "
        " household_role) VALUES ('22222222-2222-4222-8222-222222222222', '2023-01-01T00:00:00Z', "
        " '2023-01-01T00:00:00Z', '11111111-1111-4111-8111-111111111111', 'فاطمة', 'Østergård', "
        " 'mother');"
        "INSERT INTO actors (id, created_at, updated_at, name, sector) VALUES "
        " ('33333333-3333-4333-8333-333333333333', '2023-01-01T00:00:00Z', "
        "  '2023-01-01T00:00:00Z', 'Søren Lærer', 'school');"
        "INSERT INTO engagements (id, created_at, updated_at, family_id, actor_id, ring, from_date)"
        " VALUES ('44444444-4444-4444-8444-444444444444', '2023-01-01T00:00:00Z', "
        " '2023-01-01T00:00:00Z', '11111111-1111-4111-8111-111111111111', "
        " '33333333-3333-4333-8333-333333333333', 'peripheral', '2023-01-01');");
  if (extra_sql != NULL)
    exec (db, extra_sql);
  exec (db, "COMMIT");
  sqlite3_close (db);
}

static char *
first_match (TovStore   *store,
             const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = tov_store_search (store, query, 10, &error);
  g_autoptr(TovFamily) family = NULL;

  g_assert_no_error (error);
  if (g_list_model_get_n_items (found) == 0)
    return NULL;
  family = g_list_model_get_item (found, 0);
  return g_strdup_printf ("%s/%s", tov_family_get_name (family),
                          tov_family_get_match (family) ? tov_family_get_match (family) : "");
}

static void
test_upgrade (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  TovStore *store;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  make_v1 (f->path, NULL);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 1);

  store = tov_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tov_store_get_schema_version (store), ==, TOV_STORE_SCHEMA_VERSION);

  a = first_match (store, "ostergaard");
  b = first_match (store, "فاطمه");
  c = first_match (store, "soren");
  g_assert_cmpstr (a, ==, "Østergård/");
  g_assert_cmpstr (b, ==, "Østergård/فاطمة Østergård");
  g_assert_cmpstr (c, ==, "Østergård/Søren Lærer");

  /* the search triggers of the upgraded file follow new writes and changes */
  {
    g_autoptr(TovRecord) person = tov_store_get (store, "persons", "22222222-2222-4222-8222-222222222222", &error);
    g_autoptr(TovRecord) child = tov_record_new_for_table (tov_model_lookup_table ("persons"));
    g_autofree char *renamed = NULL;
    g_autofree char *old = NULL;
    g_autofree char *added = NULL;

    g_assert_no_error (error);
    tov_record_set (person, "given_name", "Amina");
    g_assert_true (tov_store_update (store, person, NULL, &error));
    g_assert_no_error (error);
    tov_record_set (child, "family_id", "11111111-1111-4111-8111-111111111111");
    tov_record_set (child, "given_name", "Yusuf");
    tov_record_set (child, "household_role", "child");
    g_assert_true (tov_store_insert (store, child, NULL, &error));
    g_assert_no_error (error);

    renamed = first_match (store, "amina");
    old = first_match (store, "فاطمه");
    added = first_match (store, "yusuf");
    g_assert_cmpstr (renamed, ==, "Østergård/Amina Østergård");
    g_assert_null (old);
    g_assert_cmpstr (added, ==, "Østergård/Yusuf");
  }

  g_assert_true (tov_store_check (store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_finalize_object (store);

  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, TOV_STORE_SCHEMA_VERSION);
  /* and opening again runs nothing */
  store = tov_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tov_store_get_schema_version (store), ==, TOV_STORE_SCHEMA_VERSION);
  g_assert_finalize_object (store);
}

static void
test_failing_migration (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TovStore *store;

  /* something in the way of migration 2 */
  make_v1 (f->path, "CREATE TABLE search_rows (whatever TEXT);");

  store = tov_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_true (error->domain == TOV_STORE_ERROR);
  g_test_message ("%s", error->message);

  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'search'"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                       "AND name LIKE '%search%'"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM families"), ==, 1);
}

static void
test_new_file (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TovStore *store;

  /* an empty file is a new database */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = tov_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tov_store_get_schema_version (store), ==, TOV_STORE_SCHEMA_VERSION);
  g_assert_finalize_object (store);
  g_assert_cmpint (query_int (f->path, "PRAGMA application_id"), ==, TOVHOLDER_FILE_ID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/tov/migration/upgrade", Fixture, NULL, fixture_set_up, test_upgrade, fixture_tear_down);
  g_test_add ("/tov/migration/failing", Fixture, NULL, fixture_set_up, test_failing_migration,
              fixture_tear_down);
  g_test_add ("/tov/migration/new-file", Fixture, NULL, fixture_set_up, test_new_file,
              fixture_tear_down);

  return g_test_run ();
}
