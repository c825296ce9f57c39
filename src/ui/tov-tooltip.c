/* tov-tooltip.c: tooltips that cost nothing to set
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-tooltip"

#include "tov-tooltip.h"

/*
 * On GTK 4.8 gtk_widget_set_tooltip_text () asks the windowing system
 * where the pointer is, in case the tooltip shown must change: on X11 a
 * round trip to the server for every call, also for widgets not on
 * screen yet. A list that binds its rows anew sets dozens of tooltips.
 * These are answered when GTK asks ("query-tooltip", only while the
 * pointer rests on the widget) and named to assistive technology as the
 * widget's description, as GTK does for a tooltip.
 */

static GQuark
tooltip_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("tov-tooltip-text");
  return quark;
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_qdata (G_OBJECT (widget), tooltip_quark ());

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * tov_tooltip_set_text:
 * @text: (nullable): the tooltip; %NULL for none
 *
 * Gives @widget a tooltip as gtk_widget_set_tooltip_text () does, without
 * a round trip to the display server. Do not mix with GTK's tooltip setters
 * on the same widget.
 */
void
tov_tooltip_set_text (GtkWidget  *widget,
                      const char *text)
{
  const char *old;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  old = g_object_get_qdata (G_OBJECT (widget), tooltip_quark ());
  if (g_strcmp0 (old, text) == 0)
    return;
  if (old == NULL && !g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                             on_query_tooltip_cb, NULL))
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_object_set_qdata_full (G_OBJECT (widget), tooltip_quark (), g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
