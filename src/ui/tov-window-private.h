/* tov-window-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-family-page.h"
#include "tov-follow-up-view.h"
#include "tov-overview.h"
#include "tov-window.h"

G_BEGIN_DECLS

/* Shared by tov-window.c (the list, the selection, the pages) and
 * tov-window-actions.c (filters, sorting, the win.* actions): one type in
 * two files. */

struct _TovWindow
{
  AdwApplicationWindow  parent_instance;

  TovStore             *store;
  char                 *database_path;
  guint                 refresh_source;
  gboolean              refreshing;
  gboolean              setting_query;
  char                 *shown_query;  /* the search the list shows */
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkCustomFilter      *filter;
  GtkCustomSorter      *sorter;
  TovFamilyFilter       filter_state;
  char                 *filter_coordinator;
  TovFamilySort         sort;
  GHashTable           *follow_ups;   /* family id -> next follow-up, for sorting */
  TovFollowUpView      *follow_up_view;  /* built after the first frame */
  guint                 follow_up_source;
  gboolean              show_follow_up;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *family_list;
  GtkSingleSelection   *selection;
  GtkWidget            *content;
  AdwViewSwitcherTitle *content_title;
  GtkStack             *content_stack;
  TovFamilyPage        *family_page;
  AdwStatusPage        *error_page;
  GtkButton            *follow_up_button;
  GtkLabel             *follow_up_badge;
  AdwBin               *follow_up_bin;
  GtkDropDown          *status_dropdown;
  GtkDropDown          *coordinator_dropdown;
  GtkStringList        *coordinator_model;
  GtkCheckButton       *overdue_check;
  GtkCheckButton       *consent_check;
  GtkDropDown          *sort_dropdown;
};


void tov_window_refresh             (TovWindow      *self);
void tov_window_update_view         (TovWindow      *self);
void tov_window_show_error_toast    (TovWindow      *self,
                                     const GError   *error);
void tov_window_load_follow_ups     (TovWindow      *self);
void tov_window_update_coordinators (TovWindow      *self,
                                     GListModel     *model);
void tov_window_init_filters        (TovWindow      *self);
void tov_window_class_init_actions  (GtkWidgetClass *widget_class);
void tov_window_show_content        (TovWindow      *self);

G_END_DECLS
