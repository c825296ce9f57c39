/* test-pdf.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "print-test-util.h"
#include "tov-pdf-renderer.h"

static TovStore *store;
static GPtrArray *family_ids;
static char *tmpdir;

static char *
write_pdf (const char *family_id,
           const char *languages,
           gboolean    anonymise)
{
  g_autoptr(TovDocument) document = print_test_build (store, family_id, languages, anonymise);
  g_autoptr(TovPdfRenderer) renderer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  static guint counter;

  if (document == NULL)
    return NULL;
  renderer = tov_pdf_renderer_new (document);
  bytes = tov_pdf_renderer_render_pdf (renderer, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  path = g_strdup_printf ("%s/plan-%u.pdf", tmpdir, counter++);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_finalize_object (g_steal_pointer (&renderer));
  g_assert_finalize_object (g_steal_pointer (&document));
  return g_steal_pointer (&path);
}

static char *
run (const char *program,
     const char *path)
{
  const char *argv[] = { program, path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (g_str_equal (program, "pdffonts"))
    argv[2] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    g_test_skip ("pdftotext and pdffonts (Debian package poppler-utils) are not installed");
  return pdftotext != NULL;
}

static void
test_text (void)
{
  const char *haddad = g_ptr_array_index (family_ids, 1);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *arabic = print_test_arabic_text (store, haddad);
  g_autofree char *arabic_squeezed = NULL;

  if (!have_poppler ())
    return;
  path = write_pdf (haddad, "da+ar", FALSE);
  text = run ("pdftotext", path);
  squeezed = print_test_squeeze (text);

  /* Danish text, labels from the Danish catalogue, the family's name */
  g_assert_nonnull (strstr (text, "Familien Haddad"));
  g_assert_nonnull (strstr (squeezed, "Vikomfra"));
  /* the Arabic translation's first words, in logical order (pdftotext adds
   * spaces and bidi marks, and reorders runs around digits and punctuation) */
  g_assert_nonnull (arabic);
  for (char *p = arabic; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && !(c >= 0x0621 && c <= 0x064A))
        {
          *p = '\0';
          break;
        }
    }
  arabic_squeezed = print_test_squeeze (arabic);
  g_assert_cmpuint (g_utf8_strlen (arabic_squeezed, -1), >=, 6);
  g_assert_nonnull (strstr (squeezed, arabic_squeezed));
  /* the glossary explains a term the plan uses, in both languages */
  g_assert_nonnull (strstr (squeezed, "Praktik"));
}

static void
test_fonts_embedded (void)
{
  g_autofree char *path = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;
  gboolean arabic_font = FALSE;

  if (!have_poppler ())
    return;
  path = write_pdf (g_ptr_array_index (family_ids, 1), "ar", FALSE);
  fonts = run ("pdffonts", path);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (*lines[i] == '\0')
        continue;
      words = g_strsplit_set (lines[i], " ", -1);
      /* the "emb" column reads yes for every font */
      g_assert_nonnull (strstr (lines[i], " yes "));
      g_assert_true (g_regex_match_simple ("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$", lines[i], 0, 0));
      arabic_font |= strstr (lines[i], "Arabic") != NULL;
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_assert_true (arabic_font);
}

static void
test_internal_and_anonymised (void)
{
  for (guint f = 0; f < family_ids->len; f++)
    {
      const char *family_id = g_ptr_array_index (family_ids, f);
      g_autoptr(GPtrArray) internal = print_test_internal_texts (store, family_id);
      g_autoptr(GPtrArray) identifying = print_test_identifying (store, family_id);

      if (!have_poppler ())
        return;
      for (guint v = 0; v < 2; v++)
        {
          gboolean anonymise = v == 1;
          g_autofree char *path = write_pdf (family_id, anonymise ? "da" : "da+ar", anonymise);
          g_autofree char *text = NULL;
          g_autofree char *squeezed = NULL;

          if (path == NULL)
            continue;
          text = run ("pdftotext", path);
          squeezed = print_test_squeeze (text);
          for (guint i = 0; i < internal->len; i++)
            {
              g_autofree char *needle = print_test_squeeze (g_ptr_array_index (internal, i));
              g_assert_null (strstr (squeezed, needle));
            }
          for (guint i = 0; anonymise && i < identifying->len; i++)
            if (strstr (text, g_ptr_array_index (identifying, i)) != NULL)
              g_error ("“%s” is in the anonymised PDF", (char *) g_ptr_array_index (identifying, i));
        }
    }
}

static void
test_minutes (void)
{
  const char *haddad = g_ptr_array_index (family_ids, 1);
  g_autoptr(TovPlanDocument) builder = tov_plan_document_new (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting = tov_plan_document_latest_meeting (store, haddad, &error);
  g_autoptr(TovDocument) document = NULL;
  gboolean mapping = FALSE, participants = FALSE;

  g_assert_no_error (error);
  g_assert_true (tov_plan_document_set_languages (builder, "da", &error));
  document = tov_plan_document_build_meeting (builder, meeting, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tov_document_get_n_blocks (document); i++)
    {
      const TovBlock *block = tov_document_get_block (document, i);

      mapping |= block->kind == TOV_BLOCK_TABLE && block->n_columns == 3;
      participants |= block->kind == TOV_BLOCK_PARAGRAPH &&
                      g_str_has_prefix (tov_doc_text_get (&block->text, 0), "Til stede");
    }
  g_assert_true (participants);
  g_assert_true (mapping);
}

/* every meeting's mapping table: one row per line of its longest column, as
 * counted here by hand, and no row left empty */
static void
test_mapping_rows (void)
{
  g_autoptr(GPtrArray) meetings = tov_store_list (store, "meetings", NULL, NULL, NULL);
  guint tables = 0;

  for (guint m = 0; m < meetings->len; m++)
    {
      const char *meeting = tov_record_get_id (g_ptr_array_index (meetings, m));
      g_autoptr(GPtrArray) items = tov_store_list (store, "mapping_items", "meeting_id", meeting, NULL);
      g_autoptr(TovPlanDocument) builder = tov_plan_document_new (store);
      g_autoptr(TovDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      guint worry = 0, well = 0, next = 0, expected;

      for (guint i = 0; i < items->len; i++)
        {
          const char *category = tov_record_get (g_ptr_array_index (items, i), "category");

          worry += g_str_equal (category, "worry");
          well += g_str_equal (category, "working_well");
          next += g_str_equal (category, "next_step");
        }
      expected = MAX (worry, MAX (well, next));

      g_assert_true (tov_plan_document_set_languages (builder, "da+ar", &error));
      document = tov_plan_document_build_meeting (builder, meeting, &error);
      g_assert_no_error (error);
      for (guint b = 0; b < tov_document_get_n_blocks (document); b++)
        {
          const TovBlock *block = tov_document_get_block (document, b);
          guint rows;

          if (block->kind != TOV_BLOCK_TABLE || block->n_columns != 3)
            continue;
          tables++;
          rows = tov_block_get_n_rows (block);
          g_assert_cmpuint (rows, ==, expected + 1);   /* and the header */
          for (guint r = 1; r < rows; r++)
            {
              gboolean filled = FALSE;

              for (guint c = 0; c < 3; c++)
                filled |= !tov_doc_text_is_empty (tov_block_get_cell (block, r, c));
              if (!filled)
                g_error ("row %u of the mapping of meeting %s is empty", r, meeting);
            }
        }
    }
  g_assert_cmpuint (tables, >, 0);
}

/* a text of @n sentences, each with a token @prefix0001, @prefix0002, … */
static char *
long_text (const char *prefix,
           const char *sentence,
           guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (text, "%s%04u %s ", prefix, i, sentence);
  return g_string_free (text, FALSE);
}

/* A paragraph taller than a page goes on over the next pages, line by line:
 * every sentence printed once, none over the header or the footer. */
static void
test_long_paragraph (void)
{
  const char *languages[] = { "da", "ar", NULL };
  g_autoptr(TovDocument) document = tov_document_new (languages);
  g_autoptr(TovPdfRenderer) renderer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) word = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "long.pdf", NULL);
  g_autofree char *danish = long_text ("Da", "Familien og tovholderen aftaler, hvem der gør hvad og hvornår.", 300);
  g_autofree char *arabic = long_text ("Ar", "تتفق العائلة ومنسقها على من يفعل ماذا ومتى.", 300);
  g_autofree char *xhtml = NULL;
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  guint seen[2][301] = { { 0 } };
  guint pages = 0;
  TovBlock *block;

  if (!have_poppler ())
    return;

  tov_doc_text_set_all (tov_document_get_title (document), "Plan");
  tov_doc_text_set_all (tov_document_get_header (document), "Familien Test");
  tov_doc_text_set_all (tov_document_get_page_label (document), "%s / %s");
  tov_doc_text_set_all (&tov_document_add (document, TOV_BLOCK_HEADING)->text, "Situation");
  block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
  tov_doc_text_set (&block->text, 0, danish, FALSE);
  tov_doc_text_set (&block->text, 1, arabic, FALSE);
  tov_doc_text_set_all (&tov_document_add (document, TOV_BLOCK_PARAGRAPH)->text, "Slut");

  renderer = tov_pdf_renderer_new (document);
  bytes = tov_pdf_renderer_render_pdf (renderer, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &xhtml, NULL, NULL, &error));
  g_assert_no_error (error);
  for (const char *p = xhtml; (p = strstr (p, "<page ")) != NULL; p++)
    pages++;
  g_assert_cmpuint (pages, >=, 3);

  word = g_regex_new ("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">(Da|Ar)([0-9]{4})</word>",
                      0, 0, NULL);
  g_regex_match (word, xhtml, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *top = g_match_info_fetch (match, 1);
      g_autofree char *bottom = g_match_info_fetch (match, 2);
      g_autofree char *language = g_match_info_fetch (match, 3);
      g_autofree char *number = g_match_info_fetch (match, 4);
      guint n = (guint) g_ascii_strtoull (number, NULL, 10);

      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, 300);
      seen[g_str_equal (language, "Ar")][n]++;
      /* between the header's rule (40 + 20) and the footer's (841.89 - 40 - 22) */
      g_assert_cmpfloat (g_ascii_strtod (top, NULL), >, 60.0);
      g_assert_cmpfloat (g_ascii_strtod (bottom, NULL), <, 779.89);
      g_match_info_next (match, NULL);
    }
  for (guint l = 0; l < 2; l++)
    for (guint n = 1; n <= 300; n++)
      if (seen[l][n] != 1)
        g_error ("%s%04u printed %u times", l == 0 ? "Da" : "Ar", n, seen[l][n]);
  g_assert_nonnull (strstr (xhtml, ">Slut</word>"));
  g_assert_finalize_object (g_steal_pointer (&renderer));
}

/* a name is the same in both languages: a bilingual table shows it once,
 * a translated text in both columns */
static void
test_table_names_once (void)
{
  const char *languages[] = { "da", "ar", NULL };
  g_autoptr(TovDocument) document = tov_document_new (languages);
  g_autoptr(TovPdfRenderer) renderer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "names.pdf", NULL);
  g_autofree char *text = NULL;
  TovBlock *table;
  TovDocText *cell;
  guint count = 0;

  if (!have_poppler ())
    return;
  table = tov_document_add_table (document, 2);
  tov_doc_text_set (tov_block_add_cell (table), 0, "Hvem", FALSE);
  tov_doc_text_set (tov_block_add_cell (table), 0, "Hvad", FALSE);
  tov_doc_text_set_all (tov_block_add_cell (table), "Birgittefog");
  cell = tov_block_add_cell (table);
  tov_doc_text_set (cell, 0, "Praktikplads", FALSE);
  tov_doc_text_set (cell, 1, "تدريب", FALSE);
  g_assert_true (tov_doc_text_repeats (tov_block_get_cell (table, 1, 0), 1));
  g_assert_false (tov_doc_text_repeats (cell, 1));

  renderer = tov_pdf_renderer_new (document);
  bytes = tov_pdf_renderer_render_pdf (renderer, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  text = run ("pdftotext", path);
  for (const char *p = text; (p = strstr (p, "Birgittefog")) != NULL; p++)
    count++;
  g_assert_cmpuint (count, ==, 1);
  g_assert_nonnull (strstr (text, "Praktikplads"));
}

/* "the latest meeting" is the one held last, not the one written last: a
 * meeting from years ago, typed in today, does not become the minutes (the
 * store lists meetings by date; this holds it to that) */
static void
test_latest_meeting (void)
{
  g_autoptr(TovStore) own = print_test_open_demo ();
  g_autoptr(GPtrArray) ids = print_test_family_ids (own);
  const char *haddad = g_ptr_array_index (ids, 1);
  g_autoptr(TovRecord) old = tov_record_new ("meetings");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *latest = NULL;
  const char *newest = NULL;

  tov_record_set (old, "family_id", haddad);
  tov_record_set (old, "held_on", "2020-01-15");
  tov_record_set (old, "kind", "network");
  g_assert_true (tov_store_insert (own, old, NULL, &error));
  g_assert_no_error (error);

  all = tov_store_list (own, "meetings", "family_id", haddad, NULL);
  g_assert_cmpuint (all->len, >, 1);
  for (guint i = 0; i < all->len; i++)
    if (newest == NULL || g_strcmp0 (tov_record_get (g_ptr_array_index (all, i), "held_on"), newest) > 0)
      newest = tov_record_get (g_ptr_array_index (all, i), "held_on");

  latest = tov_plan_document_latest_meeting (own, haddad, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (latest, !=, tov_record_get_id (old));
  {
    g_autoptr(TovRecord) chosen = tov_store_get (own, "meetings", latest, NULL);
    g_assert_cmpstr (tov_record_get (chosen, "held_on"), ==, newest);
  }
}

static void
test_languages_refused (void)
{
  g_autoptr(TovPlanDocument) builder = tov_plan_document_new (store);
  g_autoptr(GError) error = NULL;

  g_assert_false (tov_plan_document_set_languages (builder, "fr", &error));
  g_assert_error (error, TOV_PLAN_DOCUMENT_ERROR, TOV_PLAN_DOCUMENT_ERROR_LANGUAGE);
}

/* the id of the demo family called @name */
static const char *
family_named (const char *name)
{
  for (guint i = 0; i < family_ids->len; i++)
    {
      g_autoptr(TovRecord) family = tov_store_get (store, "families", g_ptr_array_index (family_ids, i), NULL);

      if (g_strcmp0 (tov_record_get (family, "name"), name) == 0)
        return g_ptr_array_index (family_ids, i);
    }
  g_assert_not_reached ();
}

/* the squeezed text of @family_id's plan printed in @languages */
static char *
printed_text (const char *family_id,
              const char *languages)
{
  g_autofree char *path = write_pdf (family_id, languages, FALSE);
  g_autofree char *text = run ("pdftotext", path);

  return print_test_squeeze (text);
}

/* The network map's rings, sectors and legend are in the printout's
 * language, whatever the user interface's (main () sets it to Danish). */
static void
test_map_language (void)
{
  const char *amin = family_named ("Familien Amin");
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(TovPrintCatalog) da = tov_print_catalog_new ("da");
  g_autofree char *ar_near = print_test_squeeze (tov_print_catalog_gettext (ar, "Near professionals"));
  g_autofree char *ar_health = print_test_squeeze (tov_print_catalog_gettext (ar, "Health"));
  g_autofree char *ar_invited = NULL;
  g_autofree char *da_near = print_test_squeeze (tov_print_catalog_gettext (da, "Near professionals"));
  g_autofree char *ui_near = print_test_squeeze (_("Near professionals"));
  g_autofree char *arabic = NULL;
  g_autofree char *english = NULL;
  g_autofree char *both = NULL;
  g_autofree char *invited = g_strdup (tov_print_catalog_gettext (ar, "Invited to network meetings (double ring)"));

  if (!have_poppler ())
    return;
  /* the UI really is Danish, so a map in its words would show */
  g_assert_cmpstr (ui_near, ==, da_near);
  g_assert_cmpstr (da_near, !=, "Nearprofessionals");
  g_assert_cmpstr (ar_near, !=, "Nearprofessionals");

  /* Arabic: a ring, a sector and the legend's first word in Arabic, none in Danish */
  *strchr (invited, ' ') = '\0';
  ar_invited = print_test_squeeze (invited);
  arabic = printed_text (amin, "ar");
  g_assert_nonnull (strstr (arabic, ar_near));
  g_assert_nonnull (strstr (arabic, ar_health));
  g_assert_nonnull (strstr (arabic, ar_invited));
  g_assert_null (strstr (arabic, da_near));

  /* English: the msgids, though the UI speaks Danish */
  english = printed_text (amin, "en");
  g_assert_nonnull (strstr (english, "Nearprofessionals"));
  g_assert_null (strstr (english, da_near));

  /* Danish and Arabic side by side: the map carries the Danish words */
  both = printed_text (amin, "da+ar");
  g_assert_nonnull (strstr (both, da_near));
  g_assert_null (strstr (both, ar_near));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* the user interface in Danish: printouts must not follow it */
  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TOV_LOCALEDIR") != NULL ? g_getenv ("TOV_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  store = print_test_open_demo ();
  family_ids = print_test_family_ids (store);
  tmpdir = g_dir_make_tmp ("tov-pdf-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/tov/pdf/text", test_text);
  g_test_add_func ("/tov/pdf/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/tov/pdf/internal-and-anonymised", test_internal_and_anonymised);
  g_test_add_func ("/tov/pdf/minutes", test_minutes);
  g_test_add_func ("/tov/pdf/mapping-rows", test_mapping_rows);
  g_test_add_func ("/tov/pdf/latest-meeting", test_latest_meeting);
  g_test_add_func ("/tov/pdf/long-paragraph", test_long_paragraph);
  g_test_add_func ("/tov/pdf/table-names-once", test_table_names_once);
  g_test_add_func ("/tov/pdf/languages-refused", test_languages_refused);
  g_test_add_func ("/tov/pdf/map-language", test_map_language);

  status = g_test_run ();
  g_ptr_array_unref (family_ids);
  g_assert_finalize_object (store);
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
