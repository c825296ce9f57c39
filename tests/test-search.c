/* test-search.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-store.h"
#include "tov-test-util.h"

static char *
add_family (TovStore   *store,
            const char *name)
{
  return tov_test_add (store, "families", "name", name, "status", "active", NULL);
}

static char *
add_person (TovStore   *store,
            const char *family,
            const char *given,
            const char *surname)
{
  return tov_test_add (store, "persons", "family_id", family, "given_name", given,
              "family_name", surname, "household_role", "adult", NULL);
}

static TovStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  TovStore *store = tov_store_open (":memory:", &error);

  g_assert_no_error (error);
  return store;
}

/* tov_store_search_ids () finds the same families in the same order, with
 * the same matches, as tov_store_search () found in @found. */
static void
assert_same_ids (TovStore   *store,
                 const char *query,
                 guint       limit,
                 GListModel *found)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) ids = tov_store_search_ids (store, query, limit, &matches, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, g_list_model_get_n_items (found));
  g_assert_cmpuint (matches->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (found, i);

      g_assert_cmpstr (g_ptr_array_index (ids, i), ==, tov_family_get_id (family));
      g_assert_cmpstr (g_ptr_array_index (matches, i), ==, tov_family_get_match (family));
    }
}

/* The names of the families found, with their matches: "Haddad(Yusuf Haddad) Berg" */
static char *
search (TovStore   *store,
        const char *query,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = tov_store_search (store, query, limit, &error);
  GString *s = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (found) == TOV_TYPE_FAMILY);
  assert_same_ids (store, query, limit, found);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (found, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, tov_family_get_name (family));
      if (tov_family_get_match (family) != NULL)
        g_string_append_printf (s, "(%s)", tov_family_get_match (family));
    }
  g_assert_finalize_object (g_steal_pointer (&found));
  return g_string_free (s, FALSE);
}

#define assert_search(store, query, expected) \
  G_STMT_START { \
    g_autofree char *_found = search (store, query, 0); \
    g_assert_cmpstr (_found, ==, expected); \
  } G_STMT_END

static void
test_danish (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Sørensen");
  g_autofree char *b = add_family (store, "Bækgaard");
  g_autofree char *c = add_family (store, "Holm");

  g_free (add_person (store, c, "Åse", "Holm"));
  g_free (add_person (store, c, "Søren", "Holm"));

  assert_search (store, "sorensen", "Sørensen");
  assert_search (store, "SØRENSEN", "Sørensen");
  assert_search (store, "Soerensen", "Sørensen");
  assert_search (store, "baekgaard", "Bækgaard");
  assert_search (store, "bækgård", "Bækgaard");
  assert_search (store, "aase", "Holm(Åse Holm)");
  assert_search (store, "åse", "Holm(Åse Holm)");
  assert_search (store, "soren holm", "Holm(Søren Holm)");
  g_assert_finalize_object (store);
}

static void
test_arabic (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Haddad");

  g_free (add_person (store, a, "أحمد", "حداد"));
  g_free (add_person (store, a, "فاطمة", "حداد"));
  g_free (add_person (store, a, "مُحَمَّد", "حداد"));

  assert_search (store, "احمد", "Haddad(أحمد حداد)");
  assert_search (store, "إحمد", "Haddad(أحمد حداد)");
  assert_search (store, "فاطمه", "Haddad(فاطمة حداد)");
  assert_search (store, "محمد", "Haddad(مُحَمَّد حداد)");
  assert_search (store, "مـحـمـد", "Haddad(مُحَمَّد حداد)");
  g_assert_finalize_object (store);
}

static void
test_prefix_and_words (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Haddad");
  g_autofree char *b = add_family (store, "Hansen");

  g_free (add_person (store, a, "Yusuf", "Haddad"));
  g_free (add_person (store, b, "Yusuf", "Hansen"));

  assert_search (store, "ha", "Haddad Hansen");
  assert_search (store, "had", "Haddad");
  assert_search (store, "y", "Haddad(Yusuf Haddad) Hansen(Yusuf Hansen)");
  /* every word must match */
  assert_search (store, "yus han", "Hansen(Yusuf Hansen)");
  assert_search (store, "yusuf", "Haddad(Yusuf Haddad) Hansen(Yusuf Hansen)");
  /* the family name wins over the member */
  assert_search (store, "haddad", "Haddad");
  /* nothing to search for, or FTS syntax typed by the user */
  assert_search (store, "", "");
  assert_search (store, "  -- ", "");
  assert_search (store, "\"had*\" (", "Haddad");
  assert_search (store, "had OR zzz", "");
  assert_search (store, "zzz", "");
  g_assert_finalize_object (store);
}

static void
test_actor (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Haddad");
  g_autofree char *b = add_family (store, "Berg");
  g_autofree char *c = add_family (store, "Ceylan");
  g_autofree char *actor = tov_test_add (store, "actors", "name", "Hanne Lærke", "organisation", "Jobcenter Vest",
                                "role", "sagsbehandler", "sector", "employment", NULL);

  g_free (tov_test_add (store, "engagements", "family_id", a, "actor_id", actor, "ring", "near",
               "from_date", "2024-01-01", NULL));
  g_free (tov_test_add (store, "engagements", "family_id", b, "actor_id", actor, "ring", "near",
               "from_date", "2024-01-01", NULL));

  assert_search (store, "hanne", "Berg(Hanne Lærke) Haddad(Hanne Lærke)");
  assert_search (store, "laerke", "Berg(Hanne Lærke) Haddad(Hanne Lærke)");
  assert_search (store, "jobcenter", "Berg(Hanne Lærke) Haddad(Hanne Lærke)");
  assert_search (store, "sagsbeh", "Berg(Hanne Lærke) Haddad(Hanne Lærke)");

  /* renamed and deleted rows follow */
  {
    g_autoptr(TovRecord) record = tov_store_get (store, "actors", actor, NULL);
    tov_record_set (record, "name", "Hanne Øster");
    g_assert_true (tov_store_update (store, record, NULL, NULL));
  }
  assert_search (store, "laerke", "");
  assert_search (store, "oster", "Berg(Hanne Øster) Haddad(Hanne Øster)");
  g_assert_true (tov_store_delete (store, "families", b, NULL));
  assert_search (store, "oster", "Haddad(Hanne Øster)");
  assert_search (store, "berg", "");
  g_assert_finalize_object (store);
}

static void
test_texts (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Haddad");
  g_autofree char *plan = tov_test_add (store, "plans", "family_id", a, NULL);
  g_autofree char *version = tov_test_add (store, "plan_versions", "plan_id", plan, "number", "1",
                                  "status", "draft", NULL);
  g_autofree char *item = tov_test_add (store, "plan_items", "version_id", version, "kind", "goal",
                               "text", "Amal vil lære at cykle", "position", "0", NULL);

  g_autofree char *amal = add_person (store, a, "Amal", NULL);

  g_free (tov_test_add (store, "agreements", "family_id", a, "what", "Ringe til skolen om lektiecafé",
               "person_id", amal, "status", "open", NULL));
  g_free (tov_test_add (store, "meetings", "family_id", a, "held_on", "2024-03-01", "kind", "network",
               "minutes", "Drøftede fritidsjob i Netto", NULL));
  g_free (tov_test_add (store, "translations", "family_id", a, "source_table", "plan_items",
               "source_id", item, "field", "text", "language", "ar",
               "text", "أمل تريد أن تتعلم ركوب الدراجة", NULL));

  assert_search (store, "cykle", "Haddad(Amal vil lære at cykle)");
  assert_search (store, "lektiecafe", "Haddad(Ringe til skolen om lektiecafé)");
  assert_search (store, "fritidsjob", "Haddad(Drøftede fritidsjob i Netto)");
  assert_search (store, "الدراجه", "Haddad(أمل تريد أن تتعلم ركوب الدراجة)");
  g_assert_finalize_object (store);
}

static void
test_limit_and_order (void)
{
  TovStore *store = open_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tov_store_begin (store, &error));
  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nielsen %03u", 249 - i);
      g_autofree char *family = add_family (store, name);
    }
  g_assert_true (tov_store_commit (store, &error));

  {
    /* a large hit set: shown by name, cut to the first limit × 20 hits */
    g_autoptr(GListModel) found = tov_store_search (store, "nielsen", 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 10);
    assert_same_ids (store, "nielsen", 10, found);
    for (guint i = 1; i < 10; i++)
      {
        g_autoptr(TovFamily) a = g_list_model_get_item (found, i - 1);
        g_autoptr(TovFamily) b = g_list_model_get_item (found, i);
        g_assert_cmpstr (tov_family_get_name (a), <, tov_family_get_name (b));
      }
  }
  {
    /* limit 50 looks at 1,000 hits: all 250 */
    g_autoptr(GListModel) found = tov_store_search (store, "nielsen", 0, &error);
    g_autoptr(TovFamily) first = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 50);
    assert_same_ids (store, "nielsen", 0, found);
    first = g_list_model_get_item (found, 0);
    g_assert_cmpstr (tov_family_get_name (first), ==, "Nielsen 000");
  }
  {
    g_autoptr(GListModel) found = tov_store_search (store, "nielsen 12", 1000, &error);
    /* 120..129; "012" does not begin with 12 */
    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 10);
    assert_same_ids (store, "nielsen 12", 1000, found);
  }
  {
    /* nothing found, and nothing to search for */
    g_autoptr(GListModel) found = tov_store_search (store, "zzz", 0, &error);
    g_autoptr(GListModel) nothing = tov_store_search (store, " - ", 0, &error);

    g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
    assert_same_ids (store, "zzz", 0, found);
    assert_same_ids (store, " - ", 0, nothing);
  }
  g_assert_finalize_object (store);
}

static void
test_ranking (void)
{
  TovStore *store = open_store ();
  g_autofree char *a = add_family (store, "Abbas");
  g_autofree char *b = add_family (store, "Berg");
  g_autofree char *ib = tov_test_add (store, "actors", "name", "Ib", "sector", "school", NULL);
  g_autofree char *bo = tov_test_add (store, "actors", "name", "Bo", "sector", "school", NULL);

  /* the short text that is all about it ranks first, though "Abbas" sorts first */
  g_free (tov_test_add (store, "agreements", "family_id", a, "what",
               "Familien og skolen aftaler et møde om trivsel, lektier, fritid, cykel, "
               "svømning og praktik efter sommerferien, når alle er tilbage", "status", "open",
               "actor_id", ib, NULL));
  g_free (tov_test_add (store, "agreements", "family_id", b, "what", "Praktik", "status", "open",
               "actor_id", bo, NULL));

  assert_search (store, "praktik", "Berg(Praktik) Abbas(Familien og skolen aftaler et møde om trivsel, "
                                   "lektier, fritid, cykel, svømning og praktik efter sommerferien, "
                                   "når alle er tilbage)");
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/search/danish", test_danish);
  g_test_add_func ("/tov/search/arabic", test_arabic);
  g_test_add_func ("/tov/search/prefix-and-words", test_prefix_and_words);
  g_test_add_func ("/tov/search/actor", test_actor);
  g_test_add_func ("/tov/search/texts", test_texts);
  g_test_add_func ("/tov/search/limit-and-order", test_limit_and_order);
  g_test_add_func ("/tov/search/ranking", test_ranking);

  return g_test_run ();
}
