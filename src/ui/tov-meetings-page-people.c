/* tov-meetings-page-people.c: who is invited, and where each places the situation
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meetings-page"

#include <glib/gi18n.h>

#include "tov-goal-scale.h"
#include "tov-labels.h"
#include "tov-meetings-page-private.h"

/*
 * The part of TovMeetingsPage about people: the family's members and the
 * actors it invites as check rows, each participant's 0-10 scaling (children
 * included) and the chart of the scalings over the family's meetings.
 */

static const char *
participant_key (TovRecord *participant)
{
  const char *person = tov_record_get (participant, "person_id");
  return person != NULL ? person : tov_record_get (participant, "actor_id");
}

static void
on_check_toggled_cb (GtkCheckButton  *check,
                     TovMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_set_invited (self->editor, self->meeting_id,
                                       g_object_get_data (G_OBJECT (check), "person-id"),
                                       g_object_get_data (G_OBJECT (check), "actor-id"),
                                       gtk_check_button_get_active (check), &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
  tov_meetings_page_load_scaling (self);
}

static GtkWidget *
invitee_row (TovMeetingsPage *self,
             const char      *person_id,
             const char      *actor_id,
             const char      *name,
             const char      *detail,
             gboolean         invited)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
  if (detail != NULL && *detail != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  /* Ellipsized after a few lines, not wrapped without end: on GTK 4.8 a
   * freely wrapping title and subtitle give the row's title box a smaller
   * minimum width than its minimum width for a given height (a Gtk-CRITICAL
   * when the page is measured in a narrow sidebar column). */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), invited);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "person-id", g_strdup (person_id), g_free);
  g_object_set_data_full (G_OBJECT (check), "actor-id", g_strdup (actor_id), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_hash_table_insert (self->checks, g_strdup (person_id != NULL ? person_id : actor_id), check);
  return row;
}

void
tov_meetings_page_load_participants (TovMeetingsPage *self)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  tov_meetings_page_clear_rows (self, self->participants_group);
  g_hash_table_remove_all (self->checks);
  g_clear_pointer (&self->invitees, g_ptr_array_unref);
  self->invitees = tov_meeting_editor_invitees (self->editor, self->family_id,
                                                tov_record_get (self->meeting, "held_on"), NULL);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  self->participants = tov_store_list (self->store, "meeting_participants", "meeting_id", self->meeting_id, NULL);

  for (guint i = 0; self->participants != NULL && i < self->participants->len; i++)
    g_hash_table_add (shown, (gpointer) participant_key (g_ptr_array_index (self->participants, i)));
  for (guint i = 0; self->invitees != NULL && i < self->invitees->len; i++)
    {
      TovInvitee *inv = g_ptr_array_index (self->invitees, i);
      const char *key = inv->person_id != NULL ? inv->person_id : inv->actor_id;
      const char *detail = inv->person_id != NULL ? tov_label_for_value ("household_role", inv->detail)
                                                  : inv->detail;

      tov_meetings_page_add_row (self, self->participants_group,
                                 invitee_row (self, inv->person_id, inv->actor_id, inv->name, detail,
                                              g_hash_table_contains (shown, key)));
      g_hash_table_remove (shown, key);
    }
  /* invited earlier, no longer offered (the engagement ended): still shown */
  for (guint i = 0; self->participants != NULL && i < self->participants->len; i++)
    {
      TovRecord *p = g_ptr_array_index (self->participants, i);
      g_autoptr(TovRecord) who = NULL;

      if (!g_hash_table_contains (shown, participant_key (p)))
        continue;
      who = tov_record_get (p, "person_id") != NULL
        ? tov_store_get (self->store, "persons", tov_record_get (p, "person_id"), NULL)
        : tov_store_get (self->store, "actors", tov_record_get (p, "actor_id"), NULL);
      tov_meetings_page_add_row (self, self->participants_group,
                                 invitee_row (self, tov_record_get (p, "person_id"), tov_record_get (p, "actor_id"),
                                              who != NULL ? (tov_record_get (who, "given_name") != NULL
                                                             ? tov_record_get (who, "given_name")
                                                             : tov_record_get (who, "name"))
                                                          : "?",
                                              NULL, TRUE));
    }
}

void
tov_meetings_page_load_chart (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) history = tov_meeting_editor_scaling_history (self->editor, self->family_id, NULL);

  tov_scaling_chart_set_points (self->chart, history);
}

static void
on_scale_value_cb (TovGoalScale    *scale,
                   GParamSpec      *pspec,
                   TovMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_set_scaling (self->editor, g_object_get_data (G_OBJECT (scale), "participant-id"),
                                       tov_goal_scale_get_value (scale), NULL, &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
  tov_meetings_page_load_chart (self);
}

void
tov_meetings_page_load_scaling (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) scalings = NULL;

  tov_meetings_page_clear_rows (self, self->scaling_group);
  g_hash_table_remove_all (self->scales);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  self->participants = tov_store_list (self->store, "meeting_participants", "meeting_id", self->meeting_id, NULL);
  scalings = tov_store_list (self->store, "scalings", "meeting_id", self->meeting_id, NULL);

  for (guint i = 0; self->participants != NULL && i < self->participants->len; i++)
    {
      TovRecord *p = g_ptr_array_index (self->participants, i);
      const char *name = tov_meetings_page_name_of (self, tov_record_get (p, "person_id"),
                                                    tov_record_get (p, "actor_id"));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *scale = tov_goal_scale_new ();
      int value = -1;

      for (guint s = 0; scalings != NULL && s < scalings->len; s++)
        if (g_strcmp0 (tov_record_get (g_ptr_array_index (scalings, s), "participant_id"),
                       tov_record_get_id (p)) == 0)
          value = tov_record_get_int (g_ptr_array_index (scalings, s), "value", -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "?");
      tov_goal_scale_set_value (TOV_GOAL_SCALE (scale), value);
      g_object_set_data_full (G_OBJECT (scale), "participant-id", g_strdup (tov_record_get_id (p)), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name != NULL ? name : "", -1);
      g_signal_connect (scale, "notify::value", G_CALLBACK (on_scale_value_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), scale);
      tov_meetings_page_add_row (self, self->scaling_group, row);
      g_hash_table_insert (self->scales, g_strdup (participant_key (p)), scale);
    }
  if (self->participants == NULL || self->participants->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Invite the participants first"));
      gtk_widget_add_css_class (row, "dim-label");
      tov_meetings_page_add_row (self, self->scaling_group, row);
    }
  tov_meetings_page_load_chart (self);
}

