/* test-record.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-record.h"

#define ID "6b1c1e0a-3f55-4b8e-9d5e-2f9a4c7b1d00"

typedef struct
{
  const char *what;
  const char *table;
  const char *values[24];  /* column, value, ..., NULL */
  const char *column;      /* at fault, NULL when valid */
  const char *message;     /* a part of the message */
} Case;

static const Case cases[] = {
  { "valid family", "families", { "name", "Haddad", "status", "active", NULL }, NULL, NULL },
  { "missing name", "families", { "status", "active", NULL }, "name", "Family name is required" },
  { "blank name", "families", { "name", "   ", "status", "active", NULL }, "name", "Family name" },
  { "bad enum", "families", { "name", "A", "status", "finished", NULL }, "status", "referred, active, closed" },
  { "closed without date", "families", { "name", "A", "status", "closed", NULL }, "closed_on", "closed" },
  { "closed before enrolled", "families", { "name", "A", "status", "closed", "enrolled_on", "2024-05-01",
                                            "closed_on", "2024-01-01", NULL }, "closed_on", "before" },
  { "bad language", "families", { "name", "A", "status", "active", "interpreter_language", "Arabic", NULL },
    "interpreter_language", "Interpreter language" },
  { "bad languages", "families", { "name", "A", "status", "active", "languages", "ar,da", NULL },
    "languages", "Languages" },
  { "good languages", "families", { "name", "A", "status", "active", "languages", "ar da fa-AF", NULL },
    NULL, NULL },
  { "bad boolean", "families", { "name", "A", "status", "active", "interpreter_needed", "yes", NULL },
    "interpreter_needed", "Interpreter needed" },
  { "two-line name", "families", { "name", "A\nB", "status", "active", NULL }, "name", "one line" },
  { "bad date", "persons", { "family_id", ID, "given_name", "Sara", "household_role", "child",
                             "birth_date", "2024-02-30", NULL }, "birth_date", "Date of birth" },
  { "date as words", "persons", { "family_id", ID, "given_name", "Sara", "household_role", "child",
                                  "birth_date", "1. maj 2020", NULL }, "birth_date", "year-month-day" },
  { "year out of range", "persons", { "family_id", ID, "given_name", "Sara", "household_role", "child",
                                      "arrival_year", "1850", NULL }, "arrival_year", "Year of arrival" },
  { "bad reference", "persons", { "family_id", "42", "given_name", "Sara", "household_role", "child", NULL },
    "family_id", "not a valid id" },
  { "missing parent", "persons", { "given_name", "Sara", "household_role", "child", NULL },
    "family_id", "Family is required" },
  { "scale 11", "plan_items", { "version_id", ID, "kind", "goal", "text", "x", "scale_now", "11",
                                "position", "0", NULL }, "scale_now", "from 0 to 10" },
  { "scale -1", "plan_items", { "version_id", ID, "kind", "goal", "text", "x", "scale_target", "-1",
                                "position", "0", NULL }, "scale_target", "Scale target" },
  { "scale on a worry", "plan_items", { "version_id", ID, "kind", "worry", "text", "x", "scale_now", "3",
                                        "position", "0", NULL }, "scale_now", "Only a goal" },
  { "actor on a goal", "plan_items", { "version_id", ID, "kind", "goal", "text", "x", "actor_id", ID,
                                       "position", "0", NULL }, "actor_id", "Only an effort" },
  { "blank text", "plan_items", { "version_id", ID, "kind", "goal", "text", " \n ", "position", "0", NULL },
    "text", "Text is required" },
  { "scaling 11", "scalings", { "meeting_id", ID, "participant_id", ID, "value", "11", NULL },
    "value", "Scale" },
  { "agreed without date", "plan_versions", { "plan_id", ID, "number", "1", "status", "agreed", NULL },
    "agreed_on", "agreed" },
  { "draft with date", "plan_versions", { "plan_id", ID, "number", "1", "status", "draft",
                                          "agreed_on", "2024-01-01", NULL }, "agreed_on", "draft" },
  { "no who", "agreements", { "family_id", ID, "what", "x", "status", "open", NULL }, "actor_id", "Choose who" },
  { "both who", "agreements", { "family_id", ID, "what", "x", "status", "open", "actor_id", ID,
                                "person_id", ID, NULL }, "actor_id", "not both" },
  { "coordinator outside core", "engagements", { "family_id", ID, "actor_id", ID, "ring", "near",
                                                 "coordinator", "1", "from_date", "2024-01-01", NULL },
    "coordinator", "core" },
  { "ends before start", "engagements", { "family_id", ID, "actor_id", ID, "ring", "near",
                                          "from_date", "2024-05-01", "to_date", "2024-01-01", NULL },
    "to_date", "before" },
  { "consent expires before given", "consents", { "person_id", ID, "given_on", "2024-05-01",
                                                  "expires_on", "2024-01-01", NULL }, "expires_on", "expires" },
  { "bad measurement value", "measurements", { "person_id", ID, "dimension", "work_interest",
                                               "measured_on", "2024-01-01", "value", "maybe", NULL },
    "value", "wants_work" },
  { "wellbeing 7", "measurements", { "person_id", ID, "dimension", "wellbeing",
                                     "measured_on", "2024-01-01", "value", "7", NULL }, NULL, NULL },
  { "bad time", "meetings", { "family_id", ID, "held_on", "2024-01-01", "kind", "network",
                              "start_time", "25:00", NULL }, "start_time", "hours:minutes" },
  { "untranslatable field", "translations", { "family_id", ID, "source_table", "persons", "source_id", ID,
                                              "field", "given_name", "language", "ar", "text", "x", NULL },
    "field", "not a translatable text" },
  { "bad translation language", "translations", { "family_id", ID, "source_table", "plan_items",
                                                  "source_id", ID, "field", "text", "language", "ARABIC",
                                                  "text", "x", NULL }, "language", "Language" },
  { "bad real", "engagements", { "family_id", ID, "actor_id", ID, "ring", "near",
                                 "from_date", "2024-01-01", "map_angle", "north", NULL }, "map_angle", "number" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(TovRecord) record = tov_record_new (c->table);
  g_autoptr(GError) error = NULL;
  const char *column = "unset";
  gboolean valid;

  g_assert_nonnull (record);
  for (guint i = 0; c->values[i] != NULL; i += 2)
    tov_record_set (record, c->values[i], c->values[i + 1]);

  valid = tov_record_validate (record, &column, &error);
  if (c->column == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (valid);
      g_assert_null (column);
      return;
    }
  g_assert_false (valid);
  g_assert_error (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID);
  g_assert_cmpstr (column, ==, c->column);
  g_test_message ("%s", error->message);
  if (strstr (error->message, c->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, c->message);
}

static void
test_implicit_columns (void)
{
  g_autoptr(TovRecord) record = tov_record_new ("actors");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_record_set (record, "name", "Ib");
  tov_record_set (record, "sector", "school");
  tov_record_set_id (record, "not-a-uuid");
  g_assert_false (tov_record_validate (record, &column, &error));
  g_assert_cmpstr (column, ==, "id");
  g_clear_error (&error);

  tov_record_set_id (record, ID);
  tov_record_set (record, "created_at", "2024-01-01 10:00");
  g_assert_false (tov_record_validate (record, &column, &error));
  g_assert_cmpstr (column, ==, "created_at");
  g_clear_error (&error);

  tov_record_set (record, "created_at", "2024-01-01T10:00:00Z");
  g_assert_true (tov_record_validate (record, &column, &error));
  g_assert_no_error (error);
}

static void
test_values (void)
{
  g_autoptr(TovRecord) record = tov_record_new ("persons");
  g_autoptr(TovRecord) copy = NULL;

  g_assert_null (tov_record_new ("no_such_table"));
  tov_record_set (record, "given_name", "  Amal  ");
  g_assert_cmpstr (tov_record_get (record, "given_name"), ==, "Amal");
  tov_record_set (record, "given_name", "");
  g_assert_null (tov_record_get (record, "given_name"));
  tov_record_set_int (record, "arrival_year", 2015);
  g_assert_cmpint (tov_record_get_int (record, "arrival_year", 0), ==, 2015);
  tov_record_set_boolean (record, "interpreter_needed", TRUE);
  g_assert_true (tov_record_get_boolean (record, "interpreter_needed"));
  copy = tov_record_copy (record);
  g_assert_true (tov_record_equal (record, copy));
  tov_record_set (copy, "nationality", "Syrien");
  g_assert_false (tov_record_equal (record, copy));
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&record));
}

/* A record remembers that it was valid, but any change makes it check again. */
static void
test_revalidate_after_change (void)
{
  g_autoptr(TovRecord) record = tov_record_new ("plan_items");
  g_autoptr(TovRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_record_set (record, "version_id", "0b0e4a4c-7a45-4f7e-9c0e-1b2d3c4d5e6f");
  tov_record_set (record, "kind", "goal");
  tov_record_set (record, "text", "Arbejde");
  tov_record_set (record, "position", "0");
  tov_record_set (record, "scale_now", "4");
  g_assert_true (tov_record_validate (record, &column, &error));
  g_assert_no_error (error);

  tov_record_set (record, "scale_now", "11");
  g_assert_false (tov_record_validate (record, &column, &error));
  g_assert_error (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID);
  g_assert_cmpstr (column, ==, "scale_now");
  g_clear_error (&error);

  tov_record_set (record, "scale_now", "10");
  g_assert_true (tov_record_validate (record, &column, &error));
  copy = tov_record_copy (record);
  tov_record_set (copy, "kind", "effort");
  g_assert_false (tov_record_validate (copy, &column, &error));
  g_assert_cmpstr (column, ==, "scale_now");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tov/record/validate/%s", cases[i].what);
      g_strdelimit (path + strlen ("/tov/record/validate/"), " ", '-');
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/tov/record/implicit-columns", test_implicit_columns);
  g_test_add_func ("/tov/record/values", test_values);
  g_test_add_func ("/tov/record/revalidate-after-change", test_revalidate_after_change);

  return g_test_run ();
}
