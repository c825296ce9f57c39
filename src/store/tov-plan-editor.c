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
 *
 * Typing is not written per key: tov_plan_editor_set_later () keeps the
 * newest value of each field and writes it after a pause (300 ms after the
 * last key, at the latest 2 s after the first unwritten one), when the text
 * loses focus (the page calls tov_plan_editor_flush ()), and before any
 * other edit, undo or redo. A run of typing stays one undo step. What was
 * typed in the last pause window before a crash is lost; everything written
 * is committed (WAL, synchronous=FULL).
 */

#define SAVE_DELAY_MS     300
#define SAVE_MAX_DELAY_MS 2000

typedef struct
{
  char *table;
  char *id;
  char *column;
  char *family_id;   /* a translation: the family, else NULL */
  char *language;
  char *value;
} Pending;

struct _TovPlanEditor
{
  GObject       parent_instance;
  TovStore     *store;
  TovUndoStack *undo;
  GPtrArray    *pending;      /* of Pending, in the order first typed */
  guint         save_id;
  gint64        first_pending;
  guint         delay_ms;
  guint         max_delay_ms;
  gboolean      writing;
};

G_DEFINE_FINAL_TYPE (TovPlanEditor, tov_plan_editor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WRITE_FAILED,   /* (GError) a deferred write was refused; nothing of it was written */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_free (p->table);
  g_free (p->id);
  g_free (p->column);
  g_free (p->family_id);
  g_free (p->language);
  g_free (p->value);
  g_free (p);
}

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
  self->writing = TRUE;
  for (guint i = 0; i < steps->len && local_error == NULL; i++)
    {
      TovUndoStep *step = g_ptr_array_index (steps, undo ? steps->len - 1 - i : i);

      if (undo)
        write_step (self->store, step->after, step->before, &local_error);
      else
        write_step (self->store, step->before, step->after, &local_error);
    }
  self->writing = FALSE;
  if (local_error == NULL && tov_store_commit (self->store, &local_error))
    return TRUE;
  tov_store_rollback (self->store);
  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
set_now (TovPlanEditor *self,
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

static gboolean
set_translation_now (TovPlanEditor *self,
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
    return set_now (self, "translations", tov_record_get_id (existing), "text", text, column, error);

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

static gboolean
flush (TovPlanEditor *self,
       GError       **error)
{
  gboolean ok = TRUE;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->pending->len == 0)
    return TRUE;
  self->writing = TRUE;
  while (self->pending->len > 0)
    {
      Pending *p = g_ptr_array_steal_index (self->pending, 0);
      GError *local_error = NULL;

      if (p->family_id != NULL)
        set_translation_now (self, p->family_id, p->id, p->language, p->value, NULL, &local_error);
      else
        set_now (self, p->table, p->id, p->column, p->value, NULL, &local_error);
      if (local_error != NULL)
        {
          if (ok)
            g_propagate_error (error, local_error);
          else
            g_error_free (local_error);
          ok = FALSE;
        }
      pending_free (p);
    }
  self->writing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
  return ok;
}

static gboolean
save_timeout_cb (gpointer data)
{
  TovPlanEditor *self = data;
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  if (!flush (self, &error))
    g_signal_emit (self, signals[WRITE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
defer (TovPlanEditor *self,
       Pending       *p)
{
  gboolean was_pending = self->pending->len > 0;
  gint64 now = g_get_monotonic_time ();

  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *q = g_ptr_array_index (self->pending, i);

      if (g_str_equal (q->table, p->table) && g_str_equal (q->id, p->id) &&
          g_str_equal (q->column, p->column) && g_strcmp0 (q->language, p->language) == 0)
        {
          g_free (q->value);
          q->value = g_steal_pointer (&p->value);
          pending_free (p);
          p = NULL;
          break;
        }
    }
  if (p != NULL)
    g_ptr_array_add (self->pending, p);
  if (!was_pending)
    self->first_pending = now;
  /* wait for a pause, but not for ever */
  if (self->save_id == 0 || now - self->first_pending < (gint64) self->max_delay_ms * 1000)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      self->save_id = g_timeout_add (self->delay_ms, save_timeout_cb, self);
    }
  if (!was_pending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
tov_plan_editor_dispose (GObject *object)
{
  TovPlanEditor *self = TOV_PLAN_EDITOR (object);
  g_autoptr(GError) error = NULL;

  /* what was typed is written, not dropped */
  if (self->store != NULL && !flush (self, &error))
    g_warning ("Could not save the last changes to the plan: %s", error->message);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_plan_editor_parent_class)->dispose (object);
}

static void
tov_plan_editor_finalize (GObject *object)
{
  TovPlanEditor *self = TOV_PLAN_EDITOR (object);

  g_ptr_array_unref (self->pending);

  G_OBJECT_CLASS (tov_plan_editor_parent_class)->finalize (object);
}

static void
tov_plan_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TovPlanEditor *self = TOV_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PENDING:
      g_value_set_boolean (value, self->pending->len > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_plan_editor_class_init (TovPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_plan_editor_dispose;
  object_class->finalize = tov_plan_editor_finalize;
  object_class->get_property = tov_plan_editor_get_property;

  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WRITE_FAILED] = g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
tov_plan_editor_init (TovPlanEditor *self)
{
  self->undo = tov_undo_stack_new (apply_steps, self);
  self->pending = g_ptr_array_new_with_free_func (pending_free);
  self->delay_ms = SAVE_DELAY_MS;
  self->max_delay_ms = SAVE_MAX_DELAY_MS;
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

  if (!flush (self, error))
    return NULL;
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


gboolean
tov_plan_editor_delete_item (TovPlanEditor *self,
                             const char    *item_id,
                             GError       **error)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  if (!flush (self, error))
    return FALSE;
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

/* The items of @item's section, in order; @index set to @item's place. */
static GPtrArray *
section_of (TovPlanEditor *self,
            TovRecord     *item,
            int           *index,
            GError       **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) section = NULL;

  items = tov_store_list (self->store, "plan_items", "version_id", tov_record_get (item, "version_id"), error);
  if (items == NULL)
    return NULL;
  section = g_ptr_array_new_with_free_func (g_object_unref);
  *index = -1;
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *r = g_ptr_array_index (items, i);

      if (g_strcmp0 (tov_record_get (r, "kind"), tov_record_get (item, "kind")) != 0)
        continue;
      if (g_str_equal (tov_record_get_id (r), tov_record_get_id (item)))
        *index = section->len;
      g_ptr_array_add (section, g_object_ref (r));
    }
  return g_steal_pointer (&section);
}

/**
 * tov_plan_editor_move_item_to:
 * @index: the place in its section the item moves to, 0 for the top; past
 *   the end moves it to the end
 *
 * Moves an item within its section (dragging it there), renumbering the
 * section and writing only the rows whose place changes; one undo step.
 */
gboolean
tov_plan_editor_move_item_to (TovPlanEditor *self,
                              const char    *item_id,
                              guint          index,
                              GError       **error)
{
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GPtrArray) section = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  gpointer moving;
  int from = -1;
  GError *local_error = NULL;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (!flush (self, error))
    return FALSE;
  item = tov_store_get (self->store, "plan_items", item_id, error);
  if (item == NULL)
    return FALSE;
  section = section_of (self, item, &from, error);
  if (section == NULL)
    return FALSE;
  index = MIN (index, section->len - 1);
  if (from < 0 || (guint) from == index)
    return TRUE;

  moving = g_ptr_array_steal_index (section, from);
  g_ptr_array_insert (section, index, moving);
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
  g_autoptr(GPtrArray) section = NULL;
  int index = -1;

  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  if (!flush (self, error))
    return FALSE;
  item = tov_store_get (self->store, "plan_items", item_id, error);
  if (item == NULL)
    return FALSE;
  section = section_of (self, item, &index, error);
  if (section == NULL)
    return FALSE;
  if (index < 0 || index + delta < 0 || index + delta >= (int) section->len)
    return TRUE;
  return tov_plan_editor_move_item_to (self, item_id, index + delta, error);
}

/**
 * tov_plan_editor_set:
 * @value: (nullable): the new value, %NULL to clear it
 *
 * Sets one field of a row and writes it at once (after anything still
 * waiting to be written). Typing in a text merges into one undo step until
 * tov_undo_stack_seal().
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
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  if (!flush (self, error))
    return FALSE;
  return set_now (self, table, id, column_name, value, column, error);
}

/**
 * tov_plan_editor_set_translation:
 * @text: (nullable): the translation; %NULL or empty removes it
 *
 * Sets the translation of an item's text into @language, at once.
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
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  if (!flush (self, error))
    return FALSE;
  return set_translation_now (self, family_id, item_id, language, text, column, error);
}

/**
 * tov_plan_editor_set_later:
 *
 * As tov_plan_editor_set(), for typing: the value is written after a pause
 * or by tov_plan_editor_flush(); a refusal then is reported by
 * #TovPlanEditor::write-failed.
 */
void
tov_plan_editor_set_later (TovPlanEditor *self,
                           const char    *table,
                           const char    *id,
                           const char    *column_name,
                           const char    *value)
{
  Pending *p;

  g_return_if_fail (TOV_IS_PLAN_EDITOR (self));
  g_return_if_fail (table != NULL && id != NULL && column_name != NULL);

  p = g_new0 (Pending, 1);
  p->table = g_strdup (table);
  p->id = g_strdup (id);
  p->column = g_strdup (column_name);
  p->value = g_strdup (value != NULL && *value != '\0' ? value : NULL);
  defer (self, p);
}

/* As tov_plan_editor_set_translation(), written after a pause. */
void
tov_plan_editor_set_translation_later (TovPlanEditor *self,
                                       const char    *family_id,
                                       const char    *item_id,
                                       const char    *language,
                                       const char    *text)
{
  Pending *p;

  g_return_if_fail (TOV_IS_PLAN_EDITOR (self));
  g_return_if_fail (family_id != NULL && item_id != NULL && language != NULL);

  p = g_new0 (Pending, 1);
  p->table = g_strdup ("translations");
  p->id = g_strdup (item_id);
  p->column = g_strdup ("text");
  p->family_id = g_strdup (family_id);
  p->language = g_strdup (language);
  p->value = g_strdup (text);
  defer (self, p);
}

/* Writes what is waiting now. Returns: %FALSE with @error set on the first refusal. */
gboolean
tov_plan_editor_flush (TovPlanEditor *self,
                       GError       **error)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  return flush (self, error);
}

/* Whether typing waits to be written. */
gboolean
tov_plan_editor_get_pending (TovPlanEditor *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  return self->pending->len > 0;
}

/* Whether the editor is writing now (a deferred write, undo or redo): views
 * that follow the store's "changed" can leave those writes to the editor's owner. */
gboolean
tov_plan_editor_is_writing (TovPlanEditor *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);
  return self->writing;
}

/* For tests and benchmarks: the pause before typing is written, and the longest wait. */
void
tov_plan_editor_set_save_delay (TovPlanEditor *self,
                                guint          delay_ms,
                                guint          max_delay_ms)
{
  g_return_if_fail (TOV_IS_PLAN_EDITOR (self));

  self->delay_ms = delay_ms;
  self->max_delay_ms = MAX (delay_ms, max_delay_ms);
}

gboolean
tov_plan_editor_undo (TovPlanEditor *self,
                      GError       **error)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  if (!flush (self, error))
    return FALSE;
  tov_undo_stack_seal (self->undo);
  return tov_undo_stack_undo (self->undo, error);
}

gboolean
tov_plan_editor_redo (TovPlanEditor *self,
                      GError       **error)
{
  g_return_val_if_fail (TOV_IS_PLAN_EDITOR (self), FALSE);

  if (!flush (self, error))
    return FALSE;
  tov_undo_stack_seal (self->undo);
  return tov_undo_stack_redo (self->undo, error);
}
