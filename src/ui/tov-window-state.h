/* tov-window-state.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * What the main window shows, as a pure function of its state, so that the
 * decision is tested without a display. The strings are page names of the
 * stacks in tov-window.ui.
 */
typedef struct
{
  const char *main_page;     /* "main" or "error" (the database did not open) */
  const char *sidebar_page;  /* "list", "empty" (no families yet) or "no-results" */
  const char *content_page;  /* "family", "none" (nothing selected), "welcome" (no families yet)
                              * or "follow-up" (what is due, across families) */
} TovWindowView;

typedef struct
{
  gboolean    has_store;     /* a database is open */
  const char *query;         /* the search text, may be NULL */
  guint       n_items;       /* families in the list (all, or the search hits) */
  gboolean    has_selection; /* a family is selected */
  gboolean    has_filter;    /* the list is filtered (status, coordinator…) */
  gboolean    follow_up;     /* the follow-up was asked for (and no family selected since) */
} TovWindowState;

void     tov_window_view_compute (const TovWindowState *state,
                                  TovWindowView        *view);
gboolean tov_query_is_empty      (const char           *query);

G_END_DECLS
