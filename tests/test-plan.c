/* test-plan.c: plan versions, frozen versions, diff, family-facing items,
 * translation counts, undo and redo, meeting decisions
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tov-plan-diff.h"
#include "tov-plan-editor.h"
#include "tov-plan-items.h"
#include "tov-store-plan.h"
#include "tov-store.h"
#include "tov-test-util.h"

typedef struct
{
  char          *dir;
  TovStore      *store;
  TovPlanEditor *editor;
  char          *family;
  char          *mother;
  char          *actor;
  char          *meeting;
} Fixture;

static gint64
count (TovStore   *store,
       const char *table,
       const char *column,
       const char *value)
{
  g_autoptr(GPtrArray) rows = tov_store_list (store, table, column, value, NULL);
  return rows != NULL ? (gint64) rows->len : -1;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("test-plan-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  f->editor = tov_plan_editor_new (f->store);
  f->family = tov_test_add (f->store, "families", "name", "Haddad", "status", "active", "languages", "ar da", NULL);
  f->mother = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Amal",
                   "household_role", "mother", NULL);
  f->actor = tov_test_add (f->store, "actors", "name", "Hanne", "sector", "employment", NULL);
  f->meeting = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2025-03-01",
                    "kind", "network", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->store);
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->family);
  g_free (f->mother);
  g_free (f->actor);
  g_free (f->meeting);
}

static TovRecord *
draft (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TovRecord *version = tov_store_plan_get_draft (f->store, f->family, &error);

  g_assert_no_error (error);
  g_assert_nonnull (version);
  return version;
}

static TovRecord *
add_item (Fixture    *f,
          const char *version,
          const char *kind,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  TovRecord *item = tov_plan_editor_add_item (f->editor, version, kind, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static char *
agree (Fixture    *f,
       TovRecord  *version,
       const char *date)
{
  g_autoptr(TovRecord) details = tov_record_copy (version);
  g_autoptr(TovRecord) log = tov_record_new ("interpreter_logs");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;
  char *next;

  tov_record_set (details, "agreed_on", date);
  tov_record_set (details, "present", "Amal, Hanne, the coordinator");
  tov_record_set (details, "accepted_by", "Amal");
  tov_record_set (details, "interpreter", "Sami (Tolkeservice)");
  tov_record_set (log, "language", "ar");
  tov_record_set (log, "interpreter", "Sami (Tolkeservice)");
  tov_record_set (log, "mode", "in_person");
  tov_record_set (log, "parts", "The goals and the agreements were read aloud in Arabic.");
  tov_record_set_boolean (log, "understood", TRUE);
  next = tov_store_plan_agree (f->store, details, log, &column, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);
  return next;
}

/* agreeing freezes the version, starts a new draft with a copy of it */
static void
test_agree_freezes (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) goal = add_item (f, tov_record_get_id (v1), "goal", "Amal vil have et arbejde");
  g_autoptr(TovRecord) worry = add_item (f, tov_record_get_id (v1), "worry", "Yusuf kommer for sent");
  g_autoptr(TovRecord) agreed = NULL;
  g_autoptr(TovRecord) v2 = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) logs = NULL;
  g_autofree char *v2_id = NULL;
  g_autoptr(GError) error = NULL;
  gboolean frozen = FALSE;

  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (goal), "ar",
                                                  "أمل تريد عملاً", NULL, &error));
  g_assert_no_error (error);

  v2_id = agree (f, v1, "2025-03-01");
  agreed = tov_store_get (f->store, "plan_versions", tov_record_get_id (v1), &error);
  g_assert_cmpstr (tov_record_get (agreed, "status"), ==, "agreed");
  g_assert_cmpstr (tov_record_get (agreed, "agreed_on"), ==, "2025-03-01");
  g_assert_cmpstr (tov_record_get (agreed, "accepted_by"), ==, "Amal");
  g_assert_true (tov_store_plan_is_frozen (f->store, tov_record_get_id (v1), &frozen, &error));
  g_assert_true (frozen);

  /* the new draft is number 2, a copy: same texts, new rows, lineage kept */
  v2 = draft (f);
  g_assert_cmpstr (tov_record_get_id (v2), ==, v2_id);
  g_assert_cmpstr (tov_record_get (v2, "number"), ==, "2");
  g_assert_cmpstr (tov_record_get (v2, "status"), ==, "draft");
  copies = tov_store_plan_list_items (f->store, v2_id, &error);
  g_assert_cmpuint (copies->len, ==, 2);
  for (guint i = 0; i < copies->len; i++)
    {
      TovRecord *copy = g_ptr_array_index (copies, i);
      g_assert_cmpstr (tov_record_get_id (copy), !=, tov_record_get_id (goal));
      g_assert_cmpstr (tov_record_get_id (copy), !=, tov_record_get_id (worry));
      g_assert_true (g_strcmp0 (tov_record_get (copy, "lineage"), tov_record_get_id (goal)) == 0 ||
                     g_strcmp0 (tov_record_get (copy, "lineage"), tov_record_get_id (worry)) == 0);
    }
  /* translations are copied with the items */
  g_assert_cmpint (count (f->store, "translations", "family_id", f->family), ==, 2);

  /* the interpreter log is on record with the agreed version */
  logs = tov_store_list (f->store, "interpreter_logs", "version_id", tov_record_get_id (v1), &error);
  g_assert_cmpuint (logs->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (logs, 0), "mode"), ==, "in_person");

  /* agreeing the second supersedes the first */
  {
    g_autofree char *v3 = agree (f, v2, "2025-06-01");
    g_autoptr(TovRecord) first = tov_store_get (f->store, "plan_versions", tov_record_get_id (v1), NULL);
    g_assert_cmpstr (tov_record_get (first, "status"), ==, "superseded");
    g_assert_cmpstr (tov_record_get (first, "agreed_on"), ==, "2025-03-01");
  }
  versions = tov_store_plan_list_versions (f->store, f->family, &error);
  g_assert_cmpuint (versions->len, ==, 3);
}

/* a frozen version and its items refuse every write; nothing changes */
static void
test_frozen_refuses (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) goal = add_item (f, tov_record_get_id (v1), "goal", "Arbejde");
  g_autoptr(TovRecord) changed = NULL;
  g_autoptr(TovRecord) again = NULL;
  g_autoptr(TovRecord) extra = NULL;
  g_autoptr(TovRecord) version = NULL;
  g_autofree char *v2 = NULL;
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (goal), "ar",
                                                  "عمل", NULL, &error));
  v2 = agree (f, v1, "2025-03-01");

  /* change the text */
  changed = tov_store_get (f->store, "plan_items", tov_record_get_id (goal), NULL);
  tov_record_set (changed, "text", "Noget andet");
  g_assert_false (tov_store_update (f->store, changed, &column, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "agreed with the family"));
  g_clear_error (&error);

  /* move it into the draft */
  tov_record_set (changed, "text", "Arbejde");
  tov_record_set (changed, "version_id", v2);
  g_assert_false (tov_store_update (f->store, changed, &column, &error));
  g_clear_error (&error);

  /* add to the frozen version, delete from it */
  extra = tov_record_new ("plan_items");
  tov_record_set (extra, "version_id", tov_record_get_id (v1));
  tov_record_set (extra, "kind", "worry");
  tov_record_set (extra, "text", "Ny bekymring");
  tov_record_set (extra, "position", "5");
  g_assert_false (tov_store_insert (f->store, extra, &column, &error));
  g_assert_cmpstr (column, ==, "version_id");
  g_clear_error (&error);
  g_assert_false (tov_store_delete (f->store, "plan_items", tov_record_get_id (goal), &error));
  g_clear_error (&error);

  /* its translations */
  g_assert_false (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (goal), "ar",
                                                   "شيء آخر", NULL, &error));
  g_clear_error (&error);

  /* the version's own fields */
  version = tov_store_get (f->store, "plan_versions", tov_record_get_id (v1), NULL);
  tov_record_set (version, "accepted_by", "Someone else");
  g_assert_false (tov_store_update (f->store, version, &column, &error));
  g_clear_error (&error);
  g_assert_false (tov_store_delete (f->store, "plan_versions", tov_record_get_id (v1), &error));
  g_clear_error (&error);

  /* agreeing it twice */
  {
    g_autoptr(TovRecord) twice = tov_store_get (f->store, "plan_versions", tov_record_get_id (v1), NULL);
    g_autofree char *none = tov_store_plan_agree (f->store, twice, NULL, &column, &error);
    g_assert_null (none);
    g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }

  /* the frozen version reads exactly as it was */
  again = tov_store_get (f->store, "plan_items", tov_record_get_id (goal), NULL);
  g_assert_cmpstr (tov_record_get (again, "text"), ==, "Arbejde");
  g_assert_cmpstr (tov_record_get (again, "version_id"), ==, tov_record_get_id (v1));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", tov_record_get_id (v1)), ==, 1);
  {
    g_autoptr(GPtrArray) tr = tov_store_list (f->store, "translations", "source_id",
                                              tov_record_get_id (goal), NULL);
    g_assert_cmpuint (tr->len, ==, 1);
    g_assert_cmpstr (tov_record_get (g_ptr_array_index (tr, 0), "text"), ==, "عمل");
  }

  /* while the draft takes changes */
  {
    g_autoptr(GPtrArray) copies = tov_store_plan_list_items (f->store, v2, NULL);
    TovRecord *copy = g_ptr_array_index (copies, 0);
    g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (copy), "text",
                                        "Arbejde i en børnehave", NULL, &error));
    g_assert_no_error (error);
  }
}

/* agreeing without what the record needs is refused, and writes nothing */
static void
test_agree_needs_details (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) goal = add_item (f, tov_record_get_id (v1), "goal", "Arbejde");
  g_autoptr(TovRecord) details = tov_record_copy (v1);
  g_autoptr(TovRecord) bad_log = tov_record_new ("interpreter_logs");
  g_autoptr(GError) error = NULL;
  g_autofree char *none = NULL;
  const char *column = NULL;

  none = tov_store_plan_agree (f->store, details, NULL, &column, &error);
  g_assert_null (none);
  g_assert_cmpstr (column, ==, "agreed_on");
  g_clear_error (&error);

  tov_record_set (details, "agreed_on", "2025-03-01");
  tov_record_set (details, "accepted_by", "Amal");
  tov_record_set (bad_log, "language", "ar");     /* no interpreter, no mode */
  none = tov_store_plan_agree (f->store, details, bad_log, &column, &error);
  g_assert_null (none);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_assert_cmpint (count (f->store, "plan_versions", NULL, NULL), ==, 1);
  {
    g_autoptr(TovRecord) still = draft (f);
    g_assert_cmpstr (tov_record_get_id (still), ==, tov_record_get_id (v1));
    g_assert_cmpstr (tov_record_get (still, "status"), ==, "draft");
  }
}

/* two versions compared: added, removed, changed, unchanged */
static void
test_diff (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) keep = add_item (f, tov_record_get_id (v1), "goal", "Dansk på B1");
  g_autoptr(TovRecord) change = add_item (f, tov_record_get_id (v1), "goal", "Arbejde");
  g_autoptr(TovRecord) drop = add_item (f, tov_record_get_id (v1), "worry", "Boligen er for lille");
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GPtrArray) new_items = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *v2 = agree (f, v1, "2025-03-01");
  g_autoptr(GError) error = NULL;
  guint added, removed, changed;

  new_items = tov_store_plan_list_items (f->store, v2, NULL);
  for (guint i = 0; i < new_items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (new_items, i);
      const char *lineage = tov_record_get (item, "lineage");

      if (g_strcmp0 (lineage, tov_record_get_id (change)) == 0)
        {
          g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (item), "text",
                                              "Arbejde i en børnehave", NULL, &error));
          g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (item),
                                              "scale_now", "4", NULL, &error));
        }
      if (g_strcmp0 (lineage, tov_record_get_id (drop)) == 0)
        g_assert_true (tov_plan_editor_delete_item (f->editor, tov_record_get_id (item), &error));
      g_assert_no_error (error);
    }
  g_clear_object (&drop);
  g_autoptr(TovRecord) fresh = add_item (f, v2, "resource", "Amal er god til at lave mad");

  old_items = tov_store_plan_list_items (f->store, tov_record_get_id (v1), NULL);
  g_ptr_array_unref (new_items);
  new_items = tov_store_plan_list_items (f->store, v2, NULL);
  changes = tov_plan_diff (old_items, new_items);
  tov_plan_diff_count (changes, &added, &removed, &changed);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (changes->len, ==, 4);

  for (guint i = 0; i < changes->len; i++)
    {
      TovPlanChange *c = g_ptr_array_index (changes, i);

      switch (c->kind)
        {
        case TOV_PLAN_CHANGE_ADDED:
          g_assert_cmpstr (tov_record_get (c->new_item, "text"), ==, "Amal er god til at lave mad");
          g_assert_null (c->old_item);
          break;
        case TOV_PLAN_CHANGE_REMOVED:
          g_assert_cmpstr (tov_record_get (c->old_item, "text"), ==, "Boligen er for lille");
          break;
        case TOV_PLAN_CHANGE_CHANGED:
          g_assert_cmpstr (tov_record_get (c->old_item, "text"), ==, "Arbejde");
          g_assert_cmpstr (tov_record_get (c->new_item, "text"), ==, "Arbejde i en børnehave");
          g_assert_true (g_strv_contains ((const char * const *) c->columns, "text"));
          g_assert_true (g_strv_contains ((const char * const *) c->columns, "scale_now"));
          g_assert_false (g_strv_contains ((const char * const *) c->columns, "position"));
          break;
        case TOV_PLAN_CHANGE_SAME:
          g_assert_cmpstr (tov_record_get (c->new_item, "text"), ==, tov_record_get (keep, "text"));
          break;
        }
    }
  /* in the plan's order: resources before worries before goals */
  g_assert_cmpint (((TovPlanChange *) g_ptr_array_index (changes, 0))->kind, ==, TOV_PLAN_CHANGE_ADDED);
  g_assert_cmpint (((TovPlanChange *) g_ptr_array_index (changes, 1))->kind, ==, TOV_PLAN_CHANGE_REMOVED);
}

/* items without lineage (imported) are matched by their text */
static void
test_diff_by_text (void)
{
  g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) b = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) changes = NULL;
  const char *texts[] = { "En", "To", "Tre" };
  guint added, removed, changed;

  for (guint i = 0; i < 3; i++)
    {
      TovRecord *x = tov_record_new ("plan_items");
      TovRecord *y = tov_record_new ("plan_items");
      g_autofree char *ida = g_strdup_printf ("a%u", i), *idb = g_strdup_printf ("b%u", i);

      tov_record_set_id (x, ida);
      tov_record_set_id (y, idb);
      tov_record_set (x, "kind", "goal");
      tov_record_set (y, "kind", "goal");
      tov_record_set (x, "text", texts[i]);
      tov_record_set (y, "text", texts[2 - i]);   /* reordered */
      tov_record_set_int (x, "position", i);
      tov_record_set_int (y, "position", i);
      g_ptr_array_add (a, x);
      g_ptr_array_add (b, y);
    }
  changes = tov_plan_diff (a, b);
  tov_plan_diff_count (changes, &added, &removed, &changed);
  g_assert_cmpuint (added + removed + changed, ==, 0);
  g_assert_cmpuint (changes->len, ==, 3);
}

/* internal items never reach what the family sees; one member's part */
static void
test_family_facing (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) a = add_item (f, tov_record_get_id (v1), "goal", "Familiens mål");
  g_autoptr(TovRecord) b = add_item (f, tov_record_get_id (v1), "worry", "Intern note om økonomi");
  g_autoptr(TovRecord) c = add_item (f, tov_record_get_id (v1), "goal", "Amals mål");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) facing = NULL;
  g_autoptr(GPtrArray) amal = NULL;
  g_autoptr(GPtrArray) child = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (b), "internal", "1",
                                      NULL, &error));
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (c), "person_id",
                                      f->mother, NULL, &error));
  g_assert_no_error (error);
  items = tov_store_plan_list_items (f->store, tov_record_get_id (v1), NULL);
  facing = tov_plan_items_family_facing (items);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpuint (facing->len, ==, 2);
  for (guint i = 0; i < facing->len; i++)
    g_assert_cmpstr (tov_record_get (g_ptr_array_index (facing, i), "text"), !=, "Intern note om økonomi");

  amal = tov_plan_items_for_member (items, f->mother);
  g_assert_cmpuint (amal->len, ==, 3);
  child = tov_plan_items_for_member (items, "someone-else");
  g_assert_cmpuint (child->len, ==, 2);
}

/* translation counts per plan: internal items need none */
static void
test_translation_counts (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) a = add_item (f, tov_record_get_id (v1), "goal", "Arbejde");
  g_autoptr(TovRecord) b = add_item (f, tov_record_get_id (v1), "goal", "Dansk");
  g_autoptr(TovRecord) c = add_item (f, tov_record_get_id (v1), "worry", "Intern");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_auto(GStrv) languages = tov_plan_translation_languages ("da ar ar so");
  g_autoptr(GError) error = NULL;
  TovTranslationCount n;

  g_assert_cmpuint (g_strv_length (languages), ==, 2);
  g_assert_cmpstr (languages[0], ==, "ar");
  g_assert_cmpstr (languages[1], ==, "so");

  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", tov_record_get_id (c), "internal", "1",
                                      NULL, &error));
  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (a), "ar",
                                                  "عمل", NULL, &error));
  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (a), "so",
                                                  "Shaqo", NULL, &error));
  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, tov_record_get_id (b), "ar",
                                                  "الدنماركية", NULL, &error));
  g_assert_no_error (error);

  items = tov_store_plan_list_items (f->store, tov_record_get_id (v1), NULL);
  translations = tov_store_plan_list_translations (f->store, f->family, NULL);
  index = tov_plan_translations_index (translations);
  tov_plan_count_translations (items, index, (const char * const *) languages, &n);
  g_assert_cmpuint (n.n_texts, ==, 2);
  g_assert_cmpuint (n.n_translated, ==, 1);
  g_assert_cmpuint (n.n_missing, ==, 1);
  g_assert_cmpstr (tov_plan_translation_lookup (index, tov_record_get_id (b), "text", "ar"), ==, "الدنماركية");
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);
      gboolean lacks = tov_plan_item_lacks_translation (item, index, (const char * const *) languages);

      g_assert_true (lacks == g_str_equal (tov_record_get (item, "text"), "Dansk"));
    }

  /* Arabic only: everything family-facing is translated */
  {
    const char * const ar[] = { "ar", NULL };
    tov_plan_count_translations (items, index, ar, &n);
    g_assert_cmpuint (n.n_translated, ==, 2);
    g_assert_cmpuint (n.n_missing, ==, 0);
  }
}

static char *
item_text (Fixture    *f,
           const char *id)
{
  g_autoptr(TovRecord) item = tov_store_get (f->store, "plan_items", id, NULL);
  return item != NULL ? g_strdup (tov_record_get (item, "text")) : NULL;
}

/* undo and redo of typing: one step per run of typing */
static void
test_undo_text (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) goal = add_item (f, tov_record_get_id (v1), "goal", "A");
  TovUndoStack *stack = tov_plan_editor_get_undo_stack (f->editor);
  const char *id = tov_record_get_id (goal);
  g_autoptr(GError) error = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;

  tov_undo_stack_seal (stack);
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", id, "text", "Ar", NULL, &error));
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", id, "text", "Arb", NULL, &error));
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", id, "text", "Arbejde", NULL, &error));
  tov_undo_stack_seal (stack);
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", id, "text", "Arbejde nu", NULL, &error));

  g_assert_cmpint (tov_undo_stack_peek_kind (stack, FALSE), ==, TOV_UNDO_TEXT);
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  t1 = item_text (f, id);
  g_assert_cmpstr (t1, ==, "Arbejde");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  t2 = item_text (f, id);
  g_assert_cmpstr (t2, ==, "A");
  g_assert_true (tov_undo_stack_can_redo (stack));
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  t3 = item_text (f, id);
  g_assert_cmpstr (t3, ==, "Arbejde");
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  t4 = item_text (f, id);
  g_assert_cmpstr (t4, ==, "Arbejde nu");
  g_assert_false (tov_undo_stack_can_redo (stack));
  g_assert_no_error (error);
}

/* undo and redo of adding and deleting (with translations) */
static void
test_undo_add_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  const char *v = tov_record_get_id (v1);
  g_autoptr(TovRecord) goal = add_item (f, v, "goal", "Arbejde");
  g_autofree char *id = g_strdup (tov_record_get_id (goal));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (tov_plan_editor_set_translation (f->editor, f->family, id, "ar", "عمل", NULL, &error));
  g_assert_true (tov_plan_editor_delete_item (f->editor, id, &error));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", v), ==, 0);
  g_assert_cmpint (count (f->store, "translations", "source_id", id), ==, 0);

  /* undo the delete: the item and its translation are back, same id */
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  text = item_text (f, id);
  g_assert_cmpstr (text, ==, "Arbejde");
  g_assert_cmpint (count (f->store, "translations", "source_id", id), ==, 1);
  /* redo it */
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", v), ==, 0);
  /* undo delete, undo translation, undo add */
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_cmpint (count (f->store, "translations", "source_id", id), ==, 0);
  g_assert_cmpint (tov_undo_stack_peek_kind (tov_plan_editor_get_undo_stack (f->editor), FALSE), ==, TOV_UNDO_ADD);
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", v), ==, 0);
  g_assert_false (tov_undo_stack_can_undo (tov_plan_editor_get_undo_stack (f->editor)));
  /* and redo the add */
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", v), ==, 1);
  g_assert_no_error (error);
}

static char *
order (Fixture    *f,
       const char *version)
{
  g_autoptr(GPtrArray) items = tov_store_plan_list_items (f->store, version, NULL);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", tov_record_get (g_ptr_array_index (items, i), "text"));
  return g_string_free (s, FALSE);
}

/* undo and redo of moves */
static void
test_undo_move (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  const char *v = tov_record_get_id (v1);
  g_autoptr(TovRecord) a = add_item (f, v, "goal", "a");
  g_autoptr(TovRecord) b = add_item (f, v, "goal", "b");
  g_autoptr(TovRecord) c = add_item (f, v, "goal", "c");
  g_autoptr(GError) error = NULL;
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *o4 = NULL, *o5 = NULL;

  g_assert_true (tov_plan_editor_move_item (f->editor, tov_record_get_id (c), -1, &error));
  o1 = order (f, v);
  g_assert_cmpstr (o1, ==, "a c b");
  g_assert_true (tov_plan_editor_move_item (f->editor, tov_record_get_id (c), -1, &error));
  o2 = order (f, v);
  g_assert_cmpstr (o2, ==, "c a b");
  /* at the top: nothing moves, nothing to undo */
  g_assert_true (tov_plan_editor_move_item (f->editor, tov_record_get_id (c), -1, &error));
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  o3 = order (f, v);
  g_assert_cmpstr (o3, ==, "a c b");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  o4 = order (f, v);
  g_assert_cmpstr (o4, ==, "a b c");
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  o5 = order (f, v);
  g_assert_cmpstr (o5, ==, "a c b");
  g_assert_no_error (error);
}

/* an undo the store refuses (the version was agreed meanwhile) keeps the stack */
static void
test_undo_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) goal = add_item (f, tov_record_get_id (v1), "goal", "Arbejde");
  g_autofree char *v2 = agree (f, v1, "2025-03-01");
  g_autoptr(GError) error = NULL;

  g_assert_false (tov_plan_editor_undo (f->editor, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT);
  g_assert_true (tov_undo_stack_can_undo (tov_plan_editor_get_undo_stack (f->editor)));
  g_assert_cmpint (count (f->store, "plan_items", "version_id", tov_record_get_id (v1)), ==, 1);
}

/* a decision at a meeting becomes an agreement in the draft; review */
static void
test_decision (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) agreement = NULL;
  g_autoptr(TovRecord) reviewed = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  const char *column = NULL;

  agreement = tov_store_plan_decide (f->store, f->meeting, "Søge praktik i en børnehave", NULL,
                                     f->mother, "2025-04-01", &column, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (agreement, "version_id"), ==, tov_record_get_id (v1));
  g_assert_cmpstr (tov_record_get (agreement, "meeting_id"), ==, f->meeting);
  g_assert_cmpstr (tov_record_get (agreement, "status"), ==, "open");
  g_assert_cmpstr (tov_record_get (agreement, "family_id"), ==, f->family);

  /* neither or both of who: refused beside the field */
  g_assert_null (tov_store_plan_decide (f->store, f->meeting, "Noget", NULL, NULL, NULL, &column, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_assert_cmpstr (column, ==, "actor_id");
  g_clear_error (&error);

  /* at the next meeting it comes up for review */
  next = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2025-05-01", "kind", "network", NULL);
  open = tov_store_plan_open_agreements (f->store, f->family, next, &error);
  g_assert_cmpuint (open->len, ==, 1);
  g_ptr_array_unref (open);
  open = tov_store_plan_open_agreements (f->store, f->family, f->meeting, &error);
  g_assert_cmpuint (open->len, ==, 0);
  g_ptr_array_unref (open);

  /* kept open with a new date, then done */
  g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (agreement), "open",
                                                  "2025-06-01", "Venter på svar", &column, &error));
  reviewed = tov_store_get (f->store, "agreements", tov_record_get_id (agreement), NULL);
  g_assert_cmpstr (tov_record_get (reviewed, "due_on"), ==, "2025-06-01");
  g_assert_cmpstr (tov_record_get (reviewed, "follow_up"), ==, "Venter på svar");
  g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (agreement), "done",
                                                  NULL, NULL, &column, &error));
  open = tov_store_plan_open_agreements (f->store, f->family, next, &error);
  g_assert_cmpuint (open->len, ==, 0);
  g_assert_no_error (error);

  /* a status that does not exist */
  g_assert_false (tov_store_plan_review_agreement (f->store, tov_record_get_id (agreement), "maybe",
                                                   NULL, NULL, &column, &error));
  g_assert_cmpstr (column, ==, "status");
}

/* an interpreter log names a meeting or a version, never both or neither */
static void
test_interpreter_log (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) v1 = draft (f);
  g_autoptr(TovRecord) log = tov_record_new ("interpreter_logs");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_record_set (log, "family_id", f->family);
  tov_record_set (log, "language", "ar");
  tov_record_set (log, "interpreter", "Tolkeservice Syd");
  tov_record_set (log, "mode", "phone");
  g_assert_false (tov_store_insert (f->store, log, &column, &error));
  g_assert_cmpstr (column, ==, "meeting_id");
  g_clear_error (&error);
  tov_record_set (log, "meeting_id", f->meeting);
  tov_record_set (log, "version_id", tov_record_get_id (v1));
  g_assert_false (tov_store_insert (f->store, log, &column, &error));
  g_clear_error (&error);
  tov_record_set (log, "version_id", NULL);
  tov_record_set (log, "mode", "carrier pigeon");
  g_assert_false (tov_store_insert (f->store, log, &column, &error));
  g_assert_cmpstr (column, ==, "mode");
  g_clear_error (&error);
  tov_record_set (log, "mode", "phone");
  g_assert_true (tov_store_insert (f->store, log, &column, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/tov/plan/agree-freezes", test_agree_freezes);
  ADD ("/tov/plan/frozen-refuses", test_frozen_refuses);
  ADD ("/tov/plan/agree-needs-details", test_agree_needs_details);
  ADD ("/tov/plan/diff", test_diff);
  g_test_add_func ("/tov/plan/diff-by-text", test_diff_by_text);
  ADD ("/tov/plan/family-facing", test_family_facing);
  ADD ("/tov/plan/translation-counts", test_translation_counts);
  ADD ("/tov/plan/undo-text", test_undo_text);
  ADD ("/tov/plan/undo-add-delete", test_undo_add_delete);
  ADD ("/tov/plan/undo-move", test_undo_move);
  ADD ("/tov/plan/undo-refused", test_undo_refused);
  ADD ("/tov/plan/decision", test_decision);
  ADD ("/tov/plan/interpreter-log", test_interpreter_log);
#undef ADD

  return g_test_run ();
}
