/* tov-store-follow-up.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-store.h"

G_BEGIN_DECLS

typedef enum
{
  TOV_FOLLOW_UP_AGREEMENT,  /* an open agreement due this week or overdue */
  TOV_FOLLOW_UP_PLAN,       /* a plan whose follow-up date has passed */
  TOV_FOLLOW_UP_HEADING,    /* a group's heading: a family or a responsible actor */
} TovFollowUpKind;

typedef enum
{
  TOV_FOLLOW_UP_BY_FAMILY,
  TOV_FOLLOW_UP_BY_ACTOR,
} TovFollowUpGrouping;

/* One line of the follow-up view. */
typedef struct
{
  TovFollowUpKind kind;
  char           *id;           /* the agreement's or plan version's id; NULL for a heading */
  char           *family_id;
  char           *family_name;
  char           *text;         /* what is agreed; a heading's name */
  char           *date;         /* due on, or the plan's follow-up date */
  char           *actor_id;     /* who, when an actor */
  char           *who;          /* the actor's or family member's name */
  gboolean        overdue;      /* the date is before today */
  guint           n_items;      /* a heading: lines in its group */
  guint           n_overdue;    /* a heading: overdue lines in its group */
} TovFollowUp;

void        tov_follow_up_free          (TovFollowUp *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovFollowUp, tov_follow_up_free)

char       *tov_follow_up_week_end      (const char  *today);
GPtrArray  *tov_store_follow_up         (TovStore    *self,
                                         const char  *today,
                                         GError     **error);
gboolean    tov_store_follow_up_count   (TovStore    *self,
                                         const char  *today,
                                         guint       *n_overdue,
                                         guint       *n_due,
                                         GError     **error);
GPtrArray  *tov_follow_up_group         (GPtrArray   *items,
                                         TovFollowUpGrouping grouping,
                                         const char  *no_actor);

G_END_DECLS
