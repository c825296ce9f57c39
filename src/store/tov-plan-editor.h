/* tov-plan-editor.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-store.h"
#include "tov-undo-stack.h"

G_BEGIN_DECLS

#define TOV_TYPE_PLAN_EDITOR (tov_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanEditor, tov_plan_editor, TOV, PLAN_EDITOR, GObject)

TovPlanEditor *tov_plan_editor_new             (TovStore      *store);
TovStore      *tov_plan_editor_get_store       (TovPlanEditor *self);
TovUndoStack  *tov_plan_editor_get_undo_stack  (TovPlanEditor *self);

TovRecord     *tov_plan_editor_add_item        (TovPlanEditor *self,
                                                const char    *version_id,
                                                const char    *kind,
                                                const char    *text,
                                                const char   **column,
                                                GError       **error);
gboolean       tov_plan_editor_set             (TovPlanEditor *self,
                                                const char    *table,
                                                const char    *id,
                                                const char    *column_name,
                                                const char    *value,
                                                const char   **column,
                                                GError       **error);
gboolean       tov_plan_editor_delete_item     (TovPlanEditor *self,
                                                const char    *item_id,
                                                GError       **error);
gboolean       tov_plan_editor_move_item       (TovPlanEditor *self,
                                                const char    *item_id,
                                                int            delta,
                                                GError       **error);
gboolean       tov_plan_editor_set_translation (TovPlanEditor *self,
                                                const char    *family_id,
                                                const char    *item_id,
                                                const char    *language,
                                                const char    *text,
                                                const char   **column,
                                                GError       **error);
gboolean       tov_plan_editor_move_item_to    (TovPlanEditor *self,
                                                const char    *item_id,
                                                guint          index,
                                                GError       **error);
void           tov_plan_editor_set_later       (TovPlanEditor *self,
                                                const char    *table,
                                                const char    *id,
                                                const char    *column_name,
                                                const char    *value);
void           tov_plan_editor_set_translation_later (TovPlanEditor *self,
                                                const char    *family_id,
                                                const char    *item_id,
                                                const char    *language,
                                                const char    *text);
gboolean       tov_plan_editor_flush           (TovPlanEditor *self,
                                                GError       **error);
gboolean       tov_plan_editor_get_pending     (TovPlanEditor *self);
gboolean       tov_plan_editor_is_writing      (TovPlanEditor *self);
void           tov_plan_editor_set_save_delay  (TovPlanEditor *self,
                                                guint          delay_ms,
                                                guint          max_delay_ms);
gboolean       tov_plan_editor_undo            (TovPlanEditor *self,
                                                GError       **error);
gboolean       tov_plan_editor_redo            (TovPlanEditor *self,
                                                GError       **error);

G_END_DECLS
