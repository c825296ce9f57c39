/* tov-store-overview.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-store.h"

G_BEGIN_DECLS

/* A family's headline figures, as its overview shows them. */
typedef struct
{
  guint  professionals_now;        /* core, near and peripheral actors engaged today */
  guint  professionals_at_start;   /* the same on the enrolment date (G_MAXUINT: no date) */
  guint  open_agreements;
  guint  overdue_agreements;       /* open and due before today */
  char  *next_meeting;             /* YYYY-MM-DD or NULL */
  char  *next_follow_up;           /* the current plan version's, or NULL */
} TovFamilyFigures;

void        tov_family_figures_clear   (TovFamilyFigures *figures);

gboolean    tov_store_family_figures   (TovStore         *self,
                                        const char       *family_id,
                                        const char       *today,
                                        TovFamilyFigures *figures,
                                        GError          **error);
GHashTable *tov_store_next_follow_ups  (TovStore         *self,
                                        GError          **error);
GPtrArray  *tov_store_snapshot         (TovStore         *self,
                                        const char       *table,
                                        const char       *id,
                                        GError          **error);
gboolean    tov_store_restore          (TovStore         *self,
                                        GPtrArray        *records,
                                        GError          **error);

G_END_DECLS
