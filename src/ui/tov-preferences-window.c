/* tov-preferences-window.c: where the database lives, who you are, printout language
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-preferences-window"

#include <glib/gi18n.h>

#include "tov-labels.h"
#include "tov-preferences-window.h"

/* Printout languages offered; the first is the default. */
static const char * const print_languages[] = { "da", "ar", "en", "so", "fa", "ti", "uk", NULL };

struct _TovPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwEntryRow          *database_row;
  AdwEntryRow          *staff_row;
  AdwComboRow          *print_language_row;
};

G_DEFINE_FINAL_TYPE (TovPreferencesWindow, tov_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
get_language_cb (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);

  for (guint i = 0; print_languages[i] != NULL; i++)
    if (g_str_equal (print_languages[i], code))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
set_language_cb (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= g_strv_length ((char **) print_languages))
    i = 0;
  return g_variant_new_string (print_languages[i]);
}

static void
tov_preferences_window_dispose (GObject *object)
{
  TovPreferencesWindow *self = TOV_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tov_preferences_window_parent_class)->dispose (object);
}

static void
tov_preferences_window_class_init (TovPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TovPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, TovPreferencesWindow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, TovPreferencesWindow, print_language_row);
}

static void
tov_preferences_window_init (TovPreferencesWindow *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; print_languages[i] != NULL; i++)
    gtk_string_list_append (languages, tov_label_for_language (print_languages[i]));
  adw_combo_row_set_model (self->print_language_row, G_LIST_MODEL (languages));
}

/**
 * tov_preferences_window_new:
 * @settings: (nullable): the application's settings; without them (schema
 *   not installed) the rows are insensitive
 */
GtkWidget *
tov_preferences_window_new (GSettings *settings)
{
  TovPreferencesWindow *self = g_object_new (TOV_TYPE_PREFERENCES_WINDOW, NULL);

  if (settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->database_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->staff_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->print_language_row), FALSE);
      return GTK_WIDGET (self);
    }

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "database-path", self->database_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "staff-name", self->staff_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "default-print-language", self->print_language_row,
                                "selected", G_SETTINGS_BIND_DEFAULT,
                                get_language_cb, set_language_cb, NULL, NULL);

  return GTK_WIDGET (self);
}
