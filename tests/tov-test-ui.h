/* tov-test-ui.h: small helpers the UI tests share
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/* The first widget of @type under @widget, @widget included, depth first;
 * with @mapped, the first one on screen. */
static inline GtkWidget *
tov_test_find_widget (GtkWidget *widget,
                      GType      type,
                      gboolean   mapped)
{
  if (mapped && !gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tov_test_find_widget (child, type, mapped);

      if (found != NULL)
        return found;
    }
  return NULL;
}
