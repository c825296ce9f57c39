/* test-i18n-ui.c: the window in Arabic (right to left) and in Danish
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each language runs in a subprocess of its own, started with LANG, LC_ALL
 * and LANGUAGE set as a user's session sets them: the locale, the catalogue
 * and GTK's text direction are chosen once, at start-up, as in the real
 * application (main () calls tov_i18n_init () before gtk_init ()).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tov-application.h"
#include "tov-i18n.h"
#include "tov-plan-page.h"
#include "tov-preferences-window.h"
#include "tov-resources.h"
#include "tov-window.h"
#include "tov-test-ui.h"
#include "tov-test-util.h"

/* set in the parent for the subprocess: the locale the child starts in */
#define LOCALE_VARIABLE "TOV_TEST_I18N_LOCALE"

typedef struct
{
  const char *locale;       /* LANG and LC_ALL */
  const char *language;     /* LANGUAGE */
  GtkTextDirection direction;
  GUnicodeScript script;    /* of the translated words */
  const char *families;     /* "Families", as the catalogue has it today */
  const char *welcome;      /* "Welcome to Tovholder" */
} Language;

static const Language arabic = {
  "ar_EG.UTF-8", "ar", GTK_TEXT_DIR_RTL, G_UNICODE_SCRIPT_ARABIC, "الأسر", "مرحبًا بك في Tovholder",
};

static const Language danish = {
  "da_DK.UTF-8", "da", GTK_TEXT_DIR_LTR, G_UNICODE_SCRIPT_LATIN, "Familier", "Velkommen til Tovholder",
};

/* Runs the main loop until @widget has a size (the window is laid out). */
static void
wait_for_layout (GtkWidget *widget)
{
  for (guint i = 0; i < 200 && gtk_widget_get_width (widget) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  tov_test_run_until_idle ();
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
}

static char *
make_store_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tov-i18n-ui-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_store_dir (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

static char *
add_family (TovStore *store)
{
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(TovRecord) person = tov_record_new ("persons");
  g_autoptr(TovRecord) actor = tov_record_new ("actors");
  g_autoptr(TovRecord) engagement = tov_record_new ("engagements");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  /* a Danish name inside Arabic text */
  tov_record_set (family, "name", "Søndergård");
  tov_record_set (family, "status", "active");
  tov_record_set (family, "enrolled_on", "2026-03-02");
  g_assert_true (tov_store_insert (store, family, &column, &error));
  g_assert_no_error (error);

  tov_record_set (person, "family_id", tov_record_get_id (family));
  tov_record_set (person, "given_name", "Åse");
  tov_record_set (person, "household_role", "mother");
  tov_record_set (person, "birth_date", "1985-06-01");
  g_assert_true (tov_store_insert (store, person, &column, &error));
  g_assert_no_error (error);

  /* three members: a count written with a digit in Arabic too */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TovRecord) child = tov_record_new ("persons");

      tov_record_set (child, "family_id", tov_record_get_id (family));
      tov_record_set (child, "given_name", i == 0 ? "Ida" : "Mads");
      tov_record_set (child, "household_role", "child");
      tov_record_set (child, "birth_date", i == 0 ? "2014-02-01" : "2017-09-12");
      g_assert_true (tov_store_insert (store, child, &column, &error));
      g_assert_no_error (error);
    }

  /* the family's coordinator, a Danish name */
  tov_record_set (actor, "name", "Jonas Bech Madsen");
  tov_record_set (actor, "sector", "social");
  g_assert_true (tov_store_insert (store, actor, &column, &error));
  g_assert_no_error (error);
  tov_record_set (engagement, "family_id", tov_record_get_id (family));
  tov_record_set (engagement, "actor_id", tov_record_get_id (actor));
  tov_record_set (engagement, "ring", "core");
  tov_record_set (engagement, "coordinator", "1");
  tov_record_set (engagement, "from_date", "2026-03-02");
  g_assert_true (tov_store_insert (store, engagement, &column, &error));
  g_assert_no_error (error);

  return g_strdup (tov_record_get_id (family));
}

static TovWindow *
new_window (TovStore *store)
{
  TovWindow *window = g_object_new (TOV_TYPE_WINDOW, "store", store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_layout (GTK_WIDGET (window));
  return window;
}

static void
close_window (TovWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* The texts a user sees under @widget: labels, titles of status pages and
 * window titles, placeholders and tooltips of mapped widgets. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  else if (GTK_IS_INSCRIPTION (widget))  /* the family rows' lines */
    g_ptr_array_add (texts, g_strdup (gtk_inscription_get_text (GTK_INSCRIPTION (widget))));
  else if (ADW_IS_STATUS_PAGE (widget))
    g_ptr_array_add (texts, g_strdup (adw_status_page_get_title (ADW_STATUS_PAGE (widget))));
  else if (ADW_IS_WINDOW_TITLE (widget))
    g_ptr_array_add (texts, g_strdup (adw_window_title_get_title (ADW_WINDOW_TITLE (widget))));
  else if (GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget))
    {
      char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL)
        g_ptr_array_add (texts, placeholder);
    }
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_ptr_array_add (texts, g_strdup (gtk_widget_get_tooltip_text (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static gboolean
texts_contain (GPtrArray  *texts,
               const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;
  return FALSE;
}

/* A text the catalogue translates but the window shows in English: a string
 * set without _(), or translated before the catalogue was bound. */
static void
assert_nothing_in_english (GPtrArray  *texts,
                           const char *where)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      const char *translated;

      if (text == NULL || *text == '\0')
        continue;
      translated = g_dgettext (GETTEXT_PACKAGE, text);
      if (translated != text && g_strcmp0 (translated, text) != 0)
        g_error ("%s shows “%s” in English; the catalogue has “%s”", where, text, translated);
    }
}

static gboolean
has_script (const char     *text,
            GUnicodeScript  script)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == script)
      return TRUE;
  return FALSE;
}

/* Every widget under @widget that has not been given a direction of its own
 * follows the default direction. */
static void
assert_direction (GtkWidget        *widget,
                  GtkTextDirection  direction,
                  guint            *n_checked)
{
  g_assert_cmpint (gtk_widget_get_direction (widget), ==, direction);
  (*n_checked)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_direction (child, direction, n_checked);
}

/* The x of @widget's top-left corner in @window's coordinates. */
static double
x_in_window (GtkWidget *widget,
             GtkWidget *window)
{
  double x = 0, y = 0;

  g_assert_true (gtk_widget_translate_coordinates (widget, window, 0, 0, &x, &y));
  return x;
}

/* The text of a label, or of an inscription (the family rows' lines). */
static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL)
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  return "";
}

/* The first label or inscription under @widget whose text contains @part. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *part)
{
  if (strstr (text_of (widget), part) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The page of @leaflet that holds @descendant. */
static GtkWidget *
leaflet_child_holding (GtkWidget *leaflet,
                       GtkWidget *descendant)
{
  for (GtkWidget *child = gtk_widget_get_first_child (leaflet);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child == descendant || gtk_widget_is_ancestor (descendant, child))
      return child;
  return NULL;
}

/* In the child process, under the language's locale. */
static void
check_window (const Language *language)
{
  g_autofree char *dir = make_store_dir ();
  g_autofree char *path = g_build_filename (dir, "i18n.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (path, &error);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *family_id = NULL;
  TovWindow *window;
  GtkWidget *leaflet, *sidebar, *content, *entry;
  guint n_checked = 0;
  double sidebar_x, content_x;

  g_assert_no_error (error);

  /* the locale and the catalogue the application chose */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, language->language);
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, language->direction);
  g_assert_cmpstr (_("Families"), ==, language->families);

  /* an empty database: the welcome page */
  window = new_window (store);
  collect_texts (GTK_WIDGET (window), texts);
  g_assert_true (texts_contain (texts, language->welcome));
  assert_nothing_in_english (texts, "The welcome page");
  close_window (window);
  g_ptr_array_set_size (texts, 0);

  /* a family: the list beside the family's page */
  family_id = add_family (store);
  window = new_window (store);
  g_assert_true (tov_window_show_family (window, family_id, "overview"));
  tov_test_run_until_idle ();

  assert_direction (GTK_WIDGET (window), language->direction, &n_checked);
  g_assert_cmpuint (n_checked, >, 100);

  collect_texts (GTK_WIDGET (window), texts);
  g_assert_true (texts_contain (texts, language->families));
  g_assert_true (texts_contain (texts, "Søndergård"));
  assert_nothing_in_english (texts, "The family's overview");
  {
    guint n_script = 0;

    for (guint i = 0; i < texts->len; i++)
      n_script += has_script (g_ptr_array_index (texts, i), language->script);
    g_assert_cmpuint (n_script, >=, 10);
  }

  /* the list is at the start of the reading direction: on the right in Arabic */
  leaflet = tov_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE);
  g_assert_nonnull (leaflet);
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
  entry = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, FALSE);
  g_assert_nonnull (entry);
  sidebar = leaflet_child_holding (leaflet, entry);
  content = leaflet_child_holding (leaflet, GTK_WIDGET (tov_window_get_family_page (window)));
  g_assert_nonnull (sidebar);
  g_assert_nonnull (content);
  g_assert_true (sidebar != content);
  sidebar_x = x_in_window (sidebar, GTK_WIDGET (window));
  content_x = x_in_window (content, GTK_WIDGET (window));
  if (language->direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (sidebar_x, >, content_x);
  else
    g_assert_cmpfloat (sidebar_x, <, content_x);

  /* a line that starts with a Danish name still reads in the language's
   * direction: the family row's "coordinator · members" */
  {
    /* the name between isolating marks (tov_isolate ()), then the count */
    GtkWidget *row_line = find_label (sidebar, "Jonas Bech Madsen" "\xE2\x81\xA9" " · ");
    g_autoptr(PangoLayout) layout = NULL;
    PangoLayoutLine *line;
    const char *text;
    PangoRectangle name_pos, count_pos;

    g_assert_nonnull (row_line);
    /* laid out as the line lays it out (an inscription keeps its layout to itself) */
    text = text_of (row_line);
    layout = gtk_widget_create_pango_layout (row_line, text);
    line = pango_layout_get_line_readonly (layout, 0);
    g_assert_cmpint (line->resolved_dir, ==,
                     language->direction == GTK_TEXT_DIR_RTL ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    /* the member count stays with its word, on the far side of the name
     * from where the line starts: "أفراد 3 · Jonas Bech Madsen", not
     * "أفراد Jonas Bech Madsen · 3" (the digit taken into the name's run) */
    g_assert_nonnull (strchr (text, '3'));
    pango_layout_index_to_pos (layout, strstr (text, "Jonas") - text, &name_pos);
    pango_layout_index_to_pos (layout, strchr (text, '3') - text, &count_pos);
    if (language->direction == GTK_TEXT_DIR_RTL)
      g_assert_cmpint (count_pos.x, <, name_pos.x);
    else
      g_assert_cmpint (count_pos.x, >, name_pos.x);
    /* and is as high as its letters: no Arabic tail cut off */
    {
      int height;

      pango_layout_get_pixel_size (layout, NULL, &height);
      g_assert_cmpint (gtk_widget_get_height (row_line), >=, height);
    }
  }

  /* typing into the search starts at the reading direction's side */
  g_assert_cmpint (gtk_widget_get_direction (entry), ==, language->direction);

  /* every tab of the family's page */
  {
    const char *tabs[] = { "network", "plan", "meetings" };

    for (guint t = 0; t < G_N_ELEMENTS (tabs); t++)
      {
        g_autofree char *where = g_strdup_printf ("The family's %s tab", tabs[t]);

        g_assert_true (tov_window_show_family (window, family_id, tabs[t]));
        tov_test_run_until_idle ();
        g_ptr_array_set_size (texts, 0);
        collect_texts (GTK_WIDGET (window), texts);
        assert_nothing_in_english (texts, where);
        n_checked = 0;
        assert_direction (GTK_WIDGET (window), language->direction, &n_checked);
      }
  }

  /* in a narrow window (the list folded away) the plan fits without
   * scrolling sideways, its toolbar's longer Arabic labels included */
  {
    TovWindow *narrow = g_object_new (TOV_TYPE_WINDOW, "store", store, NULL);
    GtkWidget *plan, *scroller;
    GtkAdjustment *adjustment;

    gtk_window_set_default_size (GTK_WINDOW (narrow), 500, 800);
    gtk_window_present (GTK_WINDOW (narrow));
    wait_for_layout (GTK_WIDGET (narrow));
    g_assert_true (tov_window_show_family (narrow, family_id, "plan"));
    for (guint i = 0; i < 40; i++)
      {
        tov_test_run_until_idle ();
        g_usleep (5000);
      }
    plan = tov_test_find_widget (GTK_WIDGET (narrow), TOV_TYPE_PLAN_PAGE, FALSE);
    g_assert_nonnull (plan);
    scroller = gtk_widget_get_ancestor (plan, GTK_TYPE_SCROLLED_WINDOW);
    adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
    g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=, gtk_adjustment_get_page_size (adjustment) + 0.5);
    close_window (narrow);
  }

  /* the preferences, title and all (libadwaita's own title has no Arabic) */
  {
    g_autoptr(GSettings) settings = g_settings_new ("dk.tovholder.Tovholder");
    GtkWidget *preferences = tov_preferences_window_new (settings);

    gtk_window_present (GTK_WINDOW (preferences));
    wait_for_layout (preferences);
    g_ptr_array_set_size (texts, 0);
    collect_texts (preferences, texts);
    g_ptr_array_add (texts, g_strdup (gtk_window_get_title (GTK_WINDOW (preferences))));
    assert_nothing_in_english (texts, "The preferences");
    g_assert_true (has_script (gtk_window_get_title (GTK_WINDOW (preferences)), language->script));
    gtk_window_destroy (GTK_WINDOW (preferences));
    tov_test_run_until_idle ();
  }

  close_window (window);
  g_assert_finalize_object (g_steal_pointer (&store));
  remove_store_dir (g_steal_pointer (&dir));
}

static gboolean
have_locale (const char *name)
{
  locale_t locale = newlocale (LC_ALL_MASK, name, (locale_t) 0);

  if (locale == (locale_t) 0)
    return FALSE;
  freelocale (locale);
  return TRUE;
}

static void
test_language (gconstpointer data)
{
  const Language *language = data;

  if (g_test_subprocess ())
    {
      check_window (language);
      return;
    }

  if (!have_locale (language->locale))
    {
      g_autofree char *message = g_strdup_printf ("the locale %s is missing (./dev generates it)",
                                                  language->locale);
      g_test_skip (message);
      return;
    }

  g_setenv (LOCALE_VARIABLE, language->locale, TRUE);
  g_setenv ("LANG", language->locale, TRUE);
  g_setenv ("LC_ALL", language->locale, TRUE);
  g_setenv ("LANGUAGE", language->language, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv (LOCALE_VARIABLE);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  const char *child_locale = g_getenv (LOCALE_VARIABLE);

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  if (child_locale != NULL)
    tov_i18n_init ();    /* as the application does: LANG, LC_ALL, LANGUAGE */
  else
    setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  tov_register_resource ();
  adw_init ();

  g_test_add_data_func ("/tov/i18n-ui/arabic-right-to-left", &arabic, test_language);
  g_test_add_data_func ("/tov/i18n-ui/danish", &danish, test_language);

  return g_test_run ();
}
