/* test-xml-roundtrip.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "tov-xml-reader.h"
#include "tov-xml-schema.h"
#include "tov-xml-writer.h"

/*
 * Export → import → export is byte-identical, for a database with rows in
 * every table and awkward text; a family's export holds only its own actors;
 * what the writer produces validates against the checked-in RelaxNG schema,
 * and that schema is the one the model generates.
 */

#define FAMILY_A "f0000000-0000-4000-8000-00000000000a"
#define FAMILY_B "f0000000-0000-4000-8000-00000000000b"
#define ACTOR_A  "a0000000-0000-4000-8000-00000000000a"
#define ACTOR_B  "a0000000-0000-4000-8000-00000000000b"
#define ACTOR_C  "a0000000-0000-4000-8000-00000000000c"

static const char awkward[] = "Linje ét\nLinje \"to\" <tre> & 'fire'\ttab\r\nعربي نص\n  indrykket  ";

static TovStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  TovStore *store = tov_store_open (":memory:", &error);

  g_assert_no_error (error);
  return store;
}

/* inserts a row: NULL-terminated column, value pairs; returns its id */
static const char *
insert (TovStore   *store,
        const char *table,
        const char *id,
        ...) G_GNUC_NULL_TERMINATED;

static const char *
insert (TovStore   *store,
        const char *table,
        const char *id,
        ...)
{
  g_autoptr(TovRecord) record = tov_record_new (table);
  g_autoptr(GError) error = NULL;
  const char *column = NULL;
  va_list args;

  g_assert_nonnull (record);
  tov_record_set_id (record, id);
  va_start (args, id);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    tov_record_set (record, name, va_arg (args, const char *));
  va_end (args);

  /* as import writes: agreed plan versions with their items */
  if (!tov_store_save (store, record, FALSE, NULL, &column, &error))
    g_error ("inserting into %s (%s): %s", table, column, error->message);
  return g_intern_string (id);
}

static char *
uuid (const char *prefix,
      guint       n)
{
  return g_strdup_printf ("%s000000-0000-4000-8000-%012u", prefix, n);
}

/* a family with a row in every table below it */
static void
fill_family (TovStore   *store,
             const char *family,
             const char *name,
             const char *actor,
             guint       n)
{
  g_autofree char *mother = uuid ("b1", n), *child = uuid ("b2", n);
  g_autofree char *engagement = uuid ("e1", n), *plan = uuid ("c1", n);
  g_autofree char *v1 = uuid ("c2", n), *v2 = uuid ("c3", n);
  g_autofree char *goal = uuid ("c4", n), *effort = uuid ("c5", n);
  g_autofree char *meeting = uuid ("d1", n), *p1 = uuid ("d2", n), *p2 = uuid ("d3", n);

  insert (store, "families", family, "name", name, "case_ref", "SAG-1", "status", "closed",
          "enrolled_on", "2024-01-02", "closed_on", "2025-01-02", "closure_reason", awkward,
          "handover_to", "Familieafdelingen", "languages", "ar da", "interpreter_needed", "1",
          "interpreter_language", "ar", "print_languages", "da ar", NULL);
  insert (store, "persons", mother, "family_id", family, "given_name", "Amal", "family_name", name,
          "birth_date", "1980-05-06", "sex", "female", "household_role", "mother",
          "nationality", "Syrian", "languages", "ar", "interpreter_needed", "0", "arrival_year", "2015", NULL);
  insert (store, "persons", child, "family_id", family, "given_name", "Ali", "household_role", "child", NULL);
  g_autofree char *c1 = uuid ("b3", n), *m1 = uuid ("b4", n), *m2 = uuid ("b5", n);
  insert (store, "consents", c1, "person_id", mother, "given_on", "2024-01-02", "scope", "Social",
          "expires_on", "2025-01-02", "withdrawn_on", "2024-06-01", NULL);
  insert (store, "measurements", m1, "person_id", mother, "dimension", "wellbeing",
          "measured_on", "2024-01-02", "value", "4", "note", awkward, NULL);
  insert (store, "measurements", m2, "person_id", child, "dimension", "school_concern",
          "measured_on", "2024-06-02", "value", "concern", NULL);
  insert (store, "engagements", engagement, "family_id", family, "actor_id", actor, "ring", "core",
          "coordinator", "1", "invited", "0", "from_date", "2024-01-02", "to_date", "2025-01-02",
          "map_angle", "1.25", "map_radius", "0.5", "role_note", awkward, NULL);
  g_autofree char *member = uuid ("e2", n);
  insert (store, "engagement_members", member, "engagement_id", engagement, "person_id", mother, NULL);
  insert (store, "plans", plan, "family_id", family, "title", "Masterplan", NULL);
  insert (store, "plan_versions", v1, "plan_id", plan, "number", "1", "status", "agreed",
          "drafted_on", "2024-02-01", "agreed_on", "2024-02-10", "present", "Amal, Jonas",
          "accepted_by", "Amal", "interpreter", "Sami", "next_follow_up", "2024-05-01", NULL);
  insert (store, "plan_versions", v2, "plan_id", plan, "number", "2", "status", "draft", NULL);
  insert (store, "plan_items", goal, "version_id", v1, "kind", "goal", "person_id", child,
          "text", awkward, "horizon", "long", "theme", "school", "scale_now", "3",
          "scale_target", "8", "internal", "0", "position", "0", NULL);
  insert (store, "plan_items", effort, "version_id", v1, "kind", "effort", "text", "Lektiehjælp",
          "actor_id", actor, "legal_basis", "SEL § 52", "statutory_plan", "action_plan",
          "statutory_ref", "HP-7", "internal", "1", "position", "1", NULL);
  insert (store, "meetings", meeting, "family_id", family, "held_on", "2024-03-01", "start_time", "09:30",
          "place", "Projekthuset", "kind", "network", "minutes", awkward, NULL);
  insert (store, "meeting_participants", p1, "meeting_id", meeting, "person_id", mother, "present", "1", NULL);
  insert (store, "meeting_participants", p2, "meeting_id", meeting, "actor_id", actor, "present", "0", NULL);
  g_autofree char *mi = uuid ("d4", n), *sc = uuid ("d5", n), *ag = uuid ("d6", n), *tr = uuid ("d7", n);
  insert (store, "mapping_items", mi, "meeting_id", meeting, "category", "working_well",
          "text", awkward, "position", "0", NULL);
  insert (store, "scalings", sc, "meeting_id", meeting, "participant_id", p1, "value", "6", "note", "OK", NULL);
  insert (store, "agreements", ag, "family_id", family, "what", awkward, "actor_id", actor,
          "due_on", "2024-04-01", "status", "not_kept", "follow_up", "Ny aftale",
          "version_id", v1, "meeting_id", meeting, NULL);
  g_autofree char *il = uuid ("d8", n);
  insert (store, "interpreter_logs", il, "family_id", family, "version_id", v1, "language", "ar",
          "interpreter", "Sami", "mode", "in_person", "parts", awkward, "understood", "1", NULL);
  insert (store, "translations", tr, "family_id", family, "source_table", "plan_items",
          "source_id", goal, "field", "text", "language", "ar", "text", awkward,
          "translator", "Sami", NULL);
}

static TovStore *
build_store (void)
{
  TovStore *store = open_store ();

  insert (store, "actors", ACTOR_A, "name", "Jonas Lund", "organisation", "Projekthuset",
          "sector", "social", "role", "Koordinator", "phone", "+45 12 34 56 78",
          "email", "jonas@example.org", "note", awkward, NULL);
  insert (store, "actors", ACTOR_B, "name", "Lene Bach", "sector", "school", NULL);
  insert (store, "actors", ACTOR_C, "name", "Ubrugt Aktør", "sector", "ngo", NULL);
  fill_family (store, FAMILY_A, "Al-Hassan", ACTOR_A, 1);
  fill_family (store, FAMILY_B, "Berg", ACTOR_B, 2);
  return store;
}

static GBytes *
export (TovStore   *store,
        const char *family)
{
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tov_xml_writer_export (writer, family, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
import (TovStore *store,
        GBytes   *bytes)
{
  g_autoptr(TovXmlReader) reader = tov_xml_reader_new (store);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  tov_xml_reader_import_data (reader, data, size, "export.xml", &error);
  g_assert_no_error (error);
}

static void
assert_same_bytes (GBytes *a,
                   GBytes *b)
{
  g_autofree char *ta = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
  g_autofree char *tb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

  g_assert_cmpstr (ta, ==, tb);
  g_assert_true (g_bytes_equal (a, b));
}

static void
test_roundtrip (void)
{
  g_autoptr(TovStore) store = build_store ();
  g_autoptr(TovStore) copy = open_store ();
  g_autoptr(GBytes) first = export (store, NULL);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) third = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  const TovTableInfo *tables;
  guint n_tables;

  g_test_message ("%s", text);

  /* every element is there, newlines survive as character references */
  tables = tov_model_get_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      g_autofree char *open = g_strdup_printf ("<%s ", tables[i].element);
      g_assert_nonnull (strstr (text, open));
    }
  g_assert_nonnull (strstr (text, "&#10;"));
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\">\n"
                                         "  <actor id=\""));
  g_assert_nonnull (strstr (text, " interpreter-needed=\"true\""));
  g_assert_nonnull (strstr (text, " invited=\"false\""));
  g_assert_null (strstr (text, " family=\""));  /* parent columns are implied */

  import (copy, first);
  second = export (copy, NULL);
  assert_same_bytes (first, second);

  /* importing into the database it came from changes nothing */
  import (store, second);
  third = export (store, NULL);
  assert_same_bytes (first, third);

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_one_family (void)
{
  g_autoptr(TovStore) store = build_store ();
  g_autoptr(TovStore) copy = open_store ();
  g_autoptr(GBytes) one = export (store, FAMILY_A);
  g_autoptr(GBytes) again = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (one, NULL), g_bytes_get_size (one));

  g_assert_nonnull (strstr (text, ACTOR_A));
  g_assert_null (strstr (text, ACTOR_B));
  g_assert_null (strstr (text, ACTOR_C));
  g_assert_nonnull (strstr (text, FAMILY_A));
  g_assert_null (strstr (text, FAMILY_B));

  /* a family's file goes into an empty database on its own */
  import (copy, one);
  again = export (copy, NULL);
  assert_same_bytes (one, again);

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_unknown_family (void)
{
  g_autoptr(TovStore) store = open_store ();
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = tov_xml_writer_export (writer, FAMILY_A, &error);

  g_assert_null (bytes);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
}

static void
test_empty_database (void)
{
  g_autoptr(TovStore) store = open_store ();
  g_autoptr(GBytes) bytes = export (store, NULL);

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\"/>\n",
                   strlen ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<tovholder xmlns=\"https://tovholder.dk/ns/exchange/1\" version=\"1\"/>\n"));
}

static char *
schema_path (void)
{
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");

  if (datadir != NULL)
    return g_build_filename (datadir, "schema", "tovholder-exchange-1.rng", NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "schema", "tovholder-exchange-1.rng", NULL);
}

static void
on_validity_error_cb (void     *data,
                      xmlError *error)
{
  g_test_message ("line %d: %s", error->line, error->message);
}

/* The writer's output validates against the checked-in schema. */
static void
test_schema_validates (void)
{
  g_autoptr(TovStore) store = build_store ();
  g_autoptr(GBytes) bytes = export (store, NULL);
  g_autofree char *path = schema_path ();
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);
  xmlRelaxNGValidCtxtPtr valid = NULL;
  xmlDocPtr doc;

  g_assert_nonnull (schema);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                       "export.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  valid = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (valid, on_validity_error_cb, NULL);
  g_assert_cmpint (xmlRelaxNGValidateDoc (valid, doc), ==, 0);

  xmlRelaxNGFreeValidCtxt (valid);
  xmlFreeDoc (doc);
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
}

/* The reader's own checks and the schema agree: what one refuses, so does
 * the other (see test-xml-import for the reader's side). */
static void
test_schema_fixtures (void)
{
  static const struct {
    const char *file;
    gboolean    valid;
  } fixtures[] = {
    { "xml-good.xml", TRUE },
    { "xml-bad-reference.xml", TRUE },       /* references: beyond a schema */
    { "xml-bad-forward-reference.xml", TRUE },
    { "xml-bad-duplicate.xml", TRUE },       /* so are duplicate ids */
    { "xml-bad-store-rule.xml", TRUE },      /* and rules across columns */
    { "xml-bad-namespace.xml", FALSE },
    { "xml-bad-version.xml", FALSE },
    { "xml-bad-missing-attribute.xml", FALSE },
    { "xml-bad-unknown-element.xml", FALSE },
    { "xml-bad-unknown-attribute.xml", FALSE },
    { "xml-bad-order.xml", FALSE },
    { "xml-bad-text.xml", FALSE },
    { "xml-bad-enum.xml", FALSE },
    { "xml-bad-date.xml", FALSE },
    { "xml-bad-scale.xml", FALSE },
  };
  g_autofree char *path = schema_path ();
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);

  g_assert_nonnull (schema);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", fixtures[i].file, NULL);
      xmlDocPtr doc = xmlReadFile (file, NULL, XML_PARSE_NONET);
      xmlRelaxNGValidCtxtPtr valid = xmlRelaxNGNewValidCtxt (schema);

      g_assert_nonnull (doc);
      xmlRelaxNGSetValidStructuredErrors (valid, on_validity_error_cb, NULL);
      g_test_message ("%s", fixtures[i].file);
      g_assert_cmpint (xmlRelaxNGValidateDoc (valid, doc) == 0, ==, fixtures[i].valid);
      xmlRelaxNGFreeValidCtxt (valid);
      xmlFreeDoc (doc);
    }
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
}

/* The checked-in schema is what the model generates: if this fails, run
 * `ninja update-schema` and commit data/schema/tovholder-exchange-1.rng. */
static void
test_schema_current (void)
{
  g_autoptr(GBytes) generated = tov_xml_schema_generate ();
  g_autofree char *path = schema_path ();
  g_autofree char *contents = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (generated, NULL), g_bytes_get_size (generated));
  g_autoptr(GError) error = NULL;
  const TovTableInfo *tables;
  guint n_tables;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, text);

  /* and it names every element and attribute of the model */
  tables = tov_model_get_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      g_autofree char *element = g_strdup_printf ("<element name=\"%s\">", tables[i].element);

      g_assert_nonnull (strstr (contents, element));
      for (guint j = 0; j < tables[i].n_columns; j++)
        {
          g_autofree char *name = tov_column_to_attribute (&tables[i].columns[j]);
          g_autofree char *attribute = g_strdup_printf ("<attribute name=\"%s\">", name);

          if (!(tables[i].columns[j].flags & TOV_COLUMN_FLAG_PARENT))
            g_assert_nonnull (strstr (contents, attribute));
        }
    }
}

static void
test_export_file (void)
{
  g_autoptr(TovStore) store = build_store ();
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);
  g_autoptr(GBytes) expected = export (store, FAMILY_B);
  g_autofree char *dir = g_dir_make_tmp ("tov-xml-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "berg.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  /* over an existing file, leaving nothing else behind */
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_true (tov_xml_writer_export_file (writer, FAMILY_B, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* an unknown family leaves the old file as it was */
  g_assert_false (tov_xml_writer_export_file (writer, "f0000000-0000-4000-8000-0000000000ff", file, &error));
  g_assert_nonnull (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, &length, NULL);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/xml/roundtrip/identical", test_roundtrip);
  g_test_add_func ("/tov/xml/roundtrip/one-family", test_one_family);
  g_test_add_func ("/tov/xml/roundtrip/unknown-family", test_unknown_family);
  g_test_add_func ("/tov/xml/roundtrip/empty-database", test_empty_database);
  g_test_add_func ("/tov/xml/roundtrip/export-file", test_export_file);
  g_test_add_func ("/tov/xml/schema/validates", test_schema_validates);
  g_test_add_func ("/tov/xml/schema/current", test_schema_current);
  g_test_add_func ("/tov/xml/schema/fixtures", test_schema_fixtures);

  return g_test_run ();
}
