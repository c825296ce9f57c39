/* tov-plan-document-common.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-plan-document-private.h"

/* TovPlanDocument: what the plan and the minutes share: the context of one
 * build (family, people, actors, translations, anonymiser) and the helpers
 * that fill a text in every print language. */

static const struct {
  const char *value;
  const char *label;
} value_labels[] = {
  { "draft", NC_("plan status", "Draft") },
  { "agreed", NC_("plan status", "Agreed") },
  { "superseded", NC_("plan status", "Replaced by a newer version") },
  { "open", NC_("agreement status", "Open") },
  { "done", NC_("agreement status", "Done") },
  { "not_kept", NC_("agreement status", "Not kept") },
  { "cancelled", NC_("agreement status", "Cancelled") },
  { "short", NC_("horizon", "Short term") },
  { "long", NC_("horizon", "Long term") },
  { "mother", NC_("anonymised", "Mother") },
  { "father", NC_("anonymised", "Father") },
  { "parent", NC_("anonymised", "Parent") },
  { "adult", NC_("anonymised", "Adult") },
  { "grandparent", NC_("anonymised", "Grandparent") },
  { "other", NC_("anonymised", "Family member") },
};

const char *
tov_plan_value_label (const char *value,
                      const char *context)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_labels); i++)
    if (g_str_equal (value_labels[i].value, value))
      return value_labels[i].label;
  return value;
}

void
set_label (TovPlanDocument *self,
           TovDocText      *text,
           const char      *context,
           const char      *msgid)
{
  for (guint s = 0; s < self->n_languages; s++)
    tov_doc_text_set (text, s,
                      context != NULL ? tov_print_catalog_pgettext (self->catalogs[s], context, msgid)
                                      : tov_print_catalog_gettext (self->catalogs[s], msgid),
                      FALSE);
}

void
set_name (TovDocText *text,
          const char *name)
{
  tov_doc_text_set_all (text, name);
}

/* "Label: 21 April 2026" in each language, or just the date without a label */
void
set_date (TovPlanDocument *self,
          TovDocText      *text,
          const char      *context,
          const char      *msgid,
          const char      *iso_date)
{
  for (guint s = 0; s < self->n_languages; s++)
    {
      g_autofree char *date = tov_print_catalog_format_date (self->catalogs[s], iso_date);
      g_autofree char *value = NULL;

      if (msgid == NULL)
        value = g_strdup (date != NULL ? date : "");
      else
        value = g_strdup_printf ("%s: %s",
                                 context != NULL ? tov_print_catalog_pgettext (self->catalogs[s], context, msgid)
                                                 : tov_print_catalog_gettext (self->catalogs[s], msgid),
                                 date != NULL ? date : "");
      tov_doc_text_set (text, s, value, FALSE);
    }
}

void
set_field (TovPlanDocument *self,
           TovPlanContext  *context,
           TovDocText      *text,
           TovRecord       *record,
           const char      *field)
{
  const char *danish = tov_record_get (record, field);
  g_autofree char *source = NULL;

  if (danish == NULL)
    return;
  source = self->anonymise ? tov_anonymiser_apply (context->anonymiser, danish) : g_strdup (danish);
  g_ptr_array_add (context->used_texts, g_strdup (danish));

  for (guint s = 0; s < self->n_languages; s++)
    {
      const char *language = tov_print_catalog_get_language (self->catalogs[s]);
      const char *translated = NULL;

      if (g_str_equal (language, "da"))
        {
          tov_doc_text_set (text, s, source, FALSE);
          continue;
        }
      if (!self->anonymise)
        {
          g_autofree char *key = g_strdup_printf ("%s/%s/%s/%s",
                                                  tov_record_get_table (record)->name,
                                                  tov_record_get_id (record), field, language);
          translated = g_hash_table_lookup (context->translations, key);
        }
      tov_doc_text_set (text, s, translated != NULL ? translated : source, translated == NULL);
    }
}

void
add_heading (TovPlanDocument *self,
             TovDocument     *document,
             const char      *msgid)
{
  set_label (self, &tov_document_add (document, TOV_BLOCK_HEADING)->text, NULL, msgid);
}

void
add_scale (TovPlanDocument *self,
           TovDocument     *document,
           TovPlanContext  *context,
           TovRecord       *item,
           const char      *field,
           int              now,
           int              target)
{
  TovBlock *block = tov_document_add (document, TOV_BLOCK_SCALE);

  set_field (self, context, &block->text, item, field);
  block->scale_now = now;
  block->scale_target = target;
  for (guint s = 0; s < self->n_languages; s++)
    {
      TovPrintCatalog *catalog = self->catalogs[s];
      g_autofree char *n = tov_print_catalog_format_number (catalog, now);
      g_autofree char *t = tov_print_catalog_format_number (catalog, target);
      g_autofree char *caption = NULL;
      const char *horizon = tov_record_get (item, "horizon");

      if (target >= 0)
        /* Translators: on a goal's scale from 0 to 10: where it is now and where the goal is */
        caption = g_strdup_printf (tov_print_catalog_gettext (catalog, N_("Now %s, goal %s")), n, t);
      else
        caption = g_strdup_printf (tov_print_catalog_gettext (catalog, N_("Now %s")), n);
      if (horizon != NULL)
        {
          g_autofree char *with = g_strdup_printf ("%s · %s", caption,
                                                   tov_print_catalog_pgettext (catalog, "horizon",
                                                                               tov_plan_value_label (horizon, "horizon")));
          g_free (caption);
          caption = g_steal_pointer (&with);
        }
      tov_doc_text_set (&block->term, s, caption, FALSE);
    }
}

const char *
person_name (TovPlanContext *context,
             const char     *person_id)
{
  const char *name = person_id != NULL ? g_hash_table_lookup (context->person_names, person_id) : NULL;

  return name != NULL ? name : "";
}

TovRecord *
lookup_actor (TovPlanDocument *self,
              TovPlanContext  *context,
              const char      *actor_id)
{
  TovRecord *actor;

  if (actor_id == NULL)
    return NULL;
  actor = g_hash_table_lookup (context->actors, actor_id);
  if (actor == NULL)
    {
      actor = tov_store_get (self->store, "actors", actor_id, NULL);
      if (actor != NULL)
        g_hash_table_insert (context->actors, g_strdup (actor_id), actor);
    }
  return actor;
}

/* "Name (role, organisation)"; anonymised: "role, organisation" */
char *
actor_name (TovPlanDocument *self,
            TovPlanContext  *context,
            const char      *actor_id)
{
  TovRecord *actor = lookup_actor (self, context, actor_id);
  const char *name, *role, *organisation;
  g_autofree char *what = NULL;

  if (actor == NULL)
    return g_strdup ("");
  name = tov_record_get (actor, "name");
  role = tov_record_get (actor, "role");
  organisation = tov_record_get (actor, "organisation");
  if (role != NULL && organisation != NULL)
    what = g_strdup_printf ("%s, %s", role, organisation);
  else
    what = g_strdup (role != NULL ? role : organisation);

  if (self->anonymise)
    return what != NULL ? tov_anonymiser_apply (context->anonymiser, what) : g_strdup ("–");
  return what != NULL ? g_strdup_printf ("%s (%s)", name, what) : g_strdup (name);
}

static void
anonymise_names (TovPlanDocument *self,
                 TovPlanContext  *context,
                 GPtrArray       *engagements)
{
  TovPrintCatalog *catalog = self->catalogs[0];
  const char *family_name = tov_record_get (context->family, "name");
  guint children = 0;

  for (guint i = 0; i < context->persons->len; i++)
    {
      TovRecord *person = g_ptr_array_index (context->persons, i);
      const char *role = tov_record_get (person, "household_role");
      g_autofree char *label = NULL;

      if (g_strcmp0 (role, "child") == 0)
        label = g_strdup_printf (tov_print_catalog_pgettext (catalog, "anonymised", NC_("anonymised", "Child %d")),
                                 ++children);
      else
        label = g_strdup (tov_print_catalog_pgettext (catalog, "anonymised",
                                                      tov_plan_value_label (role != NULL ? role : "other", "anonymised")));
      g_hash_table_replace (context->person_names, g_strdup (tov_record_get_id (person)), g_strdup (label));
      tov_anonymiser_add (context->anonymiser, tov_record_get (person, "given_name"), label);
    }
  /* family names after given names: "Haddad" alone means the family */
  for (guint i = 0; i < context->persons->len; i++)
    tov_anonymiser_add (context->anonymiser,
                        tov_record_get (g_ptr_array_index (context->persons, i), "family_name"),
                        tov_print_catalog_pgettext (catalog, "anonymised", NC_("anonymised", "the family")));
  if (family_name != NULL)
    tov_anonymiser_add (context->anonymiser, family_name,
                        tov_print_catalog_pgettext (catalog, "anonymised", NC_("anonymised", "The family")));

  for (guint i = 0; engagements != NULL && i < engagements->len; i++)
    {
      TovRecord *actor = lookup_actor (self, context,
                                       tov_record_get (g_ptr_array_index (engagements, i), "actor_id"));
      const char *role = actor != NULL ? tov_record_get (actor, "role") : NULL;

      if (actor != NULL)
        tov_anonymiser_add (context->anonymiser, tov_record_get (actor, "name"),
                            role != NULL ? role
                                         : tov_print_catalog_pgettext (catalog, "anonymised",
                                                                       NC_("anonymised", "a network person")));
    }
}

TovPlanContext *
tov_plan_context_load (TovPlanDocument *self,
                       const char      *family_id,
                       GError         **error)
{
  g_autoptr(TovPlanContext) context = g_new0 (TovPlanContext, 1);
  g_autoptr(GPtrArray) translations = NULL;
  g_autoptr(GPtrArray) engagements = NULL;

  context->person_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  context->translations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  context->anonymiser = tov_anonymiser_new ();
  context->used_texts = g_ptr_array_new_with_free_func (g_free);

  context->family = tov_store_get (self->store, "families", family_id, error);
  if (context->family == NULL)
    return NULL;
  context->persons = tov_store_list (self->store, "persons", "family_id", family_id, error);
  engagements = context->persons != NULL
                  ? tov_store_list (self->store, "engagements", "family_id", family_id, error) : NULL;
  translations = engagements != NULL
                   ? tov_store_list (self->store, "translations", "family_id", family_id, error) : NULL;
  if (translations == NULL)
    return NULL;

  for (guint i = 0; i < translations->len; i++)
    {
      TovRecord *t = g_ptr_array_index (translations, i);

      g_hash_table_replace (context->translations,
                            g_strdup_printf ("%s/%s/%s/%s", tov_record_get (t, "source_table"),
                                             tov_record_get (t, "source_id"), tov_record_get (t, "field"),
                                             tov_record_get (t, "language")),
                            g_strdup (tov_record_get (t, "text")));
    }

  if (self->anonymise)
    anonymise_names (self, context, engagements);
  else
    for (guint i = 0; i < context->persons->len; i++)
      {
        TovRecord *person = g_ptr_array_index (context->persons, i);

        g_hash_table_replace (context->person_names, g_strdup (tov_record_get_id (person)),
                              g_strdup (tov_record_get (person, "given_name")));
      }
  return g_steal_pointer (&context);
}

void
tov_plan_context_free (TovPlanContext *context)
{
  g_clear_object (&context->family);
  g_clear_pointer (&context->persons, g_ptr_array_unref);
  g_clear_pointer (&context->person_names, g_hash_table_unref);
  g_clear_pointer (&context->actors, g_hash_table_unref);
  g_clear_pointer (&context->translations, g_hash_table_unref);
  g_clear_object (&context->anonymiser);
  g_clear_pointer (&context->used_texts, g_ptr_array_unref);
  g_free (context);
}

/* A new document in the print languages with its header and page labels. */
TovDocument *
tov_plan_document_begin (TovPlanDocument *self,
                         TovPlanContext  *context)
{
  const char *languages[TOV_DOCUMENT_MAX_LANGUAGES + 1] = { NULL };
  TovDocument *document;
  g_autofree char *family = NULL;

  for (guint s = 0; s < self->n_languages; s++)
    languages[s] = tov_print_catalog_get_language (self->catalogs[s]);
  document = tov_document_new (languages);
  tov_document_set_date (document, self->today);

  family = self->anonymise ? tov_anonymiser_apply (context->anonymiser, tov_record_get (context->family, "name"))
                           : g_strdup (tov_record_get (context->family, "name"));
  set_name (tov_document_get_header (document), family);
  /* Translators: page numbers at the foot of a printout: "Page 2 of 5" */
  set_label (self, tov_document_get_page_label (document), NULL, N_("Page %s of %s"));
  /* Translators: marks a text printed in Danish because it has no translation yet */
  set_label (self, tov_document_get_untranslated_label (document), NULL, N_("not translated"));
  for (guint s = 0; s < self->n_languages; s++)
    tov_doc_text_set (tov_document_get_digits (document), s,
                      tov_print_catalog_pgettext (self->catalogs[s], "digits", "0123456789"), FALSE);
  return document;
}

/* The glossary appendix of the terms the printed texts use. */
void
tov_plan_document_finish (TovPlanDocument *self,
                          TovPlanContext  *context,
                          TovDocument     *document)
{
  g_autoptr(GPtrArray) terms = NULL;

  if (self->glossary == NULL)
    return;
  g_ptr_array_add (context->used_texts, NULL);
  terms = tov_glossary_find (self->glossary, (const char * const *) context->used_texts->pdata);
  g_ptr_array_remove_index (context->used_texts, context->used_texts->len - 1);
  if (terms->len == 0)
    return;

  tov_document_add (document, TOV_BLOCK_PAGE_BREAK);
  add_heading (self, document, N_("Words explained"));
  for (guint i = 0; i < terms->len; i++)
    {
      const TovGlossaryTerm *term = g_ptr_array_index (terms, i);
      TovBlock *block = tov_document_add (document, TOV_BLOCK_DEFINITION);

      for (guint s = 0; s < self->n_languages; s++)
        {
          const char *language = tov_print_catalog_get_language (self->catalogs[s]);

          tov_doc_text_set (&block->term, s, tov_glossary_term_get_name (term, language), FALSE);
          tov_doc_text_set (&block->text, s, tov_glossary_term_get_explanation (term, language), FALSE);
        }
    }
}


/* Marks around a name or a Danish text put into a line of @slot's language:
 * in a right-to-left line a first-strong isolate keeps it in its own
 * direction, its brackets and full stop where they belong; nothing in a
 * left-to-right line. */
const char *
tov_plan_isolate_start (TovPlanDocument *self,
                        guint            slot)
{
  return tov_print_catalog_is_rtl (self->catalogs[slot]) ? "\xE2\x81\xA8" : "";
}

const char *
tov_plan_isolate_end (TovPlanDocument *self,
                      guint            slot)
{
  return tov_print_catalog_is_rtl (self->catalogs[slot]) ? "\xE2\x81\xA9" : "";
}
