/* tov-measure-dialog.c: quick measurement entry, one row per member and dimension
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-measure-dialog"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-family.h"
#include "tov-family-page.h"
#include "tov-labels.h"
#include "tov-measure-dialog.h"
#include "tov-report.h"

/* history rows shown per member, newest first */
#define MAX_HISTORY 40

typedef struct
{
  char               *person_id;
  const char         *dimension;    /* static, from tov_dimensions[] */
  const char * const *values;       /* the dimension's values */
  char               *last_value;   /* NULL: never measured */
  char               *last_date;
  AdwComboRow        *row;
} Field;

struct _TovMeasureDialog
{
  AdwWindow        parent_instance;

  TovStore        *store;
  char            *family_id;
  GPtrArray       *fields;   /* Field */

  /* Template widgets */
  GtkBox          *members_box;
  GtkEntry        *date_entry;
  GtkLabel        *error_label;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (TovMeasureDialog, tov_measure_dialog, ADW_TYPE_WINDOW)

static void
field_free (Field *field)
{
  g_free (field->person_id);
  g_free (field->last_value);
  g_free (field->last_date);
  g_free (field);
}

static void
show_error (TovMeasureDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static const char *
value_label (const char *dimension,
             const char *value)
{
  return tov_report_dimension_is_numeric (dimension) ? value : tov_report_value_label (dimension, value);
}

static Field *
find_field (TovMeasureDialog *self,
            const char       *person_id,
            const char       *dimension)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_strcmp0 (field->person_id, person_id) == 0 && g_strcmp0 (field->dimension, dimension) == 0)
        return field;
    }
  return NULL;
}

static GtkWidget *
make_row (TovMeasureDialog *self,
          Field            *field)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  guint selected = 0;

  gtk_string_list_append (list, _("Not measured"));
  for (guint v = 0; field->values[v] != NULL; v++)
    {
      gtk_string_list_append (list, value_label (field->dimension, field->values[v]));
      if (g_strcmp0 (field->values[v], field->last_value) == 0)
        selected = v + 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  g_object_unref (list);
  adw_combo_row_set_selected (row, selected);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tov_report_dimension_label (field->dimension));
  if (field->last_date != NULL)
    {
      g_autofree char *date = tov_family_page_format_date (field->last_date);
      /* Translators: under a measurement row: when the value shown was last measured */
      g_autofree char *subtitle = g_strdup_printf (_("Last measured %s"), date);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not measured before"));
  field->row = row;
  return GTK_WIDGET (row);
}

static void
add_member (TovMeasureDialog *self,
            TovRecord        *person)
{
  const char *person_id = tov_record_get_id (person);
  const char *role = tov_record_get (person, "household_role");
  const char * const *dimensions = tov_report_dimensions_for_role (role);
  g_autoptr(GPtrArray) measurements = NULL;
  g_autofree char *name = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *history = adw_expander_row_new ();
  guint shown = 0;

  name = g_strjoin (" ", tov_record_get (person, "given_name"),
                    tov_record_get (person, "family_name") != NULL ? tov_record_get (person, "family_name") : "",
                    NULL);
  g_strstrip (name);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         tov_label_for_value ("household_role", role));

  /* in date order: the last one of a dimension is its latest */
  measurements = tov_store_list (self->store, "measurements", "person_id", person_id, NULL);

  for (guint d = 0; dimensions[d] != NULL; d++)
    {
      Field *field = g_new0 (Field, 1);

      field->person_id = g_strdup (person_id);
      field->dimension = dimensions[d];
      field->values = tov_dimension_get_values (dimensions[d]);
      for (guint m = 0; measurements != NULL && m < measurements->len; m++)
        {
          TovRecord *r = g_ptr_array_index (measurements, m);

          if (g_strcmp0 (tov_record_get (r, "dimension"), dimensions[d]) != 0)
            continue;
          g_free (field->last_value);
          g_free (field->last_date);
          field->last_value = g_strdup (tov_record_get (r, "value"));
          field->last_date = g_strdup (tov_record_get (r, "measured_on"));
        }
      g_ptr_array_add (self->fields, field);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_row (self, field));
    }

  /* history, newest first */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history), _("History"));
  for (guint m = measurements != NULL ? measurements->len : 0; m > 0 && shown < MAX_HISTORY; m--, shown++)
    {
      TovRecord *r = g_ptr_array_index (measurements, m - 1);
      const char *dimension = tov_record_get (r, "dimension");
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = tov_family_page_format_date (tov_record_get (r, "measured_on"));
      g_autofree char *title = g_strdup_printf ("%s: %s", tov_report_dimension_label (dimension),
                                                value_label (dimension, tov_record_get (r, "value")));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (history), row);
    }
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measurement",
                                                           "%u measurements", shown), shown);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (history), count);
  }
  gtk_widget_set_sensitive (history, shown > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), history);

  gtk_box_append (self->members_box, group);
}

static void
populate (TovMeasureDialog *self)
{
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GError) error = NULL;

  persons = tov_store_list (self->store, "persons", "family_id", self->family_id, &error);
  if (persons == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < persons->len; i++)
    add_member (self, g_ptr_array_index (persons, i));
  if (persons->len == 0)
    show_error (self, _("This family has no members yet. Add them on the family’s page first."));
}

static void
on_date_entry_changed_cb (TovMeasureDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autofree char *today = tov_date_today ();

  if (!tov_date_is_valid (text))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      show_error (self, _("Write the date as YYYY-MM-DD, for example 2026-01-31."));
    }
  else if (g_strcmp0 (text, today) > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      show_error (self, _("The date is in the future. Measure what is, not what is hoped for."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
      show_error (self, NULL);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovMeasureDialog *self = TOV_MEASURE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!tov_measure_dialog_save (self, &n, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
tov_measure_dialog_dispose (GObject *object)
{
  TovMeasureDialog *self = TOV_MEASURE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_MEASURE_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_measure_dialog_parent_class)->dispose (object);
}

static void
tov_measure_dialog_finalize (GObject *object)
{
  TovMeasureDialog *self = TOV_MEASURE_DIALOG (object);

  g_free (self->family_id);

  G_OBJECT_CLASS (tov_measure_dialog_parent_class)->finalize (object);
}

static void
tov_measure_dialog_class_init (TovMeasureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_measure_dialog_dispose;
  object_class->finalize = tov_measure_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-measure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TovMeasureDialog, members_box);
  gtk_widget_class_bind_template_child (widget_class, TovMeasureDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TovMeasureDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TovMeasureDialog, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_date_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "measure.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "measure.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "measure.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tov_measure_dialog_init (TovMeasureDialog *self)
{
  g_autofree char *today = tov_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

/* Public API */

TovMeasureDialog *
tov_measure_dialog_new (TovStore   *store,
                        const char *family_id)
{
  TovMeasureDialog *self;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);

  self = g_object_new (TOV_TYPE_MEASURE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->family_id = g_strdup (family_id);
  populate (self);
  return self;
}

const char *
tov_measure_dialog_get_date (TovMeasureDialog *self)
{
  g_return_val_if_fail (TOV_IS_MEASURE_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
}

void
tov_measure_dialog_set_date (TovMeasureDialog *self,
                             const char       *date)
{
  g_return_if_fail (TOV_IS_MEASURE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date != NULL ? date : "");
}

/* Selects a value as the user would; NULL: "Not measured". */
gboolean
tov_measure_dialog_set_value (TovMeasureDialog *self,
                              const char       *person_id,
                              const char       *dimension,
                              const char       *value)
{
  Field *field;

  g_return_val_if_fail (TOV_IS_MEASURE_DIALOG (self), FALSE);

  field = find_field (self, person_id, dimension);
  if (field == NULL)
    return FALSE;
  if (value == NULL)
    {
      adw_combo_row_set_selected (field->row, 0);
      return TRUE;
    }
  for (guint v = 0; field->values[v] != NULL; v++)
    if (g_str_equal (field->values[v], value))
      {
        adw_combo_row_set_selected (field->row, v + 1);
        return TRUE;
      }
  return FALSE;
}

/* The value shown, or NULL for "Not measured" (or no such row). */
const char *
tov_measure_dialog_get_value (TovMeasureDialog *self,
                              const char       *person_id,
                              const char       *dimension)
{
  Field *field;
  guint selected;

  g_return_val_if_fail (TOV_IS_MEASURE_DIALOG (self), NULL);

  field = find_field (self, person_id, dimension);
  if (field == NULL)
    return NULL;
  selected = adw_combo_row_get_selected (field->row);
  return selected > 0 && selected != GTK_INVALID_LIST_POSITION ? field->values[selected - 1] : NULL;
}

/**
 * tov_measure_dialog_save:
 *
 * Records every value shown for the date, in one transaction; a value the
 * same as the member's last one on the same day is not recorded twice.
 * Writes nothing when any row is refused.
 */
gboolean
tov_measure_dialog_save (TovMeasureDialog *self,
                         guint            *n_recorded,
                         GError          **error)
{
  const char *date;
  g_autofree char *today = tov_date_today ();
  guint n = 0;

  g_return_val_if_fail (TOV_IS_MEASURE_DIALOG (self), FALSE);

  date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  if (!tov_date_is_valid (date) || g_strcmp0 (date, today) > 0)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("The day of measurement must be a date as YYYY-MM-DD, today or earlier."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return FALSE;
    }

  if (!tov_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      const char *value = tov_measure_dialog_get_value (self, field->person_id, field->dimension);
      g_autoptr(TovRecord) record = NULL;
      g_autoptr(GError) local = NULL;

      if (value == NULL ||
          (g_strcmp0 (field->last_date, date) == 0 && g_strcmp0 (field->last_value, value) == 0))
        continue;
      record = tov_record_new ("measurements");
      tov_record_set (record, "person_id", field->person_id);
      tov_record_set (record, "dimension", field->dimension);
      tov_record_set (record, "measured_on", date);
      tov_record_set (record, "value", value);
      if (!tov_store_insert (self->store, record, NULL, &local))
        {
          tov_store_rollback (self->store);
          gtk_widget_grab_focus (GTK_WIDGET (field->row));
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      n++;
    }
  if (!tov_store_commit (self->store, error))
    {
      tov_store_rollback (self->store);
      return FALSE;
    }
  if (n_recorded != NULL)
    *n_recorded = n;
  return TRUE;
}

/* Install with gtk_widget_class_install_action (widget_class,
 * "family.record-measurements", NULL, tov_measure_dialog_activate). */
void
tov_measure_dialog_activate (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(TovStore) store = NULL;
  g_autoptr(TovFamily) family = NULL;
  TovMeasureDialog *dialog;
  GtkRoot *root;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "store") == NULL ||
      g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "family") == NULL)
    {
      g_critical ("%s: %s has no store or family property", action_name, G_OBJECT_TYPE_NAME (widget));
      return;
    }
  g_object_get (widget, "store", &store, "family", &family, NULL);
  if (store == NULL || family == NULL)
    return;

  dialog = tov_measure_dialog_new (store, tov_family_get_id (family));
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}
