/* tov-meeting-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-meeting-editor.h"
#include "tov-store-plan.h"
#include "tov-store-private.h"

/*
 * The edits of a network meeting: its fields, who is invited, the mapping
 * in its columns, each participant's scaling and the interpreter log. Each
 * writes at once (autosave) and goes on the undo stack of a TovPlanEditor,
 * whose undo writes any table's rows back: one undo machinery for the plan
 * and the meetings. Typing is written later (tov-meeting-editor-texts.c):
 * every other edit first writes what typing left waiting, so the undo
 * stack keeps the order things were done in. Deleting a meeting is in
 * tov-meeting-editor-delete.c.
 */

struct _TovMeetingEditor
{
  GObject        parent_instance;
  TovStore      *store;
  TovPlanEditor *plan_editor;
};

G_DEFINE_FINAL_TYPE (TovMeetingEditor, tov_meeting_editor, G_TYPE_OBJECT)

/* ?1 family, ?2 date: the family's members, then the actors it invites */
static const char invitees_sql[] =
  "SELECT p.id, NULL, p.given_name || coalesce (' ' || p.family_name, ''), p.household_role, 0"
  " FROM persons p WHERE p.family_id = ?1"
  " UNION ALL"
  " SELECT NULL, a.id, a.name, coalesce (a.role || ', ', '') || coalesce (a.organisation, ''), 1"
  " FROM engagements e JOIN actors a ON a.id = e.actor_id"
  " WHERE e.family_id = ?1 AND e.invited = 1 AND e.from_date <= ?2"
  " AND (e.to_date IS NULL OR e.to_date >= ?2)"
  " GROUP BY a.id"
  " ORDER BY 5, 3";

/* ?1 family: every scaling of every meeting, oldest meeting first */
static const char history_sql[] =
  "SELECT m.id, m.held_on, coalesce (mp.person_id, mp.actor_id),"
  " coalesce (p.given_name, a.name), s.value"
  " FROM meetings m JOIN scalings s ON s.meeting_id = m.id"
  " JOIN meeting_participants mp ON mp.id = s.participant_id"
  " LEFT JOIN persons p ON p.id = mp.person_id LEFT JOIN actors a ON a.id = mp.actor_id"
  " WHERE m.family_id = ?1"
  " ORDER BY m.held_on, m.start_time, m.id, s.created_at";

void
tov_invitee_free (TovInvitee *invitee)
{
  if (invitee == NULL)
    return;
  g_free (invitee->person_id);
  g_free (invitee->actor_id);
  g_free (invitee->name);
  g_free (invitee->detail);
  g_free (invitee);
}

void
tov_scaling_point_free (TovScalingPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->meeting_id);
  g_free (point->held_on);
  g_free (point->who);
  g_free (point->name);
  g_free (point);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

static void
tov_meeting_editor_dispose (GObject *object)
{
  TovMeetingEditor *self = TOV_MEETING_EDITOR (object);

  g_clear_object (&self->plan_editor);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_meeting_editor_parent_class)->dispose (object);
}

static void
tov_meeting_editor_class_init (TovMeetingEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tov_meeting_editor_dispose;
}

static void
tov_meeting_editor_init (TovMeetingEditor *self)
{
}

TovMeetingEditor *
tov_meeting_editor_new (TovStore *store)
{
  TovMeetingEditor *self;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  self = g_object_new (TOV_TYPE_MEETING_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->plan_editor = tov_plan_editor_new (store);
  return self;
}

/**
 * tov_meeting_editor_get_plan_editor:
 *
 * Returns: (transfer none): the plan editor whose undo stack this editor shares
 */
TovPlanEditor *
tov_meeting_editor_get_plan_editor (TovMeetingEditor *self)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);
  return self->plan_editor;
}

static TovUndoStack *
undo_stack (TovMeetingEditor *self)
{
  return tov_plan_editor_get_undo_stack (self->plan_editor);
}

/**
 * tov_meeting_editor_invitees:
 * @date: (nullable): the meeting's date: actors engaged with the family then;
 *   %NULL for today
 *
 * Returns: (transfer full) (element-type TovInvitee): the family's members
 *   (eldest first as the store lists them), then the actors the family has
 *   marked as invited to network meetings, by name.
 */
GPtrArray *
tov_meeting_editor_invitees (TovMeetingEditor *self,
                             const char       *family_id,
                             const char       *date,
                             GError          **error)
{
  g_autoptr(GPtrArray) invitees = NULL;
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);

  if (date == NULL)
    date = today = tov_date_today ();
  stmt = tov_store_prepare (self->store, invitees_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, family_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  invitees = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_invitee_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TovInvitee *invitee = g_new0 (TovInvitee, 1);

      invitee->person_id = column_text (stmt, 0);
      invitee->actor_id = column_text (stmt, 1);
      invitee->name = column_text (stmt, 2);
      invitee->detail = column_text (stmt, 3);
      g_ptr_array_add (invitees, invitee);
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&invitees);
}

/**
 * tov_meeting_editor_scaling_history:
 *
 * Returns: (transfer full) (element-type TovScalingPoint): every scaling
 *   given at the family's meetings, oldest meeting first.
 */
GPtrArray *
tov_meeting_editor_scaling_history (TovMeetingEditor *self,
                                    const char       *family_id,
                                    GError          **error)
{
  g_autoptr(GPtrArray) points = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  stmt = tov_store_prepare (self->store, history_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, family_id, -1, SQLITE_TRANSIENT);
  points = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_scaling_point_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TovScalingPoint *point = g_new0 (TovScalingPoint, 1);

      point->meeting_id = column_text (stmt, 0);
      point->held_on = column_text (stmt, 1);
      point->who = column_text (stmt, 2);
      point->name = column_text (stmt, 3);
      point->value = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (points, point);
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self->store, error);
      return NULL;
    }
  return g_steal_pointer (&points);
}

/**
 * tov_meeting_editor_find_participant:
 *
 * Returns: (transfer full) (nullable): the meeting's participant row for the
 *   person or actor, %NULL with no error when they are not invited
 */
TovRecord *
tov_meeting_editor_find_participant (TovMeetingEditor *self,
                                     const char       *meeting_id,
                                     const char       *person_id,
                                     const char       *actor_id,
                                     GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  rows = tov_store_list (self->store, "meeting_participants", "meeting_id", meeting_id, error);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      TovRecord *row = g_ptr_array_index (rows, i);

      if ((person_id != NULL && g_strcmp0 (tov_record_get (row, "person_id"), person_id) == 0) ||
          (actor_id != NULL && g_strcmp0 (tov_record_get (row, "actor_id"), actor_id) == 0))
        return g_object_ref (row);
    }
  return NULL;
}

/**
 * tov_meeting_editor_create:
 * @held_on: (nullable): the date, today when %NULL
 * @kind: (nullable): the kind of meeting, "network" when %NULL
 *
 * Returns: (transfer full): the new meeting, or %NULL with @error set
 */
TovRecord *
tov_meeting_editor_create (TovMeetingEditor *self,
                           const char       *family_id,
                           const char       *held_on,
                           const char       *kind,
                           const char      **column,
                           GError          **error)
{
  g_autoptr(TovRecord) meeting = tov_record_new ("meetings");
  g_autofree char *today = tov_date_today ();

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return NULL;

  tov_record_set (meeting, "family_id", family_id);
  tov_record_set (meeting, "held_on", held_on != NULL ? held_on : today);
  tov_record_set (meeting, "kind", kind != NULL ? kind : "network");
  if (!tov_store_insert (self->store, meeting, column, error))
    return NULL;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_ADD, NULL, meeting);
  return g_steal_pointer (&meeting);
}

/**
 * tov_meeting_editor_set:
 * @value: (nullable): the new value, %NULL to clear it
 *
 * Sets one field of a meeting's row (the meeting, a mapping item, a
 * scaling's note...) and writes it, on the shared undo stack.
 */
gboolean
tov_meeting_editor_set (TovMeetingEditor *self,
                        const char       *table,
                        const char       *id,
                        const char       *column_name,
                        const char       *value,
                        const char      **column,
                        GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  return tov_plan_editor_set (self->plan_editor, table, id, column_name, value, column, error);
}

/**
 * tov_meeting_editor_set_invited:
 *
 * Invites a family member or an actor to the meeting, or takes them off
 * it (with their scaling), in one undoable step.
 */
gboolean
tov_meeting_editor_set_invited (TovMeetingEditor *self,
                                const char       *meeting_id,
                                const char       *person_id,
                                const char       *actor_id,
                                gboolean          invited,
                                GError          **error)
{
  g_autoptr(TovRecord) existing = NULL;
  g_autoptr(GPtrArray) scalings = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail ((person_id == NULL) != (actor_id == NULL), FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  existing = tov_meeting_editor_find_participant (self, meeting_id, person_id, actor_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if ((existing != NULL) == !!invited)
    return TRUE;

  if (invited)
    {
      g_autoptr(TovRecord) row = tov_record_new ("meeting_participants");

      tov_record_set (row, "meeting_id", meeting_id);
      tov_record_set (row, "person_id", person_id);
      tov_record_set (row, "actor_id", actor_id);
      tov_record_set_boolean (row, "present", TRUE);
      if (!tov_store_insert (self->store, row, NULL, error))
        return FALSE;
      tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_ADD, NULL, row);
      return TRUE;
    }

  scalings = tov_store_list (self->store, "scalings", "participant_id", tov_record_get_id (existing), error);
  if (scalings == NULL || !tov_store_begin (self->store, error))
    return FALSE;
  steps = tov_undo_steps_new ();
  for (guint i = 0; i < scalings->len && local_error == NULL; i++)
    {
      TovRecord *s = g_ptr_array_index (scalings, i);

      if (tov_store_delete (self->store, "scalings", tov_record_get_id (s), &local_error))
        tov_undo_steps_add (steps, s, NULL);
    }
  if (local_error == NULL &&
      tov_store_delete (self->store, "meeting_participants", tov_record_get_id (existing), &local_error))
    tov_undo_steps_add (steps, existing, NULL);
  if (local_error != NULL || !tov_store_commit (self->store, &local_error))
    {
      tov_store_rollback (self->store);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  /* undone in reverse: the participant comes back before its scaling */
  tov_undo_stack_push (undo_stack (self), TOV_UNDO_DELETE, steps);
  return TRUE;
}

static GPtrArray *
list_column (TovMeetingEditor *self,
             const char       *meeting_id,
             const char       *category,
             GError          **error)
{
  g_autoptr(GPtrArray) items = tov_store_list (self->store, "mapping_items", "meeting_id", meeting_id, error);
  GPtrArray *column;

  if (items == NULL)
    return NULL;
  column = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (tov_record_get (g_ptr_array_index (items, i), "category"), category) == 0)
      g_ptr_array_add (column, g_object_ref (g_ptr_array_index (items, i)));
  return column;
}

/**
 * tov_meeting_editor_add_item:
 * @category: the mapping's column: "worry", "working_well", "next_step",
 *   "danger_statement" or "safety_goal"
 *
 * Adds an item at the end of its column.
 *
 * Returns: (transfer full): the new item, or %NULL with @error set
 */
TovRecord *
tov_meeting_editor_add_item (TovMeetingEditor *self,
                             const char       *meeting_id,
                             const char       *category,
                             const char       *text,
                             const char      **column,
                             GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(TovRecord) item = NULL;
  gint64 position = 0;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return NULL;

  items = list_column (self, meeting_id, category, error);
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    position = MAX (position, tov_record_get_int (g_ptr_array_index (items, i), "position", 0) + 1);
  item = tov_record_new ("mapping_items");
  tov_record_set (item, "meeting_id", meeting_id);
  tov_record_set (item, "category", category);
  tov_record_set (item, "text", text);
  tov_record_set_int (item, "position", position);
  if (!tov_store_insert (self->store, item, column, error))
    return NULL;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_ADD, NULL, item);
  return g_steal_pointer (&item);
}

gboolean
tov_meeting_editor_delete_item (TovMeetingEditor *self,
                                const char       *item_id,
                                GError          **error)
{
  g_autoptr(TovRecord) item = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  item = tov_store_get (self->store, "mapping_items", item_id, error);
  if (item == NULL || !tov_store_delete (self->store, "mapping_items", item_id, error))
    return FALSE;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_DELETE, item, NULL);
  return TRUE;
}

/**
 * tov_meeting_editor_move_item:
 * @delta: -1 to move up a place in its column, 1 down
 *
 * Swaps the item with its neighbour in its column; at either end nothing
 * moves and %TRUE is returned.
 */
gboolean
tov_meeting_editor_move_item (TovMeetingEditor *self,
                              const char       *item_id,
                              int               delta,
                              GError          **error)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  GError *local_error = NULL;
  gpointer other;
  int index = -1;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  item = tov_store_get (self->store, "mapping_items", item_id, error);
  if (item == NULL)
    return FALSE;
  items = list_column (self, tov_record_get (item, "meeting_id"), tov_record_get (item, "category"), error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (items, i)), item_id))
      index = i;
  if (index < 0 || index + delta < 0 || index + delta >= (int) items->len)
    return TRUE;

  other = items->pdata[index + delta];
  items->pdata[index + delta] = items->pdata[index];
  items->pdata[index] = other;
  steps = tov_undo_steps_new ();
  if (!tov_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < items->len && local_error == NULL; i++)
    {
      TovRecord *r = g_ptr_array_index (items, i);
      g_autoptr(TovRecord) moved = NULL;

      if (tov_record_get_int (r, "position", -1) == (gint64) i)
        continue;
      moved = tov_record_copy (r);
      tov_record_set_int (moved, "position", i);
      if (tov_store_update (self->store, moved, NULL, &local_error))
        tov_undo_steps_add (steps, r, moved);
    }
  if (local_error != NULL || !tov_store_commit (self->store, &local_error))
    {
      tov_store_rollback (self->store);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  tov_undo_stack_push (undo_stack (self), TOV_UNDO_MOVE, steps);
  return TRUE;
}

/**
 * tov_meeting_editor_set_scaling:
 * @value: 0 to 10, or -1 to take the participant's scaling away
 *
 * Sets where the participant places the situation on the 0-10 scale. A
 * value outside 0-10 is refused by the model with a message.
 */
gboolean
tov_meeting_editor_set_scaling (TovMeetingEditor *self,
                                const char       *participant_id,
                                int               value,
                                const char      **column,
                                GError          **error)
{
  g_autoptr(TovRecord) participant = NULL;
  g_autoptr(GPtrArray) scalings = NULL;
  g_autoptr(TovRecord) scaling = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  participant = tov_store_get (self->store, "meeting_participants", participant_id, error);
  if (participant == NULL)
    return FALSE;
  scalings = tov_store_list (self->store, "scalings", "participant_id", participant_id, error);
  if (scalings == NULL)
    return FALSE;
  if (scalings->len > 0)
    {
      TovRecord *existing = g_ptr_array_index (scalings, 0);

      if (value == -1)
        {
          if (!tov_store_delete (self->store, "scalings", tov_record_get_id (existing), error))
            return FALSE;
          tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_DELETE, existing, NULL);
          return TRUE;
        }
      text = g_strdup_printf ("%d", value);
      return tov_plan_editor_set (self->plan_editor, "scalings", tov_record_get_id (existing),
                                  "value", text, column, error);
    }
  if (value == -1)
    return TRUE;
  scaling = tov_record_new ("scalings");
  tov_record_set (scaling, "meeting_id", tov_record_get (participant, "meeting_id"));
  tov_record_set (scaling, "participant_id", participant_id);
  tov_record_set_int (scaling, "value", value);
  if (!tov_store_insert (self->store, scaling, column, error))
    return FALSE;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_ADD, NULL, scaling);
  return TRUE;
}

/**
 * tov_meeting_editor_get_interpreter_log:
 *
 * Returns: (transfer full) (nullable): the meeting's interpreter log, %NULL
 *   with no error when there is none
 */
TovRecord *
tov_meeting_editor_get_interpreter_log (TovMeetingEditor *self,
                                        const char       *meeting_id,
                                        GError          **error)
{
  g_autoptr(GPtrArray) logs = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  logs = tov_store_list (self->store, "interpreter_logs", "meeting_id", meeting_id, error);
  if (logs == NULL || logs->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (logs, 0));
}

/**
 * tov_meeting_editor_save_interpreter_log:
 * @log: an interpreter_logs row; its family and meeting are filled in
 *
 * Writes the meeting's interpreter log, over the one it had.
 */
gboolean
tov_meeting_editor_save_interpreter_log (TovMeetingEditor *self,
                                         const char       *meeting_id,
                                         TovRecord        *log,
                                         const char      **column,
                                         GError          **error)
{
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(TovRecord) before = NULL;
  g_autoptr(TovRecord) after = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (TOV_IS_RECORD (log), FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  meeting = tov_store_get (self->store, "meetings", meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  before = tov_meeting_editor_get_interpreter_log (self, meeting_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  after = tov_record_copy (log);
  tov_record_set (after, "family_id", tov_record_get (meeting, "family_id"));
  tov_record_set (after, "meeting_id", meeting_id);
  tov_record_set (after, "version_id", NULL);
  if (before != NULL)
    {
      tov_record_set_id (after, tov_record_get_id (before));
      tov_record_set (after, "created_at", NULL);
      tov_record_set (after, "updated_at", NULL);
      if (tov_record_equal (before, after))
        return TRUE;
      if (!tov_store_update (self->store, after, column, error))
        return FALSE;
    }
  else if (!tov_store_insert (self->store, after, column, error))
    return FALSE;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_EDIT, before, after);
  return TRUE;
}

/**
 * tov_meeting_editor_review:
 *
 * Reviews an open agreement at a meeting (tov_store_plan_review_agreement ()),
 * on the undo stack.
 */
gboolean
tov_meeting_editor_review (TovMeetingEditor *self,
                           const char       *agreement_id,
                           const char       *status,
                           const char       *due_on,
                           const char       *note,
                           const char      **column,
                           GError          **error)
{
  g_autoptr(TovRecord) before = NULL;
  g_autoptr(TovRecord) after = NULL;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return FALSE;

  before = tov_store_get (self->store, "agreements", agreement_id, error);
  if (before == NULL ||
      !tov_store_plan_review_agreement (self->store, agreement_id, status, due_on, note, column, error))
    return FALSE;
  after = tov_store_get (self->store, "agreements", agreement_id, error);
  if (after == NULL)
    return FALSE;
  tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_EDIT, before, after);
  return TRUE;
}

/**
 * tov_meeting_editor_decide:
 *
 * A decision of the meeting becomes an agreement in the plan's current
 * draft, linked to the meeting (tov_store_plan_decide ()), on the undo stack.
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set
 */
TovRecord *
tov_meeting_editor_decide (TovMeetingEditor *self,
                           const char       *meeting_id,
                           const char       *what,
                           const char       *actor_id,
                           const char       *person_id,
                           const char       *due_on,
                           const char      **column,
                           GError          **error)
{
  TovRecord *agreement;

  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), NULL);

  if (!tov_plan_editor_flush (self->plan_editor, error))
    return NULL;

  agreement = tov_store_plan_decide (self->store, meeting_id, what, actor_id, person_id, due_on,
                                     column, error);
  if (agreement != NULL)
    tov_undo_stack_push_one (undo_stack (self), TOV_UNDO_ADD, NULL, agreement);
  return agreement;
}

gboolean
tov_meeting_editor_undo (TovMeetingEditor *self,
                         GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  return tov_plan_editor_undo (self->plan_editor, error);
}

gboolean
tov_meeting_editor_redo (TovMeetingEditor *self,
                         GError          **error)
{
  g_return_val_if_fail (TOV_IS_MEETING_EDITOR (self), FALSE);
  return tov_plan_editor_redo (self->plan_editor, error);
}
