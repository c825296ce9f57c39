/* tov-window-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-family-page.h"
#include "tov-family-slot.h"
#include "tov-slot-families.h"
#include "tov-follow-up-view.h"
#include "tov-overview.h"
#include "tov-window.h"

G_BEGIN_DECLS

/* Shared by tov-window.c (the list, the selection, the pages) and
 * tov-window-actions.c (filters, sorting, the win.* actions): one type in
 * two files. */

typedef struct _TovSearcher TovSearcher;

struct _TovWindow
{
  AdwApplicationWindow  parent_instance;

  TovStore             *store;
  char                 *database_path;
  GtkWindow            *shortcuts;       /* built when first shown */
  guint                 refresh_source;
  gboolean              refreshing;
  gboolean              setting_query;
  char                 *shown_query;  /* the search the list shows */
  GListStore           *families;        /* every family, one object each, by name */
  GHashTable           *families_by_id;  /* id -> TovFamily in families */
  GHashTable           *hits;            /* id -> rank (1 = best) of the search shown; NULL: none */
  GPtrArray            *hit_families;    /* the families in hits, best first */
  guint                 hits_limit;      /* a search's families shown at most, more as the list scrolls */
  guint                 n_wanted;        /* families the search and filters let through, shown or not */
  guint                 show_more_source;
  GPtrArray            *matched;         /* families whose match text the search set */
  TovSearcher          *searcher;        /* the search worker's connection; NULL: search at once */
  GCancellable         *search_cancellable;
  gboolean              search_running;
  gboolean              search_pending;  /* the entry changed while a search ran */
  GtkSliceListModel    *slots;           /* the grid's model: slot_store's first n, one a place */
  GListStore           *slot_store;      /* slot_pool as a list model, only ever appended to */
  GtkSliceListModel    *grid_slots;      /* the grid's places: slots, kept while none is shown */
  guint                 grid_tick;       /* grows grid_slots to slots a few places a frame */
  gboolean              grid_painted;    /* the frame that began the growth is painted */
  GPtrArray            *slot_pool;       /* TovFamilySlot for each place ever shown, reused */
  GListModel           *shown;           /* the families the slots show: filtered, sorted */
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
  GtkScrolledWindow    *family_scroll;
  GtkGridView          *family_list;
  GtkSingleSelection   *selection;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  GtkToggleButton      *present_button;
  GtkWidget            *content;
  AdwViewSwitcherTitle *content_title;
  GtkStack             *content_stack;
  AdwBin               *family_bin;
  TovFamilyPage        *family_page;     /* built when a family is first shown */
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
void tov_window_search_now          (TovWindow      *self);
void tov_window_update_shown        (TovWindow      *self);
gboolean tov_window_show_more_hits  (TovWindow      *self);
void tov_window_show_more_near_end  (TovWindow      *self);
void tov_window_grid_complete       (TovWindow      *self);
void tov_window_select_position     (TovWindow      *self,
                                     guint           position);
gboolean tov_window_family_visible  (TovWindow      *self,
                                     TovFamily      *family);
int  tov_window_compare_families    (gconstpointer   a,
                                     gconstpointer   b,
                                     gpointer        user_data);
void tov_window_search_typed        (TovWindow      *self);
guint tov_window_search_rank        (TovWindow      *self,
                                     TovFamily      *family);
TovSearcher *tov_searcher_new       (const char     *path);
void tov_searcher_unref             (TovSearcher    *searcher);
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
