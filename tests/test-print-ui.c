/* test-print-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "print-test-util.h"
#include "tov-print.h"

static TovStore *store;

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkDropDown *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_choice_remembered (void)
{
  g_autoptr(GPtrArray) ids = print_test_family_ids (store);
  const char *haddad = g_ptr_array_index (ids, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *choice = tov_print_get_choice (store, haddad);
  g_autoptr(TovRecord) family = NULL;

  /* the demo family prints in Danish and Arabic */
  g_assert_cmpstr (choice, ==, "da+ar");
  g_assert_true (tov_print_save_choice (store, haddad, "ar", &error));
  g_assert_no_error (error);
  family = tov_store_get (store, "families", haddad, &error);
  g_assert_cmpstr (tov_record_get (family, "print_languages"), ==, "ar");
  g_free (choice);
  choice = tov_print_get_choice (store, haddad);
  g_assert_cmpstr (choice, ==, "ar");
  g_assert_true (tov_print_save_choice (store, haddad, "da+ar", &error));
}

static void
test_dialog_starts_from_choice (void)
{
  g_autoptr(GPtrArray) ids = print_test_family_ids (store);
  GtkWidget *window = gtk_window_new ();
  AdwMessageDialog *dialog;
  GtkDropDown *language;

  gtk_window_present (GTK_WINDOW (window));
  tov_print_run (window, store, g_ptr_array_index (ids, 1), NULL, TOV_PRINT_EXPORT_PDF);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  language = find_drop_down (adw_message_dialog_get_extra_child (dialog));
  g_assert_nonnull (language);
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 3);   /* Danish and Arabic */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static void
spin (void)
{
  for (guint i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The meetings page prints the minutes right after a meeting: the dialog
 * says so, starts from the family's languages, and the PDF is written
 * where the file chooser says, in Danish and Arabic. */
static void
test_meeting_export (void)
{
  g_autoptr(GPtrArray) ids = print_test_family_ids (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting = tov_plan_document_latest_meeting (store, g_ptr_array_index (ids, 1), &error);
  g_autofree char *dir = g_dir_make_tmp ("tov-print-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chooser;
  AdwMessageDialog *dialog;
  GtkDropDown *language;
  gsize length = 0;

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  tov_print_meeting_export (window, store, meeting, "pdf");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Minutes as PDF");
  language = find_drop_down (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 3);   /* Danish and Arabic */
  adw_message_dialog_response (dialog, "ok");
  spin ();

  chooser = find_file_chooser ();
  if (chooser == NULL)
    {
      g_test_skip ("the file chooser is a portal's here, out of the test's reach");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "minutes.pdf");
  spin ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  spin ();

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 5, "%PDF-", 5);
  g_remove (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* a meeting that is not there: said in a dialog, nothing else happens */
static void
test_meeting_missing (void)
{
  GtkWidget *window = gtk_window_new ();
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  tov_print_meeting_export (window, store, "no-such-meeting", "odt");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The minutes could not be printed");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_autoptr(GString) schemas = g_string_new (g_getenv ("GSETTINGS_SCHEMA_DIR"));

  /* the file chooser needs GTK's own settings schema, in the system data
   * directories that the isolated test directories hide */
  for (const char * const *dir = g_get_system_data_dirs (); *dir != NULL; dir++)
    g_string_append_printf (schemas, "%s%s/glib-2.0/schemas", schemas->len > 0 ? G_SEARCHPATH_SEPARATOR_S : "", *dir);
  g_setenv ("GSETTINGS_SCHEMA_DIR", schemas->str, TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  store = print_test_open_demo ();

  g_test_add_func ("/tov/print-ui/choice-remembered", test_choice_remembered);
  g_test_add_func ("/tov/print-ui/dialog-starts-from-choice", test_dialog_starts_from_choice);
  g_test_add_func ("/tov/print-ui/meeting-export", test_meeting_export);
  g_test_add_func ("/tov/print-ui/meeting-missing", test_meeting_missing);

  status = g_test_run ();
  g_assert_finalize_object (store);
  return status;
}
