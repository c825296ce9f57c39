/* test-demo.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-model.h"
#include "tov-store.h"
#include "tov-xml-reader.h"
#include "tov-xml-writer.h"

/*
 * The bundled demo data, data/demo/demo.xml, checked the way a user would
 * look at it: enough families, persons and actors, every ring and sector,
 * a plan agreed and a newer draft per family, Arabic printouts for the
 * Arabic-speaking families, overdue agreements, mapped meetings with
 * scalings, before-and-after measurements and the consent problems the
 * family list warns about. The demo's "today" is 2026-11-26.
 */

#define DEMO_TODAY "2026-11-26"

static TovStore *store;
static guint n_families_imported;
static guint n_persons_imported;

static char *
demo_path (void)
{
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");

  g_assert_nonnull (datadir);
  return g_build_filename (datadir, "demo", "demo.xml", NULL);
}

static GPtrArray *
list (const char *table,
      const char *column,
      const char *value)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tov_store_list (store, table, column, value, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static const char *
get (gpointer    record,
     const char *column)
{
  return tov_record_get (TOV_RECORD (record), column);
}

static gboolean
is_true (gpointer    record,
         const char *column)
{
  return g_strcmp0 (get (record, column), "1") == 0;
}

static gboolean
is_adult (gpointer person)
{
  static const char * const adult_roles[] = { "mother", "father", "parent", "adult", "grandparent", NULL };

  return g_strv_contains (adult_roles, get (person, "household_role"));
}

static gboolean
has_language (gpointer    record,
              const char *column,
              const char *language)
{
  g_auto(GStrv) codes = g_strsplit (get (record, column) ? get (record, column) : "", " ", -1);

  return g_strv_contains ((const char * const *) codes, language);
}

static gboolean
is_arabic (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c >= 0x0600 && c <= 0x06FF)
        return TRUE;
    }
  return FALSE;
}

static void
test_counts (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);
  g_autoptr(GPtrArray) persons = list ("persons", NULL, NULL);
  g_autoptr(GPtrArray) actors = list ("actors", NULL, NULL);

  g_assert_cmpuint (n_families_imported, >=, 6);
  g_assert_cmpuint (n_persons_imported, >=, 35);
  g_assert_cmpuint (families->len, ==, n_families_imported);
  g_assert_cmpuint (persons->len, ==, n_persons_imported);
  g_assert_cmpuint (actors->len, >=, 40);
}

static void
test_statuses (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);
  guint n_active = 0, n_referred = 0, n_closed = 0, n_danish = 0, n_arabic = 0;

  for (guint i = 0; i < families->len; i++)
    {
      const char *status = get (families->pdata[i], "status");

      if (g_str_equal (status, "active"))
        n_active++;
      else if (g_str_equal (status, "referred"))
        n_referred++;
      else if (g_str_equal (status, "closed"))
        {
          n_closed++;
          g_assert_nonnull (get (families->pdata[i], "closed_on"));
          g_assert_nonnull (get (families->pdata[i], "closure_reason"));
          g_assert_nonnull (get (families->pdata[i], "handover_to"));
        }
      if (g_strcmp0 (get (families->pdata[i], "languages"), "da") == 0)
        n_danish++;
      if (has_language (families->pdata[i], "languages", "ar"))
        n_arabic++;
    }
  g_assert_cmpuint (n_active, >, n_referred + n_closed);
  g_assert_cmpuint (n_referred, >=, 1);
  g_assert_cmpuint (n_closed, >=, 1);
  g_assert_cmpuint (n_danish, >=, 1);
  g_assert_cmpuint (n_arabic, >=, 2);
}

static void
test_rings_and_sectors (void)
{
  g_autoptr(GPtrArray) actors = list ("actors", NULL, NULL);
  g_autoptr(GPtrArray) engagements = list ("engagements", NULL, NULL);
  g_autoptr(GHashTable) sectors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) families_of_actor = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                                   (GDestroyNotify) g_hash_table_unref);
  guint n_ended = 0, n_shared = 0;
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < actors->len; i++)
    g_hash_table_add (sectors, (gpointer) get (actors->pdata[i], "sector"));
  for (guint i = 0; tov_sectors[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (sectors, tov_sectors[i]));

  for (guint i = 0; i < engagements->len; i++)
    {
      gpointer e = engagements->pdata[i];
      GHashTable *families;

      g_hash_table_add (rings, (gpointer) get (e, "ring"));
      if (get (e, "to_date") != NULL)
        n_ended++;
      families = g_hash_table_lookup (families_of_actor, get (e, "actor_id"));
      if (families == NULL)
        {
          families = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (families_of_actor, (gpointer) get (e, "actor_id"), families);
        }
      g_hash_table_add (families, (gpointer) get (e, "family_id"));
    }
  for (guint i = 0; tov_rings[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (rings, tov_rings[i]));

  /* fewer professionals now than at enrolment: some engagements ended */
  g_assert_cmpuint (n_ended, >=, 10);

  /* one teacher, one caseworker serves several families */
  g_hash_table_iter_init (&iter, families_of_actor);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_hash_table_size (value) >= 3)
      n_shared++;
  g_assert_cmpuint (n_shared, >=, 5);
}

static void
test_coordinators (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);

  for (guint i = 0; i < families->len; i++)
    {
      g_autoptr(GPtrArray) engagements = list ("engagements", "family_id", tov_record_get_id (families->pdata[i]));
      guint n_current = 0, n_members = 0;

      for (guint j = 0; j < engagements->len; j++)
        {
          g_autoptr(GPtrArray) members = list ("engagement_members", "engagement_id",
                                               tov_record_get_id (engagements->pdata[j]));
          n_members += members->len;
          if (is_true (engagements->pdata[j], "coordinator") && get (engagements->pdata[j], "to_date") == NULL)
            {
              g_assert_cmpstr (get (engagements->pdata[j], "ring"), ==, "core");
              n_current++;
            }
        }
      g_assert_cmpuint (n_members, >, 0);
      if (g_str_equal (get (families->pdata[i], "status"), "closed"))
        g_assert_cmpuint (n_current, ==, 0);
      else
        g_assert_cmpuint (n_current, ==, 1);
    }
}

static void
test_plans (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_internal = 0;

  for (guint i = 0; i < families->len; i++)
    {
      g_autoptr(GPtrArray) plans = list ("plans", "family_id", tov_record_get_id (families->pdata[i]));
      g_autoptr(GPtrArray) versions = NULL;
      gint64 agreed = 0, draft = 0;

      g_assert_cmpuint (plans->len, ==, 1);
      versions = list ("plan_versions", "plan_id", tov_record_get_id (plans->pdata[0]));
      for (guint j = 0; j < versions->len; j++)
        {
          gpointer v = versions->pdata[j];
          gint64 number = g_ascii_strtoll (get (v, "number"), NULL, 10);
          g_autoptr(GPtrArray) items = list ("plan_items", "version_id", tov_record_get_id (v));

          g_assert_cmpuint (items->len, >=, 8);
          for (guint k = 0; k < items->len; k++)
            {
              g_hash_table_add (kinds, g_strdup (get (items->pdata[k], "kind")));
              if (is_true (items->pdata[k], "internal"))
                n_internal++;
            }
          if (g_str_equal (get (v, "status"), "draft"))
            {
              g_assert_null (get (v, "agreed_on"));
              draft = MAX (draft, number);
            }
          else
            {
              g_assert_nonnull (get (v, "agreed_on"));
              agreed = MAX (agreed, number);
            }
        }
      g_assert_cmpint (agreed, >, 0);
      g_assert_cmpint (draft, >, agreed);
    }
  for (guint i = 0; tov_item_kinds[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (kinds, tov_item_kinds[i]));
  g_assert_cmpuint (n_internal, >, 0);
}

static void
test_goals_and_efforts (void)
{
  g_autoptr(GPtrArray) items = list ("plan_items", NULL, NULL);
  guint n_member_goals = 0, n_family_goals = 0, n_short = 0, n_long = 0, n_efforts_with_law = 0;

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = items->pdata[i];

      if (g_str_equal (get (item, "kind"), "goal"))
        {
          g_assert_nonnull (get (item, "theme"));
          g_assert_nonnull (get (item, "scale_now"));
          g_assert_nonnull (get (item, "scale_target"));
          if (get (item, "person_id") != NULL)
            n_member_goals++;
          else
            n_family_goals++;
          if (g_strcmp0 (get (item, "horizon"), "short") == 0)
            n_short++;
          else if (g_strcmp0 (get (item, "horizon"), "long") == 0)
            n_long++;
        }
      else if (g_str_equal (get (item, "kind"), "effort"))
        {
          g_assert_nonnull (get (item, "actor_id"));
          if (get (item, "legal_basis") != NULL && get (item, "statutory_plan") != NULL)
            n_efforts_with_law++;
        }
    }
  g_assert_cmpuint (n_member_goals, >=, 20);
  g_assert_cmpuint (n_family_goals, >=, 5);
  g_assert_cmpuint (n_short, >, 0);
  g_assert_cmpuint (n_long, >, 0);
  g_assert_cmpuint (n_efforts_with_law, >=, 20);
}

/* Every non-internal item of the current draft and every agreement of an
 * Arabic-speaking family has an Arabic text for the printout. */
static void
test_arabic (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);
  guint n_arabic_families = 0;

  for (guint i = 0; i < families->len; i++)
    {
      const char *family_id = tov_record_get_id (families->pdata[i]);
      g_autoptr(GPtrArray) translations = NULL;
      g_autoptr(GHashTable) translated = NULL;
      g_autoptr(GPtrArray) plans = NULL;
      g_autoptr(GPtrArray) versions = NULL;
      g_autoptr(GPtrArray) agreements = NULL;
      gpointer draft = NULL;
      g_autoptr(GPtrArray) items = NULL;

      if (!has_language (families->pdata[i], "languages", "ar"))
        continue;
      n_arabic_families++;
      g_assert_true (has_language (families->pdata[i], "print_languages", "ar"));

      translations = list ("translations", "family_id", family_id);
      translated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint j = 0; j < translations->len; j++)
        {
          gpointer t = translations->pdata[j];

          g_assert_cmpstr (get (t, "language"), ==, "ar");
          g_assert_true (is_arabic (get (t, "text")));
          g_hash_table_add (translated, g_strdup_printf ("%s/%s/%s", get (t, "source_table"),
                                                         get (t, "source_id"), get (t, "field")));
        }

      plans = list ("plans", "family_id", family_id);
      versions = list ("plan_versions", "plan_id", tov_record_get_id (plans->pdata[0]));
      for (guint j = 0; j < versions->len; j++)
        if (g_str_equal (get (versions->pdata[j], "status"), "draft"))
          draft = versions->pdata[j];
      g_assert_nonnull (draft);
      items = list ("plan_items", "version_id", tov_record_get_id (draft));
      for (guint j = 0; j < items->len; j++)
        {
          g_autofree char *key = g_strdup_printf ("plan_items/%s/text", tov_record_get_id (items->pdata[j]));

          if (!is_true (items->pdata[j], "internal"))
            g_assert_true (g_hash_table_contains (translated, key));
        }

      agreements = list ("agreements", "family_id", family_id);
      g_assert_cmpuint (agreements->len, >, 0);
      for (guint j = 0; j < agreements->len; j++)
        {
          g_autofree char *key = g_strdup_printf ("agreements/%s/what", tov_record_get_id (agreements->pdata[j]));
          g_assert_true (g_hash_table_contains (translated, key));
        }
    }
  g_assert_cmpuint (n_arabic_families, >=, 2);
}

static void
test_agreements (void)
{
  g_autoptr(GPtrArray) agreements = list ("agreements", NULL, NULL);
  g_autoptr(GHashTable) statuses = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_overdue = 0, n_by_person = 0, n_by_actor = 0;

  for (guint i = 0; i < agreements->len; i++)
    {
      gpointer a = agreements->pdata[i];
      const char *status = get (a, "status");

      g_hash_table_add (statuses, (gpointer) status);
      g_assert_true ((get (a, "actor_id") != NULL) != (get (a, "person_id") != NULL));
      if (get (a, "actor_id") != NULL)
        n_by_actor++;
      else
        n_by_person++;
      if (g_str_equal (status, "open") && get (a, "due_on") != NULL && strcmp (get (a, "due_on"), "2026-11-20") < 0)
        n_overdue++;
    }
  g_assert_cmpuint (n_overdue, >=, 3);
  g_assert_cmpuint (n_by_actor, >, 0);
  g_assert_cmpuint (n_by_person, >, 0);
  g_assert_true (g_hash_table_contains (statuses, "done"));
  g_assert_true (g_hash_table_contains (statuses, "not_kept"));
}

static void
test_meetings (void)
{
  g_autoptr(GPtrArray) families = list ("families", NULL, NULL);
  guint n_danger = 0, n_safety = 0, n_child_scalings = 0;

  for (guint i = 0; i < families->len; i++)
    {
      g_autoptr(GPtrArray) meetings = list ("meetings", "family_id", tov_record_get_id (families->pdata[i]));

      g_assert_cmpuint (meetings->len, >=, 1);
      for (guint j = 0; j < meetings->len; j++)
        {
          const char *meeting_id = tov_record_get_id (meetings->pdata[j]);
          g_autoptr(GPtrArray) mapping = list ("mapping_items", "meeting_id", meeting_id);
          g_autoptr(GPtrArray) participants = list ("meeting_participants", "meeting_id", meeting_id);
          g_autoptr(GPtrArray) scalings = list ("scalings", "meeting_id", meeting_id);
          g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
          g_autoptr(GHashTable) person_participants = g_hash_table_new (g_str_hash, g_str_equal);

          g_assert_nonnull (get (meetings->pdata[j], "minutes"));
          for (guint k = 0; k < mapping->len; k++)
            g_hash_table_add (columns, (gpointer) get (mapping->pdata[k], "category"));
          g_assert_true (g_hash_table_contains (columns, "worry"));
          g_assert_true (g_hash_table_contains (columns, "working_well"));
          g_assert_true (g_hash_table_contains (columns, "next_step"));
          n_danger += g_hash_table_contains (columns, "danger_statement");
          n_safety += g_hash_table_contains (columns, "safety_goal");

          for (guint k = 0; k < participants->len; k++)
            if (get (participants->pdata[k], "person_id") != NULL)
              {
                g_autoptr(TovRecord) person = tov_store_get (store, "persons",
                                                             get (participants->pdata[k], "person_id"), NULL);
                g_assert_nonnull (person);
                if (g_str_equal (get (person, "household_role"), "child"))
                  g_hash_table_add (person_participants, (gpointer) tov_record_get_id (participants->pdata[k]));
              }
          g_assert_cmpuint (scalings->len, >=, 5);
          for (guint k = 0; k < scalings->len; k++)
            if (g_hash_table_contains (person_participants, get (scalings->pdata[k], "participant_id")))
              n_child_scalings++;
        }
    }
  g_assert_cmpuint (n_danger, >=, 6);
  g_assert_cmpuint (n_safety, >=, 6);
  g_assert_cmpuint (n_child_scalings, >=, 5);
}

static void
test_measurements (void)
{
  g_autoptr(GPtrArray) persons = list ("persons", NULL, NULL);
  g_autoptr(GHashTable) dimensions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < persons->len; i++)
    {
      g_autoptr(GPtrArray) measurements = list ("measurements", "person_id", tov_record_get_id (persons->pdata[i]));
      g_autoptr(GHashTable) dates = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint j = 0; j < measurements->len; j++)
        {
          g_hash_table_add (dates, (gpointer) get (measurements->pdata[j], "measured_on"));
          g_hash_table_add (dimensions, g_strdup (get (measurements->pdata[j], "dimension")));
        }
      if (is_adult (persons->pdata[i]))
        {
          if (g_hash_table_size (dates) < 2)
            g_test_message ("adult %s has measurements on %u dates",
                            get (persons->pdata[i], "given_name"), g_hash_table_size (dates));
          g_assert_cmpuint (g_hash_table_size (dates), >=, 2);
        }
    }
  for (guint i = 0; tov_dimensions[i] != NULL; i++)
    g_assert_true (g_hash_table_contains (dimensions, tov_dimensions[i]));
}

static void
test_consents (void)
{
  g_autoptr(GPtrArray) persons = list ("persons", NULL, NULL);
  g_autoptr(GDate) today = g_date_new ();
  g_autofree char *soon = NULL;
  guint n_adults_without = 0, n_withdrawn = 0, n_expiring = 0;
  char buf[16];

  g_date_set_parse (today, DEMO_TODAY);
  g_assert_true (g_date_valid (today));
  g_date_add_days (today, 30);
  g_date_strftime (buf, sizeof buf, "%Y-%m-%d", today);
  soon = g_strdup (buf);

  for (guint i = 0; i < persons->len; i++)
    {
      g_autoptr(GPtrArray) consents = list ("consents", "person_id", tov_record_get_id (persons->pdata[i]));

      if (!is_adult (persons->pdata[i]))
        continue;
      if (consents->len == 0)
        n_adults_without++;
      for (guint j = 0; j < consents->len; j++)
        {
          const char *expires = get (consents->pdata[j], "expires_on");

          if (get (consents->pdata[j], "withdrawn_on") != NULL)
            n_withdrawn++;
          else if (expires != NULL && strcmp (expires, DEMO_TODAY) > 0 && strcmp (expires, soon) <= 0)
            n_expiring++;
        }
    }
  g_assert_cmpuint (n_adults_without, >=, 1);
  g_assert_cmpuint (n_withdrawn, >=, 1);
  g_assert_cmpuint (n_expiring, >=, 1);
}

/* The demo is written in the writer's own order: exporting it gives the
 * file back, apart from the comment at the top. */
static void
test_round_trip (void)
{
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = tov_xml_writer_export (writer, NULL, &error);
  g_autofree char *path = demo_path ();
  g_autofree char *contents = NULL;
  gsize length;
  GString *expected;
  const char *comment, *end;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);

  expected = g_string_new_len (contents, length);
  comment = strstr (expected->str, "<!--");
  if (comment != NULL)
    {
      end = strstr (comment, "-->\n");
      g_assert_nonnull (end);
      g_string_erase (expected, comment - expected->str, end + 4 - comment);
    }
  g_assert_cmpmem (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported),
                   expected->str, expected->len);
  g_string_free (expected, TRUE);
}

/* Importing the demo twice updates by id and adds nothing. */
static void
test_reimport (void)
{
  g_autoptr(TovXmlReader) reader = tov_xml_reader_new (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = demo_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) families = NULL;

  g_assert_true (tov_xml_reader_import_file (reader, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tov_xml_reader_get_n_inserted (reader), ==, 0);
  families = list ("families", NULL, NULL);
  g_assert_cmpuint (families->len, ==, n_families_imported);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovXmlReader) reader = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  path = demo_path ();
  file = g_file_new_for_path (path);
  store = tov_store_open (":memory:", &error);
  g_assert_no_error (error);
  reader = tov_xml_reader_new (store);
  if (!tov_xml_reader_import_file (reader, file, NULL, &error))
    g_error ("%s", error->message);
  n_families_imported = tov_xml_reader_get_n_families (reader);
  n_persons_imported = tov_xml_reader_get_n_persons (reader);
  g_clear_object (&reader);
  g_assert_true (tov_store_check (store, &problems, &error));
  g_assert_no_error (error);

  g_test_add_func ("/tov/demo/counts", test_counts);
  g_test_add_func ("/tov/demo/statuses", test_statuses);
  g_test_add_func ("/tov/demo/rings-and-sectors", test_rings_and_sectors);
  g_test_add_func ("/tov/demo/coordinators", test_coordinators);
  g_test_add_func ("/tov/demo/plans", test_plans);
  g_test_add_func ("/tov/demo/goals-and-efforts", test_goals_and_efforts);
  g_test_add_func ("/tov/demo/arabic", test_arabic);
  g_test_add_func ("/tov/demo/agreements", test_agreements);
  g_test_add_func ("/tov/demo/meetings", test_meetings);
  g_test_add_func ("/tov/demo/measurements", test_measurements);
  g_test_add_func ("/tov/demo/consents", test_consents);
  g_test_add_func ("/tov/demo/round-trip", test_round_trip);
  g_test_add_func ("/tov/demo/reimport", test_reimport);

  status = g_test_run ();
  g_assert_finalize_object (store);
  return status;
}
