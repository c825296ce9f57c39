/* tov-map-painter.c: text and colours shared by the map's drawing code
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "tov-map-painter.h"

#define MAX_CACHED_LAYOUTS 4096

/* Okabe & Ito (2008), "Color Universal Design": distinguishable with every
 * common colour-vision deficiency */
static const double palette[TOV_MAP_N_SECTORS][3] = {
  { 0xE6 / 255., 0x9F / 255., 0x00 / 255. },  /* social: orange */
  { 0x56 / 255., 0xB4 / 255., 0xE9 / 255. },  /* employment: sky blue */
  { 0x00 / 255., 0x9E / 255., 0x73 / 255. },  /* children and youth: bluish green */
  { 0xF0 / 255., 0xE4 / 255., 0x42 / 255. },  /* school: yellow */
  { 0x00 / 255., 0x72 / 255., 0xB2 / 255. },  /* health: blue */
  { 0xD5 / 255., 0x5E / 255., 0x00 / 255. },  /* leisure: vermillion */
  { 0x00 / 255., 0x00 / 255., 0x00 / 255. },  /* police: black */
  { 0xCC / 255., 0x79 / 255., 0xA7 / 255. },  /* NGO: reddish purple */
  { 0x99 / 255., 0x99 / 255., 0x99 / 255. },  /* private network: grey */
};

const double tov_map_ink[3] = { 0.14, 0.14, 0.16 };

/**
 * tov_map_cache_new:
 *
 * Returns: (transfer full): an empty cache for the drawings of one map
 *   view (or one export), to use from one thread only
 */
TovMapCache *
tov_map_cache_new (void)
{
  TovMapCache *cache = g_new0 (TovMapCache, 1);

  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cache->font = pango_font_description_from_string ("Sans");
  cache->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  cache->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) cairo_surface_destroy);
  return cache;
}

void
tov_map_cache_free (TovMapCache *cache)
{
  if (cache == NULL)
    return;
  g_clear_object (&cache->context);
  g_clear_pointer (&cache->font, pango_font_description_free);
  g_clear_pointer (&cache->layouts, g_hash_table_unref);
  g_clear_pointer (&cache->sprites, g_hash_table_unref);
  g_clear_pointer (&cache->labels, g_array_unref);
  g_free (cache);
}

/* forget every layout: the fonts changed under us */
void
tov_map_cache_clear (TovMapCache *cache)
{
  g_return_if_fail (cache != NULL);
  g_hash_table_remove_all (cache->layouts);
  g_hash_table_remove_all (cache->sprites);
  g_clear_pointer (&cache->labels, g_array_unref);
  pango_context_changed (cache->context);
}

guint
tov_map_cache_n_layouts (TovMapCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);
  return g_hash_table_size (cache->layouts);
}

void
tov_map_painter_begin (TovMapPainter     *p,
                       cairo_t           *cr,
                       const TovMapFrame *frame,
                       TovMapCache       *cache)
{
  PangoDirection direction = frame->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR;

  *p = (TovMapPainter) { cr, frame, cache, NULL, CLAMP (frame->scale * 0.045, 6.0, 15.0), 0, 0 };
  if (g_hash_table_size (cache->sprites) > 256)
    g_hash_table_remove_all (cache->sprites);
  /* bumps the context's serial (and so lays the text out again) only when the
   * transformation or the font options differ from the last drawing's */
  pango_cairo_update_context (cr, cache->context);
  if (pango_context_get_base_dir (cache->context) != direction)
    pango_context_set_base_dir (cache->context, direction);
}

const double *
tov_map_painter_palette (TovMapSector sector)
{
  g_assert (sector < TOV_MAP_N_SECTORS);
  return palette[sector];
}

/* one of the map's words, from the drawing's TovMapLabelFunc or the UI's catalogue */
const char *
tov_map_painter_gettext (TovMapPainter *p,
                         const char    *msgid)
{
  if (p->label_func != NULL)
    return p->label_func (msgid, NULL, 0, p->label_data);
  return g_dpgettext (GETTEXT_PACKAGE, msgid, 0);
}

/**
 * tov_map_painter_digits:
 *
 * Returns: (transfer full): @text with its digits in the digits of the
 *   drawing's language, as a printout writes them (Arabic-Indic in an Arabic
 *   printout); the UI's own drawing keeps its digits, as the rest of the UI.
 */
char *
tov_map_painter_digits (TovMapPainter *p,
                        const char    *text)
{
  /* the catalogues' "digits" message (tov-print-catalog.c) */
  const char *digits = p->label_func != NULL ? tov_map_painter_gettext (p, "digits\004" "0123456789") : NULL;
  const char *glyph[10];
  GString *out;

  if (digits == NULL || g_str_equal (digits, "0123456789") || g_utf8_strlen (digits, -1) != 10 ||
      !g_utf8_validate (digits, -1, NULL))
    return g_strdup (text);
  for (guint i = 0; i < 10; i++, digits = g_utf8_next_char (digits))
    glyph[i] = digits;
  out = g_string_new (NULL);
  for (const char *c = text; *c != '\0'; c++)
    if (*c >= '0' && *c <= '9')
      g_string_append_len (out, glyph[*c - '0'], g_utf8_next_char (glyph[*c - '0']) - glyph[*c - '0']);
    else
      g_string_append_c (out, *c);
  return g_string_free (out, FALSE);
}

void
tov_map_painter_set_rgb (TovMapPainter *p,
                         const double  *rgb,
                         double         alpha)
{
  cairo_set_source_rgba (p->cr, rgb[0], rgb[1], rgb[2], alpha);
}

/**
 * tov_map_painter_text:
 * @factor: of the base font size
 * @max_width: ellipsize beyond this width, or <= 0 for no limit
 *
 * Returns: (transfer none): @text laid out, from the cache
 */
PangoLayout *
tov_map_painter_text (TovMapPainter *p,
                      const char    *text,
                      double         factor,
                      gboolean       bold,
                      double         max_width)
{
  int size = (int) lround (MAX (1.0, p->font * factor) * PANGO_SCALE);
  int width = max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1;
  g_autofree char *key = g_strdup_printf ("%d|%d|%d|%s", size, bold, width, text);
  PangoLayout *layout = g_hash_table_lookup (p->cache->layouts, key);

  if (layout != NULL)
    return layout;
  if (g_hash_table_size (p->cache->layouts) >= MAX_CACHED_LAYOUTS)
    g_hash_table_remove_all (p->cache->layouts);
  layout = pango_layout_new (p->cache->context);
  pango_font_description_set_absolute_size (p->cache->font, size);
  pango_font_description_set_weight (p->cache->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, p->cache->font);
  pango_layout_set_width (layout, width);
  pango_layout_set_ellipsize (layout, width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (p->cache->layouts, g_steal_pointer (&key), layout);
  return layout;
}

/* the layout's logical box, relative to where it is drawn from */
void
tov_map_painter_extents (PangoLayout *layout,
                         TovMapBox   *box)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *box = (TovMapBox) { (double) logical.x / PANGO_SCALE, (double) logical.y / PANGO_SCALE,
                       (double) logical.width / PANGO_SCALE, (double) logical.height / PANGO_SCALE };
}

/* draws @layout anchored at (@x, @y): h 0 = its start at x, 0.5 = centred,
 * 1 = its end at x (in drawing coordinates, not the text direction); v likewise */
void
tov_map_painter_show (TovMapPainter *p,
                      PangoLayout   *layout,
                      double         x,
                      double         y,
                      double         h,
                      double         v)
{
  TovMapBox box;

  tov_map_painter_extents (layout, &box);
  cairo_move_to (p->cr, x - h * box.width - box.x, y - v * box.height - box.y);
  pango_cairo_show_layout (p->cr, layout);
  cairo_new_path (p->cr);
}
