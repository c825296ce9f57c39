/* test-plan-ui.c: the masterplan editor in a real window
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tov-goal-scale.h"
#include "tov-plan-item-row.h"
#include "tov-plan-page.h"
#include "tov-resources.h"
#include "tov-store-plan.h"

typedef struct
{
  char        *dir;
  TovStore    *store;
  char        *family;
  GtkWindow   *window;
  TovPlanPage *page;
} Fixture;

static void
run_until_idle (void)
{
  for (guint i = 0; i < 10; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static char *
add (TovStore   *store,
     const char *table,
     ...)
{
  g_autoptr(TovRecord) record = tov_record_new (table);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, table);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    tov_record_set (record, name, va_arg (args, const char *));
  va_end (args);
  g_assert_true (tov_store_insert (store, record, NULL, &error));
  g_assert_no_error (error);
  return g_strdup (tov_record_get_id (record));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *mother = NULL;

  f->dir = g_dir_make_tmp ("tov-plan-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  f->family = add (f->store, "families", "name", "Haddad", "status", "active", "languages", "ar da", NULL);
  mother = add (f->store, "persons", "family_id", f->family, "given_name", "Amal",
                "household_role", "mother", NULL);

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
  run_until_idle ();
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

  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-pdf", NULL);
  tov_plan_page_set_export_handler (f->page, on_export_cb, calls);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-pdf", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.print", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.export-odt", NULL));
  tov_plan_page_set_export_handler (f->page, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "plan.print", NULL);
  g_assert_cmpstr (calls->str, ==, "pdf print odt ");
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
  g_test_add ("/tov/plan-ui/export-actions", Fixture, NULL, fixture_set_up, test_export_actions,
              fixture_tear_down);
  return g_test_run ();
}
