/* tov-odt-tables.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

#include "tov-odt-writer-private.h"
#include "tov-pdf-renderer.h"

/* TovOdtWriter: tables (data tables, the signature lines) and pictures: the
 * drawn scales and the network map, as PNG files in the package. */

static void
put_be32 (GByteArray *out,
          guint32     value)
{
  guint32 be = GUINT32_TO_BE (value);

  g_byte_array_append (out, (const guint8 *) &be, 4);
}

static void
put_chunk (GByteArray   *out,
           const char   *type,
           const guint8 *data,
           gsize         length)
{
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  put_be32 (out, (guint32) length);
  g_byte_array_append (out, (const guint8 *) type, 4);
  if (length > 0)
    {
      g_byte_array_append (out, data, (guint) length);
      crc = crc32 (crc, data, (uInt) length);
    }
  put_be32 (out, (guint32) crc);
}

/**
 * tov_odt_encode_png:
 * @image: an opaque image surface (CAIRO_FORMAT_RGB24)
 *
 * PNG as pictures in a document need it: 8-bit RGB, compressed for speed
 * (zlib level 1; cairo's writer uses the default level and an alpha
 * channel, and took most of an export's time).
 *
 * Returns: (transfer full): the PNG file's bytes
 */
GBytes *
tov_odt_encode_png (cairo_surface_t *image)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  gsize row = 1 + 3 * (gsize) width, size = row * (gsize) height;
  g_autofree guint8 *raw = g_malloc (size);
  uLongf packed_size = compressBound (size);
  g_autofree guint8 *packed = g_malloc (packed_size);
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 header[13] = { 0 };
  const guint8 *data;
  GByteArray *out;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, NULL);

  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  for (int y = 0; y < height; y++)
    {
      const guint32 *source = (const guint32 *) (data + (gsize) y * stride);
      guint8 *target = raw + (gsize) y * row;

      *target++ = 0;   /* filter: none */
      for (int x = 0; x < width; x++, target += 3)
        {
          target[0] = (source[x] >> 16) & 0xff;
          target[1] = (source[x] >> 8) & 0xff;
          target[2] = source[x] & 0xff;
        }
    }
  if (compress2 (packed, &packed_size, raw, size, Z_BEST_SPEED) != Z_OK)
    g_error ("zlib could not compress a picture");   /* only when out of memory */

  out = g_byte_array_sized_new (packed_size + 64);
  g_byte_array_append (out, signature, sizeof signature);
  for (int i = 0; i < 4; i++)
    {
      header[i] = ((guint32) width >> (24 - 8 * i)) & 0xff;
      header[4 + i] = ((guint32) height >> (24 - 8 * i)) & 0xff;
    }
  header[8] = 8;   /* bits per sample */
  header[9] = 2;   /* truecolour */
  put_chunk (out, "IHDR", header, sizeof header);
  put_chunk (out, "IDAT", packed, packed_size);
  put_chunk (out, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (out);
}

/* A drawn scale as a picture in the package, shared by equal scales. */
char *
tov_odt_scale_picture (TovOdtWriter *self,
                       int           now,
                       int           target,
                       guint         slot)
{
  gboolean rtl = tov_odt_writer_slot_rtl (self, slot);
  const char *digits = tov_doc_text_get (tov_document_get_digits (self->document), slot);
  gboolean ascii = *digits == '\0' || g_str_equal (digits, "0123456789");
  char *path = g_strdup_printf ("Pictures/scale-%d-%d-%s%s.png", now, target, rtl ? "rl" : "lr",
                                ascii ? "" : "-digits");

  if (!g_hash_table_contains (self->pictures, path))
    {
      /* 6 cm x 0.45 cm at 300 dpi, on the paper's white */
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 709, 53);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      tov_pdf_renderer_draw_scale (cr, 709, 53, now, target, rtl, ascii ? NULL : digits);
      cairo_destroy (cr);
      g_hash_table_insert (self->pictures, g_strdup (path), tov_odt_encode_png (surface));
      cairo_surface_destroy (surface);
    }
  return path;
}

/* the picture of an image block: its PNG, or its drawing at 150 dpi */
static GBytes *
image_png (const TovBlock *block)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *png;
  double dpi = 150;
  int width = (int) ceil (block->width_pt / 72 * dpi), height = (int) ceil (block->height_pt / 72 * dpi);

  if (block->drawing == NULL)
    return g_bytes_ref (block->png);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72, dpi / 72);
  cairo_set_source_surface (cr, block->drawing, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  png = tov_odt_encode_png (surface);
  cairo_surface_destroy (surface);
  return png;
}

void
tov_odt_write_frame (xmlTextWriter *w,
                     const char    *name,
                     const char    *path,
                     double         width_cm,
                     double         height_cm)
{
  start (w, "draw:frame");
  attr (w, "draw:name", name);
  attr (w, "text:anchor-type", "as-char");
  attrf (w, "svg:width", "%.2fcm", width_cm);
  attrf (w, "svg:height", "%.2fcm", height_cm);
  start (w, "draw:image");
  attr (w, "xlink:href", path);
  attr (w, "xlink:type", "simple");
  attr (w, "xlink:show", "embed");
  attr (w, "xlink:actuate", "onLoad");
  end (w);
  end (w);
}

void
tov_odt_begin_table (TovOdtWriter  *self,
                     xmlTextWriter *w,
                     guint          n_columns,
                     gboolean       bilingual_text)
{
  start (w, "table:table");
  attrf (w, "table:name", "Table%u", ++self->n_tables);
  attr (w, "table:style-name", bilingual_text ? "BilingualTable" : "DataTable");
  start (w, "table:table-column");
  attr (w, "table:style-name", bilingual_text ? "HalfColumn" : "DataColumn");
  attrf (w, "table:number-columns-repeated", "%u", n_columns);
  end (w);
}

void
tov_odt_cell_start (xmlTextWriter *w,
                    const char    *style)
{
  start (w, "table:table-cell");
  attr (w, "table:style-name", style);
  attr (w, "office:value-type", "string");
}

void
tov_odt_write_data_table (TovOdtWriter   *self,
                          xmlTextWriter  *w,
                          const TovBlock *block)
{
  guint rows = tov_block_get_n_rows (block);
  g_autofree char *column = g_strdup_printf ("DataColumn%u", MIN (block->n_columns, 6));

  start (w, "table:table");
  attrf (w, "table:name", "Table%u", ++self->n_tables);
  attr (w, "table:style-name", "DataTable");
  start (w, "table:table-column");
  attr (w, "table:style-name", column);
  attrf (w, "table:number-columns-repeated", "%u", block->n_columns);
  end (w);
  for (guint r = 0; r < rows; r++)
    {
      if (r == 0)
        start (w, "table:table-header-rows");
      start (w, "table:table-row");
      for (guint c = 0; c < block->n_columns; c++)
        {
          const TovDocText *cell = tov_block_get_cell (block, r, c);

          tov_odt_cell_start (w, r == 0 ? "HeadCell" : "Cell");
          for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
            if (cell != NULL && (s == 0 || *tov_doc_text_get (cell, s) != '\0'))
              tov_odt_cell_paragraph (self, w, s, cell, r == 0 ? "Table_20_Heading" : "Table_20_Contents");
          if (cell == NULL)
            {
              start (w, "text:p");
              end (w);
            }
          end (w);
        }
      end (w);
      if (r == 0)
        end (w);
    }
  end (w);
}

void
tov_odt_write_signatures (TovOdtWriter   *self,
                          xmlTextWriter  *w,
                          const TovBlock *block)
{
  tov_odt_begin_table (self, w, block->cells->len, TRUE);
  for (guint row = 0; row < 2; row++)
    {
      start (w, "table:table-row");
      for (guint i = 0; i < block->cells->len; i++)
        {
          tov_odt_cell_start (w, row == 0 ? "SignCell" : "PlainCell");
          if (row == 0)
            {
              start (w, "text:p");
              end (w);
            }
          else
            for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
              tov_odt_paragraph (self, w, s, g_ptr_array_index (block->cells, i), "Note");
          end (w);
        }
      end (w);
    }
  end (w);
}

void
tov_odt_write_image (TovOdtWriter   *self,
                     xmlTextWriter  *w,
                     const TovBlock *block,
                     guint           index)
{
  if (block->png != NULL || block->drawing != NULL)
    {
      g_autofree char *path = g_strdup_printf ("Pictures/image-%u.png", index);
      double width = MIN (block->width_pt / 72 * 2.54, TEXT_WIDTH_CM);
      double height = block->height_pt / 72 * 2.54 * width / (block->width_pt / 72 * 2.54);

      g_hash_table_insert (self->pictures, g_strdup (path), image_png (block));
      start (w, "text:p");
      attr (w, "text:style-name", "Caption");
      tov_odt_write_frame (w, "Network map", path, width, height);
      end (w);
      for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
        tov_odt_paragraph (self, w, s, &block->text, "Caption");
      return;
    }
  start (w, "text:p");
  attr (w, "text:style-name", "Placeholder");
  for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
    {
      if (s > 0)
        {
          start (w, "text:line-break");
          end (w);
        }
      text (w, tov_doc_text_get (&block->text, s));
    }
  end (w);
}

