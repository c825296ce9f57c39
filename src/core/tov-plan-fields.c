/* tov-plan-fields.c: goal and effort fields as people read them
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-model.h"
#include "tov-plan-fields.h"

static const struct {
  const char *column;
  const char *value;
  const char *label;
} labels[] = {
  { "horizon", "short", NC_("goal horizon", "Short term") },
  { "horizon", "long", NC_("goal horizon", "Long term") },
  { "theme", "work_education", NC_("goal theme", "Work or education") },
  { "theme", "danish_language", NC_("goal theme", "Danish language") },
  { "theme", "school", NC_("goal theme", "School") },
  { "theme", "leisure", NC_("goal theme", "Leisure") },
  { "theme", "parenting", NC_("goal theme", "Parenting") },
  { "theme", "health", NC_("goal theme", "Health") },
  { "theme", "housing_economy", NC_("goal theme", "Housing and economy") },
  { "theme", "friendships", NC_("goal theme", "Friendships") },
  { "theme", "safety", NC_("goal theme", "Safety") },
  { "theme", "other", NC_("goal theme", "Other") },
  { "statutory_plan", "jobplan", NC_("statutory plan", "Job plan") },
  { "statutory_plan", "integration_contract", NC_("statutory plan", "Integration contract") },
  { "statutory_plan", "child_assessment", NC_("statutory plan", "Child assessment (§ 50)") },
  { "statutory_plan", "action_plan", NC_("statutory plan", "Action plan") },
  { "statutory_plan", "pupil_plan", NC_("statutory plan", "Pupil plan") },
  { "statutory_plan", "resource_profile", NC_("statutory plan", "Resource profile") },
  { "statutory_plan", "other", NC_("statutory plan", "Other") },
};

static const char *
context_for (const char *column)
{
  if (g_str_equal (column, "horizon"))
    return "goal horizon";
  if (g_str_equal (column, "theme"))
    return "goal theme";
  return "statutory plan";
}

/* Returns: (nullable): the allowed values of "horizon", "theme" or "statutory_plan". */
const char * const *
tov_plan_field_values (const char *column)
{
  g_return_val_if_fail (column != NULL, NULL);

  if (g_str_equal (column, "horizon"))
    return tov_horizons;
  if (g_str_equal (column, "theme"))
    return tov_themes;
  if (g_str_equal (column, "statutory_plan"))
    return tov_statutory_plans;
  return NULL;
}

/* Returns: (nullable): the translated label of @value, or @value itself when unknown. */
const char *
tov_plan_field_label (const char *column,
                      const char *value)
{
  g_return_val_if_fail (column != NULL, NULL);

  if (value == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].column, column) && g_str_equal (labels[i].value, value))
      return g_dpgettext2 (GETTEXT_PACKAGE, context_for (column), labels[i].label);
  return value;
}

/**
 * tov_plan_item_summary:
 * @actor_name: (nullable): the name of an effort's responsible actor
 *
 * Returns: (transfer full) (nullable): the fields of a goal ("Short term ·
 * Health · 3 → 8") or an effort ("Jobcenter · LAB § 32 · Job plan 1234"),
 * %NULL when none is set.
 */
char *
tov_plan_item_summary (TovRecord  *item,
                       const char *actor_name)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *kind;

  g_return_val_if_fail (TOV_IS_RECORD (item), NULL);

  kind = tov_record_get (item, "kind");
  if (g_strcmp0 (kind, "goal") == 0)
    {
      gint64 now = tov_record_get_int (item, "scale_now", -1);
      gint64 target = tov_record_get_int (item, "scale_target", -1);

      if (tov_record_get (item, "horizon") != NULL)
        g_ptr_array_add (parts, g_strdup (tov_plan_field_label ("horizon", tov_record_get (item, "horizon"))));
      if (tov_record_get (item, "theme") != NULL)
        g_ptr_array_add (parts, g_strdup (tov_plan_field_label ("theme", tov_record_get (item, "theme"))));
      if (now >= 0 && target >= 0)
        /* Translators: a goal's scale, where it is now and where the family wants it, 0-10 */
        g_ptr_array_add (parts, g_strdup_printf (_("%d → %d"), (int) now, (int) target));
      else if (target >= 0)
        /* Translators: a goal's target on the 0-10 scale */
        g_ptr_array_add (parts, g_strdup_printf (_("target %d"), (int) target));
    }
  else if (g_strcmp0 (kind, "effort") == 0)
    {
      const char *plan = tov_record_get (item, "statutory_plan");
      const char *ref = tov_record_get (item, "statutory_ref");

      if (actor_name != NULL)
        g_ptr_array_add (parts, g_strdup (actor_name));
      if (tov_record_get (item, "legal_basis") != NULL)
        g_ptr_array_add (parts, g_strdup (tov_record_get (item, "legal_basis")));
      if (plan != NULL && ref != NULL)
        /* Translators: a statutory plan and its reference, "Job plan 2025-117" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s %s"), tov_plan_field_label ("statutory_plan", plan), ref));
      else if (plan != NULL || ref != NULL)
        g_ptr_array_add (parts, g_strdup (plan != NULL ? tov_plan_field_label ("statutory_plan", plan) : ref));
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
