/* test-ui-family.c: create, find, edit, delete and undo through the real window
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tov-family-page.h"
#include "tov-plan-page.h"
#include "tov-record-dialog.h"
#include "tov-resources.h"
#include "tov-window.h"
#include "tov-test-ui.h"
#include "tov-test-util.h"

typedef struct
{
  char      *dir;
  TovStore  *store;
  TovWindow *window;
  AdwToast  *toast;   /* the last toast the family page raised */
} Fixture;

/* The newest open window of @type: the dialog an action just opened. */
static GtkWindow *
find_window (GType type)
{
  g_autoptr(GListModel) toplevels = NULL;
  GtkWindow *found = NULL;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = w;
    }

  return found;
}

static TovRecordDialog *
find_dialog (void)
{
  GtkWindow *w = find_window (TOV_TYPE_RECORD_DIALOG);

  g_assert_nonnull (w);
  return TOV_RECORD_DIALOG (w);
}

static void
type_into (TovRecordDialog *dialog,
           const char      *column,
           const char      *text)
{
  GtkWidget *field = tov_record_dialog_get_field (dialog, column);

  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static void
on_add_toast_cb (TovFamilyPage *page,
                 AdwToast      *toast,
                 Fixture       *fixture)
{
  g_set_object (&fixture->toast, toast);
}

static void
answer_dialog (const char *response)
{
  GtkWindow *w = find_window (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (w);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (w), response);
  gtk_window_destroy (w);
  tov_test_run_until_idle ();
}

static guint
count_rows (TovStore   *store,
            const char *table,
            const char *column,
            const char *value)
{
  g_autoptr(GPtrArray) rows = tov_store_list (store, table, column, value, NULL);

  g_assert_nonnull (rows);
  return rows->len;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("tov-ui-family-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.sqlite", NULL);
  fixture->store = tov_store_open (path, &error);
  g_assert_no_error (error);

  fixture->window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* the page is built when first asked for; no family is shown yet */
  g_assert_null (tov_test_find_widget (GTK_WIDGET (fixture->window), TOV_TYPE_FAMILY_PAGE, FALSE));
  g_signal_connect (tov_window_get_family_page (fixture->window),
                    "add-toast", G_CALLBACK (on_add_toast_cb), fixture);
  tov_test_run_until_idle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->toast);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  tov_test_run_until_idle ();
  g_assert_finalize_object (fixture->store);
  tov_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
create_family (Fixture    *fixture,
               const char *name)
{
  TovRecordDialog *dialog;
  TovFamily *selected;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-family", NULL));
  tov_test_run_until_idle ();
  dialog = find_dialog ();

  /* The name is required: no Add until it is there. A new form does not
   * call the empty name an error before anyone has written in it, but
   * says so once the name has been written and wiped out again. */
  g_assert_false (tov_record_form_get_valid (tov_record_dialog_get_form (dialog)));
  g_assert_null (tov_record_dialog_get_field_error (dialog, "name"));
  type_into (dialog, "name", "K");
  type_into (dialog, "name", "");
  g_assert_false (tov_record_form_get_valid (tov_record_dialog_get_form (dialog)));
  g_assert_nonnull (tov_record_dialog_get_field_error (dialog, "name"));

  type_into (dialog, "name", name);
  g_assert_true (tov_record_form_get_valid (tov_record_dialog_get_form (dialog)));
  g_assert_null (tov_record_dialog_get_field_error (dialog, "name"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.confirm", NULL));
  tov_test_run_until_idle ();

  /* The new family is in the list and selected. */
  selected = tov_window_get_selected (fixture->window);
  g_assert_nonnull (selected);
  g_assert_cmpstr (tov_family_get_name (selected), ==, name);
  return g_strdup (tov_family_get_id (selected));
}

static void
test_create_find_edit (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *family_id = create_family (fixture, "Khalil");
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(TovRecord) person = NULL;
  GtkWidget *page = tov_test_find_widget (GTK_WIDGET (fixture->window), TOV_TYPE_FAMILY_PAGE, FALSE);
  GListModel *families = tov_window_get_families (fixture->window);
  TovRecordDialog *dialog;
  const char *error;

  /* Add a member through the page's action and the dialog's fields. */
  g_assert_true (gtk_widget_activate_action (page, "family.add-member", NULL));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  type_into (dialog, "given_name", "Amal");

  /* A bad date is refused beside the field, and nothing is written. */
  type_into (dialog, "birth_date", "2011-02-30");
  error = tov_record_dialog_get_field_error (dialog, "birth_date");
  g_assert_nonnull (error);
  g_assert_false (tov_record_form_get_valid (tov_record_dialog_get_form (dialog)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.confirm", NULL));
  tov_test_run_until_idle ();
  g_assert_cmpuint (count_rows (fixture->store, "persons", "family_id", family_id), ==, 0);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_years (now, 1);
    g_autofree char *next_year = g_date_time_format (later, "%Y-%m-%d");

    type_into (dialog, "birth_date", next_year);
  }
  error = tov_record_dialog_get_field_error (dialog, "birth_date");
  g_assert_nonnull (error);
  g_test_message ("birth date error: %s", error);
  g_assert_nonnull (strstr (error, "future"));

  type_into (dialog, "birth_date", "2011-02-03");
  g_assert_null (tov_record_dialog_get_field_error (dialog, "birth_date"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.confirm", NULL));
  tov_test_run_until_idle ();

  persons = tov_store_list (fixture->store, "persons", "family_id", family_id, NULL);
  g_assert_cmpuint (persons->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (persons, 0), "given_name"), ==, "Amal");
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (persons, 0), "birth_date"), ==, "2011-02-03");

  /* Editing an existing member saves without a Save button. */
  g_assert_true (gtk_widget_activate_action (page, "family.edit-member", "s",
                                             tov_record_get_id (g_ptr_array_index (persons, 0))));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  type_into (dialog, "nationality", "Syrian");
  gtk_window_close (GTK_WINDOW (dialog));
  tov_test_run_until_idle ();
  person = tov_store_get (fixture->store, "persons", tov_record_get_id (g_ptr_array_index (persons, 0)), NULL);
  g_assert_cmpstr (tov_record_get (person, "nationality"), ==, "Syrian");

  /* Search finds the family by its member's name. */
  g_free (create_family (fixture, "Nielsen"));
  tov_window_set_query (fixture->window, "Amal");
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 1);
  {
    g_autoptr(TovFamily) hit = g_list_model_get_item (families, 0);
    g_assert_cmpstr (tov_family_get_name (hit), ==, "Khalil");
  }
  tov_window_set_query (fixture->window, "");
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *family_id = create_family (fixture, "Hassan");
  GtkWidget *page = tov_test_find_widget (GTK_WIDGET (fixture->window), TOV_TYPE_FAMILY_PAGE, FALSE);
  g_autoptr(TovRecord) person = tov_record_new ("persons");
  g_autoptr(TovRecord) consent = tov_record_new ("consents");
  g_autoptr(TovRecord) back = NULL;
  const char *column = NULL;

  tov_record_set (person, "family_id", family_id);
  tov_record_set (person, "given_name", "Layla");
  tov_record_set (person, "household_role", "mother");
  g_assert_true (tov_store_insert (fixture->store, person, &column, NULL));
  tov_record_set (consent, "person_id", tov_record_get_id (person));
  tov_record_set (consent, "given_on", "2025-01-10");
  g_assert_true (tov_store_insert (fixture->store, consent, &column, NULL));
  tov_test_run_until_idle ();

  /* Deleting asks first; Cancel keeps the member. */
  g_assert_true (gtk_widget_activate_action (page, "family.delete-member", "s", tov_record_get_id (person)));
  tov_test_run_until_idle ();
  answer_dialog ("cancel");
  g_assert_cmpuint (count_rows (fixture->store, "persons", "family_id", family_id), ==, 1);

  g_assert_true (gtk_widget_activate_action (page, "family.delete-member", "s", tov_record_get_id (person)));
  tov_test_run_until_idle ();
  answer_dialog ("delete");
  g_assert_cmpuint (count_rows (fixture->store, "persons", "family_id", family_id), ==, 0);
  g_assert_nonnull (fixture->toast);
  g_assert_nonnull (strstr (adw_toast_get_title (fixture->toast), "Layla"));

  /* Undo puts the member back with her consent, same ids and times. */
  g_signal_emit_by_name (fixture->toast, "button-clicked");
  tov_test_run_until_idle ();
  back = tov_store_get (fixture->store, "persons", tov_record_get_id (person), NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (tov_record_get (back, "created_at"), ==, tov_record_get (person, "created_at"));
  g_assert_cmpuint (count_rows (fixture->store, "consents", "person_id", tov_record_get_id (person)), ==, 1);

  /* The whole family, and back. */
  g_clear_object (&fixture->toast);
  g_assert_true (gtk_widget_activate_action (page, "family.delete", NULL));
  tov_test_run_until_idle ();
  answer_dialog ("delete");
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (fixture->window)), ==, 0);
  g_assert_nonnull (fixture->toast);
  g_signal_emit_by_name (fixture->toast, "button-clicked");
  tov_test_run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (fixture->window)), ==, 1);
  g_assert_cmpuint (count_rows (fixture->store, "consents", "person_id", tov_record_get_id (person)), ==, 1);
}

static void
test_close_family (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *family_id = create_family (fixture, "Yousef");
  GtkWidget *page = tov_test_find_widget (GTK_WIDGET (fixture->window), TOV_TYPE_FAMILY_PAGE, FALSE);
  g_autoptr(TovRecord) family = NULL;
  TovRecordDialog *dialog;

  g_assert_true (gtk_widget_activate_action (page, "family.close", NULL));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  type_into (dialog, "closure_reason", "Goals met");
  type_into (dialog, "handover_to", "Family department, Jonas Berg");

  /* Nothing is written until the closing is confirmed. */
  family = tov_store_get (fixture->store, "families", family_id, NULL);
  g_assert_cmpstr (tov_record_get (family, "status"), ==, "referred");
  g_clear_object (&family);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "record.confirm", NULL));
  tov_test_run_until_idle ();
  family = tov_store_get (fixture->store, "families", family_id, NULL);
  g_assert_cmpstr (tov_record_get (family, "status"), ==, "closed");
  g_assert_nonnull (tov_record_get (family, "closed_on"));
  g_assert_cmpstr (tov_record_get (family, "closure_reason"), ==, "Goals met");
  g_assert_cmpstr (tov_record_get (family, "handover_to"), ==, "Family department, Jonas Berg");
}

/* An undo that cannot be done says so in a dialog, and writes nothing. */
static void
test_undo_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *family_id = create_family (fixture, "Saleh");
  GtkWidget *page = tov_test_find_widget (GTK_WIDGET (fixture->window), TOV_TYPE_FAMILY_PAGE, FALSE);
  g_autoptr(TovRecord) person = tov_record_new ("persons");
  g_autoptr(AdwToast) member_toast = NULL;
  g_autoptr(GError) error = NULL;
  const char *column = NULL;
  GtkWindow *dialog;

  tov_record_set (person, "family_id", family_id);
  tov_record_set (person, "given_name", "Rania");
  tov_record_set (person, "household_role", "child");
  g_assert_true (tov_store_insert (fixture->store, person, &column, NULL));
  tov_test_run_until_idle ();

  g_assert_true (gtk_widget_activate_action (page, "family.delete-member", "s", tov_record_get_id (person)));
  tov_test_run_until_idle ();
  answer_dialog ("delete");
  member_toast = g_steal_pointer (&fixture->toast);
  g_assert_nonnull (member_toast);

  /* The family goes too, behind the toast's back: the member has nowhere to return to. */
  g_assert_true (tov_store_delete (fixture->store, "families", family_id, &error));
  g_assert_no_error (error);
  tov_test_run_until_idle ();
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_signal_emit_by_name (member_toast, "button-clicked");
  tov_test_run_until_idle ();
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Cannot Undo");
  g_assert_nonnull (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), !=, "");
  g_test_message ("undo refused: %s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  answer_dialog ("close");
  g_assert_null (tov_store_get (fixture->store, "persons", tov_record_get_id (person), NULL));
}

/* The texts of the mapped labels and family rows under @widget, one a line. */
static void
collect_shown_texts (GtkWidget *widget,
                     GString   *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL)
    g_string_append_printf (texts, "%s\n", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_texts (child, texts);
}

static gboolean
window_shows (Fixture    *fixture,
              const char *text)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  /* a few frames: the list grows its rows a frame at a time */
  for (guint i = 0; i < 20; i++)
    {
      tov_test_run_until_idle ();
      g_usleep (5000);
    }

  collect_shown_texts (GTK_WIDGET (fixture->window), texts);
  return strstr (texts->str, text) != NULL;
}

/* With the family present (the screen turned towards it at the kitchen
 * table) the window shows no other family, on any tab, until the mode ends. */
static void
test_family_present (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *other = tov_test_add (fixture->store, "families", "name", "Søndergaard",
                                         "status", "active", NULL);
  g_autofree char *family_id = create_family (fixture, "Khalil");
  GtkWidget *page, *plan;

  /* a window wide enough for the list beside the page */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  for (guint i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (fixture->window)) == 0; i++)
    {
      tov_test_run_until_idle ();
      g_usleep (5000);
    }
  tov_test_run_until_idle ();
  g_assert_true (tov_window_show_family (fixture->window, family_id, "plan"));
  tov_test_run_until_idle ();
  g_assert_true (window_shows (fixture, "Søndergaard"));
  page = GTK_WIDGET (tov_window_get_family_page (fixture->window));
  plan = tov_test_find_widget (page, TOV_TYPE_PLAN_PAGE, FALSE);
  g_assert_nonnull (plan);

  /* the plan's own button, as the coordinator presses it */
  g_assert_true (gtk_widget_activate_action (plan, "plan.family-present", NULL));
  tov_test_run_until_idle ();
  g_assert_false (window_shows (fixture, "Søndergaard"));
  /* nor through the search, the follow-up or a new family */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.follow-up", NULL);
  tov_test_run_until_idle ();
  g_assert_false (window_shows (fixture, "Søndergaard"));
  g_assert_false (window_shows (fixture, "Select a Family"));

  /* every tab, and the way out in the header */
  g_assert_true (tov_window_show_family (fixture->window, family_id, "overview"));
  tov_test_run_until_idle ();
  g_assert_false (window_shows (fixture, "Søndergaard"));
  g_assert_true (window_shows (fixture, "_Family present") || window_shows (fixture, "Family present"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.family-present", NULL));
  tov_test_run_until_idle ();
  g_assert_true (window_shows (fixture, "Søndergaard"));
  g_assert_false (tov_plan_page_get_family_present (TOV_PLAN_PAGE (plan)));
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

  g_test_add ("/tov/ui-family/create-find-edit", Fixture, NULL,
              fixture_set_up, test_create_find_edit, fixture_tear_down);
  g_test_add ("/tov/ui-family/delete-undo", Fixture, NULL,
              fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/tov/ui-family/undo-fails", Fixture, NULL,
              fixture_set_up, test_undo_fails, fixture_tear_down);
  g_test_add ("/tov/ui-family/family-present", Fixture, NULL,
              fixture_set_up, test_family_present, fixture_tear_down);
  g_test_add ("/tov/ui-family/close", Fixture, NULL,
              fixture_set_up, test_close_family, fixture_tear_down);

  return g_test_run ();
}
