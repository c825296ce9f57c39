/* tov-plan-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-plan-editor.h"

/*
 * The edits of the masterplan editor as commands over store writes: each
 * writes at once (autosave) and pushes its (before, after) rows on the undo
 * stack, which hands them back here to undo or redo in one transaction.
 * Text edits, moves, adds and deletes; a deleted item takes its translations
 * with it and brings them back when undone.
 */

struct _TovPlanEditor
{
  GObject       parent_instance;
  TovStore     *store;
  TovUndoStack *undo;
};

G_DEFINE_FINAL_TYPE (TovPlanEditor, tov_plan_editor, G_TYPE_OBJECT)

/* Writes @target over @current: insert, update or delete. */
static gboolean
write_step (TovStore  *store,
            TovRecord *current,
            TovRecord *target,
            GError   **error)
{
  g_autoptr(TovRecord) copy = NULL;

  if (target == NULL)
    return tov_store_delete (store, tov_record_get_table (current)->name,
                             tov_record_get_id (current), error);
  copy = tov_record_copy (target);
  tov_record_set (copy, "updated_at", NULL);
  if (current == NULL)
    return tov_store_insert (store, copy, NULL, error);
  tov_record_set (copy, "created_at", NULL);
  return tov_store_update (store, copy, NULL, error);
}

static gboolean
apply_steps (gpointer   user_data,
             GPtrArray *steps,
             gboolean   undo,
             GError   **error)
{
  TovPlanEditor *self = user_data;
  GError *local_error = NULL;

  if (!tov_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < steps->len && local_error == NULL; i++)
    {
      TovUndoStep *step = g_ptr_array_index (steps, undo ? steps->len - 1 - i : i);

      if (undo)
        write_step (self->store, step->after, step->before, &local_error);
      else
        write_step (self->store, step->before, step->after, &local_error);
    }
  if (local_error == NULL && tov_store_commit (self->store, &local_error))
    return TRUE;
  tov_store_rollback (self->store);
  g_propagate_error (error, local_error);
  return FALSE;
}

static void
tov_plan_editor_dispose (GObject *object)
{
  TovPlanEditor *self = TOV_PLAN_EDITOR (object);

  g_clear_object (&self->undo);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_plan_editor_parent_class)->dispose (object);
}

static void
tov_plan_editor_class_init (TovPlanEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tov_plan_editor_dispose;
}

static void
tov_plan_editor_init (TovPlanEditor *self)
{
  self->undo = tov_undo_stack_new (apply_steps, self);
}

TovPlanEditor *
tov_plan_editor_new (TovStore *store)
{
  TovPlanEditor *self;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  self = g_object_new (TOV_TYPE_PLAN_EDITOR, NULL);
  self->store = g_object_ref (store);
  return self;
}

TovStore *
tov_plan_editor_get_store (TovPlanEditor *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), NULL);
  return self->store;
}

TovUndoStack *
tov_plan_editor_get_undo_stack (TovPlanEditor *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), NULL);
  return self->undo;
}

/**
 * tov_plan_editor_add_item:
 *
 * Adds an item at the end of its section of @version_id.
 *
 * Returns: (transfer full): the new item, or %NULL with @error set.
 */
TovRecord *
tov_plan_editor_add_item (TovPlanEditor *self,
                          const char    *version_id,
                          const char    *kind,
                          const char    *text,
                          const char   **column,
                          GError       **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(TovRecord) item = NULL;
  gint64 position = 0;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), NULL);

  items = tov_store_list (self->store, "plan_items", "version_id", version_id, error);
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *other = g_ptr_array_index (items, i);

      if (g_strcmp0 (tov_record_get (other, "kind"), kind) == 0)
        position = MAX (position, tov_record_get_int (other, "position", 0) + 1);
    }
  item = tov_record_new ("plan_items");
  tov_record_set (item, "version_id", version_id);
  tov_record_set (item, "kind", kind);
  tov_record_set (item, "text", text);
  tov_record_set_int (item, "position", position);
  if (!tov_store_insert (self->store, item, column, error))
    return NULL;
  tov_undo_stack_push_one (self->undo, TOV_UNDO_ADD, NULL, item);
  return g_steal_pointer (&item);
}

/**
 * tov_plan_editor_set:
 * @value: (nullable): the new value, %NULL to clear it
 *
 * Sets one field of a row and writes it. Typing in a text merges into one
 * undo step until tov_undo_stack_seal().
 */
gboolean
tov_plan_editor_set (TovPlanEditor *self,
                     const char    *table,
                     const char    *id,
                     const char    *column_name,
                     const char    *value,
                     const char   **column,
                     GError       **error)
{
  g_autoptr(TovRecord) before = NULL;
  g_autoptr(TovRecord) after = NULL;
  const TovColumnInfo *info;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  before = tov_store_get (self->store, table, id, error);
  if (before == NULL)
    return FALSE;
  if (g_strcmp0 (tov_record_get (before, column_name), value) == 0)
    return TRUE;
  after = tov_record_copy (before);
  tov_record_set (after, column_name, value);
  if (!tov_store_update (self->store, after, column, error))
    return FALSE;
  info = tov_table_lookup_column (tov_record_get_table (before), column_name);
  tov_undo_stack_push_one (self->undo,
                           info != NULL && info->type == TOV_COLUMN_TEXT ? TOV_UNDO_TEXT : TOV_UNDO_EDIT,
                           before, after);
  return TRUE;
}

gboolean
tov_plan_editor_delete_item (TovPlanEditor *self,
                             const char    *item_id,
                             GError       **error)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  item = tov_store_get (self->store, "plan_items", item_id, error);
  if (item == NULL)
    return FALSE;
  translations = tov_store_list (self->store, "translations", "source_id", item_id, error);
  if (translations == NULL)
    return FALSE;
  if (!tov_store_delete (self->store, "plan_items", item_id, error))
    return FALSE;
  /* undone in reverse: the item comes back first, then its translations */
  steps = tov_undo_steps_new ();
  for (guint i = 0; i < translations->len; i++)
    tov_undo_steps_add (steps, g_ptr_array_index (translations, i), NULL);
  tov_undo_steps_add (steps, item, NULL);
  tov_undo_stack_push (self->undo, TOV_UNDO_DELETE, steps);
  return TRUE;
}

/**
 * tov_plan_editor_move_item:
 * @delta: -1 to move up a place in its section, 1 down
 *
 * Swaps the item with its neighbour in its section; at either end nothing
 * moves and %TRUE is returned.
 */
gboolean
tov_plan_editor_move_item (TovPlanEditor *self,
                           const char    *item_id,
                           int            delta,
                           GError       **error)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) section = g_ptr_array_new ();
  g_autoptr(GPtrArray) steps = NULL;
  TovRecord *other;
  int index = -1;
  GError *local_error = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  item = tov_store_get (self->store, "plan_items", item_id, error);
  if (item == NULL)
    return FALSE;
  items = tov_store_list (self->store, "plan_items", "version_id", tov_record_get (item, "version_id"), error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *r = g_ptr_array_index (items, i);

      if (g_strcmp0 (tov_record_get (r, "kind"), tov_record_get (item, "kind")) != 0)
        continue;
      if (g_str_equal (tov_record_get_id (r), item_id))
        index = section->len;
      g_ptr_array_add (section, r);
    }
  if (index < 0 || index + delta < 0 || index + delta >= (int) section->len)
    return TRUE;

  /* renumber the section 0..n-1 with the two swapped, writing only what changes */
  other = g_ptr_array_index (section, index + delta);
  section->pdata[index + delta] = g_ptr_array_index (section, index);
  section->pdata[index] = other;
  steps = tov_undo_steps_new ();
  if (!tov_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < section->len && local_error == NULL; i++)
    {
      TovRecord *r = g_ptr_array_index (section, i);
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
  tov_undo_stack_push (self->undo, TOV_UNDO_MOVE, steps);
  return TRUE;
}

/**
 * tov_plan_editor_set_translation:
 * @text: (nullable): the translation; %NULL or empty removes it
 *
 * Sets the translation of an item's text into @language.
 */
gboolean
tov_plan_editor_set_translation (TovPlanEditor *self,
                                 const char    *family_id,
                                 const char    *item_id,
                                 const char    *language,
                                 const char    *text,
                                 const char   **column,
                                 GError       **error)
{
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(TovRecord) translation = NULL;
  TovRecord *existing = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  translations = tov_store_list (self->store, "translations", "source_id", item_id, error);
  if (translations == NULL)
    return FALSE;
  for (guint i = 0; i < translations->len; i++)
    {
      TovRecord *t = g_ptr_array_index (translations, i);

      if (g_strcmp0 (tov_record_get (t, "field"), "text") == 0 &&
          g_strcmp0 (tov_record_get (t, "language"), language) == 0)
        existing = t;
    }
  if (text == NULL || *text == '\0')
    {
      if (existing == NULL)
        return TRUE;
      if (!tov_store_delete (self->store, "translations", tov_record_get_id (existing), error))
        return FALSE;
      tov_undo_stack_push_one (self->undo, TOV_UNDO_DELETE, existing, NULL);
      return TRUE;
    }
  if (existing != NULL)
    return tov_plan_editor_set (self, "translations", tov_record_get_id (existing), "text", text,
                                column, error);

  translation = tov_record_new ("translations");
  tov_record_set (translation, "family_id", family_id);
  tov_record_set (translation, "source_table", "plan_items");
  tov_record_set (translation, "source_id", item_id);
  tov_record_set (translation, "field", "text");
  tov_record_set (translation, "language", language);
  tov_record_set (translation, "text", text);
  if (!tov_store_insert (self->store, translation, column, error))
    return FALSE;
  tov_undo_stack_push_one (self->undo, TOV_UNDO_ADD, NULL, translation);
  return TRUE;
}

gboolean
tov_plan_editor_undo (TovPlanEditor *self,
                      GError       **error)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  return tov_undo_stack_undo (self->undo, error);
}

gboolean
tov_plan_editor_redo (TovPlanEditor *self,
                      GError       **error)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  return tov_undo_stack_redo (self->undo, error);
}
