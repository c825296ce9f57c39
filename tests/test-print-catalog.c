/* test-print-catalog.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "tov-glossary.h"
#include "tov-print-catalog.h"

/* Printout labels come from the chosen language's catalogue whatever the
 * user interface's language: main() sets LANGUAGE=da and binds the Danish
 * UI catalogue before any test runs. */

static void
test_independent_of_ui (void)
{
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  g_autoptr(TovPrintCatalog) en = tov_print_catalog_new ("en");

  /* the UI says Danish ... */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "da");
  g_assert_true (tov_print_catalog_has_messages (ar));
  /* ... the printout catalogues answer in their own language */
  g_assert_cmpstr (tov_print_catalog_gettext (da, "Agreed with the family"), ==, "Aftalt med familien");
  g_assert_cmpstr (tov_print_catalog_gettext (ar, "Agreed with the family"), ==, "تاريخ الاتفاق مع الأسرة");
  g_assert_cmpstr (tov_print_catalog_gettext (en, "Agreed with the family"), ==, "Agreed with the family");
  /* asking again gives the same: nothing is cached by a global switch */
  g_assert_cmpstr (tov_print_catalog_gettext (da, "Agreed with the family"), ==, "Aftalt med familien");
  g_assert_true (tov_print_catalog_is_rtl (ar));
  g_assert_false (tov_print_catalog_is_rtl (da));
}

static void
test_fallback_english (void)
{
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(TovPrintCatalog) none = tov_print_catalog_new ("xx");

  g_assert_cmpstr (tov_print_catalog_gettext (ar, "A message no catalogue has"), ==, "A message no catalogue has");
  g_assert_false (tov_print_catalog_has_messages (none));
  g_assert_cmpstr (tov_print_catalog_gettext (none, "Agreed with the family"), ==, "Agreed with the family");
  g_assert_cmpstr (tov_print_catalog_get_month (none, G_DATE_MARCH), ==, "March");
}

/* plural forms from the catalogue of the printout's language: two in
 * Danish, six in Arabic, English when a catalogue has none */
static void
test_plurals (void)
{
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  g_autoptr(TovPrintCatalog) en = tov_print_catalog_new ("en");
  const char *one = "%u professional in direct contact", *many = "%u professionals in direct contact";

  g_assert_cmpstr (tov_print_catalog_ngettext (da, one, many, 1), ==, "%u professionel i direkte kontakt");
  g_assert_cmpstr (tov_print_catalog_ngettext (da, one, many, 0), ==, "%u professionelle i direkte kontakt");
  g_assert_cmpstr (tov_print_catalog_ngettext (da, one, many, 7), ==, "%u professionelle i direkte kontakt");
  g_assert_cmpstr (tov_print_catalog_ngettext (ar, one, many, 1), ==, "مهني واحد على تواصل مباشر");
  g_assert_cmpstr (tov_print_catalog_ngettext (ar, one, many, 2), ==, "مهنيان على تواصل مباشر");
  g_assert_cmpstr (tov_print_catalog_ngettext (ar, one, many, 7), ==, "%u مهنيين على تواصل مباشر");
  g_assert_cmpstr (tov_print_catalog_ngettext (ar, one, many, 13), ==, "%u مهنيًا على تواصل مباشر");
  g_assert_cmpstr (tov_print_catalog_ngettext (en, one, many, 1), ==, one);
  g_assert_cmpstr (tov_print_catalog_ngettext (en, one, many, 3), ==, many);
  g_assert_cmpstr (tov_print_catalog_ngettext (da, "no such message", "no such messages", 3), ==, "no such messages");
}

static void
test_months_and_weekdays (void)
{
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(TovPrintCatalog) en = tov_print_catalog_new ("en");

  g_assert_cmpstr (tov_print_catalog_get_month (en, G_DATE_NOVEMBER), ==, "November");
  g_assert_cmpstr (tov_print_catalog_get_month (da, G_DATE_NOVEMBER), ==, "november");
  g_assert_cmpstr (tov_print_catalog_get_weekday (da, G_DATE_MONDAY), ==, "mandag");
  g_assert_cmpstr (tov_print_catalog_get_month (ar, G_DATE_NOVEMBER), ==, "نوفمبر");
}

static void
test_dates_and_numbers (void)
{
  g_autoptr(TovPrintCatalog) en = tov_print_catalog_new ("en");
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autofree char *english = tov_print_catalog_format_date (en, "2026-04-21");
  g_autofree char *danish = tov_print_catalog_format_date (da, "2026-04-21");
  g_autofree char *arabic = tov_print_catalog_format_date (ar, "2026-04-21");
  g_autofree char *number = tov_print_catalog_format_number (ar, 2026);

  g_assert_cmpstr (english, ==, "21 April 2026");
  g_assert_nonnull (strstr (danish, "april"));
  g_assert_nonnull (strstr (danish, "2026"));
  g_assert_nonnull (strstr (arabic, "أبريل"));
  g_assert_cmpstr (number, ==, tov_print_catalog_pgettext (ar, "digits", "0123456789")[0] == '0' ? "2026" : "٢٠٢٦");
  g_assert_null (tov_print_catalog_format_date (en, "2026-02-30"));
  g_assert_null (tov_print_catalog_format_date (en, NULL));
}

static void
test_not_a_catalogue (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "broken.mo", NULL);
  g_autoptr(GError) error = NULL;
  /* the right magic number, then tables pointing past the end */
  static const guint8 broken[] = { 0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 5, 0, 0, 0, 0xff, 0xff, 0, 0,
                                   0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

  g_assert_true (g_file_set_contents (path, (const char *) broken, sizeof broken, NULL));
  g_assert_null (tov_print_catalog_new_from_file ("da", path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));
  g_assert_null (tov_print_catalog_new_from_file ("da", path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
}

static void
test_glossary (void)
{
  g_autoptr(TovGlossary) glossary = tov_glossary_new_default ();
  const char *texts[] = { "Virksomhedspraktik 10 timer om ugen.", "Møde med SSP-konsulenten.",
                          "Han kom ind i huset.", NULL };
  g_autoptr(GPtrArray) found = tov_glossary_find (glossary, texts);
  g_autoptr(GError) error = NULL;
  g_autofree char *staff = NULL;

  g_assert_cmpuint (tov_glossary_get_n_terms (glossary), >=, 20);
  /* praktik and SSP, and not UU inside "huset" */
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (tov_glossary_term_get_id (g_ptr_array_index (found, 0)), ==, "praktik");
  g_assert_cmpstr (tov_glossary_term_get_id (g_ptr_array_index (found, 1)), ==, "ssp");
  g_assert_cmpstr (tov_glossary_term_get_explanation (g_ptr_array_index (found, 0), "xx"), ==,
                   tov_glossary_term_get_explanation (g_ptr_array_index (found, 0), "da"));

  /* a staff file adds terms and replaces one by id; a DTD is refused */
  staff = g_strdup ("<glossary xmlns='https://tovholder.dk/ns/glossary/1'>"
                    "<term id='praktik'><match>virksomhedspraktik</match><name lang='da'>Praktik (ny)</name></term>"
                    "<term id='boligstoette'><match>boligstøtte</match><name lang='da'>Boligstøtte</name></term>"
                    "</glossary>");
  g_assert_true (tov_glossary_load_data (glossary, staff, strlen (staff), "staff.xml", &error));
  g_assert_no_error (error);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = tov_glossary_find (glossary, texts);
  g_assert_cmpstr (tov_glossary_term_get_name (g_ptr_array_index (found, 0), "ar"), ==, "Praktik (ny)");
  g_assert_false (tov_glossary_load_data (glossary, "<!DOCTYPE g [<!ENTITY x 'y'>]><glossary/>", 42, "evil.xml", &error));
  g_assert_error (error, TOV_GLOSSARY_ERROR, TOV_GLOSSARY_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("TOV_LOCALEDIR");

  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/print-catalog/independent-of-ui", test_independent_of_ui);
  g_test_add_func ("/tov/print-catalog/fallback-english", test_fallback_english);
  g_test_add_func ("/tov/print-catalog/plurals", test_plurals);
  g_test_add_func ("/tov/print-catalog/months-and-weekdays", test_months_and_weekdays);
  g_test_add_func ("/tov/print-catalog/dates-and-numbers", test_dates_and_numbers);
  g_test_add_func ("/tov/print-catalog/not-a-catalogue", test_not_a_catalogue);
  g_test_add_func ("/tov/print-catalog/glossary", test_glossary);

  return g_test_run ();
}
