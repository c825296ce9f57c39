/* tov-meeting-editor.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-plan-editor.h"
#include "tov-store.h"

G_BEGIN_DECLS

/* Someone who may be invited to a family's meeting: a family member or an
 * actor the family has marked as invited on its network map. */
typedef struct
{
  char *person_id;   /* exactly one of person_id and actor_id is set */
  char *actor_id;
  char *name;
  char *detail;      /* the household role code, or the actor's organisation */
} TovInvitee;

void tov_invitee_free (TovInvitee *invitee);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovInvitee, tov_invitee_free)

/* One participant's scaling at one meeting, for the chart over time. */
typedef struct
{
  char *meeting_id;
  char *held_on;
  char *who;         /* the person or actor id: the same across meetings */
  char *name;
  int   value;
} TovScalingPoint;

void tov_scaling_point_free (TovScalingPoint *point);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovScalingPoint, tov_scaling_point_free)

#define TOV_TYPE_MEETING_EDITOR (tov_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (TovMeetingEditor, tov_meeting_editor, TOV, MEETING_EDITOR, GObject)

TovMeetingEditor *tov_meeting_editor_new            (TovStore          *store);
TovPlanEditor    *tov_meeting_editor_get_plan_editor (TovMeetingEditor *self);

GPtrArray  *tov_meeting_editor_invitees      (TovMeetingEditor  *self,
                                              const char        *family_id,
                                              const char        *date,
                                              GError           **error);
GPtrArray  *tov_meeting_editor_scaling_history (TovMeetingEditor *self,
                                              const char        *family_id,
                                              GError           **error);
TovRecord  *tov_meeting_editor_find_participant (TovMeetingEditor *self,
                                              const char        *meeting_id,
                                              const char        *person_id,
                                              const char        *actor_id,
                                              GError           **error);

TovRecord  *tov_meeting_editor_create        (TovMeetingEditor  *self,
                                              const char        *family_id,
                                              const char        *held_on,
                                              const char        *kind,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_set           (TovMeetingEditor  *self,
                                              const char        *table,
                                              const char        *id,
                                              const char        *column_name,
                                              const char        *value,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_set_invited   (TovMeetingEditor  *self,
                                              const char        *meeting_id,
                                              const char        *person_id,
                                              const char        *actor_id,
                                              gboolean           invited,
                                              GError           **error);
TovRecord  *tov_meeting_editor_add_item      (TovMeetingEditor  *self,
                                              const char        *meeting_id,
                                              const char        *category,
                                              const char        *text,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_delete_item   (TovMeetingEditor  *self,
                                              const char        *item_id,
                                              GError           **error);
gboolean    tov_meeting_editor_move_item     (TovMeetingEditor  *self,
                                              const char        *item_id,
                                              int                delta,
                                              GError           **error);
gboolean    tov_meeting_editor_set_scaling   (TovMeetingEditor  *self,
                                              const char        *participant_id,
                                              int                value,
                                              const char       **column,
                                              GError           **error);
TovRecord  *tov_meeting_editor_get_interpreter_log (TovMeetingEditor *self,
                                              const char        *meeting_id,
                                              GError           **error);
gboolean    tov_meeting_editor_save_interpreter_log (TovMeetingEditor *self,
                                              const char        *meeting_id,
                                              TovRecord         *log,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_review        (TovMeetingEditor  *self,
                                              const char        *agreement_id,
                                              const char        *status,
                                              const char        *due_on,
                                              const char        *note,
                                              const char       **column,
                                              GError           **error);
TovRecord  *tov_meeting_editor_decide        (TovMeetingEditor  *self,
                                              const char        *meeting_id,
                                              const char        *what,
                                              const char        *actor_id,
                                              const char        *person_id,
                                              const char        *due_on,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_undo          (TovMeetingEditor  *self,
                                              GError           **error);
gboolean    tov_meeting_editor_redo          (TovMeetingEditor  *self,
                                              GError           **error);

/* tov-meeting-editor-delete.c */
gboolean    tov_meeting_editor_delete        (TovMeetingEditor  *self,
                                              const char        *meeting_id,
                                              guint             *n_unlinked,
                                              GError           **error);

/* tov-meeting-editor-texts.c: typing and translations */
void        tov_meeting_editor_set_later     (TovMeetingEditor  *self,
                                              const char        *table,
                                              const char        *id,
                                              const char        *column_name,
                                              const char        *value);
gboolean    tov_meeting_editor_flush         (TovMeetingEditor  *self,
                                              GError           **error);
TovRecord  *tov_meeting_editor_find_translation (TovMeetingEditor *self,
                                              const char        *source_id,
                                              const char        *field,
                                              const char        *language,
                                              GError           **error);
gboolean    tov_meeting_editor_set_translation (TovMeetingEditor *self,
                                              const char        *family_id,
                                              const char        *source_table,
                                              const char        *source_id,
                                              const char        *field,
                                              const char        *language,
                                              const char        *text,
                                              const char       **column,
                                              GError           **error);
gboolean    tov_meeting_editor_set_translation_later (TovMeetingEditor *self,
                                              const char        *family_id,
                                              const char        *source_table,
                                              const char        *source_id,
                                              const char        *field,
                                              const char        *language,
                                              const char        *text,
                                              const char       **column,
                                              GError           **error);

G_END_DECLS
