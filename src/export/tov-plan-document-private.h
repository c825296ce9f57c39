/* tov-plan-document-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-anonymiser.h"
#include "tov-plan-document.h"
#include "tov-print-catalog.h"

G_BEGIN_DECLS

/* what one build reads once: the family, its people, actors, translations */
typedef struct
{
  TovRecord     *family;
  GPtrArray     *persons;       /* TovRecord */
  GHashTable    *person_names;  /* id -> display name (anonymised when asked) */
  GHashTable    *actors;        /* id -> TovRecord */
  GHashTable    *translations;  /* "table/id/field/lang" -> text */
  TovAnonymiser *anonymiser;
  GPtrArray     *used_texts;    /* the Danish texts printed, for the glossary */
} TovPlanContext;

struct _TovPlanDocument
{
  GObject          parent_instance;

  TovStore        *store;
  TovGlossary     *glossary;
  TovPrintCatalog *catalogs[TOV_DOCUMENT_MAX_LANGUAGES];
  guint            n_languages;
  gboolean         anonymise;
  char            *today;
};

TovPlanContext *tov_plan_context_load   (TovPlanDocument *self,
                                         const char      *family_id,
                                         GError         **error);
void            tov_plan_context_free   (TovPlanContext  *context);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovPlanContext, tov_plan_context_free)

TovDocument    *tov_plan_document_begin (TovPlanDocument *self,
                                         TovPlanContext  *context);
void            tov_plan_document_finish (TovPlanDocument *self,
                                          TovPlanContext  *context,
                                          TovDocument     *document);
const char     *tov_plan_isolate_start  (TovPlanDocument *self,
                                         guint            slot);
const char     *tov_plan_isolate_end    (TovPlanDocument *self,
                                         guint            slot);
void            set_label               (TovPlanDocument *self,
                                         TovDocText      *text,
                                         const char      *context,
                                         const char      *msgid);
void            set_field               (TovPlanDocument *self,
                                         TovPlanContext  *context,
                                         TovDocText      *text,
                                         TovRecord       *record,
                                         const char      *field);
void            set_date                (TovPlanDocument *self,
                                         TovDocText      *text,
                                         const char      *context,
                                         const char      *msgid,
                                         const char      *iso_date);
void            set_name                (TovDocText      *text,
                                         const char      *name);
void            add_heading             (TovPlanDocument *self,
                                         TovDocument     *document,
                                         const char      *msgid);
void            add_scale               (TovPlanDocument *self,
                                         TovDocument     *document,
                                         TovPlanContext  *context,
                                         TovRecord       *item,
                                         const char      *field,
                                         int              now,
                                         int              target);
const char     *person_name             (TovPlanContext  *context,
                                         const char      *person_id);
TovRecord      *lookup_actor            (TovPlanDocument *self,
                                         TovPlanContext  *context,
                                         const char      *actor_id);
char           *actor_name              (TovPlanDocument *self,
                                         TovPlanContext  *context,
                                         const char      *actor_id);

const char     *tov_plan_value_label    (const char      *value,
                                         const char      *context);
void            tov_plan_add_agreements (TovPlanDocument *self,
                                         TovDocument     *document,
                                         TovPlanContext  *context,
                                         const char      *column,
                                         const char      *value);

G_END_DECLS
