/* tov-report-chart.c: before/after bar charts
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tov-report-chart.h"

#define TITLE_HEIGHT  28.0
#define LEGEND_HEIGHT 26.0
#define BAR_HEIGHT    14.0
#define BAR_GAP        3.0
#define ROW_GAP       12.0
#define LABEL_SHARE    0.40   /* of the width, for the value labels */
#define TEXT_ROOM    118.0    /* after the longest bar, for "100 % · 15 of 15" */

static PangoLayout *
make_layout (cairo_t                   *cr,
             const TovReportChartStyle *style,
             const char                *text,
             gboolean                   bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font =
    pango_font_description_from_string (style->font != NULL ? style->font : "Sans 10");

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws text with its start edge at x (its end edge when rtl), vertically
 * centred on y; returns the width. */
static double
draw_text (cairo_t                   *cr,
           const TovReportChartStyle *style,
           const char                *text,
           double                     x,
           double                     y,
           double                     max_width,
           gboolean                   bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text, bold);
  int w, h;

  /* the chart places text itself: keep Pango from flipping the alignment */
  pango_layout_set_auto_dir (layout, FALSE);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, style->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  if (max_width > 0)
    cairo_move_to (cr, style->rtl ? x - max_width : x, y - h / 2.0);
  else
    cairo_move_to (cr, style->rtl ? x - w : x, y - h / 2.0);
  cairo_set_source_rgb (cr, 0, 0, 0);
  pango_cairo_show_layout (cr, layout);
  return w;
}

static void
hatch (cairo_t *cr,
       double   x,
       double   y,
       double   w,
       double   h)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip_preserve (cr);
  cairo_set_source_rgb (cr, 0.86, 0.86, 0.86);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 1.0);
  for (double d = -h; d < w; d += 5.0)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (w - 1, 0), h - 1);
  cairo_stroke (cr);
}

static void
solid (cairo_t *cr,
       double   x,
       double   y,
       double   w,
       double   h)
{
  cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

/* One bar from the axis; fraction 0..1 of the bar room. */
static void
draw_bar (cairo_t                   *cr,
          const TovReportChartStyle *style,
          double                     axis,
          double                     room,
          double                     y,
          double                     fraction,
          gboolean                   after,
          const char                *text)
{
  double w = MAX (room * CLAMP (fraction, 0.0, 1.0), fraction > 0 ? 1.5 : 0.0);
  double x = style->rtl ? axis - w : axis;

  if (after)
    solid (cr, x, y, w, BAR_HEIGHT);
  else if (w > 0)
    hatch (cr, x, y, w, BAR_HEIGHT);

  draw_text (cr, style, text, style->rtl ? axis - w - 6 : axis + w + 6, y + BAR_HEIGHT / 2.0, 0,
             FALSE);
}

static const char *
tr (const TovReportChartStyle *style,
    const char                *msgid)
{
  return tov_report_translate (style->translate, style->translate_data, NULL, msgid);
}

static char *
bar_text (const TovReportChartStyle *style,
          guint                      count,
          guint                      n)
{
  g_autofree char *percent = tov_report_format_percent_in (count, n, style->protect,
                                                           style->translate, style->translate_data);
  g_autofree char *c = tov_report_format_count (count, style->protect);
  g_autofree char *nn = tov_report_format_count (n, style->protect);

  if (n == 0)
    return g_strdup (tr (style, N_("not measured")));
  if (style->protect && tov_report_is_suppressed (count, n))
    return g_strdup ("<3");
  /* Translators: beside a bar: "40 % · 2 of 5" */
  return g_strdup_printf (tr (style, N_("%s · %s of %s")), percent, c, nn);
}

static guint
n_rows (const TovReportDimension *dimension)
{
  return dimension->numeric ? 1 : dimension->n_values;
}

/* Public API */

double
tov_report_chart_get_height (const TovReportDimension *dimension)
{
  g_return_val_if_fail (dimension != NULL, 0);

  return TITLE_HEIGHT + LEGEND_HEIGHT + n_rows (dimension) * (2 * BAR_HEIGHT + BAR_GAP + ROW_GAP) + 4;
}

void
tov_report_chart_draw (cairo_t                   *cr,
                       double                     width,
                       const TovReportDimension  *dimension,
                       const TovReportChartStyle *style)
{
  double label_width = width * LABEL_SHARE;
  double axis, room, y;
  g_autofree char *legend_before = NULL;
  g_autofree char *legend_after = NULL;
  g_autofree char *n_before = NULL;
  g_autofree char *n_after = NULL;
  double start = style->rtl ? width - 4 : 4;
  double lx;

  g_return_if_fail (cr != NULL && dimension != NULL && style != NULL);

  axis = style->rtl ? width - label_width - 8 : label_width + 8;
  room = MAX (width - label_width - 8 - TEXT_ROOM, 20);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* title */
  draw_text (cr, style, style->title != NULL ? style->title
                                          : tov_report_dimension_text (dimension->dimension, style->translate,
                                                                       style->translate_data),
             start, TITLE_HEIGHT / 2.0, width - 8, TRUE);

  /* legend, with N */
  n_before = tov_report_format_count (dimension->n_before, style->protect);
  n_after = tov_report_format_count (dimension->n_after, style->protect);
  /* Translators: chart legend: "At enrolment (N = 5)" */
  legend_before = g_strdup_printf (tr (style, N_("%s (N = %s)")), style->before_label, n_before);
  legend_after = g_strdup_printf (tr (style, N_("%s (N = %s)")), style->after_label, n_after);
  y = TITLE_HEIGHT + LEGEND_HEIGHT / 2.0;
  lx = start;
  if (style->rtl)
    {
      hatch (cr, lx - 14, y - 6, 14, 12);
      lx -= 20 + draw_text (cr, style, legend_before, lx - 20, y, 0, FALSE) + 24;
      solid (cr, lx - 14, y - 6, 14, 12);
      draw_text (cr, style, legend_after, lx - 20, y, 0, FALSE);
    }
  else
    {
      hatch (cr, lx, y - 6, 14, 12);
      lx += 20 + draw_text (cr, style, legend_before, lx + 20, y, 0, FALSE) + 24;
      solid (cr, lx, y - 6, 14, 12);
      draw_text (cr, style, legend_after, lx + 20, y, 0, FALSE);
    }

  y = TITLE_HEIGHT + LEGEND_HEIGHT;
  for (guint i = 0; i < n_rows (dimension); i++)
    {
      double row_height = 2 * BAR_HEIGHT + BAR_GAP;
      g_autofree char *before_text = NULL;
      g_autofree char *after_text = NULL;
      const char *label;

      if (dimension->numeric)
        {
          label = tr (style, N_("Average, 0–10"));
          before_text = tov_report_format_mean (dimension->mean_before, dimension->n_before, style->protect);
          after_text = tov_report_format_mean (dimension->mean_after, dimension->n_after, style->protect);
          if (style->decimal_comma)
            {
              g_strdelimit (before_text, ".", ',');
              g_strdelimit (after_text, ".", ',');
            }
          draw_bar (cr, style, axis, room, y, dimension->n_before > 0 && !g_str_equal (before_text, "<3")
                                                ? dimension->mean_before / 10.0 : 0, FALSE, before_text);
          draw_bar (cr, style, axis, room, y + BAR_HEIGHT + BAR_GAP,
                    dimension->n_after > 0 && !g_str_equal (after_text, "<3") ? dimension->mean_after / 10.0 : 0,
                    TRUE, after_text);
        }
      else
        {
          gboolean hide_before = style->protect && tov_report_is_suppressed (dimension->before[i], dimension->n_before);
          gboolean hide_after = style->protect && tov_report_is_suppressed (dimension->after[i], dimension->n_after);

          label = tov_report_value_text (dimension->dimension, dimension->values[i], style->translate,
                                         style->translate_data);
          before_text = bar_text (style, dimension->before[i], dimension->n_before);
          after_text = bar_text (style, dimension->after[i], dimension->n_after);
          /* a suppressed bar is drawn empty: its length would tell the number */
          draw_bar (cr, style, axis, room, y,
                    hide_before || dimension->n_before == 0 ? 0
                      : (double) dimension->before[i] / dimension->n_before,
                    FALSE, before_text);
          draw_bar (cr, style, axis, room, y + BAR_HEIGHT + BAR_GAP,
                    hide_after || dimension->n_after == 0 ? 0
                      : (double) dimension->after[i] / dimension->n_after,
                    TRUE, after_text);
        }
      draw_text (cr, style, label, start, y + row_height / 2.0, label_width - 8, FALSE);
      y += row_height + ROW_GAP;
    }

  /* the axis */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, axis + 0.5, TITLE_HEIGHT + LEGEND_HEIGHT - 4);
  cairo_line_to (cr, axis + 0.5, y - ROW_GAP + 4);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
tov_report_chart_to_png (const TovReportDimension  *dimension,
                         const TovReportChartStyle *style,
                         int                        width,
                         double                     scale)
{
  double height = tov_report_chart_get_height (dimension);
  cairo_surface_t *surface;
  cairo_t *cr;
  GByteArray *bytes = g_byte_array_new ();

  g_return_val_if_fail (dimension != NULL && style != NULL, NULL);

  scale = scale > 0 ? scale : 1.0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale),
                                        (int) (height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  tov_report_chart_draw (cr, width, dimension, style);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, bytes);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}
