/* tov-map-renderer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "tov-date.h"
#include "tov-map-renderer.h"
#include "tov-store-map.h"

#define MM_TO_PT(mm)  ((mm) / 25.4 * 72.0)
#define MAX_PIXELS    12000

/* Okabe & Ito (2008), "Color Universal Design": distinguishable with every
 * common colour-vision deficiency */
static const double palette[TOV_MAP_N_SECTORS][3] = {
  { 0xE6 / 255., 0x9F / 255., 0x00 / 255. },  /* social: orange */
  { 0x56 / 255., 0xB4 / 255., 0xE9 / 255. },  /* employment: sky blue */
  { 0x00 / 255., 0x9E / 255., 0x73 / 255. },  /* children and youth: bluish green */
  { 0xF0 / 255., 0xE4 / 255., 0x42 / 255. },  /* school: yellow */
  { 0x00 / 255., 0x72 / 255., 0xB2 / 255. },  /* health: blue */
  { 0xD5 / 255., 0x5E / 255., 0x00 / 255. },  /* leisure: vermillion */
  { 0x00 / 255., 0x00 / 255., 0x00 / 255. },  /* police: black */
  { 0xCC / 255., 0x79 / 255., 0xA7 / 255. },  /* NGO: reddish purple */
  { 0x99 / 255., 0x99 / 255., 0x99 / 255. },  /* private network: grey */
};

static const double ink[3] = { 0.14, 0.14, 0.16 };

typedef struct
{
  cairo_t            *cr;
  const TovMapFrame  *frame;
  PangoLayout        *text;
  double              font;     /* base font size in drawing units */
  PangoFontDescription *font_description;
  double              column_x; /* the legend column being written */
  double              column_width;
} Painter;

void
tov_map_renderer_sector_rgb (TovMapSector  sector,
                             double       *rgb)
{
  g_return_if_fail (sector < TOV_MAP_N_SECTORS);
  memcpy (rgb, palette[sector], sizeof palette[sector]);
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

static void
set_rgb (cairo_t      *cr,
         const double *rgb,
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

/* the angle in cairo's convention (radians from +x, clockwise on screen) of a map angle */
static double
cairo_angle (const Painter *p,
             double         angle)
{
  double a = p->frame->rtl ? -angle : angle;

  return (a - 90.0) * G_PI / 180.0;
}

static void
set_font (Painter  *p,
          double    factor,
          gboolean  bold)
{
  PangoFontDescription *font = p->font_description;

  pango_font_description_set_absolute_size (font, MAX (1.0, p->font * factor) * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->text, font);
}

/* text with its anchor: h 0 = start at x, 0.5 = centred, 1 = end at x (in drawing
 * coordinates, not the text direction); v likewise */
static void
show_text (Painter    *p,
           const char *text,
           double      x,
           double      y,
           double      h,
           double      v,
           double      max_width)
{
  PangoRectangle logical;

  pango_layout_set_width (p->text, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (p->text, max_width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (p->text, text, -1);
  /* the text's own box: with a width set, an RTL line sits at its right end */
  pango_layout_get_pixel_extents (p->text, NULL, &logical);
  cairo_move_to (p->cr, x - h * logical.width - logical.x, y - v * logical.height - logical.y);
  pango_cairo_show_layout (p->cr, p->text);
  cairo_new_path (p->cr);
}

static void
draw_rings (Painter *p)
{
  cairo_t *cr = p->cr;
  const TovMapFrame *f = p->frame;

  for (int ring = TOV_MAP_N_RINGS - 1; ring >= 0; ring--)
    {
      double shade = ring % 2 == 0 ? 0.955 : 0.985;

      cairo_arc (cr, f->cx, f->cy, tov_map_ring_outer (ring) * f->scale, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, shade, shade, shade + 0.01);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.78, 0.78, 0.8);
      cairo_set_line_width (cr, MAX (0.5, f->scale * 0.003));
      cairo_stroke (cr);
    }
  cairo_arc (cr, f->cx, f->cy, TOV_MAP_CENTRE_RADIUS * f->scale, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.64);
  cairo_stroke (cr);

  /* sector edges and a coloured arc outside the rings */
  for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
    {
      double a0 = cairo_angle (p, tov_map_sector_start (s));
      double a1 = cairo_angle (p, tov_map_sector_start (s) + TOV_MAP_SECTOR_SPAN);

      cairo_move_to (cr, f->cx + cos (a0) * TOV_MAP_CENTRE_RADIUS * f->scale,
                     f->cy + sin (a0) * TOV_MAP_CENTRE_RADIUS * f->scale);
      cairo_line_to (cr, f->cx + cos (a0) * f->scale, f->cy + sin (a0) * f->scale);
      cairo_set_source_rgb (cr, 0.8, 0.8, 0.82);
      cairo_set_line_width (cr, MAX (0.5, f->scale * 0.003));
      cairo_stroke (cr);

      cairo_new_path (cr);
      if (f->rtl)
        cairo_arc_negative (cr, f->cx, f->cy, 1.025 * f->scale, a0, a1);
      else
        cairo_arc (cr, f->cx, f->cy, 1.025 * f->scale, a0, a1);
      set_rgb (cr, palette[s], 1.0);
      cairo_set_line_width (cr, 0.035 * f->scale);
      cairo_stroke (cr);
    }

  /* ring names along the top, inside each band */
  set_font (p, 0.75, FALSE);
  cairo_set_source_rgb (cr, 0.42, 0.42, 0.46);
  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    show_text (p, tov_map_ring_label (ring), f->cx,
               f->cy - (tov_map_ring_outer (ring) - 0.012) * f->scale, 0.5, 0.0,
               f->scale * 0.9);
}

static void
node_point (const Painter        *p,
            const TovMapNode     *node,
            const TovMapRenderOptions *options,
            double               *x,
            double               *y)
{
  if (options != NULL && options->dragged_id != NULL &&
      g_strcmp0 (options->dragged_id, node->entry->engagement_id) == 0)
    tov_map_frame_from_map (p->frame, options->drag_x, options->drag_y, x, y);
  else
    tov_map_frame_from_map (p->frame, node->x, node->y, x, y);
}

/* whether a node is drawn in this pass: all, all but the dragged one, or only it */
static gboolean
wanted (const TovMapNode          *node,
        const TovMapRenderOptions *options)
{
  gboolean dragged;

  if (options == NULL || !(options->flags & (TOV_MAP_RENDER_SKIP_DRAGGED | TOV_MAP_RENDER_ONLY_DRAGGED)))
    return TRUE;
  dragged = g_strcmp0 (options->dragged_id, node->entry->engagement_id) == 0;
  return (options->flags & TOV_MAP_RENDER_ONLY_DRAGGED) ? dragged : !dragged;
}

static void
draw_links (Painter                   *p,
            const TovMapData          *data,
            const TovMapLayout        *layout,
            const TovMapRenderOptions *options)
{
  cairo_t *cr = p->cr;

  cairo_set_line_width (cr, MAX (0.4, p->frame->scale * 0.0035));
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      double x, y;

      if (!wanted (node, options))
        continue;
      node_point (p, node, options, &x, &y);
      set_rgb (cr, palette[node->entry->sector], 0.55);
      if (tov_map_entry_whole_family (node->entry, data))
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, p->frame->cx, p->frame->cy);
          cairo_stroke (cr);
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
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, mx, my);
          cairo_stroke (cr);
        }
    }
}

static void
draw_centre (Painter            *p,
             const TovMapData   *data,
             const TovMapLayout *layout)
{
  cairo_t *cr = p->cr;
  const TovMapFrame *f = p->frame;
  double r = layout->member_radius * f->scale;

  /* the family: its name when it has no members yet, else a dot the
   * whole-family lines meet in (the name is in the title) */
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  if (layout->members->len == 0)
    {
      set_font (p, 0.95, TRUE);
      show_text (p, data->family_name != NULL ? data->family_name : "", f->cx, f->cy, 0.5, 0.5,
                 f->scale * 0.3);
    }
  else
    {
      cairo_arc (cr, f->cx, f->cy, f->scale * 0.025, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  set_font (p, 0.7, FALSE);
  for (guint i = 0; i < layout->members->len; i++)
    {
      const TovMapMemberNode *m = &g_array_index (layout->members, TovMapMemberNode, i);
      double x, y;

      tov_map_frame_from_map (f, m->x, m->y, &x, &y);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
      cairo_set_line_width (cr, MAX (0.5, r * 0.12));
      cairo_stroke (cr);
      show_text (p, m->member->name, x, y, 0.5, 0.5, r * 2.6);
    }
}

static void
draw_node (Painter                   *p,
           const TovMapLayout        *layout,
           const TovMapNode          *node,
           const TovMapRenderOptions *options)
{
  cairo_t *cr = p->cr;
  const TovMapEntry *entry = node->entry;
  double r = layout->node_radius * p->frame->scale;
  double x, y, dx;
  gboolean focused = options != NULL && g_strcmp0 (options->focused_id, entry->engagement_id) == 0;

  node_point (p, node, options, &x, &y);
  if (entry->invited)
    {
      /* a second ring: invited to network meetings */
      cairo_arc (cr, x, y, r * 1.22, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
      cairo_set_line_width (cr, MAX (0.4, r * 0.1));
      cairo_stroke (cr);
    }
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  set_rgb (cr, palette[entry->sector], 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  cairo_set_line_width (cr, MAX (0.5, r * (entry->coordinator ? 0.34 : 0.12)));
  cairo_stroke (cr);
  if (entry->coordinator)
    {
      /* the coordinator: a white centre dot on a heavy outline */
      cairo_arc (cr, x, y, r * 0.32, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill (cr);
    }
  if (focused)
    {
      static const double dashes[] = { 3.0, 2.0 };

      cairo_arc (cr, x, y, r * 1.5, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, MAX (1.5, r * 0.2));
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* the name beside the node, on the side away from the centre */
  dx = x - p->frame->cx;
  set_font (p, MIN (0.8, MAX (0.55, layout->node_radius / TOV_MAP_NODE_RADIUS)), entry->coordinator);
  cairo_set_source_rgb (cr, ink[0], ink[1], ink[2]);
  if (dx >= 0)
    show_text (p, entry->actor_name, x + r * 1.35, y, 0.0, 0.5, p->frame->scale * 0.3);
  else
    show_text (p, entry->actor_name, x - r * 1.35, y, 1.0, 0.5, p->frame->scale * 0.3);
}

static void
draw_title (Painter          *p,
            const TovMapData *data,
            const char       *date,
            double            width)
{
  g_autofree char *title = NULL;
  double margin = p->frame->title_height * 0.35;

  if (p->frame->title_height <= 0)
    return;
  /* TRANSLATORS: the map's heading: family name, then the date it shows */
  title = g_strdup_printf (_("%s — actors on %s"), data->family_name, date != NULL ? date : "");
  set_font (p, 1.35, TRUE);
  cairo_set_source_rgb (p->cr, ink[0], ink[1], ink[2]);
  if (p->frame->rtl)
    show_text (p, title, width - margin, margin * 0.6, 1.0, 0.0, width - 2 * margin);
  else
    show_text (p, title, margin, margin * 0.6, 0.0, 0.0, width - 2 * margin);
}

/* a legend line: a swatch (or mark) and a text, mirrored in RTL */
static double
legend_row (Painter    *p,
            double      y,
            const char *text,
            void      (*mark) (Painter *p, double x, double y, double r, gconstpointer data),
            gconstpointer data)
{
  const TovMapFrame *f = p->frame;
  double r = p->font * 0.45;
  double x0 = f->rtl ? p->column_x + p->column_width - r : p->column_x + r;
  PangoRectangle logical;

  if (mark != NULL)
    mark (p, x0, y + p->font * 0.6, r, data);
  pango_layout_set_width (p->text, (int) ((p->column_width - 3 * r) * PANGO_SCALE));
  pango_layout_set_ellipsize (p->text, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (p->text, text, -1);
  pango_layout_get_pixel_extents (p->text, NULL, &logical);
  cairo_set_source_rgb (p->cr, ink[0], ink[1], ink[2]);
  if (f->rtl)
    cairo_move_to (p->cr, x0 - 2 * r - logical.width - logical.x, y);
  else
    cairo_move_to (p->cr, x0 + 2 * r - logical.x, y);
  pango_cairo_show_layout (p->cr, p->text);
  cairo_new_path (p->cr);
  return y + MAX (logical.height, p->font * 1.2) + p->font * 0.15;
}

static void
mark_sector (Painter      *p,
             double        x,
             double        y,
             double        r,
             gconstpointer data)
{
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  set_rgb (p->cr, palette[GPOINTER_TO_UINT (data)], 1.0);
  cairo_fill_preserve (p->cr);
  cairo_set_source_rgb (p->cr, ink[0], ink[1], ink[2]);
  cairo_set_line_width (p->cr, MAX (0.4, r * 0.15));
  cairo_stroke (p->cr);
}

static void
mark_kind (Painter      *p,
           double        x,
           double        y,
           double        r,
           gconstpointer data)
{
  gboolean coordinator = GPOINTER_TO_INT (data) == 1;

  if (!coordinator)
    {
      cairo_arc (p->cr, x, y, r * 1.22, 0, 2 * G_PI);
      cairo_set_source_rgb (p->cr, ink[0], ink[1], ink[2]);
      cairo_set_line_width (p->cr, MAX (0.4, r * 0.12));
      cairo_stroke (p->cr);
    }
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  cairo_set_source_rgb (p->cr, 0.85, 0.85, 0.85);
  cairo_fill_preserve (p->cr);
  cairo_set_source_rgb (p->cr, ink[0], ink[1], ink[2]);
  cairo_set_line_width (p->cr, MAX (0.5, r * (coordinator ? 0.34 : 0.12)));
  cairo_stroke (p->cr);
  if (coordinator)
    {
      cairo_arc (p->cr, x, y, r * 0.32, 0, 2 * G_PI);
      cairo_set_source_rgb (p->cr, 1, 1, 1);
      cairo_fill (p->cr);
    }
}

static void
draw_legend (Painter            *p,
             const TovMapData   *data,
             const TovMapLayout *layout)
{
  TovMapCounts enrolment;
  g_autofree char *line = NULL;
  const TovMapFrame *f = p->frame;
  gboolean two = f->legend_columns > 1;
  double y = f->legend_y;

  /* one column beside the map, two under it: figures and rings, then colours */
  p->column_width = two ? f->legend_width / 2 : f->legend_width;
  p->column_x = two && f->rtl ? f->legend_x + p->column_width : f->legend_x;

  /* the headline figures first */
  set_font (p, 1.0, TRUE);
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u professional in direct contact",
                                       "%u professionals in direct contact",
                                       layout->counts.professionals),
                          layout->counts.professionals);
  y = legend_row (p, y, line, NULL, NULL);
  g_clear_pointer (&line, g_free);
  set_font (p, 0.85, FALSE);
  if (data->enrolled_on != NULL)
    {
      tov_map_data_count (data, data->enrolled_on, &enrolment);
      /* TRANSLATORS: %u is a number, %s the enrolment date */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u at enrolment (%s)",
                                           "%u at enrolment (%s)", enrolment.professionals),
                              enrolment.professionals, data->enrolled_on);
      y = legend_row (p, y, line, NULL, NULL);
      g_clear_pointer (&line, g_free);
    }
  y += p->font * 0.5;

  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    {
      /* TRANSLATORS: a ring of the map and how many actors are in it: "Core team: 2" */
      line = g_strdup_printf (_("%s: %u"), tov_map_ring_label (ring), layout->counts.per_ring[ring]);
      y = legend_row (p, y, line, NULL, NULL);
      g_clear_pointer (&line, g_free);
    }
  y += p->font * 0.5;
  if (two)
    {
      y = f->legend_y;
      p->column_x = f->rtl ? f->legend_x : f->legend_x + p->column_width;
    }

  for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
    y = legend_row (p, y, tov_map_sector_label (s), mark_sector, GUINT_TO_POINTER (s));
  y += p->font * 0.5;
  y = legend_row (p, y, _("Coordinator (heavy outline)"), mark_kind, GINT_TO_POINTER (1));
  legend_row (p, y, _("Invited to network meetings (double ring)"), mark_kind, GINT_TO_POINTER (0));
}

/**
 * tov_map_renderer_draw:
 * @options: (nullable): focus, drag and flags
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
  TovMapRenderFlags flags = options != NULL ? options->flags : TOV_MAP_RENDER_NONE;
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  TovMapFrame frame;
  Painter p;

  g_return_if_fail (cr != NULL && data != NULL && layout != NULL);

  tov_map_renderer_frame (width, height, flags, &frame);
  text = pango_cairo_create_layout (cr);
  pango_context_set_base_dir (pango_layout_get_context (text),
                              frame.rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_layout_context_changed (text);
  p = (Painter) { cr, &frame, text, CLAMP (frame.scale * 0.045, 6.0, 15.0), font, 0, 0 };

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (flags & TOV_MAP_RENDER_ONLY_DRAGGED)
    {
      draw_links (&p, data, layout, options);
      for (guint i = 0; i < layout->nodes->len; i++)
        if (wanted (&g_array_index (layout->nodes, TovMapNode, i), options))
          draw_node (&p, layout, &g_array_index (layout->nodes, TovMapNode, i), options);
      cairo_restore (cr);
      return;
    }
  draw_title (&p, data, layout->date, width);
  draw_rings (&p);
  draw_links (&p, data, layout, options);
  draw_centre (&p, data, layout);
  for (guint i = 0; i < layout->nodes->len; i++)
    if (wanted (&g_array_index (layout->nodes, TovMapNode, i), options))
      draw_node (&p, layout, &g_array_index (layout->nodes, TovMapNode, i), options);
  if (!(flags & TOV_MAP_RENDER_NO_LEGEND))
    draw_legend (&p, data, layout);
  cairo_restore (cr);
}

static gboolean
load (TovStore      *store,
      const char    *family_id,
      const char    *date,
      TovMapData   **data,
      TovMapLayout **layout,
      GError       **error)
{
  g_autofree char *today = NULL;

  if (date != NULL && !tov_date_is_valid (date))
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), date);
      return FALSE;
    }
  *data = tov_store_load_map (store, family_id, error);
  if (*data == NULL)
    return FALSE;
  if (date == NULL)
    date = today = tov_date_today ();
  *layout = tov_map_layout_new (*data, date, NULL);
  return TRUE;
}

gboolean
tov_map_renderer_draw_family (cairo_t            *cr,
                              TovStore           *store,
                              const char         *family_id,
                              const char         *date,
                              double              width,
                              double              height,
                              TovMapRenderFlags   flags,
                              GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { flags, NULL, NULL, 0, 0 };

  g_return_val_if_fail (cr != NULL && TOV_IS_STORE (store) && family_id != NULL, FALSE);
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;
  tov_map_renderer_draw (cr, data, layout, width, height, &options);
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_size (double   width_mm,
            double   height_mm,
            GError **error)
{
  if (!(width_mm >= 20 && height_mm >= 20 && width_mm <= 2000 && height_mm <= 2000))
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("The map must be between 20 and 2000 mm wide and high."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
surface_failed (cairo_surface_t *surface,
                GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO,
               _("Cannot draw the map: %s"), cairo_status_to_string (status));
  return TRUE;
}

/**
 * tov_map_renderer_render_png:
 * @dpi: pixels per inch, 300 for print
 * @png: (out): the PNG file's bytes
 *
 * Draws the family's map as of @date (NULL: today) as a PNG of
 * @width_mm x @height_mm at @dpi, on white.
 */
gboolean
tov_map_renderer_render_png (TovStore           *store,
                             const char         *family_id,
                             const char         *date,
                             double              width_mm,
                             double              height_mm,
                             int                 dpi,
                             TovMapRenderFlags   flags,
                             GBytes            **png,
                             GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { flags, NULL, NULL, 0, 0 };
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  gboolean failed;

  g_return_val_if_fail (TOV_IS_STORE (store) && family_id != NULL && png != NULL, FALSE);
  if (!check_size (width_mm, height_mm, error))
    return FALSE;
  dpi = CLAMP (dpi, 24, 1200);
  width = (int) ceil (width_mm / 25.4 * dpi);
  height = (int) ceil (height_mm / 25.4 * dpi);
  if (width > MAX_PIXELS || height > MAX_PIXELS)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("The map would be too large an image; choose a lower resolution."));
      return FALSE;
    }
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72.0, dpi / 72.0);
  tov_map_renderer_draw (cr, data, layout, MM_TO_PT (width_mm), MM_TO_PT (height_mm), &options);
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  failed = surface_failed (surface, error);
  if (!failed && cairo_surface_write_to_png_stream (surface, append_bytes, bytes) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO, _("Cannot write the map as PNG."));
      failed = TRUE;
    }
  cairo_surface_destroy (surface);
  if (failed)
    return FALSE;
  *png = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return TRUE;
}

/* cairo writes text as glyph outlines: a <title> and a <desc> naming every
 * actor make the SVG readable by screen readers and searchable */
static GBytes *
add_description (GByteArray         *svg,
                 const TovMapData   *data,
                 const TovMapLayout *layout)
{
  const char *text = (const char *) svg->data;
  const char *open = g_strstr_len (text, svg->len, "<svg");
  const char *end = open != NULL ? memchr (open, '>', svg->len - (open - text)) : NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  if (end == NULL)
    return g_byte_array_free_to_bytes (g_byte_array_ref (svg));
  out = g_string_new_len (text, end + 1 - text);
  title = g_strdup_printf (_("%s — actors on %s"), data->family_name, layout->date);
  escaped = g_markup_escape_text (title, -1);
  g_string_append_printf (out, "\n<title>%s</title>\n<desc>", escaped);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      g_autofree char *description = tov_map_entry_describe (node->entry, data);
      g_autofree char *line = g_markup_printf_escaped ("%s: %s\n", node->entry->actor_name,
                                                       description);

      g_string_append (out, line);
    }
  g_string_append (out, "</desc>");
  g_string_append_len (out, end + 1, svg->len - (end + 1 - text));
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * tov_map_renderer_render_svg:
 * @svg: (out): the SVG file's bytes
 *
 * Draws the family's map as of @date (NULL: today) as an SVG of
 * @width_mm x @height_mm, with a <title> and a <desc> naming every actor.
 */
gboolean
tov_map_renderer_render_svg (TovStore           *store,
                             const char         *family_id,
                             const char         *date,
                             double              width_mm,
                             double              height_mm,
                             TovMapRenderFlags   flags,
                             GBytes            **svg,
                             GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { flags, NULL, NULL, 0, 0 };
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean failed;

  g_return_val_if_fail (TOV_IS_STORE (store) && family_id != NULL && svg != NULL, FALSE);
  if (!check_size (width_mm, height_mm, error))
    return FALSE;
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;

  bytes = g_byte_array_new ();
  /* the document in millimetres (width="297mm"), drawn in points */
  surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width_mm, height_mm);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_MM);
  cr = cairo_create (surface);
  cairo_scale (cr, 25.4 / 72.0, 25.4 / 72.0);
  tov_map_renderer_draw (cr, data, layout, MM_TO_PT (width_mm), MM_TO_PT (height_mm), &options);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  failed = surface_failed (surface, error);
  cairo_surface_destroy (surface);
  if (failed)
    return FALSE;
  *svg = add_description (bytes, data, layout);
  return TRUE;
}
