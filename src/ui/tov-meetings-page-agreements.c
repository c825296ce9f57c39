/* tov-meetings-page-agreements.c: review, decisions and the interpreter log
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meetings-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-labels.h"
#include "tov-meetings-page-private.h"
#include "tov-store-plan.h"
#include "tov-i18n.h"

/*
 * The part of TovMeetingsPage about agreements: the open agreements from
 * earlier meetings, each marked done, kept open with a new date, or not
 * kept; the agreements made at this meeting, each with its translation
 * beside it; "Make an agreement" on a "What needs to happen?" item; and the
 * meeting's interpreter log.
 */

static const char *
status_label (const char *status)
{
  if (g_strcmp0 (status, "done") == 0)
    return C_("agreement status", "Done");
  if (g_strcmp0 (status, "not_kept") == 0)
    return C_("agreement status", "Not kept");
  if (g_strcmp0 (status, "cancelled") == 0)
    return C_("agreement status", "Cancelled");
  return C_("agreement status", "Open");
}

static char *
who_and_when (TovMeetingsPage *self,
              TovRecord       *agreement)
{
  const char *who = tov_meetings_page_name_of (self, tov_record_get (agreement, "person_id"),
                                               tov_record_get (agreement, "actor_id"));
  g_autofree char *due = tov_date_format (tov_record_get (agreement, "due_on"));
  g_autoptr(TovRecord) actor = NULL;
  g_autofree char *isolated = NULL;

  if (who == NULL && tov_record_get (agreement, "actor_id") != NULL)
    {
      actor = tov_store_get (self->store, "actors", tov_record_get (agreement, "actor_id"), NULL);
      who = actor != NULL ? tov_record_get (actor, "name") : NULL;
    }
  if (due == NULL)
    return g_strdup (who != NULL ? who : "");
  /* Translators: who keeps an agreement and by when, "Anne · by 1 April 2025" */
  isolated = tov_isolate (who);
  return g_strdup_printf (_("%s · by %s"), isolated, due);
}

static void
review (TovMeetingsPage *self,
        const char      *agreement_id,
        const char      *status,
        const char      *due_on,
        const char      *note,
        const char      *message)
{
  g_autoptr(GError) error = NULL;

  self->writing = TRUE;
  if (!tov_meeting_editor_review (self->editor, agreement_id, status, due_on, note, NULL, &error))
    tov_meetings_page_toast_error (self, error);
  else
    tov_meetings_page_toast_undo (self, message);
  self->writing = FALSE;
  tov_meetings_page_load_agreements (self);
}

static void
on_done_clicked_cb (GtkButton       *button,
                    TovMeetingsPage *self)
{
  review (self, g_object_get_data (G_OBJECT (button), "agreement-id"), "done", NULL, NULL,
          _("Agreement marked as done"));
}

static void
on_not_kept_clicked_cb (GtkButton       *button,
                        TovMeetingsPage *self)
{
  review (self, g_object_get_data (G_OBJECT (button), "agreement-id"), "not_kept", NULL, NULL,
          _("Agreement marked as not kept"));
}

/* "Keep open": a new date, and a note on why */

static void
on_keep_date_changed_cb (GtkEditable      *date,
                         AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "keep", tov_date_is_valid (gtk_editable_get_text (date)));
}

static void
on_keep_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TovMeetingsPage  *self)
{
  GtkEditable *date = g_object_get_data (G_OBJECT (dialog), "date");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "note");
  const char *text = gtk_editable_get_text (note);

  if (!g_str_equal (response, "keep"))
    return;
  review (self, g_object_get_data (G_OBJECT (dialog), "agreement-id"), "open", gtk_editable_get_text (date),
          *text != '\0' ? text : NULL, _("Agreement kept open with a new date"));
}

static void
on_keep_clicked_cb (GtkButton       *button,
                    TovMeetingsPage *self)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *date = gtk_entry_new ();
  GtkWidget *note = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Keep the Agreement Open?"),
                                   _("Give the new date it is to be kept by, and why it was not kept yet."));
  gtk_entry_set_placeholder_text (GTK_ENTRY (date), _("New date (YYYY-MM-DD)"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Follow-up note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New date"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Follow-up note"), -1);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "keep", _("_Keep Open"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "keep", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data_full (G_OBJECT (dialog), "agreement-id",
                          g_strdup (g_object_get_data (G_OBJECT (button), "agreement-id")), g_free);
  g_object_set_data (G_OBJECT (dialog), "date", date);
  g_object_set_data (G_OBJECT (dialog), "note", note);
  g_signal_connect (date, "changed", G_CALLBACK (on_keep_date_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_keep_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
review_button (TovMeetingsPage *self,
               TovRecord       *agreement,
               const char      *label,
               const char      *tooltip,
               GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), "agreement-id", g_strdup (tov_record_get_id (agreement)), g_free);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/**
 * tov_meetings_page_load_agreements:
 *
 * Shows the open agreements to review and the agreements of this meeting.
 */
void
tov_meetings_page_load_agreements (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) made = NULL;
  g_autofree char *today = tov_date_today ();
  const char *held_on = tov_record_get (self->meeting, "held_on");

  tov_meetings_page_clear_rows (self, self->review_group);
  tov_meetings_page_clear_rows (self, self->agreements_group);
  if (self->language != NULL)
    tov_meetings_page_refresh_translations (self);

  open = tov_store_plan_open_agreements (self->store, self->family_id, self->meeting_id, NULL);
  for (guint i = 0; open != NULL && i < open->len; i++)
    {
      TovRecord *a = g_ptr_array_index (open, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = who_and_when (self, a);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      const char *due = tov_record_get (a, "due_on");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tov_record_get (a, "what"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      if (due != NULL && g_strcmp0 (due, held_on != NULL ? held_on : today) < 0)
        gtk_widget_add_css_class (row, "overdue");
      gtk_box_append (GTK_BOX (box), review_button (self, a, _("_Done"), _("The agreement was kept"),
                                                    G_CALLBACK (on_done_clicked_cb)));
      gtk_box_append (GTK_BOX (box), review_button (self, a, _("_Keep Open…"),
                                                    _("Not kept yet: give a new date"),
                                                    G_CALLBACK (on_keep_clicked_cb)));
      gtk_box_append (GTK_BOX (box), review_button (self, a, _("_Not Kept"), _("The agreement was not kept"),
                                                    G_CALLBACK (on_not_kept_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      tov_meetings_page_add_row (self, self->review_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->review_group), open != NULL && open->len > 0);

  made = tov_store_list (self->store, "agreements", "meeting_id", self->meeting_id, NULL);
  for (guint i = 0; made != NULL && i < made->len; i++)
    {
      TovRecord *a = g_ptr_array_index (made, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = who_and_when (self, a);
      GtkWidget *status = gtk_label_new (status_label (tov_record_get (a, "status")));
      GtkWidget *translation = tov_meetings_page_translation_text (self, "agreements", tov_record_get_id (a),
                                                                   "what");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tov_record_get (a, "what"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      /* what was agreed, in the family's language beside it */
      if (translation != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), translation);
      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      tov_meetings_page_add_row (self, self->agreements_group, row);
    }
  if (made == NULL || made->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No agreements from this meeting yet"));
      gtk_widget_add_css_class (row, "dim-label");
      tov_meetings_page_add_row (self, self->agreements_group, row);
    }
}

/* "Make an agreement" */

static void
update_decide_response (AdwMessageDialog *dialog)
{
  GtkEditable *what = g_object_get_data (G_OBJECT (dialog), "what");
  GtkEditable *due = g_object_get_data (G_OBJECT (dialog), "due");
  GtkDropDown *who = g_object_get_data (G_OBJECT (dialog), "who");
  const char *date = gtk_editable_get_text (due);
  gboolean date_ok = *date == '\0' || tov_date_is_valid (date);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (due), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (due), "error");
  adw_message_dialog_set_response_enabled (dialog, "make",
                                           date_ok && *gtk_editable_get_text (what) != '\0' &&
                                           gtk_drop_down_get_selected (who) > 0 &&
                                           gtk_drop_down_get_selected (who) != GTK_INVALID_LIST_POSITION);
}

static void
on_decide_changed_cb (GObject          *object,
                      GParamSpec       *pspec,
                      AdwMessageDialog *dialog)
{
  update_decide_response (dialog);
}

static void
on_decide_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       TovMeetingsPage  *self)
{
  GtkEditable *what = g_object_get_data (G_OBJECT (dialog), "what");
  GtkEditable *due = g_object_get_data (G_OBJECT (dialog), "due");
  GtkDropDown *who = g_object_get_data (G_OBJECT (dialog), "who");
  guint selected = gtk_drop_down_get_selected (who);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) agreement = NULL;
  TovInvitee *inv;

  if (!g_str_equal (response, "make") || selected == 0 || self->invitees == NULL ||
      selected > self->invitees->len)
    return;
  inv = g_ptr_array_index (self->invitees, selected - 1);
  self->writing = TRUE;
  agreement = tov_meeting_editor_decide (self->editor, self->meeting_id, gtk_editable_get_text (what),
                                         inv->actor_id, inv->person_id,
                                         *gtk_editable_get_text (due) != '\0' ? gtk_editable_get_text (due) : NULL,
                                         NULL, &error);
  self->writing = FALSE;
  if (agreement == NULL)
    tov_meetings_page_toast_error (self, error);
  else
    tov_meetings_page_toast_undo (self, _("Agreement added to the plan’s current draft"));
  tov_meetings_page_load_agreements (self);
}

/**
 * tov_meetings_page_show_decide:
 *
 * Asks who keeps the decision and by when, then makes it an agreement in
 * the plan's current draft, linked to the meeting.
 */
void
tov_meetings_page_show_decide (TovMeetingsPage *self,
                               const char      *item_id,
                               const char      *text)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *what = gtk_entry_new ();
  GtkWidget *due = gtk_entry_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *who;

  gtk_string_list_append (names, _("Who keeps it?"));
  for (guint i = 0; self->invitees != NULL && i < self->invitees->len; i++)
    gtk_string_list_append (names, ((TovInvitee *) g_ptr_array_index (self->invitees, i))->name);
  who = gtk_drop_down_new (G_LIST_MODEL (names), NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Make an Agreement"),
                                   _("The decision becomes an agreement in the plan’s current draft, "
                                     "linked to this meeting."));
  gtk_editable_set_text (GTK_EDITABLE (what), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (due), _("By when (YYYY-MM-DD)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (what), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (who), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Who"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (due), GTK_ACCESSIBLE_PROPERTY_LABEL, _("By when"), -1);
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), due);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "make", _("_Make Agreement"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "make", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "make");
  g_object_set_data (G_OBJECT (dialog), "what", what);
  g_object_set_data (G_OBJECT (dialog), "due", due);
  g_object_set_data (G_OBJECT (dialog), "who", who);
  g_signal_connect (what, "notify::text", G_CALLBACK (on_decide_changed_cb), dialog);
  g_signal_connect (due, "notify::text", G_CALLBACK (on_decide_changed_cb), dialog);
  g_signal_connect (who, "notify::selected", G_CALLBACK (on_decide_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);
  update_decide_response (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The interpreter log */

static const char * const modes[] = { "in_person", "phone", "video" };

static void
offer_language (TovMeetingsPage *self,
                const char      *code)
{
  for (guint i = 0; i < self->languages->len; i++)
    if (g_str_equal (g_ptr_array_index (self->languages, i), code))
      return;
  g_ptr_array_add (self->languages, g_strdup (code));
  gtk_string_list_append (self->language_list, tov_label_for_language (code));
}

/**
 * tov_meetings_page_load_log:
 *
 * Shows the meeting's interpreter log; the languages offered are the
 * family's, then Arabic.
 */
void
tov_meetings_page_load_log (TovMeetingsPage *self)
{
  g_autoptr(TovRecord) log = tov_meeting_editor_get_interpreter_log (self->editor, self->meeting_id, NULL);
  g_autoptr(TovRecord) family = tov_store_get (self->store, "families", self->family_id, NULL);
  g_auto(GStrv) codes = NULL;
  const char *language = log != NULL ? tov_record_get (log, "language") : NULL;
  const char *mode = log != NULL ? tov_record_get (log, "mode") : NULL;

  g_clear_pointer (&self->languages, g_ptr_array_unref);
  self->languages = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_splice (self->language_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->language_list)), NULL);
  if (family != NULL && tov_record_get (family, "interpreter_language") != NULL)
    offer_language (self, tov_record_get (family, "interpreter_language"));
  codes = g_strsplit (family != NULL && tov_record_get (family, "languages") != NULL
                      ? tov_record_get (family, "languages") : "", " ", -1);
  for (guint i = 0; codes[i] != NULL; i++)
    if (*codes[i] != '\0' && !g_str_equal (codes[i], "da"))
      offer_language (self, codes[i]);
  if (language != NULL)
    offer_language (self, language);
  offer_language (self, "ar");

  for (guint i = 0; i < self->languages->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->languages, i), language) == 0)
      adw_combo_row_set_selected (self->language_row, i);
  if (language == NULL)
    adw_combo_row_set_selected (self->language_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->interpreter_row),
                         log != NULL ? tov_record_get (log, "interpreter") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->parts_row),
                         log != NULL && tov_record_get (log, "parts") != NULL ? tov_record_get (log, "parts") : "");
  adw_combo_row_set_selected (self->mode_row, 0);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (g_strcmp0 (modes[i], mode) == 0)
      adw_combo_row_set_selected (self->mode_row, i);
  gtk_switch_set_active (self->understood_switch, log != NULL && tov_record_get_boolean (log, "understood"));
}

/**
 * tov_meetings_page_save_log:
 *
 * Writes the interpreter log once an interpreter is named.
 */
void
tov_meetings_page_save_log (TovMeetingsPage *self)
{
  g_autoptr(TovRecord) log = NULL;
  g_autoptr(GError) error = NULL;
  const char *interpreter = gtk_editable_get_text (GTK_EDITABLE (self->interpreter_row));
  const char *parts = gtk_editable_get_text (GTK_EDITABLE (self->parts_row));
  guint language = adw_combo_row_get_selected (self->language_row);
  guint mode = adw_combo_row_get_selected (self->mode_row);
  const char *column = NULL;

  if (self->loading || self->meeting_id == NULL || *interpreter == '\0' ||
      self->languages == NULL || language >= self->languages->len)
    return;
  log = tov_record_new ("interpreter_logs");
  tov_record_set (log, "language", g_ptr_array_index (self->languages, language));
  tov_record_set (log, "interpreter", interpreter);
  tov_record_set (log, "mode", modes[MIN (mode, G_N_ELEMENTS (modes) - 1)]);
  tov_record_set (log, "parts", *parts != '\0' ? parts : NULL);
  tov_record_set_boolean (log, "understood", gtk_switch_get_active (self->understood_switch));
  self->writing = TRUE;
  if (!tov_meeting_editor_save_interpreter_log (self->editor, self->meeting_id, log, &column, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->interpreter_row), "error");
      tov_meetings_page_toast_error (self, error);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->interpreter_row), "error");
  self->writing = FALSE;
}
