/* tov-plan-page-private.h: shared by the units of TovPlanPage
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
  GHashTable        *translations;   /* tov_plan_translations_index () */
  char             **languages;
  gboolean           frozen;
  gboolean           writing;        /* our own write: no refresh on "changed" */
  gboolean           loading;
  guint              refresh_id;
  gulong             changed_id;

  AdwToastOverlay   *toast_overlay;
  GtkDropDown       *version_dropdown;
  GtkStringList     *version_list;
  GtkDropDown       *member_dropdown;
  GtkStringList     *member_list;
  GtkLabel          *status_label;
  GtkLabel          *translation_label;
  GtkBox            *sections_box;
};

/* tov-plan-page-agree.c */
void tov_plan_page_show_agree_dialog   (TovPlanPage *self);
void tov_plan_page_show_compare_window (TovPlanPage *self);
void tov_plan_page_toast_error         (TovPlanPage *self,
                                        const GError *error);
void tov_plan_page_refresh             (TovPlanPage *self);

G_END_DECLS
