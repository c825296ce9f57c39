/* tov-undo-stack.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-record.h"

G_BEGIN_DECLS

typedef enum
{
  TOV_UNDO_TEXT,    /* typing in one text: successive edits merge until sealed */
  TOV_UNDO_EDIT,    /* any other change of fields */
  TOV_UNDO_MOVE,
  TOV_UNDO_ADD,
  TOV_UNDO_DELETE,
} TovUndoKind;

/* One row's change: @before NULL for an insert, @after NULL for a delete. */
typedef struct
{
  TovRecord *before;
  TovRecord *after;
} TovUndoStep;

/* Writes @steps (in order, before -> after), or undoes them (in reverse
 * order, after -> before), all or nothing. */
typedef gboolean (*TovUndoApplyFunc) (gpointer   user_data,
                                      GPtrArray *steps,
                                      gboolean   undo,
                                      GError   **error);

#define TOV_TYPE_UNDO_STACK (tov_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (TovUndoStack, tov_undo_stack, TOV, UNDO_STACK, GObject)

TovUndoStack *tov_undo_stack_new       (TovUndoApplyFunc  apply,
                                        gpointer          user_data);
void          tov_undo_stack_push      (TovUndoStack     *self,
                                        TovUndoKind       kind,
                                        GPtrArray        *steps);
void          tov_undo_stack_push_one  (TovUndoStack     *self,
                                        TovUndoKind       kind,
                                        TovRecord        *before,
                                        TovRecord        *after);
void          tov_undo_stack_seal      (TovUndoStack     *self);
void          tov_undo_stack_clear     (TovUndoStack     *self);
gboolean      tov_undo_stack_can_undo  (TovUndoStack     *self);
gboolean      tov_undo_stack_can_redo  (TovUndoStack     *self);
TovUndoKind   tov_undo_stack_peek_kind (TovUndoStack     *self,
                                        gboolean          redo);
gboolean      tov_undo_stack_undo      (TovUndoStack     *self,
                                        GError          **error);
gboolean      tov_undo_stack_redo      (TovUndoStack     *self,
                                        GError          **error);

GPtrArray    *tov_undo_steps_new       (void);
void          tov_undo_steps_add       (GPtrArray        *steps,
                                        TovRecord        *before,
                                        TovRecord        *after);

G_END_DECLS
