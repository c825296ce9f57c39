/* tov-store-plan.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-store.h"

G_BEGIN_DECLS

/*
 * The masterplan's versions and the agreements that follow from meetings,
 * as operations of TovStore over the generic rows: each runs in one
 * transaction and refuses with a message a user can act on.
 */

TovRecord *tov_store_plan_get_draft        (TovStore    *self,
                                            const char  *family_id,
                                            GError     **error);
GPtrArray *tov_store_plan_list_versions    (TovStore    *self,
                                            const char  *family_id,
                                            GError     **error);
GPtrArray *tov_store_plan_list_items       (TovStore    *self,
                                            const char  *version_id,
                                            GError     **error);
GPtrArray *tov_store_plan_list_translations (TovStore   *self,
                                            const char  *family_id,
                                            GError     **error);
gboolean   tov_store_plan_is_frozen        (TovStore    *self,
                                            const char  *version_id,
                                            gboolean    *frozen,
                                            GError     **error);
char      *tov_store_plan_agree            (TovStore    *self,
                                            TovRecord   *version,
                                            TovRecord   *interpreter_log,
                                            const char **column,
                                            GError     **error);

GPtrArray *tov_store_plan_open_agreements  (TovStore    *self,
                                            const char  *family_id,
                                            const char  *meeting_id,
                                            GError     **error);
gboolean   tov_store_plan_review_agreement (TovStore    *self,
                                            const char  *agreement_id,
                                            const char  *status,
                                            const char  *due_on,
                                            const char  *note,
                                            const char **column,
                                            GError     **error);
TovRecord *tov_store_plan_decide           (TovStore    *self,
                                            const char  *meeting_id,
                                            const char  *what,
                                            const char  *actor_id,
                                            const char  *person_id,
                                            const char  *due_on,
                                            const char **column,
                                            GError     **error);

/* For the store's own write path (tov-store-write.c). */
gboolean   tov_store_plan_check_write      (TovStore    *self,
                                            const char  *table,
                                            TovRecord   *record,
                                            const char  *id,
                                            const char **column,
                                            GError     **error);

G_END_DECLS
