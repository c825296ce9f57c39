/* tov-meeting-editor-texts.c: typing and translations at a meeting (TovMeetingEditor)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-meeting-editor.h"

/*
 * The texts of a meeting (its minutes, the mapping items, the agreements
 * made at it) are typed with the family at the table: they are written
 * after a pause, on focus-out or before any other edit, through the plan
 * editor's deferred writes, so a keystroke is not a committed transaction
 * and a run of typing is one undo step.
 *
 * Each text can carry a translation into each of the family's languages
 * (the translations table). A new translation is added at once with the
 * first letter typed; the letters that follow merge into the same undo
 * step and are written after a pause. Emptying a translation removes it.
 */

static TovPlanEditor *
plan_editor (TovMeetingEditor *self)
{
  return tov_meeting_editor_get_plan_editor (self);
}

/**
 * tov_meeting_editor_set_later:
 *
 * As tov_meeting_editor_set(), for typing: written after a pause, by
 * tov_meeting_editor_flush() or before the next edit. A refusal then is
 * reported by the plan editor's #TovPlanEditor::write-failed.
 */
void
tov_meeting_editor_set_later (TovMeetingEditor *self,
                              const char       *table,
                              const char       *id,
                              const char       *column_name,
                              const char       *value)
{
  g_return_if_fail (TOV_IS_MEETING_EDITOR (self));
  tov_plan_editor_set_later (plan_editor (self), table, id, column_name, value);
}

/* Writes what typing left waiting. Returns: %FALSE with @error set on a refusal. */
gboolean
tov_meeting_editor_flush (TovMeetingEditor *self,
                          GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  return tov_plan_editor_flush (plan_editor (self), error);
}

/**
 * tov_meeting_editor_find_translation:
 *
 * Returns: (transfer full) (nullable): the translation of @source_id's
 *   @field into @language; %NULL with no error when there is none
 */
TovRecord *
tov_meeting_editor_find_translation (TovMeetingEditor *self,
                                     const char       *source_id,
                                     const char       *field,
                                     const char       *language,
                                     GError          **error)
{
  TovStore *store;
  g_autoptr(GPtrArray) translations = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);
  g_return_val_if_fail (source_id != NULL && field != NULL && language != NULL, NULL);

  store = tov_plan_editor_get_store (plan_editor (self));
  translations = tov_store_list (store, "translations", "source_id", source_id, error);
  for (guint i = 0; translations != NULL && i < translations->len; i++)
    {
      TovRecord *t = g_ptr_array_index (translations, i);

      if (g_strcmp0 (tov_record_get (t, "field"), field) == 0 &&
          g_strcmp0 (tov_record_get (t, "language"), language) == 0)
        return g_object_ref (t);
    }
  return NULL;
}

static gboolean
set_translation (TovMeetingEditor *self,
                 const char       *family_id,
                 const char       *source_table,
                 const char       *source_id,
                 const char       *field,
                 const char       *language,
                 const char       *text,
                 gboolean          later,
                 const char      **column,
                 GError          **error)
{
  TovStore *store = tov_plan_editor_get_store (plan_editor (self));
  TovUndoStack *undo = tov_plan_editor_get_undo_stack (plan_editor (self));
  g_autoptr(TovRecord) existing = NULL;
  g_autoptr(TovRecord) translation = NULL;
  GError *local_error = NULL;

  existing = tov_meeting_editor_find_translation (self, source_id, field, language, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (existing != NULL && text != NULL && *text != '\0')
    {
      if (later)
        {
          tov_plan_editor_set_later (plan_editor (self), "translations", tov_record_get_id (existing),
                                     "text", text);
          return TRUE;
        }
      return tov_plan_editor_set (plan_editor (self), "translations", tov_record_get_id (existing),
                                  "text", text, column, error);
    }
  if (!tov_plan_editor_flush (plan_editor (self), error))
    return FALSE;
  if (existing != NULL)
    {
      /* emptied: the text has no translation any more */
      if (!tov_store_delete (store, "translations", tov_record_get_id (existing), error))
        return FALSE;
      tov_undo_stack_push_one (undo, TOV_UNDO_DELETE, existing, NULL);
      return TRUE;
    }
  if (text == NULL || *text == '\0')
    return TRUE;

  translation = tov_record_new ("translations");
  tov_record_set (translation, "family_id", family_id);
  tov_record_set (translation, "source_table", source_table);
  tov_record_set (translation, "source_id", source_id);
  tov_record_set (translation, "field", field);
  tov_record_set (translation, "language", language);
  tov_record_set (translation, "text", text);
  if (!tov_store_insert (store, translation, column, error))
    return FALSE;
  /* an add: the typing that follows merges into it until sealed */
  tov_undo_stack_push_one (undo, TOV_UNDO_ADD, NULL, translation);
  return TRUE;
}

/**
 * tov_meeting_editor_set_translation:
 * @source_table: "meetings" (field "minutes"), "mapping_items" ("text") or
 *   "agreements" ("what")
 * @text: (nullable): the translation; %NULL or empty removes it
 *
 * Sets the translation of a meeting's text into @language, at once.
 */
gboolean
tov_meeting_editor_set_translation (TovMeetingEditor *self,
                                    const char       *family_id,
                                    const char       *source_table,
                                    const char       *source_id,
                                    const char       *field,
                                    const char       *language,
                                    const char       *text,
                                    const char      **column,
                                    GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (family_id != NULL && source_table != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail (field != NULL && language != NULL, FALSE);

  if (!tov_plan_editor_flush (plan_editor (self), error))
    return FALSE;
  return set_translation (self, family_id, source_table, source_id, field, language, text, FALSE,
                          column, error);
}

/**
 * tov_meeting_editor_set_translation_later:
 *
 * As tov_meeting_editor_set_translation(), for typing: a changed
 * translation is written after a pause; a new one is added at once (what
 * is typed next merges into the same undo step), an emptied one removed.
 */
gboolean
tov_meeting_editor_set_translation_later (TovMeetingEditor *self,
                                          const char       *family_id,
                                          const char       *source_table,
                                          const char       *source_id,
                                          const char       *field,
                                          const char       *language,
                                          const char       *text,
                                          const char      **column,
                                          GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (family_id != NULL && source_table != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail (field != NULL && language != NULL, FALSE);

  return set_translation (self, family_id, source_table, source_id, field, language, text, TRUE,
                          column, error);
}
