/* tov-scaling-chart.c: the scalings of successive meetings over time
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-scaling-chart"

#include <glib/gi18n.h>

#include "tov-meeting-editor.h"
#include "tov-scaling-chart.h"

/*
 * One line per participant across the family's meetings (oldest at the
 * start of the reading direction), 0 at the bottom and 10 at the top, a
 * legend of names in the line colours (Okabe-Ito, distinguishable with
 * colour blindness, and each line also has its own dot shape). The values
 * are the widget's accessible description and tooltip, in words.
 */

#define HEIGHT 180
#define PAD 28
#define LEGEND 22

struct _TovScalingChart
{
  GtkWidget  parent_instance;
  GPtrArray *dates;     /* char*: the meetings' dates, in order */
  GPtrArray *lines;     /* Line* */
  char      *summary;
};

typedef struct
{
  char *name;
  int  *values;         /* per date, -1: not scaled at that meeting */
} Line;

G_DEFINE_FINAL_TYPE (TovScalingChart, tov_scaling_chart, GTK_TYPE_WIDGET)

static const GdkRGBA palette[] = {
  { 0.000, 0.447, 0.698, 1 },  /* blue */
  { 0.835, 0.369, 0.000, 1 },  /* vermillion */
  { 0.000, 0.620, 0.451, 1 },  /* bluish green */
  { 0.800, 0.475, 0.655, 1 },  /* reddish purple */
  { 0.902, 0.624, 0.000, 1 },  /* orange */
  { 0.337, 0.706, 0.914, 1 },  /* sky blue */
  { 0.500, 0.500, 0.500, 1 },  /* grey */
};

static void
line_free (Line *line)
{
  g_free (line->name);
  g_free (line->values);
  g_free (line);
}

static void
update_summary (TovScalingChart *self)
{
  GString *text = g_string_new (NULL);

  if (self->lines->len == 0)
    g_string_append (text, _("No scalings yet."));
  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = g_ptr_array_index (self->lines, l);

      /* Translators: the start of one line of the scaling chart, "Amal:" */
      g_string_append_printf (text, _("%s:"), line->name);
      for (guint d = 0; d < self->dates->len; d++)
        if (line->values[d] >= 0)
          {
            g_string_append_c (text, ' ');
            /* Translators: one scaling in the chart's description, "5 on 2025-03-01" */
            g_string_append_printf (text, _("%d on %s"), line->values[d],
                                    (const char *) g_ptr_array_index (self->dates, d));
          }
      g_string_append (text, l + 1 < self->lines->len ? "; " : ".");
    }
  g_free (self->summary);
  self->summary = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->summary);
}

static void
draw_dot (cairo_t *cr,
          double   x,
          double   y,
          guint    shape)
{
  switch (shape % 3)
    {
    case 0:
      cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - 3.5, y - 3.5, 7, 7);
      break;
    default:
      cairo_move_to (cr, x, y - 5);
      cairo_line_to (cr, x + 4.5, y + 3.5);
      cairo_line_to (cr, x - 4.5, y + 3.5);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
}

static void
tov_scaling_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TovScalingChart *self = TOV_SCALING_CHART (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double plot_h = height - PAD - LEGEND - 8;
  double plot_w = width - 2 * PAD;
  guint n = self->dates->len;
  GdkRGBA fg;
  cairo_t *cr;
  double legend_x = 0;

  if (width <= 2 * PAD || n == 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

#define X(i) (rtl ? width - PAD - (n == 1 ? plot_w / 2 : plot_w * (i) / (n - 1)) \
                  : PAD + (n == 1 ? plot_w / 2 : plot_w * (i) / (n - 1)))
#define Y(v) (8 + plot_h - plot_h * (v) / 10.0)

  /* grid at 0, 5 and 10, and the dates */
  cairo_set_line_width (cr, 1);
  for (int v = 0; v <= 10; v += 5)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
      char number[4];
      int lw, lh;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
      cairo_move_to (cr, PAD, Y (v) + 0.5);
      cairo_line_to (cr, width - PAD, Y (v) + 0.5);
      cairo_stroke (cr);
      g_snprintf (number, sizeof number, "%d", v);
      pango_layout_set_text (layout, number, -1);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, rtl ? width - PAD + 6 : PAD - 6 - lw, Y (v) - lh / 2.0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
  for (guint d = 0; d < n; d++)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->dates, d));
      int lw, lh;

      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, CLAMP (X (d) - lw / 2.0, 0, width - lw), 8 + plot_h + 4);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }

  /* the lines, and the legend below */
  for (guint l = 0; l < self->lines->len; l++)
    {
      Line *line = g_ptr_array_index (self->lines, l);
      const GdkRGBA *c = &palette[l % G_N_ELEMENTS (palette)];
      gboolean started = FALSE;
      PangoLayout *layout;
      int lw, lh;

      gdk_cairo_set_source_rgba (cr, c);
      cairo_set_line_width (cr, 2);
      for (guint d = 0; d < n; d++)
        {
          if (line->values[d] < 0)
            continue;
          if (started)
            cairo_line_to (cr, X (d), Y (line->values[d]));
          else
            cairo_move_to (cr, X (d), Y (line->values[d]));
          started = TRUE;
        }
      cairo_stroke (cr);
      for (guint d = 0; d < n; d++)
        if (line->values[d] >= 0)
          draw_dot (cr, X (d), Y (line->values[d]), l);

      layout = gtk_widget_create_pango_layout (widget, line->name);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      if (legend_x + lw + 24 > width)
        {
          g_object_unref (layout);
          break;
        }
      draw_dot (cr, rtl ? width - legend_x - 6 : legend_x + 6, height - LEGEND / 2.0, l);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
      cairo_move_to (cr, rtl ? width - legend_x - 14 - lw : legend_x + 14, height - LEGEND / 2.0 - lh / 2.0);
      pango_cairo_show_layout (cr, layout);
      legend_x += lw + 30;
      g_object_unref (layout);
    }
#undef X
#undef Y
  cairo_destroy (cr);
}

static void
tov_scaling_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    *minimum = *natural = HEIGHT;
}

static void
tov_scaling_chart_finalize (GObject *object)
{
  TovScalingChart *self = TOV_SCALING_CHART (object);

  g_clear_pointer (&self->dates, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (tov_scaling_chart_parent_class)->finalize (object);
}

static void
tov_scaling_chart_class_init (TovScalingChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tov_scaling_chart_finalize;
  widget_class->snapshot = tov_scaling_chart_snapshot;
  widget_class->measure = tov_scaling_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "scalingchart");
}

static void
tov_scaling_chart_init (TovScalingChart *self)
{
  self->dates = g_ptr_array_new_with_free_func (g_free);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scaling over time"), -1);
  update_summary (self);
}

GtkWidget *
tov_scaling_chart_new (void)
{
  return g_object_new (TOV_TYPE_SCALING_CHART, NULL);
}

/**
 * tov_scaling_chart_set_points:
 * @points: (element-type TovScalingPoint): as tov_meeting_editor_scaling_history ()
 *   lists them, oldest meeting first
 */
void
tov_scaling_chart_set_points (TovScalingChart *self,
                              GPtrArray       *points)
{
  g_autoptr(GHashTable) date_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) line_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) whos = g_ptr_array_new ();

  g_return_if_fail (TOV_IS_SCALING_CHART (self));

  g_ptr_array_set_size (self->dates, 0);
  g_ptr_array_set_size (self->lines, 0);
  /* one column per meeting: two meetings on a day share it */
  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      TovScalingPoint *p = g_ptr_array_index (points, i);

      if (!g_hash_table_contains (date_index, p->held_on))
        {
          g_hash_table_insert (date_index, p->held_on, GUINT_TO_POINTER (self->dates->len));
          g_ptr_array_add (self->dates, g_strdup (p->held_on));
        }
      if (!g_hash_table_contains (line_index, p->who))
        {
          g_hash_table_insert (line_index, p->who, GUINT_TO_POINTER (whos->len));
          g_ptr_array_add (whos, p);
        }
    }
  for (guint l = 0; l < whos->len; l++)
    {
      Line *line = g_new0 (Line, 1);

      line->name = g_strdup (((TovScalingPoint *) g_ptr_array_index (whos, l))->name);
      line->values = g_new (int, MAX (self->dates->len, 1));
      for (guint d = 0; d < self->dates->len; d++)
        line->values[d] = -1;
      g_ptr_array_add (self->lines, line);
    }
  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      TovScalingPoint *p = g_ptr_array_index (points, i);
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (date_index, p->held_on));
      guint l = GPOINTER_TO_UINT (g_hash_table_lookup (line_index, p->who));

      ((Line *) g_ptr_array_index (self->lines, l))->values[d] = p->value;
    }
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
tov_scaling_chart_get_n_lines (TovScalingChart *self)
{
  g_return_val_if_fail (TOV_IS_SCALING_CHART (self), 0);
  return self->lines->len;
}

/**
 * tov_scaling_chart_get_summary:
 *
 * Returns: (transfer none): the values in words, as assistive technology reads them
 */
const char *
tov_scaling_chart_get_summary (TovScalingChart *self)
{
  g_return_val_if_fail (TOV_IS_SCALING_CHART (self), NULL);
  return self->summary;
}
