/* tov-migrations.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-schema-resources.h"
#include "tov-store-private.h"

/*
 * The schema as a list of SQL files (data/schema/NNN-*.sql, embedded as
 * resources). The database's PRAGMA user_version is the number of the last
 * one run; opening a database runs the newer ones, each in its own
 * transaction that also sets user_version, so a failing migration leaves the
 * file exactly as it was.
 */

#define SCHEMA_PREFIX "/dk/tovholder/Tovholder/schema/"

static const char * const migrations[] = {
  NULL,                   /* version 0: an empty file */
  "001-initial.sql",
  "002-search.sql",
  "003-plan-versions.sql",
  "004-search-source.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == TOV_STORE_SCHEMA_VERSION + 1);

static void
register_resources (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      tov_schema_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

static int
get_user_version (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  return version;
}

/**
 * tov_migrations_run_one:
 *
 * Runs migration @number in a transaction and sets user_version to it; on
 * failure rolls back, leaving the file unchanged.
 */
gboolean
tov_migrations_run_one (sqlite3 *db,
                        int      number,
                        GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *pragmas = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  char *message = NULL;

  g_assert (number > 0 && number < (int) G_N_ELEMENTS (migrations));

  register_resources ();
  path = g_strconcat (SCHEMA_PREFIX, migrations[number], NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_error ("Migration %s is not built in: %s", migrations[number], local_error->message);

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message) != SQLITE_OK)
    goto failed;
  /* the resource data is NUL-terminated */
  if (sqlite3_exec (db, g_bytes_get_data (bytes, NULL), NULL, NULL, &message) != SQLITE_OK)
    goto failed;
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                             TOV_STORE_APPLICATION_ID, number);
  if (sqlite3_exec (db, pragmas, NULL, NULL, &message) != SQLITE_OK ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, &message) != SQLITE_OK)
    goto failed;
  g_debug ("Database upgraded to version %d", number);
  return TRUE;

failed:
  {
    int code = sqlite3_extended_errcode (db);
    TovStoreError store_code = TOV_STORE_ERROR_CORRUPT;

    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
      store_code = TOV_STORE_ERROR_BUSY;
    else if ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_FULL ||
             (code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN)
      store_code = TOV_STORE_ERROR_IO;

    g_set_error (error, TOV_STORE_ERROR, store_code,
                 _("Could not bring the database up to date (step %d): %s. The file is unchanged."),
                 number, message != NULL ? message : sqlite3_errmsg (db));
    sqlite3_free (message);
    if (!sqlite3_get_autocommit (db))
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    return FALSE;
  }
}

/**
 * tov_migrations_run:
 * @version: (inout): the database's version; the new one on return
 *
 * Runs every migration newer than @version. The caller has refused a
 * version newer than TOV_STORE_SCHEMA_VERSION.
 */
gboolean
tov_migrations_run (sqlite3 *db,
                    int     *version,
                    GError **error)
{
  g_assert (*version >= 0 && *version <= TOV_STORE_SCHEMA_VERSION);

  for (int n = *version + 1; n <= TOV_STORE_SCHEMA_VERSION; n++)
    {
      if (!tov_migrations_run_one (db, n, error))
        return FALSE;
      *version = n;
    }
  g_assert (get_user_version (db) == *version);
  return TRUE;
}
