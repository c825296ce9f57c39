/* tov-meetings-page-private.h: shared by the units of TovMeetingsPage
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-meeting-column.h"
#include "tov-meetings-page.h"
#include "tov-plan-text.h"
#include "tov-scaling-chart.h"

G_BEGIN_DECLS

struct _TovMeetingsPage
{
  AdwBin            parent_instance;

  TovStore         *store;
  char             *family_id;
  char             *meeting_id;
  TovMeetingEditor *editor;

  /* what is shown */
  TovRecord        *meeting;
  GPtrArray        *invitees;       /* TovInvitee */
  GPtrArray        *participants;   /* meeting_participants rows */
  GPtrArray        *languages;      /* char*: codes offered for the interpreter log */
  GHashTable       *checks;         /* person or actor id -> GtkCheckButton */
  GHashTable       *scales;         /* person or actor id -> TovGoalScale */
  GPtrArray        *rows;           /* rows added to the groups, removed on reload */
  char             *language;       /* the family's language texts are translated into, or NULL */
  GHashTable       *translations;   /* the family's, tov_plan_translations_index () */
  gboolean          writing;        /* our own write: no reload on "changed" */
  gboolean          loading;
  guint             reload_id;

  AdwToastOverlay  *toast_overlay;
  GtkWidget        *page_box;
  GtkWidget        *top_box;
  GtkWidget        *mapping_columns;
  GtkWidget        *safety_columns;
  GtkListBox       *meetings_list;
  GtkStack         *content_stack;
  AdwEntryRow      *date_row;
  AdwEntryRow      *time_row;
  AdwEntryRow      *place_row;
  AdwComboRow      *kind_row;
  GtkStringList    *kind_list;
  AdwPreferencesGroup *participants_group;
  AdwPreferencesGroup *review_group;
  AdwPreferencesGroup *scaling_group;
  AdwPreferencesGroup *agreements_group;
  TovMeetingColumn *worry_column;
  TovMeetingColumn *working_well_column;
  TovMeetingColumn *next_step_column;
  TovMeetingColumn *danger_column;
  TovMeetingColumn *safety_column;
  TovScalingChart  *chart;
  GtkTextView      *minutes_view;
  GtkWidget        *minutes_translation_box;
  GtkLabel         *minutes_language_label;
  TovPlanText      *minutes_translation;
  AdwComboRow      *language_row;
  GtkStringList    *language_list;
  AdwEntryRow      *interpreter_row;
  AdwComboRow      *mode_row;
  GtkStringList    *mode_list;
  AdwEntryRow      *parts_row;
  GtkSwitch        *understood_switch;
};

/* tov-meetings-page.c */
gboolean    tov_meetings_page_write_begin    (TovMeetingsPage *self);
void        tov_meetings_page_load_list      (TovMeetingsPage *self);
void        tov_meetings_page_load_mapping   (TovMeetingsPage *self);
void        tov_meetings_page_reload_meeting (TovMeetingsPage *self);
void        tov_meetings_page_toast_error    (TovMeetingsPage *self,
                                              const GError    *error);
void        tov_meetings_page_toast_undo     (TovMeetingsPage *self,
                                              const char      *message);
void        tov_meetings_page_clear_rows     (TovMeetingsPage     *self,
                                              AdwPreferencesGroup *only);
void        tov_meetings_page_add_row        (TovMeetingsPage     *self,
                                              AdwPreferencesGroup *group,
                                              GtkWidget           *row);
const char *tov_meetings_page_name_of        (TovMeetingsPage *self,
                                              const char      *person_id,
                                              const char      *actor_id);

/* tov-meetings-page-people.c: who is invited, scaling, the chart */
void        tov_meetings_page_load_participants (TovMeetingsPage *self);
void        tov_meetings_page_load_scaling      (TovMeetingsPage *self);
void        tov_meetings_page_load_chart        (TovMeetingsPage *self);

/* tov-meetings-page-agreements.c: review, decisions, interpreter log */
void        tov_meetings_page_load_agreements (TovMeetingsPage *self);
void        tov_meetings_page_load_log        (TovMeetingsPage *self);
void        tov_meetings_page_save_log        (TovMeetingsPage *self);
void        tov_meetings_page_show_decide     (TovMeetingsPage *self,
                                               const char      *item_id,
                                               const char      *text);

/* tov-meetings-page-texts.c: typing written after a pause, translations */
void        tov_meetings_page_connect_texts     (TovMeetingsPage *self);
void        tov_meetings_page_connect_editor    (TovMeetingsPage *self);
void        tov_meetings_page_load_translations (TovMeetingsPage *self);
void        tov_meetings_page_refresh_translations (TovMeetingsPage *self);
void        tov_meetings_page_done_typing       (TovMeetingsPage *self);
GtkWidget  *tov_meetings_page_translation_text  (TovMeetingsPage *self,
                                                 const char      *source_table,
                                                 const char      *source_id,
                                                 const char      *field);

/* tov-meetings-page-actions.c: new, undo and redo, delete, print */
void        tov_meetings_page_install_actions   (GtkWidgetClass  *widget_class);
void        tov_meetings_page_update_actions    (TovMeetingsPage *self);

G_END_DECLS
