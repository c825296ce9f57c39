/* tov-plan-document.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-document.h"
#include "tov-glossary.h"
#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Builds the printable document of a plan version, or of a meeting's
 * minutes, from the store: family-facing items only (internal items never),
 * labels from the printout language's catalogue, texts from the stored
 * translations (the Danish text, marked, where there is none), and the
 * glossary of the terms used. The anonymised variant replaces the family's
 * names and birth dates and the personal names of actors, and uses no
 * translations (names inside a translated text cannot be found reliably).
 */

#define TOV_PLAN_DOCUMENT_ERROR (tov_plan_document_error_quark ())

typedef enum
{
  TOV_PLAN_DOCUMENT_ERROR_NO_PLAN,   /* the family has no plan version */
  TOV_PLAN_DOCUMENT_ERROR_LANGUAGE,  /* not da, ar, en or da+ar */
} TovPlanDocumentError;

#define TOV_TYPE_PLAN_DOCUMENT (tov_plan_document_get_type ())

G_DECLARE_FINAL_TYPE (TovPlanDocument, tov_plan_document, TOV, PLAN_DOCUMENT, GObject)

GQuark           tov_plan_document_error_quark   (void);
TovPlanDocument *tov_plan_document_new           (TovStore        *store);
gboolean         tov_plan_document_set_languages (TovPlanDocument *self,
                                                  const char      *tag,
                                                  GError         **error);
void             tov_plan_document_set_anonymise (TovPlanDocument *self,
                                                  gboolean         anonymise);
void             tov_plan_document_set_glossary  (TovPlanDocument *self,
                                                  TovGlossary     *glossary);
void             tov_plan_document_set_today     (TovPlanDocument *self,
                                                  const char      *iso_date);
TovDocument     *tov_plan_document_build_plan    (TovPlanDocument *self,
                                                  const char      *version_id,
                                                  GError         **error);
TovDocument     *tov_plan_document_build_meeting (TovPlanDocument *self,
                                                  const char      *meeting_id,
                                                  GError         **error);
char            *tov_plan_document_current_version (TovStore      *store,
                                                    const char    *family_id,
                                                    GError       **error);
char            *tov_plan_document_latest_meeting  (TovStore      *store,
                                                    const char    *family_id,
                                                    GError       **error);
const char * const *tov_plan_document_language_tags (void);

G_END_DECLS
