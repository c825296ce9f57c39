/* tov-store-map.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-store-map.h"
#include "tov-store-private.h"

static const char family_sql[] =
  "SELECT name, enrolled_on FROM families WHERE id = ?1";
static const char members_sql[] =
  "SELECT id, given_name FROM persons WHERE family_id = ?1 "
  "ORDER BY birth_date IS NULL, birth_date, given_name, id";
static const char entries_sql[] =
  "SELECT e.id, e.actor_id, a.name, a.organisation, a.role, e.role_note, e.ring, a.sector, "
  "e.coordinator, e.invited, e.from_date, e.to_date, e.map_angle, e.map_radius "
  "FROM engagements e JOIN actors a ON a.id = e.actor_id WHERE e.family_id = ?1 "
  "ORDER BY e.from_date, e.id";
static const char links_sql[] =
  "SELECT m.engagement_id, m.person_id FROM engagement_members m "
  "JOIN engagements e ON e.id = m.engagement_id JOIN persons p ON p.id = m.person_id "
  "WHERE e.family_id = ?1 ORDER BY p.birth_date IS NULL, p.birth_date, p.given_name, p.id";

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
step_done (TovStore     *store,
           sqlite3_stmt *stmt,
           int           rc,
           GError      **error)
{
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (store, error), FALSE;
  return TRUE;
}

static gboolean
load_rows (TovStore    *store,
           TovMapData  *data,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = tov_store_prepare (store, members_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->family_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    tov_map_data_add_member (data, (const char *) sqlite3_column_text (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 1));
  if (!step_done (store, stmt, rc, error))
    return FALSE;

  if ((stmt = tov_store_prepare (store, entries_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->family_id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TovMapEntry *entry;

      entry = tov_map_data_add_entry (data,
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2),
                                      tov_map_ring_from_string ((const char *) sqlite3_column_text (stmt, 6)),
                                      tov_map_sector_from_string ((const char *) sqlite3_column_text (stmt, 7)),
                                      (const char *) sqlite3_column_text (stmt, 10),
                                      (const char *) sqlite3_column_text (stmt, 11));
      entry->organisation = column_text (stmt, 3);
      entry->role = column_text (stmt, 4);
      entry->role_note = column_text (stmt, 5);
      entry->coordinator = sqlite3_column_int (stmt, 8) == 1;
      entry->invited = sqlite3_column_int (stmt, 9) == 1;
      entry->has_position = sqlite3_column_type (stmt, 12) != SQLITE_NULL &&
                            sqlite3_column_type (stmt, 13) != SQLITE_NULL;
      entry->angle = sqlite3_column_double (stmt, 12);
      entry->radius = sqlite3_column_double (stmt, 13);
    }
  if (!step_done (store, stmt, rc, error))
    return FALSE;

  if ((stmt = tov_store_prepare (store, links_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, data->family_id, -1, SQLITE_STATIC);
  {
    g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < data->entries->len; i++)
      {
        TovMapEntry *entry = g_ptr_array_index (data->entries, i);

        g_hash_table_insert (by_id, entry->engagement_id, entry);
      }
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        TovMapEntry *entry = g_hash_table_lookup (by_id, sqlite3_column_text (stmt, 0));

        if (entry != NULL)
          g_ptr_array_add (entry->member_ids, column_text (stmt, 1));
      }
  }
  return step_done (store, stmt, rc, error);
}

/**
 * tov_store_load_map:
 *
 * Returns: (transfer full): the family, its members and every engagement
 * it had, with the actors' names, organisations, roles and sectors, or
 * %NULL with %TOV_STORE_ERROR_NOT_FOUND when there is no such family.
 */
TovMapData *
tov_store_load_map (TovStore   *store,
                    const char *family_id,
                    GError    **error)
{
  g_autoptr(TovMapData) data = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);

  if ((stmt = tov_store_prepare (store, family_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, family_id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    data = tov_map_data_new (family_id, (const char *) sqlite3_column_text (stmt, 0),
                             (const char *) sqlite3_column_text (stmt, 1));
  tov_store_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND,
                   _("There is no family with the id %s; it may have been deleted."), family_id);
      return NULL;
    }
  if (data == NULL)
    return tov_store_set_sql_error (store, error), NULL;
  if (!load_rows (store, data, error))
    return NULL;
  return g_steal_pointer (&data);
}

/**
 * tov_store_move_engagement:
 * @angle: degrees, see tov-map-layout.h
 * @fraction: 0..1 within the ring band
 *
 * Stores a place on the map and the ring. Moving the coordinator out of the
 * core ring is refused (the store's rule), with a message saying so.
 */
gboolean
tov_store_move_engagement (TovStore   *store,
                           const char *engagement_id,
                           TovMapRing  ring,
                           double      angle,
                           double      fraction,
                           GError    **error)
{
  g_autoptr(TovRecord) record = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (TOV_IS_STORE (store), FALSE);
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, FALSE);

  record = tov_store_get (store, "engagements", engagement_id, error);
  if (record == NULL)
    return FALSE;
  tov_record_set (record, "ring", tov_map_ring_to_string (ring));
  tov_record_set (record, "map_angle", g_ascii_formatd (buffer, sizeof buffer, "%.3f", angle));
  tov_record_set (record, "map_radius", g_ascii_formatd (buffer, sizeof buffer, "%.4f", fraction));
  return tov_store_update (store, record, NULL, error);
}

/**
 * tov_store_end_engagement:
 * @last_day: YYYY-MM-DD, the engagement's last day
 * @deleted: (out) (optional): set when the engagement began after
 *   @last_day, so it never lasted a day and was deleted instead
 *
 * Ends an engagement by giving it an end date, so the map's history stays
 * true. An engagement that had not begun by @last_day leaves no history and
 * is deleted with its members.
 */
gboolean
tov_store_end_engagement (TovStore   *store,
                          const char *engagement_id,
                          const char *last_day,
                          gboolean   *deleted,
                          GError    **error)
{
  g_autoptr(TovRecord) record = NULL;
  const char *from;

  g_return_val_if_fail (TOV_IS_STORE (store), FALSE);
  g_return_val_if_fail (last_day != NULL, FALSE);

  if (deleted != NULL)
    *deleted = FALSE;
  record = tov_store_get (store, "engagements", engagement_id, error);
  if (record == NULL)
    return FALSE;
  from = tov_record_get (record, "from_date");
  if (from != NULL && g_strcmp0 (from, last_day) > 0)
    {
      if (deleted != NULL)
        *deleted = TRUE;
      return tov_store_delete (store, "engagements", engagement_id, error);
    }
  tov_record_set (record, "to_date", last_day);
  return tov_store_update (store, record, NULL, error);
}

/**
 * tov_store_add_engagement:
 * @new_actor: (nullable): an actor to create first (an "actors" record), or
 *   %NULL to engage the existing @actor_id
 * @person_ids: (nullable) (array zero-terminated=1): the members the actor
 *   works with; none means the whole family
 * @column: (out) (optional): the column at fault when refused
 *
 * Engages an actor with a family, in one transaction: the new actor if any,
 * the engagement and its members. Nothing is written when a part is refused.
 *
 * Returns: (transfer full): the new engagement's id, or %NULL
 */
char *
tov_store_add_engagement (TovStore            *store,
                          const char          *family_id,
                          TovRecord           *new_actor,
                          const char          *actor_id,
                          TovMapRing           ring,
                          gboolean             coordinator,
                          gboolean             invited,
                          const char          *from_date,
                          const char * const  *person_ids,
                          const char         **column,
                          GError             **error)
{
  g_autoptr(TovRecord) engagement = tov_record_new ("engagements");

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, NULL);
  g_return_val_if_fail (new_actor != NULL || actor_id != NULL, NULL);

  if (!tov_store_begin (store, error))
    return NULL;
  if (new_actor != NULL)
    {
      if (!tov_store_insert (store, new_actor, column, error))
        goto failed;
      actor_id = tov_record_get_id (new_actor);
    }
  tov_record_set (engagement, "family_id", family_id);
  tov_record_set (engagement, "actor_id", actor_id);
  tov_record_set (engagement, "ring", tov_map_ring_to_string (ring));
  tov_record_set_boolean (engagement, "coordinator", coordinator);
  tov_record_set_boolean (engagement, "invited", invited);
  tov_record_set (engagement, "from_date", from_date);
  if (!tov_store_insert (store, engagement, column, error))
    goto failed;
  for (guint i = 0; person_ids != NULL && person_ids[i] != NULL; i++)
    {
      g_autoptr(TovRecord) member = tov_record_new ("engagement_members");

      tov_record_set (member, "engagement_id", tov_record_get_id (engagement));
      tov_record_set (member, "person_id", person_ids[i]);
      if (!tov_store_insert (store, member, column, error))
        goto failed;
    }
  if (!tov_store_commit (store, error))
    goto failed;
  return g_strdup (tov_record_get_id (engagement));

failed:
  tov_store_rollback (store);
  return NULL;
}
