/* tov-follow-up-view.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_FOLLOW_UP_VIEW (tov_follow_up_view_get_type ())

G_DECLARE_FINAL_TYPE (TovFollowUpView, tov_follow_up_view, TOV, FOLLOW_UP_VIEW, AdwBin)

GtkWidget  *tov_follow_up_view_new           (void);
TovStore   *tov_follow_up_view_get_store     (TovFollowUpView *self);
void        tov_follow_up_view_set_store     (TovFollowUpView *self,
                                              TovStore        *store);
const char *tov_follow_up_view_get_today     (TovFollowUpView *self);
void        tov_follow_up_view_set_today     (TovFollowUpView *self,
                                              const char      *today);
gboolean    tov_follow_up_view_get_by_actor  (TovFollowUpView *self);
void        tov_follow_up_view_set_by_actor  (TovFollowUpView *self,
                                              gboolean         by_actor);
guint       tov_follow_up_view_get_n_overdue (TovFollowUpView *self);
GListModel *tov_follow_up_view_get_model     (TovFollowUpView *self);
void        tov_follow_up_view_activate      (TovFollowUpView *self,
                                              guint            position);

G_END_DECLS
