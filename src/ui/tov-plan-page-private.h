/* tov-plan-page-private.h: shared by the units of TovPlanPage
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-plan-item-row.h"
#include "tov-plan-page.h"

G_BEGIN_DECLS

struct _TovPlanPage
{
  AdwBin             parent_instance;

  TovStore          *store;
  char              *family_id;
  char              *version_id;      /* shown; NULL: the draft */
  gboolean           family_present;
  TovPlanEditor     *editor;
  TovPlanExportFunc  export_func;
  gpointer           export_data;

  /* what is shown */
  TovRecord         *family;
  TovRecord         *version;
  GPtrArray         *versions;
  GPtrArray         *items;
  GPtrArray         *persons;
  GPtrArray         *actors;         /* on the family's map now: responsible for efforts */
  GPtrArray         *engagements;    /* theirs with the family, in the same order */
  GListStore        *entries;        /* of TovPlanEntry: what the list shows */
  GHashTable        *translations;   /* tov_plan_translations_index () */
  char             **languages;
  gboolean           frozen;
  gboolean           has_draft;      /* FALSE: the first edit makes the draft */
  gboolean           writing;        /* our own write: no refresh on "changed" */
  gboolean           loading;
  gboolean           adding;         /* the cursor moves into a new item */
  guint              refresh_id;
  gulong             changed_id;

  AdwToastOverlay   *toast_overlay;
  GtkDropDown       *version_dropdown;
  GtkStringList     *version_list;
  GtkDropDown       *member_dropdown;
  GtkStringList     *member_list;
  GtkWidget         *toolbar;
  GtkWidget         *view_box;
  GtkWidget         *actions_box;
  GtkLabel          *status_label;
  GtkLabel          *translation_label;
  GtkGridView       *list_view;     /* of one column: see tov-plan-page-sections.c */
};

/* tov-plan-page.c */
const char         *tov_plan_page_person_name     (TovPlanPage    *self,
                                                   const char     *person_id);
const char         *tov_plan_page_member_filter   (TovPlanPage    *self);
char               *tov_plan_page_focused_item    (TovPlanPage    *self);
void                tov_plan_page_focus_item      (TovPlanPage    *self,
                                                   const char     *item_id);
void                tov_plan_page_replace_item    (TovPlanPage    *self,
                                                   TovRecord      *fresh);
void                tov_plan_page_update_translation_label (TovPlanPage *self);

/* tov-plan-page-rows.c */
void                tov_plan_page_connect_row     (TovPlanPage    *self,
                                                   TovPlanItemRow *row);

/* tov-plan-page-sections.c */
void                tov_plan_page_build_entries   (TovPlanPage    *self);
GtkListItemFactory *tov_plan_page_new_factory     (TovPlanPage    *self);
void                tov_plan_page_bind_item_row   (TovPlanPage    *self,
                                                   TovPlanItemRow *row,
                                                   TovRecord      *item);

/* tov-plan-page-actions.c */
void                tov_plan_page_install_actions (GtkWidgetClass *widget_class);

/* tov-plan-page-agree.c */
void tov_plan_page_show_agree_dialog   (TovPlanPage *self);
void tov_plan_page_show_compare_window (TovPlanPage *self);
void tov_plan_page_toast_error         (TovPlanPage *self,
                                        const GError *error);
void tov_plan_page_refresh             (TovPlanPage *self);

G_END_DECLS
