/* tov-plan-items.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-plan-items.h"

static const struct {
  const char *kind;      /* plan_items.kind, or NULL for a section drawn from elsewhere */
  const char *title;
  const char *question;  /* asked of the family, neutral words for the method */
} sections[TOV_PLAN_N_SECTIONS] = {
  { "situation", N_("The family’s situation"), N_("How does the family describe its situation, in its own words?") },
  { "resource", N_("Resources and strengths"), N_("What is the family good at? What does each member bring?") },
  { "worry", N_("What are we worried about?"), N_("What worries the family and the professionals?") },
  { "works_well", N_("What is working well?"), N_("What is already going well?") },
  { "goal", N_("Goals"), N_("What does the family want to achieve, in the short and the long run?") },
  { "effort", N_("Efforts"), N_("What is done, by whom, under which law and plan?") },
  { NULL, N_("Agreements"), N_("Who does what by when?") },
  { NULL, N_("The professionals’ roles"), N_("Who works with the family, and how?") },
  { "contract", N_("Collaboration contract"), N_("What do the family, the coordinator and the team expect of each other?") },
  { NULL, N_("Next follow-up"), N_("When do we look at the plan together again?") },
};

const char *
tov_plan_section_get_kind (TovPlanSection section)
{
  g_return_val_if_fail (section < TOV_PLAN_N_SECTIONS, NULL);
  return sections[section].kind;
}

const char *
tov_plan_section_get_title (TovPlanSection section)
{
  g_return_val_if_fail (section < TOV_PLAN_N_SECTIONS, NULL);
  return _(sections[section].title);
}

const char *
tov_plan_section_get_question (TovPlanSection section)
{
  g_return_val_if_fail (section < TOV_PLAN_N_SECTIONS, NULL);
  return _(sections[section].question);
}

/* Returns: the section of items of @kind, or -1. */
int
tov_plan_section_for_kind (const char *kind)
{
  for (guint i = 0; kind != NULL && i < TOV_PLAN_N_SECTIONS; i++)
    if (g_strcmp0 (sections[i].kind, kind) == 0)
      return i;
  return -1;
}

/**
 * tov_plan_item_is_family_facing:
 *
 * Whether @item may reach the family: on screen in family-present mode, on
 * a printout or an export meant for the family. Internal items never do.
 */
gboolean
tov_plan_item_is_family_facing (TovRecord *item)
{
  g_return_val_if_fail (TOV_IS_RECORD (item), FALSE);

  return !tov_record_get_boolean (item, "internal");
}

static GPtrArray *
filter (GPtrArray  *items,
        gboolean  (*keep) (TovRecord *, gconstpointer),
        gconstpointer data)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < items->len; i++)
    if (keep (g_ptr_array_index (items, i), data))
      g_ptr_array_add (out, g_object_ref (g_ptr_array_index (items, i)));
  return out;
}

static gboolean
keep_family_facing (TovRecord *item, gconstpointer data)
{
  return tov_plan_item_is_family_facing (item);
}

static gboolean
keep_member (TovRecord *item, gconstpointer data)
{
  const char *person = tov_record_get (item, "person_id");
  return data == NULL || person == NULL || g_strcmp0 (person, data) == 0;
}

static gboolean
keep_kind (TovRecord *item, gconstpointer data)
{
  return g_strcmp0 (tov_record_get (item, "kind"), data) == 0;
}

/* Returns: (transfer full): the items the family may see, in order. */
GPtrArray *
tov_plan_items_family_facing (GPtrArray *items)
{
  g_return_val_if_fail (items != NULL, NULL);
  return filter (items, keep_family_facing, NULL);
}

/* Returns: (transfer full): one member's part of the plan: the items for the
 * whole family and those for @person_id; all items when it is %NULL. */
GPtrArray *
tov_plan_items_for_member (GPtrArray  *items,
                           const char *person_id)
{
  g_return_val_if_fail (items != NULL, NULL);
  return filter (items, keep_member, person_id);
}

GPtrArray *
tov_plan_items_in_section (GPtrArray  *items,
                           const char *kind)
{
  g_return_val_if_fail (items != NULL, NULL);
  return filter (items, keep_kind, kind);
}

/* Orders items by section, then position (a GCompareFunc for g_ptr_array_sort). */
int
tov_plan_items_compare (gconstpointer a,
                        gconstpointer b)
{
  TovRecord *x = *(TovRecord **) a;
  TovRecord *y = *(TovRecord **) b;
  int sx = tov_plan_section_for_kind (tov_record_get (x, "kind"));
  int sy = tov_plan_section_for_kind (tov_record_get (y, "kind"));
  gint64 px, py;

  if (sx != sy)
    return sx < sy ? -1 : 1;
  px = tov_record_get_int (x, "position", 0);
  py = tov_record_get_int (y, "position", 0);
  if (px != py)
    return px < py ? -1 : 1;
  return g_strcmp0 (tov_record_get_id (x), tov_record_get_id (y));
}

static char *
index_key (const char *source_id,
           const char *field,
           const char *language)
{
  return g_strconcat (source_id, "\x1f", field, "\x1f", language, NULL);
}

/**
 * tov_plan_translations_index:
 * @translations: (element-type TovRecord): rows of translations
 *
 * Returns: (transfer full): the translations by source, field and language,
 * for tov_plan_translation_lookup().
 */
GHashTable *
tov_plan_translations_index (GPtrArray *translations)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; translations != NULL && i < translations->len; i++)
    {
      TovRecord *t = g_ptr_array_index (translations, i);

      g_hash_table_replace (index,
                            index_key (tov_record_get (t, "source_id"), tov_record_get (t, "field"),
                                       tov_record_get (t, "language")),
                            g_object_ref (t));
    }
  return index;
}

/* Returns: (nullable): the translated text, or %NULL. */
const char *
tov_plan_translation_lookup (GHashTable *index,
                             const char *source_id,
                             const char *field,
                             const char *language)
{
  g_autofree char *key = NULL;
  TovRecord *t;

  g_return_val_if_fail (index != NULL, NULL);
  if (source_id == NULL)
    return NULL;
  key = index_key (source_id, field, language);
  t = g_hash_table_lookup (index, key);
  return t != NULL ? tov_record_get (t, "text") : NULL;
}

static guint
missing_for (TovRecord          *item,
             GHashTable         *index,
             const char * const *languages)
{
  guint missing = 0;

  for (guint l = 0; languages != NULL && languages[l] != NULL; l++)
    {
      const char *text = tov_plan_translation_lookup (index, tov_record_get_id (item), "text", languages[l]);
      if (text == NULL || *text == '\0')
        missing++;
    }
  return missing;
}

/**
 * tov_plan_item_lacks_translation:
 * @languages: the languages the family reads besides Danish
 *
 * Whether a family-facing @item lacks its text in one of @languages.
 * Internal items never need one: the family never sees them.
 */
gboolean
tov_plan_item_lacks_translation (TovRecord          *item,
                                 GHashTable         *index,
                                 const char * const *languages)
{
  g_return_val_if_fail (TOV_IS_RECORD (item), FALSE);

  if (!tov_plan_item_is_family_facing (item))
    return FALSE;
  return missing_for (item, index, languages) > 0;
}

/**
 * tov_plan_count_translations:
 *
 * Counts, over the family-facing @items, the texts, those translated into
 * every one of @languages, and the missing translations.
 */
void
tov_plan_count_translations (GPtrArray           *items,
                             GHashTable          *index,
                             const char * const  *languages,
                             TovTranslationCount *count)
{
  g_return_if_fail (items != NULL);
  g_return_if_fail (count != NULL);

  *count = (TovTranslationCount) { 0 };
  if (languages == NULL || languages[0] == NULL)
    return;
  for (guint i = 0; i < items->len; i++)
    {
      TovRecord *item = g_ptr_array_index (items, i);
      guint missing;

      if (!tov_plan_item_is_family_facing (item))
        continue;
      missing = missing_for (item, index, languages);
      count->n_texts++;
      count->n_missing += missing;
      if (missing == 0)
        count->n_translated++;
    }
}

/**
 * tov_plan_translation_languages:
 * @family_languages: (nullable): the family's languages, "ar da"
 *
 * Returns: (transfer full): the languages a plan is translated into: the
 * family's languages but Danish, the plan's own language.
 */
char **
tov_plan_translation_languages (const char *family_languages)
{
  g_auto(GStrv) all = g_strsplit (family_languages != NULL ? family_languages : "", " ", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; all[i] != NULL; i++)
    {
      gboolean seen = all[i][0] == '\0' || g_str_equal (all[i], "da");

      for (guint j = 0; !seen && j < out->len; j++)
        seen = g_str_equal (g_ptr_array_index (out, j), all[i]);
      if (!seen)
        g_ptr_array_add (out, g_strdup (all[i]));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}
