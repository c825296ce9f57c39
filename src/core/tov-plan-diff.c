/* tov-plan-diff.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-plan-diff.h"
#include "tov-plan-items.h"

/*
 * Compares two versions of a plan item by item. Agreeing a plan copies its
 * items into the new draft, each copy keeping a lineage (the id of the item
 * it was first written as), so an item is matched across versions by
 * lineage; items without one (imported from elsewhere) are matched by
 * section and identical text. What is left over was added or removed.
 */

/* the columns a reader of the plan sees; position alone is no change */
static const char * const compared[] = {
  "kind", "person_id", "text", "horizon", "theme", "scale_now", "scale_target", "actor_id",
  "legal_basis", "statutory_plan", "statutory_ref", "internal", NULL
};

void
tov_plan_change_free (TovPlanChange *change)
{
  if (change == NULL)
    return;
  g_clear_object (&change->old_item);
  g_clear_object (&change->new_item);
  g_strfreev (change->columns);
  g_free (change);
}

/* Returns: (transfer full): the key that identifies @item across versions. */
char *
tov_plan_item_lineage (TovRecord *item)
{
  const char *lineage = tov_record_get (item, "lineage");

  g_return_val_if_fail (TOV_IS_RECORD (item), NULL);
  return g_strdup (lineage != NULL ? lineage : tov_record_get_id (item));
}

static char *
text_key (TovRecord *item)
{
  return g_strconcat (tov_record_get (item, "kind"), "\x1f",
                      tov_record_get (item, "text") ? tov_record_get (item, "text") : "", NULL);
}

static TovPlanChange *
change_new (TovPlanChangeKind kind,
            TovRecord        *old_item,
            TovRecord        *new_item)
{
  TovPlanChange *change = g_new0 (TovPlanChange, 1);

  change->kind = kind;
  change->old_item = old_item != NULL ? g_object_ref (old_item) : NULL;
  change->new_item = new_item != NULL ? g_object_ref (new_item) : NULL;
  if (old_item != NULL && new_item != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; compared[i] != NULL; i++)
        if (g_strcmp0 (tov_record_get (old_item, compared[i]), tov_record_get (new_item, compared[i])) != 0 &&
            !(g_str_equal (compared[i], "internal") &&
              tov_record_get_boolean (old_item, "internal") == tov_record_get_boolean (new_item, "internal")))
          g_strv_builder_add (builder, compared[i]);
      change->columns = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
      change->kind = change->columns[0] != NULL ? TOV_PLAN_CHANGE_CHANGED : TOV_PLAN_CHANGE_SAME;
    }
  return change;
}

/**
 * tov_plan_diff:
 * @old_items: (element-type TovRecord): the earlier version's items
 * @new_items: (element-type TovRecord): the later version's items
 *
 * Returns: (transfer full) (element-type TovPlanChange): one change per
 * item of either version, in the later version's order (sections, then
 * position), each removed item after the items of its section.
 */
GPtrArray *
tov_plan_diff (GPtrArray *old_items,
               GPtrArray *new_items)
{
  g_autoptr(GHashTable) by_lineage = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);      /* old -> new */
  g_autoptr(GHashTable) matched_new = g_hash_table_new (NULL, NULL);  /* new -> old */
  g_autoptr(GPtrArray) sorted_new = g_ptr_array_new ();
  g_autoptr(GPtrArray) sorted_old = g_ptr_array_new ();
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tov_plan_change_free);
  guint o = 0;

  g_return_val_if_fail (old_items != NULL && new_items != NULL, changes);

  g_ptr_array_extend (sorted_new, new_items, NULL, NULL);
  g_ptr_array_extend (sorted_old, old_items, NULL, NULL);
  g_ptr_array_sort (sorted_new, tov_plan_items_compare);
  g_ptr_array_sort (sorted_old, tov_plan_items_compare);
  for (guint i = 0; i < sorted_old->len; i++)
    {
      TovRecord *item = g_ptr_array_index (sorted_old, i);
      char *key = text_key (item);

      g_hash_table_insert (by_lineage, tov_plan_item_lineage (item), item);
      if (!g_hash_table_contains (by_text, key))
        g_hash_table_insert (by_text, key, item);
      else
        g_free (key);
    }

  /* pass 1: match by lineage, then by text */
  for (guint i = 0; i < sorted_new->len; i++)
    {
      TovRecord *item = g_ptr_array_index (sorted_new, i);
      g_autofree char *lineage = tov_plan_item_lineage (item);
      g_autofree char *key = text_key (item);
      TovRecord *old = g_hash_table_lookup (by_lineage, lineage);

      if (old == NULL || g_hash_table_contains (matched, old))
        old = g_hash_table_lookup (by_text, key);
      if (old != NULL && g_hash_table_contains (matched, old))
        old = NULL;
      if (old != NULL)
        {
          g_hash_table_insert (matched, old, item);
          g_hash_table_insert (matched_new, item, old);
        }
    }

  /* pass 2: walk the new order, putting each section's removed items after it */
  for (guint i = 0; i <= sorted_new->len; i++)
    {
      TovRecord *item = i < sorted_new->len ? g_ptr_array_index (sorted_new, i) : NULL;
      int section = item != NULL ? tov_plan_section_for_kind (tov_record_get (item, "kind")) : G_MAXINT;

      for (; o < sorted_old->len; o++)
        {
          TovRecord *old = g_ptr_array_index (sorted_old, o);

          if (tov_plan_section_for_kind (tov_record_get (old, "kind")) >= section)
            break;
          if (!g_hash_table_contains (matched, old))
            g_ptr_array_add (changes, change_new (TOV_PLAN_CHANGE_REMOVED, old, NULL));
        }
      if (item == NULL)
        break;
      g_ptr_array_add (changes, change_new (TOV_PLAN_CHANGE_ADDED,
                                            g_hash_table_lookup (matched_new, item), item));
    }
  return changes;
}

void
tov_plan_diff_count (GPtrArray *changes,
                     guint     *added,
                     guint     *removed,
                     guint     *changed)
{
  guint a = 0, r = 0, c = 0;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      TovPlanChange *change = g_ptr_array_index (changes, i);

      a += change->kind == TOV_PLAN_CHANGE_ADDED;
      r += change->kind == TOV_PLAN_CHANGE_REMOVED;
      c += change->kind == TOV_PLAN_CHANGE_CHANGED;
    }
  if (added != NULL)
    *added = a;
  if (removed != NULL)
    *removed = r;
  if (changed != NULL)
    *changed = c;
}
