/* tov-store-plan.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-store-plan.h"
#include "tov-store-private.h"

/*
 * A plan is a draft until it is agreed with the family; agreeing freezes
 * that version (status "agreed", the earlier agreed one "superseded") and
 * copies it into a new draft, in one transaction. The store refuses every
 * write to the items of a frozen version, to their translations and to the
 * frozen version itself (tov_store_plan_check_write (), called from the
 * write path): earlier versions are part of the case record.
 *
 * Import (tov_store_save ()) is not checked: it writes agreed versions as
 * they were written elsewhere.
 */

static gboolean
refuse (GError     **error,
        const char **column,
        const char  *name,
        const char  *message)
{
  if (column != NULL)
    *column = name;
  g_set_error_literal (error, TOV_STORE_ERROR, TOV_STORE_ERROR_CONSTRAINT, message);
  return FALSE;
}

/* The status of a version; NULL status when there is no such version. */
static gboolean
query_text (TovStore    *self,
            const char  *sql,
            const char  *id,
            char       **out,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *out = NULL;
  if (id == NULL)
    return TRUE;
  stmt = tov_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    *out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  tov_store_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tov_store_set_sql_error (self, error);
  return TRUE;
}

static const char version_status_sql[] = "SELECT status FROM plan_versions WHERE id = ?1";
static const char item_version_sql[] = "SELECT version_id FROM plan_items WHERE id = ?1";
static const char translation_source_sql[] =
  "SELECT source_id FROM translations WHERE id = ?1 AND source_table = 'plan_items'";

static gboolean
version_frozen (TovStore    *self,
                const char  *version_id,
                const char **column,
                const char  *name,
                GError     **error)
{
  g_autofree char *status = NULL;

  if (!query_text (self, version_status_sql, version_id, &status, error))
    return FALSE;
  if (status != NULL && !g_str_equal (status, "draft"))
    return refuse (error, column, name,
                   _("This version of the plan has been agreed with the family and can no longer "
                     "be changed; make the change in the current draft."));
  return TRUE;
}

static gboolean
item_frozen (TovStore    *self,
             const char  *item_id,
             const char **column,
             const char  *name,
             GError     **error)
{
  g_autofree char *version = NULL;

  if (!query_text (self, item_version_sql, item_id, &version, error))
    return FALSE;
  return version_frozen (self, version, column, name, error);
}

/**
 * tov_store_plan_check_write:
 * @record: (nullable): the row to be written, %NULL for a delete
 * @id: (nullable): the id of the row written over or deleted
 *
 * Refuses a write that would change a frozen plan version: its items, their
 * translations, the version's own fields. The one change allowed is an
 * agreed version becoming superseded when a newer one is agreed.
 */
gboolean
tov_store_plan_check_write (TovStore    *self,
                            const char  *table,
                            TovRecord   *record,
                            const char  *id,
                            const char **column,
                            GError     **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  if (g_str_equal (table, "plan_items"))
    {
      if (record != NULL && !version_frozen (self, tov_record_get (record, "version_id"), column,
                                             "version_id", error))
        return FALSE;
      return item_frozen (self, id, column, "text", error);
    }

  if (g_str_equal (table, "translations"))
    {
      g_autofree char *source = NULL;

      if (record != NULL && g_strcmp0 (tov_record_get (record, "source_table"), "plan_items") == 0 &&
          !item_frozen (self, tov_record_get (record, "source_id"), column, "text", error))
        return FALSE;
      if (!query_text (self, translation_source_sql, id, &source, error))
        return FALSE;
      return item_frozen (self, source, column, "text", error);
    }

  if (g_str_equal (table, "plan_versions") && id != NULL)
    {
      g_autoptr(TovRecord) stored = NULL;
      const TovTableInfo *info;
      gboolean exists = FALSE;

      info = tov_model_lookup_table ("plan_versions");
      if (!tov_store_row_exists (self, info, id, &exists, error))
        return FALSE;
      if (!exists)
        return TRUE;
      stored = tov_store_get (self, "plan_versions", id, error);
      if (stored == NULL)
        return FALSE;
      if (g_str_equal (tov_record_get (stored, "status"), "draft"))
        return TRUE;
      if (record != NULL && g_str_equal (tov_record_get (stored, "status"), "agreed") &&
          g_strcmp0 (tov_record_get (record, "status"), "superseded") == 0)
        {
          gboolean same = TRUE;

          for (guint c = 0; same && c < info->n_columns; c++)
            if (!g_str_equal (info->columns[c].name, "status"))
              same = g_strcmp0 (tov_record_get (stored, info->columns[c].name),
                                tov_record_get (record, info->columns[c].name)) == 0;
          if (same)
            return TRUE;
        }
      return refuse (error, column, "status",
                     _("This version of the plan has been agreed with the family and can no longer "
                       "be changed; make the change in the current draft."));
    }
  return TRUE;
}

/* Returns: (transfer full) (nullable): the family's plan, or %NULL with no error. */
static TovRecord *
family_plan (TovStore   *self,
             const char *family_id,
             GError    **error)
{
  g_autoptr(GPtrArray) plans = tov_store_list (self, "plans", "family_id", family_id, error);

  if (plans == NULL || plans->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (plans, 0));
}

GPtrArray *
tov_store_plan_list_versions (TovStore   *self,
                              const char *family_id,
                              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TovRecord) plan = NULL;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);

  plan = family_plan (self, family_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (plan == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return tov_store_list (self, "plan_versions", "plan_id", tov_record_get_id (plan), error);
}

GPtrArray *
tov_store_plan_list_items (TovStore   *self,
                           const char *version_id,
                           GError    **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  return tov_store_list (self, "plan_items", "version_id", version_id, error);
}

GPtrArray *
tov_store_plan_list_translations (TovStore   *self,
                                  const char *family_id,
                                  GError    **error)
{
  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  return tov_store_list (self, "translations", "family_id", family_id, error);
}

gboolean
tov_store_plan_is_frozen (TovStore   *self,
                          const char *version_id,
                          gboolean   *frozen,
                          GError    **error)
{
  g_autofree char *status = NULL;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);

  if (!query_text (self, version_status_sql, version_id, &status, error))
    return FALSE;
  *frozen = status != NULL && !g_str_equal (status, "draft");
  return TRUE;
}

/* Copies @from's items and their translations into the version @to. */
static gboolean
copy_items (TovStore   *self,
            const char *from,
            const char *to,
            GError    **error)
{
  g_autoptr(GPtrArray) items = tov_store_list (self, "plan_items", "version_id", from, error);

  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);
      g_autoptr(TovRecord) copy = tov_record_copy (item);
      g_autoptr(GPtrArray) translations = NULL;
      g_autofree char *lineage = g_strdup (tov_record_get (item, "lineage") != NULL
                                           ? tov_record_get (item, "lineage")
                                           : tov_record_get_id (item));

      tov_record_set_id (copy, NULL);
      tov_record_set (copy, "created_at", NULL);
      tov_record_set (copy, "updated_at", NULL);
      tov_record_set (copy, "version_id", to);
      tov_record_set (copy, "lineage", lineage);
      if (!tov_store_insert (self, copy, NULL, error))
        return FALSE;

      translations = tov_store_list (self, "translations", "source_id", tov_record_get_id (item), error);
      if (translations == NULL)
        return FALSE;
      for (guint t = 0; t < translations->len; t++)
        {
          g_autoptr(TovRecord) tr = tov_record_copy (g_ptr_array_index (translations, t));

          tov_record_set_id (tr, NULL);
          tov_record_set (tr, "created_at", NULL);
          tov_record_set (tr, "updated_at", NULL);
          tov_record_set (tr, "source_id", tov_record_get_id (copy));
          if (!tov_store_insert (self, tr, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static TovRecord *
new_draft (TovStore   *self,
           const char *plan_id,
           TovRecord  *from,
           GError    **error)
{
  g_autoptr(TovRecord) draft = tov_record_new ("plan_versions");
  g_autofree char *today = tov_date_today ();
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             from != NULL ? tov_record_get_int (from, "number", 0) + 1 : 1);

  tov_record_set (draft, "plan_id", plan_id);
  tov_record_set (draft, "number", number);
  tov_record_set (draft, "status", "draft");
  tov_record_set (draft, "drafted_on", today);
  if (from != NULL)
    tov_record_set (draft, "next_follow_up", tov_record_get (from, "next_follow_up"));
  if (!tov_store_insert (self, draft, NULL, error))
    return NULL;
  if (from != NULL && !copy_items (self, tov_record_get_id (from), tov_record_get_id (draft), error))
    return NULL;
  return g_steal_pointer (&draft);
}

/**
 * tov_store_plan_get_draft:
 *
 * Returns: (transfer full): the family's current draft, made when there is
 * none: the first version of a new plan, or a copy of the last agreed one.
 */
TovRecord *
tov_store_plan_get_draft (TovStore   *self,
                          const char *family_id,
                          GError    **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(TovRecord) plan = NULL;
  g_autoptr(TovRecord) draft = NULL;
  GError *local_error = NULL;
  TovRecord *last = NULL;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (family_id != NULL, NULL);

  versions = tov_store_plan_list_versions (self, family_id, error);
  if (versions == NULL)
    return NULL;
  for (guint i = 0; i < versions->len; i++)
    {
      TovRecord *v = g_ptr_array_index (versions, i);

      if (g_str_equal (tov_record_get (v, "status"), "draft"))
        return g_object_ref (v);
      last = v;
    }

  if (!tov_store_begin (self, error))
    return NULL;
  plan = family_plan (self, family_id, &local_error);
  if (plan == NULL && local_error == NULL)
    {
      plan = tov_record_new ("plans");
      tov_record_set (plan, "family_id", family_id);
      if (!tov_store_insert (self, plan, NULL, &local_error))
        g_clear_object (&plan);
    }
  if (plan != NULL)
    draft = new_draft (self, tov_record_get_id (plan), last, &local_error);
  if (draft == NULL || !tov_store_commit (self, &local_error))
    {
      tov_store_rollback (self);
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&draft);
}

/**
 * tov_store_plan_agree:
 * @version: the draft, with agreed_on, present, accepted_by and interpreter
 *   set as agreed with the family
 * @interpreter_log: (nullable): an interpreter_logs row for the agreement;
 *   its family and version are filled in
 *
 * Freezes @version as agreed (the version agreed before it becomes
 * superseded) and copies it into a new draft, in one transaction.
 *
 * Returns: (transfer full): the new draft's id, or %NULL with @error and
 * @column set; nothing is written then.
 */
char *
tov_store_plan_agree (TovStore    *self,
                      TovRecord   *version,
                      TovRecord   *interpreter_log,
                      const char **column,
                      GError     **error)
{
  g_autoptr(TovRecord) stored = NULL;
  g_autoptr(TovRecord) agreed = NULL;
  g_autoptr(TovRecord) plan = NULL;
  g_autoptr(TovRecord) draft = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  GError *local_error = NULL;
  const char *dummy = NULL;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);
  g_return_val_if_fail (TOV_IS_RECORD (version), NULL);

  if (column == NULL)
    column = &dummy;
  *column = NULL;
  stored = tov_store_get (self, "plan_versions", tov_record_get_id (version), error);
  if (stored == NULL)
    return NULL;
  if (!g_str_equal (tov_record_get (stored, "status"), "draft"))
    {
      refuse (error, column, "status", _("This version of the plan has already been agreed."));
      return NULL;
    }
  if (tov_record_get (version, "agreed_on") == NULL)
    {
      refuse (error, column, "agreed_on", _("Enter the date the plan was agreed with the family."));
      return NULL;
    }
  if (tov_record_get (version, "accepted_by") == NULL)
    {
      refuse (error, column, "accepted_by", _("Enter who of the family accepted the plan."));
      return NULL;
    }

  agreed = tov_record_copy (version);
  tov_record_set (agreed, "status", "agreed");
  tov_record_set (agreed, "plan_id", tov_record_get (stored, "plan_id"));
  tov_record_set (agreed, "number", tov_record_get (stored, "number"));

  if (!tov_store_begin (self, error))
    return NULL;

  versions = tov_store_list (self, "plan_versions", "plan_id", tov_record_get (stored, "plan_id"), &local_error);
  for (guint i = 0; versions != NULL && i < versions->len && local_error == NULL; i++)
    {
      TovRecord *v = g_ptr_array_index (versions, i);

      if (g_str_equal (tov_record_get (v, "status"), "agreed"))
        {
          tov_record_set (v, "status", "superseded");
          tov_store_update (self, v, NULL, &local_error);
        }
    }
  if (local_error == NULL)
    tov_store_update (self, agreed, column, &local_error);
  if (local_error == NULL && interpreter_log != NULL)
    {
      plan = tov_store_get (self, "plans", tov_record_get (stored, "plan_id"), &local_error);
      if (plan != NULL)
        {
          tov_record_set (interpreter_log, "family_id", tov_record_get (plan, "family_id"));
          tov_record_set (interpreter_log, "version_id", tov_record_get_id (agreed));
          tov_record_set (interpreter_log, "meeting_id", NULL);
          tov_store_insert (self, interpreter_log, column, &local_error);
        }
    }
  if (local_error == NULL)
    draft = new_draft (self, tov_record_get (stored, "plan_id"), agreed, &local_error);
  if (local_error == NULL)
    tov_store_commit (self, &local_error);
  if (local_error != NULL)
    {
      tov_store_rollback (self);
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_strdup (tov_record_get_id (draft));
}

/**
 * tov_store_plan_open_agreements:
 * @meeting_id: (nullable): leave out the agreements made at this meeting
 *
 * Returns: (transfer full): the family's open agreements, for review at
 * the next meeting, earliest due first.
 */
GPtrArray *
tov_store_plan_open_agreements (TovStore   *self,
                                const char *family_id,
                                const char *meeting_id,
                                GError    **error)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *open;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  all = tov_store_list (self, "agreements", "family_id", family_id, error);
  if (all == NULL)
    return NULL;
  open = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      TovRecord *a = g_ptr_array_index (all, i);

      if (g_str_equal (tov_record_get (a, "status"), "open") &&
          (meeting_id == NULL || g_strcmp0 (tov_record_get (a, "meeting_id"), meeting_id) != 0))
        g_ptr_array_add (open, g_object_ref (a));
    }
  return open;
}

/**
 * tov_store_plan_review_agreement:
 * @status: "done", "not_kept", "cancelled", or "open" to keep it open
 * @due_on: (nullable): the new date when kept open
 * @note: (nullable): the follow-up note
 */
gboolean
tov_store_plan_review_agreement (TovStore    *self,
                                 const char  *agreement_id,
                                 const char  *status,
                                 const char  *due_on,
                                 const char  *note,
                                 const char **column,
                                 GError     **error)
{
  g_autoptr(TovRecord) agreement = NULL;

  g_return_val_if_fail (TOV_IS_STORE (self), FALSE);

  agreement = tov_store_get (self, "agreements", agreement_id, error);
  if (agreement == NULL)
    return FALSE;
  tov_record_set (agreement, "status", status);
  if (g_strcmp0 (status, "open") == 0 && due_on != NULL)
    tov_record_set (agreement, "due_on", due_on);
  if (note != NULL)
    tov_record_set (agreement, "follow_up", note);
  return tov_store_update (self, agreement, column, error);
}

/**
 * tov_store_plan_decide:
 *
 * A decision taken at a meeting becomes an agreement in the family's current
 * plan draft, linked to the meeting. Who is an actor or a family member.
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set.
 */
TovRecord *
tov_store_plan_decide (TovStore    *self,
                       const char  *meeting_id,
                       const char  *what,
                       const char  *actor_id,
                       const char  *person_id,
                       const char  *due_on,
                       const char **column,
                       GError     **error)
{
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(TovRecord) draft = NULL;
  g_autoptr(TovRecord) agreement = NULL;
  const char *family;

  g_return_val_if_fail (TOV_IS_STORE (self), NULL);

  meeting = tov_store_get (self, "meetings", meeting_id, error);
  if (meeting == NULL)
    return NULL;
  family = tov_record_get (meeting, "family_id");
  draft = tov_store_plan_get_draft (self, family, error);
  if (draft == NULL)
    return NULL;
  agreement = tov_record_new ("agreements");
  tov_record_set (agreement, "family_id", family);
  tov_record_set (agreement, "what", what);
  tov_record_set (agreement, "actor_id", actor_id);
  tov_record_set (agreement, "person_id", person_id);
  tov_record_set (agreement, "due_on", due_on);
  tov_record_set (agreement, "status", "open");
  tov_record_set (agreement, "version_id", tov_record_get_id (draft));
  tov_record_set (agreement, "meeting_id", meeting_id);
  if (!tov_store_insert (self, agreement, column, error))
    return NULL;
  return g_steal_pointer (&agreement);
}
