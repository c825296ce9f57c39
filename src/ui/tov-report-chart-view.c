/* tov-report-chart-view.c: a before/after bar chart in the report view
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-report-chart-view"

#include <glib/gi18n.h>

#include "tov-report-chart.h"
#include "tov-report-chart-view.h"

struct _TovReportChartView
{
  GtkWidget                 parent_instance;

  const TovReportDimension *dimension;
};

G_DEFINE_FINAL_TYPE (TovReportChartView, tov_report_chart_view, GTK_TYPE_WIDGET)

static void
tov_report_chart_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  TovReportChartView *self = TOV_REPORT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TovReportChartStyle style = { 0 };
  cairo_t *cr;

  if (self->dimension == NULL || width <= 0)
    return;

  style.before_label = _("At enrolment");
  style.after_label = _("Now");
  style.rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  style.protect = FALSE;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tov_report_chart_draw (cr, width, self->dimension, &style);
  cairo_destroy (cr);
}

static void
tov_report_chart_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  TovReportChartView *self = TOV_REPORT_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 640;
    }
  else
    *minimum = *natural = self->dimension != NULL ? (int) tov_report_chart_get_height (self->dimension) : 0;
}

static void
tov_report_chart_view_class_init (TovReportChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = tov_report_chart_view_snapshot;
  widget_class->measure = tov_report_chart_view_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "reportchart");
}

static void
tov_report_chart_view_init (TovReportChartView *self)
{
}

GtkWidget *
tov_report_chart_view_new (const TovReportDimension *dimension)
{
  TovReportChartView *self = g_object_new (TOV_TYPE_REPORT_CHART_VIEW, NULL);

  tov_report_chart_view_set_dimension (self, dimension);
  return GTK_WIDGET (self);
}

void
tov_report_chart_view_set_dimension (TovReportChartView       *self,
                                     const TovReportDimension *dimension)
{
  g_return_if_fail (TOV_IS_REPORT_CHART_VIEW (self));

  self->dimension = dimension;
  if (dimension != NULL)
    {
      /* Translators: the accessible description of a chart */
      g_autofree char *label = g_strdup_printf (_("Chart: %s, at enrolment and now"),
                                                tov_report_dimension_label (dimension->dimension));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
