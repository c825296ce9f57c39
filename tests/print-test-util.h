/* print-test-util.h: what test-odt and test-pdf share: the demo data and
 * the strings that must never reach a printout.
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-glossary.h"
#include "tov-plan-document.h"
#include "tov-print-catalog.h"
#include "tov-store.h"
#include "tov-xml-reader.h"

static const char * const print_languages[] = { "da", "ar", "en", "da+ar", NULL };

G_GNUC_UNUSED static TovStore *
print_test_open_demo (void)
{
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");
  g_autofree char *path = g_build_filename (datadir != NULL ? datadir : SOURCE_DATADIR, "demo", "demo.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (":memory:", &error);
  g_autoptr(TovXmlReader) reader = NULL;

  g_assert_no_error (error);
  reader = tov_xml_reader_new (store);
  if (!tov_xml_reader_import_file (reader, file, NULL, &error))
    g_error ("%s", error->message);
  return g_steal_pointer (&store);
}

G_GNUC_UNUSED static GPtrArray *
print_test_family_ids (TovStore *store)
{
  g_autoptr(GPtrArray) families = tov_store_list (store, "families", NULL, NULL, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < families->len; i++)
    g_ptr_array_add (ids, g_strdup (tov_record_get_id (g_ptr_array_index (families, i))));
  return ids;
}

/* the family's plan (or NULL: it has none yet) in @languages */
G_GNUC_UNUSED static TovDocument *
print_test_build (TovStore   *store,
                  const char *family_id,
                  const char *languages,
                  gboolean    anonymise)
{
  g_autoptr(TovPlanDocument) builder = tov_plan_document_new (store);
  g_autoptr(TovGlossary) glossary = tov_glossary_new_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *version = tov_plan_document_current_version (store, family_id, &error);
  TovDocument *document;

  if (version == NULL)
    {
      g_assert_error (error, TOV_PLAN_DOCUMENT_ERROR, TOV_PLAN_DOCUMENT_ERROR_NO_PLAN);
      return NULL;
    }
  g_assert_true (tov_plan_document_set_languages (builder, languages, &error));
  tov_plan_document_set_anonymise (builder, anonymise);
  tov_plan_document_set_glossary (builder, glossary);
  document = tov_plan_document_build_plan (builder, version, &error);
  g_assert_no_error (error);
  return document;
}

/* the texts of the family's internal plan items, and their translations */
G_GNUC_UNUSED static GPtrArray *
print_test_internal_texts (TovStore   *store,
                           const char *family_id)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) plans = tov_store_list (store, "plans", "family_id", family_id, NULL);
  g_autoptr(GPtrArray) translations = tov_store_list (store, "translations", "family_id", family_id, NULL);

  for (guint p = 0; p < plans->len; p++)
    {
      g_autoptr(GPtrArray) versions = tov_store_list (store, "plan_versions", "plan_id",
                                                      tov_record_get_id (g_ptr_array_index (plans, p)), NULL);
      for (guint v = 0; v < versions->len; v++)
        {
          g_autoptr(GPtrArray) items = tov_store_list (store, "plan_items", "version_id",
                                                       tov_record_get_id (g_ptr_array_index (versions, v)), NULL);
          for (guint i = 0; i < items->len; i++)
            {
              TovRecord *item = g_ptr_array_index (items, i);

              if (!tov_record_get_boolean (item, "internal"))
                continue;
              g_ptr_array_add (texts, g_strdup (tov_record_get (item, "text")));
              for (guint t = 0; t < translations->len; t++)
                if (g_str_equal (tov_record_get (g_ptr_array_index (translations, t), "source_id"),
                                 tov_record_get_id (item)))
                  g_ptr_array_add (texts, g_strdup (tov_record_get (g_ptr_array_index (translations, t), "text")));
            }
        }
    }
  return texts;
}

/* what identifies the family: names and birth dates, as stored and as printed */
G_GNUC_UNUSED static GPtrArray *
print_test_identifying (TovStore   *store,
                        const char *family_id)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) persons = tov_store_list (store, "persons", "family_id", family_id, NULL);
  g_autoptr(TovRecord) family = tov_store_get (store, "families", family_id, NULL);
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");

  g_ptr_array_add (texts, g_strdup (tov_record_get (family, "name")));
  for (guint i = 0; i < persons->len; i++)
    {
      TovRecord *person = g_ptr_array_index (persons, i);
      const char *birth = tov_record_get (person, "birth_date");

      g_ptr_array_add (texts, g_strdup (tov_record_get (person, "given_name")));
      if (tov_record_get (person, "family_name") != NULL)
        g_ptr_array_add (texts, g_strdup (tov_record_get (person, "family_name")));
      if (birth != NULL)
        {
          g_ptr_array_add (texts, g_strdup (birth));
          g_ptr_array_add (texts, tov_print_catalog_format_date (da, birth));
        }
    }
  return texts;
}

/* a text of @family_id's current plan with an Arabic translation */
G_GNUC_UNUSED static char *
print_test_arabic_text (TovStore   *store,
                        const char *family_id)
{
  g_autofree char *version = tov_plan_document_current_version (store, family_id, NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) translations = tov_store_list (store, "translations", "family_id", family_id, NULL);

  if (version == NULL)
    return NULL;
  items = tov_store_list (store, "plan_items", "version_id", version, NULL);
  for (guint i = 0; i < items->len; i++)
    for (guint t = 0; t < translations->len; t++)
      {
        TovRecord *translation = g_ptr_array_index (translations, t);
        TovRecord *item = g_ptr_array_index (items, i);

        if (!tov_record_get_boolean (item, "internal") &&
            g_str_equal (tov_record_get (translation, "source_id"), tov_record_get_id (item)) &&
            g_str_equal (tov_record_get (translation, "language"), "ar"))
          return g_strdup (tov_record_get (translation, "text"));
      }
  return NULL;
}

/* drops white space and bidi controls: pdftotext puts both into Arabic */
G_GNUC_UNUSED static char *
print_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
          (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
