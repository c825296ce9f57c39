/* tov-meeting-editor-delete.c: deleting a meeting, undoably (TovMeetingEditor)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-meeting-editor.h"

/*
 * A meeting goes with everything that is only its own: who was invited,
 * the mapping, the scalings, the interpreter log and the translations of
 * its texts. The agreements made at it are binding commitments in the
 * plan, followed up on their own: they stay, and lose their link to the
 * meeting. All of it is one undo step: Undo brings the meeting back whole
 * and links its agreements to it again.
 */

static gboolean
collect (TovStore   *store,
         GPtrArray  *into,
         const char *table,
         const char *column,
         const char *value,
         GError    **error)
{
  g_autoptr(GPtrArray) rows = tov_store_list (store, table, column, value, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (into, g_object_ref (g_ptr_array_index (rows, i)));
  return TRUE;
}

/* The translations of @rows' texts, appended to @into. */
static gboolean
collect_translations (TovStore   *store,
                      GPtrArray  *into,
                      GPtrArray  *rows,
                      GError    **error)
{
  for (guint i = 0; i < rows->len; i++)
    if (!collect (store, into, "translations", "source_id",
                  tov_record_get_id (g_ptr_array_index (rows, i)), error))
      return FALSE;
  return TRUE;
}

/**
 * tov_meeting_editor_delete:
 * @n_unlinked: (out) (optional): how many agreements made at the meeting
 *   stay in the plan without the link
 *
 * Deletes a meeting with its participants, mapping, scalings, interpreter
 * log and translations, and unlinks the agreements made at it, in one
 * transaction and one undo step.
 */
gboolean
tov_meeting_editor_delete (TovMeetingEditor *self,
                           const char       *meeting_id,
                           guint            *n_unlinked,
                           GError          **error)
{
  TovStore *store;
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(GPtrArray) owned = NULL;       /* the meeting's own rows, deleted in this order */
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) scalings = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);

  store = tov_plan_editor_get_store (tov_meeting_editor_get_plan_editor (self));
  if (!tov_meeting_editor_flush (self, error))
    return FALSE;
  meeting = tov_store_get (store, "meetings", meeting_id, error);
  if (meeting == NULL)
    return FALSE;

  owned = g_ptr_array_new_with_free_func (g_object_unref);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  scalings = g_ptr_array_new_with_free_func (g_object_unref);
  agreements = g_ptr_array_new_with_free_func (g_object_unref);
  if (!collect (store, items, "mapping_items", "meeting_id", meeting_id, error) ||
      !collect (store, scalings, "scalings", "meeting_id", meeting_id, error) ||
      !collect (store, agreements, "agreements", "meeting_id", meeting_id, error) ||
      /* texts first, then what refers to a participant, then the participants */
      !collect (store, owned, "translations", "source_id", meeting_id, error) ||
      !collect_translations (store, owned, items, error) ||
      !collect_translations (store, owned, scalings, error))
    return FALSE;
  for (guint i = 0; i < scalings->len; i++)
    g_ptr_array_add (owned, g_object_ref (g_ptr_array_index (scalings, i)));
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (owned, g_object_ref (g_ptr_array_index (items, i)));
  if (!collect (store, owned, "interpreter_logs", "meeting_id", meeting_id, error) ||
      !collect (store, owned, "meeting_participants", "meeting_id", meeting_id, error))
    return FALSE;

  if (!tov_store_begin (store, error))
    return FALSE;
  steps = tov_undo_steps_new ();
  for (guint i = 0; i < owned->len && local_error == NULL; i++)
    {
      TovRecord *row = g_ptr_array_index (owned, i);

      if (tov_store_delete (store, tov_record_get_table (row)->name, tov_record_get_id (row), &local_error))
        tov_undo_steps_add (steps, row, NULL);
    }
  for (guint i = 0; i < agreements->len && local_error == NULL; i++)
    {
      TovRecord *agreement = g_ptr_array_index (agreements, i);
      g_autoptr(TovRecord) unlinked = tov_record_copy (agreement);

      tov_record_set (unlinked, "meeting_id", NULL);
      if (tov_store_update (store, unlinked, NULL, &local_error))
        tov_undo_steps_add (steps, agreement, unlinked);
    }
  if (local_error == NULL && tov_store_delete (store, "meetings", meeting_id, &local_error))
    tov_undo_steps_add (steps, meeting, NULL);
  if (local_error != NULL || !tov_store_commit (store, &local_error))
    {
      tov_store_rollback (store);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  /* undone in reverse: the meeting first, its agreements linked again, then
   * its participants, mapping, scalings and texts */
  tov_undo_stack_push (tov_plan_editor_get_undo_stack (tov_meeting_editor_get_plan_editor (self)),
                       TOV_UNDO_DELETE, steps);
  if (n_unlinked != NULL)
    *n_unlinked = agreements->len;
  return TRUE;
}
