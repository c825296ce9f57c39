/* test-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

/*
 * tovholder-cli end to end: the real binary ($TOV_CLI) run with GSubprocess
 * in a temporary folder, on tests/data/cli-family.xml (4 families, two of
 * them called Nielsen, 7 persons, 3 actors).
 */

#define HANSEN_ID   "f0000000-0000-4000-8000-000000000001"
#define AL_HASSAN_ID "f0000000-0000-4000-8000-000000000002"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int   status;   /* the exit status, or -1 if killed */
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static const char *
cli_path (void)
{
  static char *path;

  if (path == NULL)
    {
      const char *env = g_getenv ("TOV_CLI");

      path = env != NULL ? g_strdup (env)
                         : g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "tovholder-cli", NULL);
    }
  return path;
}

static char *
fixture_xml (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "cli-family.xml", NULL);
}

/* runs tovholder-cli with the NULL-terminated arguments, in fixture->dir */
static void
run_cli (Fixture    *fixture,
         Result     *result,
         const char *first,
         ...) G_GNUC_NULL_TERMINATED;

static void
run_cli (Fixture    *fixture,
         Result     *result,
         const char *first,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_build_filename (fixture->dir, "data-home", NULL);
  va_list args;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  /* messages in English, whatever the machine; no database but ours */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "TOV_DB");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "TOV_STAFF", "test-cli", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
assert_success (Result *result)
{
  if (result->status != 0)
    g_test_message ("stderr: %s", result->err);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_cmpstr (result->err, ==, "");
}

/* a failure: the exit status, nothing on stdout, exactly one line on stderr */
static void
assert_failure (Result     *result,
                int         status,
                const char *needle)
{
  g_test_message ("stderr: %s", result->err);
  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "tovholder-cli: "));
  g_assert_cmpuint (count_lines (result->err), ==, 1);
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  if (needle != NULL)
    g_assert_nonnull (strstr (result->err, needle));
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "tov.sqlite", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* init and import the fixture file */
static void
load_fixture (Fixture *fixture)
{
  g_autofree char *xml = fixture_xml ();
  g_auto(Result) init = { 0 };
  g_auto(Result) import = { 0 };

  run_cli (fixture, &init, "--db", fixture->db, "init", NULL);
  assert_success (&init);
  run_cli (fixture, &import, "--db", fixture->db, "import", xml, NULL);
  assert_success (&import);
}

/* --demo: the demo data is written as of TOV_DEMO_DAY (2026-11-26); ten
 * days later ($TOV_TODAY) its dates come ten days later too. */
static void
test_import_demo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *xml = fixture_xml ();
  g_auto(Result) init = { 0 };
  g_auto(Result) import = { 0 };
  g_auto(Result) exported = { 0 };

  run_cli (fixture, &init, "--db", fixture->db, "init", NULL);
  assert_success (&init);
  g_setenv ("TOV_TODAY", "2026-12-06", TRUE);
  run_cli (fixture, &import, "--db", fixture->db, "import", "--demo", xml, NULL);
  g_unsetenv ("TOV_TODAY");
  assert_success (&import);

  run_cli (fixture, &exported, "--db", fixture->db, "export", "xml", "-o", "-", NULL);
  assert_success (&exported);
  /* cli-family.xml: enrolled-on="2025-09-01", due-on="2025-11-01" */
  g_assert_nonnull (strstr (exported.out, "enrolled-on=\"2025-09-11\""));
  g_assert_nonnull (strstr (exported.out, "due-on=\"2025-11-11\""));
  g_assert_null (strstr (exported.out, "enrolled-on=\"2025-09-01\""));
}

static void
test_version_help (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) version = { 0 };
  g_auto(Result) help = { 0 };
  g_auto(Result) export_help = { 0 };

  run_cli (fixture, &version, "--version", NULL);
  assert_success (&version);
  g_assert_true (g_str_has_prefix (version.out, "tovholder-cli " PACKAGE_VERSION));

  run_cli (fixture, &help, "--help", NULL);
  assert_success (&help);
  g_assert_nonnull (strstr (help.out, "list families"));
  g_assert_nonnull (strstr (help.out, "export xml"));

  run_cli (fixture, &export_help, "export", "xml", "--help", NULL);
  assert_success (&export_help);
  g_assert_nonnull (strstr (export_help.out, "--family"));
}

static void
test_init (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) first = { 0 };
  g_auto(Result) again = { 0 };

  run_cli (fixture, &first, "--db", fixture->db, "init", NULL);
  assert_success (&first);
  g_assert_nonnull (strstr (first.out, fixture->db));
  g_assert_nonnull (strstr (first.out, "Schema version: "));
  g_assert_true (g_file_test (fixture->db, G_FILE_TEST_IS_REGULAR));

  /* a second init is an upgrade with nothing to do */
  run_cli (fixture, &again, "--db", fixture->db, "init", NULL);
  assert_success (&again);
  g_assert_cmpstr (first.out, ==, again.out);
}

static void
test_default_db (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) init = { 0 };
  g_autofree char *expected = g_build_filename (fixture->dir, "data-home", "tovholder",
                                                "tovholder.sqlite", NULL);

  /* no --db, no $TOV_DB: the user's data folder, created on demand */
  run_cli (fixture, &init, "init", NULL);
  assert_success (&init);
  g_assert_nonnull (strstr (init.out, expected));
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autofree char *xml = fixture_xml ();
  g_auto(Result) first = { 0 };
  g_auto(Result) again = { 0 };

  run_cli (fixture, &first, "--db", fixture->db, "import", xml, NULL);
  assert_success (&first);
  g_assert_true (g_str_has_prefix (first.out, "Imported 4 families, 7 persons ("));
  g_assert_nonnull (strstr (first.out, ", 0 updated rows)\n"));
  g_assert_null (strstr (first.out, "(0 new"));

  /* importing the same file again updates by UUID, never duplicates */
  run_cli (fixture, &again, "--db", fixture->db, "import", xml, NULL);
  assert_success (&again);
  g_assert_true (g_str_has_prefix (again.out, "Imported 4 families, 7 persons (0 new rows, "));
}

static void
test_list_families (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) list = { 0 };
  g_auto(GStrv) lines = NULL;

  load_fixture (fixture);
  run_cli (fixture, &list, "--db", fixture->db, "list", "families", NULL);
  assert_success (&list);
  g_assert_cmpuint (count_lines (list.out), ==, 4);
  g_assert_nonnull (strstr (list.out, HANSEN_ID "\tHansen\tactive\n"));
  g_assert_nonnull (strstr (list.out, AL_HASSAN_ID "\tAl-Hassan\tactive\n"));

  lines = g_strsplit (list.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_true (g_uuid_string_is_valid (fields[0]));
    }
}

static void
test_list_actors (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) list = { 0 };

  load_fixture (fixture);
  run_cli (fixture, &list, "--db", fixture->db, "list", "actors", NULL);
  assert_success (&list);
  g_assert_cmpuint (count_lines (list.out), ==, 3);
  g_assert_nonnull (strstr (list.out, "a0000000-0000-4000-8000-000000000001\tMette Kjær\t"
                                      "Familieafdelingen\tsocial\n"));
  g_assert_nonnull (strstr (list.out, "\tLene Bach\tNordskolen\tschool\n"));
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  static const struct {
    const char *query;
    const char *family_id;
  } cases[] = {
    { "soren", HANSEN_ID },     /* ø folded */
    { "Søren", HANSEN_ID },
    { "SØR", HANSEN_ID },       /* a prefix, any case */
    { "aase", HANSEN_ID },      /* å, old spelling */
    { "soren hansen", HANSEN_ID },
    { "احمد", AL_HASSAN_ID },   /* alef with hamza folded */
    { "fatima", AL_HASSAN_ID },
  };

  load_fixture (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) search = { 0 };
      g_autofree char *expected = g_strconcat (cases[i].family_id, "\t", NULL);

      g_test_message ("search %s", cases[i].query);
      run_cli (fixture, &search, "--db", fixture->db, "search", cases[i].query, NULL);
      assert_success (&search);
      g_assert_true (g_str_has_prefix (search.out, expected));
    }

  {
    g_auto(Result) none = { 0 };

    run_cli (fixture, &none, "--db", fixture->db, "search", "zzyzx", NULL);
    assert_success (&none);
    g_assert_cmpstr (none.out, ==, "");
  }
}

static void
test_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char *all_path = g_build_filename (fixture->dir, "all.xml", NULL);
  g_autofree char *one_path = g_build_filename (fixture->dir, "one.xml", NULL);
  g_autofree char *all = NULL;
  g_autofree char *one = NULL;
  g_auto(Result) whole = { 0 };
  g_auto(Result) by_name = { 0 };
  g_auto(Result) by_id = { 0 };
  g_auto(Result) to_stdout = { 0 };

  load_fixture (fixture);

  run_cli (fixture, &whole, "--db", fixture->db, "export", "xml", "-o", all_path, NULL);
  assert_success (&whole);
  all = read_file (all_path);
  g_assert_nonnull (strstr (all, "https://tovholder.dk/ns/exchange/1"));
  g_assert_nonnull (strstr (all, HANSEN_ID));
  g_assert_nonnull (strstr (all, AL_HASSAN_ID));
  g_assert_nonnull (strstr (all, "Søren"));

  run_cli (fixture, &by_name, "--db", fixture->db, "export", "xml", "--family", "Hansen",
           "-o", one_path, NULL);
  assert_success (&by_name);
  one = read_file (one_path);
  g_assert_nonnull (strstr (one, HANSEN_ID));
  g_assert_null (strstr (one, AL_HASSAN_ID));
  g_assert_nonnull (strstr (one, "Mikkel"));

  /* by UUID, to stdout: the same bytes */
  run_cli (fixture, &by_id, "--db", fixture->db, "export", "xml", "-o", "-",
           "--family", HANSEN_ID, NULL);
  assert_success (&by_id);
  g_assert_cmpstr (by_id.out, ==, one);

  /* global options after the command are accepted too */
  run_cli (fixture, &to_stdout, "export", "xml", "-o", "-", "--db", fixture->db, NULL);
  assert_success (&to_stdout);
  g_assert_cmpstr (to_stdout.out, ==, all);
}

static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *first_path = g_build_filename (fixture->dir, "first.xml", NULL);
  g_autofree char *second_path = g_build_filename (fixture->dir, "second.xml", NULL);
  g_autofree char *second_db = g_build_filename (fixture->dir, "second.sqlite", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(Result) export1 = { 0 };
  g_auto(Result) import2 = { 0 };
  g_auto(Result) export2 = { 0 };
  g_auto(Result) import_again = { 0 };
  g_auto(Result) export3 = { 0 };

  load_fixture (fixture);
  run_cli (fixture, &export1, "--db", fixture->db, "export", "xml", "-o", first_path, NULL);
  assert_success (&export1);
  run_cli (fixture, &import2, "--db", second_db, "import", first_path, NULL);
  assert_success (&import2);
  g_assert_true (g_str_has_prefix (import2.out, "Imported 4 families, 7 persons"));
  run_cli (fixture, &export2, "--db", second_db, "export", "xml", "-o", second_path, NULL);
  assert_success (&export2);

  first = read_file (first_path);
  second = read_file (second_path);
  g_assert_cmpstr (first, ==, second);

  /* re-importing the export changes nothing */
  run_cli (fixture, &import_again, "--db", fixture->db, "import", first_path, NULL);
  assert_success (&import_again);
  run_cli (fixture, &export3, "--db", fixture->db, "export", "xml", "-o", "-", NULL);
  assert_success (&export3);
  g_assert_cmpstr (export3.out, ==, first);
}

static void
test_check (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) check = { 0 };

  load_fixture (fixture);
  run_cli (fixture, &check, "--db", fixture->db, "check", NULL);
  assert_success (&check);
  g_assert_cmpstr (check.out, ==, "ok\n");
}

static void
test_usage_errors (Fixture *fixture, gconstpointer data)
{
  static const struct {
    const char *args[5];
    const char *needle;
  } cases[] = {
    { { "frobnicate" }, "frobnicate" },
    { { NULL }, "command" },
    { { "--no-such-option", "list", "families" }, "--no-such-option" },
    { { "list" }, "families" },
    { { "list", "cats" }, "cats" },
    { { "export", "odf", "-o", "x" }, "odf" },
    { { "import" }, "FILE.xml" },
    { { "import", "a.xml", "b.xml" }, "b.xml" },
    { { "check", "now" }, "now" },
    { { "search" }, "TEXT" },
    { { "search", "--limit", "0", "x" }, "--limit" },
  };

  load_fixture (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0 };

      run_cli (fixture, &result, "--db", fixture->db, cases[i].args[0], cases[i].args[1],
               cases[i].args[2], cases[i].args[3], cases[i].args[4], NULL);
      assert_failure (&result, 2, cases[i].needle);
    }

  {
    g_auto(Result) no_output = { 0 };

    run_cli (fixture, &no_output, "--db", fixture->db, "export", "xml", NULL);
    assert_failure (&no_output, 2, "-o");
  }
}

static void
test_missing_file (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) result = { 0 };

  run_cli (fixture, &result, "--db", fixture->db, "init", NULL);
  assert_success (&result);
  result_clear (&result);
  run_cli (fixture, &result, "--db", fixture->db, "import", "no-such-file.xml", NULL);
  assert_failure (&result, 1, "no-such-file.xml");
}

static void
test_missing_db (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) result = { 0 };

  /* reading commands do not create an empty database by mistake */
  run_cli (fixture, &result, "--db", fixture->db, "list", "families", NULL);
  assert_failure (&result, 1, fixture->db);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_bad_xml (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "broken.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Result) result = { 0 };
  g_auto(Result) list = { 0 };
  static const char broken[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\">\n"
    "  <family id=\"f0000000-0000-4000-8000-0000000000aa\" name=\"Berg\" status=\"active\">\n"
    "    <person id=\"b0000000-0000-4000-8000-0000000000aa\" given-name=\"Ole\"\n"
    "            household-role=\"father\">\n"
    "  </family>\n"
    "</tovholder>\n";

  load_fixture (fixture);
  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);

  run_cli (fixture, &result, "--db", fixture->db, "import", path, NULL);
  assert_failure (&result, 1, "broken.xml");
  /* the mismatched end tag is on line 6 */
  g_assert_true (strstr (result.err, "6") != NULL);

  /* all or nothing: Berg was not imported */
  run_cli (fixture, &list, "--db", fixture->db, "list", "families", NULL);
  assert_success (&list);
  g_assert_null (strstr (list.out, "Berg"));
  g_assert_cmpuint (count_lines (list.out), ==, 4);
}

static void
test_unknown_family (Fixture *fixture, gconstpointer data)
{
  g_auto(Result) result = { 0 };

  load_fixture (fixture);
  run_cli (fixture, &result, "--db", fixture->db, "export", "xml", "--family", "Jørgensen",
           "-o", "-", NULL);
  assert_failure (&result, 1, "Jørgensen");
}

static void
test_ambiguous_family (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nielsen.xml", NULL);
  g_auto(Result) result = { 0 };

  load_fixture (fixture);
  run_cli (fixture, &result, "--db", fixture->db, "export", "xml", "--family", "Nielsen",
           "-o", path, NULL);
  assert_failure (&result, 1, "Nielsen");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!g_file_test (cli_path (), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("tovholder-cli not found at %s\n", cli_path ());
      return 1;
    }

#define ADD(path, func) \
  g_test_add ("/tov/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("version-help", test_version_help);
  ADD ("init", test_init);
  ADD ("default-db", test_default_db);
  ADD ("import", test_import);
  ADD ("import-demo", test_import_demo);
  ADD ("list-families", test_list_families);
  ADD ("list-actors", test_list_actors);
  ADD ("search", test_search);
  ADD ("export", test_export);
  ADD ("round-trip", test_round_trip);
  ADD ("check", test_check);
  ADD ("error/usage", test_usage_errors);
  ADD ("error/missing-file", test_missing_file);
  ADD ("error/missing-db", test_missing_db);
  ADD ("error/bad-xml", test_bad_xml);
  ADD ("error/unknown-family", test_unknown_family);
  ADD ("error/ambiguous-family", test_ambiguous_family);

#undef ADD

  return g_test_run ();
}
