/* tov-pdf-renderer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "tov-pdf-renderer-private.h"

/* TovPdfRenderer: the object, pagination, the page frame (header, footer,
 * page numbers) and PDF output; the boxes themselves are laid out and drawn
 * in tov-pdf-blocks.c. Printing in the UI calls paginate and draw_page. */

G_DEFINE_FINAL_TYPE (TovPdfRenderer, tov_pdf_renderer, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-pdf-renderer-error-quark, tov_pdf_renderer_error)

/* tov_pdf_renderer_render_box () without drawing, each box measured once
 * per pagination */
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
      *height = tov_pdf_renderer_render_box (self, NULL, index, row, 0);
      g_hash_table_insert (self->heights, k, height);
    }
  return *height;
}

static gboolean
is_heading (const TovBlock *block)
{
  return block->kind == TOV_BLOCK_HEADING || block->kind == TOV_BLOCK_SUBHEADING ||
         block->kind == TOV_BLOCK_TITLE;
}

/* a heading stays with what follows it, and so does a text with the note
 * under it (an effort and who is responsible) */
static gboolean
keeps_with_next (TovPdfRenderer *self,
                 guint           index)
{
  const TovBlock *block = tov_document_get_block (self->document, index);

  if (is_heading (block))
    return TRUE;
  return (block->kind == TOV_BLOCK_PARAGRAPH || block->kind == TOV_BLOCK_SCALE) &&
         index + 1 < tov_document_get_n_blocks (self->document) &&
         tov_document_get_block (self->document, index + 1)->kind == TOV_BLOCK_NOTE;
}

/* text blocks may break between lines; tables break between rows */
static gboolean
splittable (const TovBlock *block)
{
  switch (block->kind)
    {
    case TOV_BLOCK_TABLE:
    case TOV_BLOCK_IMAGE:
    case TOV_BLOCK_SIGNATURES:
    case TOV_BLOCK_PAGE_BREAK:
      return FALSE;
    default:
      return TRUE;
    }
}

static void
add_box (TovPdfRenderer *self,
         guint           block,
         int             row,
         double          height,
         double          skip,
         double          limit,
         double         *y)
{
  TovPdfBox box = { block, row, self->n_pages - 1, *y, height, skip, limit };

  g_array_append_val (self->boxes, box);
  *y += height;
}

/* the lines (and scales) of a text block, in its own coordinates */
static GArray *
measure_ranges (TovPdfRenderer *self,
                guint           index)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (TovPdfRange));

  self->ranges = ranges;
  self->range_origin = 0;
  tov_pdf_renderer_render_box (self, NULL, index, -1, 0);
  self->ranges = NULL;
  return ranges;
}

/* Places a text block taller than what is left of the page in parts, each
 * ending at a line boundary of every column, over as many pages as it takes. */
static void
split_box (TovPdfRenderer *self,
           guint           index,
           double          height,
           double          top,
           double          bottom,
           double         *y)
{
  g_autoptr(GArray) ranges = measure_ranges (self, index);
  double skip = 0;
  double content = height - tov_pdf_renderer_space_after (self, index);

  for (;;)
    {
      double avail = bottom - *y, cut = G_MAXDOUBLE;

      if (content - skip <= avail)
        break;
      /* the first line, in any column, that would run past the page's end */
      for (guint i = 0; i < ranges->len; i++)
        {
          const TovPdfRange *range = &g_array_index (ranges, TovPdfRange, i);

          if (range->top >= skip - 0.01 && range->bottom - skip > avail + 0.01)
            cut = MIN (cut, range->top);
        }
      if (cut == G_MAXDOUBLE)
        break;
      if (cut <= skip + 0.01)
        {
          if (*y > top)
            {
              self->n_pages++;
              *y = top;
              continue;
            }
          /* a single line taller than a page: it gets the page */
          cut = skip + avail;
        }
      add_box (self, index, -1, cut - skip, skip, cut, y);
      self->n_pages++;
      *y = top;
      skip = cut;
    }
  add_box (self, index, -1, height - skip, skip, G_MAXDOUBLE, y);
}

/* how much of the next box a heading wants on its page: a table's header
 * and first row, or the first lines of a text */
static double
look_ahead (TovPdfRenderer *self,
            guint           index,
            double          page)
{
  const TovBlock *next = tov_document_get_block (self->document, index);
  double h;

  if (next->kind == TOV_BLOCK_TABLE)
    return measure_box (self, index, 0) + (tov_block_get_n_rows (next) > 1 ? measure_box (self, index, 1) : 0);
  h = measure_box (self, index, -1);
  return splittable (next) && h > page / 3 ? MIN (h, 48.0) : h;
}

static void
tov_pdf_renderer_dispose (GObject *object)
{
  TovPdfRenderer *self = (TovPdfRenderer *) object;

  g_clear_pointer (&self->layouts, g_hash_table_unref);
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
  self->boxes = g_array_new (FALSE, FALSE, sizeof (TovPdfBox));
  self->layouts = tov_pdf_layout_cache_new ();
  self->window_top = -G_MAXDOUBLE;
  self->window_bottom = G_MAXDOUBLE;
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

/* the target's font options, metrics unhinted so that a layout measures the
 * same on every target */
static void
update_contexts (TovPdfRenderer *self,
                 cairo_t        *cr)
{
  for (guint s = 0; s < tov_pdf_renderer_n_slots (self); s++)
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
 * Lays out every text once; tov_pdf_renderer_draw_page () draws the same
 * layouts. A text taller than what is left of a page goes on over the next
 * one, broken between lines.
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
  g_hash_table_remove_all (self->layouts);
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

          /* a long text goes on over the next page rather than leave a gap */
          if (row < 0 && splittable (block) && !is_heading (block) &&
              y + h > bottom && h > (bottom - top) / 3)
            {
              split_box (self, i, h, top, bottom, &y);
              continue;
            }
          /* a heading stays with what follows it; a table's header with its first row */
          if (row == 0 && rows > 1)
            needed += measure_box (self, i, 1);
          else if (row < 0 && i + 1 < n_blocks && keeps_with_next (self, i))
            needed += look_ahead (self, i + 1, bottom - top);
          if (y + needed > bottom && y > top)
            {
              self->n_pages++;
              y = top;
              /* a table that goes on over a page repeats its header */
              if (row > 0)
                add_box (self, i, 0, measure_box (self, i, 0), 0, G_MAXDOUBLE, &y);
            }
          add_box (self, i, row, h, 0, G_MAXDOUBLE, &y);
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
  guint n = tov_pdf_renderer_n_slots (self);

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
      g_autoptr(PangoLayout) left = tov_pdf_renderer_new_layout (self, 0, tov_doc_text_get (header, 0), FALSE, FALSE, STYLE_NOTE, self->width);
      g_autoptr(PangoLayout) right = tov_pdf_renderer_new_layout (self, 0, tov_doc_text_get (title, 0), FALSE, FALSE, STYLE_NOTE, self->width);
      g_autoptr(PangoLayout) foot = tov_pdf_renderer_new_layout (self, 0, tov_doc_text_get (&footer, 0), FALSE, FALSE, STYLE_NOTE, self->width);

      pango_layout_set_alignment (right, tov_pdf_renderer_is_rtl (self, 0) ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
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

        tov_pdf_renderer_slot_column (self, s, &x, &w);
        tov_doc_text_set (&both, s, line, FALSE);
        tov_pdf_renderer_text_at (self, cr, s, &both, STYLE_NOTE, x, 0, w, TOV_PDF_TEXT_TRANSIENT);
        tov_pdf_renderer_text_at (self, cr, s, &footer, STYLE_NOTE, x, self->height - FOOTER_H + 10, w, TOV_PDF_TEXT_TRANSIENT);
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

  /* no pango_cairo_update_context () here: it marks the contexts changed
   * every time, and every cached layout would be laid out again. With
   * metrics unhinted the layouts of paginate () are right for any target. */
  cairo_save (cr);
  draw_frame (self, cr, page);
  for (guint i = 0; i < self->boxes->len; i++)
    {
      const TovPdfBox *box = &g_array_index (self->boxes, TovPdfBox, i);

      if (box->page != page)
        continue;
      if (box->skip == 0 && box->limit == G_MAXDOUBLE)
        {
          tov_pdf_renderer_render_box (self, cr, box->block, box->row, box->y);
          continue;
        }
      /* a part of a split text: the lines that start within it */
      self->window_top = box->y;
      self->window_bottom = box->limit == G_MAXDOUBLE ? G_MAXDOUBLE : box->y + box->limit - box->skip;
      tov_pdf_renderer_render_box (self, cr, box->block, box->row, box->y - box->skip);
      self->window_top = -G_MAXDOUBLE;
      self->window_bottom = G_MAXDOUBLE;
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
