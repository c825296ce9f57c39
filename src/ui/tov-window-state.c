/* tov-window-state.c: what the main window shows, from its state
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-window-state"

#include "tov-window-state.h"

gboolean
tov_query_is_empty (const char *query)
{
  if (query == NULL)
    return TRUE;

  for (const char *p = query; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

void
tov_window_view_compute (const TovWindowState *state,
                         TovWindowView        *view)
{
  g_return_if_fail (state != NULL);
  g_return_if_fail (view != NULL);

  if (!state->has_store)
    {
      view->main_page = "error";
      view->sidebar_page = "empty";
      view->content_page = "none";
      return;
    }

  view->main_page = "main";

  if (state->n_items > 0)
    view->sidebar_page = "list";
  else if (tov_query_is_empty (state->query) && !state->has_filter)
    view->sidebar_page = "empty";
  else
    view->sidebar_page = "no-results";

  if (state->has_selection)
    view->content_page = "family";
  else if (state->follow_up)
    view->content_page = "follow-up";
  else if (g_str_equal (view->sidebar_page, "empty"))
    view->content_page = "welcome";
  else
    view->content_page = "none";
}
