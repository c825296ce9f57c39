/* tov-meetings-page-actions.c: the Meetings tab's actions
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meetings-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-meetings-page-private.h"
#include "tov-print.h"

/*
 * meetings.new, meetings.undo and meetings.redo (Ctrl+Z, Shift+Ctrl+Z),
 * meetings.delete (asks first; Undo in the toast brings the meeting back
 * whole) and meetings.print (Ctrl+P: the minutes, right after the
 * meeting, through the print helper's language and variant choice).
 */

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) meeting = NULL;

  if (self->store == NULL || self->family_id == NULL)
    return;
  self->writing = TRUE;
  meeting = tov_meeting_editor_create (self->editor, self->family_id, NULL, NULL, NULL, &error);
  self->writing = FALSE;
  if (meeting == NULL)
    {
      tov_meetings_page_toast_error (self, error);
      return;
    }
  g_free (self->meeting_id);
  self->meeting_id = g_strdup (tov_record_get_id (meeting));
  tov_meetings_page_load_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->place_row));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "meetings.redo");
  gboolean ok;

  if (self->editor == NULL)
    return;
  self->writing = TRUE;
  ok = redo ? tov_meeting_editor_redo (self->editor, &error) : tov_meeting_editor_undo (self->editor, &error);
  self->writing = FALSE;
  if (!ok && error != NULL)
    tov_meetings_page_toast_error (self, error);
  tov_meetings_page_load_list (self);
  tov_meetings_page_reload_meeting (self);
}

/* Deleting a meeting */

static void
delete_meeting (TovMeetingsPage *self,
                const char      *meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_unlinked = 0;
  gboolean ok;

  self->writing = TRUE;
  ok = tov_meeting_editor_delete (self->editor, meeting_id, &n_unlinked, &error);
  self->writing = FALSE;
  if (!ok)
    {
      tov_meetings_page_toast_error (self, error);
      return;
    }
  if (n_unlinked > 0)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Meeting deleted; its agreement stays in the plan",
                                            "Meeting deleted; its %u agreements stay in the plan", n_unlinked),
                               n_unlinked);
  tov_meetings_page_toast_undo (self, message != NULL ? message : _("Meeting deleted"));
  if (g_strcmp0 (self->meeting_id, meeting_id) == 0)
    g_clear_pointer (&self->meeting_id, g_free);
  tov_meetings_page_load_list (self);
  tov_meetings_page_reload_meeting (self);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       TovMeetingsPage  *self)
{
  if (g_str_equal (response, "delete"))
    delete_meeting (self, g_object_get_data (G_OBJECT (dialog), "meeting-id"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (widget);
  g_autoptr(GPtrArray) agreements = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *held_on = NULL;
  GtkWidget *dialog;
  const char *body;

  if (self->meeting == NULL || self->editor == NULL)
    return;
  tov_meetings_page_done_typing (self);
  agreements = tov_store_list (self->store, "agreements", "meeting_id", self->meeting_id, NULL);
  /* Translators: %s is the meeting's date */
  held_on = tov_date_format (tov_record_get (self->meeting, "held_on"));
  heading = g_strdup_printf (_("Delete the Meeting of %s?"), held_on != NULL ? held_on : "");
  if (agreements != NULL && agreements->len > 0)
    body = g_dngettext (GETTEXT_PACKAGE,
                        "Who was invited, the mapping, the scalings, the minutes and the interpreter log are "
                        "deleted with it. The agreement made at the meeting stays in the plan, no longer "
                        "linked to a meeting.",
                        "Who was invited, the mapping, the scalings, the minutes and the interpreter log are "
                        "deleted with it. The agreements made at the meeting stay in the plan, no longer "
                        "linked to a meeting.", agreements->len);
  else
    body = _("Who was invited, the mapping, the scalings, the minutes and the interpreter log are deleted "
             "with it.");
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "meeting-id", g_strdup (self->meeting_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Printing the minutes */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (widget);
  const char *format = g_str_equal (action_name, "meetings.export-pdf") ? "pdf"
                       : g_str_equal (action_name, "meetings.export-odt") ? "odt" : "print";

  if (self->meeting == NULL || self->store == NULL)
    return;
  /* the printout shows what was typed a moment ago */
  tov_meetings_page_done_typing (self);
  tov_print_meeting_export (widget, self->store, self->meeting_id, format);
}

/* Delete and print need a meeting shown. */
void
tov_meetings_page_update_actions (TovMeetingsPage *self)
{
  gboolean shown = self->meeting != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.print", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.export-pdf", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.export-odt", shown);
}

void
tov_meetings_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "meetings.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "meetings.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "meetings.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "meetings.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "meetings.export-pdf", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "meetings.export-odt", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "meetings.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meetings.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meetings.print", NULL);
}
