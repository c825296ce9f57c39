/* tov-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-family-page.h"
#include "tov-follow-up-view.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_WINDOW (tov_window_get_type ())

G_DECLARE_FINAL_TYPE (TovWindow, tov_window, TOV, WINDOW, AdwApplicationWindow)

TovWindow  *tov_window_new               (GtkApplication *application);
TovStore   *tov_window_get_store         (TovWindow      *self);
void        tov_window_set_store         (TovWindow      *self,
                                          TovStore       *store);
void        tov_window_show_open_error   (TovWindow      *self,
                                          const char     *path,
                                          const GError   *error);
const char *tov_window_get_database_path (TovWindow      *self);
GtkWindow  *tov_window_get_shortcuts_window (TovWindow  *self,
                                             gboolean    build);
GListModel *tov_window_get_families      (TovWindow      *self);
void        tov_window_set_query         (TovWindow      *self,
                                          const char     *query);
gboolean    tov_window_select_family     (TovWindow      *self,
                                          const char     *family_id);
TovFamily  *tov_window_get_selected      (TovWindow      *self);
gboolean    tov_window_show_family       (TovWindow      *self,
                                          const char     *family,
                                          const char     *tab);
TovFamilyPage *tov_window_get_family_page (TovWindow     *self);
TovFollowUpView *tov_window_ensure_follow_up (TovWindow  *self);
gboolean    tov_window_is_searching      (TovWindow      *self);

G_END_DECLS
