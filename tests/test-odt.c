/* test-odt.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gsf/gsf.h>
#include <libxml/relaxng.h>

#include "odf-test-util.h"
#include "print-test-util.h"
#include "tov-odt-writer.h"

static TovStore *store;
static GPtrArray *family_ids;

static GBytes *
write_odt (const char *family_id,
           const char *languages,
           gboolean    anonymise)
{
  g_autoptr(TovDocument) document = print_test_build (store, family_id, languages, anonymise);
  g_autoptr(TovOdtWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if (document == NULL)
    return NULL;
  writer = tov_odt_writer_new (document);
  bytes = tov_odt_writer_write (writer, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&writer));
  g_assert_finalize_object (g_steal_pointer (&document));
  return bytes;
}

static void
test_package (void)
{
  g_autoptr(GBytes) odt = write_odt (g_ptr_array_index (family_ids, 1), "da+ar", FALSE);
  gsize size;
  const guint8 *data = g_bytes_get_data (odt, &size);
  g_autofree char *manifest = read_part (odt, "META-INF/manifest.xml");
  g_autoptr(GsfInput) input = gsf_input_memory_new (data, size, FALSE);
  g_autoptr(GsfInfile) zip = gsf_infile_zip_new (input, NULL);
  guint pictures = 0;

  /* local header of the first entry: "mimetype", stored, no extra field,
   * no data descriptor, and the media type as its data */
  g_assert_cmpuint (size, >, 100);
  g_assert_cmpmem (data, 4, "PK\003\004", 4);
  g_assert_cmpuint (data[6] | data[7] << 8, ==, 0);      /* flags: no trailing size record */
  g_assert_cmpuint (data[8] | data[9] << 8, ==, 0);      /* method: stored */
  g_assert_cmpuint (data[26] | data[27] << 8, ==, 8);    /* name length */
  g_assert_cmpuint (data[28] | data[29] << 8, ==, 0);    /* extra field length */
  g_assert_cmpmem (data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (data + 38, 39, "application/vnd.oasis.opendocument.text", 39);

  /* every file of the package is in the manifest */
  g_assert_nonnull (manifest);
  for (int i = 0; i < gsf_infile_num_children (zip); i++)
    {
      const char *name = gsf_infile_name_by_index (zip, i);
      g_autoptr(GsfInput) child = gsf_infile_child_by_index (zip, i);

      if (g_str_equal (name, "mimetype") || g_str_equal (name, "META-INF"))
        continue;
      if (gsf_infile_num_children (GSF_INFILE (child)) > 0 && g_str_equal (name, "Pictures"))
        for (int j = 0; j < gsf_infile_num_children (GSF_INFILE (child)); j++)
          {
            g_autofree char *entry = g_strdup_printf ("\"Pictures/%s\"",
                                                      gsf_infile_name_by_index (GSF_INFILE (child), j));
            g_assert_nonnull (strstr (manifest, entry));
            pictures++;
          }
      else
        {
          g_autofree char *entry = g_strdup_printf ("\"%s\"", name);
          g_assert_nonnull (strstr (manifest, entry));
        }
    }
  g_assert_cmpuint (pictures, >, 0);   /* the scales are drawn */
}

static void
test_schema (void)
{
  xmlRelaxNGPtr odf = load_schema ("OpenDocument-v1.3-schema.rng");
  xmlRelaxNGPtr manifest = load_schema ("OpenDocument-v1.3-manifest-schema.rng");
  static const char * const parts[] = { "content.xml", "styles.xml", "meta.xml" };

  /* one family that has everything, every language, and the anonymised variant */
  for (guint v = 0; v < G_N_ELEMENTS (print_languages); v++)
    {
      const char *languages = print_languages[v] != NULL ? print_languages[v] : "da+ar";
      g_autoptr(GBytes) odt = write_odt (g_ptr_array_index (family_ids, 1), languages, print_languages[v] == NULL);
      g_autofree char *text = read_part (odt, "META-INF/manifest.xml");

      assert_valid (manifest, text, "META-INF/manifest.xml");
      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        {
          g_autofree char *part = read_part (odt, parts[p]);
          g_autofree char *what = g_strdup_printf ("%s (%s)", parts[p], languages);

          assert_valid (odf, part, what);
        }
    }
  xmlRelaxNGFree (odf);
  xmlRelaxNGFree (manifest);
}

static void
test_meta (void)
{
  g_autoptr(GBytes) odt = write_odt (g_ptr_array_index (family_ids, 1), "ar", FALSE);
  g_autofree char *meta = read_part (odt, "meta.xml");

  g_assert_nonnull (strstr (meta, "<dc:language>ar</dc:language>"));
  g_assert_nonnull (strstr (meta, "<dc:title>"));
  g_assert_nonnull (strstr (meta, "<dc:date>"));
}

static void
test_direction (void)
{
  g_autoptr(GBytes) arabic = write_odt (g_ptr_array_index (family_ids, 1), "ar", FALSE);
  g_autoptr(GBytes) both = write_odt (g_ptr_array_index (family_ids, 1), "da+ar", FALSE);
  g_autofree char *styles = read_part (arabic, "styles.xml");
  g_autofree char *content = read_part (arabic, "content.xml");
  g_autofree char *both_content = read_part (both, "content.xml");

  /* right to left as LibreOffice saves it: rl-tb with text-align end, complex-script font and language */
  g_assert_nonnull (strstr (styles, "style:name=\"Standard_RTL\""));
  g_assert_nonnull (strstr (styles, "fo:text-align=\"end\" style:writing-mode=\"rl-tb\""));
  g_assert_null (strstr (styles, "fo:text-align=\"start\" style:writing-mode=\"rl-tb\""));
  g_assert_nonnull (strstr (styles, "style:font-name-complex=\"Noto Naskh Arabic\""));
  g_assert_nonnull (strstr (styles, "style:language-complex=\"ar\""));
  g_assert_nonnull (strstr (content, "text:style-name=\"Standard_RTL\""));
  /* a bilingual table keeps its columns left to right, Danish first */
  g_assert_nonnull (strstr (both_content, "style:name=\"BilingualTable\""));
  g_assert_nonnull (strstr (both_content, "style:writing-mode=\"lr-tb\""));
  g_assert_nonnull (strstr (both_content, "text:style-name=\"Standard\""));
  g_assert_nonnull (strstr (both_content, "text:style-name=\"Standard_RTL\""));
  /* page numbers in Arabic-Indic digits, as LibreOffice names that numbering */
  g_assert_nonnull (strstr (styles, "style:num-format=\"\xD9\xA1, \xD9\xA2, \xD9\xA3, ...\""));
  g_assert_null (strstr (both_content, "style:num-format"));
  /* the Arabic scales are drawn right to left, with Arabic-Indic digits */
  g_assert_nonnull (strstr (content, "-rl-digits.png\""));
  g_assert_null (strstr (content, "-lr-digits.png\""));
}

static void
test_internal_and_anonymised (void)
{
  for (guint f = 0; f < family_ids->len; f++)
    {
      const char *family_id = g_ptr_array_index (family_ids, f);
      g_autoptr(GPtrArray) internal = print_test_internal_texts (store, family_id);
      g_autoptr(GPtrArray) identifying = print_test_identifying (store, family_id);

      for (guint v = 0; v <= 4; v++)
        {
          gboolean anonymise = v == 4;
          g_autoptr(GBytes) odt = write_odt (family_id, anonymise ? "da" : print_languages[v], anonymise);
          g_autofree char *content = NULL;
          g_autofree char *styles = NULL;
          g_autofree char *meta = NULL;
          g_autofree char *all = NULL;

          if (odt == NULL)
            continue;
          content = read_part (odt, "content.xml");
          styles = read_part (odt, "styles.xml");
          meta = read_part (odt, "meta.xml");
          all = g_strconcat (content, styles, meta, NULL);
          g_assert_nonnull (strstr (content, "office:text"));
          for (guint i = 0; i < internal->len; i++)
            g_assert_null (strstr (all, g_ptr_array_index (internal, i)));
          for (guint i = 0; anonymise && i < identifying->len; i++)
            if (strstr (all, g_ptr_array_index (identifying, i)) != NULL)
              g_error ("“%s” is in the anonymised plan", (char *) g_ptr_array_index (identifying, i));
        }
    }
}

static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *profile = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) envp = NULL;
  int status;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice, Debian package libreoffice-writer-nogui) is not installed");
      return;
    }

  dir = g_dir_make_tmp ("tov-odt-XXXXXX", &error);
  g_assert_no_error (error);
  profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", dir);
  g_ptr_array_add (argv, g_strdup (soffice));
  g_ptr_array_add (argv, g_strdup (profile));
  g_ptr_array_add (argv, g_strdup ("--headless"));
  g_ptr_array_add (argv, g_strdup ("--convert-to"));
  /* UTF-8 explicitly: the default text filter loses Arabic under LANG=C */
  g_ptr_array_add (argv, g_strdup ("txt:Text (encoded):UTF8"));
  g_ptr_array_add (argv, g_strdup ("--outdir"));
  g_ptr_array_add (argv, g_build_filename (dir, "out", NULL));

  /* every demo family's plan in every language, converted in one run */
  for (guint f = 0; f < family_ids->len; f++)
    for (guint v = 0; print_languages[v] != NULL; v++)
      {
        g_autoptr(GBytes) odt = write_odt (g_ptr_array_index (family_ids, f), print_languages[v], FALSE);
        g_autofree char *name = NULL;
        g_autofree char *path = NULL;

        if (odt == NULL)
          continue;
        name = g_strdup_printf ("family%u-%s", f, print_languages[v]);
        path = g_strdup_printf ("%s/%s.odt", dir, name);
        g_assert_true (g_file_set_contents (path, g_bytes_get_data (odt, NULL), g_bytes_get_size (odt), NULL));
        g_ptr_array_add (argv, g_steal_pointer (&path));
        g_ptr_array_add (expected, g_steal_pointer (&name));
      }
  g_ptr_array_add (argv, NULL);

  /* LibreOffice runs without the test's malloc and GLib debugging */
  envp = g_get_environ ();
  envp = g_environ_unsetenv (envp, "G_DEBUG");
  envp = g_environ_unsetenv (envp, "MALLOC_CHECK_");
  envp = g_environ_unsetenv (envp, "MALLOC_PERTURB_");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp,
                               G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);

  /* soffice exits 0 even when it cannot load a file: look at every output */
  for (guint i = 0; i < expected->len; i++)
    {
      const char *name = g_ptr_array_index (expected, i);
      g_autofree char *txt = g_strdup_printf ("%s/out/%s.txt", dir, name);
      g_autofree char *text = NULL;
      gsize length = 0;
      guint f = (guint) g_ascii_strtoull (name + strlen ("family"), NULL, 10);

      if (!g_file_get_contents (txt, &text, &length, NULL) || length == 0)
        g_error ("LibreOffice did not convert %s.odt", name);
      if (g_str_has_suffix (name, "-ar") || g_str_has_suffix (name, "-da+ar"))
        {
          g_autofree char *arabic = print_test_arabic_text (store, g_ptr_array_index (family_ids, f));

          /* in logical order, exactly as stored */
          if (arabic != NULL && strstr (text, arabic) == NULL)
            g_error ("%s.txt lacks the Arabic text “%s”", name, arabic);
        }
    }
  g_test_message ("LibreOffice converted %u plans", expected->len);
}

/* a text with no Arabic translation: in a right-to-left paragraph the
 * Danish stands in, isolated left to right (its full stop stays at its
 * end); in a bilingual table cell, beside the Danish, the marker alone */
static void
test_untranslated (void)
{
  const char *languages[] = { "da", "ar", NULL };
  g_autoptr(TovDocument) document = tov_document_new (languages);
  g_autoptr(TovOdtWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  g_autofree char *isolated = NULL;
  TovBlock *block, *table;
  TovDocText *cell;
  const char *danish = "Omar kommer til fodboldtræning.";
  const char *p;
  guint count = 0;

  tov_doc_text_set (tov_document_get_untranslated_label (document), 1, "غير مترجم", FALSE);
  block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
  tov_doc_text_set (&block->text, 0, danish, FALSE);
  tov_doc_text_set (&block->text, 1, danish, TRUE);
  table = tov_document_add_table (document, 1);
  tov_doc_text_set_all (tov_block_add_cell (table), "Hvad");
  cell = tov_block_add_cell (table);
  tov_doc_text_set (cell, 0, "Tabeltekst.", FALSE);
  tov_doc_text_set (cell, 1, "Tabeltekst.", TRUE);
  block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
  tov_doc_text_set (&block->text, 0, "Første linje.\n\nAnden linje.", FALSE);
  tov_doc_text_set (&block->text, 1, "Første linje.\n\nAnden linje.", TRUE);

  writer = tov_odt_writer_new (document);
  bytes = tov_odt_writer_write (writer, &error);
  g_assert_no_error (error);
  content = read_part (bytes, "content.xml");
  isolated = g_strconcat ("\xE2\x81\xA6", danish, "\xE2\x81\xA9", NULL);
  g_assert_nonnull (strstr (content, isolated));
  g_assert_nonnull (strstr (content, "(غير مترجم)"));
  for (p = content; (p = strstr (p, "Tabeltekst.")) != NULL; p++)
    count++;
  g_assert_cmpuint (count, ==, 1);
  /* lines stay lines (ODF folds a newline into a space), each isolated */
  g_assert_nonnull (strstr (content, "\xE2\x81\xA6" "Første linje.\xE2\x81\xA9<text:line-break/><text:line-break/>"
                                     "\xE2\x81\xA6" "Anden linje.\xE2\x81\xA9"));
  g_assert_nonnull (strstr (content, "Første linje.<text:line-break/><text:line-break/>Anden linje."));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  store = print_test_open_demo ();
  family_ids = print_test_family_ids (store);
  g_assert_cmpuint (family_ids->len, >=, 2);

  g_test_add_func ("/tov/odt/package", test_package);
  g_test_add_func ("/tov/odt/schema", test_schema);
  g_test_add_func ("/tov/odt/meta", test_meta);
  g_test_add_func ("/tov/odt/direction", test_direction);
  g_test_add_func ("/tov/odt/untranslated", test_untranslated);
  g_test_add_func ("/tov/odt/internal-and-anonymised", test_internal_and_anonymised);
  g_test_add_func ("/tov/odt/libreoffice", test_libreoffice);

  status = g_test_run ();
  g_ptr_array_unref (family_ids);
  g_assert_finalize_object (store);
  return status;
}
