/* tov-store.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tov-family.h"
#include "tov-record.h"

G_BEGIN_DECLS

#define TOV_STORE_ERROR (tov_store_error_quark ())

typedef enum
{
  TOV_STORE_ERROR_NOT_FOUND,      /* no row with that id */
  TOV_STORE_ERROR_INVALID,        /* the record breaks a rule of the model; the message says which */
  TOV_STORE_ERROR_CONSTRAINT,     /* dangling reference, duplicate, a row still in use */
  TOV_STORE_ERROR_IO,             /* cannot open, read or write the file */
  TOV_STORE_ERROR_CORRUPT,        /* the file fails its integrity check */
  TOV_STORE_ERROR_NOT_DATABASE,   /* the file is not a Tovholder database */
  TOV_STORE_ERROR_VERSION,        /* written by a newer Tovholder */
  TOV_STORE_ERROR_BUSY,           /* another program holds the file */
} TovStoreError;

#define TOV_TYPE_STORE (tov_store_get_type ())

G_DECLARE_FINAL_TYPE (TovStore, tov_store, TOV, STORE, GObject)

GQuark      tov_store_error_quark        (void);

TovStore   *tov_store_open               (const char   *path,
                                          GError      **error);
const char *tov_store_get_path           (TovStore     *self);
int         tov_store_get_schema_version (TovStore     *self);
const char *tov_store_get_staff          (TovStore     *self);
void        tov_store_set_staff          (TovStore     *self,
                                          const char   *staff);

gboolean    tov_store_begin              (TovStore     *self,
                                          GError      **error);
gboolean    tov_store_begin_bulk         (TovStore     *self,
                                          GError      **error);
gboolean    tov_store_commit             (TovStore     *self,
                                          GError      **error);
void        tov_store_rollback           (TovStore     *self);

gboolean    tov_store_insert             (TovStore     *self,
                                          TovRecord    *record,
                                          const char  **column,
                                          GError      **error);
gboolean    tov_store_update             (TovStore     *self,
                                          TovRecord    *record,
                                          const char  **column,
                                          GError      **error);
gboolean    tov_store_save               (TovStore     *self,
                                          TovRecord    *record,
                                          gboolean      keep_times,
                                          gboolean     *inserted,
                                          const char  **column,
                                          GError      **error);
gboolean    tov_store_delete             (TovStore     *self,
                                          const char   *table,
                                          const char   *id,
                                          GError      **error);

TovRecord  *tov_store_get                (TovStore     *self,
                                          const char   *table,
                                          const char   *id,
                                          GError      **error);
GPtrArray  *tov_store_list               (TovStore     *self,
                                          const char   *table,
                                          const char   *column,
                                          const char   *value,
                                          GError      **error);
GListModel *tov_store_list_families      (TovStore     *self,
                                          GError      **error);
GListModel *tov_store_search             (TovStore     *self,
                                          const char   *query,
                                          guint         limit,
                                          GError      **error);
GPtrArray  *tov_store_search_ids         (TovStore     *self,
                                          const char   *query,
                                          guint         limit,
                                          GPtrArray   **matches,
                                          GError      **error);
char       *tov_store_resolve_family     (TovStore     *self,
                                          const char   *id_or_name,
                                          GError      **error);
gboolean    tov_store_check              (TovStore     *self,
                                          GPtrArray   **problems,
                                          GError      **error);

G_END_DECLS
