/* test-map-ui.c: the network map page and widget, under a display
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <dlfcn.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "tov-map-add-dialog.h"
#include "tov-map-item.h"
#include "tov-map-page.h"
#include "tov-map-view.h"
#include "tov-resources.h"
#include "tov-store-map.h"
#include "tov-xml-reader.h"

/*
 * A real window with the map page on the demo data (today fixed to
 * 2026-11-26 by TOV_TODAY): add an actor through the dialog, drag a node to
 * another ring (through the drop function, and with a real pointer: XTest
 * events through the X server into the GtkGestureDrag, since GTK 4.8 has no
 * public event synthesis; skipped off X11 or without libXtst.so.6), the keyboard-only path (Tab, arrows, Delete, undo), the date,
 * and right-to-left mirroring; each checked in the store. With
 * TOV_MAP_SCREENSHOT_DIR set, the window is also saved as PNG there.
 */

#define AMIN   "2c7aabcf-3fad-4c8c-bcd3-c890c5a2e757"
#define TODAY  "2026-11-26"

typedef struct
{
  char       *dir;
  TovStore   *store;
  GtkWindow  *window;
  TovMapPage *page;
  TovMapView *view;
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = g_build_filename (g_getenv ("TOV_SOURCE_DATADIR"), "demo", "demo.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(TovXmlReader) reader = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("test-map-ui-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (fixture->dir, "map.sqlite", NULL);
  fixture->store = tov_store_open (db, &error);
  g_assert_no_error (error);
  reader = tov_xml_reader_new (fixture->store);
  g_assert_true (tov_xml_reader_import_file (reader, file, NULL, &error));

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->page = TOV_MAP_PAGE (tov_map_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  tov_map_page_set_store (fixture->page, fixture->store);
  tov_map_page_set_family_id (fixture->page, AMIN);
  fixture->view = TOV_MAP_VIEW (tov_map_page_get_view (fixture->page));
  gtk_window_present (fixture->window);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (fixture->view)) < 100; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >=, 100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  iterate ();
  g_clear_object (&fixture->store);
  g_free (fixture->dir);
}

static TovRecord *
engagement (Fixture    *fixture,
            const char *id)
{
  g_autoptr(GError) error = NULL;
  TovRecord *record = tov_store_get (fixture->store, "engagements", id, &error);

  g_assert_no_error (error);
  return record;
}

static void
screenshot (Fixture    *fixture,
            const char *name)
{
  const char *dir = g_getenv ("TOV_MAP_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  iterate ();
  width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  height = gtk_widget_get_height (GTK_WIDGET (fixture->window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (fixture->window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (fixture->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_templates (void)
{
  GtkWidget *page = tov_map_page_new ();
  GtkWidget *view = tov_map_view_new ();

  g_object_ref_sink (page);
  g_object_ref_sink (view);
  g_assert_finalize_object (page);
  g_assert_finalize_object (view);
}

static void
test_shows_family (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const TovMapLayout *layout = tov_map_view_get_layout (fixture->view);
  GListModel *items = tov_map_page_get_items (fixture->page);

  g_assert_cmpstr (tov_map_page_get_date (fixture->page), ==, TODAY);
  g_assert_nonnull (layout);
  /* the map and the list show the same engagements */
  g_assert_cmpuint (layout->nodes->len, ==, g_list_model_get_n_items (items));
  g_assert_cmpuint (layout->nodes->len, >=, 12);
  g_assert_cmpstr (tov_map_page_get_counts (fixture->page), ==,
                   "10 professionals in direct contact on " TODAY "; 11 at enrolment");

  /* the map at enrolment: more professionals, some since ended */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.enrolment", NULL);
  g_assert_cmpstr (tov_map_page_get_date (fixture->page), ==, "2025-11-03");
  g_assert_cmpstr (tov_map_page_get_counts (fixture->page), ==,
                   "11 professionals in direct contact on 2025-11-03; 11 at enrolment");
  screenshot (fixture, "map-amin-enrolment-da.png");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.today", NULL);
  g_assert_cmpstr (tov_map_page_get_date (fixture->page), ==, TODAY);
  screenshot (fixture, "map-amin-da.png");
}

static void
test_add_actor (Fixture       *fixture,
                gconstpointer  user_data)
{
  GtkWindow *window = tov_map_page_add_actor (fixture->page);
  TovMapAddDialog *dialog = TOV_MAP_ADD_DIALOG (window);
  guint before = g_list_model_get_n_items (tov_map_page_get_items (fixture->page));
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(TovMapData) data = NULL;
  const char *teacher_id = NULL;
  TovMapEntry *added = NULL;
  g_autofree char *person = NULL;

  g_assert_nonnull (dialog);
  iterate ();
  /* nobody chosen yet: Add is off */
  g_assert_false (tov_map_add_dialog_can_add (dialog));

  /* search the register: a teacher who serves another family */
  actors = tov_store_list (fixture->store, "actors", NULL, NULL, NULL);
  for (guint i = 0; i < actors->len && teacher_id == NULL; i++)
    if (g_strcmp0 (tov_record_get (g_ptr_array_index (actors, i), "name"), "Karina Holm") == 0)
      teacher_id = tov_record_get_id (g_ptr_array_index (actors, i));
  g_assert_nonnull (teacher_id);
  tov_map_add_dialog_set_search (dialog, "karina");
  g_assert_cmpuint (tov_map_add_dialog_get_n_matches (dialog), ==, 1);
  tov_map_add_dialog_set_search (dialog, "zzzz-nobody");
  g_assert_cmpuint (tov_map_add_dialog_get_n_matches (dialog), ==, 0);

  /* a new actor instead, in the network ring, for one member */
  data = tov_store_load_map (fixture->store, AMIN, NULL);
  person = g_strdup (((TovMapMember *) g_ptr_array_index (data->members, 0))->id);
  tov_map_add_dialog_set_new_actor (dialog, "Nabil Haj", TOV_MAP_SECTOR_PRIVATE_NETWORK);
  tov_map_add_dialog_set_ring (dialog, TOV_MAP_RING_NETWORK);
  tov_map_add_dialog_set_member (dialog, person, TRUE);
  g_assert_true (tov_map_add_dialog_can_add (dialog));
  g_assert_true (tov_map_add_dialog_confirm (dialog));
  iterate ();

  /* in the store, on the map and in the list */
  g_clear_pointer (&data, tov_map_data_free);
  data = tov_store_load_map (fixture->store, AMIN, NULL);
  for (guint i = 0; i < data->entries->len; i++)
    if (g_strcmp0 (((TovMapEntry *) g_ptr_array_index (data->entries, i))->actor_name, "Nabil Haj") == 0)
      added = g_ptr_array_index (data->entries, i);
  g_assert_nonnull (added);
  g_assert_cmpint (added->ring, ==, TOV_MAP_RING_NETWORK);
  g_assert_cmpint (added->sector, ==, TOV_MAP_SECTOR_PRIVATE_NETWORK);
  g_assert_cmpstr (added->from_date, ==, TODAY);
  g_assert_cmpuint (added->member_ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (added->member_ids, 0), ==, person);
  g_assert_cmpuint (g_list_model_get_n_items (tov_map_page_get_items (fixture->page)), ==, before + 1);
  g_assert_nonnull (tov_map_layout_lookup (tov_map_view_get_layout (fixture->view), added->engagement_id, NULL));
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, added->engagement_id);

  /* undo takes the engagement and the new actor away again */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.undo", NULL);
  g_assert_null (tov_store_get (fixture->store, "engagements", added->engagement_id, NULL));
  g_assert_null (tov_store_get (fixture->store, "actors", added->actor_id, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (tov_map_page_get_items (fixture->page)), ==, before);

  /* from the register: the existing teacher, no new actor */
  window = tov_map_page_add_actor (fixture->page);
  dialog = TOV_MAP_ADD_DIALOG (window);
  tov_map_add_dialog_set_search (dialog, "Karina");
  g_assert_true (tov_map_add_dialog_select_actor (dialog, teacher_id));
  tov_map_add_dialog_set_ring (dialog, TOV_MAP_RING_PERIPHERAL);
  g_assert_true (tov_map_add_dialog_confirm (dialog));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (tov_map_page_get_items (fixture->page)), ==, before + 1);
  {
    g_autoptr(GPtrArray) after = tov_store_list (fixture->store, "actors", NULL, NULL, NULL);

    g_assert_cmpuint (after->len, ==, actors->len);
  }
}

static void
test_drag_to_ring (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const TovMapLayout *layout = tov_map_view_get_layout (fixture->view);
  const TovMapNode *node = NULL;
  g_autofree char *id = NULL;
  g_autoptr(TovRecord) record = NULL;
  g_autoptr(TovRecord) undone = NULL;
  double x, y, mx, my;

  for (guint i = 0; i < layout->nodes->len && node == NULL; i++)
    {
      const TovMapNode *candidate = &g_array_index (layout->nodes, TovMapNode, i);

      if (candidate->entry->ring == TOV_MAP_RING_PERIPHERAL)
        node = candidate;
    }
  g_assert_nonnull (node);
  id = g_strdup (node->entry->engagement_id);

  /* let go of it in the middle of the near ring, same direction from the centre */
  tov_map_to_point (node->angle, (tov_map_ring_inner (TOV_MAP_RING_NEAR) + tov_map_ring_outer (TOV_MAP_RING_NEAR)) / 2,
                    &mx, &my);
  tov_map_view_map_point (fixture->view, mx, my, &x, &y);
  tov_map_view_drop (fixture->view, id, x, y);
  iterate ();

  record = engagement (fixture, id);
  g_assert_cmpstr (tov_record_get (record, "ring"), ==, "near");
  g_assert_nonnull (tov_record_get (record, "map_angle"));
  g_assert_cmpfloat (fabs (g_ascii_strtod (tov_record_get (record, "map_radius"), NULL) - 0.5), <, 0.01);
  /* on the map where it was dropped */
  node = tov_map_layout_lookup (tov_map_view_get_layout (fixture->view), id, NULL);
  g_assert_cmpint (node->entry->ring, ==, TOV_MAP_RING_NEAR);
  g_assert_cmpfloat (hypot (node->x - mx, node->y - my), <, 0.01);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.undo", NULL);
  undone = engagement (fixture, id);
  g_assert_cmpstr (tov_record_get (undone, "ring"), ==, "peripheral");
  g_assert_null (tov_record_get (undone, "map_angle"));
}

#ifdef GDK_WINDOWING_X11
/* X's test extension and Xlib, looked up at run time: GTK 4.8 has no public way to
 * synthesize pointer events, so the drag goes through the X server (Xvfb) */
typedef int (*FakeMotionFunc) (Display *display, int screen, int x, int y, unsigned long delay);
typedef int (*FakeButtonFunc) (Display *display, unsigned int button, Bool press, unsigned long delay);
typedef Bool (*TranslateFunc) (Display *display, Window from, Window to, int x, int y, int *to_x,
                               int *to_y, Window *child);
typedef int (*FlushFunc) (Display *display);

static void
pointer_settle (void)
{
  for (guint i = 0; i < 3; i++)
    {
      iterate ();
      g_usleep (5000);
    }
}
#endif

/* a real pointer: press on a node, move it in steps across to the near ring, let go */
static void
test_drag_pointer (Fixture       *fixture,
                   gconstpointer  user_data)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->view));
  void *xtst;   /* dlopen (): libgmodule is not linked here; kept open */
  FakeMotionFunc fake_motion;
  FakeButtonFunc fake_button;
  TranslateFunc translate;
  FlushFunc flush;
  const TovMapLayout *layout = tov_map_view_get_layout (fixture->view);
  const TovMapNode *node = NULL;
  g_autofree char *id = NULL;
  g_autoptr(TovRecord) record = NULL;
  Display *xdisplay;
  Window xid, child;
  double x, y, tx, ty, mx, my, wx, wy, sx, sy;
  int rx, ry;

  if (!GDK_IS_X11_DISPLAY (display))
    {
      g_test_skip ("not on X11");
      return;
    }
  xtst = dlopen ("libXtst.so.6", RTLD_LAZY);
  if (xtst == NULL || (*(void **) &fake_motion = dlsym (xtst, "XTestFakeMotionEvent")) == NULL ||
      (*(void **) &fake_button = dlsym (xtst, "XTestFakeButtonEvent")) == NULL ||
      (*(void **) &translate = dlsym (RTLD_DEFAULT, "XTranslateCoordinates")) == NULL ||
      (*(void **) &flush = dlsym (RTLD_DEFAULT, "XFlush")) == NULL)
    {
      g_test_skip ("no X test extension library (libXtst.so.6)");
      return;
    }
  xdisplay = gdk_x11_display_get_xdisplay (display);
  xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (fixture->window)));

  for (guint i = 0; i < layout->nodes->len && node == NULL; i++)
    if (g_array_index (layout->nodes, TovMapNode, i).entry->ring == TOV_MAP_RING_PERIPHERAL)
      node = &g_array_index (layout->nodes, TovMapNode, i);
  g_assert_nonnull (node);
  id = g_strdup (node->entry->engagement_id);
  g_assert_true (tov_map_view_node_position (fixture->view, id, &x, &y));
  tov_map_to_point (node->angle, (tov_map_ring_inner (TOV_MAP_RING_NEAR) + tov_map_ring_outer (TOV_MAP_RING_NEAR)) / 2,
                    &mx, &my);
  tov_map_view_map_point (fixture->view, mx, my, &tx, &ty);

  /* widget -> window -> surface -> screen */
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &sx, &sy);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (fixture->view), GTK_WIDGET (fixture->window),
                                                   x, y, &wx, &wy));
  translate (xdisplay, xid, DefaultRootWindow (xdisplay), (int) round (wx + sx), (int) round (wy + sy),
             &rx, &ry, &child);
  fake_motion (xdisplay, -1, rx, ry, 0);
  flush (xdisplay);
  pointer_settle ();
  fake_button (xdisplay, 1, True, 0);
  flush (xdisplay);
  pointer_settle ();
  for (guint step = 1; step <= 12; step++)
    {
      fake_motion (xdisplay, -1, (int) round (rx + (tx - x) * step / 12), (int) round (ry + (ty - y) * step / 12), 0);
      flush (xdisplay);
      pointer_settle ();
    }
  fake_button (xdisplay, 1, False, 0);
  flush (xdisplay);
  pointer_settle ();

  record = engagement (fixture, id);
  g_assert_cmpstr (tov_record_get (record, "ring"), ==, "near");
  g_assert_nonnull (tov_record_get (record, "map_angle"));
  node = tov_map_layout_lookup (tov_map_view_get_layout (fixture->view), id, NULL);
  g_assert_cmpint (node->entry->ring, ==, TOV_MAP_RING_NEAR);
  g_assert_cmpfloat (hypot (node->x - mx, node->y - my), <, 0.02);
#else
  g_test_skip ("synthesized pointer events need X11 (XTest)");
#endif
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  user_data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  const TovMapLayout *layout = tov_map_view_get_layout (fixture->view);
  const TovMapNode *first = &g_array_index (layout->nodes, TovMapNode, 0);
  const TovMapNode *second = &g_array_index (layout->nodes, TovMapNode, 1);
  g_autofree char *first_id = g_strdup (first->entry->engagement_id);
  g_autofree char *second_id = g_strdup (second->entry->engagement_id);
  g_autofree char *ring = NULL;
  g_autoptr(TovRecord) moved = NULL;
  g_autoptr(TovRecord) ended = NULL;
  g_autoptr(TovRecord) restored = NULL;
  const char *next_ring;
  double angle;

  /* Tab into the map: the first node; Tab again: the next; Shift+Tab back */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->page));
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, first_id);
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, second_id);
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, first_id);

  /* Tab on to the first actor who is not the coordinator, in the core or near ring */
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);

      if (!node->entry->coordinator && node->entry->ring <= TOV_MAP_RING_NEAR)
        {
          g_free (second_id);
          second_id = g_strdup (node->entry->engagement_id);
          break;
        }
    }
  for (guint i = 0; i < 60 && g_strcmp0 (tov_map_view_get_focused_id (fixture->view), second_id) != 0; i++)
    g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, second_id);

  /* Down: one ring further out */
  ring = g_strdup (tov_record_get (engagement (fixture, second_id), "ring"));
  next_ring = g_strcmp0 (ring, "core") == 0 ? "near" : g_strcmp0 (ring, "near") == 0 ? "peripheral" : NULL;
  g_assert_nonnull (next_ring);
  gtk_widget_activate_action (view, "node.outward", NULL);
  iterate ();
  moved = engagement (fixture, second_id);
  g_assert_cmpstr (tov_record_get (moved, "ring"), ==, next_ring);
  angle = g_ascii_strtod (tov_record_get (moved, "map_angle"), NULL);
  g_assert_cmpstr (tov_map_view_get_focused_id (fixture->view), ==, second_id);

  /* Right: along the ring, clockwise */
  gtk_widget_activate_action (view, "node.right", NULL);
  iterate ();
  g_clear_object (&moved);
  moved = engagement (fixture, second_id);
  g_assert_cmpfloat (g_ascii_strtod (tov_record_get (moved, "map_angle"), NULL), >, angle);

  /* Delete: ended yesterday, gone from today's map, still in the store */
  gtk_widget_activate_action (view, "node.end", NULL);
  iterate ();
  ended = engagement (fixture, second_id);
  g_assert_cmpstr (tov_record_get (ended, "to_date"), ==, "2026-11-25");
  g_assert_null (tov_map_layout_lookup (tov_map_view_get_layout (fixture->view), second_id, NULL));

  /* Ctrl+Z three times: back where it was, in its ring, on the map */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "map.undo", NULL);
  restored = engagement (fixture, second_id);
  g_assert_null (tov_record_get (restored, "to_date"));
  g_assert_cmpstr (tov_record_get (restored, "ring"), ==, ring);
  g_assert_nonnull (tov_map_layout_lookup (tov_map_view_get_layout (fixture->view), second_id, NULL));
}

static void
test_rtl (Fixture       *fixture,
          gconstpointer  user_data)
{
  const TovMapLayout *layout = tov_map_view_get_layout (fixture->view);
  const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, 0);
  g_autofree char *id = g_strdup (node->entry->engagement_id);
  double cx, cy, ltr_x, ltr_y, rtl_x, rtl_y;

  tov_map_view_node_position (fixture->view, id, &ltr_x, &ltr_y);
  tov_map_view_map_point (fixture->view, 0, 0, &cx, &cy);
  g_assert_cmpfloat (node->x * (ltr_x - cx), >, 0);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  iterate ();
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (fixture->view)), ==, GTK_TEXT_DIR_RTL);
  /* the same node, on the other side of the family, at the same height */
  tov_map_view_node_position (fixture->view, id, &rtl_x, &rtl_y);
  tov_map_view_map_point (fixture->view, 0, 0, &cx, &cy);
  g_assert_cmpfloat (node->x * (rtl_x - cx), <, 0);
  g_assert_cmpfloat (fabs (rtl_y - ltr_y), <, 1e-6);
  screenshot (fixture, "map-amin-rtl.png");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TOV_TODAY", TODAY, TRUE);
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

  g_test_add_func ("/tov/map-ui/templates", test_templates);
  g_test_add ("/tov/map-ui/shows-family", Fixture, NULL, fixture_set_up, test_shows_family, fixture_tear_down);
  g_test_add ("/tov/map-ui/add-actor", Fixture, NULL, fixture_set_up, test_add_actor, fixture_tear_down);
  g_test_add ("/tov/map-ui/drag-to-ring", Fixture, NULL, fixture_set_up, test_drag_to_ring, fixture_tear_down);
  g_test_add ("/tov/map-ui/drag-pointer", Fixture, NULL, fixture_set_up, test_drag_pointer, fixture_tear_down);
  g_test_add ("/tov/map-ui/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/tov/map-ui/rtl", Fixture, NULL, fixture_set_up, test_rtl, fixture_tear_down);

  return g_test_run ();
}
