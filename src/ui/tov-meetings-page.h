/* tov-meetings-page.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-meeting-editor.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_MEETINGS_PAGE (tov_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (TovMeetingsPage, tov_meetings_page, TOV, MEETINGS_PAGE, AdwBin)

GtkWidget        *tov_meetings_page_new            (void);
TovStore         *tov_meetings_page_get_store      (TovMeetingsPage *self);
void              tov_meetings_page_set_store      (TovMeetingsPage *self,
                                                    TovStore        *store);
const char       *tov_meetings_page_get_family_id  (TovMeetingsPage *self);
void              tov_meetings_page_set_family_id  (TovMeetingsPage *self,
                                                    const char      *family_id);
const char       *tov_meetings_page_get_meeting_id (TovMeetingsPage *self);
void              tov_meetings_page_set_meeting_id (TovMeetingsPage *self,
                                                    const char      *meeting_id);
TovMeetingEditor *tov_meetings_page_get_editor     (TovMeetingsPage *self);
GtkWidget        *tov_meetings_page_get_column     (TovMeetingsPage *self,
                                                    const char      *category);
GtkWidget        *tov_meetings_page_get_participant_check (TovMeetingsPage *self,
                                                    const char      *person_or_actor_id);
GtkWidget        *tov_meetings_page_get_scale      (TovMeetingsPage *self,
                                                    const char      *person_or_actor_id);
GtkWidget        *tov_meetings_page_get_chart      (TovMeetingsPage *self);
GtkWidget        *tov_meetings_page_get_minutes_view (TovMeetingsPage *self);

G_END_DECLS
