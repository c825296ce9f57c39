/* tov-record.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-record.h"

#define MAX_NAME_LENGTH 200
#define MAX_TEXT_LENGTH 100000

/*
 * One row of one table of the model: the table's description and its values
 * as text (NULL for none), the form in which SQLite, XML and the views all
 * meet. Validation is here, free of SQL, so that a form can check a value
 * before it reaches the store.
 */
struct _TovRecord
{
  GObject             parent_instance;
  const TovTableInfo *table;
  GHashTable         *values;
  gboolean            valid;   /* validated since the last change */
};

G_DEFINE_FINAL_TYPE (TovRecord, tov_record, G_TYPE_OBJECT)

G_DEFINE_QUARK (tov-record-error-quark, tov_record_error)

static gboolean
is_implicit (const char *column)
{
  return g_str_equal (column, "id") || g_str_equal (column, "created_at") ||
         g_str_equal (column, "updated_at");
}

static gboolean
language_code_is_valid (const char *code)
{
  /* a BCP 47 primary tag, optionally with subtags: "ar", "da", "ckb", "fa-AF" */
  g_auto(GStrv) parts = g_strsplit (code, "-", -1);
  gsize len = strlen (parts[0]);

  if (len < 2 || len > 3)
    return FALSE;
  for (const char *p = parts[0]; *p; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  for (guint i = 1; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || strlen (parts[i]) > 8)
        return FALSE;
      for (const char *p = parts[i]; *p; p++)
        if (!g_ascii_isalnum (*p))
          return FALSE;
    }
  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
validate_value (const TovColumnInfo *column,
                const char          *value,
                GError             **error)
{
  const char *label = tov_column_get_label (column);

  if (!g_utf8_validate (value, -1, NULL))
    return invalid (error, _("%s is not valid text."), label);

  switch (column->type)
    {
    case TOV_COLUMN_NAME:
      if (strchr (value, '\n') != NULL)
        return invalid (error, _("%s must be on one line."), label);
      if (g_utf8_strlen (value, -1) > MAX_NAME_LENGTH)
        return invalid (error, ngettext ("%s is too long: at most %d character.",
                                         "%s is too long: at most %d characters.", MAX_NAME_LENGTH),
                        label, MAX_NAME_LENGTH);
      return TRUE;

    case TOV_COLUMN_TEXT:
      if (g_utf8_strlen (value, -1) > MAX_TEXT_LENGTH)
        return invalid (error, ngettext ("%s is too long: at most %d character.",
                                         "%s is too long: at most %d characters.", MAX_TEXT_LENGTH),
                        label, MAX_TEXT_LENGTH);
      return TRUE;

    case TOV_COLUMN_INTEGER:
      {
        gint64 n;

        if (!g_ascii_string_to_signed (value, 10, column->min, column->max, &n, NULL))
          return invalid (error, _("%s must be a whole number from %d to %d, not “%s”."),
                          label, column->min, column->max, value);
        return TRUE;
      }

    case TOV_COLUMN_BOOLEAN:
      if (!g_str_equal (value, "0") && !g_str_equal (value, "1"))
        return invalid (error, _("%s must be yes or no, not “%s”."), label, value);
      return TRUE;

    case TOV_COLUMN_REAL:
      {
        char *end = NULL;
        double d = g_ascii_strtod (value, &end);

        if (end == value || *end != '\0' || !isfinite (d))
          return invalid (error, _("%s must be a number, not “%s”."), label, value);
        return TRUE;
      }

    case TOV_COLUMN_DATE:
      if (!tov_date_is_valid (value))
        return invalid (error, _("%s: “%s” is not a date. Write it as year-month-day, for example 2024-03-31."),
                        label, value);
      return TRUE;

    case TOV_COLUMN_TIME:
      if (!tov_time_is_valid (value))
        return invalid (error, _("%s: “%s” is not a time. Write it as hours:minutes, for example 09:30."),
                        label, value);
      return TRUE;

    case TOV_COLUMN_TIMESTAMP:
      if (!tov_timestamp_is_valid (value))
        return invalid (error, _("%s: “%s” is not a time stamp such as 2024-03-31T09:30:00Z."),
                        label, value);
      return TRUE;

    case TOV_COLUMN_ENUM:
      if (!g_strv_contains (column->values, value))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) column->values);
          return invalid (error, _("%s: “%s” is not allowed; use one of: %s."), label, value, list);
        }
      return TRUE;

    case TOV_COLUMN_LANGUAGE:
      if (!language_code_is_valid (value))
        return invalid (error, _("%s: “%s” is not a language code such as “ar” or “da”."), label, value);
      return TRUE;

    case TOV_COLUMN_LANGUAGES:
      {
        g_auto(GStrv) codes = g_strsplit (value, " ", -1);

        for (guint i = 0; codes[i] != NULL; i++)
          if (!language_code_is_valid (codes[i]))
            return invalid (error, _("%s: “%s” is not a list of language codes separated by spaces, such as “ar da”."),
                            label, value);
        return TRUE;
      }

    case TOV_COLUMN_REFERENCE:
      if (!g_uuid_string_is_valid (value))
        return invalid (error, _("%s: “%s” is not a valid id."), label, value);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static void
tov_record_finalize (GObject *object)
{
  TovRecord *self = (TovRecord *)object;

  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (tov_record_parent_class)->finalize (object);
}

static void
tov_record_class_init (TovRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_record_finalize;
}

static void
tov_record_init (TovRecord *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/**
 * tov_record_new:
 * @table: a table name of the model, such as "families"
 *
 * Returns: (transfer full) (nullable): an empty record, or %NULL if the
 * model has no such table.
 */
TovRecord *
tov_record_new (const char *table)
{
  const TovTableInfo *info = tov_model_lookup_table (table);

  if (info == NULL)
    return NULL;
  return tov_record_new_for_table (info);
}

TovRecord *
tov_record_new_for_table (const TovTableInfo *table)
{
  TovRecord *self;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_object_new (TOV_TYPE_RECORD, NULL);
  self->table = table;
  return self;
}

TovRecord *
tov_record_copy (TovRecord *self)
{
  TovRecord *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TOV_IS_RECORD (self), NULL);

  copy = tov_record_new_for_table (self->table);
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->values, key, g_strdup (value));
  copy->valid = self->valid;
  return copy;
}

const TovTableInfo *
tov_record_get_table (TovRecord *self)
{
  g_return_val_if_fail (TOV_IS_RECORD (self), NULL);

  return self->table;
}

const char *
tov_record_get_id (TovRecord *self)
{
  return tov_record_get (self, "id");
}

void
tov_record_set_id (TovRecord  *self,
                   const char *id)
{
  tov_record_set (self, "id", id);
}

/**
 * tov_record_get:
 *
 * Returns: (nullable): the value of @column as text, or %NULL when unset.
 */
const char *
tov_record_get (TovRecord  *self,
                const char *column)
{
  g_return_val_if_fail (TOV_IS_RECORD (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  return g_hash_table_lookup (self->values, column);
}

/**
 * tov_record_set:
 * @value: (nullable): the new value; %NULL or "" unsets it
 *
 * Sets @column. Names are trimmed; nothing else is changed, so that
 * tov_record_validate() can say what is wrong with what the user typed.
 */
void
tov_record_set (TovRecord  *self,
                const char *column,
                const char *value)
{
  const TovColumnInfo *info;
  const char *key;
  char *copy;

  g_return_if_fail (TOV_IS_RECORD (self));
  g_return_if_fail (column != NULL);

  info = tov_table_lookup_column (self->table, column);
  if (info == NULL && !is_implicit (column))
    {
      g_critical ("Table %s has no column %s", self->table->name, column);
      return;
    }
  /* keys are the model's static strings, valid for the program's life */
  key = info != NULL ? info->name
      : g_str_equal (column, "id") ? "id"
      : g_str_equal (column, "created_at") ? "created_at" : "updated_at";

  self->valid = FALSE;
  copy = value != NULL ? g_strdup (value) : NULL;
  if (copy != NULL && info != NULL && info->type != TOV_COLUMN_TEXT)
    g_strstrip (copy);
  if (copy == NULL || *copy == '\0')
    {
      g_free (copy);
      g_hash_table_remove (self->values, key);
      return;
    }
  g_hash_table_insert (self->values, (gpointer) key, copy);
}

gint64
tov_record_get_int (TovRecord  *self,
                    const char *column,
                    gint64      fallback)
{
  const char *value = tov_record_get (self, column);
  gint64 n;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &n, NULL))
    return fallback;
  return n;
}

void
tov_record_set_int (TovRecord  *self,
                    const char *column,
                    gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  tov_record_set (self, column, buf);
}

gboolean
tov_record_get_boolean (TovRecord  *self,
                        const char *column)
{
  return tov_record_get_int (self, column, 0) != 0;
}

void
tov_record_set_boolean (TovRecord  *self,
                        const char *column,
                        gboolean    value)
{
  tov_record_set (self, column, value ? "1" : "0");
}

/**
 * tov_record_get_values:
 *
 * Returns: (transfer none): column name to value (text); unset columns are absent.
 */
GHashTable *
tov_record_get_values (TovRecord *self)
{
  g_return_val_if_fail (TOV_IS_RECORD (self), NULL);

  return self->values;
}

/**
 * tov_record_validate:
 * @column: (out) (optional): the column at fault, for showing the error beside it
 *
 * Checks every value's syntax, required columns, allowed values and ranges,
 * and the table's cross-column rules. References are checked only for
 * syntax here; the store checks that they exist.
 *
 * Returns: %TRUE if valid, else %FALSE with @error set to a message a user
 * can act on (%TOV_RECORD_ERROR_INVALID).
 */
gboolean
tov_record_validate (TovRecord   *self,
                     const char **column,
                     GError     **error)
{
  const char *dummy = NULL;
  const char *id;

  g_return_val_if_fail (TOV_IS_RECORD (self), FALSE);

  if (column == NULL)
    column = &dummy;
  *column = NULL;

  /* the rules depend on the values alone: a record checked since its last
   * change (an import checks each record, then the store checks it again)
   * need not be checked twice */
  if (self->valid)
    return TRUE;

  id = tov_record_get (self, "id");
  if (id != NULL && !g_uuid_string_is_valid (id))
    {
      *column = "id";
      return invalid (error, _("“%s” is not a valid id (a UUID)."), id);
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "created_at" : "updated_at";
      const char *value = tov_record_get (self, name);

      if (value != NULL && !tov_timestamp_is_valid (value))
        {
          *column = name;
          return invalid (error, _("“%s” is not a time stamp such as 2024-03-31T09:30:00Z."), value);
        }
    }

  for (guint i = 0; i < self->table->n_columns; i++)
    {
      const TovColumnInfo *info = &self->table->columns[i];
      const char *value = tov_record_get (self, info->name);
      gboolean blank = value == NULL;

      if (value != NULL && info->type == TOV_COLUMN_TEXT)
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (value));
          blank = *trimmed == '\0';
        }

      if (blank && (info->flags & TOV_COLUMN_FLAG_REQUIRED))
        {
          *column = info->name;
          return invalid (error, _("%s is required."), tov_column_get_label (info));
        }
      if (value != NULL && !validate_value (info, value, error))
        {
          *column = info->name;
          return FALSE;
        }
    }

  if (self->table->check != NULL &&
      !self->table->check (self->table, self->values, column, error))
    return FALSE;

  self->valid = TRUE;
  return TRUE;
}

/**
 * tov_record_equal:
 *
 * Returns: whether @a and @b are of the same table with the same values.
 */
gboolean
tov_record_equal (TovRecord *a,
                  TovRecord *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TOV_IS_RECORD (a) && TOV_IS_RECORD (b), FALSE);

  if (a->table != b->table || g_hash_table_size (a->values) != g_hash_table_size (b->values))
    return FALSE;
  g_hash_table_iter_init (&iter, a->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b->values, key)) != 0)
      return FALSE;
  return TRUE;
}
