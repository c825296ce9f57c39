/* tov-undo-stack.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-undo-stack.h"

/*
 * Undo and redo over writes of rows: every command is a list of row
 * changes (before, after), which the stack hands back to its apply
 * function reversed to undo, as they were to redo. The stack knows nothing
 * of the store; TovPlanEditor gives it one.
 *
 * Typing merges: a text command on the same row as the one on top (an
 * edit of its text, or adding it) replaces its "after" and keeps its
 * "before", until the stack is sealed (the text
 * loses focus, another command comes) so one Ctrl+Z undoes a word or a
 * sentence, not a letter.
 */

typedef struct
{
  TovUndoKind  kind;
  GPtrArray   *steps;
} Command;

struct _TovUndoStack
{
  GObject           parent_instance;
  TovUndoApplyFunc  apply;
  gpointer          user_data;
  GPtrArray        *undo;   /* of Command, top last */
  GPtrArray        *redo;
  gboolean          sealed;
};

G_DEFINE_FINAL_TYPE (TovUndoStack, tov_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (TovUndoStep *step)
{
  g_clear_object (&step->before);
  g_clear_object (&step->after);
  g_free (step);
}

static void
command_free (Command *command)
{
  g_ptr_array_unref (command->steps);
  g_free (command);
}

static void
notify_both (TovUndoStack *self,
             gboolean      could_undo,
             gboolean      could_redo)
{
  if (could_undo != tov_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != tov_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
merges (TovUndoStack *self,
        TovUndoKind   kind,
        GPtrArray    *steps)
{
  Command *top;
  TovUndoStep *a, *b;

  if (self->sealed || kind != TOV_UNDO_TEXT || self->undo->len == 0 || steps->len != 1)
    return FALSE;
  top = g_ptr_array_index (self->undo, self->undo->len - 1);
  if ((top->kind != TOV_UNDO_TEXT && top->kind != TOV_UNDO_ADD) || top->steps->len != 1)
    return FALSE;
  a = g_ptr_array_index (top->steps, 0);
  b = g_ptr_array_index (steps, 0);
  return a->after != NULL && b->before != NULL && b->after != NULL &&
         g_strcmp0 (tov_record_get_id (a->after), tov_record_get_id (b->before)) == 0;
}

static void
tov_undo_stack_finalize (GObject *object)
{
  TovUndoStack *self = TOV_UNDO_STACK (object);

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);

  G_OBJECT_CLASS (tov_undo_stack_parent_class)->finalize (object);
}

static void
tov_undo_stack_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TovUndoStack *self = TOV_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tov_undo_stack_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, tov_undo_stack_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_undo_stack_class_init (TovUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_undo_stack_finalize;
  object_class->get_property = tov_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_undo_stack_init (TovUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
}

/**
 * tov_undo_stack_new:
 * @apply: writes or undoes a command's steps
 * @user_data: (nullable): for @apply, not owned
 */
TovUndoStack *
tov_undo_stack_new (TovUndoApplyFunc apply,
                    gpointer         user_data)
{
  TovUndoStack *self;

  g_return_val_if_fail (apply != NULL, NULL);

  self = g_object_new (TOV_TYPE_UNDO_STACK, NULL);
  self->apply = apply;
  self->user_data = user_data;
  return self;
}

/* Returns: (transfer full): an empty list of steps for tov_undo_steps_add(). */
GPtrArray *
tov_undo_steps_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

/* Adds copies of @before and @after (either may be %NULL, not both). */
void
tov_undo_steps_add (GPtrArray *steps,
                    TovRecord *before,
                    TovRecord *after)
{
  TovUndoStep *step;

  g_return_if_fail (steps != NULL);
  g_return_if_fail (before != NULL || after != NULL);

  step = g_new0 (TovUndoStep, 1);
  step->before = before != NULL ? tov_record_copy (before) : NULL;
  step->after = after != NULL ? tov_record_copy (after) : NULL;
  g_ptr_array_add (steps, step);
}

/**
 * tov_undo_stack_push:
 * @steps: (transfer none): changes already written, from tov_undo_steps_new()
 *
 * Records a command that has been done. Clears what could be redone.
 */
void
tov_undo_stack_push (TovUndoStack *self,
                     TovUndoKind   kind,
                     GPtrArray    *steps)
{
  gboolean could_undo, could_redo;
  Command *command;

  g_return_if_fail (TOV_IS_UNDO_STACK (self));
  g_return_if_fail (steps != NULL);

  if (steps->len == 0)
    return;
  could_undo = tov_undo_stack_can_undo (self);
  could_redo = tov_undo_stack_can_redo (self);
  g_ptr_array_set_size (self->redo, 0);

  if (merges (self, kind, steps))
    {
      Command *top = g_ptr_array_index (self->undo, self->undo->len - 1);
      TovUndoStep *a = g_ptr_array_index (top->steps, 0);
      TovUndoStep *b = g_ptr_array_index (steps, 0);

      g_clear_object (&a->after);
      a->after = tov_record_copy (b->after);
    }
  else
    {
      command = g_new0 (Command, 1);
      command->kind = kind;
      command->steps = g_ptr_array_ref (steps);
      g_ptr_array_add (self->undo, command);
    }
  /* typing right after adding a row is part of adding it */
  self->sealed = kind != TOV_UNDO_TEXT && kind != TOV_UNDO_ADD;
  notify_both (self, could_undo, could_redo);
}

void
tov_undo_stack_push_one (TovUndoStack *self,
                         TovUndoKind   kind,
                         TovRecord    *before,
                         TovRecord    *after)
{
  g_autoptr(GPtrArray) steps = tov_undo_steps_new ();

  tov_undo_steps_add (steps, before, after);
  tov_undo_stack_push (self, kind, steps);
}

/* Ends the current run of typing: the next text edit is a command of its own. */
void
tov_undo_stack_seal (TovUndoStack *self)
{
  g_return_if_fail (TOV_IS_UNDO_STACK (self));
  self->sealed = TRUE;
}

void
tov_undo_stack_clear (TovUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (TOV_IS_UNDO_STACK (self));

  could_undo = tov_undo_stack_can_undo (self);
  could_redo = tov_undo_stack_can_redo (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_both (self, could_undo, could_redo);
}

gboolean
tov_undo_stack_can_undo (TovUndoStack *self)
{
  g_return_val_if_fail (TOV_IS_UNDO_STACK (self), FALSE);
  return self->undo->len > 0;
}

gboolean
tov_undo_stack_can_redo (TovUndoStack *self)
{
  g_return_val_if_fail (TOV_IS_UNDO_STACK (self), FALSE);
  return self->redo->len > 0;
}

/* The kind of command the next undo (or redo) would act on. */
TovUndoKind
tov_undo_stack_peek_kind (TovUndoStack *self,
                          gboolean      redo)
{
  GPtrArray *stack;

  g_return_val_if_fail (TOV_IS_UNDO_STACK (self), TOV_UNDO_EDIT);

  stack = redo ? self->redo : self->undo;
  g_return_val_if_fail (stack->len > 0, TOV_UNDO_EDIT);
  return ((Command *) g_ptr_array_index (stack, stack->len - 1))->kind;
}

static gboolean
move (TovUndoStack *self,
      GPtrArray    *from,
      GPtrArray    *to,
      gboolean      undo,
      GError      **error)
{
  gboolean could_undo = tov_undo_stack_can_undo (self);
  gboolean could_redo = tov_undo_stack_can_redo (self);
  Command *command;

  if (from->len == 0)
    return TRUE;
  command = g_ptr_array_index (from, from->len - 1);
  if (!self->apply (self->user_data, command->steps, undo, error))
    return FALSE;   /* the command stays where it was */
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  self->sealed = TRUE;
  notify_both (self, could_undo, could_redo);
  return TRUE;
}

/**
 * tov_undo_stack_undo:
 *
 * Undoes the last command. Returns: %FALSE with @error set when the store
 * refused; the stacks are unchanged then.
 */
gboolean
tov_undo_stack_undo (TovUndoStack *self,
                     GError      **error)
{
  g_return_val_if_fail (TOV_IS_UNDO_STACK (self), FALSE);
  return move (self, self->undo, self->redo, TRUE, error);
}

gboolean
tov_undo_stack_redo (TovUndoStack *self,
                     GError      **error)
{
  g_return_val_if_fail (TOV_IS_UNDO_STACK (self), FALSE);
  return move (self, self->redo, self->undo, FALSE, error);
}
