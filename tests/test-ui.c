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
#include "tov-map-page.h"
#include "tov-measure-dialog.h"
#include "tov-plan-page.h"
#include "tov-report-window.h"
#include "tov-preferences-window.h"
#include "tov-record-dialog.h"
#include "tov-resources.h"
#include "tov-store-plan.h"
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
  else if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_visible (widget))
    {
      const char *shown = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

      g_string_append (text, shown != NULL ? shown : "");
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static void
add_agreement (TovStore   *store,
               const char *family_id,
               const char *what,
               const char *due_on)
{
  g_autoptr(TovRecord) agreement = tov_record_new ("agreements");
  g_autoptr(GPtrArray) persons = tov_store_list (store, "persons", "family_id", family_id, NULL);
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  g_assert_cmpuint (persons->len, >, 0);
  tov_record_set (agreement, "family_id", family_id);
  tov_record_set (agreement, "person_id", tov_record_get_id (g_ptr_array_index (persons, 0)));
  tov_record_set (agreement, "what", what);
  tov_record_set (agreement, "due_on", due_on);
  tov_record_set (agreement, "status", "open");
  tov_store_insert (store, agreement, &column, &error);
  g_assert_no_error (error);
}

/* The first widget under @widget (itself included) of @type, or whose
 * action is @action. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *action)
{
  if ((type != G_TYPE_INVALID && G_TYPE_CHECK_INSTANCE_TYPE (widget, type)) ||
      (action != NULL && GTK_IS_ACTIONABLE (widget) &&
       g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visible top-level of @type other than @besides, or NULL. */
static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *besides)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != besides && G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
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
  /* the name isolated (tov_isolate ()), so that an Arabic line keeps the count with its word */
  g_assert_nonnull (strstr (text->str, "\xE2\x81\xA8" "Mette Lund" "\xE2\x81\xA9" " · 5 members\n"));
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

  builder = gtk_builder_new_from_resource ("/dk/tovholder/Tovholder/ui/tov-shortcuts-window.ui");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  /* A window without a database says why instead of listing families. */
  window = g_object_new (TOV_TYPE_WINDOW, NULL);
  g_assert_null (tov_window_get_store (window));
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (window)), ==, 0);

  /* The Keyboard Shortcuts window is built when asked for, not with the
   * window (GTK 4.8's GtkShortcutsWindow warns about a label's width when
   * mapped under Xvfb, so the action's present is not run here). */
  g_assert_null (tov_window_get_shortcuts_window (window, FALSE));
  {
    gboolean found = FALSE;
    const GVariantType *parameter_type;
    const char *name, *property;
    GType owner;

    for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &name,
                                                     &parameter_type, &property); i++)
      found |= g_str_equal (name, "win.show-help-overlay");
    g_assert_true (found);
  }
  {
    GtkWindow *shortcuts = tov_window_get_shortcuts_window (window, TRUE);

    g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
    g_assert_true (gtk_window_get_hide_on_close (shortcuts));
    g_assert_true (tov_window_get_shortcuts_window (window, TRUE) == shortcuts);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* The labels of @widget a user sees: visible together with every parent. */
static void
collect_shown_labels (GtkWidget *widget,
                      GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget))  /* the family rows' lines */
    g_string_append_printf (text, "%s\n", gtk_inscription_get_text (GTK_INSCRIPTION (widget)) ?: "");
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_labels (child, text);
}

/* A row the list view binds to one family after another shows only the
 * second's figures, and follows a family's changes while bound. */
static void
test_family_row_rebound (void)
{
  GtkWidget *row = g_object_ref_sink (tov_family_row_new ());
  g_autoptr(TovFamily) first = tov_family_new ("11111111-1111-4111-8111-111111111111", "Hassan");
  g_autoptr(TovFamily) second = tov_family_new ("22222222-2222-4222-8222-222222222222", "Berg");
  g_autoptr(GString) text = g_string_new (NULL);

  tov_family_set_overdue_count (first, 2);
  tov_family_set_consent_problems (first, 1);
  tov_family_set_match (first, "Sami Hassan");
  tov_family_set_member_count (second, 1);

  tov_family_row_set_family (TOV_FAMILY_ROW (row), first);
  collect_shown_labels (row, text);
  g_assert_cmpstr (text->str, ==, "Hassan\nNo coordinator · 0 members\nSami Hassan\n2 overdue\n1 consent issue\n");

  tov_family_row_set_family (TOV_FAMILY_ROW (row), second);
  g_string_truncate (text, 0);
  collect_shown_labels (row, text);
  g_assert_cmpstr (text->str, ==, "Berg\nNo coordinator · 1 member\n");

  /* The first family changes while not shown: the row does not follow it. */
  tov_family_set_overdue_count (first, 5);
  tov_family_set_consent_problems (second, 3);
  tov_family_set_coordinator (second, "Mette Lund");
  g_string_truncate (text, 0);
  collect_shown_labels (row, text);
  g_assert_cmpstr (text->str, ==, "Berg\n" "\xE2\x81\xA8" "Mette Lund" "\xE2\x81\xA9" " · 1 member\n3 consent issues\n");

  tov_family_row_set_family (TOV_FAMILY_ROW (row), NULL);
  g_assert_finalize_object (row);
}

/* Collects the family row's lines of text (GtkInscription) under @widget. */
static void
collect_lines (GtkWidget *widget,
               GPtrArray *lines)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (lines, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_lines (child, lines);
}

/* A row's lines are drawn, not measured by their texts (GtkInscription):
 * each is still as high as its text, Arabic letters included, and starts on
 * the window's side whichever way its text runs. */
static void
test_family_row_lines (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = tov_family_row_new ();
  g_autoptr(TovFamily) family = tov_family_new ("11111111-1111-4111-8111-111111111111", "Familien Amin");
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  tov_family_set_coordinator (family, "رنا حداد");
  tov_family_set_member_count (family, 4);
  tov_family_set_match (family, "هدى Amin");
  tov_family_row_set_family (TOV_FAMILY_ROW (row), family);
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_set_default_size (GTK_WINDOW (window), 320, -1);
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();

  collect_lines (row, lines);
  g_assert_cmpuint (lines->len, ==, 3);
  for (guint i = 0; i < lines->len; i++)
    {
      GtkWidget *line = g_ptr_array_index (lines, i);
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (line));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (line, text);
      int height;

      pango_layout_get_pixel_size (layout, NULL, &height);
      g_assert_cmpint (gtk_widget_get_height (line), >=, height);
      /* left to right: the Danish name at its start, the Arabic lines at
       * their end, so on the left too */
      g_assert_cmpfloat (gtk_inscription_get_xalign (GTK_INSCRIPTION (line)), ==, (i == 0 ? 0.0 : 1.0));
    }

  /* right to left: the Danish name at its end, on the right */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  g_assert_cmpfloat (gtk_inscription_get_xalign (g_ptr_array_index (lines, 0)), ==, 1.0);
  g_assert_cmpfloat (gtk_inscription_get_xalign (g_ptr_array_index (lines, 2)), ==, 0.0);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  g_assert_cmpfloat (gtk_inscription_get_xalign (g_ptr_array_index (lines, 0)), ==, 0.0);

  tov_family_row_set_family (TOV_FAMILY_ROW (row), NULL);
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
  g_assert_cmpstr (some, ==, "\xE2\x81\xA8" "Jonas Berg" "\xE2\x81\xA9" " · 3 members");
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
    { { TRUE, NULL, 3, FALSE, FALSE, TRUE }, "main", "list", "follow-up" },
    { { TRUE, NULL, 3, TRUE, FALSE, TRUE }, "main", "list", "family" },
    { { FALSE, NULL, 0, FALSE, FALSE, TRUE }, "error", "empty", "none" },
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

/* The header's follow-up button counts the overdue agreements of every
 * family, opens the follow-up in the content pane, and a line there opens
 * its family, even one the search hides. */
static void
test_window_follow_up (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 1);
  g_autofree char *nielsen = insert_family (fixture->store, "Nielsen", 1);
  TovWindow *window;
  TovFollowUpView *view;
  GtkWidget *button, *badge;
  g_autoptr(GPtrArray) agreements = NULL;

  add_agreement (fixture->store, hassan, "Find a homework club", "2020-01-10");
  add_agreement (fixture->store, hassan, "Apply for the daycare place", "2020-02-01");
  add_agreement (fixture->store, nielsen, "Visit the school", "2020-03-01");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 200);
    g_autofree char *due = g_date_time_format (later, "%Y-%m-%d");

    add_agreement (fixture->store, nielsen, "Next year's plan", due);
  }

  window = new_window (fixture->store);
  button = find_widget (GTK_WIDGET (window), G_TYPE_INVALID, "win.follow-up");
  g_assert_nonnull (button);
  badge = find_widget (button, GTK_TYPE_LABEL, NULL);
  g_assert_nonnull (badge);

  /* Built after the first frame, on its own. */
  view = tov_window_ensure_follow_up (window);
  g_assert_cmpuint (tov_follow_up_view_get_n_overdue (view), ==, 3);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "3");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Follow-up: 3 agreements overdue");

  tov_window_set_query (window, "Hassan");
  g_assert_true (tov_window_select_family (window, hassan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.follow-up", NULL));
  run_until_idle ();
  g_assert_null (tov_window_get_selected (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* Nielsen's line opens Nielsen, though the search shows only Hassan. */
  for (guint i = 0; i < g_list_model_get_n_items (tov_follow_up_view_get_model (view)); i++)
    {
      tov_follow_up_view_activate (view, i);
      if (tov_window_get_selected (window) != NULL &&
          g_str_equal (tov_family_get_id (tov_window_get_selected (window)), nielsen))
        break;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.follow-up", NULL));
    }
  run_until_idle ();
  g_assert_nonnull (tov_window_get_selected (window));
  g_assert_cmpstr (tov_family_get_id (tov_window_get_selected (window)), ==, nielsen);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* Agreements kept: the badge goes. */
  agreements = tov_store_list (fixture->store, "agreements", "family_id", hassan, NULL);
  for (guint i = 0; i < agreements->len; i++)
    {
      TovRecord *agreement = g_ptr_array_index (agreements, i);
      const char *column = NULL;

      tov_record_set (agreement, "status", "done");
      g_assert_true (tov_store_update (fixture->store, agreement, &column, NULL));
    }
  run_until_idle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "1");
  {
    g_autoptr(GPtrArray) rest = tov_store_list (fixture->store, "agreements", "family_id", nielsen, NULL);

    for (guint i = 0; i < rest->len; i++)
      {
        const char *column = NULL;

        tov_record_set (g_ptr_array_index (rest, i), "status", "done");
        g_assert_true (tov_store_update (fixture->store, g_ptr_array_index (rest, i), &column, NULL));
      }
  }
  run_until_idle ();
  g_assert_false (gtk_widget_get_visible (badge));
  g_assert_cmpuint (tov_follow_up_view_get_n_overdue (view), ==, 0);

  close_window (window);
}

/* Results opens the report window over the same database. */
static void
test_window_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 1);
  TovWindow *window = new_window (fixture->store);
  GtkWindow *report;

  g_assert_null (find_toplevel (TOV_TYPE_REPORT_WINDOW, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.report", NULL));
  run_until_idle ();
  report = find_toplevel (TOV_TYPE_REPORT_WINDOW, NULL);
  g_assert_nonnull (report);
  g_assert_true (gtk_window_get_transient_for (report) == GTK_WINDOW (window));
  g_assert_true (tov_report_window_get_store (TOV_REPORT_WINDOW (report)) == fixture->store);

  gtk_window_destroy (report);
  close_window (window);
}

/* The family's tabs are built when first shown; Record Measurements opens
 * its dialog, and Ctrl+P on the Plan tab starts printing the plan. */
static void
test_window_family_hooks (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 2);
  g_autoptr(TovRecord) draft = tov_store_plan_get_draft (fixture->store, hassan, NULL);
  TovWindow *window = new_window (fixture->store);
  GtkWidget *page = GTK_WIDGET (tov_window_get_family_page (window));
  GtkWindow *dialog;

  g_assert_true (tov_window_show_family (window, hassan, "overview"));
  run_until_idle ();
  g_assert_null (find_widget (page, TOV_TYPE_PLAN_PAGE, NULL));

  g_assert_true (gtk_widget_activate_action (page, "family.record-measurements", NULL));
  run_until_idle ();
  dialog = find_toplevel (TOV_TYPE_MEASURE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_window_destroy (dialog);
  run_until_idle ();

  /* Ctrl+P on the overview has nothing to print. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  run_until_idle ();
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));

  g_assert_true (tov_window_show_family (window, hassan, "plan"));
  run_until_idle ();
  g_assert_nonnull (find_widget (page, TOV_TYPE_PLAN_PAGE, NULL));
  g_assert_null (find_widget (page, TOV_TYPE_MAP_PAGE, NULL));
  g_assert_cmpstr (tov_plan_page_get_family_id (TOV_PLAN_PAGE (find_widget (page, TOV_TYPE_PLAN_PAGE, NULL))),
                   ==, hassan);

  /* The print handler asks the printout language first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  run_until_idle ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  run_until_idle ();

  close_window (window);
}

/* Typing searches in a worker; the list keeps one object per family, so
 * the rows stay, and the matched member is set on the family's object. */
static void
test_window_search_typed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 2);
  g_autofree char *nielsen = insert_family (fixture->store, "Nielsen", 1);
  TovWindow *window = new_window (fixture->store);
  GListModel *families = tov_window_get_families (window);
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_autoptr(TovFamily) before = g_list_model_get_item (families, 0);
  g_autoptr(TovFamily) after = NULL;
  g_autoptr(TovRecord) person = tov_record_new ("persons");
  const char *column = NULL;

  g_assert_nonnull (entry);
  g_assert_cmpstr (tov_family_get_name (before), ==, "Hassan");

  /* Nielsen's only member is "Person 1"; Hassan has a "Person 2". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "person 2");
  while (tov_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 1);
  after = g_list_model_get_item (families, 0);
  g_assert_true (after == before);
  g_assert_cmpstr (tov_family_get_match (after), ==, "Person 2");

  /* A change in the store searches again, with the same objects. */
  tov_record_set (person, "family_id", nielsen);
  tov_record_set (person, "given_name", "Person 2");
  tov_record_set (person, "household_role", "child");
  g_assert_true (tov_store_insert (fixture->store, person, &column, NULL));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);
  g_clear_object (&after);
  after = g_list_model_get_item (families, 0);
  g_assert_true (after == before);

  /* Clearing the entry lists every family, without the matched text. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  while (tov_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);
  g_assert_null (tov_family_get_match (before));

  close_window (window);
}

/* A family's page fits a narrow window (half a laptop screen) with every tab
 * built, and beside the family list in a 1280 px window. */
static void
test_window_widths (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 3);
  g_autoptr(TovRecord) draft = tov_store_plan_get_draft (fixture->store, hassan, NULL);
  TovWindow *window = new_window (fixture->store);
  GtkWidget *page = GTK_WIDGET (tov_window_get_family_page (window));
  static const char * const tabs[] = { "overview", "network", "plan", "meetings" };
  AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  int min = 0, nat = 0, widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      g_assert_true (tov_window_show_family (window, hassan, tabs[i]));
      run_until_idle ();
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      g_test_message ("%s: family page minimum width %d", tabs[i], min);
      widest = MAX (widest, min);
      /* The family list stays beside the page (the window is 1000 px wide). */
      g_assert_false (adw_leaflet_get_folded (leaflet));
      g_assert_true (gtk_widget_get_mapped (page));
    }
  g_assert_cmpint (widest, <=, 500);

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

/* The window opens at the size it was closed in, or maximized. */
static void
test_window_size_remembered (void)
{
  g_autoptr(TovApplication) app = tov_application_new ();
  g_autoptr(GSettings) settings = g_settings_new ("dk.tovholder.Tovholder");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tov-ui-size-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "size.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  TovWindow *window;
  int width = 0, height = 0;

  /* a second instance in the session would hand its work to the first */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_settings_set_int (settings, "window-width", 1234);
  g_settings_set_int (settings, "window-height", 777);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  window = tov_application_open_database (app, path);
  run_until_idle ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1234);
  g_assert_cmpint (height, ==, 777);

  /* resized by the user, then closed: the next window opens so */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_close (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_set_boolean (settings, "window-maximized", TRUE);
  window = tov_application_open_database (app, path);
  run_until_idle ();
  g_assert_true (gtk_window_is_maximized (GTK_WINDOW (window)));
  gtk_window_close (GTK_WINDOW (window));
  run_until_idle ();

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
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
  g_test_add_func ("/tov/ui/family-row/rebound", test_family_row_rebound);
  g_test_add_func ("/tov/ui/family-row/lines", test_family_row_lines);
  g_test_add_func ("/tov/ui/formats", test_formats);
  g_test_add_func ("/tov/ui/view-state", test_view_state);
  g_test_add_func ("/tov/ui/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/tov/ui/window/open-error", test_window_open_error);
  g_test_add ("/tov/ui/window/empty", Fixture, NULL,
              fixture_set_up, test_window_empty, fixture_tear_down);
  g_test_add ("/tov/ui/window/list", Fixture, NULL,
              fixture_set_up, test_window_list, fixture_tear_down);
  g_test_add ("/tov/ui/window/search", Fixture, NULL,
              fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/tov/ui/window/search-typed", Fixture, NULL,
              fixture_set_up, test_window_search_typed, fixture_tear_down);
  g_test_add ("/tov/ui/window/widths", Fixture, NULL,
              fixture_set_up, test_window_widths, fixture_tear_down);
  g_test_add ("/tov/ui/window/follow-up", Fixture, NULL,
              fixture_set_up, test_window_follow_up, fixture_tear_down);
  g_test_add ("/tov/ui/window/report", Fixture, NULL,
              fixture_set_up, test_window_report, fixture_tear_down);
  g_test_add ("/tov/ui/window/family-hooks", Fixture, NULL,
              fixture_set_up, test_window_family_hooks, fixture_tear_down);
  g_test_add ("/tov/ui/window/finalizes", Fixture, NULL,
              fixture_set_up, test_window_finalizes, fixture_tear_down);

  return g_test_run ();
}
