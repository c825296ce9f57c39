/* test-ui-family-list.c: the main window's family list, a one-column grid
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "tov-family-page.h"
#include "tov-family-row.h"
#include "tov-resources.h"
#include "tov-window.h"
#include "tov-test-ui.h"
#include "tov-test-util.h"

typedef struct
{
  char     *dir;
  TovStore *store;
} Fixture;

static char *
insert_family (TovStore   *store,
               const char *name,
               guint       n_members)
{
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(GError) error = NULL;
  const char *column = NULL;

  tov_record_set (family, "name", name);
  tov_record_set (family, "status", "active");
  g_assert_true (tov_store_insert (store, family, &column, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(TovRecord) person = tov_record_new ("persons");

      tov_record_set (person, "family_id", tov_record_get_id (family));
      tov_record_set (person, "given_name", "Mona");
      tov_record_set (person, "household_role", "mother");
      g_assert_true (tov_store_insert (store, person, &column, &error));
      g_assert_no_error (error);
    }

  return g_strdup (tov_record_get_id (family));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("tov-ui-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.sqlite", NULL);
  fixture->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->store);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* The family rows alive under @widget, in order. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (TOV_IS_FAMILY_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static TovFamilyRow *
find_row (GtkWidget  *list,
          const char *name)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (list, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      TovFamily *family = tov_family_row_get_family (rows->pdata[i]);

      if (family != NULL && g_strcmp0 (tov_family_get_name (family), name) == 0)
        return rows->pdata[i];
    }
  return NULL;
}

/* Presses @keyval as GTK would after the focus widget: the key shortcuts
 * of @widget and then of its ancestors, the first that answers wins. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) pressed = gtk_keyval_trigger_new (keyval, 0);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_shortcut_trigger_equal (trigger, pressed) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* At 10,000 families GTK 4.8's GtkListView keeps about 200 rows alive, which
 * is most of a keystroke's cost in the search: the list is a grid of one
 * column, which keeps only those near the view. */
static void
test_grid (Fixture       *fixture,
           gconstpointer  data)
{
  TovWindow *window;
  GtkWidget *list;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  tov_store_begin (fixture->store, NULL);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("Family %03u", i);

      g_free (insert_family (fixture->store, name, 0));
    }
  tov_store_commit (fixture->store, NULL);

  window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tov_test_run_until_idle ();

  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);
  g_assert_nonnull (list);
  g_assert_cmpuint (gtk_grid_view_get_max_columns (GTK_GRID_VIEW (list)), ==, 1);
  g_assert_true (gtk_widget_has_css_class (list, "navigation-sidebar"));
  g_assert_cmpuint (g_list_model_get_n_items (tov_window_get_families (window)), ==, 300);

  collect_rows (list, rows);
  g_assert_cmpuint (rows->len, >, 5);
  g_assert_cmpuint (rows->len, <, 80);
  /* One row a line: the second row is below the first, not beside it. */
  {
    graphene_point_t first, second;

    g_assert_true (gtk_widget_compute_point (rows->pdata[0], list, &GRAPHENE_POINT_INIT (0, 0), &first));
    g_assert_true (gtk_widget_compute_point (rows->pdata[1], list, &GRAPHENE_POINT_INIT (0, 0), &second));
    g_assert_cmpfloat (first.x, ==, second.x);
    g_assert_cmpfloat (second.y, >, first.y);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* The list's selection and the family page show the same family whichever
 * side moves; Down moves to the next family, Enter opens it, and each row
 * has an accessible name that says what it shows. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *hassan = insert_family (fixture->store, "Hassan", 3);
  g_autofree char *nielsen = insert_family (fixture->store, "Nielsen", 1);
  g_autofree char *yousef = insert_family (fixture->store, "Yousef", 2);
  TovWindow *window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  TovFamilyPage *page;
  AdwLeaflet *leaflet;
  GtkWidget *list;
  TovFamilyRow *row;
  GtkWidget *item;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tov_test_run_until_idle ();
  page = tov_window_get_family_page (window);
  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);
  leaflet = ADW_LEAFLET (tov_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE));

  /* Accessible names, built from what the row shows. */
  row = find_row (list, "Hassan");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hassan, No coordinator · 3 members, 3 consent issues");

  /* The window selects: the list and the page follow. */
  g_assert_true (tov_window_select_family (window, hassan));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_family_get_id (tov_family_page_get_family (page)), ==, hassan);
  row = find_row (list, "Hassan");
  item = gtk_widget_get_parent (GTK_WIDGET (row));
  g_assert_true (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED);
  g_assert_false (gtk_widget_get_state_flags (gtk_widget_get_parent (GTK_WIDGET (find_row (list, "Nielsen"))))
                  & GTK_STATE_FLAG_SELECTED);

  /* Down from the selected row selects the next family and shows it. */
  g_assert_true (gtk_widget_grab_focus (item));
  g_assert_true (press_key (item, GDK_KEY_Down));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_family_get_id (tov_window_get_selected (window)), ==, nielsen);
  g_assert_cmpstr (tov_family_get_id (tov_family_page_get_family (page)), ==, nielsen);
  g_assert_true (gtk_widget_get_state_flags (gtk_widget_get_parent (GTK_WIDGET (find_row (list, "Nielsen"))))
                 & GTK_STATE_FLAG_SELECTED);
  item = gtk_widget_get_parent (GTK_WIDGET (find_row (list, "Nielsen")));
  g_assert_true (gtk_widget_has_focus (item));
  g_assert_true (press_key (item, GDK_KEY_Down));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_family_get_id (tov_family_page_get_family (page)), ==, yousef);

  /* Folded, as on a narrow screen, the list is shown; Enter on a row opens
   * its family in the content pane. */
  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
  window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  tov_test_run_until_idle ();
  page = tov_window_get_family_page (window);
  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);
  leaflet = ADW_LEAFLET (tov_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, FALSE));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  tov_test_run_until_idle ();
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (page), adw_leaflet_get_visible_child (leaflet)));
  item = gtk_widget_get_parent (GTK_WIDGET (find_row (list, "Hassan")));
  g_assert_true (gtk_widget_grab_focus (item));
  g_assert_true (press_key (item, GDK_KEY_Return));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_family_get_id (tov_family_page_get_family (page)), ==, hassan);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (page), adw_leaflet_get_visible_child (leaflet)));

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop through the next frame, laid out: the list's
 * scrolling range follows its items there. */
static void
run_until_laid_out (GtkWidget *widget)
{
  gboolean ticked = FALSE;

  tov_test_run_until_idle ();
  gtk_widget_add_tick_callback (widget, on_tick_cb, &ticked, NULL);
  gtk_widget_queue_resize (widget);
  while (!ticked)
    g_main_context_iteration (NULL, TRUE);
  tov_test_run_until_idle ();
}

static guint
n_shown (TovWindow *window)
{
  return g_list_model_get_n_items (tov_window_get_families (window));
}

static const char *
shown_name (TovWindow *window,
            guint      position)
{
  g_autoptr(TovFamily) family = g_list_model_get_item (tov_window_get_families (window), position);

  return tov_family_get_name (family);  /* the window keeps it alive */
}

/* A search shows its first 60 hits at once and the rest as the list is
 * scrolled or moved to its end, so that a keystroke changes few rows; every
 * hit can still be reached, and the hits add up to the store's search. */
static void
test_search_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *last_id = NULL;
  g_autoptr(TovFamily) fiftieth = NULL;
  TovWindow *window;
  GtkWidget *list, *scrolled;
  GtkAdjustment *adjustment;
  TovFamilyRow *row;
  guint n_found, position;

  tov_store_begin (fixture->store, NULL);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Family %03u", i);

      g_free (insert_family (fixture->store, name, 0));
    }
  last_id = insert_family (fixture->store, "Family Zulu", 0);
  g_free (insert_family (fixture->store, "Hassan", 0));
  tov_store_commit (fixture->store, NULL);
  found = tov_store_search (fixture->store, "famil", 500, NULL);
  n_found = g_list_model_get_n_items (found);
  g_assert_cmpuint (n_found, ==, 151);

  window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 400);
  gtk_window_present (GTK_WINDOW (window));
  tov_test_run_until_idle ();
  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);
  scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpuint (n_shown (window), ==, 152);

  /* The first page, unscrolled: it stays one page. */
  tov_window_set_query (window, "famil");
  tov_test_run_until_idle ();
  g_assert_cmpuint (n_shown (window), ==, 60);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  /* Scrolled to the end: the next page, and again, up to every hit. */
  for (guint page = 2; page <= 3; page++)
    {
      run_until_laid_out (list);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      tov_test_run_until_idle ();
      g_assert_cmpuint (n_shown (window), ==, MIN (page * 60, n_found));
    }
  run_until_laid_out (list);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  tov_test_run_until_idle ();
  g_assert_cmpuint (n_shown (window), ==, n_found);
  for (guint i = 0; i < n_found; i++)
    g_hash_table_add (names, (gpointer) shown_name (window, i));
  g_assert_cmpuint (g_hash_table_size (names), ==, n_found);
  for (guint i = 0; i < n_found; i++)
    {
      g_autoptr(TovFamily) hit = g_list_model_get_item (found, i);

      g_assert_true (g_hash_table_contains (names, tov_family_get_name (hit)));
    }
  g_assert_false (g_hash_table_contains (names, "Hassan"));

  /* Another search starts at its first page again; Down on the last rows
   * shows the next page. */
  tov_window_set_query (window, "family");
  tov_test_run_until_idle ();
  g_assert_cmpuint (n_shown (window), ==, 60);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  fiftieth = g_list_model_get_item (tov_window_get_families (window), 50);
  g_assert_true (tov_window_select_family (window, tov_family_get_id (fiftieth)));
  run_until_laid_out (list);
  /* scrolled to it, not yet near the end */
  while (find_row (list, shown_name (window, 50)) == NULL)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 40);
      run_until_laid_out (list);
    }
  g_assert_cmpuint (n_shown (window), ==, 60);
  g_assert_cmpuint (n_shown (window), ==, 60);
  for (position = 50; n_shown (window) == 60 && position < 60; position++)
    {
      row = find_row (list, shown_name (window, position));
      g_assert_nonnull (row);
      g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row))));
      g_assert_true (press_key (gtk_widget_get_parent (GTK_WIDGET (row)), GDK_KEY_Down));
      run_until_laid_out (list);
      g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==,
                       shown_name (window, position + 1));
    }
  g_assert_cmpuint (position, >, 51);  /* some Downs within the page first */
  g_assert_cmpuint (position, <, 60);
  g_assert_cmpuint (n_shown (window), ==, 120);

  /* A hit beyond the pages shown is shown when asked for. */
  tov_window_set_query (window, "family");
  tov_test_run_until_idle ();
  g_assert_true (tov_window_select_family (window, last_id));
  tov_test_run_until_idle ();
  g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==, "Family Zulu");

  /* No search: every family again. */
  tov_window_set_query (window, "");
  tov_test_run_until_idle ();
  g_assert_cmpuint (n_shown (window), ==, 152);

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

/* A search that shows other families in the same places changes what the
 * rows show, not the rows (GTK 4.8 would build a new row for each new
 * item); the selection goes with its family to its new place, and goes
 * when the family is no longer shown. */
static void
test_rows_follow_search (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) alpha_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) beta_rows = g_ptr_array_new ();
  g_autofree char *alpha_3 = NULL;
  g_autofree char *beta_5 = NULL;
  TovWindow *window;
  GtkWidget *list;
  TovFamilyRow *row;

  tov_store_begin (fixture->store, NULL);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *alpha = g_strdup_printf ("Alpha %02u", i);
      g_autofree char *beta = g_strdup_printf ("Beta %02u", i);
      g_autofree char *alpha_id = insert_family (fixture->store, alpha, 1);
      g_autofree char *beta_id = insert_family (fixture->store, beta, 2);

      if (i == 3)
        alpha_3 = g_strdup (alpha_id);
      if (i == 5)
        beta_5 = g_strdup (beta_id);
    }
  tov_store_commit (fixture->store, NULL);

  window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);

  tov_window_set_query (window, "alpha");
  run_until_laid_out (list);
  g_assert_cmpuint (n_shown (window), ==, 20);
  collect_rows (list, alpha_rows);
  g_assert_cmpuint (alpha_rows->len, >, 5);
  g_ptr_array_foreach (alpha_rows, (GFunc) (void (*) (void)) g_object_ref, NULL);
  g_assert_true (tov_window_select_family (window, alpha_3));
  tov_test_run_until_idle ();

  tov_window_set_query (window, "beta");
  run_until_laid_out (list);
  g_assert_cmpuint (n_shown (window), ==, 20);
  collect_rows (list, beta_rows);
  g_assert_cmpuint (beta_rows->len, ==, alpha_rows->len);
  for (guint i = 0; i < beta_rows->len; i++)
    {
      TovFamily *family = tov_family_row_get_family (beta_rows->pdata[i]);

      /* the same row, showing a family of the new search */
      g_assert_true (g_ptr_array_find (alpha_rows, beta_rows->pdata[i], NULL));
      g_assert_nonnull (family);
      g_assert_true (g_str_has_prefix (tov_family_get_name (family), "Beta "));
      g_assert_false (gtk_widget_get_state_flags (gtk_widget_get_parent (beta_rows->pdata[i]))
                      & GTK_STATE_FLAG_SELECTED);
    }
  /* what it shows is the new family's, all of it */
  row = find_row (list, "Beta 00");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Beta 00, No coordinator · 2 members, 2 consent issues");
  /* the selected family is not among the hits: nothing is selected */
  g_assert_null (tov_window_get_selected (window));
  g_assert_null (tov_family_page_get_family (tov_window_get_family_page (window)));

  /* A search that finds nothing: no family shown, none selected, not even
   * with Enter, and the list covered; the next search shows its families
   * in the same rows (kept meanwhile, not destroyed and built again). */
  tov_window_set_query (window, "zzz");
  run_until_laid_out (GTK_WIDGET (window));
  g_assert_cmpuint (n_shown (window), ==, 0);
  g_assert_false (gtk_widget_get_mapped (list));
  g_signal_emit_by_name (tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, FALSE), "activate");
  g_assert_null (tov_window_get_selected (window));
  tov_window_set_query (window, "alpha");
  run_until_laid_out (list);
  g_assert_cmpuint (n_shown (window), ==, 20);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect_rows (list, rows);
    g_assert_cmpuint (rows->len, ==, alpha_rows->len);
    for (guint i = 0; i < rows->len; i++)
      {
        g_assert_true (g_ptr_array_find (alpha_rows, rows->pdata[i], NULL));
        g_assert_true (g_str_has_prefix (tov_family_get_name (tov_family_row_get_family (rows->pdata[i])),
                                         "Alpha "));
      }
  }

  /* Every family again: Beta 05 is 26th; a search puts it 6th, selected. */
  tov_window_set_query (window, "");
  run_until_laid_out (list);
  g_assert_cmpuint (n_shown (window), ==, 40);
  g_assert_true (tov_window_select_family (window, beta_5));
  tov_test_run_until_idle ();
  g_assert_cmpstr (shown_name (window, 25), ==, "Beta 05");
  tov_window_set_query (window, "beta");
  run_until_laid_out (list);
  g_assert_cmpstr (shown_name (window, 5), ==, "Beta 05");
  g_assert_cmpstr (tov_family_get_id (tov_window_get_selected (window)), ==, beta_5);
  row = find_row (list, "Beta 05");
  g_assert_true (gtk_widget_get_state_flags (gtk_widget_get_parent (GTK_WIDGET (row))) & GTK_STATE_FLAG_SELECTED);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    guint n_selected = 0;

    collect_rows (list, rows);
    for (guint i = 0; i < rows->len; i++)
      if (gtk_widget_get_state_flags (gtk_widget_get_parent (rows->pdata[i])) & GTK_STATE_FLAG_SELECTED)
        n_selected++;
    g_assert_cmpuint (n_selected, ==, 1);
  }
  g_assert_cmpstr (tov_family_get_id (tov_family_page_get_family (tov_window_get_family_page (window))), ==, beta_5);

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

static gboolean
on_grid_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (widget))));

  g_array_append_val ((GArray *) user_data, n);
  return G_SOURCE_CONTINUE;
}

/* The grid's places at each frame until it has @n_wanted (or 100 frames). */
static GArray *
grid_frames (GtkWidget *list,
             guint      n_wanted)
{
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint tick = gtk_widget_add_tick_callback (list, on_grid_tick_cb, sizes, NULL);

  while (g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)))) < n_wanted &&
         sizes->len < 100)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (list, tick);
  return sizes;
}

/* Clearing a search that found few families or none shows every family at
 * once (the families, Enter, the selection), while the grid grows by a few
 * places a frame up to a screenful and then to its whole length: GTK 4.8
 * builds a row for each new place on the screen, ~30 at once were 8-15 ms
 * in one frame at 10,000 families. A family selected beyond the places the
 * grid has yet grows it at once; no page of hits is added meanwhile. */
static void
test_grid_grows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *ninetieth = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  TovWindow *window;
  GtkWidget *list;
  GListModel *grid_model;
  guint n_steps = 0;

  tov_store_begin (fixture->store, NULL);
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("Family %03u", i);
      g_autofree char *id = insert_family (fixture->store, name, 0);

      if (i == 90)
        ninetieth = g_strdup (id);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Hassan %u", i);

      g_free (insert_family (fixture->store, name, 0));
    }
  tov_store_commit (fixture->store, NULL);

  /* Tall: a grid still growing is well within a screenful of its end. */
  window = g_object_new (TOV_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 1400);
  gtk_window_present (GTK_WINDOW (window));
  list = tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, FALSE);
  grid_model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));
  run_until_laid_out (list);
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), ==, 153);

  /* Three hits, then none, then cleared. */
  tov_window_set_query (window, "hassan");
  run_until_laid_out (list);
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), ==, 3);
  tov_window_set_query (window, "zzz");
  run_until_laid_out (GTK_WIDGET (window));
  tov_window_set_query (window, "");
  g_assert_cmpuint (n_shown (window), ==, 153);
  g_assert_cmpstr (shown_name (window, 152), ==, "Hassan 2");
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), >, 3);
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), <=, 13);
  sizes = grid_frames (list, 153);
  g_assert_cmpuint (g_array_index (sizes, guint, sizes->len - 1), ==, 153);
  for (guint i = 1; i < sizes->len; i++)
    {
      guint before = g_array_index (sizes, guint, i - 1), now = g_array_index (sizes, guint, i);

      g_assert_cmpuint (now, >=, before);
      if (now > before && now < 153)
        {
          g_assert_cmpuint (now - before, <=, 10);
          n_steps++;
        }
    }
  g_assert_cmpuint (n_steps, >=, 2);
  run_until_laid_out (list);
  collect_rows (list, rows);
  g_assert_cmpuint (rows->len, >, 10);
  g_assert_cmpuint (rows->len, <, 80);
  g_assert_nonnull (find_row (list, "Family 000"));

  /* Enter right after clearing opens the first family. */
  tov_window_set_query (window, "hassan");
  run_until_laid_out (list);
  tov_window_set_query (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), <, 153);
  g_signal_emit_by_name (tov_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, FALSE), "activate");
  g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==, "Family 000");
  g_clear_pointer (&sizes, g_array_unref);
  sizes = grid_frames (list, 153);
  g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==, "Family 000");

  /* A family beyond the places grown so far: selected, the grid whole. */
  tov_window_set_query (window, "hassan");
  run_until_laid_out (list);
  g_assert_null (tov_window_get_selected (window));
  tov_window_set_query (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), <, 153);
  g_assert_true (tov_window_select_family (window, ninetieth));
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), ==, 153);
  g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==, "Family 090");
  run_until_laid_out (list);
  g_assert_cmpstr (tov_family_get_name (tov_window_get_selected (window)), ==, "Family 090");

  /* From three hits to many: the first page grows, and stays one page. */
  tov_window_set_query (window, "hassan");
  run_until_laid_out (list);
  tov_window_set_query (window, "family");
  g_assert_cmpuint (n_shown (window), ==, 60);
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), <, 60);
  g_clear_pointer (&sizes, g_array_unref);
  sizes = grid_frames (list, 60);
  run_until_laid_out (list);
  g_assert_cmpuint (g_list_model_get_n_items (grid_model), ==, 60);
  g_assert_cmpuint (n_shown (window), ==, 60);

  gtk_window_destroy (GTK_WINDOW (window));
  tov_test_run_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GDK_DEBUG", "default-settings", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  tov_register_resource ();
  adw_init ();

  g_test_add ("/tov/ui/family-list/grid", Fixture, NULL, fixture_set_up, test_grid, fixture_tear_down);
  g_test_add ("/tov/ui/family-list/grid-grows", Fixture, NULL, fixture_set_up, test_grid_grows,
              fixture_tear_down);
  g_test_add ("/tov/ui/family-list/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/tov/ui/family-list/rows-follow-search", Fixture, NULL, fixture_set_up, test_rows_follow_search,
              fixture_tear_down);
  g_test_add ("/tov/ui/family-list/search-pages", Fixture, NULL, fixture_set_up, test_search_pages,
              fixture_tear_down);

  return g_test_run ();
}
