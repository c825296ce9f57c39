/* tov-record-form.c: the state of a form editing one record
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-overview.h"
#include "tov-record-form.h"

/*
 * A form's state as a plain GObject, so its behaviour is tested without a
 * display: the record being edited, whether it is valid, and the message
 * for the one field at fault (the model's rules, plus the forms' own: a
 * birth date not in the future). The widgets only show it.
 */

struct _TovRecordForm
{
  GObject    parent_instance;

  TovRecord *record;
  gboolean   is_new;
  char      *error_column;
  char      *error_message;
  char      *today;         /* NULL: the real today */
};

G_DEFINE_FINAL_TYPE (TovRecordForm, tov_record_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALID,
  PROP_IS_NEW,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ERROR_CHANGED,  /* (column) the message beside @column appeared or went */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_failure (TovRecordForm *self,
             const char    *column,
             const char    *message)
{
  g_autofree char *old_column = g_steal_pointer (&self->error_column);
  gboolean was_valid = self->error_message == NULL;

  if (g_strcmp0 (old_column, column) == 0 && g_strcmp0 (self->error_message, message) == 0)
    {
      self->error_column = g_steal_pointer (&old_column);
      return;
    }

  g_clear_pointer (&self->error_message, g_free);
  self->error_column = g_strdup (column);
  self->error_message = g_strdup (message);

  if (old_column != NULL)
    g_signal_emit (self, signals[ERROR_CHANGED], 0, old_column);
  if (column != NULL && g_strcmp0 (column, old_column) != 0)
    g_signal_emit (self, signals[ERROR_CHANGED], 0, column);
  if (was_valid != (message == NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

static void
tov_record_form_finalize (GObject *object)
{
  TovRecordForm *self = TOV_RECORD_FORM (object);

  g_clear_object (&self->record);
  g_clear_pointer (&self->error_column, g_free);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (tov_record_form_parent_class)->finalize (object);
}

static void
tov_record_form_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TovRecordForm *self = TOV_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, tov_record_form_get_valid (self));
      break;

    case PROP_IS_NEW:
      g_value_set_boolean (value, self->is_new);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_record_form_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TovRecordForm *self = TOV_RECORD_FORM (object);

  switch (prop_id)
    {
    case PROP_IS_NEW:
      tov_record_form_set_is_new (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_record_form_class_init (TovRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_record_form_finalize;
  object_class->get_property = tov_record_form_get_property;
  object_class->set_property = tov_record_form_set_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_NEW] =
    g_param_spec_boolean ("is-new", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TovRecordForm::error-changed:
   * @column: the column whose message appeared, changed or went
   */
  signals[ERROR_CHANGED] =
    g_signal_new ("error-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tov_record_form_init (TovRecordForm *self)
{
}

/**
 * tov_record_form_new:
 * @record: the row to edit; the form edits a copy
 * @is_new: the row is not in the store yet
 */
TovRecordForm *
tov_record_form_new (TovRecord *record,
                     gboolean   is_new)
{
  TovRecordForm *self;

  g_return_val_if_fail (TOV_IS_RECORD (record), NULL);

  self = g_object_new (TOV_TYPE_RECORD_FORM, NULL);
  self->record = tov_record_copy (record);
  self->is_new = is_new;

  return self;
}

/**
 * tov_record_form_get_record:
 *
 * Returns: (transfer none): the record as edited so far
 */
TovRecord *
tov_record_form_get_record (TovRecordForm *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), NULL);

  return self->record;
}

gboolean
tov_record_form_get_is_new (TovRecordForm *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), FALSE);

  return self->is_new;
}

void
tov_record_form_set_is_new (TovRecordForm *self,
                            gboolean       is_new)
{
  g_return_if_fail (TOV_IS_RECORD_FORM (self));

  is_new = !!is_new;
  if (self->is_new == is_new)
    return;

  self->is_new = is_new;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_NEW]);
}

const char *
tov_record_form_get_text (TovRecordForm *self,
                          const char    *column)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), NULL);

  return tov_record_get (self->record, column);
}

/**
 * tov_record_form_validate:
 *
 * Checks the whole record and puts the message beside the field at fault.
 *
 * Returns: whether the record may be saved
 */
gboolean
tov_record_form_validate (TovRecordForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real_today = NULL;
  const char *column = NULL;
  const char *today;

  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), FALSE);

  today = self->today != NULL ? self->today : (real_today = tov_date_today ());

  if (!tov_record_validate (self->record, &column, &error))
    {
      set_failure (self, column, error->message);
      return FALSE;
    }

  if (tov_table_lookup_column (tov_record_get_table (self->record), "birth_date") != NULL &&
      !tov_birth_date_check (tov_record_get (self->record, "birth_date"), today, &error))
    {
      set_failure (self, "birth_date", error->message);
      return FALSE;
    }

  set_failure (self, NULL, NULL);
  return TRUE;
}

/**
 * tov_record_form_set_text:
 * @text: (nullable): the field's text; empty or blank clears the column
 *
 * Returns: whether the record is valid now
 */
gboolean
tov_record_form_set_text (TovRecordForm *self,
                          const char    *column,
                          const char    *text)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  if (text != NULL)
    stripped = g_strstrip (g_strdup (text));

  tov_record_set (self->record, column, stripped != NULL && stripped[0] != '\0' ? stripped : NULL);

  return tov_record_form_validate (self);
}

/**
 * tov_record_form_get_error:
 *
 * Returns: (nullable): the message to show beside @column
 */
const char *
tov_record_form_get_error (TovRecordForm *self,
                           const char    *column)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), NULL);

  if (self->error_column == NULL || g_strcmp0 (self->error_column, column) != 0)
    return NULL;

  return self->error_message;
}

/**
 * tov_record_form_set_error:
 * @column: (nullable): the field the store refused, or %NULL for the form
 * @message: (nullable): why, or %NULL to clear
 *
 * Shows a refusal from the store beside its field.
 */
void
tov_record_form_set_error (TovRecordForm *self,
                           const char    *column,
                           const char    *message)
{
  g_return_if_fail (TOV_IS_RECORD_FORM (self));

  set_failure (self, message != NULL ? column : NULL, message);
}

/**
 * tov_record_form_get_message:
 *
 * Returns: (nullable): the current message, whichever field it is beside
 */
const char *
tov_record_form_get_message (TovRecordForm *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), NULL);

  return self->error_message;
}

gboolean
tov_record_form_get_valid (TovRecordForm *self)
{
  g_return_val_if_fail (TOV_IS_RECORD_FORM (self), FALSE);

  return self->error_message == NULL;
}

/* For tests: the date "today" is, for the birth-date rule. */
void
tov_record_form_set_today (TovRecordForm *self,
                           const char    *today)
{
  g_return_if_fail (TOV_IS_RECORD_FORM (self));

  g_free (self->today);
  self->today = g_strdup (today);
}
