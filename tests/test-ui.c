/* test-ui.c: the GTK application's templates, window and list
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tov-application.h"
#include "tov-family-page.h"
#include "tov-family-row.h"
#include "tov-preferences-window.h"
#include "tov-record-dialog.h"
#include "tov-resources.h"
#include "tov-window-state.h"
#include "tov-window.h"

typedef struct
{
  char     *dir;
  TovStore *store;
} Fixture;

static char *
insert_family (TovStore   *store,
               const char *name,
               guint       n_members)
{
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_record_set (family, "name", name);
  tov_record_set (family, "status", "active");
  g_assert_true (tov_store_insert (store, family, &column, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(TovRecord) person = tov_record_new ("persons");
      g_autofree char *given = g_strdup_printf ("Person %u", i + 1);

      tov_record_set (person, "family_id", tov_record_get_id (family));
      tov_record_set (person, "given_name", given);
      tov_record_set (person, "household_role", i == 0 ? "mother" : "child");
      g_assert_true (tov_store_insert (store, person, &column, &error));
      g_assert_no_error (error);
    }

  return g_strdup (tov_record_get_id (family));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("tov-ui-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "test.sqlite", NULL);
  fixture->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
run_until_idle (void)
{
  /* Let idle refreshes, list item set-up and bindings run. */
  for (guint i = 0; i < 10; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static TovWindow *
new_window (TovStore *store)
{
  TovWindow *window = g_object_new (TOV_TYPE_WINDOW, "store", store, NULL);

  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();

  return window;
}

static void
close_window (TovWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* Collects the label texts under @widget, in order. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static void
test_templates (void)
{
  GtkWidget *row = tov_family_row_new ();
  GtkWidget *page = tov_family_page_new ();
  g_autoptr(TovFamily) family = tov_family_new ("11111111-1111-4111-8111-111111111111", "Hassan");
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  TovWindow *window;

  g_object_ref_sink (row);
  g_object_ref_sink (page);

  tov_family_set_coordinator (family, "Mette Lund");
  tov_family_set_member_count (family, 5);
  tov_family_set_overdue_count (family, 2);

  tov_family_row_set_family (TOV_FAMILY_ROW (row), family);
  g_assert_true (tov_family_row_get_family (TOV_FAMILY_ROW (row)) == family);
  collect_labels (row, text);
  g_assert_nonnull (strstr (text->str, "Hassan\n"));
  g_assert_nonnull (strstr (text->str, "Mette Lund · 5 members\n"));
  g_assert_nonnull (strstr (text->str, "2 overdue\n"));
  g_assert_null (strstr (text->str, "consent"));

  /* Without a database the page has nothing to read. */
  tov_family_page_set_family (TOV_FAMILY_PAGE (page), family);

  tov_family_row_set_family (TOV_FAMILY_ROW (row), NULL);
  tov_family_page_set_family (TOV_FAMILY_PAGE (page), NULL);
  g_assert_finalize_object (row);
  g_assert_finalize_object (page);

  {
    g_autoptr(TovRecord) person = tov_record_new ("persons");
    g_autoptr(TovStore) store = tov_store_open (":memory:", NULL);
    static const char * const columns[] = { "given_name", "birth_date", "sex", "interpreter_needed", NULL };
    TovRecordDialog *dialog = tov_record_dialog_new (store, person, TRUE, columns);
    GtkWidget *prefs = tov_preferences_window_new (NULL);

    g_assert_nonnull (tov_record_dialog_get_field (dialog, "birth_date"));
    g_assert_null (tov_record_dialog_get_field (dialog, "nationality"));
    gtk_window_destroy (GTK_WINDOW (dialog));
    gtk_window_destroy (GTK_WINDOW (prefs));
    run_until_idle ();
  }

  builder = gtk_builder_new_from_resource ("/dk/tovholder/Tovholder/gtk/help-overlay.ui");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  /* A window without a database says why instead of listing families. */
  window = g_object_new (TOV_TYPE_WINDOW, NULL);
  g_assert_null (tov_window_get_store (window));
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (window)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_formats (void)
{
  g_autofree char *none = tov_family_row_format_details (NULL, 1);
  g_autofree char *some = tov_family_row_format_details ("Jonas Berg", 3);
  g_autofree char *overdue = tov_family_row_format_overdue (1);
  g_autofree char *date = tov_family_page_format_date ("2025-03-01");
  g_autofree char *bad_date = tov_family_page_format_date ("soon");

  g_assert_cmpstr (none, ==, "No coordinator · 1 member");
  g_assert_cmpstr (some, ==, "Jonas Berg · 3 members");
  g_assert_cmpstr (overdue, ==, "1 overdue");
  g_assert_cmpstr (date, ==, "1 March 2025");
  g_assert_cmpstr (bad_date, ==, "soon");
  g_assert_cmpstr (tov_family_page_format_status ("active"), ==, "Active");
  g_assert_cmpstr (tov_family_page_format_status (NULL), ==, "Not recorded");
}

static void
test_view_state (void)
{
  static const struct {
    TovWindowState state;
    const char *main_page;
    const char *sidebar_page;
    const char *content_page;
  } cases[] = {
    { { FALSE, NULL, 0, FALSE }, "error", "empty", "none" },
    { { TRUE, NULL, 0, FALSE }, "main", "empty", "welcome" },
    { { TRUE, "  ", 0, FALSE }, "main", "empty", "welcome" },
    { { TRUE, NULL, 0, FALSE, TRUE }, "main", "no-results", "none" },
    { { TRUE, "zz", 0, FALSE }, "main", "no-results", "none" },
    { { TRUE, NULL, 3, FALSE }, "main", "list", "none" },
    { { TRUE, "has", 1, TRUE }, "main", "list", "family" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TovWindowView view = { 0 };

      tov_window_view_compute (&cases[i].state, &view);
      g_assert_cmpstr (view.main_page, ==, cases[i].main_page);
      g_assert_cmpstr (view.sidebar_page, ==, cases[i].sidebar_page);
      g_assert_cmpstr (view.content_page, ==, cases[i].content_page);
    }
}

static void
test_window_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  TovWindow *window = new_window (fixture->store);

  g_assert_true (tov_window_get_store (window) == fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (window)), ==, 0);
  g_assert_null (tov_window_get_selected (window));

  close_window (window);
}

static void
test_window_list (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 3);
  g_autofree char *nielsen = insert_family (fixture->store, "Nielsen", 1);
  g_autoptr(GString) text = g_string_new (NULL);
  TovWindow *window = new_window (fixture->store);
  GListModel *families = tov_window_get_families (window);
  TovFamily *selected;

  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);

  /* The rows show the families' names and member counts. */
  collect_labels (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "Hassan\n"));
  g_assert_nonnull (strstr (text->str, "Nielsen\n"));
  g_assert_nonnull (strstr (text->str, "3 members"));

  /* Selecting shows the family on the right. */
  g_assert_true (tov_window_select_family (window, nielsen));
  selected = tov_window_get_selected (window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (tov_family_get_name (selected), ==, "Nielsen");

  /* A change in the store refreshes the list and keeps the selection. */
  g_free (insert_family (fixture->store, "Yousef", 0));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 3);
  selected = tov_window_get_selected (window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (tov_family_get_id (selected), ==, nielsen);

  close_window (window);
}

static void
test_window_search (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 2);
  g_autofree char *nielsen = insert_family (fixture->store, "Nielsen", 2);
  TovWindow *window = new_window (fixture->store);
  GListModel *families = tov_window_get_families (window);
  g_autoptr(TovFamily) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);

  tov_window_set_query (window, "niel");
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 1);
  first = g_list_model_get_item (families, 0);
  g_assert_cmpstr (tov_family_get_name (first), ==, "Nielsen");

  tov_window_set_query (window, "nobody-is-called-this");
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 0);

  /* An empty query lists every family again. */
  tov_window_set_query (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);

  /* Ctrl+F's action opens the search bar. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));

  run_until_idle ();
  close_window (window);
}

static void
test_window_finalizes (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 1);
  TovWindow *window = new_window (fixture->store);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_finalize_object (window);
}

static void
test_window_open_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_DATABASE,
                                                 "The file is not a Tovholder database");
  TovWindow *window = g_object_new (TOV_TYPE_WINDOW, NULL);

  tov_window_show_open_error (window, "/tmp/not-a-database.txt", error);
  g_assert_cmpstr (tov_window_get_database_path (window), ==, "/tmp/not-a-database.txt");
  g_assert_null (tov_window_get_store (window));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
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

  /* Not G_TEST_OPTION_ISOLATE_DIRS: it empties XDG_DATA_DIRS, and then GTK
   * finds neither the icon theme nor the MIME database it needs to load
   * SVG icons. Each fixture has its own temporary directory instead, and
   * GSETTINGS_BACKEND=memory keeps settings out of the user's home. */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  tov_register_resource ();
  adw_init ();

  g_test_add_func ("/tov/ui/templates", test_templates);
  g_test_add_func ("/tov/ui/formats", test_formats);
  g_test_add_func ("/tov/ui/view-state", test_view_state);
  g_test_add_func ("/tov/ui/window/open-error", test_window_open_error);
  g_test_add ("/tov/ui/window/empty", Fixture, NULL,
              fixture_set_up, test_window_empty, fixture_tear_down);
  g_test_add ("/tov/ui/window/list", Fixture, NULL,
              fixture_set_up, test_window_list, fixture_tear_down);
  g_test_add ("/tov/ui/window/search", Fixture, NULL,
              fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/tov/ui/window/finalizes", Fixture, NULL,
              fixture_set_up, test_window_finalizes, fixture_tear_down);

  return g_test_run ();
}
