/* tov-map-legend.c: the map's legend, its headline figures and its colours
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-map-legend.h"

/*
 * The legend sits in the frame's legend box (tov_map_renderer_frame ()):
 * one column beside the map, two under it. First the headline figures
 * (professionals in direct contact now and at enrolment) and the actors per
 * ring, then each sector's colour, the coordinator's and the invited
 * actors' marks. In a right-to-left drawing each row is mirrored: the mark
 * on the right, the text ending left of it, and the columns swapped.
 */

typedef void (*MarkFunc) (TovMapPainter *p,
                          double         x,
                          double         y,
                          double         r,
                          gconstpointer  data);

/* a legend line: a swatch (or mark) and a text, mirrored in RTL */
static double
row (TovMapPainter *p,
     double         y,
     const char    *text,
     double         factor,
     gboolean       bold,
     MarkFunc       mark,
     gconstpointer  data)
{
  const TovMapFrame *f = p->frame;
  double r = p->font * 0.45;
  double x0 = f->rtl ? p->column_x + p->column_width - r : p->column_x + r;
  PangoLayout *layout = tov_map_painter_text (p, text, factor, bold, p->column_width - 3 * r);
  TovMapBox box;

  if (mark != NULL)
    mark (p, x0, y + p->font * 0.6, r, data);
  tov_map_painter_extents (layout, &box);
  cairo_set_source_rgb (p->cr, tov_map_ink[0], tov_map_ink[1], tov_map_ink[2]);
  if (f->rtl)
    tov_map_painter_show (p, layout, x0 - 2 * r, y, 1.0, 0.0);
  else
    tov_map_painter_show (p, layout, x0 + 2 * r, y, 0.0, 0.0);
  return y + MAX (box.height, p->font * 1.2) + p->font * 0.15;
}

static void
mark_sector (TovMapPainter *p,
             double         x,
             double         y,
             double         r,
             gconstpointer  data)
{
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  tov_map_painter_set_rgb (p, tov_map_painter_palette (GPOINTER_TO_UINT (data)), 1.0);
  cairo_fill_preserve (p->cr);
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  cairo_set_line_width (p->cr, MAX (0.4, r * 0.15));
  cairo_stroke (p->cr);
}

static void
mark_kind (TovMapPainter *p,
           double         x,
           double         y,
           double         r,
           gconstpointer  data)
{
  gboolean coordinator = GPOINTER_TO_INT (data) == 1;

  if (!coordinator)
    {
      cairo_arc (p->cr, x, y, r * 1.22, 0, 2 * G_PI);
      tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
      cairo_set_line_width (p->cr, MAX (0.4, r * 0.12));
      cairo_stroke (p->cr);
    }
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  cairo_set_source_rgb (p->cr, 0.85, 0.85, 0.85);
  cairo_fill_preserve (p->cr);
  tov_map_painter_set_rgb (p, tov_map_ink, 1.0);
  cairo_set_line_width (p->cr, MAX (0.5, r * (coordinator ? 0.34 : 0.12)));
  cairo_stroke (p->cr);
  if (coordinator)
    {
      cairo_arc (p->cr, x, y, r * 0.32, 0, 2 * G_PI);
      cairo_set_source_rgb (p->cr, 1, 1, 1);
      cairo_fill (p->cr);
    }
}

/* a line with counts or a date: its digits as the drawing's language writes them */
static char *
counted (TovMapPainter *p,
         char          *line)
{
  g_autofree char *owned = line;

  return tov_map_painter_digits (p, owned);
}

void
tov_map_legend_draw (TovMapPainter      *p,
                     const TovMapData   *data,
                     const TovMapLayout *layout)
{
  TovMapCounts enrolment;
  g_autofree char *line = NULL;
  const char *format;
  guint n;
  const TovMapFrame *f = p->frame;
  gboolean two = f->legend_columns > 1;
  double y = f->legend_y;

  /* one column beside the map, two under it: figures and rings, then colours */
  p->column_width = two ? f->legend_width / 2 : f->legend_width;
  p->column_x = two && f->rtl ? f->legend_x + p->column_width : f->legend_x;

  /* the headline figures first */
  /* a plural is written out twice: xgettext finds it only in a g_dngettext () call */
  n = layout->counts.professionals;
  format = p->label_func != NULL
             ? p->label_func ("%u professional in direct contact", "%u professionals in direct contact", n,
                              p->label_data)
             : g_dngettext (GETTEXT_PACKAGE, "%u professional in direct contact",
                            "%u professionals in direct contact", n);
  line = counted (p, g_strdup_printf (format, n));
  y = row (p, y, line, 1.0, TRUE, NULL, NULL);
  g_clear_pointer (&line, g_free);
  if (data->enrolled_on != NULL)
    {
      tov_map_data_count (data, data->enrolled_on, &enrolment);
      n = enrolment.professionals;
      format = p->label_func != NULL
                 ? p->label_func ("%u at enrolment (%s)", "%u at enrolment (%s)", n, p->label_data)
                 /* TRANSLATORS: %u is a number, %s the enrolment date */
                 : g_dngettext (GETTEXT_PACKAGE, "%u at enrolment (%s)", "%u at enrolment (%s)", n);
      line = counted (p, g_strdup_printf (format, n, data->enrolled_on));
      y = row (p, y, line, 0.85, FALSE, NULL, NULL);
      g_clear_pointer (&line, g_free);
    }
  y += p->font * 0.5;

  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    {
      /* TRANSLATORS: a ring of the map and how many actors are in it: "Core team: 2" */
      line = counted (p, g_strdup_printf (tov_map_painter_gettext (p, N_("%s: %u")),
                                          tov_map_painter_gettext (p, tov_map_ring_msgid (ring)),
                                          layout->counts.per_ring[ring]));
      y = row (p, y, line, 0.85, FALSE, NULL, NULL);
      g_clear_pointer (&line, g_free);
    }
  y += p->font * 0.5;
  if (two)
    {
      y = f->legend_y;
      p->column_x = f->rtl ? f->legend_x : f->legend_x + p->column_width;
    }

  for (guint s = 0; s < TOV_MAP_N_SECTORS; s++)
    y = row (p, y, tov_map_painter_gettext (p, tov_map_sector_msgid (s)), 0.85, FALSE, mark_sector,
             GUINT_TO_POINTER (s));
  y += p->font * 0.5;
  y = row (p, y, tov_map_painter_gettext (p, N_("Coordinator (heavy outline)")), 0.85, FALSE, mark_kind,
           GINT_TO_POINTER (1));
  row (p, y, tov_map_painter_gettext (p, N_("Invited to network meetings (double ring)")), 0.85, FALSE,
       mark_kind, GINT_TO_POINTER (0));
}
