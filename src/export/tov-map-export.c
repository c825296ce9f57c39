/* tov-map-export.c: the map of a family from the store, as drawn into a
 * printout, a PNG or an SVG (declared in tov-map-renderer.h)
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <cairo-svg.h>

#include "tov-date.h"
#include "tov-map-renderer.h"
#include "tov-print-catalog.h"
#include "tov-store-map.h"

#define MM_TO_PT(mm)  ((mm) / 25.4 * 72.0)
#define MAX_PIXELS    12000

static gboolean
load (TovStore      *store,
      const char    *family_id,
      const char    *date,
      TovMapData   **data,
      TovMapLayout **layout,
      GError       **error)
{
  g_autofree char *today = NULL;

  if (date != NULL && !tov_date_is_valid (date))
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), date);
      return FALSE;
    }
  *data = tov_store_load_map (store, family_id, error);
  if (*data == NULL)
    return FALSE;
  if (date == NULL)
    date = today = tov_date_today ();
  *layout = tov_map_layout_new (*data, date, NULL);
  return TRUE;
}

/**
 * tov_map_renderer_catalog_label:
 * @user_data: a TovPrintCatalog
 *
 * A TovMapLabelFunc: the map's words in the printout's language, from its
 * catalogue. A message in a context that the catalogue lacks comes back
 * without its context.
 */
const char *
tov_map_renderer_catalog_label (const char *msgid,
                                const char *msgid_plural,
                                gulong      n,
                                gpointer    user_data)
{
  TovPrintCatalog *catalog = user_data;
  const char *text;

  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (catalog), msgid);
  if (msgid_plural != NULL)
    return tov_print_catalog_ngettext (catalog, msgid, msgid_plural, n);
  text = tov_print_catalog_gettext (catalog, msgid);
  if (text == msgid && strchr (msgid, '\004') != NULL)
    return strchr (msgid, '\004') + 1;
  return text;
}

gboolean
tov_map_renderer_draw_family (cairo_t            *cr,
                              TovStore           *store,
                              const char         *family_id,
                              const char         *date,
                              double              width,
                              double              height,
                              TovMapRenderFlags   flags,
                              TovMapLabelFunc     label_func,
                              gpointer            label_data,
                              GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { .flags = flags, .label_func = label_func, .label_data = label_data };

  g_return_val_if_fail (cr != NULL && TOV_IS_STORE (store) && family_id != NULL, FALSE);
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;
  tov_map_renderer_draw (cr, data, layout, width, height, &options);
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_size (double   width_mm,
            double   height_mm,
            GError **error)
{
  if (!(width_mm >= 20 && height_mm >= 20 && width_mm <= 2000 && height_mm <= 2000))
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("The map must be between 20 and 2000 mm wide and high."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
surface_failed (cairo_surface_t *surface,
                GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO,
               _("Cannot draw the map: %s"), cairo_status_to_string (status));
  return TRUE;
}

/**
 * tov_map_renderer_render_png:
 * @dpi: pixels per inch, 300 for print
 * @label_func: (nullable): the map's words (NULL: the UI's gettext)
 * @png: (out): the PNG file's bytes
 *
 * Draws the family's map as of @date (NULL: today) as a PNG of
 * @width_mm x @height_mm at @dpi, on white.
 */
gboolean
tov_map_renderer_render_png (TovStore           *store,
                             const char         *family_id,
                             const char         *date,
                             double              width_mm,
                             double              height_mm,
                             int                 dpi,
                             TovMapRenderFlags   flags,
                             TovMapLabelFunc     label_func,
                             gpointer            label_data,
                             GBytes            **png,
                             GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { .flags = flags, .label_func = label_func, .label_data = label_data };
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  gboolean failed;

  g_return_val_if_fail (TOV_IS_STORE (store) && family_id != NULL && png != NULL, FALSE);
  if (!check_size (width_mm, height_mm, error))
    return FALSE;
  dpi = CLAMP (dpi, 24, 1200);
  width = (int) ceil (width_mm / 25.4 * dpi);
  height = (int) ceil (height_mm / 25.4 * dpi);
  if (width > MAX_PIXELS || height > MAX_PIXELS)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID,
                   _("The map would be too large an image; choose a lower resolution."));
      return FALSE;
    }
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72.0, dpi / 72.0);
  tov_map_renderer_draw (cr, data, layout, MM_TO_PT (width_mm), MM_TO_PT (height_mm), &options);
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  failed = surface_failed (surface, error);
  if (!failed && cairo_surface_write_to_png_stream (surface, append_bytes, bytes) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_IO, _("Cannot write the map as PNG."));
      failed = TRUE;
    }
  cairo_surface_destroy (surface);
  if (failed)
    return FALSE;
  *png = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return TRUE;
}

/* cairo writes text as glyph outlines: a <title> and a <desc> naming every
 * actor make the SVG readable by screen readers and searchable */
static GBytes *
add_description (GByteArray                *svg,
                 const TovMapData          *data,
                 const TovMapLayout        *layout,
                 const TovMapRenderOptions *options)
{
  const char *text = (const char *) svg->data;
  const char *open = g_strstr_len (text, svg->len, "<svg");
  const char *end = open != NULL ? memchr (open, '>', svg->len - (open - text)) : NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  if (end == NULL)
    return g_byte_array_free_to_bytes (g_byte_array_ref (svg));
  out = g_string_new_len (text, end + 1 - text);
  /* the drawn title's words (the actors' descriptions are in the UI's language) */
  title = g_strdup_printf (options->label_func != NULL
                             ? options->label_func (N_("%s — actors on %s"), NULL, 0, options->label_data)
                             : _("%s — actors on %s"),
                           data->family_name, layout->date);
  escaped = g_markup_escape_text (title, -1);
  g_string_append_printf (out, "\n<title>%s</title>\n<desc>", escaped);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const TovMapNode *node = &g_array_index (layout->nodes, TovMapNode, i);
      g_autofree char *description = tov_map_entry_describe (node->entry, data);
      g_autofree char *line = g_markup_printf_escaped ("%s: %s\n", node->entry->actor_name,
                                                       description);

      g_string_append (out, line);
    }
  g_string_append (out, "</desc>");
  g_string_append_len (out, end + 1, svg->len - (end + 1 - text));
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * tov_map_renderer_render_svg:
 * @label_func: (nullable): the map's words (NULL: the UI's gettext)
 * @svg: (out): the SVG file's bytes
 *
 * Draws the family's map as of @date (NULL: today) as an SVG of
 * @width_mm x @height_mm, with a <title> and a <desc> naming every actor.
 */
gboolean
tov_map_renderer_render_svg (TovStore           *store,
                             const char         *family_id,
                             const char         *date,
                             double              width_mm,
                             double              height_mm,
                             TovMapRenderFlags   flags,
                             TovMapLabelFunc     label_func,
                             gpointer            label_data,
                             GBytes            **svg,
                             GError            **error)
{
  g_autoptr(TovMapData) data = NULL;
  g_autoptr(TovMapLayout) layout = NULL;
  TovMapRenderOptions options = { .flags = flags, .label_func = label_func, .label_data = label_data };
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean failed;

  g_return_val_if_fail (TOV_IS_STORE (store) && family_id != NULL && svg != NULL, FALSE);
  if (!check_size (width_mm, height_mm, error))
    return FALSE;
  if (!load (store, family_id, date, &data, &layout, error))
    return FALSE;

  bytes = g_byte_array_new ();
  /* the document in millimetres (width="297mm"), drawn in points */
  surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width_mm, height_mm);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_MM);
  cr = cairo_create (surface);
  cairo_scale (cr, 25.4 / 72.0, 25.4 / 72.0);
  tov_map_renderer_draw (cr, data, layout, MM_TO_PT (width_mm), MM_TO_PT (height_mm), &options);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  failed = surface_failed (surface, error);
  cairo_surface_destroy (surface);
  if (failed)
    return FALSE;
  *svg = add_description (bytes, data, layout, &options);
  return TRUE;
}
