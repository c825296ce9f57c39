/* test-plan-editor.c: the masterplan editor's moves and its deferred save,
 * without a display
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tov-plan-editor.h"
#include "tov-store-plan.h"
#include "tov-store.h"
#include "tov-test-util.h"

typedef struct
{
  char          *dir;
  TovStore      *store;
  TovPlanEditor *editor;
  char          *family;
  char          *version;
  guint          n_pending_notify;
  guint          n_failed;
  GError        *failure;
  GPtrArray     *changed;   /* ids the store reported changed (outside transactions) */
} Fixture;

static void
on_pending_notify_cb (TovPlanEditor *editor,
                      GParamSpec    *pspec,
                      Fixture       *f)
{
  f->n_pending_notify++;
}

static void
on_write_failed_cb (TovPlanEditor *editor,
                    const GError  *error,
                    Fixture       *f)
{
  f->n_failed++;
  g_clear_error (&f->failure);
  f->failure = g_error_copy (error);
}

static void
on_store_changed_cb (TovStore   *store,
                     const char *table,
                     const char *id,
                     Fixture    *f)
{
  if (g_strcmp0 (table, "plan_items") == 0)
    g_ptr_array_add (f->changed, g_strdup (id));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(TovRecord) draft = NULL;

  f->dir = g_dir_make_tmp ("test-plan-editor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "plan.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  tov_record_set (family, "name", "Haddad");
  tov_record_set (family, "status", "active");
  tov_record_set (family, "languages", "ar da");
  g_assert_true (tov_store_insert (f->store, family, NULL, &error));
  g_assert_no_error (error);
  f->family = g_strdup (tov_record_get_id (family));
  draft = tov_store_plan_get_draft (f->store, f->family, &error);
  g_assert_no_error (error);
  f->version = g_strdup (tov_record_get_id (draft));
  f->editor = tov_plan_editor_new (f->store);
  f->changed = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->editor, "notify::pending", G_CALLBACK (on_pending_notify_cb), f);
  g_signal_connect (f->editor, "write-failed", G_CALLBACK (on_write_failed_cb), f);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_store_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->editor != NULL)
    g_assert_finalize_object (f->editor);
  g_signal_handlers_disconnect_by_data (f->store, f);
  g_assert_finalize_object (f->store);
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->family);
  g_free (f->version);
  g_clear_error (&f->failure);
  g_ptr_array_unref (f->changed);
}

static char *
add_item (Fixture    *f,
          const char *kind,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) item = tov_plan_editor_add_item (f->editor, f->version, kind, text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  tov_undo_stack_seal (tov_plan_editor_get_undo_stack (f->editor));
  return g_strdup (tov_record_get_id (item));
}

/* The texts of one section as stored, in order: "A B C". */
static char *
section_texts (Fixture    *f,
               const char *kind)
{
  g_autoptr(GPtrArray) items = tov_store_plan_list_items (f->store, f->version, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 expected = 0;

  g_assert_nonnull (items);
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (tov_record_get (item, "kind"), kind) != 0)
        continue;
      /* the section is numbered 0, 1, 2… with no gaps or twins */
      g_assert_cmpint (tov_record_get_int (item, "position", -1), ==, expected++);
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", tov_record_get (item, "text"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
stored_text (Fixture    *f,
             const char *item_id)
{
  g_autoptr(TovRecord) item = tov_store_get (f->store, "plan_items", item_id, NULL);

  g_assert_nonnull (item);
  return g_strdup (tov_record_get (item, "text"));
}

/* The rows of plan_items the audit log says were updated, in order of writing. */
static GPtrArray *
audited_updates (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "plan.sqlite", NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT row_id FROM audit_log WHERE action = 'update' "
                                       "AND table_name = 'plan_items' ORDER BY rowid", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ids;
}

#define assert_section(f, kind, expected) \
  G_STMT_START { g_autofree char *_s = section_texts ((f), (kind)); \
                 g_assert_cmpstr (_s, ==, (expected)); } G_STMT_END

#define assert_text(f, id, expected) \
  G_STMT_START { g_autofree char *_t = stored_text ((f), (id)); \
                 g_assert_cmpstr (_t, ==, (expected)); } G_STMT_END

/* move_item_to: a dragged item takes its new place, the section is
 * renumbered, other sections stay; one undo step each way */
static void
test_move_to (Fixture *f, gconstpointer data)
{
  g_autofree char *a = add_item (f, "worry", "A");
  g_autofree char *b = add_item (f, "worry", "B");
  g_autofree char *c = add_item (f, "worry", "C");
  g_autofree char *d = add_item (f, "worry", "D");
  g_autofree char *goal = add_item (f, "goal", "G");
  g_autoptr(GError) error = NULL;
  TovUndoStack *undo = tov_plan_editor_get_undo_stack (f->editor);

  assert_section (f, "worry", "A B C D");
  g_assert_true (tov_plan_editor_move_item_to (f->editor, d, 0, &error));
  g_assert_no_error (error);
  assert_section (f, "worry", "D A B C");
  assert_section (f, "goal", "G");
  g_assert_cmpint (tov_undo_stack_peek_kind (undo, FALSE), ==, TOV_UNDO_MOVE);

  /* to the end, and past it */
  g_assert_true (tov_plan_editor_move_item_to (f->editor, a, 3, &error));
  assert_section (f, "worry", "D B C A");
  g_assert_true (tov_plan_editor_move_item_to (f->editor, d, 99, &error));
  g_assert_no_error (error);
  assert_section (f, "worry", "B C A D");

  /* each move is one step back */
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  assert_section (f, "worry", "D B C A");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  assert_section (f, "worry", "D A B C");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  assert_section (f, "worry", "A B C D");
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  g_assert_no_error (error);
  assert_section (f, "worry", "D A B C");
  assert_section (f, "goal", "G");
}

/* a move writes only the rows whose place changes; a move to where the
 * item is writes nothing and adds no undo step */
static void
test_move_to_writes_little (Fixture *f, gconstpointer data)
{
  g_autofree char *a = add_item (f, "effort", "A");
  g_autofree char *b = add_item (f, "effort", "B");
  g_autofree char *c = add_item (f, "effort", "C");
  g_autofree char *d = add_item (f, "effort", "D");
  g_autoptr(GError) error = NULL;
  TovUndoStack *undo = tov_plan_editor_get_undo_stack (f->editor);

  g_autoptr(GPtrArray) before = audited_updates (f);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_true (tov_plan_editor_move_item_to (f->editor, c, 1, &error));
  g_assert_no_error (error);
  assert_section (f, "effort", "A C B D");
  after = audited_updates (f);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  g_assert_true (g_ptr_array_find_with_equal_func (after, b, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (after, c, g_str_equal, NULL));

  /* the same place: nothing written, nothing to undo but the move before */
  g_assert_true (tov_plan_editor_move_item_to (f->editor, c, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&before, g_ptr_array_unref);
  before = audited_updates (f);
  g_assert_cmpuint (before->len, ==, after->len);
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  assert_section (f, "effort", "A B C D");
  g_assert_cmpint (tov_undo_stack_peek_kind (undo, FALSE), ==, TOV_UNDO_ADD);   /* of D */
  g_assert_true (tov_undo_stack_can_redo (undo));

  /* up and down by one, and nothing past either end */
  g_assert_true (tov_plan_editor_move_item (f->editor, a, -1, &error));
  assert_section (f, "effort", "A B C D");
  g_assert_true (tov_plan_editor_move_item (f->editor, a, 1, &error));
  assert_section (f, "effort", "B A C D");
  g_assert_true (tov_plan_editor_move_item (f->editor, d, 1, &error));
  g_assert_no_error (error);
  assert_section (f, "effort", "B A C D");
}

static void
test_move_to_unknown (Fixture *f, gconstpointer data)
{
  g_autofree char *a = add_item (f, "worry", "A");
  g_autoptr(GError) error = NULL;

  g_assert_false (tov_plan_editor_move_item_to (f->editor, "no-such-item", 0, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  assert_section (f, "worry", "A");
}

/* typing waits for a pause: "pending" turns on once at the first key and off
 * once when written; nothing reaches the store before, the last value after */
static void
test_deferred_flush (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal");
  g_autoptr(GError) error = NULL;
  const char *typed[] = { "Amal ", "Amal v", "Amal vil", "Amal vil arbejde" };

  tov_plan_editor_set_save_delay (f->editor, 60000, 60000);   /* only flush writes */
  g_ptr_array_set_size (f->changed, 0);
  f->n_pending_notify = 0;
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    tov_plan_editor_set_later (f->editor, "plan_items", item, "text", typed[i]);
  g_assert_true (tov_plan_editor_get_pending (f->editor));
  g_assert_cmpuint (f->n_pending_notify, ==, 1);
  g_assert_cmpuint (f->changed->len, ==, 0);
  assert_text (f, item, "Amal");

  g_assert_true (tov_plan_editor_flush (f->editor, &error));
  g_assert_no_error (error);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  g_assert_cmpuint (f->n_pending_notify, ==, 2);
  g_assert_cmpuint (f->changed->len, ==, 1);   /* one write for four keys */
  assert_text (f, item, "Amal vil arbejde");

  /* nothing waiting: flushing again writes nothing and says nothing */
  g_assert_true (tov_plan_editor_flush (f->editor, &error));
  g_assert_cmpuint (f->n_pending_notify, ==, 2);
  g_assert_cmpuint (f->changed->len, ==, 1);
}

/* the pause passing writes without a flush */
static void
test_deferred_timer (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal");
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  tov_plan_editor_set_save_delay (f->editor, 10, 50);
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Amal læser dansk");
  assert_text (f, item, "Amal");
  while (tov_plan_editor_get_pending (f->editor) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  assert_text (f, item, "Amal læser dansk");
  g_assert_cmpuint (f->n_failed, ==, 0);
}

typedef struct
{
  Fixture    *f;
  const char *item;
  guint       keys;
  gboolean    written_while_typing;
} Typist;

static gboolean
type_key_cb (gpointer data)
{
  Typist *t = data;
  g_autofree char *text = NULL;

  if (t->keys > 0 && !tov_plan_editor_get_pending (t->f->editor))
    t->written_while_typing = TRUE;
  if (t->keys == 60)
    return G_SOURCE_REMOVE;
  t->keys++;
  text = g_strnfill (t->keys, 'a');
  tov_plan_editor_set_later (t->f->editor, "plan_items", t->item, "text", text);
  return G_SOURCE_CONTINUE;
}

/* typing without a pause is still written, at the longest wait */
static void
test_deferred_max_delay (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal");
  Typist t = { f, item, 0, FALSE };
  guint id;

  /* a key every 5 ms (300 ms in all) never leaves a 60 ms pause; the longest wait is 120 ms */
  tov_plan_editor_set_save_delay (f->editor, 60, 120);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  id = g_timeout_add (5, type_key_cb, &t);
  while (t.keys < 60)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
  g_assert_true (t.written_while_typing);
  g_assert_true (tov_plan_editor_flush (f->editor, NULL));
  {
    g_autofree char *all = g_strnfill (60, 'a');
    assert_text (f, item, all);
  }
}

/* a refused deferred write is reported by "write-failed" and writes nothing */
static void
test_write_failed (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal");
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* a plan text cannot be empty */
  tov_plan_editor_set_save_delay (f->editor, 10, 50);
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "");
  while (tov_plan_editor_get_pending (f->editor) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  g_assert_cmpuint (f->n_failed, ==, 1);
  g_assert_error (f->failure, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  assert_text (f, item, "Amal");

  /* flushed by hand, the refusal is the flush's error instead */
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "");
  g_assert_false (tov_plan_editor_flush (f->editor, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_assert_cmpuint (f->n_failed, ==, 1);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  assert_text (f, item, "Amal");
  g_assert_false (tov_plan_editor_get_pending (f->editor));
}

/* a run of typing is one undo step however often it was written; the next
 * run, after the text lost focus (seal), is another */
static void
test_one_step_per_run (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "situation", "Familien");
  g_autoptr(GError) error = NULL;
  TovUndoStack *undo = tov_plan_editor_get_undo_stack (f->editor);

  tov_plan_editor_set_save_delay (f->editor, 60000, 60000);
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Familien kom");
  g_assert_true (tov_plan_editor_flush (f->editor, &error));   /* a pause */
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Familien kom i 2015");
  g_assert_true (tov_plan_editor_flush (f->editor, &error));   /* another */
  tov_undo_stack_seal (undo);                                  /* focus left the text */
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Familien kom i 2015.");
  g_assert_true (tov_plan_editor_flush (f->editor, &error));
  g_assert_no_error (error);

  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  assert_text (f, item, "Familien kom i 2015");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  assert_text (f, item, "Familien");
  g_assert_true (tov_plan_editor_redo (f->editor, &error));
  assert_text (f, item, "Familien kom i 2015");
}

/* undo writes what waits first, so it undoes the typing too; another edit
 * writes the typing before itself */
static void
test_pending_before_other_edits (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal");
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) stored = NULL;

  tov_plan_editor_set_save_delay (f->editor, 60000, 60000);
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Amal vil arbejde");
  g_assert_true (tov_plan_editor_set (f->editor, "plan_items", item, "horizon", "short", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  assert_text (f, item, "Amal vil arbejde");

  g_assert_true (tov_plan_editor_undo (f->editor, &error));   /* the horizon */
  stored = tov_store_get (f->store, "plan_items", item, NULL);
  g_assert_null (tov_record_get (stored, "horizon"));
  assert_text (f, item, "Amal vil arbejde");

  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Amal vil arbejde i en butik");
  g_assert_true (tov_plan_editor_undo (f->editor, &error));   /* the typing just done */
  g_assert_no_error (error);
  g_assert_false (tov_plan_editor_get_pending (f->editor));
  assert_text (f, item, "Amal vil arbejde");
}

/* translations typed wait as texts do; what waits when the editor goes is written */
static void
test_deferred_translation_and_dispose (Fixture *f, gconstpointer data)
{
  g_autofree char *item = add_item (f, "goal", "Amal vil arbejde");
  g_autoptr(GPtrArray) translations = NULL;

  tov_plan_editor_set_save_delay (f->editor, 60000, 60000);
  tov_plan_editor_set_translation_later (f->editor, f->family, item, "ar", "أمل");
  tov_plan_editor_set_translation_later (f->editor, f->family, item, "ar", "أمل تريد العمل");
  tov_plan_editor_set_later (f->editor, "plan_items", item, "text", "Amal vil arbejde i en butik");
  translations = tov_store_list (f->store, "translations", "source_id", item, NULL);
  g_assert_cmpuint (translations->len, ==, 0);
  g_clear_pointer (&translations, g_ptr_array_unref);

  g_assert_finalize_object (g_steal_pointer (&f->editor));
  assert_text (f, item, "Amal vil arbejde i en butik");
  translations = tov_store_list (f->store, "translations", "source_id", item, NULL);
  g_assert_cmpuint (translations->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (translations, 0), "text"), ==, "أمل تريد العمل");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (translations, 0), "language"), ==, "ar");
}

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/tov/plan-editor/move-to", test_move_to);
  ADD ("/tov/plan-editor/move-to-writes-little", test_move_to_writes_little);
  ADD ("/tov/plan-editor/move-to-unknown", test_move_to_unknown);
  ADD ("/tov/plan-editor/deferred-flush", test_deferred_flush);
  ADD ("/tov/plan-editor/deferred-timer", test_deferred_timer);
  ADD ("/tov/plan-editor/deferred-max-delay", test_deferred_max_delay);
  ADD ("/tov/plan-editor/write-failed", test_write_failed);
  ADD ("/tov/plan-editor/one-step-per-run", test_one_step_per_run);
  ADD ("/tov/plan-editor/pending-before-other-edits", test_pending_before_other_edits);
  ADD ("/tov/plan-editor/deferred-translation-and-dispose", test_deferred_translation_and_dispose);
  return g_test_run ();
}
