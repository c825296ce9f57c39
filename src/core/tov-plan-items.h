/* tov-plan-items.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-record.h"

G_BEGIN_DECLS

/*
 * Pure rules over the items of one plan version (rows of plan_items, as
 * TovRecords): the order of the sections, what a family may see, one
 * member's part of the plan, and which texts still lack a translation.
 */

typedef enum
{
  TOV_PLAN_SECTION_SITUATION,
  TOV_PLAN_SECTION_RESOURCES,
  TOV_PLAN_SECTION_WORRIES,
  TOV_PLAN_SECTION_WORKS_WELL,
  TOV_PLAN_SECTION_GOALS,
  TOV_PLAN_SECTION_EFFORTS,
  TOV_PLAN_SECTION_AGREEMENTS,
  TOV_PLAN_SECTION_ROLES,
  TOV_PLAN_SECTION_CONTRACT,
  TOV_PLAN_SECTION_FOLLOW_UP,
  TOV_PLAN_N_SECTIONS
} TovPlanSection;

typedef struct
{
  guint n_texts;        /* family-facing texts that want a translation, per language */
  guint n_translated;   /* of those, how many have one in every language asked for */
  guint n_missing;      /* translations missing, counted per text and language */
} TovTranslationCount;

const char *tov_plan_section_get_kind       (TovPlanSection section);
const char *tov_plan_section_get_title      (TovPlanSection section);
const char *tov_plan_section_get_question   (TovPlanSection section);
int         tov_plan_section_for_kind       (const char    *kind);

gboolean    tov_plan_item_is_family_facing  (TovRecord     *item);
GPtrArray  *tov_plan_items_family_facing    (GPtrArray     *items);
GPtrArray  *tov_plan_items_for_member       (GPtrArray     *items,
                                             const char    *person_id);
GPtrArray  *tov_plan_items_in_section       (GPtrArray     *items,
                                             const char    *kind);
int         tov_plan_items_compare          (gconstpointer  a,
                                             gconstpointer  b);

GHashTable *tov_plan_translations_index     (GPtrArray     *translations);
const char *tov_plan_translation_lookup     (GHashTable    *index,
                                             const char    *source_id,
                                             const char    *field,
                                             const char    *language);
gboolean    tov_plan_item_lacks_translation (TovRecord     *item,
                                             GHashTable    *index,
                                             const char * const *languages);
void        tov_plan_count_translations     (GPtrArray     *items,
                                             GHashTable    *index,
                                             const char * const *languages,
                                             TovTranslationCount *count);
char      **tov_plan_translation_languages  (const char    *family_languages);

G_END_DECLS
