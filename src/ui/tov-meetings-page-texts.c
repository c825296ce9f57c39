/* tov-meetings-page-texts.c: typing and translations on the Meetings tab
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meetings-page"

#include <glib/gi18n.h>

#include "tov-meetings-page-private.h"
#include "tov-plan-items.h"
#include "tov-print-catalog.h"
#include "tov-store-plan.h"

/*
 * The part of TovMeetingsPage about texts: the minutes and the mapping
 * items are written after a pause in typing (TovMeetingEditor's deferred
 * writes), when the text loses focus, before any other edit, and when the
 * page goes; a run of typing is one undo step. Beside the minutes and below
 * each mapping item and agreement, its translation into the family's
 * language, in the plan editor's text widget (right to left for Arabic).
 */

static gboolean
is_rtl (const char *language)
{
  return language != NULL && tov_print_language_is_rtl (language);
}

/* Writes what was typed and closes the undo step. */
void
tov_meetings_page_done_typing (TovMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->editor == NULL)
    return;
  self->writing = TRUE;
  if (!tov_meeting_editor_flush (self->editor, &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
  tov_undo_stack_seal (tov_plan_editor_get_undo_stack (tov_meeting_editor_get_plan_editor (self->editor)));
}

static void
translate (TovMeetingsPage *self,
           const char      *source_table,
           const char      *source_id,
           const char      *field,
           const char      *text)
{
  g_autoptr(GError) error = NULL;

  if (self->language == NULL || !tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_set_translation_later (self->editor, self->family_id, source_table, source_id, field,
                                                 self->language, text, NULL, &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
}

/* The minutes */

static void
on_minutes_changed_cb (GtkTextBuffer   *buffer,
                       TovMeetingsPage *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tov_meeting_editor_set_later (self->editor, "meetings", self->meeting_id, "minutes", text);
  self->writing = FALSE;
}

static void
on_minutes_translation_changed_cb (TovPlanText     *text,
                                   const char      *value,
                                   TovMeetingsPage *self)
{
  translate (self, "meetings", self->meeting_id, "minutes", value);
}

/* The mapping */

static void
on_column_edited_cb (TovMeetingColumn *column,
                     const char       *id,
                     const char       *text,
                     TovMeetingsPage  *self)
{
  /* an item needs its text: an emptied one keeps what it had until it is
   * typed again or deleted from its menu */
  if (text == NULL || *text == '\0' || !tov_meetings_page_write_begin (self))
    return;
  tov_meeting_editor_set_later (self->editor, "mapping_items", id, "text", text);
  self->writing = FALSE;
}

static void
on_column_translated_cb (TovMeetingColumn *column,
                         const char       *id,
                         const char       *text,
                         TovMeetingsPage  *self)
{
  translate (self, "mapping_items", id, "text", text);
}

static void
on_done_typing_cb (TovMeetingsPage *self)
{
  tov_meetings_page_done_typing (self);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TovMeetingsPage         *self)
{
  tov_meetings_page_done_typing (self);
}

static void
add_focus_leave (TovMeetingsPage *self,
                 GtkWidget       *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

/* The agreements */

static void
on_agreement_translated_cb (TovPlanText     *text,
                            const char      *value,
                            TovMeetingsPage *self)
{
  translate (self, g_object_get_data (G_OBJECT (text), "source-table"),
             g_object_get_data (G_OBJECT (text), "source-id"),
             g_object_get_data (G_OBJECT (text), "field"), value);
}

/**
 * tov_meetings_page_translation_text:
 *
 * Returns: (transfer floating) (nullable): the translation of a text into
 *   the family's language, to type in; %NULL when the family reads Danish
 */
GtkWidget *
tov_meetings_page_translation_text (TovMeetingsPage *self,
                                    const char      *source_table,
                                    const char      *source_id,
                                    const char      *field)
{
  GtkWidget *text;
  g_autofree char *label = NULL;

  if (self->language == NULL)
    return NULL;
  text = tov_plan_text_new ();
  /* Translators: the heading of the translation beside a text; %s is a language code */
  label = g_strdup_printf (_("Translation (%s)"), self->language);
  tov_plan_text_set_text (TOV_PLAN_TEXT (text), tov_plan_translation_lookup (self->translations, source_id, field,
                                                                             self->language));
  tov_plan_text_set_editable (TOV_PLAN_TEXT (text), TRUE);
  tov_plan_text_set_text_direction (TOV_PLAN_TEXT (text), is_rtl (self->language) ? GTK_TEXT_DIR_RTL
                                                                                  : GTK_TEXT_DIR_LTR);
  tov_plan_text_set_accessible_label (TOV_PLAN_TEXT (text), label);
  gtk_widget_set_tooltip_text (text, label);
  gtk_widget_add_css_class (text, "plan-text");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (text), "source-table", g_strdup (source_table), g_free);
  g_object_set_data_full (G_OBJECT (text), "source-id", g_strdup (source_id), g_free);
  g_object_set_data_full (G_OBJECT (text), "field", g_strdup (field), g_free);
  g_signal_connect (text, "changed", G_CALLBACK (on_agreement_translated_cb), self);
  add_focus_leave (self, text);
  return text;
}

/**
 * tov_meetings_page_refresh_translations:
 *
 * Reads the family's translations again (after an edit, which writes what
 * was typed first).
 */
void
tov_meetings_page_refresh_translations (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) translations = NULL;

  g_clear_pointer (&self->translations, g_hash_table_unref);
  translations = tov_store_plan_list_translations (self->store, self->family_id, NULL);
  self->translations = tov_plan_translations_index (translations);
}

/**
 * tov_meetings_page_load_translations:
 *
 * Reads the family's language and translations, and shows the minutes'.
 */
void
tov_meetings_page_load_translations (TovMeetingsPage *self)
{
  g_autoptr(TovRecord) family = tov_store_get (self->store, "families", self->family_id, NULL);
  g_auto(GStrv) languages = NULL;
  g_autofree char *label = NULL;
  const char *text;

  g_clear_pointer (&self->language, g_free);
  languages = tov_plan_translation_languages (family != NULL ? tov_record_get (family, "languages") : NULL);
  if (languages != NULL && languages[0] != NULL)
    self->language = g_strdup (languages[0]);
  tov_meetings_page_refresh_translations (self);

  gtk_widget_set_visible (self->minutes_translation_box, self->language != NULL);
  if (self->language == NULL)
    return;
  text = tov_plan_translation_lookup (self->translations, self->meeting_id, "minutes", self->language);
  /* Translators: the heading of the minutes' translation; %s is a language code */
  label = g_strdup_printf (_("Translation (%s)"), self->language);
  gtk_label_set_label (self->minutes_language_label, label);
  tov_plan_text_set_accessible_label (self->minutes_translation, label);
  tov_plan_text_set_text_direction (self->minutes_translation,
                                    is_rtl (self->language) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  tov_plan_text_set_text (self->minutes_translation, text);
}

static void
on_write_failed_cb (TovPlanEditor   *editor,
                    const GError    *error,
                    TovMeetingsPage *self)
{
  tov_meetings_page_toast_error (self, error);
  tov_meetings_page_reload_meeting (self);
}

/* Follows the editor's deferred writes (from tov_meetings_page_set_store ()). */
void
tov_meetings_page_connect_editor (TovMeetingsPage *self)
{
  g_signal_connect (tov_meeting_editor_get_plan_editor (self->editor), "write-failed",
                    G_CALLBACK (on_write_failed_cb), self);
}

/* Connects the texts of the template (from init). */
void
tov_meetings_page_connect_texts (TovMeetingsPage *self)
{
  TovMeetingColumn *columns[] = {
    self->worry_column, self->working_well_column, self->next_step_column,
    self->danger_column, self->safety_column,
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_signal_connect (columns[i], "edited", G_CALLBACK (on_column_edited_cb), self);
      g_signal_connect (columns[i], "translated", G_CALLBACK (on_column_translated_cb), self);
      g_signal_connect_swapped (columns[i], "done-typing", G_CALLBACK (on_done_typing_cb), self);
    }
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->minutes_view), FALSE);
  g_signal_connect (gtk_text_view_get_buffer (self->minutes_view), "changed",
                    G_CALLBACK (on_minutes_changed_cb), self);
  add_focus_leave (self, GTK_WIDGET (self->minutes_view));
  tov_plan_text_set_editable (self->minutes_translation, TRUE);
  g_signal_connect (self->minutes_translation, "changed", G_CALLBACK (on_minutes_translation_changed_cb), self);
  add_focus_leave (self, GTK_WIDGET (self->minutes_translation));
}
