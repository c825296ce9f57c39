/* test-overview.c: consent states, ages, progress, the form state, list filters, figures, undo
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tov-overview.h"
#include "tov-record-form.h"
#include "tov-store-overview.h"

static TovRecord *
consent (const char *given,
         const char *expires,
         const char *withdrawn)
{
  TovRecord *r = tov_record_new ("consents");

  tov_record_set (r, "person_id", "p");
  tov_record_set (r, "given_on", given);
  tov_record_set (r, "expires_on", expires);
  tov_record_set (r, "withdrawn_on", withdrawn);
  return r;
}

static void
test_consent_states (void)
{
  static const struct {
    const char *given, *expires, *withdrawn;
    TovConsentState state;
    const char *until;
  } cases[] = {
    { NULL, NULL, NULL, TOV_CONSENT_MISSING, NULL },
    { "2025-01-01", NULL, NULL, TOV_CONSENT_VALID, NULL },
    { "2025-01-01", "2026-12-31", NULL, TOV_CONSENT_VALID, "2026-12-31" },
    { "2025-01-01", "2026-07-01", NULL, TOV_CONSENT_EXPIRING, "2026-07-01" },
    { "2025-01-01", "2026-06-01", NULL, TOV_CONSENT_EXPIRED, "2026-06-01" },
    { "2025-01-01", NULL, "2026-02-01", TOV_CONSENT_WITHDRAWN, "2026-02-01" },
    { "2026-09-01", NULL, NULL, TOV_CONSENT_MISSING, NULL },   /* given for a later date */
  };
  const char *today = "2026-06-10";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
      const char *until = NULL;

      if (cases[i].given != NULL)
        g_ptr_array_add (list, consent (cases[i].given, cases[i].expires, cases[i].withdrawn));
      g_assert_cmpint (tov_consent_state (list, today, &until), ==, cases[i].state);
      g_assert_cmpstr (until, ==, cases[i].until);
    }

  /* A newer consent after an expired one makes it valid again. */
  {
    g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
    g_ptr_array_add (list, consent ("2024-01-01", "2025-01-01", NULL));
    g_ptr_array_add (list, consent ("2025-01-02", NULL, NULL));
    g_assert_cmpint (tov_consent_state (list, today, NULL), ==, TOV_CONSENT_VALID);
    g_assert_false (tov_consent_state_is_problem (TOV_CONSENT_VALID));
    g_assert_true (tov_consent_state_is_problem (TOV_CONSENT_EXPIRING));
  }
}

static void
test_ages (void)
{
  g_assert_cmpint (tov_person_age ("2008-06-10", "2026-06-10"), ==, 18);
  g_assert_cmpint (tov_person_age ("2008-06-11", "2026-06-10"), ==, 17);
  g_assert_cmpint (tov_person_age (NULL, "2026-06-10"), ==, -1);
  g_assert_cmpint (tov_person_age ("2030-01-01", "2026-06-10"), ==, -1);
  g_assert_true (tov_person_is_adult ("mother", NULL, "2026-06-10"));
  g_assert_false (tov_person_is_adult ("child", "2012-01-01", "2026-06-10"));
  g_assert_true (tov_person_is_adult ("child", "2007-01-01", "2026-06-10"));
  g_assert_false (tov_person_is_adult ("child", NULL, "2026-06-10"));
}

static TovRecord *
measurement (const char *dimension,
             const char *on,
             const char *value)
{
  TovRecord *r = tov_record_new ("measurements");

  tov_record_set (r, "dimension", dimension);
  tov_record_set (r, "measured_on", on);
  tov_record_set (r, "value", value);
  return r;
}

static void
test_progress (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) progress = NULL;
  TovProgress *p;

  g_ptr_array_add (list, measurement ("work_status", "2026-01-01", "employed"));
  g_ptr_array_add (list, measurement ("wellbeing", "2025-03-01", "4"));
  g_ptr_array_add (list, measurement ("work_status", "2025-02-01", "education"));
  g_ptr_array_add (list, measurement ("work_status", "2025-08-01", "activation"));

  progress = tov_measurement_progress (list);
  g_assert_cmpuint (progress->len, ==, 2);
  /* in the model's order of dimensions: work_status before wellbeing */
  p = g_ptr_array_index (progress, 0);
  g_assert_cmpstr (p->dimension, ==, "work_status");
  g_assert_cmpstr (p->first, ==, "education");
  g_assert_cmpstr (p->latest, ==, "employed");
  g_assert_cmpuint (p->count, ==, 3);
  p = g_ptr_array_index (progress, 1);
  g_assert_cmpstr (p->first, ==, p->latest);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_form (void)
{
  g_autoptr(TovRecord) person = tov_record_new ("persons");
  g_autoptr(TovRecordForm) form = NULL;
  guint changes = 0;

  tov_record_set (person, "family_id", "00000000-0000-4000-8000-000000000000");
  tov_record_set (person, "household_role", "child");
  form = tov_record_form_new (person, TRUE);
  tov_record_form_set_today (form, "2026-06-10");
  g_signal_connect_swapped (form, "notify::valid", G_CALLBACK (count_cb), &changes);

  /* The given name is required. */
  g_assert_false (tov_record_form_validate (form));
  g_assert_nonnull (tov_record_form_get_error (form, "given_name"));

  g_assert_true (tov_record_form_set_text (form, "given_name", "  Amal "));
  g_assert_cmpstr (tov_record_form_get_text (form, "given_name"), ==, "Amal");
  g_assert_null (tov_record_form_get_error (form, "given_name"));

  g_assert_false (tov_record_form_set_text (form, "birth_date", "2011-13-01"));
  g_assert_nonnull (tov_record_form_get_error (form, "birth_date"));
  g_assert_false (tov_record_form_set_text (form, "birth_date", "2026-06-11"));
  g_assert_nonnull (tov_record_form_get_error (form, "birth_date"));
  g_assert_true (tov_record_form_set_text (form, "birth_date", "2026-06-10"));
  g_assert_true (tov_record_form_get_valid (form));

  /* The store's refusal shows beside its field until the next change. */
  tov_record_form_set_error (form, "given_name", "taken");
  g_assert_cmpstr (tov_record_form_get_error (form, "given_name"), ==, "taken");
  g_assert_false (tov_record_form_get_valid (form));
  g_assert_true (tov_record_form_set_text (form, "given_name", "Amal"));
  g_assert_cmpuint (changes, >=, 4);

  g_assert_finalize_object (g_steal_pointer (&form));
}

static TovFamily *
family (const char *name,
        const char *status,
        const char *coordinator,
        const char *enrolled,
        guint       overdue,
        guint       consent_problems)
{
  TovFamily *f = tov_family_new (name, name);

  tov_family_set_status (f, status);
  tov_family_set_coordinator (f, coordinator);
  tov_family_set_enrolled_on (f, enrolled);
  tov_family_set_overdue_count (f, overdue);
  tov_family_set_consent_problems (f, consent_problems);
  return f;
}

static void
test_filter_sort (void)
{
  g_autoptr(TovFamily) a = family ("Ali", "active", "Mette", "2025-01-01", 2, 0);
  g_autoptr(TovFamily) b = family ("Berg", "closed", NULL, "2025-06-01", 0, 1);
  TovFamilyFilter none = { 0 };
  TovFamilyFilter active = { .status = "active" };
  TovFamilyFilter mette = { .coordinator = "Mette" };
  TovFamilyFilter nobody = { .coordinator = "" };
  TovFamilyFilter overdue = { .overdue_only = TRUE };
  TovFamilyFilter consent = { .consent_only = TRUE };

  g_assert_true (tov_family_filter_is_empty (&none));
  g_assert_false (tov_family_filter_is_empty (&consent));
  g_assert_true (tov_family_filter_match (&none, a) && tov_family_filter_match (&none, b));
  g_assert_true (tov_family_filter_match (&active, a) && !tov_family_filter_match (&active, b));
  g_assert_true (tov_family_filter_match (&mette, a) && !tov_family_filter_match (&mette, b));
  g_assert_true (!tov_family_filter_match (&nobody, a) && tov_family_filter_match (&nobody, b));
  g_assert_true (tov_family_filter_match (&overdue, a) && !tov_family_filter_match (&overdue, b));
  g_assert_true (!tov_family_filter_match (&consent, a) && tov_family_filter_match (&consent, b));

  g_assert_cmpint (tov_family_compare (a, b, TOV_FAMILY_SORT_NAME, NULL, NULL), <, 0);
  g_assert_cmpint (tov_family_compare (a, b, TOV_FAMILY_SORT_ENROLLED, NULL, NULL), >, 0);
  g_assert_cmpint (tov_family_compare (a, b, TOV_FAMILY_SORT_FOLLOW_UP, "2026-09-01", "2026-07-01"), >, 0);
  /* a family without a follow-up goes last */
  g_assert_cmpint (tov_family_compare (a, b, TOV_FAMILY_SORT_FOLLOW_UP, NULL, "2026-07-01"), >, 0);
}

static void
insert (TovStore  *store,
        TovRecord *record)
{
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  g_assert_true (tov_store_insert (store, record, &column, &error));
  g_assert_no_error (error);
}

static void
test_figures_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (":memory:", &error);
  g_autoptr(TovRecord) f = tov_record_new ("families");
  g_autoptr(TovRecord) p = tov_record_new ("persons");
  g_autoptr(TovRecord) c = tov_record_new ("consents");
  g_autoptr(TovRecord) actor = tov_record_new ("actors");
  g_autoptr(TovRecord) e = tov_record_new ("engagements");
  g_autoptr(TovRecord) g = tov_record_new ("agreements");
  g_autoptr(GPtrArray) snapshot = NULL;
  g_autoptr(GHashTable) follow_ups = NULL;
  TovFamilyFigures figures;

  g_assert_no_error (error);
  tov_record_set (f, "name", "Hassan");
  tov_record_set (f, "status", "active");
  tov_record_set (f, "enrolled_on", "2025-01-01");
  insert (store, f);
  tov_record_set (p, "family_id", tov_record_get_id (f));
  tov_record_set (p, "given_name", "Layla");
  tov_record_set (p, "household_role", "mother");
  insert (store, p);
  tov_record_set (c, "person_id", tov_record_get_id (p));
  tov_record_set (c, "given_on", "2025-01-02");
  insert (store, c);
  tov_record_set (actor, "name", "Jonas");
  tov_record_set (actor, "sector", "social");
  insert (store, actor);
  tov_record_set (e, "family_id", tov_record_get_id (f));
  tov_record_set (e, "actor_id", tov_record_get_id (actor));
  tov_record_set (e, "ring", "near");
  tov_record_set (e, "from_date", "2025-03-01");
  insert (store, e);
  tov_record_set (g, "family_id", tov_record_get_id (f));
  tov_record_set (g, "what", "Apply for day care");
  tov_record_set (g, "person_id", tov_record_get_id (p));
  tov_record_set (g, "due_on", "2026-01-01");
  tov_record_set (g, "status", "open");
  insert (store, g);

  g_assert_true (tov_store_family_figures (store, tov_record_get_id (f), "2026-06-10", &figures, &error));
  g_assert_cmpuint (figures.professionals_now, ==, 1);
  g_assert_cmpuint (figures.professionals_at_start, ==, 0);
  g_assert_cmpuint (figures.open_agreements, ==, 1);
  g_assert_cmpuint (figures.overdue_agreements, ==, 1);
  g_assert_null (figures.next_meeting);
  tov_family_figures_clear (&figures);

  follow_ups = tov_store_next_follow_ups (store, &error);
  g_assert_cmpstr (g_hash_table_lookup (follow_ups, tov_record_get_id (f)), ==, "2026-01-01");

  g_assert_false (tov_store_family_figures (store, "nobody", "2026-06-10", &figures, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Snapshot, delete, restore: everything back as it was. */
  snapshot = tov_store_snapshot (store, "families", tov_record_get_id (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (snapshot->len, ==, 5);  /* family, person, consent, engagement, agreement */
  g_assert_true (tov_store_delete (store, "families", tov_record_get_id (f), &error));
  g_assert_null (tov_store_get (store, "consents", tov_record_get_id (c), NULL));
  g_assert_true (tov_store_restore (store, snapshot, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TovRecord) back = tov_store_get (store, "consents", tov_record_get_id (c), &error);
    g_assert_nonnull (back);
    g_assert_true (tov_record_equal (back, c));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/overview/consent-states", test_consent_states);
  g_test_add_func ("/tov/overview/ages", test_ages);
  g_test_add_func ("/tov/overview/progress", test_progress);
  g_test_add_func ("/tov/overview/form", test_form);
  g_test_add_func ("/tov/overview/filter-sort", test_filter_sort);
  g_test_add_func ("/tov/overview/figures-and-undo", test_figures_and_undo);

  return g_test_run ();
}
