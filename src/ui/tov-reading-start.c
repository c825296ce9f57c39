/* tov-reading-start.c: what scrolls sideways starts where reading starts
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-reading-start"

#include "tov-reading-start.h"

/*
 * GTK 4.8 starts a column view that scrolls sideways at its left end,
 * whatever the text direction (a GtkViewport starts right to left at its
 * right end): right to left that is the end, and an Arabic reader first sees
 * a table's last columns. tov_reading_start_follow () moves it to its right end
 * each time its size changes, in a right-to-left widget, until the user has
 * scrolled it. It moves just after GTK has laid the widget out: the
 * adjustment changes while the widget is being laid out, too late to scroll
 * it then.
 */

#define KEY "tov-reading-start"

typedef struct
{
  GtkAdjustment *adjustment;
  guint          idle;
  gboolean       scrolled;  /* by the user: it stays where it is */
  gboolean       moving;
} ReadingStart;

static void
reading_start_free (gpointer data)
{
  ReadingStart *start = data;

  g_clear_handle_id (&start->idle, g_source_remove);
  g_object_unref (start->adjustment);
  g_free (start);
}

static gboolean
move_cb (gpointer data)
{
  ReadingStart *start = g_object_get_data (data, KEY);

  start->idle = 0;
  start->moving = TRUE;
  gtk_adjustment_set_value (start->adjustment,
                            gtk_adjustment_get_upper (start->adjustment) -
                            gtk_adjustment_get_page_size (start->adjustment));
  start->moving = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (GtkAdjustment *adjustment,
               GtkWidget     *widget)
{
  ReadingStart *start = g_object_get_data (G_OBJECT (widget), KEY);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL && !start->scrolled && start->idle == 0)
    start->idle = g_idle_add (move_cb, widget);
}

static void
on_value_changed_cb (GtkAdjustment *adjustment,
                     GtkWidget     *widget)
{
  ReadingStart *start = g_object_get_data (G_OBJECT (widget), KEY);

  if (!start->moving && start->idle == 0)
    start->scrolled = TRUE;
}

static void
on_direction_changed_cb (GtkWidget        *widget,
                         GtkTextDirection  previous,
                         gpointer          data)
{
  ReadingStart *start = g_object_get_data (G_OBJECT (widget), KEY);

  start->scrolled = FALSE;
  on_changed_cb (start->adjustment, widget);
}

/**
 * tov_reading_start_follow:
 * @widget: what scrolls, or holds what scrolls: its direction counts
 * @hadjustment: its horizontal adjustment
 *
 * Keeps @hadjustment at the start of the reading direction, right to left
 * its upper end, until the user scrolls.
 */
void
tov_reading_start_follow (GtkWidget     *widget,
                          GtkAdjustment *hadjustment)
{
  ReadingStart *start;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_ADJUSTMENT (hadjustment));

  start = g_new0 (ReadingStart, 1);
  start->adjustment = g_object_ref (hadjustment);
  g_object_set_data_full (G_OBJECT (widget), KEY, start, reading_start_free);
  g_signal_connect_object (hadjustment, "changed", G_CALLBACK (on_changed_cb), widget, 0);
  g_signal_connect_object (hadjustment, "value-changed", G_CALLBACK (on_value_changed_cb), widget, 0);
  g_signal_connect (widget, "direction-changed", G_CALLBACK (on_direction_changed_cb), NULL);
}
