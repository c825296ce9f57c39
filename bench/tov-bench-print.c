/* tov-bench-print.c: ODT and PDF export time for the largest demo plan and
 * a 500-item plan, beside LibreOffice's ODT -> PDF conversion of the same.
 *
 *   tovholder-bench-print [--only da|da+ar] [--pdf|--odt] [--no-libreoffice] [DEMO.xml]
 *
 * The options narrow the run for a profiler (perf record, valgrind --tool=callgrind).
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "tov-odt-writer.h"
#include "tov-pdf-renderer.h"
#include "tov-plan-document.h"
#include "tov-xml-reader.h"

#define RUNS 9

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static GBytes *
export (TovStore   *store,
        TovGlossary *glossary,
        const char *version_id,
        const char *languages,
        gboolean    pdf)
{
  g_autoptr(TovPlanDocument) builder = tov_plan_document_new (store);
  g_autoptr(TovDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  tov_plan_document_set_languages (builder, languages, NULL);
  tov_plan_document_set_glossary (builder, glossary);
  document = tov_plan_document_build_plan (builder, version_id, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  if (pdf)
    {
      g_autoptr(TovPdfRenderer) renderer = tov_pdf_renderer_new (document);
      bytes = tov_pdf_renderer_render_pdf (renderer, &error);
    }
  else
    {
      g_autoptr(TovOdtWriter) writer = tov_odt_writer_new (document);
      bytes = tov_odt_writer_write (writer, &error);
    }
  if (bytes == NULL)
    g_error ("%s", error->message);
  return bytes;
}

static void
measure (TovStore    *store,
         TovGlossary *glossary,
         const char  *what,
         const char  *version_id,
         const char  *languages,
         gboolean     pdf,
         const char  *keep)
{
  double times[RUNS];
  gsize size = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = export (store, glossary, version_id, languages, pdf);

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      size = g_bytes_get_size (bytes);
      if (keep != NULL && i == 0)
        g_file_set_contents (keep, g_bytes_get_data (bytes, NULL), size, NULL);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("%-34s %-6s %-3s  median %7.1f ms  min %7.1f ms  %6zu KiB\n", what, languages, pdf ? "pdf" : "odt",
           times[RUNS / 2], times[0], size / 1024);
}

static char *
make_big_plan (TovStore *store,
               guint     n_items)
{
  g_autoptr(TovRecord) family = tov_record_new ("families");
  g_autoptr(TovRecord) plan = tov_record_new ("plans");
  g_autoptr(TovRecord) version = tov_record_new ("plan_versions");
  static const char * const kinds[] = { "situation", "resource", "worry", "works_well", "goal", "effort" };
  GError *error = NULL;

  tov_record_set (family, "name", "Familien Benchmark");
  tov_record_set (family, "status", "active");
  tov_store_begin (store, &error);
  g_assert_true (tov_store_insert (store, family, NULL, &error));
  tov_record_set (plan, "family_id", tov_record_get_id (family));
  g_assert_true (tov_store_insert (store, plan, NULL, &error));
  tov_record_set (version, "plan_id", tov_record_get_id (plan));
  tov_record_set (version, "number", "1");
  tov_record_set (version, "status", "draft");
  g_assert_true (tov_store_insert (store, version, NULL, &error));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TovRecord) item = tov_record_new ("plan_items");
      const char *kind = kinds[i % G_N_ELEMENTS (kinds)];
      g_autofree char *text = g_strdup_printf ("Punkt %u: familien og tovholderen aftaler, hvad der skal ske med praktik, "
                                               "sprogcenter og skolen, og hvem der følger op.", i);

      tov_record_set (item, "version_id", tov_record_get_id (version));
      tov_record_set (item, "kind", kind);
      tov_record_set (item, "text", text);
      tov_record_set_int (item, "position", i);
      if (g_str_equal (kind, "goal"))
        {
          tov_record_set_int (item, "scale_now", i % 11);
          tov_record_set_int (item, "scale_target", 10);
        }
      if (!tov_store_insert (store, item, NULL, &error))
        g_error ("%s", error->message);
    }
  g_assert_true (tov_store_commit (store, &error));
  return g_strdup (tov_record_get_id (version));
}

static void
libreoffice_to_pdf (const char *odt)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_dir_make_tmp ("tov-bench-XXXXXX", NULL);
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  const char *argv[] = { soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, odt, NULL };

  if (soffice == NULL)
    {
      g_print ("LibreOffice: not installed\n");
      return;
    }
  /* the first run creates the profile; time the second */
  for (guint run = 0; run < 2; run++)
    {
      gint64 start = g_get_monotonic_time ();

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, NULL, NULL);
      if (run == 1)
        g_print ("%-34s %-6s %-3s  %7.1f ms (one soffice --headless --convert-to pdf, warm profile)\n",
                 "LibreOffice ODT -> PDF", "", "", (g_get_monotonic_time () - start) / 1000.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *demo = SOURCE_DATADIR "/demo/demo.xml";
  const char *only = NULL;
  gboolean do_pdf = TRUE, do_odt = TRUE, libreoffice = TRUE;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (":memory:", &error);
  g_autoptr(TovXmlReader) reader = tov_xml_reader_new (store);
  g_autoptr(TovGlossary) glossary = tov_glossary_new_default ();
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *largest = NULL;
  g_autofree char *big = NULL;
  g_autofree char *odt_path = g_build_filename (g_get_tmp_dir (), "tov-bench-print-largest.odt", NULL);
  g_autofree char *big_path = g_build_filename (g_get_tmp_dir (), "tov-bench-print-500.odt", NULL);
  guint most = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--only") && i + 1 < argc)
        only = argv[++i];
      else if (g_str_equal (argv[i], "--pdf"))
        do_odt = FALSE;
      else if (g_str_equal (argv[i], "--odt"))
        do_pdf = FALSE;
      else if (g_str_equal (argv[i], "--no-libreoffice"))
        libreoffice = FALSE;
      else
        demo = argv[i];
    }
  file = g_file_new_for_path (demo);
  if (!tov_xml_reader_import_file (reader, file, NULL, &error))
    g_error ("%s", error->message);

  versions = tov_store_list (store, "plan_versions", NULL, NULL, NULL);
  for (guint i = 0; i < versions->len; i++)
    {
      const char *id = tov_record_get_id (g_ptr_array_index (versions, i));
      g_autoptr(GPtrArray) items = tov_store_list (store, "plan_items", "version_id", id, NULL);

      if (items->len > most)
        {
          most = items->len;
          g_free (largest);
          largest = g_strdup (id);
        }
    }
  big = make_big_plan (store, 500);

  g_print ("median and fastest of %d runs each; sizes of the output\n", RUNS);
  for (guint l = 0; l < 2; l++)
    {
      const char *languages = l == 0 ? "da" : "da+ar";
      g_autofree char *what = g_strdup_printf ("largest demo plan (%u items)", most);

      if (only != NULL && !g_str_equal (only, languages))
        continue;
      if (do_odt)
        measure (store, glossary, what, largest, languages, FALSE, l == 0 ? odt_path : NULL);
      if (do_pdf)
        measure (store, glossary, what, largest, languages, TRUE, NULL);
      if (do_odt)
        measure (store, glossary, "500-item plan", big, languages, FALSE, l == 0 ? big_path : NULL);
      if (do_pdf)
        measure (store, glossary, "500-item plan", big, languages, TRUE, NULL);
    }
  if (libreoffice && do_odt && (only == NULL || g_str_equal (only, "da")))
    {
      libreoffice_to_pdf (odt_path);
      libreoffice_to_pdf (big_path);
    }
  return 0;
}
