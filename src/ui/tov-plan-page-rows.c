/* tov-plan-page-rows.c: what the plan's item rows report, written through the plan editor
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-plan-items.h"
#include "tov-plan-page-private.h"

/*
 * Typing (texts, legal basis, plan reference) is handed to the editor to
 * write after a pause and kept in the page's copy of the item at once;
 * every other field, moves, drops and deletes are written at once.
 */

/* Row signals: write through the editor. */

static void
on_row_edited_cb (TovPlanItemRow *row,
                  const char     *column,
                  const char     *value,
                  TovPlanPage    *self)
{
  TovRecord *item = tov_plan_item_row_get_item (row);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) fresh = NULL;
  gboolean typed = g_str_equal (column, "text") || g_str_equal (column, "legal_basis") ||
                   g_str_equal (column, "statutory_ref");

  if (item == NULL || self->frozen)
    return;
  if (typed)
    {
      /* written after a pause; the page's copy follows at once */
      tov_plan_editor_set_later (self->editor, "plan_items", tov_record_get_id (item), column, value);
      fresh = tov_record_copy (item);
      tov_record_set (fresh, column, value != NULL && *value != '\0' ? value : NULL);
      tov_plan_page_replace_item (self, fresh);
      tov_plan_item_row_set_item (row, fresh);
      return;
    }
  self->writing = TRUE;
  if (!tov_plan_editor_set (self->editor, "plan_items", tov_record_get_id (item), column,
                            value != NULL && *value != '\0' ? value : NULL, NULL, &error))
    tov_plan_page_toast_error (self, error);
  self->writing = FALSE;
  fresh = tov_store_get (self->store, "plan_items", tov_record_get_id (item), NULL);
  if (fresh == NULL)
    return;
  tov_plan_page_replace_item (self, fresh);
  tov_plan_page_bind_item_row (self, row, fresh);
  if (g_str_equal (column, "internal") || g_str_equal (column, "person_id"))
    tov_plan_page_update_translation_label (self);
}

static void
on_row_translated_cb (TovPlanItemRow *row,
                      const char     *language,
                      const char     *text,
                      TovPlanPage    *self)
{
  TovRecord *item = tov_plan_item_row_get_item (row);

  if (item == NULL || self->frozen)
    return;
  tov_plan_editor_set_translation_later (self->editor, self->family_id, tov_record_get_id (item),
                                         language, text);
}

static void
move_to (TovPlanPage *self,
         const char  *item_id,
         gboolean     by_delta,
         int          where)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (item_id);
  gboolean ok;

  self->writing = TRUE;
  ok = by_delta ? tov_plan_editor_move_item (self->editor, id, where, &error)
                : tov_plan_editor_move_item_to (self->editor, id, where, &error);
  self->writing = FALSE;
  if (!ok)
    tov_plan_page_toast_error (self, error);
  tov_plan_page_refresh (self);
  tov_plan_page_focus_item (self, id);
}

static void
on_row_move_cb (TovPlanItemRow *row,
                int             delta,
                TovPlanPage    *self)
{
  if (tov_plan_item_row_get_item (row) != NULL && !self->frozen)
    move_to (self, tov_record_get_id (tov_plan_item_row_get_item (row)), TRUE, delta);
}

/* Dragging: the dropped item takes the place of the one it was dropped on. */
static void
on_row_drop_item_cb (TovPlanItemRow *row,
                     const char     *item_id,
                     TovPlanPage    *self)
{
  TovRecord *target = tov_plan_item_row_get_item (row);
  TovRecord *moving = NULL;
  g_autoptr(GPtrArray) section = NULL;

  if (target == NULL || self->frozen)
    return;
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (self->items, i)), item_id))
      moving = g_ptr_array_index (self->items, i);
  /* only within a section: a worry does not become a goal by dragging */
  if (moving == NULL || g_strcmp0 (tov_record_get (moving, "kind"), tov_record_get (target, "kind")) != 0)
    return;
  section = tov_plan_items_in_section (self->items, tov_record_get (target, "kind"));
  for (guint i = 0; i < section->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (section, i)), tov_record_get_id (target)))
      {
        move_to (self, item_id, FALSE, i);
        return;
      }
}

static void
on_row_delete_cb (TovPlanItemRow *row,
                  TovPlanPage    *self)
{
  g_autoptr(GError) error = NULL;
  TovRecord *item = tov_plan_item_row_get_item (row);

  if (item == NULL || self->frozen)
    return;
  self->writing = TRUE;
  if (!tov_plan_editor_delete_item (self->editor, tov_record_get_id (item), &error))
    tov_plan_page_toast_error (self, error);
  else
    {
      AdwToast *toast = adw_toast_new (_("Item deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "plan.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  self->writing = FALSE;
  tov_plan_page_refresh (self);
}

static void
on_row_done_typing_cb (TovPlanItemRow *row,
                       TovPlanPage    *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_plan_editor_flush (self->editor, &error))
    tov_plan_page_toast_error (self, error);
  /* the cursor moving into a new item is not the end of adding it */
  if (!self->adding)
    tov_undo_stack_seal (tov_plan_editor_get_undo_stack (self->editor));
}

/* Connects a row the list has made, once: it reports on whichever item it shows. */
void
tov_plan_page_connect_row (TovPlanPage    *self,
                           TovPlanItemRow *row)
{
  g_signal_connect (row, "edited", G_CALLBACK (on_row_edited_cb), self);
  g_signal_connect (row, "translated", G_CALLBACK (on_row_translated_cb), self);
  g_signal_connect (row, "move", G_CALLBACK (on_row_move_cb), self);
  g_signal_connect (row, "drop-item", G_CALLBACK (on_row_drop_item_cb), self);
  g_signal_connect (row, "delete", G_CALLBACK (on_row_delete_cb), self);
  g_signal_connect (row, "done-typing", G_CALLBACK (on_row_done_typing_cb), self);
}
