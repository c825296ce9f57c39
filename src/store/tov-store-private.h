/* tov-store-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Shared by the units of TovStore (one type split in files):
 * tov-store.c (open, transactions), tov-store-write.c (writes),
 * tov-store-bulk.c (what a bulk transaction does at its commit),
 * tov-store-query.c (reads),
 * tov-search.c (the full-text index) and tov-migrations.c (the schema).
 */

#define TOV_STORE_APPLICATION_ID 0x546F7648 /* "TovH" */
#define TOV_STORE_SCHEMA_VERSION 4
#define TOV_STORE_CACHE_SIZE "-32768" /* KiB, PRAGMA cache_size of every connection */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _TovStore
{
  GObject     parent_instance;
  sqlite3    *db;
  char       *path;
  char       *staff;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt, prepared once */
  guint       depth;        /* tov_store_begin () nesting */
  gboolean    dirty;        /* a write happened inside the open transaction */
  gboolean    bulk;         /* the transaction is tov_store_begin_bulk ()'s */
  gboolean    bulk_failed;  /* a write failed in it: only a rollback may follow */
  gint64      bulk_docid;   /* search_rows above this docid are new, indexed at commit */
  gint64     *bulk_rowids;  /* per table of the model: its largest rowid when the bulk began */
  gboolean   *bulk_written; /* per table of the model: written in the bulk transaction */
  gboolean    bulk_forgot;  /* the families remembered were forgotten during it */
  GHashTable *families;     /* bulk: row id -> FamilyOf, of rows written or looked up in it */
  int         schema_version;
};

typedef struct
{
  char *insert;   /* id, created_at, updated_at, columns... */
  char *update;   /* ?1 id, ?2 created_at or NULL to keep, ?3 updated_at, columns... */
  char *select;   /* the row by id, columns in the order id, created_at, updated_at, ... */
  char *exists;
  char *parent;   /* the parent column of a row by id */
  char *remove;
  char *last_rowid; /* the largest rowid, 0 for none */
  char *audit_new;  /* the audit log of rows above rowid ?3: ?1 at, ?2 staff */
} TableSql;

/* tov-store.c */
const TableSql *tov_store_table_sql    (const TovTableInfo *table);
gboolean      tov_store_exec           (TovStore     *self,
                                        const char   *sql,
                                        GError      **error);
gboolean      tov_store_row_exists     (TovStore     *self,
                                        const TovTableInfo *table,
                                        const char   *id,
                                        gboolean     *exists,
                                        GError      **error);
void          tov_store_emit_changed   (TovStore     *self,
                                        const char   *table,
                                        const char   *id);
sqlite3_stmt *tov_store_prepare        (TovStore     *self,
                                        const char   *sql,
                                        GError      **error);
gboolean      tov_store_set_sql_error  (TovStore     *self,
                                        GError      **error);
void          tov_store_reset          (sqlite3_stmt *stmt);
gboolean      tov_store_query_int64    (TovStore     *self,
                                        const char   *sql,
                                        gint64       *value,
                                        GError      **error);
char         *tov_store_family_of      (TovStore     *self,
                                        const TovTableInfo *table,
                                        const char   *id,
                                        gboolean     *found,
                                        GError      **error);

void          tov_store_remember_family (TovStore    *self,
                                        const TovTableInfo *table,
                                        const char   *id,
                                        const char   *family);
gboolean      tov_store_known_row      (TovStore     *self,
                                        const TovTableInfo *table,
                                        const char   *id);
void          tov_store_forget_families (TovStore    *self);

/* tov-store-bulk.c */
void          tov_store_bulk_register  (TovStore     *self);
gboolean      tov_store_bulk_finish    (TovStore     *self,
                                        const char   *at,
                                        GError      **error);
void          tov_store_bulk_end       (TovStore     *self);
void          tov_store_bulk_wrote     (TovStore     *self,
                                        const TovTableInfo *table);
gboolean      tov_store_bulk_knows_all (TovStore     *self,
                                        const TovTableInfo *table);

/* tov-migrations.c */
gboolean      tov_migrations_run       (sqlite3      *db,
                                        int          *version,
                                        GError      **error);
gboolean      tov_migrations_run_one   (sqlite3      *db,
                                        int           number,
                                        GError      **error);

/* tov-search.c */
gboolean      tov_search_flush         (TovStore     *self,
                                        GError      **error);
gboolean      tov_search_index_new     (TovStore     *self,
                                        const char   *table,
                                        const char   *id,
                                        GError      **error);
gboolean      tov_search_last_docid    (TovStore     *self,
                                        gint64       *docid,
                                        GError      **error);
gboolean      tov_search_index_bulk    (TovStore     *self,
                                        gint64        after,
                                        GError      **error);

/* tov-store-query.c */
TovFamily    *tov_store_family_summary (TovStore     *self,
                                        sqlite3_stmt *stmt);
sqlite3_stmt *tov_store_prepare_summary (TovStore    *self,
                                        gboolean      one,
                                        GError      **error);

G_END_DECLS
