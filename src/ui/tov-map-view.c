/* tov-map-view.c: the actor network map, drawn and edited
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-view"

#include <math.h>
#include <glib/gi18n.h>

#include "tov-map-renderer.h"
#include "tov-map-view.h"

/*
 * One widget, no child widgets: it draws with the shared map renderer
 * (gtk_snapshot_append_cairo) and keeps a "focused node" of its own. Tab
 * and Shift+Tab walk the nodes before leaving the widget; the arrows move
 * the focused node (left and right along its ring, up towards the family,
 * down away from it); Delete asks to end the engagement, Enter or a
 * double-click to edit it. Dragging moves a node; it snaps into its ring and
 * sector when dropped, and dropping on another ring changes the ring.
 *
 * The view does not write: it emits node-moved, node-activated and
 * node-end, and the page writes through the store (with undo). GTK 4.8
 * cannot expose virtual accessible children, so the widget's accessible
 * label and description follow the focused node, which is what a screen
 * reader reads as Tab moves on.
 */

#define ARROW_STEP 4.0   /* degrees per arrow key press */
#define DRAG_START 3.0   /* pixels before a press becomes a drag */

struct _TovMapView
{
  GtkWidget     parent_instance;

  TovMapData   *data;
  TovMapLayout *layout;
  char         *focused_id;
  char         *dragged_id;
  double        drag_start_x;   /* widget coordinates of the node when the drag began */
  double        drag_start_y;
  double        drag_x;         /* map units */
  double        drag_y;
  gboolean      dragging;
  TovMapCache  *cache;          /* text laid out and names placed, kept between drawings */
  GskRenderNode *picture;       /* the map as last drawn, without focus ring (and without
                                 * the dragged node while dragging) */
  int           picture_width;
  int           picture_height;
  int           picture_scale;
  gboolean      picture_rtl;
  gboolean      picture_dragging;
};

G_DEFINE_FINAL_TYPE (TovMapView, tov_map_view, GTK_TYPE_WIDGET)

enum {
  NODE_MOVED,
  NODE_ACTIVATED,
  NODE_END,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_rtl (TovMapView *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static void
frame (TovMapView  *self,
       TovMapFrame *out)
{
  tov_map_renderer_frame (gtk_widget_get_width (GTK_WIDGET (self)),
                          gtk_widget_get_height (GTK_WIDGET (self)),
                          is_rtl (self) ? TOV_MAP_RENDER_RTL : TOV_MAP_RENDER_NONE, out);
}

static const TovMapNode *
focused_node (TovMapView *self,
              guint      *index)
{
  if (self->layout == NULL || self->focused_id == NULL)
    return NULL;
  return tov_map_layout_lookup (self->layout, self->focused_id, index);
}

static void
update_accessible (TovMapView *self)
{
  const TovMapNode *node = focused_node (self, NULL);
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (node != NULL)
    {
      label = g_strdup (node->entry->actor_name);
      description = tov_map_entry_describe (node->entry, self->data);
    }
  else
    {
      /* TRANSLATORS: the map's accessible name; %s is the family's name */
      label = g_strdup_printf (_("Actor network map of %s"),
                               self->data != NULL && self->data->family_name != NULL
                               ? self->data->family_name : "");
      description = g_strdup (_("Tab moves between the actors; the arrow keys move the chosen "
                                "actor, Enter edits it, Delete ends the engagement."));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
set_focused (TovMapView *self,
             const char *id)
{
  if (g_strcmp0 (self->focused_id, id) == 0)
    return;
  g_free (self->focused_id);
  self->focused_id = g_strdup (id);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
focus_index (TovMapView *self,
             guint       index)
{
  const TovMapNode *node = &g_array_index (self->layout->nodes, TovMapNode, index);

  set_focused (self, node->entry->engagement_id);
}

static int
hit (TovMapView *self,
     double      x,
     double      y)
{
  TovMapFrame f;
  double mx, my;

  if (self->layout == NULL)
    return -1;
  frame (self, &f);
  tov_map_frame_to_map (&f, x, y, &mx, &my);
  return tov_map_layout_hit (self->layout, mx, my);
}

/* the node's new place, after an arrow key: along the ring or to the next ring */
static void
step (TovMapView *self,
      double      degrees,
      int         rings)
{
  const TovMapNode *node = focused_node (self, NULL);
  TovMapRing ring;
  double angle, fraction, x, y;
  int target;

  if (node == NULL)
    return;
  target = CLAMP ((int) node->entry->ring + rings, 0, TOV_MAP_N_RINGS - 1);
  if (target == (int) node->entry->ring && degrees == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  tov_map_to_point (node->angle + (is_rtl (self) ? -degrees : degrees),
                    tov_map_ring_inner (target) + node->fraction * TOV_MAP_RING_WIDTH, &x, &y);
  tov_map_layout_snap (node->entry->sector, self->layout->node_radius, x, y, &ring, &angle, &fraction);
  g_signal_emit (self, signals[NODE_MOVED], 0, node->entry->engagement_id, (int) ring, angle, fraction);
}

static void
node_left_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  step (TOV_MAP_VIEW (widget), -ARROW_STEP, 0);
}

static void
node_right_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step (TOV_MAP_VIEW (widget), ARROW_STEP, 0);
}

static void
node_inward_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (TOV_MAP_VIEW (widget), 0, -1);
}

static void
node_outward_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (TOV_MAP_VIEW (widget), 0, 1);
}

static void
node_edit_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TovMapView *self = TOV_MAP_VIEW (widget);

  if (focused_node (self, NULL) != NULL)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, self->focused_id);
}

static void
node_end_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovMapView *self = TOV_MAP_VIEW (widget);

  if (focused_node (self, NULL) != NULL)
    g_signal_emit (self, signals[NODE_END], 0, self->focused_id);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     TovMapView      *self)
{
  int index = hit (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index < 0)
    return;
  focus_index (self, index);
  if (n_press == 2)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, self->focused_id);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  TovMapView     *self)
{
  int index = hit (self, x, y);

  if (index < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  tov_map_view_drag_begin (self, g_array_index (self->layout->nodes, TovMapNode, index).entry->engagement_id);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   TovMapView     *self)
{
  if (self->dragged_id == NULL)
    return;
  if (!self->dragging && hypot (dx, dy) < DRAG_START)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  tov_map_view_drag_update (self, self->drag_start_x + dx, self->drag_start_y + dy);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                TovMapView     *self)
{
  tov_map_view_drag_end (self, self->drag_start_x + dx, self->drag_start_y + dy);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  TovMapView *self = TOV_MAP_VIEW (widget);
  const TovMapNode *node;
  g_autofree char *description = NULL;
  g_autofree char *markup = NULL;
  int index;

  if (keyboard)
    node = focused_node (self, NULL);
  else
    node = (index = hit (self, x, y)) >= 0 ? &g_array_index (self->layout->nodes, TovMapNode, index) : NULL;
  if (node == NULL)
    return FALSE;
  description = tov_map_entry_describe (node->entry, self->data);
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", node->entry->actor_name, description);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static gboolean
tov_map_view_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  TovMapView *self = TOV_MAP_VIEW (widget);
  guint n = self->layout != NULL ? self->layout->nodes->len : 0;
  guint index;

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      if (n > 0 && focused_node (self, NULL) == NULL)
        focus_index (self, direction == GTK_DIR_TAB_BACKWARD ? n - 1 : 0);
      return TRUE;
    }
  if (n == 0 || focused_node (self, &index) == NULL)
    {
      if (n > 0 && (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD))
        {
          focus_index (self, direction == GTK_DIR_TAB_BACKWARD ? n - 1 : 0);
          return TRUE;
        }
      return FALSE;
    }
  if (direction == GTK_DIR_TAB_FORWARD && index + 1 < n)
    {
      focus_index (self, index + 1);
      return TRUE;
    }
  if (direction == GTK_DIR_TAB_BACKWARD && index > 0)
    {
      focus_index (self, index - 1);
      return TRUE;
    }
  return FALSE;
}

static void
invalidate (TovMapView *self)
{
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* the map drawn once into an image at the screen's scale, kept as one render node that
 * only paints that image: GSK's cairo renderer replays one paint per frame (not every
 * stroke, as a cairo node of the drawing itself would), the GL renderer uploads it once
 * (the same node every frame), and a texture node is not used because GSK's cairo
 * renderer copies the whole texture into a new surface on every frame */
static void
update_picture (TovMapView                *self,
                int                        width,
                int                        height,
                const TovMapRenderOptions *options)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  gboolean rtl = is_rtl (self);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->picture != NULL && self->picture_width == width && self->picture_height == height &&
      self->picture_scale == scale && self->picture_rtl == rtl && self->picture_dragging == self->dragging)
    return;
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  tov_map_renderer_draw (cr, self->data, self->layout, width, height, options);
  cairo_destroy (cr);
  self->picture = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gsk_cairo_node_get_draw_context (self->picture);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  self->picture_width = width;
  self->picture_height = height;
  self->picture_scale = scale;
  self->picture_rtl = rtl;
  self->picture_dragging = self->dragging;
}

/* what the focus ring, or the dragged node with its lines and name, may cover */
static void
overlay_bounds (TovMapView      *self,
                double           map_x,
                double           map_y,
                gboolean         with_links,
                graphene_rect_t *bounds)
{
  TovMapFrame f;
  double x, y, reach, x0, y0, x1, y1;

  frame (self, &f);
  tov_map_frame_from_map (&f, map_x, map_y, &x, &y);
  reach = self->layout->node_radius * f.scale * 1.6 + 4;
  x0 = x - reach, x1 = x + reach, y0 = y - reach, y1 = y + reach;
  if (with_links)
    {
      /* the name on either side, the lines to the members around the centre */
      double name = f.scale * 0.3 + 16;
      double centre = (TOV_MAP_MEMBER_CIRCLE + TOV_MAP_MEMBER_RADIUS) * f.scale + 4;

      x0 = MIN (x0 - name, f.cx - centre);
      x1 = MAX (x1 + name, f.cx + centre);
      y0 = MIN (y0 - 16, f.cy - centre);
      y1 = MAX (y1 + 16, f.cy + centre);
    }
  graphene_rect_init (bounds, x0, y0, x1 - x0, y1 - y0);
}

static void
tov_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TovMapView *self = TOV_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TovMapRenderOptions options = { 0 };
  const TovMapNode *node;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->data == NULL || self->layout == NULL || width <= 0 || height <= 0)
    return;
  options.flags = is_rtl (self) ? TOV_MAP_RENDER_RTL : TOV_MAP_RENDER_NONE;
  options.flags |= TOV_MAP_RENDER_NO_TITLE;
  options.cache = self->cache;
  if (self->dragging)
    {
      options.dragged_id = self->dragged_id;
      options.drag_x = self->drag_x;
      options.drag_y = self->drag_y;
    }

  /* everything but the focus ring (and the dragged node), from the picture */
  {
    TovMapRenderOptions rest = options;

    if (self->dragging)
      rest.flags |= TOV_MAP_RENDER_SKIP_DRAGGED;
    update_picture (self, width, height, &rest);
    gtk_snapshot_append_node (snapshot, self->picture);
  }

  /* then, small, what changes: the dragged node, the focus ring */
  options.focused_id = gtk_widget_has_focus (widget) ? self->focused_id : NULL;
  if (self->dragging && (node = tov_map_layout_lookup (self->layout, self->dragged_id, NULL)) != NULL)
    {
      options.flags |= TOV_MAP_RENDER_ONLY_DRAGGED;
      overlay_bounds (self, self->drag_x, self->drag_y, TRUE, &bounds);
    }
  else if (options.focused_id != NULL && (node = focused_node (self, NULL)) != NULL)
    {
      /* nothing but the ring: the node itself is in the picture */
      options.flags |= TOV_MAP_RENDER_FOCUS_ONLY;
      overlay_bounds (self, node->x, node->y, FALSE, &bounds);
    }
  else
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  tov_map_renderer_draw (cr, self->data, self->layout, width, height, &options);
  cairo_destroy (cr);
}

static void
tov_map_view_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (tov_map_view_parent_class)->state_flags_changed (widget, previous);
  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    gtk_widget_queue_draw (widget);
}

static void
tov_map_view_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  invalidate (TOV_MAP_VIEW (widget));
}

/* new fonts installed or removed: lay the text out again */
static void
on_fontconfig_changed_cb (GtkSettings *settings,
                          GParamSpec  *pspec,
                          TovMapView  *self)
{
  tov_map_cache_clear (self->cache);
  invalidate (self);
}

static void
tov_map_view_finalize (GObject *object)
{
  TovMapView *self = TOV_MAP_VIEW (object);

  g_clear_pointer (&self->picture, gsk_render_node_unref);
  g_clear_pointer (&self->cache, tov_map_cache_free);
  g_clear_pointer (&self->layout, tov_map_layout_free);
  g_clear_pointer (&self->data, tov_map_data_free);
  g_clear_pointer (&self->focused_id, g_free);
  g_clear_pointer (&self->dragged_id, g_free);

  G_OBJECT_CLASS (tov_map_view_parent_class)->finalize (object);
}

static void
tov_map_view_class_init (TovMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tov_map_view_finalize;
  widget_class->snapshot = tov_map_view_snapshot;
  widget_class->focus = tov_map_view_focus;
  widget_class->state_flags_changed = tov_map_view_state_flags_changed;
  widget_class->direction_changed = tov_map_view_direction_changed;

  /**
   * TovMapView::node-moved:
   * @id: the engagement
   * @ring: its new TovMapRing
   * @angle: its new angle, degrees (see tov-map-layout.h)
   * @fraction: its new place within the ring band
   *
   * A node was dropped, or moved with the arrow keys; nothing is stored yet.
   */
  signals[NODE_MOVED] =
    g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_STRING, G_TYPE_INT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  /* TovMapView::node-activated: Enter or a double-click on a node, to edit it */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* TovMapView::node-end: Delete on a node, to end its engagement */
  signals[NODE_END] =
    g_signal_new ("node-end", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "node.left", NULL, node_left_cb);
  gtk_widget_class_install_action (widget_class, "node.right", NULL, node_right_cb);
  gtk_widget_class_install_action (widget_class, "node.inward", NULL, node_inward_cb);
  gtk_widget_class_install_action (widget_class, "node.outward", NULL, node_outward_cb);
  gtk_widget_class_install_action (widget_class, "node.edit", NULL, node_edit_cb);
  gtk_widget_class_install_action (widget_class, "node.end", NULL, node_end_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "node.left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "node.left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "node.right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "node.right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "node.inward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "node.inward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "node.outward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "node.outward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "node.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "node.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "node.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "node.end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "node.end", NULL);

  gtk_widget_class_set_css_name (widget_class, "tovmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tov_map_view_init (TovMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->cache = tov_map_cache_new ();
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-fontconfig-timestamp",
                           G_CALLBACK (on_fontconfig_changed_cb), self, 0);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 300);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  update_accessible (self);
}

GtkWidget *
tov_map_view_new (void)
{
  return g_object_new (TOV_TYPE_MAP_VIEW, NULL);
}

/**
 * tov_map_view_set_data:
 * @data: (transfer full) (nullable): the family's map data
 * @date: the day to show
 * @pinned_id: (nullable): an engagement that keeps its stored place first
 *   (the one just moved)
 */
void
tov_map_view_set_data (TovMapView *self,
                       TovMapData *data,
                       const char *date,
                       const char *pinned_id)
{
  g_return_if_fail (TOV_IS_MAP_VIEW (self));

  g_clear_pointer (&self->picture, gsk_render_node_unref);
  g_clear_pointer (&self->layout, tov_map_layout_free);
  if (data != self->data)
    g_clear_pointer (&self->data, tov_map_data_free);
  self->data = data;
  if (data != NULL)
    self->layout = tov_map_layout_new (data, date, pinned_id);
  if (self->focused_id != NULL && focused_node (self, NULL) == NULL)
    g_clear_pointer (&self->focused_id, g_free);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const TovMapData *
tov_map_view_get_data (TovMapView *self)
{
  g_return_val_if_fail (TOV_IS_MAP_VIEW (self), NULL);
  return self->data;
}

const TovMapLayout *
tov_map_view_get_layout (TovMapView *self)
{
  g_return_val_if_fail (TOV_IS_MAP_VIEW (self), NULL);
  return self->layout;
}

const char *
tov_map_view_get_focused_id (TovMapView *self)
{
  g_return_val_if_fail (TOV_IS_MAP_VIEW (self), NULL);
  return self->focused_id;
}

void
tov_map_view_set_focused_id (TovMapView *self,
                             const char *engagement_id)
{
  g_return_if_fail (TOV_IS_MAP_VIEW (self));
  set_focused (self, engagement_id);
}

/* Returns: whether the node is on the map; (@x, @y) its centre in widget coordinates */
gboolean
tov_map_view_node_position (TovMapView *self,
                            const char *engagement_id,
                            double     *x,
                            double     *y)
{
  const TovMapNode *node;

  g_return_val_if_fail (TOV_IS_MAP_VIEW (self), FALSE);
  if (self->layout == NULL || (node = tov_map_layout_lookup (self->layout, engagement_id, NULL)) == NULL)
    return FALSE;
  tov_map_view_map_point (self, node->x, node->y, x, y);
  return TRUE;
}

/* a point in map units (left-to-right) in widget coordinates, mirrored in RTL */
void
tov_map_view_map_point (TovMapView *self,
                        double      map_x,
                        double      map_y,
                        double     *x,
                        double     *y)
{
  TovMapFrame f;

  frame (self, &f);
  tov_map_frame_from_map (&f, map_x, map_y, x, y);
}

/**
 * tov_map_view_drop:
 * @x: where the node was let go, widget coordinates
 *
 * Snaps the node into the ring under (@x, @y) and its sector and emits
 * TovMapView::node-moved. A drag ends here.
 */
void
tov_map_view_drop (TovMapView *self,
                   const char *engagement_id,
                   double      x,
                   double      y)
{
  const TovMapNode *node;
  TovMapFrame f;
  TovMapRing ring;
  double mx, my, angle, fraction;

  g_return_if_fail (TOV_IS_MAP_VIEW (self));
  if (self->layout == NULL || (node = tov_map_layout_lookup (self->layout, engagement_id, NULL)) == NULL)
    return;
  frame (self, &f);
  tov_map_frame_to_map (&f, x, y, &mx, &my);
  tov_map_layout_snap (node->entry->sector, self->layout->node_radius, mx, my, &ring, &angle, &fraction);
  set_focused (self, engagement_id);
  g_signal_emit (self, signals[NODE_MOVED], 0, engagement_id, (int) ring, angle, fraction);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * tov_map_view_drag_begin:
 *
 * Starts dragging the node of @engagement_id, as a press on it does; the
 * drag shows once tov_map_view_drag_update () moves it.
 *
 * Returns: whether the node is on the map
 */
gboolean
tov_map_view_drag_begin (TovMapView *self,
                         const char *engagement_id)
{
  g_return_val_if_fail (TOV_IS_MAP_VIEW (self), FALSE);

  g_clear_pointer (&self->dragged_id, g_free);
  self->dragging = FALSE;
  if (!tov_map_view_node_position (self, engagement_id, &self->drag_start_x, &self->drag_start_y))
    return FALSE;
  self->dragged_id = g_strdup (engagement_id);
  return TRUE;
}

/* the dragged node's centre is now at (@x, @y), widget coordinates */
void
tov_map_view_drag_update (TovMapView *self,
                          double      x,
                          double      y)
{
  TovMapFrame f;

  g_return_if_fail (TOV_IS_MAP_VIEW (self));
  if (self->dragged_id == NULL)
    return;
  self->dragging = TRUE;
  frame (self, &f);
  tov_map_frame_to_map (&f, x, y, &self->drag_x, &self->drag_y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* let go at (@x, @y): the node snaps there (tov_map_view_drop ()), if it was dragged at all */
void
tov_map_view_drag_end (TovMapView *self,
                       double      x,
                       double      y)
{
  g_autofree char *id = NULL;
  gboolean dragged;

  g_return_if_fail (TOV_IS_MAP_VIEW (self));
  id = g_steal_pointer (&self->dragged_id);
  dragged = self->dragging;
  self->dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (id != NULL && dragged)
    tov_map_view_drop (self, id, x, y);
}
