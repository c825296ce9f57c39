/* tov-map-renderer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "tov-map-legend.h"
#include "tov-map-painter.h"
#include "tov-map-raster.h"
#include "tov-map-renderer.h"

/*
 * Speed (docs/performance.md, issue 4): cairo's image backend spends far
 * more on a stroke than on a fill, and more on one path of many subpaths
 * than on the same subpaths one by one. So edges are thin filled rings,
 * not strokes; into an image surface the lines are rasterized directly
 * (tov-map-raster.h) and each node is copied from a small picture drawn
 * once per look; text is laid out once (TovMapCache). Into SVG, PDF or a
 * recording surface everything is drawn as paths.
 */

void
tov_map_renderer_sector_rgb (TovMapSector  sector,
                             double       *rgb)
{
  g_return_if_fail (sector < TOV_MAP_N_SECTORS);
  memcpy (rgb, tov_map_painter_palette (sector), 3 * sizeof (double));
}

/**
 * tov_map_renderer_frame:
 *
 * Splits a drawing of @width x @height into the title, the circle and the
 * legend: the legend beside the circle when the drawing is wide (on the
 * left in a right-to-left drawing), under it otherwise.
 */
void
tov_map_renderer_frame (double             width,
                        double             height,
                        TovMapRenderFlags  flags,
                        TovMapFrame       *frame)
{
  gboolean legend = !(flags & TOV_MAP_RENDER_NO_LEGEND);
  double margin = MIN (width, height) * 0.03;
  double top, side, diameter;

  memset (frame, 0, sizeof *frame);
  frame->rtl = (flags & TOV_MAP_RENDER_RTL) != 0;
  frame->title_height = (flags & TOV_MAP_RENDER_NO_TITLE) ? 0 : MAX (18.0, MIN (width, height) * 0.07);
  top = frame->title_height + margin;
  side = legend ? MAX (150.0, width * 0.27) : 0;

  if (!legend || width - side >= (height - top) * 0.95)
    {
      /* legend beside */
      diameter = MIN (width - side - 2 * margin, height - top - margin);
      diameter = MAX (diameter, 10.0);
      frame->scale = diameter / 2 / 1.06;
      frame->cy = top + diameter / 2;
      frame->legend_width = side - margin;
      frame->legend_y = top;
      frame->legend_columns = 1;
      if (frame->rtl)
        {
          frame->cx = width - margin - diameter / 2;
          frame->legend_x = margin;
        }
      else
        {
          frame->cx = margin + diameter / 2;
          frame->legend_x = width - side;
        }
    }
  else
    {
      /* legend under: it needs about a third of the height */
      diameter = MIN (width - 2 * margin, (height - top) * 0.64);
      diameter = MAX (diameter, 10.0);
      frame->scale = diameter / 2 / 1.06;
      frame->cx = width / 2;
      frame->cy = top + diameter / 2;
      frame->legend_x = margin;
      frame->legend_y = top + diameter + margin;
      frame->legend_width = width - 2 * margin;
      frame->legend_columns = 2;
    }
}

void
tov_map_frame_to_map (const TovMapFrame *frame,
                      double             x,
                      double             y,
                      double            *map_x,
                      double            *map_y)
{
  *map_x = (x - frame->cx) / frame->scale * (frame->rtl ? -1 : 1);
  *map_y = (y - frame->cy) / frame->scale;
}

void
tov_map_frame_from_map (const TovMapFrame *frame,
                        double             map_x,
                        double             map_y,
                        double            *x,
                        double            *y)
{
  *x = frame->cx + map_x * frame->scale * (frame->rtl ? -1 : 1);
  *y = frame->cy + map_y * frame->scale;
}

/* the angle in cairo's convention (radians from +x, clockwise on screen) of a map angle */
static double
cairo_angle (const TovMapPainter *p,
             double               angle)
{
  double a = p->frame->rtl ? -angle : angle;

  return (a - 90.0) * G_PI / 180.0;
}

static double
label_factor (const TovMapLayout *layout)
{
  return MIN (0.8, MAX (0.55, layout->node_radius / TOV_MAP_NODE_RADIUS));
}

static double
outline_width (double   r,
               gboolean coordinator)
{
  return MAX (0.5, r * (coordinator ? 0.34 : 0.12));
}

/* the ring's name, along the top of its band */
static PangoLayout *
ring_name (TovMapPainter *p,
           TovMapRing     ring,
           TovMapBox     *box)
{
  const TovMapFrame *f = p->frame;
  PangoLayout *layout = tov_map_painter_text (p, tov_map_painter_gettext (p, tov_map_ring_msgid (ring)),
                                             0.75, FALSE, f->scale * 0.9);
  TovMapBox extents;

  tov_map_painter_extents (layout, &extents);
  box->width = extents.width;
  box->height = extents.height;
  box->x = f->cx - extents.width / 2;
  box->y = f->cy - (tov_map_ring_outer (ring) - 0.012) * f->scale;
  return layout;
}

/* a ring of width @line around the circle of @radius: a fill, which costs cairo far less than a stroke */
static void
add_annulus (cairo_t *cr,
             double   cx,
             double   cy,
             double   radius,
             double   line)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, radius + line / 2, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc_negative (cr, cx, cy, MAX (0, radius - line / 2), 2 * G_PI, 0);
}

static void
line (TovMapPainter *p,
      double         x0,
      double         y0,
      double         x1,
      double         y1,
      double         width,
      const double  *rgb,
      double         alpha)
{
  if (p->raster != NULL)
    {
      tov_map_raster_line (p->raster, x0, y0, x1, y1, width, rgb, alpha);
      return;
    }
  cairo_move_to (p->cr, x0, y0);
  cairo_line_to (p->cr, x1, y1);
  cairo_set_line_width (p->cr, width);
  tov_map_painter_set_rgb (p, rgb, alpha);
  cairo_stroke (p->cr);
}

static void
draw_rings (TovMapPainter *p)
{
  static const double edge[3] = { 0.78, 0.78, 0.8 };
  cairo_t *cr = p->cr;
  const TovMapFrame *f = p->frame;
  double width = MAX (0.5, f->scale * 0.003);

  for (int ring = TOV_MAP_N_RINGS - 1; ring >= 0; ring--)
    {
      double shade = ring % 2 == 0 ? 0.955 : 0.985;

      cairo_arc (cr, f->cx, f->cy, tov_map_ring_outer (ring) * f->scale, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, shade, shade, shade + 0.01);
      cairo_fill (cr);
    }
  cairo_arc (cr, f->cx, f->cy, TOV_MAP_CENTRE_RADIUS * f->scale, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  /* the ring edges */
  for (int ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    add_annulus (cr, f->cx, f->cy, tov_map_ring_outer (ring) * f->scale, width);
  add_annulus (cr, f->cx, f->cy, TOV_MAP_CENTRE_RADIUS * f->scale, width);
  tov_map_painter_set_rgb (p, edge, 1.0);
  cairo_fill (cr);

  /* the sector edges, and a coloured band outside the rings for each sector */
  for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
    {
      double a0 = cairo_angle (p, tov_map_sector_start (s));
      double a1 = cairo_angle (p, tov_map_sector_start (s) + TOV_MAP_SECTOR_SPAN);

      line (p, f->cx + cos (a0) * TOV_MAP_CENTRE_RADIUS * f->scale,
            f->cy + sin (a0) * TOV_MAP_CENTRE_RADIUS * f->scale,
            f->cx + cos (a0) * f->scale, f->cy + sin (a0) * f->scale, width, edge, 1.0);
      if (f->rtl)
        {
          cairo_arc_negative (cr, f->cx, f->cy, 1.0075 * f->scale, a0, a1);
          cairo_arc (cr, f->cx, f->cy, 1.0425 * f->scale, a1, a0);
        }
      else
        {
          cairo_arc (cr, f->cx, f->cy, 1.0075 * f->scale, a0, a1);
          cairo_arc_negative (cr, f->cx, f->cy, 1.0425 * f->scale, a1, a0);
        }
      cairo_close_path (cr);
      tov_map_painter_set_rgb (p, tov_map_painter_palette (s), 1.0);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0.42, 0.42, 0.46);
  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    {
      TovMapBox box;
      PangoLayout *layout = ring_name (p, ring, &box);

      tov_map_painter_show (p, layout, box.x, box.y, 0.0, 0.0);
    }
}

static gboolean
is_dragged (const TovMapNode          *node,
            const TovMapRenderOptions *options)
{
  return options->dragged_id != NULL && g_strcmp0 (options->dragged_id, node->entry->engagement_id) == 0;
}

static void
node_point (const TovMapPainter       *p,
            const TovMapNode          *node,
            const TovMapRenderOptions *options,
            double                    *x,
            double                    *y)
{
  if (is_dragged (node, options))
    tov_map_frame_from_map (p->frame, options->drag_x, options->drag_y, x, y);
  else
    tov_map_frame_from_map (p->frame, node->x, node->y, x, y);
}

/* whether a node is drawn in this pass: all, all but the dragged one, or only it */
static gboolean
wanted (const TovMapNode          *node,
        const TovMapRenderOptions *options)
{
  if (!(options->flags & (TOV_MAP_RENDER_SKIP_DRAGGED | TOV_MAP_RENDER_ONLY_DRAGGED)))
    return TRUE;
  return (options->flags & TOV_MAP_RENDER_ONLY_DRAGGED) ? is_dragged (node, options)
                                                         : !is_dragged (node, options);
}

static void
draw_links (TovMapPainter             *p,
            const TovMapData          *data,
            const TovMapLayout        *layout,
            const TovMapRenderOptions *options)
{
  double width = MAX (0.4, p->frame->scale * 0.0035);

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      const double *rgb = tov_map_painter_palette (node->entry->sector);
      double x, y;

      if (!wanted (node, options))
        continue;
      node_point (p, node, options, &x, &y);
      if (tov_map_entry_whole_family (node->entry, data))
        {
          line (p, x, y, p->frame->cx, p->frame->cy, width, rgb, 0.55);
          continue;
        }
      for (guint m = 0; m < node->entry->member_ids->len; m++)
        {
          const TovMapMemberNode *member =
            tov_map_layout_lookup_member (layout, g_ptr_array_index (node->entry->member_ids, m));
          double mx, my;

          if (member == NULL)
            continue;
          tov_map_frame_from_map (p->frame, member->x, member->y, &mx, &my);
          line (p, x, y, mx, my, width, rgb, 0.55);
        }
    }
}

/* the member's name, centred on its disc */
static PangoLayout *
member_name (TovMapPainter          *p,
             const TovMapLayout     *layout,
             const TovMapMemberNode *m,
             TovMapBox              *box)
{
  double r = layout->member_radius * p->frame->scale;
  PangoLayout *text = tov_map_painter_text (p, m->member->name, 0.7, FALSE, r * 2.6);
  double x, y;

  tov_map_frame_from_map (p->frame, m->x, m->y, &x, &y);
  tov_map_painter_extents (text, box);
  box->x = x - box->width / 2;
  box->y = y - box->height / 2;
  return text;
}

static void
draw_centre (TovMapPainter      *p,
             const TovMapData   *data,
             const TovMapLayout *layout)
{
  cairo_t *cr = p->cr;
  const TovMapFrame *f = p->frame;
  double r = layout->member_radius * f->scale;

  /* the family: its name when it has no members yet, else a dot the
   * whole-family lines meet in (the name is in the title) */
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  if (layout->members->len == 0)
    {
      PangoLayout *name = tov_map_painter_text (p, data->family_name != NULL ? data->family_name : "",
                                                0.95, TRUE, f->scale * 0.3);

      tov_map_painter_show (p, name, f->cx, f->cy, 0.5, 0.5);
      return;
    }
  cairo_arc (cr, f->cx, f->cy, f->scale * 0.025, 0, 2 * G_PI);
  cairo_fill (cr);

  for (guint i = 0; i < layout->members->len; i++)
    {
      const TovMapMemberNode *m = &g_array_index (layout->members, TovMapMemberNode, i);
      double x, y;

      tov_map_frame_from_map (f, m->x, m->y, &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
    }
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  cairo_set_line_width (cr, MAX (0.5, r * 0.12));
  cairo_stroke (cr);
  for (guint i = 0; i < layout->members->len; i++)
    {
      TovMapBox box;
      PangoLayout *text = member_name (p, layout, &g_array_index (layout->members, TovMapMemberNode, i), &box);

      tov_map_painter_show (p, text, box.x, box.y, 0.0, 0.0);
    }
}

/* one node, as paths: the invitation ring, the outline (heavy for the coordinator),
 * the sector's colour, the coordinator's white dot; fills only, no strokes */
static void
paint_node (cairo_t           *cr,
            const TovMapEntry *entry,
            double             x,
            double             y,
            double             r)
{
  double outline = outline_width (r, entry->coordinator);
  const double *rgb = tov_map_painter_palette (entry->sector);

  if (entry->invited)
    {
      add_annulus (cr, x, y, r * 1.22, MAX (0.4, r * 0.1));
      cairo_set_source_rgb (cr, tov_map_ink[0], tov_map_ink[1], tov_map_ink[2]);
      cairo_fill (cr);
    }
  cairo_arc (cr, x, y, r + outline / 2, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, tov_map_ink[0], tov_map_ink[1], tov_map_ink[2]);
  cairo_fill (cr);
  cairo_arc (cr, x, y, r - outline / 2, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill (cr);
  if (entry->coordinator)
    {
      cairo_arc (cr, x, y, r * 0.32, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
    }
}

/* into an image, every node of one look is the same picture: drawn once
 * (at the pixel scale of the target), then copied pixel-aligned */
static cairo_surface_t *
node_sprite (TovMapPainter     *p,
             const TovMapEntry *entry,
             double             r,
             int               *size)
{
  TovMapRaster *raster = p->raster;
  double scale = sqrt (raster->xx * raster->yy);
  g_autofree char *key = NULL;
  cairo_surface_t *sprite;
  cairo_t *cr;

  *size = 2 * (int) ceil (r * 1.4 * scale + 2);
  key = g_strdup_printf ("%u|%d|%d|%.3f|%.3f|%.3f", entry->sector, entry->coordinator, entry->invited,
                         r, raster->xx, raster->yy);
  sprite = g_hash_table_lookup (p->cache->sprites, key);
  if (sprite != NULL)
    return sprite;
  sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, *size, *size);
  cairo_surface_set_device_scale (sprite, raster->xx, raster->yy);
  cr = cairo_create (sprite);
  paint_node (cr, entry, *size / 2.0 / raster->xx, *size / 2.0 / raster->yy, r);
  cairo_destroy (cr);
  g_hash_table_insert (p->cache->sprites, g_steal_pointer (&key), sprite);
  return sprite;
}

static void
draw_nodes (TovMapPainter             *p,
            const TovMapLayout        *layout,
            const TovMapRenderOptions *options)
{
  cairo_t *cr = p->cr;
  double r = layout->node_radius * p->frame->scale;

  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      double x, y;

      if (!wanted (node, options))
        continue;
      node_point (p, node, options, &x, &y);
      if (p->raster != NULL)
        {
          TovMapRaster *raster = p->raster;
          int size;
          cairo_surface_t *sprite = node_sprite (p, node->entry, r, &size);
          /* the top left corner on a whole pixel */
          double left = (round (x * raster->xx + raster->x0) - size / 2 - raster->x0) / raster->xx;
          double top = (round (y * raster->yy + raster->y0) - size / 2 - raster->y0) / raster->yy;

          cairo_set_source_surface (cr, sprite, left, top);
          cairo_rectangle (cr, left, top, size / raster->xx, size / raster->yy);
          cairo_fill (cr);
        }
      else
        paint_node (cr, node->entry, x, y, r);
    }
}

static void
draw_focus (TovMapPainter             *p,
            const TovMapLayout        *layout,
            const TovMapRenderOptions *options)
{
  static const double dashes[] = { 3.0, 2.0 };
  double r = layout->node_radius * p->frame->scale;
  const TovMapNode *node;
  double x, y;

  if (options->focused_id == NULL ||
      (node = tov_map_layout_lookup (layout, options->focused_id, NULL)) == NULL ||
      !wanted (node, options))
    return;
  node_point (p, node, options, &x, &y);
  cairo_arc (p->cr, x, y, r * 1.5, 0, 2 * G_PI);
  cairo_set_source_rgb (p->cr, 0.11, 0.44, 0.85);
  cairo_set_line_width (p->cr, MAX (1.5, r * 0.2));
  cairo_set_dash (p->cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* the circle around a node that no name may cover: the node, its outline or
 * invitation ring, and a little air */
static void
node_circle (const TovMapLayout *layout,
             const TovMapFrame  *frame,
             const TovMapNode   *node,
             double              font,
             TovMapCircle       *circle)
{
  double r = layout->node_radius * frame->scale;
  double reach = node->entry->invited ? r * 1.22 + MAX (0.4, r * 0.1) / 2
                                      : r + outline_width (r, node->entry->coordinator) / 2;

  tov_map_frame_from_map (frame, node->x, node->y, &circle->x, &circle->y);
  circle->radius = reach + MAX (0.5, font * 0.1);
}

/* names first for the coordinator, then ring by ring from the centre (where room is scarcest) */
static int
compare_precedence (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const TovMapLayout *layout = user_data;
  const TovMapNode *x = &g_array_index (layout->nodes, TovMapNode, *(const guint *) a);
  const TovMapNode *y = &g_array_index (layout->nodes, TovMapNode, *(const guint *) b);

  if (x->entry->coordinator != y->entry->coordinator)
    return x->entry->coordinator ? -1 : 1;
  if (x->entry->ring != y->entry->ring)
    return x->entry->ring < y->entry->ring ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* every actor's name, placed clear of the others and of every node (one per layout node) */
static const GArray *
place_labels (TovMapPainter      *p,
              const TovMapData   *data,
              const TovMapLayout *layout,
              double              width,
              double              height,
              TovMapRenderFlags   flags)
{
  TovMapCache *cache = p->cache;
  const TovMapFrame *f = p->frame;
  guint n = layout->nodes->len;
  double factor = label_factor (layout);
  double reach = 1.06 * f->scale;
  TovMapBox bounds;
  g_autoptr(GArray) circles = g_array_new (FALSE, FALSE, sizeof (TovMapCircle));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (TovMapBox));
  g_autofree TovMapLabelRequest *requests = g_new0 (TovMapLabelRequest, n);
  g_autofree TovMapLabel *placed = g_new0 (TovMapLabel, n);
  g_autofree guint *order = g_new (guint, n);

  flags &= TOV_MAP_RENDER_RTL | TOV_MAP_RENDER_NO_LEGEND | TOV_MAP_RENDER_NO_TITLE;
  if (cache->labels != NULL && cache->labels_serial == layout->serial && cache->labels_width == width &&
      cache->labels_height == height && cache->labels_flags == flags &&
      cache->labels_func == p->label_func && cache->labels_data == p->label_data)
    return cache->labels;

  for (guint i = 0; i < n; i++)
    {
      TovMapCircle circle;

      node_circle (layout, f, &g_array_index (layout->nodes, TovMapNode, i), p->font, &circle);
      g_array_append_val (circles, circle);
    }
  for (guint i = 0; i < layout->members->len; i++)
    {
      const TovMapMemberNode *m = &g_array_index (layout->members, TovMapMemberNode, i);
      TovMapCircle circle = { 0, 0, layout->member_radius * f->scale * 1.1 };
      TovMapBox box;

      tov_map_frame_from_map (f, m->x, m->y, &circle.x, &circle.y);
      g_array_append_val (circles, circle);
      member_name (p, layout, m, &box);
      g_array_append_val (boxes, box);
    }
  {
    TovMapCircle centre = { f->cx, f->cy, f->scale * 0.03 };

    g_array_append_val (circles, centre);
  }
  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    {
      TovMapBox box;

      ring_name (p, ring, &box);
      g_array_append_val (boxes, box);
    }

  for (guint i = 0; i < n; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      PangoLayout *text = tov_map_painter_text (p, node->entry->actor_name, factor,
                                                node->entry->coordinator, -1);
      const TovMapCircle *circle = &g_array_index (circles, TovMapCircle, i);
      TovMapBox extents;

      tov_map_painter_extents (text, &extents);
      requests[i] = (TovMapLabelRequest) { circle->x, circle->y, circle->radius,
                                           extents.width, extents.height, circle->x >= f->cx };
      order[i] = i;
    }
  g_qsort_with_data (order, n, sizeof (guint), compare_precedence, (gpointer) layout);
  {
    g_autofree TovMapLabelRequest *sorted = g_new (TovMapLabelRequest, n);
    g_autofree TovMapLabel *result = g_new (TovMapLabel, n);

    for (guint i = 0; i < n; i++)
      sorted[i] = requests[order[i]];
    bounds.x = MAX (0, f->cx - reach);
    bounds.y = MAX (f->title_height, f->cy - reach);
    bounds.width = MIN (width, f->cx + reach) - bounds.x;
    bounds.height = MIN (height, f->cy + reach) - bounds.y;
    if (bounds.width <= 0 || bounds.height <= 0)
      bounds = (TovMapBox) { 0, 0, MAX (width, 1), MAX (height, 1) };
    tov_map_labels_place (sorted, n, (TovMapCircle *) circles->data, circles->len,
                          (TovMapBox *) boxes->data, boxes->len, &bounds,
                          p->font * factor * 3.5, result);
    for (guint i = 0; i < n; i++)
      placed[order[i]] = result[i];
  }

  g_clear_pointer (&cache->labels, g_array_unref);
  cache->labels = g_array_sized_new (FALSE, FALSE, sizeof (TovMapLabel), n);
  g_array_append_vals (cache->labels, placed, n);
  cache->labels_serial = layout->serial;
  cache->labels_width = width;
  cache->labels_height = height;
  cache->labels_flags = flags;
  cache->labels_func = p->label_func;
  cache->labels_data = p->label_data;
  return cache->labels;
}

/* the dragged node's name moves with it, on the side away from the centre, unchecked */
static void
dragged_label (TovMapPainter             *p,
               const TovMapLayout        *layout,
               const TovMapNode          *node,
               const TovMapRenderOptions *options,
               PangoLayout               *text,
               TovMapLabel               *label)
{
  TovMapCircle circle;
  TovMapBox extents;

  node_circle (layout, p->frame, node, p->font, &circle);
  node_point (p, node, options, &circle.x, &circle.y);
  tov_map_painter_extents (text, &extents);
  label->box = (TovMapBox) { circle.x >= p->frame->cx ? circle.x + circle.radius
                                                      : circle.x - circle.radius - extents.width,
                             circle.y - extents.height / 2, extents.width, extents.height };
  label->visible = TRUE;
  label->shortened = FALSE;
}

static void
draw_labels (TovMapPainter             *p,
             const TovMapData          *data,
             const TovMapLayout        *layout,
             double                     width,
             double                     height,
             const TovMapRenderOptions *options)
{
  const GArray *labels = NULL;
  double factor = label_factor (layout);
  double pad = p->font * 0.12;
  g_autofree TovMapLabel *shown = g_new0 (TovMapLabel, layout->nodes->len);
  g_autofree PangoLayout **texts = g_new0 (PangoLayout *, layout->nodes->len);
  gboolean any = FALSE;

  if (!(options->flags & TOV_MAP_RENDER_ONLY_DRAGGED))
    labels = place_labels (p, data, layout, width, height, options->flags);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      const TovMapEntry *entry = node->entry;

      if (!wanted (node, options))
        continue;
      if (labels == NULL || is_dragged (node, options))
        {
          texts[i] = tov_map_painter_text (p, entry->actor_name, factor, entry->coordinator, -1);
          dragged_label (p, layout, node, options, texts[i], &shown[i]);
        }
      else
        {
          shown[i] = g_array_index (labels, TovMapLabel, i);
          if (!shown[i].visible)
            continue;
          texts[i] = tov_map_painter_text (p, entry->actor_name, factor, entry->coordinator,
                                           shown[i].shortened ? shown[i].box.width : -1);
        }
      /* a pale box under the name keeps it readable over lines and ring edges */
      cairo_rectangle (p->cr, shown[i].box.x - pad, shown[i].box.y,
                       shown[i].box.width + 2 * pad, shown[i].box.height);
      any = TRUE;
    }
  if (!any)
    return;
  cairo_set_source_rgba (p->cr, 1, 1, 1, 0.72);
  cairo_fill (p->cr);
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  for (guint i = 0; i < layout->nodes->len; i++)
    if (texts[i] != NULL)
      tov_map_painter_show (p, texts[i], shown[i].box.x, shown[i].box.y, 0.0, 0.0);
}

static void
draw_title (TovMapPainter    *p,
            const TovMapData *data,
            const char       *date,
            double            width)
{
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  double margin = p->frame->title_height * 0.35;
  PangoLayout *text;

  if (p->frame->title_height <= 0)
    return;
  day = tov_map_painter_digits (p, date != NULL ? date : "");
  /* TRANSLATORS: the map's heading: family name, then the date it shows */
  title = g_strdup_printf (tov_map_painter_gettext (p, N_("%s — actors on %s")), data->family_name, day);
  text = tov_map_painter_text (p, title, 1.35, TRUE, width - 2 * margin);
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  if (p->frame->rtl)
    tov_map_painter_show (p, text, width - margin, margin * 0.6, 1.0, 0.0);
  else
    tov_map_painter_show (p, text, margin, margin * 0.6, 0.0, 0.0);
}

/**
 * tov_map_renderer_draw:
 * @options: (nullable): focus, drag, flags and a cache
 *
 * Draws the map of @layout into (0, 0)-(@width, @height) of @cr.
 */
void
tov_map_renderer_draw (cairo_t                   *cr,
                       const TovMapData          *data,
                       const TovMapLayout        *layout,
                       double                     width,
                       double                     height,
                       const TovMapRenderOptions *options)
{
  static const TovMapRenderOptions none = { 0 };
  g_autoptr(TovMapCache) own = NULL;
  TovMapRaster raster;
  TovMapFrame frame;
  TovMapPainter p;

  g_return_if_fail (cr != NULL && data != NULL && layout != NULL);

  if (options == NULL)
    options = &none;
  tov_map_renderer_frame (width, height, options->flags, &frame);
  tov_map_painter_begin (&p, cr, &frame, options->cache != NULL ? options->cache
                                                                 : (own = tov_map_cache_new ()));
  p.label_func = options->label_func;
  p.label_data = options->label_data;
  cairo_save (cr);
  if (options->flags & TOV_MAP_RENDER_FOCUS_ONLY)
    {
      draw_focus (&p, layout, options);
      cairo_restore (cr);
      return;
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (tov_map_raster_begin (&raster, cr))
    p.raster = &raster;
  if (!(options->flags & TOV_MAP_RENDER_ONLY_DRAGGED))
    {
      draw_title (&p, data, layout->date, width);
      draw_rings (&p);
    }
  draw_links (&p, data, layout, options);
  if (!(options->flags & TOV_MAP_RENDER_ONLY_DRAGGED))
    draw_centre (&p, data, layout);
  draw_nodes (&p, layout, options);
  draw_labels (&p, data, layout, width, height, options);
  draw_focus (&p, layout, options);
  if (!(options->flags & (TOV_MAP_RENDER_NO_LEGEND | TOV_MAP_RENDER_ONLY_DRAGGED)))
    tov_map_legend_draw (&p, data, layout);
  if (p.raster != NULL)
    tov_map_raster_end (p.raster);
  cairo_restore (cr);
}

/**
 * tov_map_renderer_labels:
 *
 * Returns: (transfer full) (element-type TovMapLabel): where the actors'
 *   names go in a drawing of @width x @height, one per node of @layout,
 *   in drawing units (what tov_map_renderer_draw () draws)
 */
GArray *
tov_map_renderer_labels (const TovMapData   *data,
                         const TovMapLayout *layout,
                         double              width,
                         double              height,
                         TovMapRenderFlags   flags)
{
  g_autoptr(TovMapCache) cache = tov_map_cache_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  TovMapFrame frame;
  TovMapPainter p;

  g_return_val_if_fail (data != NULL && layout != NULL, NULL);
  tov_map_renderer_frame (width, height, flags, &frame);
  tov_map_painter_begin (&p, cr, &frame, cache);
  place_labels (&p, data, layout, width, height, flags);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return g_array_ref (cache->labels);
}

/* the circle no name may cover around node @index, in drawing units of @frame */
void
tov_map_renderer_node_circle (const TovMapLayout *layout,
                              const TovMapFrame  *frame,
                              guint               index,
                              TovMapCircle       *circle)
{
  g_return_if_fail (layout != NULL && index < layout->nodes->len);
  node_circle (layout, frame, &g_array_index (layout->nodes, TovMapNode, index),
               CLAMP (frame->scale * 0.045, 6.0, 15.0), circle);
}
