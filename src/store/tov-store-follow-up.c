/* tov-store-follow-up.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tov-date.h"
#include "tov-store-follow-up.h"
#include "tov-store-private.h"

/*
 * What the coordinators must follow up, across all families still in the
 * project: open agreements due by the end of this week (Sunday) or before,
 * and plans whose next follow-up date has passed (the current version's:
 * the newest that is not superseded). One pass over the agreements and one
 * over the plans, however many families there are.
 */

/* ?1 the week's last day */
static const char agreements_sql[] =
  "SELECT g.id, g.family_id, f.name, g.what, g.due_on, g.actor_id,"
  " coalesce (a.name, p.given_name || coalesce (' ' || p.family_name, ''))"
  " FROM agreements g JOIN families f ON f.id = g.family_id"
  " LEFT JOIN actors a ON a.id = g.actor_id LEFT JOIN persons p ON p.id = g.person_id"
  " WHERE g.status = 'open' AND g.due_on <= ?1 AND f.status <> 'closed'"
  " ORDER BY g.due_on, f.name, g.id";

/* ?1 today */
static const char plans_sql[] =
  "SELECT v.id, p.family_id, f.name, v.next_follow_up"
  " FROM plans p JOIN families f ON f.id = p.family_id"
  " JOIN plan_versions v ON v.plan_id = p.id"
  " WHERE f.status <> 'closed' AND v.status <> 'superseded' AND v.next_follow_up < ?1"
  " AND v.number = (SELECT max (w.number) FROM plan_versions w"
  "                 WHERE w.plan_id = p.id AND w.status <> 'superseded')"
  " ORDER BY v.next_follow_up, f.name";

/* ?1 today, ?2 the week's last day */
static const char count_sql[] =
  "SELECT coalesce (sum (g.due_on < ?1), 0), count (*)"
  " FROM agreements g JOIN families f ON f.id = g.family_id"
  " WHERE g.status = 'open' AND g.due_on <= ?2 AND f.status <> 'closed'";

void
tov_follow_up_free (TovFollowUp *item)
{
  if (item == NULL)
    return;
  g_free (item->id);
  g_free (item->family_id);
  g_free (item->family_name);
  g_free (item->text);
  g_free (item->date);
  g_free (item->actor_id);
  g_free (item->who);
  g_free (item);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

/**
 * tov_follow_up_week_end:
 * @today: a date, YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): the Sunday ending @today's week
 *   (weeks start on Monday, as in Denmark), %NULL for a bad date
 */
char *
tov_follow_up_week_end (const char *today)
{
  g_autoptr(GDate) date = tov_date_parse (today);
  char text[16];

  if (date == NULL)
    return NULL;
  g_date_add_days (date, G_DATE_SUNDAY - g_date_get_weekday (date));
  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  return g_strdup (text);
}

static gboolean
step_all (TovStore      *self,
          sqlite3_stmt  *stmt,
          GPtrArray     *items,
          TovFollowUpKind kind,
          const char    *today,
          GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TovFollowUp *item = g_new0 (TovFollowUp, 1);

      item->kind = kind;
      item->id = column_text (stmt, 0);
      item->family_id = column_text (stmt, 1);
      item->family_name = column_text (stmt, 2);
      if (kind == TOV_FOLLOW_UP_AGREEMENT)
        {
          item->text = column_text (stmt, 3);
          item->date = column_text (stmt, 4);
          item->actor_id = column_text (stmt, 5);
          item->who = column_text (stmt, 6);
        }
      else
        item->date = column_text (stmt, 3);
      item->overdue = g_strcmp0 (item->date, today) < 0;
      g_ptr_array_add (items, item);
    }
  tov_store_reset (stmt);
  if (rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

/**
 * tov_store_follow_up:
 * @today: (nullable): the date to count from, today when %NULL
 *
 * Returns: (transfer full) (element-type TovFollowUp): the plans to follow
 *   up (earliest date first), then the agreements due this week or overdue
 *   (earliest due first), of the families not closed; %NULL on error.
 */
GPtrArray *
tov_store_follow_up (TovStore   *self,
                     const char *today,
                     GError    **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *now = NULL;
  g_autofree char *week_end = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  if (today == NULL)
    today = now = tov_date_today ();
  week_end = tov_follow_up_week_end (today);
  g_return_val_if_fail (week_end != NULL, NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_follow_up_free);
  stmt = tov_store_prepare (self, plans_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  if (!step_all (self, stmt, items, TOV_FOLLOW_UP_PLAN, today, error))
    return NULL;

  stmt = tov_store_prepare (self, agreements_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, week_end, -1, SQLITE_TRANSIENT);
  if (!step_all (self, stmt, items, TOV_FOLLOW_UP_AGREEMENT, today, error))
    return NULL;
  return g_steal_pointer (&items);
}

/**
 * tov_store_follow_up_count:
 * @today: (nullable): the date to count from, today when %NULL
 * @n_overdue: (out): open agreements due before @today
 * @n_due: (out) (optional): open agreements due by the end of @today's week,
 *   overdue ones included
 *
 * The window's badge: how many agreements are overdue, in one query.
 */
gboolean
tov_store_follow_up_count (TovStore   *self,
                           const char *today,
                           guint      *n_overdue,
                           guint      *n_due,
                           GError    **error)
{
  g_autofree char *now = NULL;
  g_autofree char *week_end = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_overdue != NULL, FALSE);

  if (today == NULL)
    today = now = tov_date_today ();
  week_end = tov_follow_up_week_end (today);
  g_return_val_if_fail (week_end != NULL, FALSE);

  stmt = tov_store_prepare (self, count_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, week_end, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      tov_store_set_sql_error (self, error);
      tov_store_reset (stmt);
      return FALSE;
    }
  *n_overdue = sqlite3_column_int (stmt, 0);
  if (n_due != NULL)
    *n_due = sqlite3_column_int (stmt, 1);
  tov_store_reset (stmt);
  return TRUE;
}

typedef struct
{
  char        *key;       /* collation key of the heading */
  TovFollowUp *heading;
  GPtrArray   *lines;     /* borrowed TovFollowUp */
} Group;

static void
group_free (Group *group)
{
  g_free (group->key);
  tov_follow_up_free (group->heading);
  g_ptr_array_unref (group->lines);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(const Group **) a;
  const Group *gb = *(const Group **) b;

  return strcmp (ga->key, gb->key);
}

static TovFollowUp *
copy_line (const TovFollowUp *line)
{
  TovFollowUp *copy = g_memdup2 (line, sizeof *line);

  copy->id = g_strdup (line->id);
  copy->family_id = g_strdup (line->family_id);
  copy->family_name = g_strdup (line->family_name);
  copy->text = g_strdup (line->text);
  copy->date = g_strdup (line->date);
  copy->actor_id = g_strdup (line->actor_id);
  copy->who = g_strdup (line->who);
  return copy;
}

/**
 * tov_follow_up_group:
 * @items: (element-type TovFollowUp): as tov_store_follow_up () lists them
 * @no_actor: the heading, when grouping by actor, of the lines no actor is
 *   responsible for: agreements a family member keeps, plans to follow up
 *
 * Groups the lines under headings, one per family or per responsible actor,
 * the groups in alphabetical order, the lines in each as in @items. Each
 * heading counts its lines and their overdue ones.
 *
 * Returns: (transfer full) (element-type TovFollowUp): headings and copies of the lines
 */
GPtrArray *
tov_follow_up_group (GPtrArray           *items,
                     TovFollowUpGrouping  grouping,
                     const char          *no_actor)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  GPtrArray *out;

  g_return_val_if_fail (items != NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      TovFollowUp *line = g_ptr_array_index (items, i);
      gboolean by_family = grouping == TOV_FOLLOW_UP_BY_FAMILY;
      const char *id = by_family ? line->family_id : line->actor_id != NULL ? line->actor_id : "";
      const char *name = by_family ? line->family_name : line->actor_id != NULL ? line->who : no_actor;
      Group *group = g_hash_table_lookup (by_key, id);

      if (group == NULL)
        {
          g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);
          g_autofree char *collated = g_utf8_collate_key (folded, -1);

          group = g_new0 (Group, 1);
          group->heading = g_new0 (TovFollowUp, 1);
          group->heading->kind = TOV_FOLLOW_UP_HEADING;
          group->heading->text = g_strdup (name);
          if (by_family)
            group->heading->family_id = g_strdup (line->family_id);
          else
            group->heading->actor_id = g_strdup (line->actor_id);
          /* the lines no actor keeps come last */
          group->key = g_strconcat (*id == '\0' ? "1" : "0", collated, id, NULL);
          group->lines = g_ptr_array_new ();
          g_hash_table_insert (by_key, (gpointer) id, group);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->lines, line);
      group->heading->n_items++;
      if (line->overdue)
        group->heading->n_overdue++;
    }

  g_ptr_array_sort (groups, compare_groups);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_follow_up_free);
  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);

      g_ptr_array_add (out, g_steal_pointer (&group->heading));
      for (guint i = 0; i < group->lines->len; i++)
        g_ptr_array_add (out, copy_line (g_ptr_array_index (group->lines, i)));
    }
  return out;
}
