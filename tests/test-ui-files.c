/* test-ui-files.c: every .ui file in data/ui builds, without a warning
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gtk4-builder-tool validate cannot check our templates on GTK 4.8: it does
 * not load libadwaita, so every template derived from an Adw type fails with
 * "Failed to lookup template parent type". This test does the tool's work
 * with the types at hand: it finds every .ui file under data/ui (a new file
 * is checked without touching this test), builds a plain file with
 * GtkBuilder, and for a template instantiates its type, which builds the
 * template compiled into the resource from that file. A mistake in a file
 * (an unknown property, object type or signal handler, a bad value) is a
 * GtkBuilder error or a critical, and G_DEBUG=fatal-warnings makes it fail
 * the test. Template types are found by name, as GtkBuilder does:
 * TovFamilyRow -> tov_family_row_get_type (the test links the whole UI
 * library and exports its symbols).
 */

#include "config.h"

#include <adwaita.h>
#include <gmodule.h>
#include <locale.h>
#include <string.h>

#include "tov-resources.h"

static void
run_until_idle (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
collect_ui_files (const char *dir,
                  GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_ui_files (path, files);
      else if (g_str_has_suffix (name, ".ui"))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

/* "TovFamilyRow" -> "tov_family_row_get_type" */
static char *
get_type_symbol (const char *type_name)
{
  GString *symbol = g_string_new (NULL);

  for (const char *c = type_name; *c != '\0'; c++)
    {
      if (g_ascii_isupper (*c) && c != type_name)
        g_string_append_c (symbol, '_');
      g_string_append_c (symbol, g_ascii_tolower (*c));
    }
  g_string_append (symbol, "_get_type");
  return g_string_free (symbol, FALSE);
}

static GType
resolve_type (const char *type_name)
{
  g_autofree char *symbol = get_type_symbol (type_name);
  GType (*get_type) (void) = NULL;
  GType type = g_type_from_name (type_name);
  GModule *self;

  if (type != G_TYPE_INVALID)
    return type;
  self = g_module_open (NULL, 0);
  if (self != NULL && g_module_symbol (self, symbol, (gpointer *) &get_type) && get_type != NULL)
    type = get_type ();
  if (self != NULL)
    g_module_close (self);
  return type;
}

/* The class of a file's <template>, or NULL for a plain file. */
static char *
template_class (const char *contents)
{
  const char *t = strstr (contents, "<template");
  const char *c, *end;

  if (t == NULL)
    return NULL;
  c = strstr (t, "class=\"");
  g_assert_nonnull (c);
  c += strlen ("class=\"");
  end = strchr (c, '"');
  g_assert_nonnull (end);
  return g_strndup (c, end - c);
}

static void
check_template (const char *path,
                const char *type_name)
{
  GType type = resolve_type (type_name);
  GObject *object;

  g_test_message ("%s: template %s", path, type_name);
  if (type == G_TYPE_INVALID)
    g_error ("%s: no type %s (nor a function %s_get_type)", path, type_name, type_name);
  g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));

  /* Building the instance builds its template: an error is a critical. */
  object = g_object_new (type, NULL);
  if (GTK_IS_WINDOW (object))
    {
      gtk_window_present (GTK_WINDOW (object));
      run_until_idle ();
      gtk_window_destroy (GTK_WINDOW (object));
    }
  else
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *child = GTK_WIDGET (object);

      /* A row lives in its list. */
      if (GTK_IS_LIST_BOX_ROW (object))
        {
          child = gtk_list_box_new ();
          gtk_list_box_append (GTK_LIST_BOX (child), GTK_WIDGET (object));
        }
      else if (GTK_IS_FLOW_BOX_CHILD (object))
        {
          child = gtk_flow_box_new ();
          gtk_flow_box_append (GTK_FLOW_BOX (child), GTK_WIDGET (object));
        }
      gtk_window_set_child (GTK_WINDOW (window), child);
      gtk_window_present (GTK_WINDOW (window));
      run_until_idle ();
      gtk_window_destroy (GTK_WINDOW (window));
    }
  run_until_idle ();
}

static void
check_plain (const char *path)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GSList *objects;

  g_test_message ("%s: plain GtkBuilder file", path);
  gtk_builder_add_from_file (builder, path, &error);
  g_assert_no_error (error);

  objects = gtk_builder_get_objects (builder);
  g_assert_nonnull (objects);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_WINDOW (l->data))
      gtk_window_destroy (l->data);
  g_slist_free (objects);
  run_until_idle ();
}

static void
test_every_file (void)
{
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");
  g_autofree char *uidir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n_templates = 0;

  g_assert_nonnull (datadir);
  uidir = g_build_filename (datadir, "ui", NULL);
  collect_ui_files (uidir, files);
  g_assert_cmpuint (files->len, >=, 5);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      g_autofree char *type_name = NULL;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);

      type_name = template_class (contents);
      if (type_name != NULL)
        {
          check_template (path, type_name);
          n_templates++;
        }
      else
        check_plain (path);
    }

  g_test_message ("%u files, %u templates", files->len, n_templates);
  g_assert_cmpuint (n_templates, >=, 4);
}

/* The checker must catch a mistake, or it proves nothing. */
static void
test_catches_mistakes (void)
{
  static const char bad_property[] =
    "<interface><object class=\"GtkLabel\"><property name=\"no-such-property\">1</property>"
    "</object></interface>";
  static const char bad_type[] =
    "<interface><object class=\"TovNoSuchWidget\"/></interface>";
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (gtk_builder_add_from_string (builder, bad_property, -1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (gtk_builder_add_from_string (builder, bad_type, -1, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (resolve_type ("TovNoSuchWidget"), ==, G_TYPE_INVALID);
  g_assert_cmpuint (resolve_type ("TovFamilyRow"), !=, G_TYPE_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_DEBUG", "default-settings", TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  tov_register_resource ();
  adw_init ();

  g_test_add_func ("/tov/ui-files/every-file-builds", test_every_file);
  g_test_add_func ("/tov/ui-files/catches-mistakes", test_catches_mistakes);

  return g_test_run ();
}
