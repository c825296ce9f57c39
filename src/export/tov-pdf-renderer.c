/* tov-pdf-renderer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "tov-pdf-renderer.h"

#define A4_WIDTH     595.276
#define A4_HEIGHT    841.89
#define MARGIN_X     50.0
#define MARGIN_Y     40.0
#define HEADER_H     30.0
#define FOOTER_H     26.0
#define COLUMN_GAP   18.0
#define CELL_PAD     4.0
#define SCALE_H      16.0
#define SIGN_SPACE   42.0

typedef enum
{
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_NOTE,
  STYLE_TERM,
  STYLE_TABLE_HEAD,
  STYLE_TABLE_CELL,
  STYLE_CAPTION,
} Style;

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

typedef struct
{
  guint  block;
  int    row;       /* table row, or -1 */
  guint  page;
  double y;
  double height;
} Box;

struct _TovPdfRenderer
{
  GObject       parent_instance;

  TovDocument  *document;
  PangoContext *contexts[TOV_DOCUMENT_MAX_LANGUAGES];
  double        width;   /* the content area of a page */
  double        height;
  GArray       *boxes;
  GHashTable   *heights;  /* (block << 32 | row + 1) -> height, during paginate */
  guint         n_pages;
};

G_DEFINE_FINAL_TYPE (TovPdfRenderer, tov_pdf_renderer, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-pdf-renderer-error-quark, tov_pdf_renderer_error)

static gboolean
is_rtl (TovPdfRenderer *self,
        guint           slot)
{
  return tov_document_is_rtl (self->document, slot);
}

static guint
n_slots (TovPdfRenderer *self)
{
  return tov_document_get_n_languages (self->document);
}

static gboolean
mirrored (TovPdfRenderer *self)
{
  /* a one-language right-to-left page runs its columns from the right; a
   * bilingual page keeps the first language on the left */
  return n_slots (self) == 1 && is_rtl (self, 0);
}

static void
slot_column (TovPdfRenderer *self,
             guint           slot,
             double         *x,
             double         *width)
{
  if (n_slots (self) == 1)
    {
      *x = 0;
      *width = self->width;
      return;
    }
  *width = (self->width - COLUMN_GAP) / 2;
  *x = slot == 0 ? 0 : *width + COLUMN_GAP;
}

static PangoLayout *
make_layout (TovPdfRenderer   *self,
             guint             slot,
             const char       *text,
             gboolean          untranslated,
             Style             style,
             double            width)
{
  PangoLayout *layout = pango_layout_new (self->contexts[slot]);
  g_autoptr(PangoFontDescription) font = NULL;
  gboolean rtl = is_rtl (self, slot);

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
      g_autofree char *markup = g_markup_printf_escaped ("<span style=\"italic\" foreground=\"#707070\">(%s)</span> %s",
                                                         marker, text);
      pango_layout_set_markup (layout, markup, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

/* Lays out (and with @cr draws) one text at @x, @y; returns its height. */
static double
text_at (TovPdfRenderer   *self,
         cairo_t          *cr,
         guint             slot,
         const TovDocText *text,
         Style             style,
         double            x,
         double            y,
         double            width)
{
  const char *value = tov_doc_text_get (text, slot);
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (*value == '\0')
    return 0;
  layout = make_layout (self, slot, value, text->untranslated[slot], style, width);
  height = layout_height (layout);
  if (cr != NULL)
    {
      double grey = styles[style].grey;

      cairo_save (cr);
      if (style == STYLE_HEADING)
        cairo_set_source_rgb (cr, 0.05, 0.30, 0.36);
      else
        cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  return height;
}

/**
 * tov_pdf_renderer_draw_scale:
 *
 * Draws a 0-10 scale into (0, 0, @width, @height): eleven boxes, those up
 * to @now filled, the @target box outlined heavily (-1: none). Right to left
 * puts 0 on the right.
 */
void
tov_pdf_renderer_draw_scale (cairo_t  *cr,
                             double    width,
                             double    height,
                             int       now,
                             int       target,
                             gboolean  rtl)
{
  double step = width / 11.0;
  double box = MIN (step - 2, height);

  cairo_save (cr);
  cairo_set_line_width (cr, 0.8);
  for (int i = 0; i <= 10; i++)
    {
      double x = (rtl ? 10 - i : i) * step + (step - box) / 2;
      g_autofree char *number = g_strdup_printf ("%d", i);
      cairo_text_extents_t extents;

      cairo_rectangle (cr, x, 0, box, box);
      if (i <= now)
        {
          cairo_set_source_rgb (cr, 0.16, 0.55, 0.62);
          cairo_fill_preserve (cr);
        }
      else
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill_preserve (cr);
        }
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, i == target ? 2.4 : 0.8);
      cairo_stroke (cr);

      cairo_select_font_face (cr, "Noto Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, box * 0.55);
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

static double
table_row (TovPdfRenderer *self,
           cairo_t        *cr,
           const TovBlock *block,
           guint           row,
           double          y)
{
  double x[16], w[16], height = 0;
  guint n = MIN (block->n_columns, 16);
  Style style = row == 0 ? STYLE_TABLE_HEAD : STYLE_TABLE_CELL;

  table_columns (self, block, x, w);
  for (int pass = cr != NULL ? 0 : 1; pass < 2; pass++)
    {
      if (pass == 1 && cr != NULL && row == 0)
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

          for (guint s = 0; cell != NULL && s < n_slots (self); s++)
            {
              double h = text_at (self, pass == 1 ? cr : NULL, s, cell, style,
                                  x[c] + CELL_PAD, cy, w[c] - 2 * CELL_PAD);
              cy += h + (h > 0 && s + 1 < n_slots (self) ? 2 : 0);
            }
          height = MAX (height, cy + CELL_PAD - y);
          if (pass == 1 && cr != NULL)
            {
              cairo_save (cr);
              cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
              cairo_set_line_width (cr, 0.5);
              cairo_rectangle (cr, x[c], y, w[c], height);
              cairo_stroke (cr);
              cairo_restore (cr);
            }
        }
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

static double
image_block (TovPdfRenderer *self,
             cairo_t        *cr,
             const TovBlock *block,
             double          y)
{
  double width = MIN (block->width_pt, self->width);
  double height = block->height_pt * width / MAX (block->width_pt, 1);
  double left = (self->width - width) / 2;
  double caption = 0;

  if (cr != NULL)
    {
      cairo_save (cr);
      if (block->png != NULL)
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

  for (guint s = 0; s < n_slots (self); s++)
    {
      double x, w;

      slot_column (self, s, &x, &w);
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
      for (guint s = 0; s < n_slots (self); s++)
        h = MAX (h, text_at (self, cr, s, label, STYLE_NOTE, x, y + SIGN_SPACE + 3, width));
      height = MAX (height, SIGN_SPACE + 3 + h + 8);
    }
  return height;
}

static Style
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

/* Lays out one box (a block, or one row of a table) at @y and draws it when
 * @cr is given; returns its height including the space around it. */
static double
render_box (TovPdfRenderer *self,
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

  for (guint s = 0; s < n_slots (self); s++)
    {
      Style style = text_style (block->kind);
      double x, w, h = styles[style].space_before;

      slot_column (self, s, &x, &w);
      if (block->kind == TOV_BLOCK_DEFINITION)
        h += text_at (self, cr, s, &block->term, STYLE_TERM, x, y + h, w);
      h += text_at (self, cr, s, &block->text, style, x, y + h, w);
      if (block->kind == TOV_BLOCK_SCALE)
        {
          double scale_w = MIN (w, 220);

          h += 3;
          if (cr != NULL)
            {
              cairo_save (cr);
              cairo_translate (cr, is_rtl (self, s) ? x + w - scale_w : x, y + h);
              tov_pdf_renderer_draw_scale (cr, scale_w, SCALE_H, block->scale_now, block->scale_target,
                                           is_rtl (self, s));
              cairo_restore (cr);
            }
          h += SCALE_H + 2;
          h += text_at (self, cr, s, &block->term, STYLE_CAPTION, x, y + h, w);
        }
      height = MAX (height, h + styles[style].space_after + (block->kind == TOV_BLOCK_SCALE ? 4 : 0));
    }
  return height;
}

/* render_box () without drawing, each box measured once per pagination */
static double
measure_box (TovPdfRenderer *self,
             guint           index,
             int             row)
{
  gint64 key = ((gint64) index << 32) | (gint64) (row + 1);
  double *height = g_hash_table_lookup (self->heights, &key);

  if (height == NULL)
    {
      gint64 *k = g_new (gint64, 1);

      *k = key;
      height = g_new (double, 1);
      *height = render_box (self, NULL, index, row, 0);
      g_hash_table_insert (self->heights, k, height);
    }
  return *height;
}

static gboolean
keeps_with_next (const TovBlock *block)
{
  return block->kind == TOV_BLOCK_HEADING || block->kind == TOV_BLOCK_SUBHEADING ||
         block->kind == TOV_BLOCK_TITLE;
}

static void
add_box (TovPdfRenderer *self,
         guint           block,
         int             row,
         double          height,
         double         *y)
{
  Box box = { block, row, self->n_pages - 1, *y, height };

  g_array_append_val (self->boxes, box);
  *y += height;
}

static void
tov_pdf_renderer_dispose (GObject *object)
{
  TovPdfRenderer *self = (TovPdfRenderer *) object;

  g_clear_object (&self->document);
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    g_clear_object (&self->contexts[i]);

  G_OBJECT_CLASS (tov_pdf_renderer_parent_class)->dispose (object);
}

static void
tov_pdf_renderer_finalize (GObject *object)
{
  TovPdfRenderer *self = (TovPdfRenderer *) object;

  g_clear_pointer (&self->boxes, g_array_unref);

  G_OBJECT_CLASS (tov_pdf_renderer_parent_class)->finalize (object);
}

static void
tov_pdf_renderer_class_init (TovPdfRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_pdf_renderer_dispose;
  object_class->finalize = tov_pdf_renderer_finalize;
}

static void
tov_pdf_renderer_init (TovPdfRenderer *self)
{
  self->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
}

TovPdfRenderer *
tov_pdf_renderer_new (TovDocument *document)
{
  TovPdfRenderer *self;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();

  g_return_val_if_fail (TOV_IS_DOCUMENT (document), NULL);

  self = g_object_new (TOV_TYPE_PDF_RENDERER, NULL);
  self->document = g_object_ref (document);
  for (guint s = 0; s < tov_document_get_n_languages (document); s++)
    {
      PangoContext *context = pango_font_map_create_context (font_map);

      /* explicit: the print context sets no direction of its own */
      pango_context_set_base_dir (context, tov_document_is_rtl (document, s) ? PANGO_DIRECTION_RTL
                                                                              : PANGO_DIRECTION_LTR);
      pango_context_set_language (context,
                                  pango_language_from_string (tov_document_get_language (document, s)));
      pango_cairo_context_set_resolution (context, 72.0);
      self->contexts[s] = context;
    }
  return self;
}

static void
update_contexts (TovPdfRenderer *self,
                 cairo_t        *cr)
{
  for (guint s = 0; s < n_slots (self); s++)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      pango_cairo_update_context (cr, self->contexts[s]);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->contexts[s], options);
      cairo_font_options_destroy (options);
    }
}

/**
 * tov_pdf_renderer_paginate:
 * @cr: a cairo context of the target, for measuring text
 * @width: the printable width, in points
 * @height: the printable height
 *
 * Returns: the number of pages.
 */
guint
tov_pdf_renderer_paginate (TovPdfRenderer *self,
                           cairo_t        *cr,
                           double          width,
                           double          height)
{
  double top = HEADER_H, bottom = height - FOOTER_H, y = top;
  guint n_blocks;

  g_return_val_if_fail (TOV_IS_PDF_RENDERER (self), 0);

  self->width = width;
  self->height = height;
  g_array_set_size (self->boxes, 0);
  self->heights = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->n_pages = 1;
  update_contexts (self, cr);

  n_blocks = tov_document_get_n_blocks (self->document);
  for (guint i = 0; i < n_blocks; i++)
    {
      const TovBlock *block = tov_document_get_block (self->document, i);
      guint rows = block->kind == TOV_BLOCK_TABLE ? tov_block_get_n_rows (block) : 1;

      if (block->kind == TOV_BLOCK_PAGE_BREAK)
        {
          if (y > top)
            self->n_pages++, y = top;
          continue;
        }
      for (guint r = 0; r < rows; r++)
        {
          int row = block->kind == TOV_BLOCK_TABLE ? (int) r : -1;
          double h = measure_box (self, i, row);
          double needed = h;

          /* a heading stays with what follows it; a table's header with its first row */
          if ((keeps_with_next (block) || row == 0) && i + 1 < n_blocks)
            {
              if (row == 0 && rows > 1)
                needed += measure_box (self, i, 1);
              else if (row < 0 && tov_document_get_block (self->document, i + 1)->kind == TOV_BLOCK_TABLE)
                needed += measure_box (self, i + 1, 0) +
                          (tov_block_get_n_rows (tov_document_get_block (self->document, i + 1)) > 1
                             ? measure_box (self, i + 1, 1) : 0);
              else if (row < 0)
                needed += measure_box (self, i + 1, -1);
            }
          if (y + needed > bottom && y > top)
            {
              self->n_pages++;
              y = top;
              /* a table that goes on over a page repeats its header */
              if (row > 0)
                add_box (self, i, 0, measure_box (self, i, 0), &y);
            }
          add_box (self, i, row, h, &y);
        }
    }
  g_clear_pointer (&self->heights, g_hash_table_unref);
  return self->n_pages;
}

static char *
page_number (TovPdfRenderer *self,
             guint           slot,
             guint           number)
{
  const char *digits = tov_doc_text_get (tov_document_get_digits (self->document), slot);
  g_autofree char *ascii = g_strdup_printf ("%u", number);
  GString *out = g_string_new (NULL);

  if (g_utf8_strlen (digits, -1) != 10)
    digits = "0123456789";
  for (const char *c = ascii; *c != '\0'; c++)
    {
      const char *glyph = g_utf8_offset_to_pointer (digits, *c - '0');
      g_string_append_len (out, glyph, g_utf8_next_char (glyph) - glyph);
    }
  return g_string_free (out, FALSE);
}

static void
draw_frame (TovPdfRenderer *self,
            cairo_t        *cr,
            guint           page)
{
  TovDocText footer = { { NULL } };
  TovDocText *header = tov_document_get_header (self->document);
  TovDocText *title = tov_document_get_title (self->document);
  guint n = n_slots (self);

  for (guint s = 0; s < n; s++)
    {
      const char *pattern = tov_doc_text_get (tov_document_get_page_label (self->document), s);
      g_autofree char *number = page_number (self, s, page + 1);
      g_autofree char *total = page_number (self, s, self->n_pages);
      g_auto(GStrv) parts = g_strsplit (pattern, "%s", -1);
      g_autofree char *text = NULL;

      /* the pattern comes from a translation: use it only with exactly two %s */
      if (g_strv_length (parts) == 3 && strchr (parts[0], '%') == NULL &&
          strchr (parts[1], '%') == NULL && strchr (parts[2], '%') == NULL)
        text = g_strconcat (parts[0], number, parts[1], total, parts[2], NULL);
      else
        text = g_strdup_printf ("%s / %s", number, total);
      tov_doc_text_set (&footer, s, text, FALSE);
    }

  /* header: the family at the start of the line, the title at its end */
  if (n == 1)
    {
      g_autoptr(PangoLayout) left = make_layout (self, 0, tov_doc_text_get (header, 0), FALSE, STYLE_NOTE, self->width);
      g_autoptr(PangoLayout) right = make_layout (self, 0, tov_doc_text_get (title, 0), FALSE, STYLE_NOTE, self->width);
      g_autoptr(PangoLayout) foot = make_layout (self, 0, tov_doc_text_get (&footer, 0), FALSE, STYLE_NOTE, self->width);

      pango_layout_set_alignment (right, is_rtl (self, 0) ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      pango_layout_set_alignment (foot, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, left);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, right);
      cairo_move_to (cr, 0, self->height - FOOTER_H + 10);
      pango_cairo_show_layout (cr, foot);
    }
  else
    for (guint s = 0; s < n; s++)
      {
        double x, w;
        TovDocText both = { { NULL } };
        g_autofree char *line = g_strdup_printf ("%s · %s", tov_doc_text_get (header, s), tov_doc_text_get (title, s));

        slot_column (self, s, &x, &w);
        tov_doc_text_set (&both, s, line, FALSE);
        text_at (self, cr, s, &both, STYLE_NOTE, x, 0, w);
        text_at (self, cr, s, &footer, STYLE_NOTE, x, self->height - FOOTER_H + 10, w);
        g_free (both.text[s]);
      }

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, HEADER_H - 10);
  cairo_line_to (cr, self->width, HEADER_H - 10);
  cairo_move_to (cr, 0, self->height - FOOTER_H + 4);
  cairo_line_to (cr, self->width, self->height - FOOTER_H + 4);
  cairo_stroke (cr);

  for (guint s = 0; s < TOV_DOCUMENT_MAX_LANGUAGES; s++)
    g_free (footer.text[s]);
}

/**
 * tov_pdf_renderer_draw_page:
 * @cr: its origin at the top left of the printable area
 *
 * Draws @page as laid out by the last tov_pdf_renderer_paginate().
 */
void
tov_pdf_renderer_draw_page (TovPdfRenderer *self,
                            cairo_t        *cr,
                            guint           page)
{
  g_return_if_fail (TOV_IS_PDF_RENDERER (self));
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  update_contexts (self, cr);
  draw_frame (self, cr, page);
  for (guint i = 0; i < self->boxes->len; i++)
    {
      const Box *box = &g_array_index (self->boxes, Box, i);

      if (box->page == page)
        render_box (self, cr, box->block, box->row, box->y);
    }
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * tov_pdf_renderer_render_pdf:
 *
 * Returns: (transfer full): the document as an A4 PDF with its fonts
 * embedded, or NULL with @error set.
 */
GBytes *
tov_pdf_renderer_render_pdf (TovPdfRenderer *self,
                             GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint pages;

  g_return_val_if_fail (TOV_IS_PDF_RENDERER (self), NULL);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  tov_doc_text_get (tov_document_get_title (self->document), 0));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tovholder " PACKAGE_VERSION);
  cr = cairo_create (surface);
  cairo_translate (cr, MARGIN_X, MARGIN_Y);
  pages = tov_pdf_renderer_paginate (self, cr, A4_WIDTH - 2 * MARGIN_X, A4_HEIGHT - 2 * MARGIN_Y);
  for (guint page = 0; page < pages; page++)
    {
      tov_pdf_renderer_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TOV_PDF_RENDERER_ERROR, TOV_PDF_RENDERER_ERROR_FAILED,
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
