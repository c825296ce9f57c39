/* tov-family-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-family-page.h"
#include "tov-map-page.h"
#include "tov-meetings-page.h"
#include "tov-plan-page.h"

G_BEGIN_DECLS

/* Shared by tov-family-page.c (the overview) and tov-family-page-actions.c
 * (editing, closing, deleting with undo): one type in two files. */

struct _TovFamilyPage
{
  AdwBin              parent_instance;

  TovStore           *store;
  TovFamily          *family;
  TovRecord          *record;       /* the family's row, as last read */
  gboolean            family_present;
  guint               reload_source;

  /* Template widgets */
  AdwViewStack       *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  AdwBin             *network_bin;
  AdwBin             *plan_bin;
  AdwBin             *meetings_bin;
  TovMapPage         *map_page;       /* the tabs, NULL until first shown */
  TovPlanPage        *plan_page;
  TovMeetingsPage    *meetings_page;
  GtkLabel           *name_label;
  GtkLabel           *status_label;
  GtkLabel           *facts_label;
  GtkLabel           *languages_label;
  GtkLabel           *closure_label;
  GtkFlowBox         *figures_box;
  GtkListBox         *members_list;
  GtkListBox         *consents_list;
};

enum {
  TOV_FAMILY_PAGE_SIGNAL_ADD_TOAST,  /* (toast) a confirmation for the window's overlay */
  TOV_FAMILY_PAGE_N_SIGNALS
};

extern guint tov_family_page_signals[TOV_FAMILY_PAGE_N_SIGNALS];

void       tov_family_page_reload          (TovFamilyPage *self);
void       tov_family_page_install_actions (GtkWidgetClass *widget_class);
void       tov_family_page_update_actions  (TovFamilyPage *self);
void       tov_family_page_toast           (TovFamilyPage *self,
                                            AdwToast      *toast);

G_END_DECLS
