/* test-plan-ui.c: the masterplan editor in a real window
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tov-goal-scale.h"
#include "tov-plan-item-details.h"
#include "tov-plan-item-row.h"
#include "tov-plan-page.h"
#include "tov-resources.h"
#include "tov-store-plan.h"
#include "tov-test-util.h"

typedef struct
{
  char        *dir;
  TovStore    *store;
  char        *family;
  char        *mother;
  char        *actor;
  GtkWindow   *window;
  TovPlanPage *page;
} Fixture;

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop dry and over a few frames, so the list is laid out. */
static void
run_until_idle (void)
{
  gboolean done = FALSE;

  g_timeout_add (60, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tov-plan-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  f->family = tov_test_add (f->store, "families", "name", "Haddad", "status", "active", "languages", "ar da", NULL);
  f->mother = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Amal",
                   "household_role", "mother", NULL);
  f->actor = tov_test_add (f->store, "actors", "name", "Jobcenter Vest", "sector", "employment", NULL);
  g_free (tov_test_add (f->store, "engagements", "family_id", f->family, "actor_id", f->actor, "ring", "near",
                   "from_date", "2025-01-01", NULL));

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 800);
  f->page = TOV_PLAN_PAGE (tov_plan_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  g_object_set (f->page, "store", f->store, "family-id", f->family, NULL);
  gtk_window_present (f->window);
  run_until_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  run_until_idle ();
  g_assert_finalize_object (f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->family);
  g_free (f->mother);
  g_free (f->actor);
}


static void
type_into (GtkWidget  *text_view,
                const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter end;

  /* as the keyboard does: one insertion per character */
  gtk_text_buffer_set_text (buffer, "", -1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
    }
}

/* Waits until what was typed is written (the editor writes after a pause). */
static void
wait_saved (Fixture *f)
{
  TovPlanEditor *editor = tov_plan_page_get_editor (f->page);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (tov_plan_editor_get_pending (editor) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (tov_plan_editor_get_pending (editor));
  run_until_idle ();
}

static GPtrArray *
draft_items (Fixture *f)
{
  g_autoptr(TovRecord) draft = tov_store_plan_get_draft (f->store, f->family, NULL);

  return tov_store_plan_list_items (f->store, tov_record_get_id (draft), NULL);
}

static TovPlanItemRow *
nth_row (Fixture *f,
         guint    n)
{
  GList *rows = tov_plan_page_get_item_rows (f->page);
  TovPlanItemRow *row = g_list_nth_data (rows, n);

  g_assert_nonnull (row);
  g_list_free (rows);
  return row;
}

/* The window's focus, whether or not the window is the active one (tests
 * share a display: another test's window may be in front). */
static gboolean
has_cursor (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL && gtk_root_get_focus (root) == widget;
}

static char *
add_item (Fixture    *f,
          const char *kind,
          const char *text)
{
  GList *rows, *l;
  char *id = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add-item", "s", kind));
  run_until_idle ();
  /* the new item has the cursor */
  rows = tov_plan_page_get_item_rows (f->page);
  for (l = rows; l != NULL; l = l->next)
    if (has_cursor (tov_plan_item_row_get_text_view (l->data)))
      break;
  g_assert_nonnull (l);
  type_into (tov_plan_item_row_get_text_view (l->data), text);
  id = g_strdup (tov_record_get_id (tov_plan_item_row_get_item (l->data)));
  g_list_free (rows);
  return id;
}

static TovPlanItemRow *
only_row (Fixture *f,
          guint    expected)
{
  GList *rows = tov_plan_page_get_item_rows (f->page);
  TovPlanItemRow *row = rows != NULL ? rows->data : NULL;

  g_assert_cmpuint (g_list_length (rows), ==, expected);
  g_list_free (rows);
  return row;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static void
write_goal (Fixture *f)
{
  TovPlanItemRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add-item", "s", "goal"));
  run_until_idle ();
  row = only_row (f, 1);
  type_into (tov_plan_item_row_get_text_view (row), "Amal vil arbejde i en børnehave");
  type_into (tov_plan_item_row_get_translation_view (row), "أمل تريد العمل في روضة");
  wait_saved (f);
}

/* write a goal with its translation: saved as typed, counted */
static void
test_write_goal (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) draft = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  TovPlanItemRow *row;

  write_goal (f);
  draft = tov_store_plan_get_draft (f->store, f->family, NULL);
  items = tov_store_plan_list_items (f->store, tov_record_get_id (draft), NULL);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==, "Amal vil arbejde i en børnehave");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "kind"), ==, "goal");
  translations = tov_store_plan_list_translations (f->store, f->family, NULL);
  g_assert_cmpuint (translations->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (translations, 0), "text"), ==, "أمل تريد العمل في روضة");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (translations, 0), "language"), ==, "ar");

  /* the translation reads right to left */
  row = only_row (f, 1);
  g_assert_cmpint (gtk_widget_get_direction (tov_plan_item_row_get_translation_view (row)), ==, GTK_TEXT_DIR_RTL);

  /* Ctrl+Z across the editor: the typing goes in one step */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));
  run_until_idle ();
  g_ptr_array_unref (translations);
  translations = tov_store_plan_list_translations (f->store, f->family, NULL);
  g_assert_cmpuint (translations->len, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.redo", NULL));
  run_until_idle ();
  g_ptr_array_unref (translations);
  translations = tov_store_plan_list_translations (f->store, f->family, NULL);
  g_assert_cmpuint (translations->len, ==, 1);
}

/* agree the plan through the dialog; the agreed version is frozen on screen too */
static void
test_agree (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) items = NULL;
  AdwMessageDialog *dialog;
  TovPlanItemRow *row;
  const char *v1;

  write_goal (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.agree", NULL));
  run_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "agreed-on")), "2025-03-01");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "present")), "Amal, Hanne");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "accepted-by")), "Amal");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "interpreter")), "Sami");
  adw_message_dialog_response (dialog, "agree");
  run_until_idle ();

  versions = tov_store_plan_list_versions (f->store, f->family, NULL);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (versions, 0), "status"), ==, "agreed");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (versions, 0), "accepted_by"), ==, "Amal");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (versions, 1), "status"), ==, "draft");
  /* the page moved on to the new draft */
  g_assert_cmpstr (tov_plan_page_get_version_id (f->page), ==,
                   tov_record_get_id (g_ptr_array_index (versions, 1)));

  /* the agreed version: read-only, and typing there changes nothing */
  v1 = tov_record_get_id (g_ptr_array_index (versions, 0));
  tov_plan_page_set_version_id (f->page, v1);
  run_until_idle ();
  row = only_row (f, 1);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (tov_plan_item_row_get_text_view (row))));
  type_into (tov_plan_item_row_get_text_view (row), "Noget andet");
  run_until_idle ();
  items = tov_store_plan_list_items (f->store, v1, NULL);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==, "Amal vil arbejde i en børnehave");
  {
    g_autoptr(GPtrArray) logs = tov_store_list (f->store, "interpreter_logs", "version_id", v1, NULL);
    g_assert_cmpuint (logs->len, ==, 1);
  }
}

/* family-present mode hides internal items */
static void
test_family_present (Fixture *f, gconstpointer data)
{
  TovPlanItemRow *row;

  write_goal (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.add-item", "s", "worry"));
  run_until_idle ();
  {
    GList *rows = tov_plan_page_get_item_rows (f->page);
    g_assert_cmpuint (g_list_length (rows), ==, 2);
    /* the worry comes before the goal: mark it internal */
    row = rows->data;
    g_list_free (rows);
  }
  g_assert_cmpstr (tov_record_get (tov_plan_item_row_get_item (row), "kind"), ==, "worry");
  type_into (tov_plan_item_row_get_text_view (row), "Intern: økonomien er presset");
  g_signal_emit_by_name (row, "edited", "internal", "1");
  run_until_idle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "internal"));
  only_row (f, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.family-present", NULL));
  run_until_idle ();
  g_assert_true (tov_plan_page_get_family_present (f->page));
  row = only_row (f, 1);
  g_assert_cmpstr (tov_record_get (tov_plan_item_row_get_item (row), "text"), ==, "Amal vil arbejde i en børnehave");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "family-present"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.family-present", NULL));
  run_until_idle ();
  only_row (f, 2);
}


/* opening the plan page writes nothing: the draft comes with the first edit */
static void
test_lazy_draft (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *id = NULL;

  versions = tov_store_plan_list_versions (f->store, f->family, NULL);
  g_assert_cmpuint (versions->len, ==, 0);
  plans = tov_store_list (f->store, "plans", "family_id", f->family, NULL);
  g_assert_cmpuint (plans->len, ==, 0);
  g_assert_null (tov_plan_page_get_version_id (f->page));
  only_row (f, 0);

  /* switching family-present mode and the member filter writes nothing either */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.family-present", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.family-present", NULL));
  run_until_idle ();
  g_ptr_array_unref (versions);
  versions = tov_store_plan_list_versions (f->store, f->family, NULL);
  g_assert_cmpuint (versions->len, ==, 0);

  id = add_item (f, "resource", "Amal taler godt dansk");
  g_ptr_array_unref (versions);
  versions = tov_store_plan_list_versions (f->store, f->family, NULL);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (versions, 0), "status"), ==, "draft");
  g_assert_cmpstr (tov_plan_page_get_version_id (f->page), ==, tov_record_get_id (g_ptr_array_index (versions, 0)));
  wait_saved (f);
  items = draft_items (f);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==, "Amal taler godt dansk");
}

/* typing is written after a pause, in one undo step, and the text grows as it is typed */
static void
test_typing_saved_after_pause (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) items = NULL;
  TovPlanItemRow *row;
  GtkWidget *text;
  int one_line, three_lines;

  add_item (f, "situation", "Kort");
  wait_saved (f);
  row = only_row (f, 1);
  text = tov_plan_item_row_get_text (row);
  one_line = gtk_widget_get_height (text);
  g_assert_cmpint (one_line, >, 10);

  type_into (tov_plan_item_row_get_text_view (row), "Familien kom til Danmark i 2015.\nMor går på sprogskole.\nBørnene går i skole.");
  /* not yet written: a keystroke is not a commit */
  g_assert_true (tov_plan_editor_get_pending (tov_plan_page_get_editor (f->page)));
  items = draft_items (f);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==, "Kort");
  g_ptr_array_unref (items);
  run_until_idle ();
  three_lines = gtk_widget_get_height (text);
  /* the whole text shows: three lines are (about) three times one */
  g_assert_cmpint (three_lines, >=, one_line * 2);

  wait_saved (f);
  items = draft_items (f);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==,
                   "Familien kom til Danmark i 2015.\nMor går på sprogskole.\nBørnene går i skole.");
  g_ptr_array_unref (items);

  /* one undo step for the run of typing after the add: undo takes the item away */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));
  run_until_idle ();
  items = draft_items (f);
  g_assert_cmpuint (items->len, ==, 0);
}

static const char *
row_text (Fixture *f,
          guint    n)
{
  return tov_record_get (tov_plan_item_row_get_item (nth_row (f, n)), "text");
}

/* reorder by the keyboard (Alt+Up, Alt+Down) and by dragging */
static void
test_reorder (Fixture *f, gconstpointer data)
{
  g_autofree char *a = add_item (f, "worry", "A");
  g_autofree char *b = add_item (f, "worry", "B");
  g_autofree char *c = add_item (f, "worry", "C");
  g_autoptr(GPtrArray) items = NULL;

  wait_saved (f);
  only_row (f, 3);
  g_assert_cmpstr (row_text (f, 0), ==, "A");

  /* Alt+Up on C: the key binds to item.move(-1) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (nth_row (f, 2)), "item.move", "i", -1));
  run_until_idle ();
  g_assert_cmpstr (row_text (f, 1), ==, "C");
  g_assert_cmpstr (row_text (f, 2), ==, "B");
  /* the moved item keeps the cursor */
  g_assert_true (has_cursor (tov_plan_item_row_get_text_view (nth_row (f, 1))));
  /* Alt+Up at the top moves nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (nth_row (f, 0)), "item.move", "i", -1));
  run_until_idle ();
  g_assert_cmpstr (row_text (f, 0), ==, "A");

  /* drag B onto A: B takes A's place */
  g_signal_emit_by_name (nth_row (f, 0), "drop-item", b);
  run_until_idle ();
  g_assert_cmpstr (row_text (f, 0), ==, "B");
  g_assert_cmpstr (row_text (f, 1), ==, "A");
  g_assert_cmpstr (row_text (f, 2), ==, "C");
  items = draft_items (f);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 0), "text"), ==, "B");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, 2), "text"), ==, "C");

  /* a drop from another section is refused */
  {
    g_autofree char *goal = add_item (f, "goal", "Mål");
    wait_saved (f);
    g_signal_emit_by_name (nth_row (f, 0), "drop-item", goal);
    run_until_idle ();
    g_assert_cmpstr (row_text (f, 0), ==, "B");
    g_assert_cmpstr (tov_record_get (tov_plan_item_row_get_item (nth_row (f, 3)), "kind"), ==, "goal");
  }

  /* undo the drag: A, B as before; undo the key move */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));   /* the goal */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));   /* the drag */
  run_until_idle ();
  g_assert_cmpstr (row_text (f, 0), ==, "A");
  g_assert_cmpstr (row_text (f, 1), ==, "C");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));
  run_until_idle ();
  g_assert_cmpstr (row_text (f, 1), ==, "B");
}

/* an effort's actor, law and statutory plan; a goal's horizon and theme; who an item is for */
static void
test_item_fields (Fixture *f, gconstpointer data)
{
  g_autofree char *effort = add_item (f, "effort", "Praktik i børnehave");
  g_autoptr(GPtrArray) items = NULL;
  TovPlanItemDetails *details;
  TovPlanItemRow *row;
  TovRecord *item;

  wait_saved (f);
  row = only_row (f, 1);
  details = TOV_PLAN_ITEM_DETAILS (tov_plan_item_row_get_details (row));
  /* the actor offered is the one on the family's map */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "actor_id")))), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "actor_id")), 1);
  gtk_editable_set_text (GTK_EDITABLE (tov_plan_item_details_get_field (details, "legal_basis")), "LAB § 32");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "statutory_plan")), 1);
  gtk_editable_set_text (GTK_EDITABLE (tov_plan_item_details_get_field (details, "statutory_ref")), "JP-117");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "person_id")), 1);
  g_assert_null (tov_plan_item_details_get_field (details, "horizon"));
  wait_saved (f);

  items = draft_items (f);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (tov_record_get (item, "actor_id"), ==, f->actor);
  g_assert_cmpstr (tov_record_get (item, "legal_basis"), ==, "LAB § 32");
  g_assert_cmpstr (tov_record_get (item, "statutory_plan"), ==, "jobplan");
  g_assert_cmpstr (tov_record_get (item, "statutory_ref"), ==, "JP-117");
  g_assert_cmpstr (tov_record_get (item, "person_id"), ==, f->mother);
  g_ptr_array_unref (g_steal_pointer (&items));

  /* a goal: horizon, theme, target */
  add_item (f, "goal", "Amal får arbejde");
  wait_saved (f);
  row = nth_row (f, 0);
  g_assert_cmpstr (tov_record_get (tov_plan_item_row_get_item (row), "kind"), ==, "goal");
  details = TOV_PLAN_ITEM_DETAILS (tov_plan_item_row_get_details (row));
  g_assert_null (tov_plan_item_details_get_field (details, "actor_id"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "horizon")), 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tov_plan_item_details_get_field (details, "theme")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tov_plan_item_details_get_field (details, "scale_target")), 8);
  run_until_idle ();
  items = draft_items (f);
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (tov_record_get (g_ptr_array_index (items, i), "kind"), "goal"))
      item = g_ptr_array_index (items, i);
  g_assert_cmpstr (tov_record_get (item, "horizon"), ==, "long");
  g_assert_cmpstr (tov_record_get (item, "theme"), ==, "work_education");
  g_assert_cmpint (tov_record_get_int (item, "scale_target", -1), ==, 8);

  /* one undo takes back the target only */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.undo", NULL));
  run_until_idle ();
  g_ptr_array_unref (items);
  items = draft_items (f);
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (tov_record_get (g_ptr_array_index (items, i), "kind"), "goal"))
      item = g_ptr_array_index (items, i);
  g_assert_cmpint (tov_record_get_int (item, "scale_target", -1), ==, -1);
  g_assert_cmpstr (tov_record_get (item, "theme"), ==, "work_education");
}

/* the goal scale: keyboard, mirrored right to left */
static void
test_goal_scale (void)
{
  TovGoalScale *scale = TOV_GOAL_SCALE (g_object_ref_sink (tov_goal_scale_new ()));

  tov_goal_scale_set_value (scale, 3);
  tov_goal_scale_set_target (scale, 8);
  g_assert_cmpint (tov_goal_scale_get_value (scale), ==, 3);
  tov_goal_scale_set_value (scale, 12);
  g_assert_cmpint (tov_goal_scale_get_value (scale), ==, 10);
  g_assert_finalize_object (scale);
}

/* print and export go to the handler another part installs */
static void
on_export_cb (TovPlanPage *page,
              const char  *format,
              const char  *version_id,
              gpointer     user_data)
{
  GString *calls = user_data;

  g_assert_nonnull (version_id);
  g_string_append_printf (calls, "%s ", format);
}

static void
test_export_actions (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) calls = g_string_new (NULL);

  g_free (add_item (f, "situation", "Familien bor i Vollsmose"));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-pdf", NULL);
  tov_plan_page_set_export_handler (f->page, on_export_cb, calls);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-pdf", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.print", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-odt", NULL));
  tov_plan_page_set_export_handler (f->page, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.print", NULL);
  g_assert_cmpstr (calls->str, ==, "pdf print odt ");
}

static GtkWidget *
find_grid_view (GtkWidget *root)
{
  if (GTK_IS_GRID_VIEW (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_grid_view (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* a long plan builds rows for about a screenful, and the last item can be reached */
static void
test_long_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(TovRecord) draft = tov_store_plan_get_draft (f->store, f->family, NULL);
  g_autofree char *last = NULL;
  GtkWidget *grid;
  GList *rows;
  guint n_rows;
  gboolean found = FALSE;

  g_assert_true (tov_store_begin (f->store, NULL));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *text = g_strdup_printf ("Punkt %u", i);
      g_autofree char *position = g_strdup_printf ("%u", i);

      g_free (last);
      last = tov_test_add (f->store, "plan_items", "version_id", tov_record_get_id (draft), "kind", "worry",
                  "text", text, "position", position, NULL);
    }
  g_assert_true (tov_store_commit (f->store, NULL));
  run_until_idle ();

  rows = tov_plan_page_get_item_rows (f->page);
  n_rows = g_list_length (rows);
  /* not one row per item (GTK 4.8's GtkListView would make 200) */
  g_assert_cmpuint (n_rows, >=, 3);
  g_assert_cmpuint (n_rows, <=, 40);
  g_assert_cmpstr (tov_record_get (tov_plan_item_row_get_item (rows->data), "text"), ==, "Punkt 0");
  g_list_free (rows);

  grid = find_grid_view (GTK_WIDGET (f->page));
  g_assert_nonnull (grid);
  g_assert_true (gtk_widget_activate_action (grid, "list.scroll-to-item", "u",
                                             g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (grid)))) - 1));
  run_until_idle ();
  rows = tov_plan_page_get_item_rows (f->page);
  for (GList *l = rows; l != NULL; l = l->next)
    if (g_str_equal (tov_record_get_id (tov_plan_item_row_get_item (l->data)), last))
      found = TRUE;
  g_assert_true (found);
  g_assert_cmpuint (g_list_length (rows), <=, 40);
  g_list_free (rows);
}

/* a text and its translation share the row evenly; right to left, mirrored */
static void
test_row_mirrored (Fixture *f, gconstpointer data)
{
  TovPlanItemRow *row;
  GtkWidget *text, *translation;
  graphene_rect_t a, b;

  g_free (add_item (f, "situation", "Familien bor i Vollsmose"));
  wait_saved (f);
  row = only_row (f, 1);
  text = tov_plan_item_row_get_text (row);
  translation = gtk_widget_get_parent (tov_plan_item_row_get_translation_view (row));
  g_assert_true (gtk_widget_compute_bounds (text, GTK_WIDGET (row), &a));
  g_assert_true (gtk_widget_compute_bounds (translation, GTK_WIDGET (row), &b));
  g_assert_cmpfloat (a.origin.x + a.size.width, <=, b.origin.x);
  g_assert_cmpfloat_with_epsilon (a.size.width, b.size.width, 2);
  g_assert_cmpfloat (a.size.width, >, 200);

  /* as under an Arabic locale */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  run_until_idle ();
  row = only_row (f, 1);
  g_assert_true (gtk_widget_compute_bounds (text, GTK_WIDGET (row), &a));
  g_assert_true (gtk_widget_compute_bounds (translation, GTK_WIDGET (row), &b));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, a.origin.x);
  g_assert_cmpfloat_with_epsilon (a.size.width, b.size.width, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_DEBUG", "default-settings", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  tov_register_resource ();
  adw_init ();

  g_test_add_func ("/tov/plan-ui/goal-scale", test_goal_scale);
  g_test_add ("/tov/plan-ui/write-goal", Fixture, NULL, fixture_set_up, test_write_goal, fixture_tear_down);
  g_test_add ("/tov/plan-ui/agree", Fixture, NULL, fixture_set_up, test_agree, fixture_tear_down);
  g_test_add ("/tov/plan-ui/family-present", Fixture, NULL, fixture_set_up, test_family_present,
              fixture_tear_down);
  g_test_add ("/tov/plan-ui/lazy-draft", Fixture, NULL, fixture_set_up, test_lazy_draft, fixture_tear_down);
  g_test_add ("/tov/plan-ui/typing-saved-after-pause", Fixture, NULL, fixture_set_up,
              test_typing_saved_after_pause, fixture_tear_down);
  g_test_add ("/tov/plan-ui/reorder", Fixture, NULL, fixture_set_up, test_reorder, fixture_tear_down);
  g_test_add ("/tov/plan-ui/item-fields", Fixture, NULL, fixture_set_up, test_item_fields, fixture_tear_down);
  g_test_add ("/tov/plan-ui/export-actions", Fixture, NULL, fixture_set_up, test_export_actions,
              fixture_tear_down);
  g_test_add ("/tov/plan-ui/long-plan", Fixture, NULL, fixture_set_up, test_long_plan, fixture_tear_down);
  g_test_add ("/tov/plan-ui/row-mirrored", Fixture, NULL, fixture_set_up, test_row_mirrored, fixture_tear_down);
  return g_test_run ();
}
