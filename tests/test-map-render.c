/* test-map-render.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>

#include "tov-map-renderer.h"
#include "tov-print-catalog.h"
#include "tov-store-map.h"
#include "tov-xml-reader.h"

/*
 * The map's store queries and writes, and its drawing to PNG, SVG and PDF,
 * on the demo data in a real SQLite file; the CLI's `export map` end to end.
 */

#define AMIN      "2c7aabcf-3fad-4c8c-bcd3-c890c5a2e757"
#define ENROLLED  "2025-11-03"
#define NOW       "2026-11-26"

typedef struct
{
  char     *dir;
  char     *db;
  TovStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = g_build_filename (g_getenv ("TOV_SOURCE_DATADIR"), "demo", "demo.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(TovXmlReader) reader = NULL;

  fixture->dir = g_dir_make_tmp ("test-map-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "map.sqlite", NULL);
  fixture->store = tov_store_open (fixture->db, &error);
  g_assert_no_error (error);
  reader = tov_xml_reader_new (fixture->store);
  g_assert_true (tov_xml_reader_import_file (reader, file, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->store);
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, "standard::name", 0, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

      g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (dir, NULL, NULL);
  g_free (fixture->db);
  g_free (fixture->dir);
}

static TovMapData *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TovMapData *data = tov_store_load_map (fixture->store, AMIN, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static void
test_load (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(TovMapData) data = load (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(TovMapData) missing = NULL;
  TovMapCounts now, enrolment;
  guint coordinators = 0, with_members = 0;

  g_assert_cmpstr (data->family_name, ==, "Familien Amin");
  g_assert_cmpstr (data->enrolled_on, ==, ENROLLED);
  g_assert_cmpuint (data->members->len, ==, 6);
  g_assert_cmpuint (data->entries->len, >=, 12);
  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      g_assert_nonnull (entry->actor_name);
      coordinators += entry->coordinator;
      with_members += entry->member_ids->len > 0;
      for (guint m = 0; m < entry->member_ids->len; m++)
        g_assert_nonnull (tov_map_data_member_name (data, g_ptr_array_index (entry->member_ids, m)));
    }
  g_assert_cmpuint (coordinators, ==, 1);
  g_assert_cmpuint (with_members, >, 5);

  /* the headline figure: fewer professionals now than at enrolment */
  tov_map_data_count (data, ENROLLED, &enrolment);
  tov_map_data_count (data, NOW, &now);
  g_assert_cmpuint (enrolment.professionals, ==, 11);
  g_assert_cmpuint (now.professionals, ==, 10);

  missing = tov_store_load_map (fixture->store, "no-such-family", &error);
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(TovMapData) data = load (fixture);
  g_autoptr(TovMapData) again = NULL;
  g_autoptr(GError) error = NULL;
  TovMapEntry *teacher = NULL, *coordinator = NULL, *moved;

  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (entry->coordinator)
        coordinator = entry;
      else if (entry->ring == TOV_MAP_RING_PERIPHERAL && entry->to_date == NULL && teacher == NULL)
        teacher = entry;
    }
  g_assert_nonnull (teacher);
  g_assert_nonnull (coordinator);

  g_assert_true (tov_store_move_engagement (fixture->store, teacher->engagement_id,
                                            TOV_MAP_RING_NEAR, 123.5, 0.25, &error));
  g_assert_no_error (error);
  again = load (fixture);
  moved = tov_map_data_lookup_entry (again, teacher->engagement_id);
  g_assert_cmpint (moved->ring, ==, TOV_MAP_RING_NEAR);
  g_assert_true (moved->has_position);
  g_assert_cmpfloat (moved->angle, ==, 123.5);
  g_assert_cmpfloat (moved->radius, ==, 0.25);

  /* the coordinator stays in the core team: refused, nothing written */
  g_assert_false (tov_store_move_engagement (fixture->store, coordinator->engagement_id,
                                             TOV_MAP_RING_NEAR, 10, 0.5, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_clear_pointer (&again, tov_map_data_free);
  again = load (fixture);
  moved = tov_map_data_lookup_entry (again, coordinator->engagement_id);
  g_assert_cmpint (moved->ring, ==, TOV_MAP_RING_CORE);
  g_assert_false (moved->has_position);
}

static void
test_end (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(TovMapData) data = load (fixture);
  g_autoptr(TovMapData) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) fresh = tov_record_new ("engagements");
  TovMapEntry *open = NULL, *ended;
  gboolean deleted = TRUE;
  TovMapCounts before, after;

  for (guint i = 0; i < data->entries->len && open == NULL; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (entry->to_date == NULL && entry->ring == TOV_MAP_RING_NEAR)
        open = entry;
    }
  g_assert_nonnull (open);
  tov_map_data_count (data, NOW, &before);

  /* ending keeps the history: the row stays, with its last day */
  g_assert_true (tov_store_end_engagement (fixture->store, open->engagement_id, "2026-06-30",
                                           &deleted, &error));
  g_assert_no_error (error);
  g_assert_false (deleted);
  again = load (fixture);
  ended = tov_map_data_lookup_entry (again, open->engagement_id);
  g_assert_nonnull (ended);
  g_assert_cmpstr (ended->to_date, ==, "2026-06-30");
  g_assert_true (tov_map_entry_is_active (ended, "2026-06-30"));
  g_assert_false (tov_map_entry_is_active (ended, "2026-07-01"));
  tov_map_data_count (again, NOW, &after);
  g_assert_cmpuint (after.professionals, ==, before.professionals - 1);

  /* an engagement that had not begun leaves no history */
  tov_record_set (fresh, "family_id", AMIN);
  tov_record_set (fresh, "actor_id", open->actor_id);
  tov_record_set (fresh, "ring", "near");
  tov_record_set (fresh, "from_date", "2026-12-01");
  g_assert_true (tov_store_insert (fixture->store, fresh, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tov_store_end_engagement (fixture->store, tov_record_get_id (fresh), "2026-11-30",
                                           &deleted, &error));
  g_assert_no_error (error);
  g_assert_true (deleted);
  g_clear_pointer (&again, tov_map_data_free);
  again = load (fixture);
  g_assert_null (tov_map_data_lookup_entry (again, tov_record_get_id (fresh)));
}

static void
check_png (GBytes *png,
           int     width,
           int     height)
{
  gsize size;
  const guint8 *bytes = g_bytes_get_data (png, &size);

  g_assert_cmpuint (size, >, 10000);
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (bytes + 16)), ==, width);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (bytes + 20)), ==, height);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) small = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "map.png", NULL);
  cairo_surface_t *surface;
  guint coloured = 0;

  /* A4 landscape at 300 dpi */
  g_assert_true (tov_map_renderer_render_png (fixture->store, AMIN, NOW, 297, 210, 300,
                                              TOV_MAP_RENDER_NONE, NULL, NULL, &png, &error));
  g_assert_no_error (error);
  check_png (png, 3508, 2481);

  /* read back: the sectors' colours are there (orange of the social sector) */
  g_assert_true (tov_map_renderer_render_png (fixture->store, AMIN, NOW, 150, 100, 72,
                                              TOV_MAP_RENDER_RTL, NULL, NULL, &small, &error));
  check_png (small, 426, 284);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (small, NULL), g_bytes_get_size (small), NULL));
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        coloured += (row[x] & 0xffffff) == 0xE69F00;
    }
  cairo_surface_destroy (surface);
  g_assert_cmpuint (coloured, >, 50);

  /* refusals a user can act on */
  g_assert_false (tov_map_renderer_render_png (fixture->store, AMIN, "26-11-2026", 100, 100, 72,
                                               TOV_MAP_RENDER_NONE, NULL, NULL, &png, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tov_map_renderer_render_png (fixture->store, AMIN, NOW, 5, 100, 72,
                                               TOV_MAP_RENDER_NONE, NULL, NULL, &png, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tov_map_renderer_render_png (fixture->store, AMIN, NOW, 2000, 2000, 1200,
                                               TOV_MAP_RENDER_NONE, NULL, NULL, &png, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tov_map_renderer_render_png (fixture->store, "nobody", NOW, 100, 100, 72,
                                               TOV_MAP_RENDER_NONE, NULL, NULL, &png, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(TovMapData) data = load (fixture);
  g_autoptr(GBytes) now = NULL;
  g_autoptr(GBytes) then = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *then_text = NULL;
  guint named = 0, ended = 0;

  g_assert_true (tov_map_renderer_render_svg (fixture->store, AMIN, NOW, 297, 210,
                                              TOV_MAP_RENDER_NONE, NULL, NULL, &now, &error));
  g_assert_no_error (error);
  g_assert_true (tov_map_renderer_render_svg (fixture->store, AMIN, ENROLLED, 297, 210,
                                              TOV_MAP_RENDER_NONE, NULL, NULL, &then, &error));
  now_text = g_strndup (g_bytes_get_data (now, NULL), g_bytes_get_size (now));
  then_text = g_strndup (g_bytes_get_data (then, NULL), g_bytes_get_size (then));
  g_assert_true (g_str_has_prefix (now_text, "<?xml"));
  g_assert_nonnull (strstr (now_text, "width=\"297mm\""));
  g_assert_nonnull (strstr (now_text, "<title>Familien Amin — actors on " NOW "</title>"));
  g_assert_true (g_str_has_suffix (g_strchomp (now_text), "</svg>"));

  /* every actor of the day is named; one ended since enrolment is only on the old map */
  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);
      g_autofree char *escaped = g_markup_escape_text (entry->actor_name, -1);
      g_autofree char *needle = g_strdup_printf ("%s: ", escaped);

      if (tov_map_entry_is_active (entry, NOW))
        {
          g_assert_nonnull (strstr (now_text, needle));
          named++;
        }
      else if (tov_map_entry_is_active (entry, ENROLLED) &&
               !strstr (now_text, needle))
        {
          g_assert_nonnull (strstr (then_text, needle));
          ended++;
        }
    }
  g_assert_cmpuint (named, >=, 10);
  g_assert_cmpuint (ended, >=, 1);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "map.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *contents = NULL;
  gsize length;

  /* a printout draws the map into part of its page */
  cairo_translate (cr, 40, 100);
  g_assert_true (tov_map_renderer_draw_family (cr, fixture->store, AMIN, NULL, 515, 600,
                                               TOV_MAP_RENDER_NO_TITLE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tov_map_renderer_draw_family (cr, fixture->store, "nobody", NULL, 515, 600,
                                                TOV_MAP_RENDER_NONE, NULL, NULL, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 5000);
}

/* a TovMapLabelFunc that notes every message asked for and answers in
 * brackets, so a word that did not come through it shows */
static const char *
bracket_label (const char *msgid,
               const char *msgid_plural,
               gulong      n,
               gpointer    user_data)
{
  GHashTable *asked = user_data;
  const char *key = msgid_plural != NULL && n != 1 ? msgid_plural : msgid;
  char *answer;

  if (g_str_has_prefix (msgid, "digits\004"))
    answer = g_strdup ("0123456789");
  else if (g_str_equal (msgid, "%s — actors on %s"))
    answer = g_strdup ("%s [map of %s]");
  else
    answer = g_strdup_printf ("[%s]", key);
  g_hash_table_insert (asked, g_strdup (msgid), NULL);
  /* the answer lives as long as the table: the drawing's lifetime */
  g_hash_table_insert (asked, g_strdup_printf ("answer %p", answer), answer);
  return answer;
}

static void
test_label_func (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GHashTable) asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  static const char * const legend[] = {
    "%u professional in direct contact", "%u at enrolment (%s)", "%s: %u",
    "Coordinator (heavy outline)", "Invited to network meetings (double ring)", "%s — actors on %s",
  };
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  /* every word of the drawing is looked up by the function: rings, sectors, legend, title */
  g_assert_true (tov_map_renderer_draw_family (cr, fixture->store, AMIN, NOW, 600, 420, TOV_MAP_RENDER_NONE,
                                               bracket_label, asked, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint ring = 0; ring < TOV_MAP_N_RINGS; ring++)
    g_assert_true (g_hash_table_contains (asked, tov_map_ring_msgid (ring)));
  for (guint sector = 0; sector < TOV_MAP_N_SECTORS; sector++)
    g_assert_true (g_hash_table_contains (asked, tov_map_sector_msgid (sector)));
  for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
    g_assert_true (g_hash_table_contains (asked, legend[i]));
  g_assert_true (g_hash_table_contains (asked, "digits\004" "0123456789"));

  /* the SVG's title (for screen readers and search) says what the drawing says */
  g_assert_true (tov_map_renderer_render_svg (fixture->store, AMIN, NOW, 297, 210, TOV_MAP_RENDER_NONE,
                                              bracket_label, asked, &svg, &error));
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (text, "<title>Familien Amin [map of " NOW "]</title>"));
}

static char *
run_poppler (const char *program,
             const char *path)
{
  const char *argv[] = { program, path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* without white space or bidi marks, which pdftotext adds */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !(c >= 0x200E && c <= 0x200F) && !(c >= 0x202A && c <= 0x202E) &&
          !(c >= 0x2066 && c <= 0x2069))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_catalog_pdf (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "map-ar.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *near = squeeze (tov_print_catalog_gettext (ar, "Near professionals"));
  g_autofree char *health = squeeze (tov_print_catalog_gettext (ar, "Health"));
  g_autofree char *ten = tov_print_catalog_format_number (ar, 10);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  cairo_surface_t *surface;
  cairo_t *cr;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (Debian package poppler-utils) is not installed");
      return;
    }
  g_assert_true (tov_print_catalog_has_messages (ar));
  g_assert_cmpstr (near, !=, "Nearprofessionals");

  /* the user interface speaks English; the map of an Arabic printout, Arabic */
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  g_assert_true (tov_map_renderer_draw_family (cr, fixture->store, AMIN, NOW, 515, 600,
                                               TOV_MAP_RENDER_NO_TITLE | TOV_MAP_RENDER_RTL,
                                               tov_map_renderer_catalog_label, ar, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  text = run_poppler ("pdftotext", path);
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, near));
  g_assert_nonnull (strstr (squeezed, health));
  g_assert_null (strstr (text, "Near professionals"));
  g_assert_null (strstr (text, "Health"));
  /* "10 professionals in direct contact", in Arabic-Indic digits; no Western digit left */
  g_assert_cmpstr (ten, !=, "10");
  g_assert_nonnull (strstr (squeezed, ten));
  g_assert_null (strpbrk (text, "0123456789"));
}

static void
test_frame_mirrors (void)
{
  TovMapFrame ltr, rtl;
  double x, y, mx, my;

  tov_map_renderer_frame (800, 500, TOV_MAP_RENDER_NONE, &ltr);
  tov_map_renderer_frame (800, 500, TOV_MAP_RENDER_RTL, &rtl);
  /* the circle and the legend swap sides */
  g_assert_cmpfloat (ltr.cx, <, 400);
  g_assert_cmpfloat (rtl.cx, >, 400);
  g_assert_cmpfloat (ltr.legend_x, >, ltr.cx);
  g_assert_cmpfloat (rtl.legend_x, <, rtl.cx);
  g_assert_cmpfloat (fabs ((800 - ltr.cx) - rtl.cx), <, 1e-9);
  /* a point east of the family in map units lies west of it on an RTL drawing */
  tov_map_frame_from_map (&rtl, 0.5, 0.1, &x, &y);
  g_assert_cmpfloat (x, <, rtl.cx);
  tov_map_frame_to_map (&rtl, x, y, &mx, &my);
  g_assert_cmpfloat (fabs (mx - 0.5) + fabs (my - 0.1), <, 1e-9);
  /* tall: the legend goes under the circle, in two columns */
  tov_map_renderer_frame (400, 700, TOV_MAP_RENDER_NONE, &ltr);
  g_assert_cmpfloat (ltr.legend_y, >, ltr.cy + ltr.scale);
  g_assert_cmpuint (ltr.legend_columns, ==, 2);
}

/* tovholder-cli --db DB export map --family "Familien Amin" --dpi 96 ARGS...,
 * with LANGUAGE=@language (NULL: as the test runs); its exit status */
static int
run_cli_full (Fixture    *fixture,
              const char *language,
              ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("TOV_CLI"));
  for (const char *const *a = (const char *const[]) { "--db", fixture->db, "export", "map", "--family",
                                                     "Familien Amin", "--dpi", "96", NULL };
       *a != NULL; a++)
    g_ptr_array_add (argv, (char *) *a);
  va_start (args, language);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  if (language != NULL)
    {
      /* LANGUAGE counts only outside the C locale */
      g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
      g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  return g_subprocess_get_exit_status (process);
}

static int
run_cli (Fixture    *fixture,
         const char *output,
         const char *date)
{
  if (date != NULL)
    return run_cli_full (fixture, NULL, "--date", date, "-o", output, NULL);
  return run_cli_full (fixture, NULL, "-o", output, NULL);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autofree char *svg = g_build_filename (fixture->dir, "amin.svg", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "amin.png", NULL);
  g_autofree char *odt = g_build_filename (fixture->dir, "amin.odt", NULL);
  g_autofree char *contents = NULL;

  if (g_getenv ("TOV_CLI") == NULL)
    {
      g_test_skip ("TOV_CLI not set");
      return;
    }
  g_clear_object (&fixture->store);
  fixture->store = tov_store_open (fixture->db, NULL);

  g_assert_cmpint (run_cli (fixture, svg, ENROLLED), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "actors on " ENROLLED));
  g_assert_cmpint (run_cli (fixture, png, NULL), ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  /* not a map format; not a date: usage errors, nothing written */
  g_assert_cmpint (run_cli (fixture, odt, NULL), ==, 2);
  g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (fixture, svg, "yesterday"), ==, 2);
}

/* how much more of the rings' grey lies in the left half of a PNG than in the right (-1 to 1) */
static double
rings_left_of_centre (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  int width = cairo_image_surface_get_width (surface);
  double left = 0, right = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < width; x++)
        {
          guint r = (row[x] >> 16) & 0xff, g = (row[x] >> 8) & 0xff, b = row[x] & 0xff;

          /* the rings' bluish greys (0.955 and 0.985, blue a little more) */
          if (r == g && b > r && b - r <= 4 && r >= 238)
            {
              if (x < width / 2)
                left++;
              else
                right++;
            }
        }
    }
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (left + right, >, 1000);
  return (left - right) / (left + right);
}

static void
test_cli_language (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(TovPrintCatalog) ar = tov_print_catalog_new ("ar");
  g_autofree char *svg = g_build_filename (fixture->dir, "amin-ar.svg", NULL);
  g_autofree char *png_ar = g_build_filename (fixture->dir, "amin-ar.png", NULL);
  g_autofree char *png_da = g_build_filename (fixture->dir, "amin-da.png", NULL);
  g_autofree char *png_locale = g_build_filename (fixture->dir, "amin-locale.png", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "amin-xx.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *title = g_strdup_printf (tov_print_catalog_gettext (ar, "%s — actors on %s"),
                                            "Familien Amin", NOW);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  if (g_getenv ("TOV_CLI") == NULL)
    {
      g_test_skip ("TOV_CLI not set");
      return;
    }
  g_clear_object (&fixture->store);
  fixture->store = tov_store_open (fixture->db, NULL);
  g_assert_cmpstr (title, !=, "Familien Amin — actors on " NOW);

  /* --lang ar under a Danish user interface: Arabic words, mirrored */
  g_assert_cmpint (run_cli_full (fixture, "da", "--lang", "ar", "--date", NOW, "-o", svg, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, escaped));
  g_assert_cmpint (run_cli_full (fixture, "da", "--lang", "ar", "-o", png_ar, NULL), ==, 0);
  g_assert_cmpint (run_cli_full (fixture, "ar", "--lang", "da", "-o", png_da, NULL), ==, 0);
  g_assert_cmpfloat (rings_left_of_centre (png_da), >, 0.3);
  g_assert_cmpfloat (rings_left_of_centre (png_ar), <, -0.3);

  /* an Arabic user interface without --lang: the same */
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (run_cli_full (fixture, "ar", "--date", NOW, "-o", svg, NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, escaped));
  g_assert_cmpint (run_cli_full (fixture, "ar", "-o", png_locale, NULL), ==, 0);
  g_assert_cmpfloat (rings_left_of_centre (png_locale), <, -0.3);

  /* a language there is no printout catalogue for: a usage error, nothing written */
  g_assert_cmpint (run_cli_full (fixture, NULL, "--lang", "xx", "-o", bad, NULL), ==, 2);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/tov/map-store/load", Fixture, NULL, fixture_set_up, test_load, fixture_tear_down);
  g_test_add ("/tov/map-store/move", Fixture, NULL, fixture_set_up, test_move, fixture_tear_down);
  g_test_add ("/tov/map-store/end", Fixture, NULL, fixture_set_up, test_end, fixture_tear_down);
  g_test_add ("/tov/map-render/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/tov/map-render/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/tov/map-render/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add_func ("/tov/map-render/frame-mirrors", test_frame_mirrors);
  g_test_add ("/tov/map-render/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/tov/map-render/label-func", Fixture, NULL, fixture_set_up, test_label_func, fixture_tear_down);
  g_test_add ("/tov/map-render/catalog-pdf", Fixture, NULL, fixture_set_up, test_catalog_pdf, fixture_tear_down);
  g_test_add ("/tov/map-render/cli-language", Fixture, NULL, fixture_set_up, test_cli_language,
              fixture_tear_down);

  return g_test_run ();
}
