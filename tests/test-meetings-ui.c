/* test-meetings-ui.c: the Meetings tab and the follow-up view in real windows
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tov-date.h"
#include "tov-follow-up-item.h"
#include "tov-follow-up-view.h"
#include "tov-goal-scale.h"
#include "tov-meeting-column.h"
#include "tov-meetings-page.h"
#include "tov-resources.h"
#include "tov-scaling-chart.h"
#include "tov-store-plan.h"
#include "tov-test-util.h"

typedef struct
{
  char            *dir;
  TovStore        *store;
  char            *family;
  char            *mother;
  char            *child;
  char            *anne;     /* invited to meetings */
  char            *bent;     /* not invited */
  char            *earlier;  /* a meeting before, with an open agreement */
  char            *agreement;
  GtkWindow       *window;
  TovMeetingsPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tov-meetings-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  f->family = tov_test_add (f->store, "families", "name", "Haddad", "status", "active", "languages", "ar da", NULL);
  f->mother = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Amal", "birth_date", "1985-01-01",
                   "household_role", "mother", NULL);
  f->child = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Sami", "birth_date", "2016-01-01",
                  "household_role", "child", NULL);
  f->anne = tov_test_add (f->store, "actors", "name", "Anne", "sector", "school", NULL);
  f->bent = tov_test_add (f->store, "actors", "name", "Bent", "sector", "employment", NULL);
  g_free (tov_test_add (f->store, "engagements", "family_id", f->family, "actor_id", f->anne, "ring", "peripheral",
               "invited", "1", "from_date", "2020-01-01", NULL));
  g_free (tov_test_add (f->store, "engagements", "family_id", f->family, "actor_id", f->bent, "ring", "near",
               "invited", "0", "from_date", "2020-01-01", NULL));
  f->earlier = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2020-03-01", "kind", "network", NULL);
  f->agreement = tov_test_add (f->store, "agreements", "family_id", f->family, "what", "Anne finds a homework club",
                      "actor_id", f->anne, "due_on", "2020-04-01", "status", "open", "meeting_id", f->earlier, NULL);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 900);
  f->page = TOV_MEETINGS_PAGE (tov_meetings_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  g_object_set (f->page, "store", f->store, "family-id", f->family, NULL);
  gtk_window_present (f->window);
  tov_test_run_until_idle ();
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
  tov_test_run_until_idle ();
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
  g_free (f->child);
  g_free (f->anne);
  g_free (f->bent);
  g_free (f->earlier);
  g_free (f->agreement);
}

/* A new meeting, through the "New meeting" action. */
static const char *
new_meeting (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.new", NULL));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_meetings_page_get_meeting_id (f->page), !=, f->earlier);
  return tov_meetings_page_get_meeting_id (f->page);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label,
             const char *agreement_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0 &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "agreement-id"), agreement_id) == 0)
        return child;
      if ((found = find_button (child, label, agreement_id)) != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static void
add_through_column (Fixture    *f,
                    const char *category,
                    const char *text)
{
  GtkWidget *column = tov_meetings_page_get_column (f->page, category);
  GtkEditable *entry = tov_meeting_column_get_add_entry (TOV_MEETING_COLUMN (column));

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  tov_test_run_until_idle ();
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

static gboolean
has_text (Fixture    *f,
          const char *meeting_id,
          const char *text)
{
  g_autoptr(GPtrArray) items = tov_store_list (f->store, "mapping_items", "meeting_id", meeting_id, NULL);

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (tov_record_get (g_ptr_array_index (items, i), "text"), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_create_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autofree char *today = NULL;
  const char *id;

  /* the earlier meeting is shown first */
  g_assert_cmpstr (tov_meetings_page_get_meeting_id (f->page), ==, f->earlier);
  id = new_meeting (f);
  meetings = tov_store_list (f->store, "meetings", "family_id", f->family, NULL);
  g_assert_cmpuint (meetings->len, ==, 2);

  {
    GtkWidget *check = tov_meetings_page_get_participant_check (f->page, f->child);

    /* the family's members and the invited actor are offered; Bent is not */
    g_assert_nonnull (check);
    g_assert_nonnull (tov_meetings_page_get_participant_check (f->page, f->mother));
    g_assert_nonnull (tov_meetings_page_get_participant_check (f->page, f->anne));
    g_assert_null (tov_meetings_page_get_participant_check (f->page, f->bent));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (tov_meetings_page_get_participant_check (f->page, f->anne)),
                                 TRUE);
    tov_test_run_until_idle ();
  }
  participants = tov_store_list (f->store, "meeting_participants", "meeting_id", id, NULL);
  g_assert_cmpuint (participants->len, ==, 2);

  meeting = tov_store_get (f->store, "meetings", id, NULL);
  today = tov_date_today ();
  g_assert_cmpstr (tov_record_get (meeting, "held_on"), ==, today);
  g_assert_cmpstr (tov_record_get (meeting, "kind"), ==, "network");

  /* undo the last invitation */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.undo", NULL));
  tov_test_run_until_idle ();
  g_clear_pointer (&participants, g_ptr_array_unref);
  participants = tov_store_list (f->store, "meeting_participants", "meeting_id", id, NULL);
  g_assert_cmpuint (participants->len, ==, 1);
  g_assert_false (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (tov_meetings_page_get_participant_check (f->page, f->anne))));
}

static void
test_mapping (Fixture       *f,
              gconstpointer  data)
{
  static const char * const categories[] = {
    "worry", "working_well", "next_step", "danger_statement", "safety_goal"
  };
  g_autoptr(GPtrArray) items = NULL;
  const char *id = new_meeting (f);
  GtkTextView *view;

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autofree char *text = g_strdup_printf ("About %s", categories[i]);
      add_through_column (f, categories[i], text);
      g_assert_cmpuint (tov_meeting_column_get_n_items (
        TOV_MEETING_COLUMN (tov_meetings_page_get_column (f->page, categories[i]))), ==, 1);
    }
  items = tov_store_list (f->store, "mapping_items", "meeting_id", id, NULL);
  g_assert_cmpuint (items->len, ==, 5);
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);
      g_autofree char *text = g_strdup_printf ("About %s", tov_record_get (item, "category"));
      g_assert_cmpstr (tov_record_get (item, "text"), ==, text);
    }

  /* typing in an item writes it when the text loses focus, not per key */
  view = tov_meeting_column_get_item_view (TOV_MEETING_COLUMN (tov_meetings_page_get_column (f->page, "worry")), 0);
  tov_plan_editor_set_save_delay (tov_meeting_editor_get_plan_editor (tov_meetings_page_get_editor (f->page)),
                                  60000, 60000);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Sami is alone", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Sami is alone after school", -1);
  tov_test_run_until_idle ();
  g_assert_false (has_text (f, id, "Sami is alone after school"));
  g_assert_true (has_text (f, id, "About worry"));
  gtk_widget_grab_focus (GTK_WIDGET (tov_meeting_column_get_add_entry (
    TOV_MEETING_COLUMN (tov_meetings_page_get_column (f->page, "safety_goal")))));
  tov_test_run_until_idle ();
  g_assert_true (has_text (f, id, "Sami is alone after school"));

  /* the run of typing is one undo step */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.undo", NULL));
  tov_test_run_until_idle ();
  g_assert_true (has_text (f, id, "About worry"));
  g_assert_false (has_text (f, id, "Sami is alone"));
}

static void
test_scale_child (Fixture       *f,
                  gconstpointer  data)
{
  const char *id = new_meeting (f);
  g_autoptr(TovRecord) meeting = tov_store_get (f->store, "meetings", id, NULL);
  g_autoptr(GPtrArray) scalings = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *scale;
  const char *summary;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (tov_meetings_page_get_participant_check (f->page, f->child)),
                               TRUE);
  tov_test_run_until_idle ();
  scale = tov_meetings_page_get_scale (f->page, f->child);
  g_assert_nonnull (scale);
  g_assert_cmpint (tov_goal_scale_get_value (TOV_GOAL_SCALE (scale)), ==, -1);
  /* the child points at 7, with the keyboard */
  gtk_widget_grab_focus (scale);
  tov_goal_scale_set_value (TOV_GOAL_SCALE (scale), 7);
  tov_test_run_until_idle ();

  scalings = tov_store_list (f->store, "scalings", "meeting_id", id, NULL);
  g_assert_cmpuint (scalings->len, ==, 1);
  g_assert_cmpint (tov_record_get_int (g_ptr_array_index (scalings, 0), "value", -1), ==, 7);

  /* the chart over time has the child's line, with the value in words */
  g_assert_cmpuint (tov_scaling_chart_get_n_lines (TOV_SCALING_CHART (tov_meetings_page_get_chart (f->page))), ==, 1);
  summary = tov_scaling_chart_get_summary (TOV_SCALING_CHART (tov_meetings_page_get_chart (f->page)));
  expected = g_strdup_printf ("Sami: 7 on %s.", tov_record_get (meeting, "held_on"));
  g_assert_cmpstr (summary, ==, expected);
}

static void
test_decide (Fixture       *f,
             gconstpointer  data)
{
  const char *id = new_meeting (f);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(TovRecord) draft = NULL;
  GtkWidget *column = tov_meetings_page_get_column (f->page, "next_step");
  AdwMessageDialog *dialog;
  GtkDropDown *who;
  GtkEditable *due;
  TovRecord *agreement;

  add_through_column (f, "next_step", "Homework club twice a week");
  items = tov_store_list (f->store, "mapping_items", "meeting_id", id, NULL);
  g_assert_true (gtk_widget_activate_action (column, "mapping.decide", "s",
                                             tov_record_get_id (g_ptr_array_index (items, 0))));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  /* the response waits for who */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "make"));
  who = g_object_get_data (G_OBJECT (dialog), "who");
  due = g_object_get_data (G_OBJECT (dialog), "due");
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "what")), ==,
                   "Homework club twice a week");
  /* Amal, Sami, Anne */
  gtk_drop_down_set_selected (who, 3);
  gtk_editable_set_text (due, "2030-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "make"));
  gtk_editable_set_text (due, "2030-02-28");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "make"));
  adw_message_dialog_response (dialog, "make");
  tov_test_run_until_idle ();

  agreements = tov_store_list (f->store, "agreements", "meeting_id", id, NULL);
  g_assert_cmpuint (agreements->len, ==, 1);
  agreement = g_ptr_array_index (agreements, 0);
  draft = tov_store_plan_get_draft (f->store, f->family, NULL);
  g_assert_cmpstr (tov_record_get (agreement, "what"), ==, "Homework club twice a week");
  g_assert_cmpstr (tov_record_get (agreement, "actor_id"), ==, f->anne);
  g_assert_cmpstr (tov_record_get (agreement, "due_on"), ==, "2030-02-28");
  g_assert_cmpstr (tov_record_get (agreement, "version_id"), ==, tov_record_get_id (draft));
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TovRecord) agreement = NULL;
  GtkWidget *done;

  new_meeting (f);
  /* the earlier meeting's open agreement comes up for review */
  done = find_button (GTK_WIDGET (f->page), "_Done", f->agreement);
  g_assert_nonnull (done);
  g_signal_emit_by_name (done, "clicked");
  tov_test_run_until_idle ();
  agreement = tov_store_get (f->store, "agreements", f->agreement, NULL);
  g_assert_cmpstr (tov_record_get (agreement, "status"), ==, "done");
  g_assert_null (find_button (GTK_WIDGET (f->page), "_Done", f->agreement));

  /* undo puts it back for review */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.undo", NULL));
  tov_test_run_until_idle ();
  g_clear_object (&agreement);
  agreement = tov_store_get (f->store, "agreements", f->agreement, NULL);
  g_assert_cmpstr (tov_record_get (agreement, "status"), ==, "open");
  g_assert_nonnull (find_button (GTK_WIDGET (f->page), "_Done", f->agreement));
}

static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_actionable (child, action_name)) != NULL)
        return found;
    }
  return NULL;
}

/* Delete asks first; the meeting goes with its participants, its agreement
 * stays unlinked; Undo brings it all back, shown again. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TovRecord) agreement = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  AdwMessageDialog *dialog;

  g_assert_cmpstr (tov_meetings_page_get_meeting_id (f->page), ==, f->earlier);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tov_meetings_page_get_participant_check (f->page, f->child)), TRUE);
  add_through_column (f, "worry", "Sami is alone after school");
  tov_test_run_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.delete", NULL));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  /* cancelling deletes nothing */
  adw_message_dialog_response (dialog, "cancel");
  tov_test_run_until_idle ();
  g_assert_nonnull (tov_store_get (f->store, "meetings", f->earlier, NULL));
  g_object_unref (tov_store_get (f->store, "meetings", f->earlier, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.delete", NULL));
  tov_test_run_until_idle ();
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "delete");
  tov_test_run_until_idle ();
  g_assert_null (tov_store_get (f->store, "meetings", f->earlier, NULL));
  g_assert_null (tov_meetings_page_get_meeting_id (f->page));
  /* nothing left to delete or print */
  g_assert_false (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (f->page), "meetings.print")));
  agreement = tov_store_get (f->store, "agreements", f->agreement, NULL);
  g_assert_nonnull (agreement);
  g_assert_null (tov_record_get (agreement, "meeting_id"));
  g_clear_object (&agreement);

  /* the toast's Undo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "meetings.undo", NULL));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_meetings_page_get_meeting_id (f->page), ==, f->earlier);
  participants = tov_store_list (f->store, "meeting_participants", "meeting_id", f->earlier, NULL);
  g_assert_cmpuint (participants->len, ==, 1);
  g_assert_true (has_text (f, f->earlier, "Sami is alone after school"));
  g_assert_cmpuint (tov_meeting_column_get_n_items (
    TOV_MEETING_COLUMN (tov_meetings_page_get_column (f->page, "worry"))), ==, 1);
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (tov_meetings_page_get_participant_check (f->page, f->child))));
  agreement = tov_store_get (f->store, "agreements", f->agreement, NULL);
  g_assert_cmpstr (tov_record_get (agreement, "meeting_id"), ==, f->earlier);
}

/* The minutes, written when the page goes even if typed a moment ago. */
static void
test_minutes_flush (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TovRecord) meeting = NULL;
  GtkTextView *minutes = GTK_TEXT_VIEW (tov_meetings_page_get_minutes_view (f->page));

  tov_plan_editor_set_save_delay (tov_meeting_editor_get_plan_editor (tov_meetings_page_get_editor (f->page)),
                                  60000, 60000);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (minutes), "We met at the project house.", -1);
  tov_test_run_until_idle ();
  meeting = tov_store_get (f->store, "meetings", f->earlier, NULL);
  g_assert_null (tov_record_get (meeting, "minutes"));
  g_clear_object (&meeting);

  /* the window closes with the typing still waiting */
  gtk_window_destroy (f->window);
  tov_test_run_until_idle ();
  meeting = tov_store_get (f->store, "meetings", f->earlier, NULL);
  g_assert_cmpstr (tov_record_get (meeting, "minutes"), ==, "We met at the project house.");
}

/* A family reading Arabic: each text has its translation beside it, right
 * to left, and what is typed there is saved as the text's translation. */
static void
test_translation (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  TovMeetingColumn *column = TOV_MEETING_COLUMN (tov_meetings_page_get_column (f->page, "working_well"));
  GtkTextView *view;
  TovRecord *translation;

  add_through_column (f, "working_well", "Sami goes to school every day");
  view = tov_meeting_column_get_translation_view (column, 0);
  g_assert_nonnull (view);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "سامي", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "سامي يذهب إلى المدرسة كل يوم", -1);
  gtk_widget_grab_focus (GTK_WIDGET (tov_meeting_column_get_add_entry (column)));
  tov_test_run_until_idle ();

  items = tov_store_list (f->store, "mapping_items", "meeting_id", f->earlier, NULL);
  translations = tov_store_list (f->store, "translations", "source_id",
                                 tov_record_get_id (g_ptr_array_index (items, 0)), NULL);
  g_assert_cmpuint (translations->len, ==, 1);
  translation = g_ptr_array_index (translations, 0);
  g_assert_cmpstr (tov_record_get (translation, "language"), ==, "ar");
  g_assert_cmpstr (tov_record_get (translation, "field"), ==, "text");
  g_assert_cmpstr (tov_record_get (translation, "text"), ==, "سامي يذهب إلى المدرسة كل يوم");

  /* shown again after a reload */
  tov_meetings_page_set_meeting_id (f->page, f->earlier);
  tov_test_run_until_idle ();
  view = tov_meeting_column_get_translation_view (column, 0);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "سامي يذهب إلى المدرسة كل يوم");
  }
}

static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *t = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          found = g_str_equal (t, trigger) && GTK_IS_NAMED_ACTION (action) &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name);
        }
    }
  return found;
}

/* "Print Minutes…" is on the meeting, and Ctrl+P prints them. */
static void
test_print_action (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *button = find_actionable (GTK_WIDGET (f->page), "meetings.print");
  const GVariantType *parameter_type = NULL;
  gboolean found = FALSE;
  const char *name;
  const char *property;
  GType owner;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (has_shortcut (GTK_WIDGET (f->page), "<Control>p", "meetings.print"));
  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (f->page), i, &owner, &name,
                                                   &parameter_type, &property); i++)
    found |= g_str_equal (name, "meetings.print") && parameter_type == NULL;
  g_assert_true (found);
  g_assert_nonnull (find_actionable (GTK_WIDGET (f->page), "meetings.delete"));
}

static void
on_open_family_cb (TovFollowUpView *view,
                   const char      *family_id,
                   char           **out)
{
  g_free (*out);
  *out = g_strdup (family_id);
}

/* Today is Wednesday 11 March 2026: Anne's agreement is overdue, Sami's due this week. */
static void
test_follow_up_view (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  TovFollowUpView *view = TOV_FOLLOW_UP_VIEW (tov_follow_up_view_new ());
  GListModel *model;
  g_autofree char *opened = NULL;
  g_autoptr(TovFollowUpItem) first = NULL;

  g_free (tov_test_add (f->store, "agreements", "family_id", f->family, "what", "Sami brings his bag",
               "person_id", f->child, "due_on", "2026-03-13", "status", "open", NULL));
  g_free (tov_test_add (f->store, "agreements", "family_id", f->family, "what", "Next month",
               "person_id", f->child, "due_on", "2026-04-13", "status", "open", NULL));
  gtk_window_set_child (window, GTK_WIDGET (view));
  tov_follow_up_view_set_today (view, "2026-03-11");
  tov_follow_up_view_set_store (view, f->store);
  g_signal_connect (view, "open-family", G_CALLBACK (on_open_family_cb), &opened);
  gtk_window_present (window);
  tov_test_run_until_idle ();

  g_assert_cmpuint (tov_follow_up_view_get_n_overdue (view), ==, 1);
  model = tov_follow_up_view_get_model (view);
  /* Haddad's heading, the homework club (overdue), Sami's bag */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (tov_follow_up_item_get_line (first)->kind, ==, TOV_FOLLOW_UP_HEADING);
  g_assert_cmpuint (tov_follow_up_item_get_line (first)->n_overdue, ==, 1);
  tov_follow_up_view_activate (view, 1);
  g_assert_cmpstr (opened, ==, f->family);

  /* by responsible: Anne, then what the family keeps */
  tov_follow_up_view_set_by_actor (view, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_clear_object (&first);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (tov_follow_up_item_get_line (first)->text, ==, "Anne");

  /* marking it done clears the badge */
  g_assert_true (tov_store_plan_review_agreement (f->store, f->agreement, "done", NULL, NULL, NULL, NULL));
  tov_test_run_until_idle ();
  g_assert_cmpuint (tov_follow_up_view_get_n_overdue (view), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

/* A label showing exactly @text somewhere under @root. */
static gboolean
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static const char *
new_meeting_on (TovMeetingsPage *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meetings.new", NULL));
  tov_test_run_until_idle ();
  return tov_meetings_page_get_meeting_id (page);
}

/* Shown as in the app (inside the family page's sideways scroller, at the
 * width the default window leaves beside the family list), a meeting whose
 * invitees have long roles measures without a Gtk-CRITICAL: g_test_init ()
 * makes criticals fatal. On GTK 4.8 wrapping row titles once reported a
 * minimum width smaller than their minimum width for a height. */
static void
test_measured_in_app (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fadi = tov_test_add (f->store, "actors", "name", "Fadi Haddad", "sector", "private_network",
                               "role", "Farbror til børnene i familien Haddad, bor i Odense og kommer hver uge",
                               NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  TovMeetingsPage *page = TOV_MEETINGS_PAGE (tov_meetings_page_new ());
  const char *meeting;
  int min = 0, nat = 0;

  g_free (tov_test_add (f->store, "engagements", "family_id", f->family, "actor_id", fadi, "ring", "near",
               "invited", "1", "from_date", "2020-01-01", NULL));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (page));
  /* tov-window.ui: 1000 x 680, the family list 300 wide */
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 680);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  g_object_set (page, "store", f->store, "family-id", f->family, NULL);
  gtk_window_present (GTK_WINDOW (window));
  tov_test_run_until_idle ();

  meeting = new_meeting_on (page);
  g_assert_nonnull (meeting);
  tov_test_run_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  /* Fadi is invited and listed, with his role. */
  g_assert_true (find_label (GTK_WIDGET (page), "Fadi Haddad"));
  gtk_widget_measure (scroller, GTK_ORIENTATION_HORIZONTAL, 680, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, <=, nat);

  gtk_window_set_default_size (GTK_WINDOW (window), 420, 680);
  tov_test_run_until_idle ();
  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
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

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/tov/meetings-ui/create-meeting", test_create_meeting);
  ADD ("/tov/meetings-ui/mapping-columns", test_mapping);
  ADD ("/tov/meetings-ui/scale-child", test_scale_child);
  ADD ("/tov/meetings-ui/decide", test_decide);
  ADD ("/tov/meetings-ui/review", test_review);
  ADD ("/tov/meetings-ui/delete-undo", test_delete);
  ADD ("/tov/meetings-ui/minutes-written-on-close", test_minutes_flush);
  ADD ("/tov/meetings-ui/translation", test_translation);
  ADD ("/tov/meetings-ui/print-action", test_print_action);
  ADD ("/tov/meetings-ui/measured-in-app", test_measured_in_app);
  ADD ("/tov/follow-up-ui/view", test_follow_up_view);
  return g_test_run ();
}
