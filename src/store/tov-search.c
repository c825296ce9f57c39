/* tov-search.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-fold.h"
#include "tov-store-private.h"

/*
 * Full-text search (schema in data/schema/002-search.sql). Triggers keep
 * search_rows up to date and note updated and deleted rows in search_dirty;
 * FTS5 may not be written from triggers with trusted_schema OFF, so the
 * store adds a new row with tov_search_index_new () and tov_search_flush ()
 * brings the noted rows up to date after each update or delete, inside the
 * write's savepoint.
 *
 * A query is folded like the indexed text, split into words, and each word
 * becomes a quoted prefix term, all ANDed. Hits are grouped by family
 * (actors through their engagements). bm25 ranking costs time in proportion
 * to the hits, so only a small hit set (RANK_MAX_HITS) is ranked. A large
 * one, from a query of one or two letters, is cut to the first hits in index
 * order (enough for limit × HITS_PER_RESULT) and their families are shown by
 * name: the user types more to narrow it, and the search stays fast.
 */

#define RANK_MAX_HITS 200
#define HITS_PER_RESULT 20  /* of a large hit set, look at limit × this many hits */

static const char flush_select_sql[] = "SELECT docid FROM search_dirty";
static const char flush_delete_sql[] = "DELETE FROM search WHERE rowid = ?1";
static const char flush_insert_sql[] =
  "INSERT INTO search (rowid, text) SELECT docid, text FROM search_rows WHERE docid = ?1";
static const char flush_clear_sql[] = "DELETE FROM search_dirty";
static const char index_new_sql[] =
  "INSERT INTO search (rowid, text) SELECT docid, text FROM search_rows "
  "WHERE source_id = ?1 AND source_table = ?2";

static const char last_docid_sql[] = "SELECT coalesce (max (docid), 0) FROM search_rows";
static const char bulk_undirty_sql[] = "DELETE FROM search_dirty WHERE docid > ?1";
static const char bulk_insert_sql[] =
  "INSERT INTO search (rowid, text) SELECT docid, text FROM search_rows WHERE docid > ?1";

static const char count_sql[] =
  "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?1 LIMIT ?2)";

#define HITS_SQL(SCORE, CAP) \
  "WITH hit AS (" \
  "  SELECT r.family_id AS fid, r.source_table AS st, r.source_id AS sid, r.label AS label, " \
       SCORE " AS score" \
  "  FROM search JOIN search_rows r ON r.docid = search.rowid WHERE search MATCH ?1" CAP "), " \
  "fam AS (" \
  "  SELECT fid, st, label, score FROM hit WHERE fid IS NOT NULL " \
  "  UNION ALL " \
  "  SELECT e.family_id, st, label, score FROM hit JOIN engagements e ON e.actor_id = hit.sid " \
  "  WHERE hit.st = 'actors') " \
  "SELECT f.id, max (fam.st = 'families'), min (CASE WHEN fam.st <> 'families' THEN fam.label END), " \
  "       min (fam.score) AS best " \
  "FROM fam JOIN families f ON f.id = fam.fid " \
  "GROUP BY f.id "

static const char ranked_sql[] = HITS_SQL ("bm25 (search)", "") "ORDER BY best, f.name, f.id LIMIT ?2";
/* a large hit set: the families of the first ?3 hits in the families
 * themselves, by name; actors are left out here, since one actor serves
 * hundreds of families and fanning out a broad query's actor hits costs
 * tens of milliseconds (a longer query ranks them, above) */
static const char by_name_sql[] =
  "WITH hit AS ("
  "  SELECT r.family_id AS fid, r.source_table AS st, r.label AS label"
  "  FROM search JOIN search_rows r ON r.docid = search.rowid"
  "  WHERE search MATCH ?1 AND r.family_id IS NOT NULL LIMIT ?3) "
  "SELECT f.id, max (hit.st = 'families'), min (CASE WHEN hit.st <> 'families' THEN hit.label END), 0 "
  "FROM hit JOIN families f ON f.id = hit.fid "
  "GROUP BY f.id ORDER BY f.name, f.id LIMIT ?2";

/* Each word of the folded query as a quoted prefix term: "sor"* AND "haddad"* */
static char *
build_match (const char *query)
{
  g_autofree char *folded = tov_fold_for_search (query);
  GString *match = g_string_new (NULL);
  GString *word = g_string_new (NULL);

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_string_append_printf (match, "%s\"%s\"*", match->len > 0 ? " AND " : "", word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return g_string_free (match, match->len == 0);
}

/**
 * tov_search_index_new:
 *
 * Adds the row just inserted into @table to the FTS5 index (its
 * search_rows row was made by a trigger).
 */
gboolean
tov_search_index_new (TovStore   *self,
                      const char *table,
                      const char *id,
                      GError    **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, index_new_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/**
 * tov_search_last_docid:
 *
 * The highest docid of search_rows: rows added after it are new.
 */
gboolean
tov_search_last_docid (TovStore *self,
                       gint64   *docid,
                       GError  **error)
{
  return tov_store_query_int64 (self, last_docid_sql, docid, error);
}

static gboolean
step_with (TovStore    *self,
           const char  *sql,
           gint64       value,
           GError     **error)
{
  sqlite3_stmt *stmt = tov_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, value);
  rc = sqlite3_step (stmt);
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/**
 * tov_search_index_bulk:
 * @after: the last docid of search_rows when the bulk transaction began
 *
 * Brings the FTS5 index up to date after a bulk transaction, in one batch:
 * the rows noted in search_dirty that were there before, then every row
 * added since (with its final text, so its own dirty mark is dropped).
 * FTS5 gets one large sorted batch instead of one small segment per row.
 */
gboolean
tov_search_index_bulk (TovStore *self,
                       gint64    after,
                       GError  **error)
{
  return step_with (self, bulk_undirty_sql, after, error) &&
         tov_search_flush (self, error) &&
         step_with (self, bulk_insert_sql, after, error);
}

/**
 * tov_search_flush:
 *
 * Brings the FTS5 index up to date with search_rows for the rows the
 * triggers noted. Call inside the write's savepoint.
 */
gboolean
tov_search_flush (TovStore *self,
                  GError  **error)
{
  sqlite3_stmt *dirty = tov_store_prepare (self, flush_select_sql, error);
  sqlite3_stmt *remove = tov_store_prepare (self, flush_delete_sql, error);
  sqlite3_stmt *insert = tov_store_prepare (self, flush_insert_sql, error);
  sqlite3_stmt *clear = tov_store_prepare (self, flush_clear_sql, error);
  gboolean any = FALSE;
  int rc;

  if (dirty == NULL || remove == NULL || insert == NULL || clear == NULL)
    return FALSE;

  while ((rc = sqlite3_step (dirty)) == SQLITE_ROW)
    {
      sqlite3_int64 docid = sqlite3_column_int64 (dirty, 0);

      any = TRUE;
      sqlite3_bind_int64 (remove, 1, docid);
      sqlite3_bind_int64 (insert, 1, docid);
      if (sqlite3_step (remove) != SQLITE_DONE || sqlite3_step (insert) != SQLITE_DONE)
        {
          tov_store_set_sql_error (self, error);
          tov_store_reset (remove);
          tov_store_reset (insert);
          tov_store_reset (dirty);
          return FALSE;
        }
      tov_store_reset (remove);
      tov_store_reset (insert);
    }
  tov_store_reset (dirty);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  if (any)
    {
      rc = sqlite3_step (clear);
      tov_store_reset (clear);
      if (rc != SQLITE_DONE)
        return tov_store_set_sql_error (self, error);
    }
  return TRUE;
}

/* Counts the hits of @match (up to RANK_MAX_HITS + 1) and returns the
 * statement that lists their families, bound, ranked for a small hit set;
 * %NULL with no error when there are none. */
static sqlite3_stmt *
start_search (TovStore   *self,
              const char *match,
              guint       limit,
              GError    **error)
{
  sqlite3_stmt *count;
  sqlite3_stmt *hits;
  gint64 n_hits;
  int rc;

  count = tov_store_prepare (self, count_sql, error);
  if (count == NULL)
    return NULL;
  sqlite3_bind_text (count, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int (count, 2, RANK_MAX_HITS + 1);
  rc = sqlite3_step (count);
  n_hits = sqlite3_column_int64 (count, 0);
  tov_store_reset (count);
  if (rc != SQLITE_ROW)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  if (n_hits == 0)
    return NULL;

  hits = tov_store_prepare (self, n_hits <= RANK_MAX_HITS ? ranked_sql : by_name_sql, error);
  if (hits == NULL)
    return NULL;
  sqlite3_bind_text (hits, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (hits, 2, limit);
  if (n_hits > RANK_MAX_HITS)
    sqlite3_bind_int64 (hits, 3, (gint64) limit * HITS_PER_RESULT);
  return hits;
}

/**
 * tov_store_search:
 * @query: what the user typed: words, or the beginnings of words
 * @limit: the most families to return (0: 50)
 *
 * Finds families by their name or case reference, their members' names,
 * their actors' names, organisations and roles, and the text of their
 * plans, agreements, meeting minutes and translations. Case, Danish letters
 * (ø, æ, å, aa, oe) and Arabic spelling variants do not matter.
 *
 * Returns: (transfer full): a list of #TovFamily, best match first when
 * there are few hits, else by name (then not necessarily the alphabetically
 * first of all the families that match); each with #TovFamily:match set to what
 * matched when it is not the family's name.
 */
GListModel *
tov_store_search (TovStore   *self,
                  const char *query,
                  guint       limit,
                  GError    **error)
{
  g_autoptr(GListStore) families = NULL;
  g_autofree char *match = NULL;
  GError *local_error = NULL;
  sqlite3_stmt *hits;
  sqlite3_stmt *summary;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (limit == 0)
    limit = 50;
  families = g_list_store_new (TOV_TYPE_FAMILY);
  match = build_match (query);
  if (match == NULL)
    return G_LIST_MODEL (g_steal_pointer (&families));

  hits = start_search (self, match, limit, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (hits == NULL)
    return G_LIST_MODEL (g_steal_pointer (&families));

  summary = tov_store_prepare_summary (self, TRUE, error);
  if (summary == NULL)
    {
      tov_store_reset (hits);
      return NULL;
    }
  while ((rc = sqlite3_step (hits)) == SQLITE_ROW)
    {
      g_autoptr(TovFamily) family = NULL;
      gboolean name_hit = sqlite3_column_int (hits, 1) != 0;

      sqlite3_bind_text (summary, 4, (const char *) sqlite3_column_text (hits, 0), -1,
                         SQLITE_TRANSIENT);
      rc = sqlite3_step (summary);
      if (rc == SQLITE_ROW)
        family = tov_store_family_summary (self, summary);
      sqlite3_reset (summary);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        break;
      if (family == NULL)
        continue;
      if (!name_hit)
        tov_family_set_match (family, (const char *) sqlite3_column_text (hits, 2));
      g_list_store_append (families, family);
    }
  tov_store_reset (summary);
  tov_store_reset (hits);
  if (rc != SQLITE_DONE)
    {
      tov_store_set_sql_error (self, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&families));
}

/**
 * tov_store_search_ids:
 * @query: what the user typed, as for tov_store_search()
 * @limit: the most families to return (0: 50)
 * @matches: (out) (transfer full) (element-type utf8) (nullable): for each
 *   family, what matched when it is not the family's name, else %NULL
 *
 * The same search as tov_store_search(), in the same order, but only the
 * families' ids and what matched: for a caller that has the families
 * already (the window's list), so that a search of one letter makes and
 * frees no family objects.
 *
 * Returns: (transfer full) (element-type utf8): the families' ids, or
 *   %NULL with @error set
 */
GPtrArray *
tov_store_search_ids (TovStore   *self,
                      const char *query,
                      guint       limit,
                      GPtrArray **matches,
                      GError    **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *match = NULL;
  GError *local_error = NULL;
  sqlite3_stmt *hits;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (matches != NULL, NULL);

  if (limit == 0)
    limit = 50;
  ids = g_ptr_array_new_with_free_func (g_free);
  texts = g_ptr_array_new_with_free_func (g_free);
  match = build_match (query);
  hits = match != NULL ? start_search (self, match, limit, &local_error) : NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  while (hits != NULL && (rc = sqlite3_step (hits)) == SQLITE_ROW)
    {
      gboolean name_hit = sqlite3_column_int (hits, 1) != 0;

      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (hits, 0)));
      g_ptr_array_add (texts, name_hit ? NULL : g_strdup ((const char *) sqlite3_column_text (hits, 2)));
    }
  if (hits != NULL)
    {
      tov_store_reset (hits);
      if (rc != SQLITE_DONE)
        {
          tov_store_set_sql_error (self, error);
          return NULL;
        }
    }
  *matches = g_steal_pointer (&texts);
  return g_steal_pointer (&ids);
}
