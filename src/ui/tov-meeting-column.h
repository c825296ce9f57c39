/* tov-meeting-column.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TOV_TYPE_MEETING_COLUMN (tov_meeting_column_get_type ())

G_DECLARE_FINAL_TYPE (TovMeetingColumn, tov_meeting_column, TOV, MEETING_COLUMN, GtkWidget)

GtkWidget  *tov_meeting_column_new          (void);
const char *tov_meeting_column_get_category (TovMeetingColumn *self);
void        tov_meeting_column_set_items    (TovMeetingColumn *self,
                                             GPtrArray        *items);
void        tov_meeting_column_update_item  (TovMeetingColumn *self,
                                             const char       *id,
                                             const char       *text);
guint       tov_meeting_column_get_n_items  (TovMeetingColumn *self);
GtkEditable *tov_meeting_column_get_add_entry (TovMeetingColumn *self);
GtkTextView *tov_meeting_column_get_item_view (TovMeetingColumn *self,
                                               guint             index);
void        tov_meeting_column_set_translation (TovMeetingColumn *self,
                                                const char       *language,
                                                GHashTable       *index);
GtkTextView *tov_meeting_column_get_translation_view (TovMeetingColumn *self,
                                                      guint             index);

G_END_DECLS
