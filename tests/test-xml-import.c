/* test-xml-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-date.h"
#include "tov-xml-reader.h"
#include "tov-xml-writer.h"

/*
 * Importing the exchange format: a good file, then every way a file can be
 * refused (tests/data/xml-bad-*.xml), each naming the line and leaving the
 * database exactly as it was.
 */

typedef struct
{
  TovStore     *store;
  TovXmlReader *reader;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = tov_store_open (":memory:", &error);
  g_assert_no_error (error);
  fixture->reader = tov_xml_reader_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->reader);
  g_assert_finalize_object (fixture->store);
}

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return g_file_new_for_path (path);
}

/* The whole database as text: the writer's output plus a row count per table. */
static char *
snapshot (TovStore *store)
{
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);
  const TovTableInfo *tables;
  guint n_tables;

  tables = tov_model_get_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      g_autoptr(GPtrArray) rows = tov_store_list (store, tables[i].name, NULL, NULL, &error);

      g_assert_no_error (error);
      g_string_append_printf (text, "%s: %u\n", tables[i].name, rows->len);
    }
  bytes = tov_xml_writer_export (writer, NULL, &error);
  g_assert_no_error (error);
  g_string_append_len (text, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return g_string_free (text, FALSE);
}

static guint
count_rows (TovStore   *store,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tov_store_list (store, table, NULL, NULL, &error);

  g_assert_no_error (error);
  return rows->len;
}

static void
import_good (Fixture *fixture)
{
  g_autoptr(GFile) file = data_file ("xml-good.xml");
  g_autoptr(GError) error = NULL;

  tov_xml_reader_import_file (fixture->reader, file, NULL, &error);
  g_assert_no_error (error);
}

static void
test_good (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(TovRecord) engagement = NULL;
  g_autoptr(TovRecord) actor = NULL;
  g_autoptr(GError) error = NULL;

  import_good (fixture);
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 22);
  g_assert_cmpuint (tov_xml_reader_get_n_updated (fixture->reader), ==, 0);
  g_assert_cmpuint (tov_xml_reader_get_n_families (fixture->reader), ==, 2);
  g_assert_cmpuint (tov_xml_reader_get_n_persons (fixture->reader), ==, 3);

  g_assert_cmpuint (count_rows (fixture->store, "actors"), ==, 2);
  g_assert_cmpuint (count_rows (fixture->store, "persons"), ==, 3);
  g_assert_cmpuint (count_rows (fixture->store, "plan_items"), ==, 2);
  g_assert_cmpuint (count_rows (fixture->store, "translations"), ==, 1);

  /* the parent from the nesting, booleans as 0/1, newlines kept */
  item = tov_store_get (fixture->store, "plan_items", "d3000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (item, "version_id"), ==, "d2000000-0000-4000-8000-000000000001");
  g_assert_cmpstr (tov_record_get (item, "text"), ==, "Omar går i skole hver dag.\nOg han har det godt.");
  engagement = tov_store_get (fixture->store, "engagements", "e1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (engagement, "coordinator"), ==, "1");
  g_assert_cmpstr (tov_record_get (engagement, "family_id"), ==, "f1000000-0000-4000-8000-000000000001");

  /* times from the file are kept */
  actor = tov_store_get (fixture->store, "actors", "a1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (actor, "created_at"), ==, "2025-08-01T08:00:00Z");
}

static void
test_reimport (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("xml-good.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(TovRecord) family = NULL;
  gsize length;

  import_good (fixture);
  before = snapshot (fixture->store);

  /* the same file again: everything updated, nothing duplicated */
  import_good (fixture);
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 0);
  g_assert_cmpuint (tov_xml_reader_get_n_updated (fixture->reader), ==, 22);
  after = snapshot (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* a changed value is updated in place */
  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  {
    g_auto(GStrv) parts = g_strsplit (contents, "case-ref=\"SAG-2025-101\"", 2);

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    changed = g_strjoinv ("case-ref=\"SAG-2026-001\"", parts);
  }
  tov_xml_reader_import_data (fixture->reader, changed, strlen (changed), "changed.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture->store, "families"), ==, 2);
  family = tov_store_get (fixture->store, "families", "f1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (family, "case_ref"), ==, "SAG-2026-001");
}

typedef struct
{
  const char     *file;
  TovImportError  code;
  int             line;       /* 0: no line in the message */
  const char     *contains;   /* in the message too, or NULL */
} BadFile;

static const BadFile bad_files[] = {
  { "xml-bad-malformed.xml", TOV_IMPORT_ERROR_MALFORMED, 7, "not well-formed" },
  { "xml-bad-namespace.xml", TOV_IMPORT_ERROR_FORMAT, 2, "not a Tovholder exchange file" },
  { "xml-bad-version.xml", TOV_IMPORT_ERROR_FORMAT, 2, "version “2”" },
  { "xml-bad-missing-attribute.xml", TOV_IMPORT_ERROR_SCHEMA, 6,
    "element “person” lacks required attribute “given-name”" },
  { "xml-bad-unknown-element.xml", TOV_IMPORT_ERROR_SCHEMA, 6, "unknown element “pet”" },
  { "xml-bad-unknown-attribute.xml", TOV_IMPORT_ERROR_SCHEMA, 5, "unknown attribute “shoe-size”" },
  { "xml-bad-order.xml", TOV_IMPORT_ERROR_SCHEMA, 7, "element “person” must come before the “engagement” elements" },
  { "xml-bad-text.xml", TOV_IMPORT_ERROR_SCHEMA, 5, "element “person” must not contain text" },
  { "xml-bad-enum.xml", TOV_IMPORT_ERROR_INVALID, 6,
    "element “person”, attribute “household-role”: Role in the household: “queen” is not allowed" },
  { "xml-bad-date.xml", TOV_IMPORT_ERROR_INVALID, 6, "“02/11/1986” is not a date" },
  { "xml-bad-scale.xml", TOV_IMPORT_ERROR_INVALID, 8, "attribute “scale-now”: Scale now must be a whole number from 0 to 10, not “11”" },
  { "xml-bad-reference.xml", TOV_IMPORT_ERROR_REFERENCE, 6,
    "there is no actor with the id a1000000-0000-4000-8000-00000000dead" },
  { "xml-bad-forward-reference.xml", TOV_IMPORT_ERROR_REFERENCE, 6,
    "the person with the id b2000000-0000-4000-8000-000000000001 comes after it (line 9)" },
  { "xml-bad-duplicate.xml", TOV_IMPORT_ERROR_DUPLICATE, 6, "at line 5" },
  { "xml-bad-store-rule.xml", TOV_IMPORT_ERROR_INVALID, 7, "A closed family needs the date it was closed." },
  { "xml-bad-store-date.xml", TOV_IMPORT_ERROR_INVALID, 6, "“1986-02-30” is not a date" },
  { "xml-bad-doctype.xml", TOV_IMPORT_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "xml-bad-external-dtd.xml", TOV_IMPORT_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "xml-bad-external-entity.xml", TOV_IMPORT_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "xml-bad-entity-bomb.xml", TOV_IMPORT_ERROR_UNSAFE, 2, "DOCTYPE" },
};

static void
test_bad_file (Fixture       *fixture,
               gconstpointer  data)
{
  const BadFile *bad = data;
  g_autoptr(GFile) file = data_file (bad->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *prefix = NULL;
  gint64 start;

  /* a database with something in it, which must stay as it is */
  import_good (fixture);
  before = snapshot (fixture->store);

  /* the same answer with libxml2's RelaxNG validator and without it */
  prefix = g_strdup_printf ("%s:%d: ", bad->file, bad->line);
  for (guint i = 0; i < 2; i++)
    {
      tov_xml_reader_set_schema_limit (fixture->reader, i == 0 ? G_MAXSIZE : 0);
      start = g_get_monotonic_time ();
      g_assert_false (tov_xml_reader_import_file (fixture->reader, file, NULL, &error));
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      g_test_message ("%s", error->message);
      g_assert_error (error, TOV_IMPORT_ERROR, (int) bad->code);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      if (bad->contains != NULL)
        g_assert_nonnull (strstr (error->message, bad->contains));
      g_assert_null (strstr (error->message, "root:"));
      g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 0);
      g_assert_cmpuint (tov_xml_reader_get_n_updated (fixture->reader), ==, 0);
      g_clear_error (&error);

      g_clear_pointer (&after, g_free);
      after = snapshot (fixture->store);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_oversize (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("xml-good.xml");
  g_autoptr(GError) error = NULL;
  const char *tiny = "<tovholder/>";

  tov_xml_reader_set_max_size (fixture->reader, 1024);
  g_assert_false (tov_xml_reader_import_file (fixture->reader, file, NULL, &error));
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "xml-good.xml: "));
  g_clear_error (&error);

  tov_xml_reader_set_max_size (fixture->reader, 4);
  g_assert_false (tov_xml_reader_import_data (fixture->reader, tiny, strlen (tiny), "tiny.xml", &error));
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpuint (count_rows (fixture->store, "actors"), ==, 0);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  const char *empty = "<?xml version=\"1.0\"?>\n"
                      "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\"/>\n";
  g_autoptr(GError) error = NULL;

  g_assert_true (tov_xml_reader_import_data (fixture->reader, empty, strlen (empty), "empty.xml", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 0);

  g_assert_false (tov_xml_reader_import_data (fixture->reader, "", 0, "nothing.xml", &error));
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED);
}

/* A big file with one bad row near the end: the rows saved before it are
 * rolled back, the database is as it was. */
static GString *
big_file (guint  n_families,
          guint  bad_family,
          guint *bad_line)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\">\n"
                               "  <actor id=\"a2000000-0000-4000-8000-000000000001\" name=\"Jonas\" sector=\"social\"/>\n");
  guint line = 4;

  for (guint i = 0; i < n_families; i++)
    {
      g_string_append_printf (xml, "  <family id=\"f2000000-0000-4000-8000-%012u\" name=\"Family %u\" status=\"active\">\n", i, i);
      line++;
      for (guint j = 0; j < 4; j++, line++)
        g_string_append_printf (xml, "    <person id=\"b2000000-0000-4000-%04u-%012u\" given-name=\"Person %u\" household-role=\"%s\"/>\n",
                                j, i, j, j < 2 ? "parent" : "child");
      /* agreements are saved last: the bad one fails after everything else is written */
      if (i == bad_family)
        *bad_line = line;
      g_string_append_printf (xml, "    <agreement id=\"d2000000-0000-4000-8000-%012u\" what=\"Ring\" status=\"open\" "
                              "actor=\"a2000000-0000-4000-8000-000000000001\"", i);
      if (i == bad_family) /* both an actor and a person: the store refuses it */
        g_string_append_printf (xml, " person=\"b2000000-0000-4000-0000-%012u\"", i);
      g_string_append (xml, "/>\n");
      line++;
      g_string_append (xml, "  </family>\n");
      line++;
    }
  g_string_append (xml, "</tovholder>\n");
  return xml;
}

static void
test_big_rollback (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) bad = NULL;
  g_autoptr(GString) good = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *prefix = NULL;
  guint bad_line = 0, unused = 0;

  import_good (fixture);
  before = snapshot (fixture->store);

  bad = big_file (2000, 1500, &bad_line);
  g_assert_false (tov_xml_reader_import_data (fixture->reader, bad->str, bad->len, "big.xml", &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_INVALID);
  prefix = g_strdup_printf ("big.xml:%u: ", bad_line);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 0);
  after = snapshot (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* the same file without the fault goes in whole */
  good = big_file (2000, G_MAXUINT, &unused);
  g_assert_true (tov_xml_reader_import_data (fixture->reader, good->str, good->len, "big.xml", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tov_xml_reader_get_n_families (fixture->reader), ==, 2000);
  g_assert_cmpuint (tov_xml_reader_get_n_persons (fixture->reader), ==, 8000);
  g_assert_cmpuint (count_rows (fixture->store, "persons"), ==, 8000 + 3);
}

/* A file of several megabytes is read a chunk at a time while the rows
 * read so far are written: a fault near its end, found after thousands of
 * rows were written, still leaves the database as it was, and a reference
 * to a row far later in the file is named as such. */
static void
test_big_late_faults (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint unused = 0;
  const guint n = 8000, late = 7990;  /* 7 lines a family, from line 4 */
  g_autofree char *late_name = g_strdup_printf ("name=\"Family %u\"", late);
  g_autofree char *late_bad = g_strdup_printf ("name=\"Family %u\" colour=\"blue\"", late);
  g_autofree char *prefix = g_strdup_printf ("big.xml:%u: ", 4 + 7 * late);
  g_autofree char *later = NULL;

  import_good (fixture);
  before = snapshot (fixture->store);

  xml = big_file (n, G_MAXUINT, &unused);
  g_assert_cmpuint (xml->len, >, 4 * 1024 * 1024);  /* several chunks */
  g_string_replace (xml, late_name, late_bad, 1);
  g_assert_false (tov_xml_reader_import_data (fixture->reader, xml->str, xml->len, "big.xml", &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, "“colour”"));
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (fixture->reader), ==, 0);
  after = snapshot (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);

  /* the first family's agreement names a member of one near the end */
  g_string_free (xml, TRUE);
  xml = big_file (n, G_MAXUINT, &unused);
  g_string_replace (xml, "what=\"Ring\" status=\"open\" actor=\"a2000000-0000-4000-8000-000000000001\"/>",
                    "what=\"Ring\" status=\"open\" person=\"b2000000-0000-4000-0000-000000007990\"/>", 1);
  g_assert_false (tov_xml_reader_import_data (fixture->reader, xml->str, xml->len, "big.xml", &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE);
  later = g_strdup_printf ("big.xml:9: element “agreement”, attribute “person”: the person with the id "
                           "b2000000-0000-4000-0000-000000007990 comes after it (line %u)", 4 + 7 * late + 1);
  g_assert_true (g_str_has_prefix (error->message, later));
  after = snapshot (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

/* Demo data is written as of one day: a date shift moves every date and
 * time by the same days, so that what was recent then is recent now. */
static void
test_date_shift (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("xml-good.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) mother = NULL;
  g_autoptr(TovRecord) family = NULL;
  g_autoptr(TovRecord) actor = NULL;

  tov_xml_reader_set_date_shift (fixture->reader, 40);
  g_assert_true (tov_xml_reader_import_file (fixture->reader, file, NULL, &error));
  g_assert_no_error (error);

  mother = tov_store_get (fixture->store, "persons", "b1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (mother, "birth_date"), ==, "1983-07-30");     /* 1983-06-20 */
  g_assert_cmpstr (tov_record_get (mother, "arrival_year"), ==, "2017");          /* a year, not a date */
  family = tov_store_get (fixture->store, "families", "f1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (family, "enrolled_on"), ==, "2025-09-24");    /* 2025-08-15 */
  actor = tov_store_get (fixture->store, "actors", "a1000000-0000-4000-8000-000000000001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (actor, "created_at"), ==, "2025-09-10T08:00:00Z");  /* 2025-08-01 */

  /* and back: a negative shift */
  {
    g_autofree char *back = tov_date_add_days ("2026-03-01", -1);

    g_assert_cmpstr (back, ==, "2026-02-28");
  }
}

/* A reference to a row already in the database, not in the file, is fine. */
static void
test_reference_to_database (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\">\n"
    "  <family id=\"f3000000-0000-4000-8000-000000000001\" name=\"Berg\" status=\"active\">\n"
    "    <engagement id=\"e3000000-0000-4000-8000-000000000001\" actor=\"a1000000-0000-4000-8000-000000000002\" ring=\"peripheral\" from-date=\"2025-01-01\"/>\n"
    "  </family>\n"
    "</tovholder>\n";
  const char *wrong_table =
    "<?xml version=\"1.0\"?>\n"
    "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\">\n"
    "  <family id=\"f3000000-0000-4000-8000-000000000001\" name=\"Berg\" status=\"active\">\n"
    "    <person id=\"b3000000-0000-4000-8000-000000000001\" given-name=\"Ib\" household-role=\"adult\"/>\n"
    "    <engagement id=\"e3000000-0000-4000-8000-000000000001\" actor=\"b3000000-0000-4000-8000-000000000001\" ring=\"peripheral\" from-date=\"2025-01-01\"/>\n"
    "  </family>\n"
    "</tovholder>\n";
  g_autoptr(GError) error = NULL;

  import_good (fixture);
  g_assert_true (tov_xml_reader_import_data (fixture->reader, xml, strlen (xml), "berg.xml", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture->store, "engagements"), ==, 2);

  g_assert_false (tov_xml_reader_import_data (fixture->reader, wrong_table, strlen (wrong_table),
                                              "berg.xml", &error));
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE);
  g_assert_true (g_str_has_prefix (error->message, "berg.xml:5: "));
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("no-such-file.xml");
  g_autoptr(GError) error = NULL;

  g_assert_false (tov_xml_reader_import_file (fixture->reader, file, NULL, &error));
  g_assert_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "no-such-file.xml: "));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tov/xml/import/good", test_good);
  ADD ("/tov/xml/import/reimport", test_reimport);
  ADD ("/tov/xml/import/oversize", test_oversize);
  ADD ("/tov/xml/import/empty", test_empty);
  ADD ("/tov/xml/import/big-rollback", test_big_rollback);
  ADD ("/tov/xml/import/big-late-faults", test_big_late_faults);
  ADD ("/tov/xml/import/date-shift", test_date_shift);
  ADD ("/tov/xml/import/reference-to-database", test_reference_to_database);
  ADD ("/tov/xml/import/missing-file", test_missing_file);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *stem = g_strndup (bad_files[i].file + strlen ("xml-bad-"),
                                         strlen (bad_files[i].file) - strlen ("xml-bad-") - strlen (".xml"));
      g_autofree char *path = g_strdup_printf ("/tov/xml/import/refuse/%s", stem);

      g_test_add (path, Fixture, &bad_files[i], fixture_set_up, test_bad_file, fixture_tear_down);
    }

  return g_test_run ();
}
