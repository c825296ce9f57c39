/* test-report-odt.c: the printed report and the evaluators' file in a
 * chosen language
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "odf-test-util.h"
#include "print-test-util.h"
#include "tov-odt-writer.h"
#include "tov-report-csv.h"
#include "tov-report-document.h"
#include "tov-store-report.h"

#define TODAY "2026-06-30"

/*
 * A small report, worked out by hand:
 *   one family, "Zebrafamilien", enrolled 2025-01-01; four adults.
 *   work_status at enrolment (2025-01-05): none, none, none, pension
 *     -> none 3 of 4 = 75 %, pension 1 of 4: "<3"
 *   now (2026-01-05): employed, employed, employed, none
 *     -> employed 3 of 4 = 75 %, none 1: "<3"
 *   the professionals' scalings: 2024-12-20 (before enrolment) 4, 5, 6
 *     -> 5.0 (N 3); 2025-06-01 (first after, not the baseline) 1;
 *     2026-02-01 (latest) 7, 8, 9 -> 8.0 (N 3)
 */
static TovReport *
build_small (void)
{
  TovReportBuilder *builder = tov_report_builder_new (NULL, NULL, TODAY);
  static const char * const before[] = { "none", "none", "none", "pension" };
  static const char * const after[] = { "employed", "employed", "employed", "none" };
  static const struct { const char *date; int value; } scalings[] = {
    { "2024-12-20", 4 }, { "2024-12-20", 5 }, { "2024-12-20", 6 },
    { "2025-06-01", 1 },
    { "2026-02-01", 7 }, { "2026-02-01", 8 }, { "2026-02-01", 9 },
  };
  int family = tov_report_builder_add_family (builder, "f1", "Zebrafamilien", "2025-01-01", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    {
      int person = tov_report_builder_add_person (builder, family);

      tov_report_builder_add_measurement (builder, person, "work_status", "2025-01-05", before[i]);
      tov_report_builder_add_measurement (builder, person, "work_status", "2026-01-05", after[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (scalings); i++)
    tov_report_builder_add_professional_scaling (builder, family, scalings[i].date, scalings[i].value);
  return tov_report_builder_finish (builder);
}

static GBytes *
write_report (const TovReport      *report,
              const TovReportScope *scope,
              const char           *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovDocument) document = tov_report_document_build (report, scope, language, &error);
  g_autoptr(TovOdtWriter) writer = NULL;
  GBytes *bytes;

  g_assert_no_error (error);
  writer = tov_odt_writer_new (document);
  bytes = tov_odt_writer_write (writer, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&writer));
  g_assert_finalize_object (g_steal_pointer (&document));
  return bytes;
}

static void
test_small_numbers (void)
{
  g_autoptr(TovReport) report = build_small ();
  g_autoptr(GBytes) odt = write_report (report, NULL, "en");
  g_autofree char *content = read_part (odt, "content.xml");
  g_autofree char *manifest = read_part (odt, "META-INF/manifest.xml");

  /* the professionals' well-being, by hand */
  g_assert_cmpuint (report->professionals.n_before, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->professionals.mean_before, 5.0, 1e-9);
  g_assert_cmpuint (report->professionals.n_after, ==, 3);
  g_assert_cmpfloat_with_epsilon (report->professionals.mean_after, 8.0, 1e-9);

  g_assert_nonnull (strstr (content, "Results before and after"));
  g_assert_nonnull (strstr (content, "Work and education status"));
  g_assert_nonnull (strstr (content, "75 %"));
  g_assert_nonnull (strstr (content, "&lt;3"));
  g_assert_nonnull (strstr (content, "5.0"));
  g_assert_nonnull (strstr (content, "8.0"));
  g_assert_nonnull (strstr (content, "As the professionals see it"));
  /* a suppressed cell never shows its count: "25 %" would be 1 of 4 */
  g_assert_null (strstr (content, "25 %"));
  /* no family is named */
  g_assert_null (strstr (content, "Zebrafamilien"));
  /* the charts are pictures in the package */
  g_assert_nonnull (strstr (manifest, "Pictures/"));
  g_assert_nonnull (strstr (content, "draw:image"));
}

static void
test_danish (void)
{
  g_autoptr(TovReport) report = build_small ();
  g_autoptr(GBytes) odt = write_report (report, NULL, "da");
  g_autofree char *content = read_part (odt, "content.xml");
  g_autofree char *meta = read_part (odt, "meta.xml");
  g_autoptr(GError) error = NULL;

  /* the labels from the Danish catalogue, whatever the interface's language */
  g_assert_nonnull (strstr (content, "Ved indskrivning"));
  g_assert_null (strstr (content, ">At enrolment<"));
  /* decimals as Danish writes them */
  g_assert_nonnull (strstr (content, "5,0"));
  g_assert_nonnull (strstr (content, "8,0"));
  g_assert_nonnull (strstr (meta, "<dc:language>da</dc:language>"));

  g_assert_null (tov_report_document_build (report, NULL, "ar", &error));
  g_assert_error (error, TOV_REPORT_DOCUMENT_ERROR, TOV_REPORT_DOCUMENT_ERROR_LANGUAGE);
}

static void
test_schema (void)
{
  g_autoptr(TovStore) store = print_test_open_demo ();
  g_autoptr(GError) error = NULL;
  TovReportScope scope = { NULL, NULL, TODAY, NULL, NULL };
  g_autoptr(TovReport) report = tov_store_report (store, &scope, NULL, &error);
  xmlRelaxNGPtr odf = load_schema ("OpenDocument-v1.3-schema.rng");
  xmlRelaxNGPtr manifest = load_schema ("OpenDocument-v1.3-manifest-schema.rng");
  static const char * const parts[] = { "content.xml", "styles.xml", "meta.xml" };

  g_assert_no_error (error);
  for (guint l = 0; tov_report_document_languages ()[l] != NULL; l++)
    {
      const char *language = tov_report_document_languages ()[l];
      g_autoptr(GBytes) odt = write_report (report, &scope, language);
      g_autofree char *text = read_part (odt, "META-INF/manifest.xml");

      assert_valid (manifest, text, "META-INF/manifest.xml");
      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        {
          g_autofree char *part = read_part (odt, parts[p]);
          g_autofree char *what = g_strdup_printf ("report %s (%s)", parts[p], language);

          assert_valid (odf, part, what);
        }
    }
  xmlRelaxNGFree (odf);
  xmlRelaxNGFree (manifest);
}

/* The demo report names nobody: no family, no member, no birth date. */
static void
test_demo_no_names (void)
{
  g_autoptr(TovStore) store = print_test_open_demo ();
  g_autoptr(GPtrArray) family_ids = print_test_family_ids (store);
  g_autoptr(GError) error = NULL;
  TovReportScope scope = { NULL, NULL, TODAY, NULL, NULL };
  g_autoptr(TovReport) report = tov_store_report (store, &scope, NULL, &error);
  g_autoptr(GBytes) odt = NULL;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *all = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_families, >, 0);
  odt = write_report (report, &scope, "da");
  content = read_part (odt, "content.xml");
  styles = read_part (odt, "styles.xml");
  meta = read_part (odt, "meta.xml");
  all = g_strconcat (content, styles, meta, NULL);
  for (guint f = 0; f < family_ids->len; f++)
    {
      g_autoptr(GPtrArray) identifying = print_test_identifying (store, g_ptr_array_index (family_ids, f));

      for (guint i = 0; i < identifying->len; i++)
        if (strstr (all, g_ptr_array_index (identifying, i)) != NULL)
          g_error ("“%s” is in the report", (char *) g_ptr_array_index (identifying, i));
    }
  /* a chart per measured dimension */
  g_assert_nonnull (strstr (content, "draw:image"));
}

/* A group of families: the heading counts them and names none. */
static void
test_group (void)
{
  g_autoptr(TovStore) store = print_test_open_demo ();
  g_autoptr(GPtrArray) family_ids = print_test_family_ids (store);
  const char *two[] = { g_ptr_array_index (family_ids, 0), g_ptr_array_index (family_ids, 1), NULL };
  TovReportScope scope = { NULL, NULL, TODAY, NULL, two };
  g_autoptr(GError) error = NULL;
  g_autoptr(TovReport) report = tov_store_report (store, &scope, NULL, &error);
  g_autoptr(GBytes) odt = NULL;
  g_autofree char *content = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (report->n_families, <=, 2);
  odt = write_report (report, &scope, "en");
  content = read_part (odt, "content.xml");
  g_assert_nonnull (strstr (content, "Families: 2 chosen"));
}

/* The evaluators' file in Danish: labels translated, codes and column names not. */
static void
test_csv_danish (void)
{
  g_autoptr(TovStore) store = print_test_open_demo ();
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  TovReportScope scope = { NULL, NULL, TODAY, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) danish = tov_report_csv_export (store, &scope, tov_report_document_translate, da, &error);
  g_autoptr(GBytes) english = tov_report_csv_export (store, &scope, NULL, NULL, &error);
  g_autofree char *d = g_strndup (g_bytes_get_data (danish, NULL), g_bytes_get_size (danish));
  g_autofree char *e = g_strndup (g_bytes_get_data (english, NULL), g_bytes_get_size (english));
  g_auto(GStrv) d_lines = NULL;
  g_auto(GStrv) e_lines = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (d, "family,person,household_role,"));
  g_assert_nonnull (strstr (d, ",wants_work,Ønsker et selvforsørgende liv med job,"));
  g_assert_nonnull (strstr (e, ",wants_work,Wants a self-supporting life with a job,"));
  g_assert_null (strstr (d, "Wants a self-supporting life with a job"));
  /* the same rows, only the labels differ */
  d_lines = g_strsplit (d, "\r\n", -1);
  e_lines = g_strsplit (e, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (d_lines), ==, g_strv_length (e_lines));
  g_assert_cmpuint (g_strv_length (d_lines), >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tov/report-odt/small-numbers", test_small_numbers);
  g_test_add_func ("/tov/report-odt/danish", test_danish);
  g_test_add_func ("/tov/report-odt/schema", test_schema);
  g_test_add_func ("/tov/report-odt/demo-no-names", test_demo_no_names);
  g_test_add_func ("/tov/report-odt/group", test_group);
  g_test_add_func ("/tov/report-odt/csv-danish", test_csv_danish);

  return g_test_run ();
}
