/* tov-test-util.h: small helpers the tests share
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdarg.h>

#include <glib/gstdio.h>

#include "tov-store.h"

/* Inserts a row of @table with the NULL-terminated column/value pairs that
 * follow; aborts the test, naming the column, if the store refuses it.
 * Returns the new row's id. */
static inline char *
tov_test_add (TovStore   *store,
              const char *table,
              ...)
{
  g_autoptr(TovRecord) record = tov_record_new (table);
  g_autoptr(GError) error = NULL;
  const char *column = NULL;
  va_list args;

  va_start (args, table);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    tov_record_set (record, name, va_arg (args, const char *));
  va_end (args);
  if (!tov_store_insert (store, record, &column, &error))
    g_error ("inserting into %s (%s): %s", table, column, error->message);
  return g_strdup (tov_record_get_id (record));
}

/* Runs the main context until nothing is pending, a few times over, so that
 * idles queued by idles have run too. */
static inline void
tov_test_run_until_idle (void)
{
  for (guint i = 0; i < 10; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Removes @dir, a test's temporary directory, and the files in it (a
 * database and its -wal and -shm). */
static inline void
tov_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}
