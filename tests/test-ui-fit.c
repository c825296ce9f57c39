/* test-ui-fit.c: every tab of a family's page fits the window it opens in
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo data in the real window at the size it first opens in (1000 by
 * 680, the family list beside the page): no tab may be wider than the room
 * it has, which the tabs that scroll sideways would hide by cutting it off at
 * the window's edge (the plan's toolbar needed 928 pixels of 682, the
 * meetings 740, and the map left its table 40). In a wider window the
 * meeting's scalings stand beside its facts again.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tov-family-page.h"
#include "tov-map-view.h"
#include "tov-meetings-page.h"
#include "tov-resources.h"
#include "tov-scaling-chart.h"
#include "tov-window.h"
#include "tov-test-ui.h"
#include "tov-test-util.h"

typedef struct
{
  char     *dir;
  TovStore *store;
  char     *family_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *demo = g_build_filename (g_getenv ("TOV_SOURCE_DATADIR"), "demo", "demo.xml", NULL);
  g_autofree char *command = NULL;
  g_autoptr(GPtrArray) families = NULL;
  int status = 0;

  f->dir = g_dir_make_tmp ("tov-ui-fit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "demo.sqlite", NULL);
  command = g_strdup_printf ("%s --db %s import --demo %s", g_getenv ("TOV_CLI"), path, demo);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  families = tov_store_list (f->store, "families", NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < families->len; i++)
    if (g_str_equal (tov_record_get (g_ptr_array_index (families, i), "name"), "Familien Haddad"))
      f->family_id = g_strdup (tov_record_get_id (g_ptr_array_index (families, i)));
  g_assert_nonnull (f->family_id);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->family_id);
}

static TovWindow *
new_window (Fixture *f,
            int      width)
{
  TovWindow *window = g_object_new (TOV_TYPE_WINDOW, "store", f->store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 680);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  tov_test_run_until_idle ();
  return window;
}

/* Shows @tab and lets the window lay it out (a frame or two: the map's
 * share is applied just after its first allocation). */
static void
show_tab (TovWindow  *window,
          Fixture    *f,
          const char *tab)
{
  g_assert_true (tov_window_show_family (window, f->family_id, tab));
  for (guint i = 0; i < 40; i++)
    {
      tov_test_run_until_idle ();
      g_usleep (5000);
    }
}

static GtkWidget *
find_action (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *window)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &r));
  return r;
}

/* No scrolled window of the page's tabs is given a child wider than itself:
 * what does not fit would be cut off at the window's edge (the tabs scroll
 * sideways, with a scroll bar that shows only under the pointer). */
static void
assert_viewports_fit (GtkWidget  *widget,
                      const char *tab)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_VIEWPORT (widget) && !GTK_IS_COLUMN_VIEW (gtk_viewport_get_child (GTK_VIEWPORT (widget))))
    {
      GtkWidget *child = gtk_viewport_get_child (GTK_VIEWPORT (widget));
      int minimum = 0;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > gtk_widget_get_width (widget))
        g_error ("the %s tab needs %d pixels, and has %d: %s is cut off", tab, minimum,
                 gtk_widget_get_width (widget), G_OBJECT_TYPE_NAME (child));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_viewports_fit (child, tab);
}

/* Every tab of the family's page in @window fits its width. */
static void
assert_every_tab_fits (TovWindow *window,
                       Fixture   *f)
{
  const char *tabs[] = { "overview", "network", "plan", "meetings" };

  for (guint t = 0; t < G_N_ELEMENTS (tabs); t++)
    {
      show_tab (window, f, tabs[t]);
      assert_viewports_fit (GTK_WIDGET (tov_window_get_family_page (window)), tabs[t]);
    }
}

static void
test_default_size (Fixture       *f,
                   gconstpointer  data)
{
  TovWindow *window = new_window (f, 1000);
  GtkWidget *page = GTK_WIDGET (tov_window_get_family_page (window));
  int width = gtk_widget_get_width (GTK_WIDGET (window));

  assert_every_tab_fits (window, f);

  /* the plan's last button inside the window, under the version's menu */
  show_tab (window, f, "plan");
  {
    GtkWidget *agree = find_action (page, "plan.agree");
    GtkWidget *version = tov_test_find_widget (page, GTK_TYPE_DROP_DOWN, TRUE);
    graphene_rect_t a, v;

    g_assert_nonnull (agree);
    g_assert_nonnull (version);
    a = bounds_in (agree, GTK_WIDGET (window));
    v = bounds_in (version, GTK_WIDGET (window));
    g_assert_cmpfloat (a.origin.x + a.size.width, <=, width);
    g_assert_cmpfloat (a.origin.y, >=, v.origin.y + v.size.height);
  }

  /* the meeting's scalings under its facts */
  show_tab (window, f, "meetings");
  {
    GtkWidget *chart = tov_test_find_widget (page, TOV_TYPE_SCALING_CHART, TRUE);
    GtkWidget *date = tov_test_find_widget (page, ADW_TYPE_ENTRY_ROW, TRUE);
    graphene_rect_t c, d;

    g_assert_nonnull (chart);
    g_assert_nonnull (date);
    c = bounds_in (chart, GTK_WIDGET (window));
    d = bounds_in (date, GTK_WIDGET (window));
    g_assert_cmpfloat (c.origin.y, >, d.origin.y + d.size.height);
    g_assert_cmpfloat (c.origin.x + c.size.width, <=, width);
  }

  /* the map leaves its table room for the actors */
  show_tab (window, f, "network");
  {
    GtkWidget *map = tov_test_find_widget (page, TOV_TYPE_MAP_VIEW, TRUE);
    GtkWidget *table = tov_test_find_widget (page, GTK_TYPE_COLUMN_VIEW, TRUE);

    g_assert_nonnull (map);
    g_assert_nonnull (table);
    g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_parent (table)), >=, 200);
    g_assert_cmpint (gtk_widget_get_width (map), >, gtk_widget_get_width (gtk_widget_get_parent (table)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

static void
test_wide (Fixture       *f,
           gconstpointer  data)
{
  TovWindow *window = new_window (f, 1500);
  GtkWidget *page;

  /* the plan's toolbar on one line */
  show_tab (window, f, "plan");
  page = GTK_WIDGET (tov_window_get_family_page (window));
  {
    graphene_rect_t a = bounds_in (find_action (page, "plan.agree"), GTK_WIDGET (window));
    graphene_rect_t v = bounds_in (tov_test_find_widget (page, GTK_TYPE_DROP_DOWN, TRUE), GTK_WIDGET (window));

    g_assert_cmpfloat (a.origin.y, <, v.origin.y + v.size.height);
  }

  /* the scalings beside the meeting's facts */
  show_tab (window, f, "meetings");
  {
    graphene_rect_t c = bounds_in (tov_test_find_widget (page, TOV_TYPE_SCALING_CHART, TRUE), GTK_WIDGET (window));
    graphene_rect_t d = bounds_in (tov_test_find_widget (page, ADW_TYPE_ENTRY_ROW, TRUE), GTK_WIDGET (window));

    g_assert_cmpfloat (c.origin.x, >, d.origin.x + d.size.width);
    g_assert_cmpfloat (c.origin.y, <, d.origin.y + d.size.height);
  }

  /* the map keeps its share of the wider page */
  show_tab (window, f, "network");
  {
    int map = gtk_widget_get_width (tov_test_find_widget (page, TOV_TYPE_MAP_VIEW, TRUE));
    int table = gtk_widget_get_width (gtk_widget_get_parent (tov_test_find_widget (page, GTK_TYPE_COLUMN_VIEW, TRUE)));

    g_assert_cmpfloat ((double) map / (map + table), >, 0.55);
    g_assert_cmpfloat ((double) map / (map + table), <, 0.70);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* A narrow window (500 pixels, a phone's or a small tablet's): the list
 * folds away, the plan's rows put the translation and the tools under the
 * text, the meetings their list above the meeting, and every tab fits. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  TovWindow *window = new_window (f, 500);

  assert_every_tab_fits (window, f);

  /* the meetings: their list above the meeting, as wide as the window */
  {
    GtkWidget *page = GTK_WIDGET (tov_window_get_family_page (window));
    GtkWidget *list = tov_test_find_widget (tov_test_find_widget (page, TOV_TYPE_MEETINGS_PAGE, TRUE), GTK_TYPE_LIST_BOX, TRUE);
    GtkWidget *date = tov_test_find_widget (page, ADW_TYPE_ENTRY_ROW, TRUE);
    graphene_rect_t l, d;

    g_assert_nonnull (list);
    g_assert_nonnull (date);
    l = bounds_in (list, GTK_WIDGET (window));
    d = bounds_in (date, GTK_WIDGET (window));
    g_assert_cmpfloat (l.origin.y + l.size.height, <=, d.origin.y);
    g_assert_cmpfloat (l.size.width, >, gtk_widget_get_width (GTK_WIDGET (window)) * 0.8);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* Half a 1366-pixel laptop screen, a window tiled to one side: the list
 * folds away and every tab fits the rest. */
static void
test_half_screen (Fixture       *f,
                  gconstpointer  data)
{
  TovWindow *window = new_window (f, 683);

  assert_every_tab_fits (window, f);
  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* Right to left, the map's table starts at its first column, the actor's
 * name, on the right: GTK 4.8 starts a scrolled column view at its left end,
 * which right to left is the last column. */
static void
test_table_right_to_left (Fixture       *f,
                          gconstpointer  data)
{
  TovWindow *window;
  GtkWidget *table;
  GtkAdjustment *adjustment;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = new_window (f, 1000);
  show_tab (window, f, "network");
  table = tov_test_find_widget (GTK_WIDGET (tov_window_get_family_page (window)), GTK_TYPE_COLUMN_VIEW, TRUE);
  g_assert_nonnull (table);
  adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (table));
  /* the table is wider than its room, and shows its right end */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==,
                     gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));

  /* where the user scrolls it, it stays */
  gtk_adjustment_set_value (adjustment, 10);
  show_tab (window, f, "plan");
  show_tab (window, f, "network");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 10);

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  tov_register_resource ();
  adw_init ();

  g_test_add ("/tov/ui/fit/default-size", Fixture, NULL, fixture_set_up, test_default_size, fixture_tear_down);
  g_test_add ("/tov/ui/fit/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/tov/ui/fit/half-screen", Fixture, NULL, fixture_set_up, test_half_screen, fixture_tear_down);
  g_test_add ("/tov/ui/fit/table-right-to-left", Fixture, NULL, fixture_set_up, test_table_right_to_left,
              fixture_tear_down);
  g_test_add ("/tov/ui/fit/wide", Fixture, NULL, fixture_set_up, test_wide, fixture_tear_down);

  return g_test_run ();
}
