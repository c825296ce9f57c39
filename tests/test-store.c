/* test-store.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tov-store.h"
#include "tov-store-private.h"

typedef struct
{
  char     *dir;
  char     *path;
  TovStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sub", "tovholder.db", NULL);
  f->store = tov_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  tov_store_set_staff (f->store, "Test Staff");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* rec ("persons", "given_name", "Amal", ..., NULL) */
static TovRecord *
rec (const char *table,
     ...)
{
  TovRecord *record = tov_record_new (table);
  const char *column;
  va_list args;

  g_assert_nonnull (record);
  va_start (args, table);
  while ((column = va_arg (args, const char *)) != NULL)
    tov_record_set (record, column, va_arg (args, const char *));
  va_end (args);
  return record;
}

static char *
insert (TovStore  *store,
        TovRecord *record)
{
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_store_insert (store, record, &column, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tov_record_get_id (record));
  return g_strdup (tov_record_get_id (record));
}

static char *
add (TovStore *store,
     const char *table,
     ...)
{
  g_autoptr(TovRecord) record = tov_record_new (table);
  const char *column;
  va_list args;

  va_start (args, table);
  while ((column = va_arg (args, const char *)) != NULL)
    tov_record_set (record, column, va_arg (args, const char *));
  va_end (args);
  return insert (store, record);
}

static gint64
query_int (TovStore   *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  return value;
}

static char *
query_text (TovStore   *store,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Row counts of every table, the audit log and the search index. */
static char *
snapshot (TovStore *store)
{
  GString *s = g_string_new (NULL);
  const TovTableInfo *tables;
  guint n;

  tables = tov_model_get_tables (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) || '/' || "
                                              "coalesce (max (updated_at), '') FROM %s",
                                              tables[i].name);
      g_autofree char *value = query_text (store, sql);
      g_string_append_printf (s, "%s=%s ", tables[i].name, value);
    }
  g_string_append_printf (s, "audit=%" G_GINT64_FORMAT " ",
                          query_int (store, "SELECT count(*) FROM audit_log"));
  g_string_append_printf (s, "search=%" G_GINT64_FORMAT,
                          query_int (store, "SELECT count(*) FROM search_rows"));
  return g_string_free (s, FALSE);
}

/* A family with everything in it. */
typedef struct
{
  char *family, *mother, *child, *actor, *coordinator, *engagement, *member, *plan, *version,
       *item, *meeting, *participant, *mapping, *scaling, *agreement, *consent, *measurement,
       *translation, *interpreter_log;
} Family;

static void
family_clear (Family *fam)
{
  char **fields = (char **) fam;

  for (guint i = 0; i < sizeof (Family) / sizeof (char *); i++)
    g_free (fields[i]);
}

static void
make_family (TovStore   *store,
             const char *name,
             Family     *fam)
{
  fam->family = add (store, "families", "name", name, "status", "active",
                     "enrolled_on", "2024-01-15", "languages", "ar da", NULL);
  fam->mother = add (store, "persons", "family_id", fam->family, "given_name", "Amal",
                     "family_name", name, "household_role", "mother", "birth_date", "1985-04-02",
                     "sex", "female", "arrival_year", "2015", NULL);
  fam->child = add (store, "persons", "family_id", fam->family, "given_name", "Yusuf",
                    "family_name", name, "household_role", "child", "birth_date", "2014-09-30",
                    NULL);
  fam->actor = add (store, "actors", "name", "Hanne Sørensen", "organisation", "Jobcenter",
                    "sector", "employment", "role", "integration caseworker", NULL);
  fam->coordinator = add (store, "actors", "name", "Mette Holm", "sector", "social",
                          "role", "coordinator", NULL);
  add (store, "engagements", "family_id", fam->family, "actor_id", fam->coordinator,
       "ring", "core", "coordinator", "1", "from_date", "2024-01-15", NULL);
  fam->engagement = add (store, "engagements", "family_id", fam->family, "actor_id", fam->actor,
                         "ring", "near", "from_date", "2024-02-01", "map_angle", "0.5", NULL);
  fam->member = add (store, "engagement_members", "engagement_id", fam->engagement,
                     "person_id", fam->mother, NULL);
  fam->plan = add (store, "plans", "family_id", fam->family, "title", "Masterplan", NULL);
  /* a draft: the items of an agreed version are frozen (test-plan) */
  fam->version = add (store, "plan_versions", "plan_id", fam->plan, "number", "1",
                      "status", "draft", NULL);
  fam->item = add (store, "plan_items", "version_id", fam->version, "kind", "goal",
                   "person_id", fam->mother, "text", "Amal vil have et arbejde i en børnehave",
                   "horizon", "long", "scale_now", "3", "scale_target", "8", "position", "0", NULL);
  fam->meeting = add (store, "meetings", "family_id", fam->family, "held_on", "2024-03-01",
                      "start_time", "09:30", "kind", "network", "minutes", "Godt møde", NULL);
  fam->participant = add (store, "meeting_participants", "meeting_id", fam->meeting,
                          "person_id", fam->mother, "present", "1", NULL);
  fam->mapping = add (store, "mapping_items", "meeting_id", fam->meeting, "category", "worry",
                      "text", "Yusuf kommer for sent i skole", "position", "0", NULL);
  fam->scaling = add (store, "scalings", "meeting_id", fam->meeting,
                      "participant_id", fam->participant, "value", "6", NULL);
  fam->agreement = add (store, "agreements", "family_id", fam->family, "what", "Søge praktik",
                        "person_id", fam->mother, "due_on", "2024-04-01", "status", "open",
                        "version_id", fam->version, "meeting_id", fam->meeting, NULL);
  fam->consent = add (store, "consents", "person_id", fam->mother, "given_on", "2024-01-15",
                      "scope", "Social, Beskæftigelse", NULL);
  fam->measurement = add (store, "measurements", "person_id", fam->mother,
                          "dimension", "work_interest", "measured_on", "2024-01-15",
                          "value", "wants_work", NULL);
  fam->interpreter_log = add (store, "interpreter_logs", "family_id", fam->family,
                              "meeting_id", fam->meeting, "language", "ar",
                              "interpreter", "Tolkeservice", "mode", "phone", NULL);
  fam->translation = add (store, "translations", "family_id", fam->family,
                          "source_table", "plan_items", "source_id", fam->item, "field", "text",
                          "language", "ar", "text", "أمل تريد عملاً في روضة أطفال", NULL);
}

static void
test_insert_every_table (Fixture *f, gconstpointer data)
{
  Family fam = { 0 };
  const TovTableInfo *tables;
  guint n;

  make_family (f->store, "Haddad", &fam);
  tables = tov_model_get_tables (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = tov_store_list (f->store, tables[i].name, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, >=, 1);
      for (guint r = 0; r < rows->len; r++)
        {
          TovRecord *row = g_ptr_array_index (rows, r);
          g_autoptr(TovRecord) again = tov_store_get (f->store, tables[i].name,
                                                      tov_record_get_id (row), &error);
          g_assert_no_error (error);
          g_assert_true (tov_record_equal (row, again));
          g_assert_true (tov_record_validate (row, NULL, NULL));
          g_assert_nonnull (tov_record_get (row, "created_at"));
          g_assert_nonnull (tov_record_get (row, "updated_at"));
        }
    }

  /* values come back as they went in */
  {
    g_autoptr(TovRecord) mother = tov_store_get (f->store, "persons", fam.mother, NULL);
    g_autoptr(TovRecord) engagement = tov_store_get (f->store, "engagements", fam.engagement, NULL);
    g_autoptr(GPtrArray) persons = tov_store_list (f->store, "persons", "family_id", fam.family, NULL);

    g_assert_cmpstr (tov_record_get (mother, "birth_date"), ==, "1985-04-02");
    g_assert_cmpint (tov_record_get_int (mother, "arrival_year", 0), ==, 2015);
    g_assert_cmpstr (tov_record_get (engagement, "map_angle"), ==, "0.5");
    /* order_by: oldest first */
    g_assert_cmpuint (persons->len, ==, 2);
    g_assert_cmpstr (tov_record_get_id (g_ptr_array_index (persons, 0)), ==, fam.mother);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TovRecord) none = tov_store_get (f->store, "persons", "6b1c1e0a-3f55-4b8e-9d5e-2f9a4c7b1d00", &error);
    g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
    g_assert_null (none);
  }
  family_clear (&fam);
}

typedef struct
{
  const char *what;
  int         code;
  const char *column;
  const char *message;  /* a part of it */
} Refusal;

static void
assert_refused (Fixture       *f,
                TovRecord     *record,
                gboolean       update,
                const Refusal *r)
{
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;
  g_autofree char *id_before = g_strdup (tov_record_get_id (record));
  g_autoptr(GError) error = NULL;
  const char *column = NULL;
  gboolean ok;

  g_test_message ("refusal: %s", r->what);
  ok = update ? tov_store_update (f->store, record, &column, &error)
              : tov_store_insert (f->store, record, &column, &error);
  g_assert_false (ok);
  g_assert_error (error, TOV_STORE_ERROR, r->code);
  g_test_message ("  → %s", error->message);
  g_assert_cmpstr (column, ==, r->column);
  if (r->message != NULL && strstr (error->message, r->message) == NULL)
    g_error ("%s: “%s” does not contain “%s”", r->what, error->message, r->message);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (tov_record_get_id (record), ==, id_before);
}

static void
test_refused_writes (Fixture *f, gconstpointer data)
{
  Family fam = { 0 }, other = { 0 };
  const char *nowhere = "0a6c3d52-5b0e-4c8f-9d65-3c1b2a4f5e60";

  make_family (f->store, "Haddad", &fam);
  make_family (f->store, "Jensen", &other);

  {
    g_autoptr(TovRecord) r = rec ("families", "status", "active", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "missing name", TOV_STORE_ERROR_INVALID, "name",
                                              "Family name is required" });
  }
  {
    g_autoptr(TovRecord) r = rec ("persons", "family_id", fam.family, "given_name", "Sara",
                                  "household_role", "child", "birth_date", "2024-02-30", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "bad date", TOV_STORE_ERROR_INVALID, "birth_date",
                                              "Date of birth" });
  }
  {
    g_autoptr(TovRecord) r = rec ("plan_items", "version_id", fam.version, "kind", "goal",
                                  "text", "x", "scale_now", "11", "position", "1", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "scale 11", TOV_STORE_ERROR_INVALID, "scale_now",
                                              "Scale now" });
  }
  {
    g_autoptr(TovRecord) r = rec ("plan_items", "version_id", fam.version, "kind", "effort",
                                  "text", "Praktik", "actor_id", nowhere, "position", "1", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "dangling actor", TOV_STORE_ERROR_CONSTRAINT,
                                              "actor_id", "Responsible actor: there is no actor with id" });
  }
  {
    g_autoptr(TovRecord) r = rec ("persons", "family_id", nowhere, "given_name", "Sara",
                                  "household_role", "child", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "dangling parent", TOV_STORE_ERROR_CONSTRAINT,
                                              "family_id", "Family: there is no family" });
  }
  {
    g_autoptr(TovRecord) r = rec ("agreements", "family_id", fam.family, "what", "Møde",
                                  "person_id", other.mother, "status", "open", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "person of another family", TOV_STORE_ERROR_CONSTRAINT,
                                              "person_id", "another family" });
  }
  {
    g_autoptr(TovRecord) r = rec ("engagement_members", "engagement_id", fam.engagement,
                                  "person_id", other.child, NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "member of another family", TOV_STORE_ERROR_CONSTRAINT,
                                              "person_id", "another family" });
  }
  {
    g_autoptr(TovRecord) r = rec ("meeting_participants", "meeting_id", fam.meeting,
                                  "person_id", other.child, NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "participant of another family",
                                              TOV_STORE_ERROR_CONSTRAINT, "person_id", "another family" });
  }
  {
    g_autoptr(TovRecord) r = rec ("plan_items", "version_id", fam.version, "kind", "goal",
                                  "person_id", other.child, "text", "x", "position", "1", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "plan item for another family",
                                              TOV_STORE_ERROR_CONSTRAINT, "person_id", "another family" });
  }
  {
    g_autoptr(TovRecord) r = rec ("scalings", "meeting_id", fam.meeting,
                                  "participant_id", other.participant, "value", "3", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "scaling by another meeting's participant",
                                              TOV_STORE_ERROR_CONSTRAINT, "participant_id", NULL });
  }
  {
    g_autoptr(TovRecord) r = rec ("engagements", "family_id", fam.family, "actor_id", fam.actor,
                                  "ring", "core", "coordinator", "1", "from_date", "2024-05-01", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "second coordinator", TOV_STORE_ERROR_CONSTRAINT,
                                              "coordinator", "already has a coordinator" });
  }
  {
    g_autoptr(TovRecord) r = rec ("plans", "family_id", fam.family, NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "second plan", TOV_STORE_ERROR_CONSTRAINT,
                                              "family_id", "already has a masterplan" });
  }
  {
    g_autoptr(TovRecord) r = rec ("plan_versions", "plan_id", fam.plan, "number", "1",
                                  "status", "draft", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "same version number", TOV_STORE_ERROR_CONSTRAINT,
                                              "number", "already has a version 1" });
  }
  {
    g_autoptr(TovRecord) r = rec ("engagement_members", "engagement_id", fam.engagement,
                                  "person_id", fam.mother, NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "same member twice", TOV_STORE_ERROR_CONSTRAINT,
                                              "person_id", "already" });
  }
  {
    g_autoptr(TovRecord) r = rec ("translations", "family_id", fam.family,
                                  "source_table", "plan_items", "source_id", fam.item, "field", "text",
                                  "language", "ar", "text", "نص", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "second translation", TOV_STORE_ERROR_CONSTRAINT,
                                              "language", "already has a translation" });
  }
  {
    g_autoptr(TovRecord) r = rec ("translations", "family_id", fam.family,
                                  "source_table", "agreements", "source_id", nowhere, "field", "what",
                                  "language", "ar", "text", "نص", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "translation of nothing", TOV_STORE_ERROR_CONSTRAINT,
                                              "source_id", "there is no agreement" });
  }
  {
    g_autoptr(TovRecord) r = rec ("translations", "family_id", fam.family,
                                  "source_table", "agreements", "source_id", other.agreement,
                                  "field", "what", "language", "ar", "text", "نص", NULL);
    assert_refused (f, r, FALSE, &(Refusal) { "translation of another family's text",
                                              TOV_STORE_ERROR_CONSTRAINT, "source_id", "another family" });
  }
  {
    g_autoptr(TovRecord) r = tov_store_get (f->store, "persons", fam.mother, NULL);
    tov_record_set (r, "id", fam.child);
    assert_refused (f, r, FALSE, &(Refusal) { "duplicate id", TOV_STORE_ERROR_CONSTRAINT,
                                              "id", "already a person" });
  }
  {
    g_autoptr(TovRecord) r = rec ("actors", "name", "Ny", "sector", "school", NULL);
    tov_record_set_id (r, nowhere);
    assert_refused (f, r, TRUE, &(Refusal) { "update of nothing", TOV_STORE_ERROR_NOT_FOUND,
                                             "id", "no actor" });
  }
  {
    g_autoptr(TovRecord) r = tov_store_get (f->store, "persons", fam.mother, NULL);
    tov_record_set (r, "given_name", NULL);
    assert_refused (f, r, TRUE, &(Refusal) { "update without a name", TOV_STORE_ERROR_INVALID,
                                             "given_name", "Given name" });
  }
  {
    g_autoptr(TovRecord) r = tov_store_get (f->store, "engagements", fam.engagement, NULL);
    tov_record_set (r, "coordinator", "1");
    tov_record_set (r, "ring", "core");
    assert_refused (f, r, TRUE, &(Refusal) { "update to a second coordinator",
                                             TOV_STORE_ERROR_CONSTRAINT, "coordinator", "coordinator" });
  }
  family_clear (&fam);
  family_clear (&other);
}

static void
test_refused_in_transaction (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) bad = rec ("persons", "given_name", "Nobody", "household_role", "child",
                                  "family_id", "0a6c3d52-5b0e-4c8f-9d65-3c1b2a4f5e60", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *plan = NULL;

  g_assert_true (tov_store_begin (f->store, &error));
  a = add (f->store, "families", "name", "Ali", "status", "active", NULL);
  plan = add (f->store, "plans", "family_id", a, NULL);
  g_assert_false (tov_store_insert (f->store, bad, NULL, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  {
    /* refused by SQLite itself (unique), not by the checks */
    g_autoptr(TovRecord) second = rec ("plans", "family_id", a, NULL);
    g_assert_false (tov_store_insert (f->store, second, NULL, &error));
    g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }
  b = add (f->store, "families", "name", "Berg", "status", "referred", NULL);
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM families"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM plans"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log"), ==, 3);
}

static void
test_cascade_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  Family fam = { 0 }, other = { 0 };
  g_autofree char *keep = NULL;
  g_autofree char *after = NULL;

  make_family (f->store, "Haddad", &fam);
  make_family (f->store, "Jensen", &other);
  keep = snapshot (f->store);

  g_assert_true (tov_store_delete (f->store, "families", fam.family, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM families"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM persons"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM consents"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM plan_items"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM scalings"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM translations"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM actors"), ==, 4);
  /* only the other family's rows and the actors are still searchable */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM search_rows WHERE family_id IS NULL"), ==, 4);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT family_id) FROM search_rows"), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM search"), ==,
                   query_int (f->store, "SELECT count(*) FROM search_rows"));

  /* a person's translations go with the person's plan item */
  g_assert_true (tov_store_delete (f->store, "plan_items", other.item, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM translations"), ==, 0);

  g_assert_false (tov_store_delete (f->store, "families", fam.family, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);

  {
    g_autoptr(GPtrArray) problems = NULL;
    g_clear_error (&error);
    g_assert_true (tov_store_check (f->store, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  family_clear (&fam);
  family_clear (&other);
}

static void
test_restrict_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  Family fam = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_family (f->store, "Haddad", &fam);
  before = snapshot (f->store);

  g_assert_false (tov_store_delete (f->store, "actors", fam.actor, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "still engaged with a family"));
  g_clear_error (&error);

  g_assert_false (tov_store_delete (f->store, "persons", fam.mother, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);

  /* unreferenced, it goes */
  g_assert_true (tov_store_delete (f->store, "persons", fam.child, &error));
  g_assert_no_error (error);
  family_clear (&fam);
}

static void
test_audit (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) actor = rec ("actors", "name", "Lærer Ib", "sector", "school", NULL);
  g_autofree char *id = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *log = NULL;

  tov_store_set_staff (f->store, "Karen Koordinator");
  g_assert_cmpstr (tov_store_get_staff (f->store), ==, "Karen Koordinator");
  id = insert (f->store, actor);
  tov_record_set (actor, "role", "klasselærer");
  g_assert_true (tov_store_update (f->store, actor, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tov_store_delete (f->store, "actors", id, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("SELECT group_concat (action || ':' || staff || ':' || table_name || ':' || "
                         "coalesce (summary, ''), '|') FROM (SELECT * FROM audit_log "
                         "WHERE row_id = '%s' ORDER BY rowid)", id);
  log = query_text (f->store, sql);
  g_assert_cmpstr (log, ==, "insert:Karen Koordinator:actors:name, sector|"
                            "update:Karen Koordinator:actors:role|"
                            "delete:Karen Koordinator:actors:");
  /* no personal data in the log */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit_log WHERE summary LIKE '%Ib%'"), ==, 0);

  tov_store_set_staff (f->store, NULL);
  g_assert_nonnull (tov_store_get_staff (f->store));
  g_assert_cmpstr (tov_store_get_staff (f->store), !=, "");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The rows a query returns, one line each, sorted: for comparing sets. */
static char *
query_set (TovStore   *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  g_ptr_array_sort (rows, compare_strings);
  g_ptr_array_add (rows, NULL);
  return g_strjoinv ("\n", (char **) rows->pdata);
}

/* A bulk transaction does set-wise at its commit what single writes do row
 * by row (search rows, audit log): the same family written both ways must
 * leave the same traces. */
static void
test_bulk_same_as_single (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = NULL;
  Family single = { 0 }, bulk = { 0 };
  gint64 audit_before, docid_before;
  g_autofree char *audit_single = NULL, *audit_bulk = NULL;
  g_autofree char *search_single = NULL, *search_bulk = NULL;
  g_autofree char *sql = NULL;

  make_family (f->store, "Haddad", &single);
  audit_before = query_int (f->store, "SELECT max (id) FROM audit_log");
  docid_before = query_int (f->store, "SELECT max (docid) FROM search_rows");

  g_assert_true (tov_store_begin_bulk (f->store, &error));
  g_assert_no_error (error);
  make_family (f->store, "Haddad", &bulk);
  /* the index and the log are written at the commit */
  sql = g_strdup_printf ("SELECT count(*) FROM search_rows WHERE docid > %" G_GINT64_FORMAT, docid_before);
  g_assert_cmpint (query_int (f->store, sql), ==, 0);
  g_assert_cmpint (query_int (f->store, "PRAGMA foreign_keys"), ==, 0);
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT action || ':' || staff || ':' || table_name || ':' || coalesce (summary, '') "
                         "FROM audit_log WHERE id <= %" G_GINT64_FORMAT, audit_before);
  audit_single = query_set (f->store, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT action || ':' || staff || ':' || table_name || ':' || coalesce (summary, '') "
                         "FROM audit_log WHERE id > %" G_GINT64_FORMAT, audit_before);
  audit_bulk = query_set (f->store, sql);
  g_assert_cmpstr (audit_bulk, ==, audit_single);
  g_assert_nonnull (strstr (audit_bulk, "insert:"));

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT source_table || ':' || (family_id IS NULL) || ':' || label || ':' || text "
                         "FROM search_rows WHERE docid <= %" G_GINT64_FORMAT, docid_before);
  search_single = query_set (f->store, sql);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT source_table || ':' || (family_id IS NULL) || ':' || label || ':' || text "
                         "FROM search_rows WHERE docid > %" G_GINT64_FORMAT, docid_before);
  search_bulk = query_set (f->store, sql);
  g_assert_cmpstr (search_bulk, ==, search_single);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM search_rows WHERE family_id = '%s'", bulk.family);
  g_assert_cmpint (query_int (f->store, sql), >=, 4);  /* family, two persons, plan text... */

  /* and the full-text index finds both, by a member's name and by plan text */
  hits = tov_store_search (f->store, "yusuf haddad", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 2);
  g_assert_cmpint (query_int (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (f->store, "PRAGMA cache_size"), ==, -32768);

  family_clear (&single);
  family_clear (&bulk);
}

/* Foreign keys are checked once, at the commit of a bulk transaction: a
 * row that slipped past the store's own checks still cannot be committed. */
static void
test_bulk_foreign_keys (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;

  g_assert_true (tov_store_begin_bulk (f->store, &error));
  g_assert_no_error (error);
  add (f->store, "families", "name", "Haddad", "status", "active", NULL);
  /* as if a check of the store missed it */
  g_assert_cmpint (sqlite3_exec (f->store->db,
                                 "INSERT INTO persons (id, created_at, updated_at, family_id, given_name, "
                                 "household_role) VALUES ('2b5b0a36-0a6e-4d3c-9f43-0d5f6f3f3f3f', "
                                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                                 "'00000000-0000-0000-0000-000000000000', 'Amal', 'mother')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  tov_store_bulk_wrote (f->store, tov_model_lookup_table ("persons"));
  g_assert_false (tov_store_commit (f->store, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  tov_store_rollback (f->store);

  after = snapshot (f->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (f->store, "PRAGMA cache_size"), ==, -32768);
}

typedef struct
{
  guint   count;
  GString *log;
} Changes;

static void
on_changed_cb (TovStore   *store,
               const char *table,
               const char *id,
               Changes    *changes)
{
  changes->count++;
  g_string_append_printf (changes->log, "%s;", table != NULL ? table : "(null)");
  if (table != NULL)
    g_assert_true (g_uuid_string_is_valid (id));
  else
    g_assert_null (id);
}

static void
test_changed_signals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  Changes changes = { 0, g_string_new (NULL) };
  g_autofree char *family = NULL;
  g_autofree char *person = NULL;
  g_autoptr(TovRecord) bad = rec ("families", "status", "active", NULL);
  gulong handler;

  handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &changes);

  family = add (f->store, "families", "name", "Ali", "status", "active", NULL);
  person = add (f->store, "persons", "family_id", family, "given_name", "Omar",
                "household_role", "father", NULL);
  g_assert_false (tov_store_insert (f->store, bad, NULL, NULL));
  g_assert_cmpuint (changes.count, ==, 2);
  g_assert_cmpstr (changes.log->str, ==, "families;persons;");

  g_assert_true (tov_store_begin (f->store, &error));
  g_free (add (f->store, "persons", "family_id", family, "given_name", "Lina",
               "household_role", "child", NULL));
  g_assert_true (tov_store_delete (f->store, "persons", person, &error));
  g_assert_cmpuint (changes.count, ==, 2);
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_cmpuint (changes.count, ==, 3);
  g_assert_cmpstr (changes.log->str, ==, "families;persons;(null);");

  /* a rolled back transaction changed nothing */
  g_assert_true (tov_store_begin (f->store, &error));
  g_free (add (f->store, "persons", "family_id", family, "given_name", "Rami",
               "household_role", "child", NULL));
  tov_store_rollback (f->store);
  g_assert_cmpuint (changes.count, ==, 3);

  /* nor a transaction that wrote nothing */
  g_assert_true (tov_store_begin (f->store, &error));
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_cmpuint (changes.count, ==, 3);

  g_signal_handler_disconnect (f->store, handler);
  g_string_free (changes.log, TRUE);
}

static void
test_rollback (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *a = NULL;

  before = snapshot (f->store);
  g_assert_true (tov_store_begin (f->store, &error));
  g_free (add (f->store, "families", "name", "Ali", "status", "active", NULL));
  tov_store_rollback (f->store);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);

  /* nested: the inner rollback undoes only its own part */
  g_assert_true (tov_store_begin (f->store, &error));
  a = add (f->store, "families", "name", "Ali", "status", "active", NULL);
  g_assert_true (tov_store_begin (f->store, &error));
  g_free (add (f->store, "families", "name", "Berg", "status", "active", NULL));
  tov_store_rollback (f->store);
  g_assert_true (tov_store_begin (f->store, &error));
  g_free (add (f->store, "families", "name", "Carlsen", "status", "active", NULL));
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_true (tov_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM families"), ==, 2);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM families WHERE name = 'Berg'"), ==, 0);
}

static void
test_save (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) family = rec ("families", "name", "Ali", "status", "active",
                                     "created_at", "2020-01-01T10:00:00Z",
                                     "updated_at", "2020-02-01T10:00:00Z", NULL);
  g_autoptr(TovRecord) stored = NULL;
  gboolean inserted = FALSE;

  tov_record_set_id (family, "1f0d7c3e-8a4b-4c2d-9e6f-0a1b2c3d4e5f");
  g_assert_true (tov_store_save (f->store, family, TRUE, &inserted, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (inserted);
  stored = tov_store_get (f->store, "families", tov_record_get_id (family), &error);
  g_assert_true (tov_record_equal (family, stored));
  g_clear_object (&stored);

  tov_record_set (family, "status", "closed");
  tov_record_set (family, "closed_on", "2021-01-01");
  tov_record_set (family, "updated_at", "2021-01-01T10:00:00Z");
  g_assert_true (tov_store_save (f->store, family, TRUE, &inserted, NULL, &error));
  g_assert_false (inserted);
  stored = tov_store_get (f->store, "families", tov_record_get_id (family), &error);
  g_assert_cmpstr (tov_record_get (stored, "updated_at"), ==, "2021-01-01T10:00:00Z");
  g_assert_cmpstr (tov_record_get (stored, "created_at"), ==, "2020-01-01T10:00:00Z");
  g_assert_cmpstr (tov_record_get (stored, "status"), ==, "closed");
  g_clear_object (&stored);

  /* without keep_times: created stays, updated is now */
  tov_record_set (family, "name", "Ali-Hassan");
  g_assert_true (tov_store_save (f->store, family, FALSE, &inserted, NULL, &error));
  g_assert_false (inserted);
  stored = tov_store_get (f->store, "families", tov_record_get_id (family), &error);
  g_assert_cmpstr (tov_record_get (stored, "created_at"), ==, "2020-01-01T10:00:00Z");
  g_assert_cmpstr (tov_record_get (stored, "updated_at"), >, "2021-01-01T10:00:00Z");
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM families"), ==, 1);
}

static void
test_list_families (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) families = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 10);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 100);
  g_autofree char *soon_s = g_date_time_format (soon, "%Y-%m-%d");
  g_autofree char *later_s = g_date_time_format (later, "%Y-%m-%d");
  Family fam = { 0 };
  g_autofree char *empty = NULL;
  g_autofree char *father = NULL;
  g_autofree char *grandma = NULL;
  g_autofree char *teen = NULL;
  TovFamily *first;

  make_family (f->store, "Haddad", &fam);
  empty = add (f->store, "families", "name", "Andersen", "status", "referred", NULL);
  /* the mother's consent is valid; the father's expires soon; the grandmother has none;
   * the child under 18 needs none; a "child" of 19 does */
  father = add (f->store, "persons", "family_id", fam.family, "given_name", "Karim",
                "household_role", "father", NULL);
  g_free (add (f->store, "consents", "person_id", father, "given_on", "2024-01-01",
               "expires_on", soon_s, NULL));
  grandma = add (f->store, "persons", "family_id", fam.family, "given_name", "Fatima",
                 "household_role", "grandparent", NULL);
  teen = add (f->store, "persons", "family_id", fam.family, "given_name", "Ali",
              "household_role", "child", "birth_date", "2000-01-01", NULL);
  g_free (add (f->store, "consents", "person_id", teen, "given_on", "2024-01-01",
               "expires_on", later_s, NULL));
  /* overdue: the mother's open agreement from 2024; done ones do not count */
  g_free (add (f->store, "agreements", "family_id", fam.family, "what", "Done",
               "actor_id", fam.actor, "due_on", "2024-01-01", "status", "done", NULL));
  g_free (add (f->store, "agreements", "family_id", fam.family, "what", "Future",
               "actor_id", fam.actor, "due_on", later_s, "status", "open", NULL));

  families = tov_store_list_families (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);
  first = g_list_model_get_item (families, 0);
  g_assert_cmpstr (tov_family_get_name (first), ==, "Andersen");
  g_assert_cmpuint (tov_family_get_member_count (first), ==, 0);
  g_assert_null (tov_family_get_coordinator (first));
  g_object_unref (first);
  {
    g_autoptr(TovFamily) haddad = g_list_model_get_item (families, 1);

    g_assert_cmpstr (tov_family_get_id (haddad), ==, fam.family);
    g_assert_cmpstr (tov_family_get_status (haddad), ==, "active");
    g_assert_cmpstr (tov_family_get_enrolled_on (haddad), ==, "2024-01-15");
    g_assert_cmpstr (tov_family_get_coordinator (haddad), ==, "Mette Holm");
    g_assert_cmpuint (tov_family_get_member_count (haddad), ==, 5);
    g_assert_cmpuint (tov_family_get_overdue_count (haddad), ==, 1);
    g_assert_cmpuint (tov_family_get_consent_problems (haddad), ==, 2);
  }
  g_assert_finalize_object (g_steal_pointer (&families));
  family_clear (&fam);
}

static void
test_resolve_family (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = add (f->store, "families", "name", "Østergaard", "status", "active", NULL);
  g_autofree char *b = add (f->store, "families", "name", "Haddad", "status", "active", NULL);
  g_autofree char *c = add (f->store, "families", "name", "haddad", "status", "closed",
                            "closed_on", "2024-01-01", NULL);
  g_autofree char *found = NULL;

  found = tov_store_resolve_family (f->store, "østergaard", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, a);
  g_clear_pointer (&found, g_free);

  found = tov_store_resolve_family (f->store, b, &error);
  g_assert_cmpstr (found, ==, b);

  g_assert_null (tov_store_resolve_family (f->store, "HADDAD", &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2 families are called"));
  g_clear_error (&error);

  g_assert_null (tov_store_resolve_family (f->store, "Nobody", &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (tov_store_resolve_family (f->store, "0a6c3d52-5b0e-4c8f-9d65-3c1b2a4f5e60", &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
}

static void
test_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = add (f->store, "families", "name", "Ali", "status", "active", NULL);
  g_autoptr(TovRecord) family = NULL;

  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = tov_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tov_store_get_schema_version (f->store), ==, TOV_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (tov_store_get_path (f->store), ==, f->path);
  family = tov_store_get (f->store, "families", id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (family, "name"), ==, "Ali");
}

static void
test_pragmas (Fixture *f, gconstpointer data)
{
  g_autofree char *journal = query_text (f->store, "PRAGMA journal_mode");

  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (f->store, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (f->store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (f->store, "PRAGMA secure_delete"), ==, 1);
  g_assert_cmpint (query_int (f->store, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (query_int (f->store, "PRAGMA busy_timeout"), >, 0);
  g_assert_cmpint (query_int (f->store, "PRAGMA application_id"), ==, TOV_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (f->store, "PRAGMA user_version"), ==, TOV_STORE_SCHEMA_VERSION);
}

static void
test_memory (void)
{
  g_autoptr(GError) error = NULL;
  TovStore *store = tov_store_open (":memory:", &error);
  g_autofree char *id = NULL;

  g_assert_no_error (error);
  id = add (store, "actors", "name", "Ib", "sector", "school", NULL);
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_finalize_object (store);
}

static void
test_not_a_database (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  sqlite3 *db = NULL;
  TovStore *store;

  g_assert_true (g_file_set_contents (text, "This is a shopping list, not a database. "
                                      "Milk, bread, eggs, coffee, more coffee.\n", -1, NULL));
  store = tov_store_open (text, &error);
  g_assert_null (store);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = tov_store_open (other, &error);
  g_assert_null (store);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_DATABASE);
}

static void
test_newer_version (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  TovStore *store;

  g_assert_finalize_object (g_steal_pointer (&f->store));
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = tov_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "newer"));
}

static void
test_schema_matches_model (Fixture *f, gconstpointer data)
{
  const TovTableInfo *tables;
  guint n;

  tables = tov_model_get_tables (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info ('%s')",
                                              tables[i].name);
      g_assert_cmpint (query_int (f->store, sql), ==, tables[i].n_columns + 3);
      for (guint c = 0; c < tables[i].n_columns; c++)
        {
          const TovColumnInfo *col = &tables[i].columns[c];
          g_autofree char *q = g_strdup_printf ("SELECT \"notnull\" FROM pragma_table_info ('%s') "
                                                "WHERE name = '%s'", tables[i].name, col->name);
          g_test_message ("%s.%s", tables[i].name, col->name);
          g_assert_cmpint (query_int (f->store, q), ==, (col->flags & TOV_COLUMN_FLAG_REQUIRED) ? 1 : 0);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tov/store/insert-every-table", test_insert_every_table);
  ADD ("/tov/store/refused-writes", test_refused_writes);
  ADD ("/tov/store/refused-in-transaction", test_refused_in_transaction);
  ADD ("/tov/store/cascade-delete", test_cascade_delete);
  ADD ("/tov/store/restrict-delete", test_restrict_delete);
  ADD ("/tov/store/audit", test_audit);
  ADD ("/tov/store/bulk-same-as-single", test_bulk_same_as_single);
  ADD ("/tov/store/bulk-foreign-keys", test_bulk_foreign_keys);
  ADD ("/tov/store/changed-signals", test_changed_signals);
  ADD ("/tov/store/rollback", test_rollback);
  ADD ("/tov/store/save", test_save);
  ADD ("/tov/store/list-families", test_list_families);
  ADD ("/tov/store/resolve-family", test_resolve_family);
  ADD ("/tov/store/reopen", test_reopen);
  ADD ("/tov/store/pragmas", test_pragmas);
  ADD ("/tov/store/not-a-database", test_not_a_database);
  ADD ("/tov/store/newer-version", test_newer_version);
  ADD ("/tov/store/schema-matches-model", test_schema_matches_model);
  g_test_add_func ("/tov/store/memory", test_memory);
#undef ADD

  return g_test_run ();
}
