/* tov-record-dialog.c: edit one record's fields, validated as you type
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-record-dialog"

#include <glib/gi18n.h>

#include "tov-labels.h"
#include "tov-record-dialog.h"

/*
 * One form for any table, its fields made from the model's columns: entry
 * rows for text and dates, combo rows for coded values, switches for
 * yes/no. The state lives in a TovRecordForm; the message for the field at
 * fault shows in a row right under it. An existing record is saved as soon
 * as it is valid (a moment after the last keystroke, and when the dialog
 * closes); a new one, or a change that needs confirming such as closing a
 * family, waits for the confirm button.
 */

#define SAVE_DELAY_MS 300

typedef struct
{
  const TovColumnInfo *info;
  GtkWidget           *row;
  GtkWidget           *error_row;
  GPtrArray           *values;   /* ENUM: the value of each combo item, "" for none */
  gboolean             touched;  /* changed by the user, or refused by the store */
} Field;

struct _TovRecordDialog
{
  AdwWindow      parent_instance;

  TovStore      *store;
  TovRecordForm *form;
  GHashTable    *fields;         /* column name -> Field */
  char          *confirm_label;  /* NULL: save as you go */
  guint          save_source;
  gboolean       dirty;
  gboolean       loading;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *confirm_button;
  GtkWidget      *done_button;
  GtkWidget      *cancel_button;
  GtkListBox     *fields_box;
  GtkLabel       *message_label;
};

G_DEFINE_FINAL_TYPE (TovRecordDialog, tov_record_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,   /* (record) the record was written to the store */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
field_free (Field *field)
{
  g_clear_pointer (&field->values, g_ptr_array_unref);
  g_free (field);
}

static gboolean
confirming (TovRecordDialog *self)
{
  return self->confirm_label != NULL || tov_record_form_get_is_new (self->form);
}

static char *
field_title (const TovColumnInfo *info)
{
  const char *label = tov_column_get_label (info);

  switch ((int) info->type)
    {
    case TOV_COLUMN_DATE:
      /* Translators: a date field's title; %s is its name. Keep YYYY-MM-DD. */
      return g_strdup_printf (_("%s (YYYY-MM-DD)"), label);
    case TOV_COLUMN_LANGUAGES:
      /* Translators: a field for language codes; %s is its name */
      return g_strdup_printf (_("%s (codes, such as “ar da”)"), label);
    default:
      return g_strdup (label);
    }
}

/* Shows the form's message for @column under its field. A new record's
 * field the user has not changed yet shows none: a required name is not an
 * error before anyone has written in it (the Add button waits for it). */
static void
show_field_error (TovRecordDialog *self,
                  const char      *column)
{
  Field *field = g_hash_table_lookup (self->fields, column);
  const char *message = tov_record_form_get_error (self->form, column);

  if (field == NULL)
    return;
  if (!field->touched && tov_record_form_get_is_new (self->form))
    message = NULL;

  gtk_widget_set_visible (field->error_row, message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->error_row), message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static gboolean
save (TovRecordDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) record = NULL;
  const char *column = NULL;
  gboolean ok;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!tov_record_form_validate (self->form))
    return FALSE;

  record = tov_record_copy (tov_record_form_get_record (self->form));
  if (tov_record_form_get_is_new (self->form))
    ok = tov_store_insert (self->store, record, &column, &error);
  else
    ok = tov_store_update (self->store, record, &column, &error);

  if (!ok)
    {
      Field *field = column != NULL ? g_hash_table_lookup (self->fields, column) : NULL;

      if (field != NULL)
        field->touched = TRUE;
      tov_record_form_set_error (self->form, column, error->message);
      return FALSE;
    }

  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, record);
  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  TovRecordDialog *self = user_data;

  self->save_source = 0;
  save (self);
  return G_SOURCE_REMOVE;
}

static void
changed (TovRecordDialog *self,
         const char      *column,
         const char      *text)
{
  if (self->loading)
    return;

  {
    Field *field = g_hash_table_lookup (self->fields, column);

    if (field != NULL && !field->touched)
      {
        field->touched = TRUE;
        show_field_error (self, column);
      }
  }
  tov_record_form_set_text (self->form, column, text);

  if (confirming (self))
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (tov_record_form_get_valid (self->form))
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
on_entry_changed_cb (GtkEditable     *editable,
                     TovRecordDialog *self)
{
  changed (self, g_object_get_data (G_OBJECT (editable), "column"), gtk_editable_get_text (editable));
}

static void
on_switch_active_cb (GtkSwitch       *widget,
                     GParamSpec      *pspec,
                     TovRecordDialog *self)
{
  changed (self, g_object_get_data (G_OBJECT (widget), "column"),
           gtk_switch_get_active (widget) ? "1" : "0");
}

static void
on_combo_selected_cb (AdwComboRow     *row,
                      GParamSpec      *pspec,
                      TovRecordDialog *self)
{
  const char *column = g_object_get_data (G_OBJECT (row), "column");
  Field *field = g_hash_table_lookup (self->fields, column);
  guint i = adw_combo_row_get_selected (row);

  if (i < field->values->len)
    changed (self, column, g_ptr_array_index (field->values, i));
}

static void
on_form_error_changed_cb (TovRecordDialog *self,
                          const char      *column,
                          TovRecordForm   *form)
{
  show_field_error (self, column);
}

static void
on_form_message_cb (TovRecordDialog *self,
                    GParamSpec      *pspec,
                    TovRecordForm   *form)
{
  const char *message = tov_record_form_get_message (form);
  gboolean beside_field = FALSE;

  /* A message for no visible field (a rule across columns, say) goes at the foot. */
  if (message != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->fields);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        beside_field |= tov_record_form_get_error (form, key) != NULL;
    }

  gtk_label_set_text (self->message_label, message != NULL && !beside_field ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && !beside_field);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.confirm",
                                 tov_record_form_get_valid (form));
}

static void
add_field (TovRecordDialog     *self,
           const TovColumnInfo *info)
{
  g_autofree char *title = field_title (info);
  const char *value = tov_record_form_get_text (self->form, info->name);
  Field *field = g_new0 (Field, 1);

  field->info = info;

  if (info->type == TOV_COLUMN_ENUM)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      guint selected = 0;

      field->values = g_ptr_array_new ();
      /* A required choice starts on its first value, as the combo shows. */
      if (value == NULL && (info->flags & TOV_COLUMN_FLAG_REQUIRED))
        {
          tov_record_set (tov_record_form_get_record (self->form), info->name, info->values[0]);
          value = info->values[0];
        }
      if (!(info->flags & TOV_COLUMN_FLAG_REQUIRED))
        {
          gtk_string_list_append (labels, _("Not recorded"));
          g_ptr_array_add (field->values, (gpointer) "");
        }
      for (guint i = 0; info->values[i] != NULL; i++)
        {
          if (g_strcmp0 (value, info->values[i]) == 0)
            selected = field->values->len;
          gtk_string_list_append (labels, tov_label_for_value (info->name, info->values[i]));
          g_ptr_array_add (field->values, (gpointer) info->values[i]);
        }
      field->row = adw_combo_row_new ();
      adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), selected);
      g_signal_connect (field->row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
      g_object_set_data (G_OBJECT (field->row), "column", (gpointer) info->name);
    }
  else if (info->type == TOV_COLUMN_BOOLEAN)
    {
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), g_strcmp0 (value, "1") == 0);
      g_object_set_data (G_OBJECT (toggle), "column", (gpointer) info->name);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), self);
      field->row = adw_action_row_new ();
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), toggle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tov_column_get_label (info), -1);
    }
  else
    {
      field->row = adw_entry_row_new ();
      gtk_editable_set_text (GTK_EDITABLE (field->row), value != NULL ? value : "");
      g_object_set_data (G_OBJECT (field->row), "column", (gpointer) info->name);
      g_signal_connect (field->row, "changed", G_CALLBACK (on_entry_changed_cb), self);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  gtk_widget_set_name (field->row, info->name);
  if (info->flags & TOV_COLUMN_FLAG_REQUIRED)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);
  gtk_list_box_append (self->fields_box, field->row);

  field->error_row = adw_action_row_new ();
  gtk_widget_add_css_class (field->error_row, "error");
  gtk_widget_add_css_class (field->error_row, "field-error");
  gtk_widget_set_visible (field->error_row, FALSE);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (field->error_row), "dialog-error-symbolic");
  gtk_list_box_append (self->fields_box, field->error_row);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  field->error_row, NULL, -1);

  g_hash_table_insert (self->fields, (gpointer) info->name, field);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TovRecordDialog *self = TOV_RECORD_DIALOG (widget);

  if (save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
tov_record_dialog_close_request (GtkWindow *window)
{
  TovRecordDialog *self = TOV_RECORD_DIALOG (window);

  /* Closing saves what is pending; an invalid change is not written. */
  if (!confirming (self) && self->dirty && tov_record_form_get_valid (self->form))
    save (self);

  return GTK_WINDOW_CLASS (tov_record_dialog_parent_class)->close_request (window);
}

static void
tov_record_dialog_dispose (GObject *object)
{
  TovRecordDialog *self = TOV_RECORD_DIALOG (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->form != NULL)
    g_signal_handlers_disconnect_by_data (self->form, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_RECORD_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_record_dialog_parent_class)->dispose (object);
}

static void
tov_record_dialog_finalize (GObject *object)
{
  TovRecordDialog *self = TOV_RECORD_DIALOG (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->confirm_label, g_free);

  G_OBJECT_CLASS (tov_record_dialog_parent_class)->finalize (object);
}

static void
tov_record_dialog_class_init (TovRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tov_record_dialog_dispose;
  object_class->finalize = tov_record_dialog_finalize;
  window_class->close_request = tov_record_dialog_close_request;

  /**
   * TovRecordDialog::saved:
   * @record: the record as written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TOV_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TovRecordDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TovRecordDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, TovRecordDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, TovRecordDialog, cancel_button);
  gtk_widget_class_bind_template_child_full (widget_class, "fields", FALSE,
                                             G_STRUCT_OFFSET (TovRecordDialog, fields_box));
  gtk_widget_class_bind_template_child (widget_class, TovRecordDialog, message_label);

  gtk_widget_class_install_action (widget_class, "record.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tov_record_dialog_init (TovRecordDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) field_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
update_buttons (TovRecordDialog *self)
{
  gboolean confirm = confirming (self);
  const char *label = self->confirm_label != NULL ? self->confirm_label : _("_Add");

  gtk_button_set_label (GTK_BUTTON (self->confirm_button), label);
  gtk_widget_set_visible (self->confirm_button, confirm);
  gtk_widget_set_visible (self->cancel_button, confirm);
  gtk_widget_set_visible (self->done_button, !confirm);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "record.confirm",
                                 tov_record_form_get_valid (self->form));
}

/**
 * tov_record_dialog_new:
 * @record: the row to edit (the dialog edits a copy)
 * @is_new: the row is not in the store yet: an Add button inserts it
 * @columns: the columns to show, in order
 */
TovRecordDialog *
tov_record_dialog_new (TovStore           *store,
                       TovRecord          *record,
                       gboolean            is_new,
                       const char * const *columns)
{
  TovRecordDialog *self;
  const TovTableInfo *table;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);
  g_return_val_if_fail (TOV_IS_RECORD (record), NULL);
  g_return_val_if_fail (columns != NULL, NULL);

  self = g_object_new (TOV_TYPE_RECORD_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->form = tov_record_form_new (record, is_new);
  table = tov_record_get_table (record);

  self->loading = TRUE;
  for (guint i = 0; columns[i] != NULL; i++)
    {
      const TovColumnInfo *info = tov_table_lookup_column (table, columns[i]);

      g_return_val_if_fail (info != NULL, self);
      add_field (self, info);
    }
  self->loading = FALSE;

  g_signal_connect_swapped (self->form, "error-changed", G_CALLBACK (on_form_error_changed_cb), self);
  g_signal_connect_swapped (self->form, "notify::message", G_CALLBACK (on_form_message_cb), self);

  update_buttons (self);

  return self;
}

/**
 * tov_record_dialog_set_confirm:
 * @label: (nullable): the confirm button's label; changes then wait for it
 */
void
tov_record_dialog_set_confirm (TovRecordDialog *self,
                               const char      *label)
{
  g_return_if_fail (TOV_IS_RECORD_DIALOG (self));

  g_free (self->confirm_label);
  self->confirm_label = g_strdup (label);
  update_buttons (self);
}

TovRecordForm *
tov_record_dialog_get_form (TovRecordDialog *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_DIALOG (self), NULL);

  return self->form;
}

/**
 * tov_record_dialog_get_field:
 *
 * Returns: (transfer none) (nullable): the row editing @column
 */
GtkWidget *
tov_record_dialog_get_field (TovRecordDialog *self,
                             const char      *column)
{
  Field *field;

  g_return_val_if_fail (TOV_IS_RECORD_DIALOG (self), NULL);

  field = g_hash_table_lookup (self->fields, column);
  return field != NULL ? field->row : NULL;
}

/**
 * tov_record_dialog_get_field_error:
 *
 * Returns: (nullable): the message shown under @column's field, if shown
 */
const char *
tov_record_dialog_get_field_error (TovRecordDialog *self,
                                   const char      *column)
{
  Field *field;

  g_return_val_if_fail (TOV_IS_RECORD_DIALOG (self), NULL);

  field = g_hash_table_lookup (self->fields, column);
  if (field == NULL || !gtk_widget_get_visible (field->error_row))
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field->error_row));
}

/**
 * tov_record_dialog_flush:
 *
 * Saves a pending change now.
 *
 * Returns: whether the record in the store is as the form shows it
 */
gboolean
tov_record_dialog_flush (TovRecordDialog *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_DIALOG (self), FALSE);

  if (!self->dirty)
    return tov_record_form_get_valid (self->form);

  return save (self);
}
