/* test-print-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

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

/* The meetings page prints the minutes right after a meeting: the dialog
 * says so and starts from the family's languages. (What the minutes hold is
 * tested in test-pdf; the file chooser is left alone here: it needs icons
 * and a portal the test machine may not have.) */
static void
test_meeting_export (void)
{
  g_autoptr(GPtrArray) ids = print_test_family_ids (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting = tov_plan_document_latest_meeting (store, g_ptr_array_index (ids, 1), &error);
  GtkWidget *window = gtk_window_new ();
  AdwMessageDialog *dialog;
  GtkDropDown *language;

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  tov_print_meeting_export (window, store, meeting, "odt");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export the Minutes as ODT");
  g_assert_true (adw_message_dialog_has_response (dialog, "ok"));
  language = find_drop_down (adw_message_dialog_get_extra_child (dialog));
  g_assert_nonnull (language);
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 3);   /* Danish and Arabic */
  adw_message_dialog_response (dialog, "cancel");
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
