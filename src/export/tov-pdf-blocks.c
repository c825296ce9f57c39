/* tov-pdf-blocks.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tov-pdf-renderer-private.h"

/* TovPdfRenderer: one box (a block, or one row of a table) laid out and,
 * given a cairo_t, drawn. Layouts are made once, when pagination measures,
 * and drawn from the cache; a block split over pages draws the lines of
 * its part only, line by line. */

#define CELL_PAD     4.0
#define SCALE_H      16.0
#define SIGN_SPACE   42.0

static const struct {
  double      size;
  PangoWeight weight;
  double      grey;          /* text colour, 0 black */
  double      space_before;
  double      space_after;
} styles[] = {
  [STYLE_TITLE]      = { 20.0, PANGO_WEIGHT_BOLD, 0.0, 0.0, 2.0 },
  [STYLE_HEADING]    = { 14.0, PANGO_WEIGHT_BOLD, 0.0, 12.0, 5.0 },
  [STYLE_SUBHEADING] = { 11.5, PANGO_WEIGHT_BOLD, 0.15, 6.0, 2.0 },
  [STYLE_BODY]       = { 10.5, PANGO_WEIGHT_NORMAL, 0.0, 0.0, 5.0 },
  [STYLE_NOTE]       = { 8.5, PANGO_WEIGHT_NORMAL, 0.35, 0.0, 5.0 },
  [STYLE_TERM]       = { 10.5, PANGO_WEIGHT_BOLD, 0.0, 4.0, 1.0 },
  [STYLE_TABLE_HEAD] = { 9.5, PANGO_WEIGHT_BOLD, 0.0, 0.0, 0.0 },
  [STYLE_TABLE_CELL] = { 9.5, PANGO_WEIGHT_NORMAL, 0.0, 0.0, 0.0 },
  [STYLE_CAPTION]    = { 8.5, PANGO_WEIGHT_NORMAL, 0.35, 2.0, 6.0 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (styles) == N_STYLES);

typedef struct
{
  gconstpointer   text;
  guint           slot;
  TovPdfStyle     style;
  TovPdfTextFlags flags;
} LayoutKey;

static guint
layout_key_hash (gconstpointer key)
{
  const LayoutKey *k = key;

  return g_direct_hash (k->text) ^ (k->slot * 131u + (guint) k->style * 7u + (guint) k->flags * 1031u);
}

static gboolean
layout_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const LayoutKey *x = a, *y = b;

  return x->text == y->text && x->slot == y->slot && x->style == y->style && x->flags == y->flags;
}

GHashTable *
tov_pdf_layout_cache_new (void)
{
  return g_hash_table_new_full (layout_key_hash, layout_key_equal, g_free, g_object_unref);
}

gboolean
tov_pdf_renderer_is_rtl (TovPdfRenderer *self,
                         guint           slot)
{
  return tov_document_is_rtl (self->document, slot);
}

guint
tov_pdf_renderer_n_slots (TovPdfRenderer *self)
{
  return tov_document_get_n_languages (self->document);
}

static gboolean
mirrored (TovPdfRenderer *self)
{
  /* a one-language right-to-left page runs its columns from the right; a
   * bilingual page keeps the first language on the left */
  return tov_pdf_renderer_n_slots (self) == 1 && tov_pdf_renderer_is_rtl (self, 0);
}

void
tov_pdf_renderer_slot_column (TovPdfRenderer *self,
                              guint           slot,
                              double         *x,
                              double         *width)
{
  if (tov_pdf_renderer_n_slots (self) == 1)
    {
      *x = 0;
      *width = self->width;
      return;
    }
  *width = (self->width - COLUMN_GAP) / 2;
  *x = slot == 0 ? 0 : *width + COLUMN_GAP;
}

PangoLayout *
tov_pdf_renderer_new_layout (TovPdfRenderer *self,
                             guint           slot,
                             const char     *text,
                             gboolean        untranslated,
                             gboolean        marker_only,
                             TovPdfStyle     style,
                             double          width)
{
  PangoLayout *layout = pango_layout_new (self->contexts[slot]);
  g_autoptr(PangoFontDescription) font = NULL;
  gboolean rtl = tov_pdf_renderer_is_rtl (self, slot);

  font = pango_font_description_from_string (rtl ? "Noto Naskh Arabic, Noto Sans" : "Noto Sans, Noto Naskh Arabic");
  /* Naskh sits small beside a Latin face of the same size */
  pango_font_description_set_size (font, (styles[style].size + (rtl ? 1.0 : 0.0)) * PANGO_SCALE);
  pango_font_description_set_weight (font, styles[style].weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  if (untranslated)
    {
      const char *marker = tov_doc_text_get (tov_document_get_untranslated_label (self->document), slot);
      g_autofree char *markup = NULL;

      /* the Danish text in a right-to-left column: isolated left to right,
       * so that its full stop stays at its end */
      if (marker_only)
        markup = g_markup_printf_escaped ("<span style=\"italic\" foreground=\"#707070\">(%s)</span>", marker);
      else if (rtl)
        {
          /* an isolate ends at the end of a line: one per line */
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
          g_autofree char *joined = g_strjoinv ("\xE2\x81\xA9\n\xE2\x81\xA6", lines);

          markup = g_markup_printf_escaped ("<span style=\"italic\" foreground=\"#707070\">(%s)</span> "
                                            "\xE2\x81\xA6%s\xE2\x81\xA9", marker, joined);
        }
      else
        markup = g_markup_printf_escaped ("<span style=\"italic\" foreground=\"#707070\">(%s)</span> %s",
                                          marker, text);
      pango_layout_set_markup (layout, markup, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* the layout of @text in @slot, made once per pagination when cached
 * (the text belongs to the document and keeps its address) */
static PangoLayout *
get_layout (TovPdfRenderer   *self,
            guint             slot,
            const TovDocText *text,
            TovPdfStyle       style,
            double            width,
            TovPdfTextFlags   flags)
{
  LayoutKey key = { text, slot, style, flags };
  PangoLayout *layout;
  int pango_width = (int) (MAX (width, 1) * PANGO_SCALE);
  gboolean marker_only = (flags & TOV_PDF_TEXT_MARKER_ONLY) != 0;

  if (!(flags & TOV_PDF_TEXT_CACHED))
    return tov_pdf_renderer_new_layout (self, slot, tov_doc_text_get (text, slot), text->untranslated[slot],
                                        marker_only, style, width);
  layout = g_hash_table_lookup (self->layouts, &key);
  if (layout == NULL)
    {
      layout = tov_pdf_renderer_new_layout (self, slot, tov_doc_text_get (text, slot), text->untranslated[slot],
                                            marker_only, style, width);
      g_hash_table_insert (self->layouts, g_memdup2 (&key, sizeof key), layout);
    }
  else if (pango_layout_get_width (layout) != pango_width)
    pango_layout_set_width (layout, pango_width);
  return g_object_ref (layout);
}

static gboolean
in_window (TovPdfRenderer *self,
           double          top)
{
  return top >= self->window_top - 0.01 && top < self->window_bottom - 0.01;
}

static void
add_range (TovPdfRenderer *self,
           double          top,
           double          bottom)
{
  TovPdfRange range = { top - self->range_origin, bottom - self->range_origin };

  if (self->ranges != NULL)
    g_array_append_val (self->ranges, range);
}

/* Draws the lines of @layout at (@x, @y) that start inside the window, and
 * records every line's extent while measuring for a split. */
static void
layout_lines (TovPdfRenderer *self,
              cairo_t        *cr,
              PangoLayout    *layout,
              double          x,
              double          y)
{
  gboolean whole = self->window_top == -G_MAXDOUBLE && self->window_bottom == G_MAXDOUBLE;
  PangoLayoutIter *iter;

  if (cr != NULL && whole)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      return;
    }
  if (cr == NULL && self->ranges == NULL)
    return;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = y + (double) logical.y / PANGO_SCALE;
      bottom = top + (double) logical.height / PANGO_SCALE;
      if (cr == NULL)
        add_range (self, top, bottom);
      else if (in_window (self, top))
        {
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Lays out (and with @cr draws) one text at @x, @y; returns its height. */
double
tov_pdf_renderer_text_at (TovPdfRenderer   *self,
                          cairo_t          *cr,
                          guint             slot,
                          const TovDocText *text,
                          TovPdfStyle       style,
                          double            x,
                          double            y,
                          double            width,
                          TovPdfTextFlags   flags)
{
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  if (*tov_doc_text_get (text, slot) == '\0')
    return 0;
  layout = get_layout (self, slot, text, style, width, flags);
  pango_layout_get_size (layout, &w, &h);
  if (cr != NULL)
    {
      double grey = styles[style].grey;

      cairo_save (cr);
      if (style == STYLE_HEADING)
        cairo_set_source_rgb (cr, 0.05, 0.30, 0.36);
      else
        cairo_set_source_rgb (cr, grey, grey, grey);
      layout_lines (self, cr, layout, x, y);
      cairo_restore (cr);
    }
  else
    layout_lines (self, NULL, layout, x, y);
  return (double) h / PANGO_SCALE;
}

static double
text_at (TovPdfRenderer   *self,
         cairo_t          *cr,
         guint             slot,
         const TovDocText *text,
         TovPdfStyle       style,
         double            x,
         double            y,
         double            width)
{
  return tov_pdf_renderer_text_at (self, cr, slot, text, style, x, y, width, TOV_PDF_TEXT_CACHED);
}

/**
 * tov_pdf_renderer_draw_scale:
 *
 * @digits: (nullable): the ten digits as the printout's language writes
 *   them ("٠١٢٣٤٥٦٧٨٩"), or NULL for 0-9
 *
 * Draws a 0-10 scale into (0, 0, @width, @height): eleven boxes, those up
 * to @now filled, the @target box outlined heavily (-1: none). Right to left
 * puts 0 on the right.
 */
void
tov_pdf_renderer_draw_scale (cairo_t    *cr,
                             double      width,
                             double      height,
                             int         now,
                             int         target,
                             gboolean    rtl,
                             const char *digits)
{
  double step = width / 11.0;
  double box = MIN (step - 2, height);
  gboolean ascii = digits == NULL || g_utf8_strlen (digits, -1) != 10 || g_str_equal (digits, "0123456789");

  cairo_save (cr);
  cairo_set_line_width (cr, 0.8);
  /* Naskh has the Arabic-Indic digits, Noto Sans does not (and the toy
   * font API falls back to nothing) */
  cairo_select_font_face (cr, ascii ? "Noto Sans" : "Noto Naskh Arabic", CAIRO_FONT_SLANT_NORMAL,
                          CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, box * (ascii ? 0.55 : 0.6));
  for (int i = 0; i <= 10; i++)
    {
      double x = (rtl ? 10 - i : i) * step + (step - box) / 2;
      char number[16] = "";
      cairo_text_extents_t extents;

      if (ascii)
        g_snprintf (number, sizeof number, "%d", i);
      else
        {
          /* "10" is the digit one, then the digit zero, in every script */
          const char *one = g_utf8_offset_to_pointer (digits, 1), *zero = digits;
          const char *digit = g_utf8_offset_to_pointer (digits, i % 10);

          if (i == 10)
            {
              strncat (number, one, g_utf8_next_char (one) - one);
              strncat (number, zero, g_utf8_next_char (zero) - zero);
            }
          else
            strncat (number, digit, g_utf8_next_char (digit) - digit);
        }
      cairo_rectangle (cr, x, 0, box, box);
      if (i <= now)
        cairo_set_source_rgb (cr, 0.16, 0.55, 0.62);
      else
        cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, i == target ? 2.4 : 0.8);
      cairo_stroke (cr);

      cairo_text_extents (cr, number, &extents);
      cairo_set_source_rgb (cr, i <= now ? 1 : 0.2, i <= now ? 1 : 0.2, i <= now ? 1 : 0.2);
      cairo_move_to (cr, x + (box - extents.width) / 2 - extents.x_bearing,
                     (box - extents.height) / 2 - extents.y_bearing);
      cairo_show_text (cr, number);
    }
  cairo_restore (cr);
}

static void
table_columns (TovPdfRenderer *self,
               const TovBlock *block,
               double         *x,
               double         *w)
{
  double total = 0, weights[16], at = 0;
  guint n = MIN (block->n_columns, G_N_ELEMENTS (weights));

  for (guint c = 0; c < n; c++)
    total += weights[c] = (c == 0 && n == 4) ? 2.2 : 1.0;
  for (guint v = 0; v < n; v++)
    {
      /* visual position v shows logical column c */
      guint c = mirrored (self) ? n - 1 - v : v;

      w[c] = self->width * weights[c] / total;
      x[c] = at;
      at += w[c];
    }
}

/* a cell's text in @slot: a name shows once, an untranslated text beside
 * its Danish only as the marker */
static double
cell_text (TovPdfRenderer   *self,
           cairo_t          *cr,
           guint             slot,
           const TovDocText *cell,
           TovPdfStyle       style,
           double            x,
           double            y,
           double            width)
{
  TovPdfTextFlags flags = TOV_PDF_TEXT_CACHED;

  if (tov_doc_text_repeats (cell, slot))
    return 0;
  if (tov_doc_text_stands_in (cell, slot))
    flags |= TOV_PDF_TEXT_MARKER_ONLY;
  return tov_pdf_renderer_text_at (self, cr, slot, cell, style, x, y, width, flags);
}

static double
table_row (TovPdfRenderer *self,
           cairo_t        *cr,
           const TovBlock *block,
           guint           row,
           double          y)
{
  double x[16], w[16], height = 0;
  guint n = MIN (block->n_columns, 16);
  guint slots = tov_pdf_renderer_n_slots (self);
  TovPdfStyle style = row == 0 ? STYLE_TABLE_HEAD : STYLE_TABLE_CELL;

  table_columns (self, block, x, w);
  /* the row's height first (from the cached layouts), then its background,
   * texts and borders */
  for (guint c = 0; c < n; c++)
    {
      const TovDocText *cell = tov_block_get_cell (block, row, c);
      double cy = y + CELL_PAD;

      for (guint s = 0; cell != NULL && s < slots; s++)
        {
          double h = cell_text (self, NULL, s, cell, style, x[c] + CELL_PAD, cy, w[c] - 2 * CELL_PAD);
          cy += h + (h > 0 && s + 1 < slots ? 2 : 0);
        }
      height = MAX (height, cy + CELL_PAD - y);
    }
  if (cr == NULL)
    return height;

  if (row == 0)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.90, 0.94, 0.95);
      cairo_rectangle (cr, 0, y, self->width, height);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  for (guint c = 0; c < n; c++)
    {
      const TovDocText *cell = tov_block_get_cell (block, row, c);
      double cy = y + CELL_PAD;

      for (guint s = 0; cell != NULL && s < slots; s++)
        {
          double h = cell_text (self, cr, s, cell, style, x[c] + CELL_PAD, cy, w[c] - 2 * CELL_PAD);
          cy += h + (h > 0 && s + 1 < slots ? 2 : 0);
        }
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x[c], y, w[c], height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  return height;
}

typedef struct
{
  const guchar *data;
  gsize         size;
  gsize         at;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->size - reader->at < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_image (const TovBlock *block,
            cairo_t        *cr,
            double          left,
            double          y,
            double          width,
            double          height)
{
  cairo_save (cr);
  if (block->drawing != NULL)
    {
      /* a vector drawing: painted as it is, sharp at any zoom */
      cairo_translate (cr, left, y);
      cairo_scale (cr, width / block->width_pt, height / block->height_pt);
      cairo_set_source_surface (cr, block->drawing, 0, 0);
      cairo_paint (cr);
    }
  else if (block->png != NULL)
    {
      PngReader reader = { 0 };
      cairo_surface_t *image;

      reader.data = g_bytes_get_data (block->png, &reader.size);
      image = cairo_image_surface_create_from_png_stream (read_png, &reader);
      if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
        {
          cairo_translate (cr, left, y);
          cairo_scale (cr, width / cairo_image_surface_get_width (image),
                       height / cairo_image_surface_get_height (image));
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_paint (cr);
        }
      cairo_surface_destroy (image);
    }
  else
    {
      static const double dash[] = { 4, 3 };

      cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_rectangle (cr, left, y, width, height);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static double
image_block (TovPdfRenderer *self,
             cairo_t        *cr,
             const TovBlock *block,
             double          y)
{
  double width = MIN (block->width_pt, self->width);
  double height = block->height_pt * width / MAX (block->width_pt, 1);
  double caption = 0;

  if (cr != NULL)
    draw_image (block, cr, (self->width - width) / 2, y, width, height);
  for (guint s = 0; s < tov_pdf_renderer_n_slots (self); s++)
    {
      double x, w;

      tov_pdf_renderer_slot_column (self, s, &x, &w);
      caption = MAX (caption, text_at (self, cr, s, &block->text, STYLE_CAPTION, x, y + height + 4, w));
    }
  return height + 4 + caption + styles[STYLE_CAPTION].space_after;
}

static double
signatures_block (TovPdfRenderer *self,
                  cairo_t        *cr,
                  const TovBlock *block,
                  double          y)
{
  guint n = block->cells->len;
  double width = (self->width - COLUMN_GAP * (n - 1)) / MAX (n, 1);
  double height = 0;

  for (guint i = 0; i < n; i++)
    {
      guint v = mirrored (self) ? n - 1 - i : i;
      double x = v * (width + COLUMN_GAP);
      const TovDocText *label = g_ptr_array_index (block->cells, i);
      double h = 0;

      if (cr != NULL)
        {
          cairo_save (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, 0.7);
          cairo_move_to (cr, x, y + SIGN_SPACE);
          cairo_line_to (cr, x + width, y + SIGN_SPACE);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      /* both languages under one line: the first at its start, the second at its end */
      for (guint s = 0; s < tov_pdf_renderer_n_slots (self); s++)
        h = MAX (h, text_at (self, cr, s, label, STYLE_NOTE, x, y + SIGN_SPACE + 3, width));
      height = MAX (height, SIGN_SPACE + 3 + h + 8);
    }
  return height;
}

static TovPdfStyle
text_style (TovBlockKind kind)
{
  switch (kind)
    {
    case TOV_BLOCK_TITLE: return STYLE_TITLE;
    case TOV_BLOCK_HEADING: return STYLE_HEADING;
    case TOV_BLOCK_SUBHEADING: return STYLE_SUBHEADING;
    case TOV_BLOCK_NOTE: return STYLE_NOTE;
    default: return STYLE_BODY;
    }
}

/* the space a text block leaves below itself: a part of a split block that
 * ends on a page does not need it */
double
tov_pdf_renderer_space_after (TovPdfRenderer *self,
                              guint           index)
{
  const TovBlock *block = tov_document_get_block (self->document, index);

  return styles[text_style (block->kind)].space_after + (block->kind == TOV_BLOCK_SCALE ? 4 : 0);
}

static double
scale_at (TovPdfRenderer *self,
          cairo_t        *cr,
          const TovBlock *block,
          guint           slot,
          double          x,
          double          y,
          double          w)
{
  double scale_w = MIN (w, 220);
  gboolean rtl = tov_pdf_renderer_is_rtl (self, slot);

  if (cr == NULL)
    add_range (self, y, y + SCALE_H);
  else if (in_window (self, y))
    {
      cairo_save (cr);
      cairo_translate (cr, rtl ? x + w - scale_w : x, y);
      tov_pdf_renderer_draw_scale (cr, scale_w, SCALE_H, block->scale_now, block->scale_target, rtl,
                                   tov_doc_text_get (tov_document_get_digits (self->document), slot));
      cairo_restore (cr);
    }
  return SCALE_H + 2;
}

/**
 * tov_pdf_renderer_render_box:
 * @cr: (nullable): where to draw, or NULL to measure only
 *
 * Lays out one box (a block, or one row of a table) at @y and draws it when
 * @cr is given; returns its height including the space around it.
 */
double
tov_pdf_renderer_render_box (TovPdfRenderer *self,
                             cairo_t        *cr,
                             guint           index,
                             int             row,
                             double          y)
{
  const TovBlock *block = tov_document_get_block (self->document, index);
  double height = 0;

  switch (block->kind)
    {
    case TOV_BLOCK_TABLE:
      return table_row (self, cr, block, row, y) + (row + 1 == (int) tov_block_get_n_rows (block) ? 8 : 0);
    case TOV_BLOCK_IMAGE:
      return image_block (self, cr, block, y);
    case TOV_BLOCK_SIGNATURES:
      return signatures_block (self, cr, block, y);
    case TOV_BLOCK_PAGE_BREAK:
      return 0;
    default:
      break;
    }

  for (guint s = 0; s < tov_pdf_renderer_n_slots (self); s++)
    {
      TovPdfStyle style = text_style (block->kind);
      double x, w, h = styles[style].space_before;

      tov_pdf_renderer_slot_column (self, s, &x, &w);
      if (block->kind == TOV_BLOCK_DEFINITION)
        h += text_at (self, cr, s, &block->term, STYLE_TERM, x, y + h, w);
      h += text_at (self, cr, s, &block->text, style, x, y + h, w);
      if (block->kind == TOV_BLOCK_SCALE)
        {
          h += 3;
          h += scale_at (self, cr, block, s, x, y + h, w);
          h += text_at (self, cr, s, &block->term, STYLE_CAPTION, x, y + h, w);
        }
      height = MAX (height, h + tov_pdf_renderer_space_after (self, index));
    }
  return height;
}
