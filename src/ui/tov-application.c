/* tov-application.c: the application, its actions and its database windows
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-application"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "tov-date.h"
#include "tov-application.h"
#include "tov-preferences-window.h"
#include "tov-xml-reader.h"

struct _TovApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;  /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (TovApplication, tov_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE (also the TOV_DB environment variable)"), N_("FILE") },
  { "select-family", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Show the family NAME (or its id) at once"), N_("NAME") },
  { "tab", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --select-family, show the tab overview, network or plan"), N_("TAB") },
  /* For screenshots and tests: a family-page action to activate, e.g. family.edit */
  { "activate-action", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL, NULL, NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not installed, using defaults", APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static char *
get_setting (TovApplication *self,
             const char     *key)
{
  if (self->settings == NULL)
    return g_strdup ("");

  return g_settings_get_string (self->settings, key);
}

/* A window opens at the size and maximized state the last one closed in. */
static gboolean
on_window_close_request_cb (GtkWindow      *window,
                            TovApplication *self)
{
  int width = 0, height = 0;

  if (self->settings == NULL)
    return FALSE;
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);
  return FALSE;
}

static void
restore_window_size (TovApplication *self,
                     GtkWindow      *window)
{
  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (window,
                               MAX (g_settings_get_int (self->settings, "window-width"), 360),
                               MAX (g_settings_get_int (self->settings, "window-height"), 300));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (window);
  g_signal_connect_object (window, "close-request", G_CALLBACK (on_window_close_request_cb), self, 0);
}

static TovWindow *
find_window (TovApplication *self,
             const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (TOV_IS_WINDOW (l->data) &&
          g_strcmp0 (tov_window_get_database_path (l->data), path) == 0)
        return l->data;
    }

  return NULL;
}

/* TOV_BENCH_FIRST_FRAME=1 (bench/startup): print the monotonic time of the
 * first painted frame of the first window, then quit. */
static void
on_bench_after_paint_cb (GdkFrameClock  *clock,
                         TovApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_bench_after_paint_cb, self);
  /* not translatable: read by bench/, not by people */
  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (self));
}

static void
on_bench_window_realize_cb (GtkWidget      *window,
                            TovApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_bench_after_paint_cb), self, 0);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TovApplication *self = user_data;
  const char *developers[] = { _("The Tovholder authors"), NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Tovholder"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Tovholder authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Coordinate whole-family work with vulnerable families: "
                                      "one coordinator, one plan, written agreements."),
                        "website", "https://tovholder.dk/",
                        "issue-url", "https://tovholder.dk/issues",
                        "copyright", _("© 2026 The Tovholder authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your names, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Method"),
                                                (const char *[]) {
                                                  _("The Danish municipal project houses for whole-family work"),
                                                  NULL });
  gtk_window_present (about);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TovApplication *self = user_data;
  GtkWidget *window = tov_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (window),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TovApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TovWindow *window;

  path = tov_application_prepare_demo (self, &error);
  if (path == NULL)
    {
      GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Cannot Open the Demo Data"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  window = tov_application_open_database (self, path);
  gtk_window_set_title (GTK_WINDOW (window), _("Tovholder — Demo Data"));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "open-demo", open_demo_action },
};

static int
tov_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      /* not translatable: the program's name and version */
      g_print ("tovholder %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static int
tov_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  TovApplication *self = TOV_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *path = NULL;
  const char *arg = NULL;
  const char *family = NULL;
  const char *tab = NULL;
  const char *action = NULL;
  TovWindow *window;

  if (!g_variant_dict_lookup (options, "db", "^&ay", &arg) || arg[0] == '\0')
    arg = g_application_command_line_getenv (command_line, "TOV_DB");

  if (arg != NULL && arg[0] != '\0')
    {
      if (g_str_equal (arg, ":memory:"))
        path = g_strdup (arg);
      else
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, arg);

          path = g_file_get_path (file);
        }
    }

  window = tov_application_open_database (self, path);

  g_variant_dict_lookup (options, "tab", "&s", &tab);
  if (g_variant_dict_lookup (options, "select-family", "&s", &family) &&
      !tov_window_show_family (window, family, tab))
    {
      g_application_command_line_printerr (command_line, _("No family called “%s”\n"), family);
      return 1;
    }

  if (g_variant_dict_lookup (options, "activate-action", "&s", &action) &&
      !gtk_widget_activate_action (GTK_WIDGET (tov_window_get_family_page (window)), action, NULL))
    {
      /* not translatable: --activate-action is a hidden option for tests */
      g_application_command_line_printerr (command_line, "No action %s\n", action);
      return 1;
    }

  return 0;
}

static void
tov_application_activate (GApplication *app)
{
  tov_application_open_database (TOV_APPLICATION (app), NULL);
}

static void
tov_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (tov_application_parent_class)->startup (app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  /* as GTK sets it for gtk/help-overlay.ui, which Tovholder builds only when asked */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", shortcuts_accels);
}

static void
tov_application_dispose (GObject *object)
{
  TovApplication *self = TOV_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tov_application_parent_class)->dispose (object);
}

static void
tov_application_class_init (TovApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = tov_application_dispose;

  app_class->activate = tov_application_activate;
  app_class->command_line = tov_application_command_line;
  app_class->handle_local_options = tov_application_handle_local_options;
  app_class->startup = tov_application_startup;
}

static void
tov_application_init (TovApplication *self)
{
  self->settings = create_settings ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Coordinate whole-family work with vulnerable families."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
}

TovApplication *
tov_application_new (void)
{
  return g_object_new (TOV_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_SEND_ENVIRONMENT,
                       "resource-base-path", "/dk/tovholder/Tovholder",
                       NULL);
}

/**
 * tov_application_get_default_database:
 * @self: a #TovApplication
 *
 * Returns: (transfer full): the database-path setting, or when it is empty
 *   tovholder/tovholder.sqlite in the user data directory
 */
char *
tov_application_get_default_database (TovApplication *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (TOV_IS_APPLICATION (self), NULL);

  path = get_setting (self, "database-path");
  if (path[0] != '\0')
    return g_steal_pointer (&path);

  return g_build_filename (g_get_user_data_dir (), "tovholder", "tovholder.sqlite", NULL);
}

/**
 * tov_application_open_database:
 * @self: a #TovApplication
 * @path: (nullable): a database file; %NULL for the default
 *
 * Presents the window showing @path, opening one if there is none. A file
 * that does not open gives a window that says why.
 *
 * Returns: (transfer none): the window
 */
TovWindow *
tov_application_open_database (TovApplication *self,
                               const char     *path)
{
  g_autofree char *default_path = NULL;
  g_autofree char *staff = NULL;
  g_autoptr(TovStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TovWindow *window;

  g_return_val_if_fail (TOV_IS_APPLICATION (self), NULL);

  if (path == NULL)
    {
      g_autofree char *dir = NULL;

      path = default_path = tov_application_get_default_database (self);
      dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        g_debug ("Cannot create %s: %s", dir, g_strerror (errno));
    }

  window = find_window (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  window = tov_window_new (GTK_APPLICATION (self));
  restore_window_size (self, GTK_WINDOW (window));
  if (g_getenv ("TOV_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect_object (window, "realize", G_CALLBACK (on_bench_window_realize_cb), self, 0);

  store = tov_store_open (path, &error);
  if (store == NULL)
    tov_window_show_open_error (window, path, error);
  else
    {
      staff = get_setting (self, "staff-name");
      tov_store_set_staff (store, staff[0] != '\0' ? staff : g_get_real_name ());
      tov_window_set_store (window, store);
    }

  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * tov_application_prepare_demo:
 * @self: a #TovApplication
 *
 * Imports the demo families into a database of their own, demo.sqlite in
 * the user data directory, once; never into the real one.
 *
 * Returns: (transfer full): the demo database's path, or %NULL
 */
char *
tov_application_prepare_demo (TovApplication  *self,
                              GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(TovStore) store = NULL;
  g_autoptr(GListModel) families = NULL;
  g_autoptr(TovXmlReader) reader = NULL;
  g_autoptr(GFile) file = NULL;
  const char *source = g_getenv ("TOV_SOURCE_DATADIR");

  g_return_val_if_fail (TOV_IS_APPLICATION (self), NULL);

  dir = g_build_filename (g_get_user_data_dir (), "tovholder", NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }
  path = g_build_filename (dir, "demo.sqlite", NULL);

  store = tov_store_open (path, error);
  if (store == NULL)
    return NULL;
  families = tov_store_list_families (store, error);
  if (families == NULL)
    return NULL;
  if (g_list_model_get_n_items (families) > 0)
    return g_steal_pointer (&path);

  xml = g_build_filename (PKGDATADIR, "demo", "demo.xml", NULL);
  if (!g_file_test (xml, G_FILE_TEST_EXISTS))
    {
      g_free (xml);
      xml = g_build_filename (source != NULL ? source : SOURCE_DATADIR, "demo", "demo.xml", NULL);
    }

  tov_store_set_staff (store, _("Demo data"));
  reader = tov_xml_reader_new (store);
  /* what was overdue or expiring soon when the demo was written is so today */
  tov_xml_reader_set_date_shift (reader, tov_date_days_until_today (TOV_DEMO_DAY));
  file = g_file_new_for_path (xml);
  if (!tov_xml_reader_import_file (reader, file, NULL, error))
    return NULL;

  return g_steal_pointer (&path);
}
