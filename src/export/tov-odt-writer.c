/* tov-odt-writer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo.h>
#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <libxml/xmlwriter.h>

#include "tov-odt-writer.h"
#include "tov-pdf-renderer.h"

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"
#define TEXT_WIDTH_CM 17.0

#define NS_OFFICE   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE    "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_DRAW     "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define NS_FO       "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_XLINK    "http://www.w3.org/1999/xlink"
#define NS_DC       "http://purl.org/dc/elements/1.1/"
#define NS_META     "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_SVG      "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define NS_MANIFEST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

struct _TovOdtWriter
{
  GObject      parent_instance;

  TovDocument *document;
  GHashTable  *pictures;    /* path in the package -> GBytes (PNG) */
  guint        n_tables;
};

G_DEFINE_FINAL_TYPE (TovOdtWriter, tov_odt_writer, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-odt-writer-error-quark, tov_odt_writer_error)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

/* paragraph styles: name, parent, size (pt), bold, extra paragraph properties */
static const struct {
  const char *name;
  double      size;
  gboolean    bold;
  const char *color;
  const char *margin_top;
  const char *margin_bottom;
} paragraph_styles[] = {
  { "Standard", 10.5, FALSE, "#000000", "0cm", "0.18cm" },
  { "Title", 20, TRUE, "#000000", "0cm", "0.1cm" },
  { "Heading_20_1", 14, TRUE, "#0d4d5c", "0.45cm", "0.18cm" },
  { "Heading_20_2", 11.5, TRUE, "#262626", "0.2cm", "0.07cm" },
  { "Note", 8.5, FALSE, "#595959", "0cm", "0.18cm" },
  { "Term", 10.5, TRUE, "#000000", "0.14cm", "0.03cm" },
  { "Caption", 8.5, FALSE, "#595959", "0.07cm", "0.2cm" },
  { "Table_20_Heading", 9.5, TRUE, "#000000", "0cm", "0cm" },
  { "Table_20_Contents", 9.5, FALSE, "#000000", "0cm", "0cm" },
  { "Header", 8.5, FALSE, "#595959", "0cm", "0cm" },
  { "Footer", 8.5, FALSE, "#595959", "0cm", "0cm" },
};

static void
start (xmlTextWriter *w,
       const char    *name)
{
  xmlTextWriterStartElement (w, (const xmlChar *) name);
}

static void
end (xmlTextWriter *w)
{
  xmlTextWriterEndElement (w);
}

static void
attr (xmlTextWriter *w,
      const char    *name,
      const char    *value)
{
  xmlTextWriterWriteAttribute (w, (const xmlChar *) name, (const xmlChar *) value);
}

static void
attrf (xmlTextWriter *w,
       const char    *name,
       const char    *format,
       ...) G_GNUC_PRINTF (3, 4);

static void
attrf (xmlTextWriter *w,
       const char    *name,
       const char    *format,
       ...)
{
  va_list args;
  g_autofree char *value = NULL;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  attr (w, name, value);
}

static void
text (xmlTextWriter *w,
      const char    *value)
{
  xmlTextWriterWriteString (w, (const xmlChar *) value);
}

static const char *
country_of (const char *language)
{
  if (g_strcmp0 (language, "da") == 0)
    return "DK";
  if (g_strcmp0 (language, "en") == 0)
    return "GB";
  return NULL;
}

static gboolean
slot_rtl (TovOdtWriter *self,
          guint         slot)
{
  return tov_document_is_rtl (self->document, slot);
}

static guint
n_slots (TovOdtWriter *self)
{
  return tov_document_get_n_languages (self->document);
}

/* the language of Western text: the first left-to-right language, else Danish
 * (an Arabic print still has Danish names and untranslated texts) */
static const char *
western_language (TovOdtWriter *self)
{
  for (guint s = 0; s < n_slots (self); s++)
    if (!slot_rtl (self, s))
      return tov_document_get_language (self->document, s);
  return "da";
}

static void
text_properties (TovOdtWriter  *self,
                 xmlTextWriter *w,
                 double         size,
                 gboolean       bold,
                 const char    *color)
{
  const char *western = western_language (self);

  start (w, "style:text-properties");
  if (color != NULL)
    attr (w, "fo:color", color);
  attr (w, "style:font-name", "Noto Sans");
  attrf (w, "fo:font-size", "%.1fpt", size);
  attr (w, "fo:font-weight", bold ? "bold" : "normal");
  attr (w, "fo:language", western);
  if (country_of (western) != NULL)
    attr (w, "fo:country", country_of (western));
  attr (w, "style:font-name-complex", "Noto Naskh Arabic");
  attrf (w, "style:font-size-complex", "%.1fpt", size + 1);
  attr (w, "style:font-weight-complex", bold ? "bold" : "normal");
  attr (w, "style:language-complex", "ar");
  attr (w, "style:country-complex", "SY");
  end (w);
}

/* one left-to-right and one right-to-left variant of every paragraph style */
static void
write_paragraph_styles (TovOdtWriter  *self,
                        xmlTextWriter *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (paragraph_styles); i++)
    for (guint rtl = 0; rtl < 2; rtl++)
      {
        start (w, "style:style");
        attrf (w, "style:name", "%s%s", paragraph_styles[i].name, rtl ? "_RTL" : "");
        attr (w, "style:family", "paragraph");
        if (i > 0 || rtl)
          attr (w, "style:parent-style-name", "Standard");
        if (g_str_has_prefix (paragraph_styles[i].name, "Heading"))
          attr (w, "style:default-outline-level", g_str_has_suffix (paragraph_styles[i].name, "1") ? "1" : "2");
        start (w, "style:paragraph-properties");
        attr (w, "fo:margin-top", paragraph_styles[i].margin_top);
        attr (w, "fo:margin-bottom", paragraph_styles[i].margin_bottom);
        /* LibreOffice reads "start" as left whatever the direction: "end" for right to left */
        attr (w, "fo:text-align", rtl ? "end" : "start");
        attr (w, "style:writing-mode", rtl ? "rl-tb" : "lr-tb");
        if (g_str_has_prefix (paragraph_styles[i].name, "Heading") || g_str_equal (paragraph_styles[i].name, "Title"))
          attr (w, "fo:keep-with-next", "always");
        end (w);
        text_properties (self, w, paragraph_styles[i].size, paragraph_styles[i].bold, paragraph_styles[i].color);
        end (w);
      }

  start (w, "style:style");
  attr (w, "style:name", "Untranslated");
  attr (w, "style:family", "text");
  start (w, "style:text-properties");
  attr (w, "fo:color", "#707070");
  attr (w, "fo:font-style", "italic");
  attr (w, "style:font-style-complex", "italic");
  end (w);
  end (w);
}

static void
write_font_faces (xmlTextWriter *w)
{
  start (w, "office:font-face-decls");
  start (w, "style:font-face");
  attr (w, "style:name", "Noto Sans");
  attr (w, "svg:font-family", "'Noto Sans'");
  attr (w, "style:font-family-generic", "swiss");
  end (w);
  start (w, "style:font-face");
  attr (w, "style:name", "Noto Naskh Arabic");
  attr (w, "svg:font-family", "'Noto Naskh Arabic'");
  attr (w, "style:font-family-generic", "roman");
  end (w);
  end (w);
}

static void
declare_namespaces (xmlTextWriter *w)
{
  attr (w, "xmlns:office", NS_OFFICE);
  attr (w, "xmlns:style", NS_STYLE);
  attr (w, "xmlns:text", NS_TEXT);
  attr (w, "xmlns:table", NS_TABLE);
  attr (w, "xmlns:draw", NS_DRAW);
  attr (w, "xmlns:fo", NS_FO);
  attr (w, "xmlns:xlink", NS_XLINK);
  attr (w, "xmlns:dc", NS_DC);
  attr (w, "xmlns:meta", NS_META);
  attr (w, "xmlns:svg", NS_SVG);
  attr (w, "office:version", "1.3");
}

/* "Side <page-number/> af <page-count/>" from the pattern "Side %s af %s" */
static void
write_page_numbers (xmlTextWriter *w,
                    const char    *pattern)
{
  g_auto(GStrv) parts = g_strsplit (pattern, "%s", -1);

  if (g_strv_length (parts) != 3)
    {
      g_strfreev (parts);
      parts = g_strsplit ("%s / %s", "%s", -1);
    }
  text (w, parts[0]);
  start (w, "text:page-number");
  attr (w, "text:select-page", "current");
  text (w, "1");
  end (w);
  text (w, parts[1]);
  start (w, "text:page-count");
  text (w, "1");
  end (w);
  text (w, parts[2]);
}

static void
write_header_footer (TovOdtWriter  *self,
                     xmlTextWriter *w,
                     gboolean       header)
{
  start (w, header ? "style:header" : "style:footer");
  for (guint s = 0; s < n_slots (self); s++)
    {
      start (w, "text:p");
      attrf (w, "text:style-name", "%s%s", header ? "Header" : "Footer", slot_rtl (self, s) ? "_RTL" : "");
      if (header)
        {
          text (w, tov_doc_text_get (tov_document_get_header (self->document), s));
          text (w, " · ");
          text (w, tov_doc_text_get (tov_document_get_title (self->document), s));
        }
      else
        write_page_numbers (w, tov_doc_text_get (tov_document_get_page_label (self->document), s));
      end (w);
    }
  end (w);
}

static GBytes *
write_styles (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  gboolean rtl_page = n_slots (self) == 1 && slot_rtl (self, 0);

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "office:document-styles");
  declare_namespaces (w);
  write_font_faces (w);

  start (w, "office:styles");
  start (w, "style:default-style");
  attr (w, "style:family", "paragraph");
  text_properties (self, w, 10.5, FALSE, NULL);
  end (w);
  write_paragraph_styles (self, w);
  end (w);

  start (w, "office:automatic-styles");
  start (w, "style:page-layout");
  attr (w, "style:name", "A4");
  start (w, "style:page-layout-properties");
  attr (w, "fo:page-width", "21cm");
  attr (w, "fo:page-height", "29.7cm");
  attr (w, "style:print-orientation", "portrait");
  attr (w, "fo:margin-top", "1.4cm");
  attr (w, "fo:margin-bottom", "1.4cm");
  attr (w, "fo:margin-left", "2cm");
  attr (w, "fo:margin-right", "2cm");
  attr (w, "style:writing-mode", rtl_page ? "rl-tb" : "lr-tb");
  end (w);
  end (w);
  end (w);

  start (w, "office:master-styles");
  start (w, "style:master-page");
  attr (w, "style:name", "Standard");
  attr (w, "style:page-layout-name", "A4");
  write_header_footer (self, w, TRUE);
  write_header_footer (self, w, FALSE);
  end (w);
  end (w);

  end (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static GBytes *
write_meta (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  const char *date = tov_document_get_date (self->document);
  g_autofree char *when = g_strdup_printf ("%sT00:00:00", date != NULL ? date : "2000-01-01");
  g_autofree char *title = g_strdup_printf ("%s · %s", tov_doc_text_get (tov_document_get_header (self->document), 0),
                                            tov_doc_text_get (tov_document_get_title (self->document), 0));

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "office:document-meta");
  attr (w, "xmlns:office", NS_OFFICE);
  attr (w, "xmlns:dc", NS_DC);
  attr (w, "xmlns:meta", NS_META);
  attr (w, "office:version", "1.3");
  start (w, "office:meta");
  start (w, "meta:generator");
  text (w, "Tovholder/" PACKAGE_VERSION);
  end (w);
  start (w, "dc:title");
  text (w, title);
  end (w);
  start (w, "dc:language");
  text (w, tov_document_get_language (self->document, 0));
  end (w);
  start (w, "meta:creation-date");
  text (w, when);
  end (w);
  start (w, "dc:date");
  text (w, when);
  end (w);
  end (w);
  end (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A drawn scale as a picture in the package, shared by equal scales. */
static char *
scale_picture (TovOdtWriter *self,
               int           now,
               int           target,
               gboolean      rtl)
{
  char *path = g_strdup_printf ("Pictures/scale-%d-%d-%s.png", now, target, rtl ? "rl" : "lr");

  if (!g_hash_table_contains (self->pictures, path))
    {
      /* 6 cm x 0.45 cm at 300 dpi */
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 709, 53);
      cairo_t *cr = cairo_create (surface);
      GByteArray *png = g_byte_array_new ();

      tov_pdf_renderer_draw_scale (cr, 709, 53, now, target, rtl);
      cairo_destroy (cr);
      cairo_surface_write_to_png_stream (surface, append_png, png);
      cairo_surface_destroy (surface);
      g_hash_table_insert (self->pictures, g_strdup (path), g_byte_array_free_to_bytes (png));
    }
  return path;
}

static void
write_frame (xmlTextWriter *w,
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

static void
paragraph (TovOdtWriter     *self,
           xmlTextWriter    *w,
           guint             slot,
           const TovDocText *value,
           const char       *style)
{
  gboolean heading = g_str_has_prefix (style, "Heading");

  start (w, heading ? "text:h" : "text:p");
  attrf (w, "text:style-name", "%s%s", style, slot_rtl (self, slot) ? "_RTL" : "");
  if (heading)
    attr (w, "text:outline-level", g_str_has_suffix (style, "1") ? "1" : "2");
  if (value->untranslated[slot])
    {
      g_autofree char *marker = g_strdup_printf ("(%s) ",
                                                 tov_doc_text_get (tov_document_get_untranslated_label (self->document), slot));
      start (w, "text:span");
      attr (w, "text:style-name", "Untranslated");
      text (w, marker);
      end (w);
    }
  text (w, tov_doc_text_get (value, slot));
  end (w);
}

static const char *
block_style (TovBlockKind kind)
{
  switch (kind)
    {
    case TOV_BLOCK_TITLE: return "Title";
    case TOV_BLOCK_HEADING: return "Heading_20_1";
    case TOV_BLOCK_SUBHEADING: return "Heading_20_2";
    case TOV_BLOCK_NOTE: return "Note";
    default: return "Standard";
    }
}

/* The block's content in one language: paragraphs, a scale, a picture. */
static void
block_content (TovOdtWriter   *self,
               xmlTextWriter  *w,
               const TovBlock *block,
               guint           slot,
               guint           index)
{
  switch (block->kind)
    {
    case TOV_BLOCK_DEFINITION:
      paragraph (self, w, slot, &block->term, "Term");
      paragraph (self, w, slot, &block->text, "Standard");
      break;
    case TOV_BLOCK_SCALE:
      {
        g_autofree char *path = scale_picture (self, block->scale_now, block->scale_target, slot_rtl (self, slot));
        g_autofree char *name = g_strdup_printf ("Scale %u-%u", index, slot);

        paragraph (self, w, slot, &block->text, "Standard");
        start (w, "text:p");
        attrf (w, "text:style-name", "Caption%s", slot_rtl (self, slot) ? "_RTL" : "");
        write_frame (w, name, path, 6.0, 0.45);
        end (w);
        paragraph (self, w, slot, &block->term, "Caption");
      }
      break;
    default:
      paragraph (self, w, slot, &block->text, block_style (block->kind));
      break;
    }
}

static void
begin_table (TovOdtWriter  *self,
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

static void
cell_start (xmlTextWriter *w,
            const char    *style)
{
  start (w, "table:table-cell");
  attr (w, "table:style-name", style);
  attr (w, "office:value-type", "string");
}

static void
write_automatic_styles (TovOdtWriter  *self,
                        xmlTextWriter *w)
{
  gboolean rtl_page = n_slots (self) == 1 && slot_rtl (self, 0);
  static const struct {
    const char *name;
    const char *border;
    const char *border_bottom;
    const char *background;
    const char *padding_top;
  } cells[] = {
    { "Cell", "0.5pt solid #8c8c8c", NULL, NULL, NULL },
    { "HeadCell", "0.5pt solid #8c8c8c", NULL, "#e6f0f2", NULL },
    { "PlainCell", NULL, NULL, NULL, NULL },
    { "SignCell", NULL, "0.75pt solid #000000", NULL, "1.3cm" },
  };

  start (w, "office:automatic-styles");
  for (guint bilingual = 0; bilingual < 2; bilingual++)
    {
      start (w, "style:style");
      attr (w, "style:name", bilingual ? "BilingualTable" : "DataTable");
      attr (w, "style:family", "table");
      start (w, "style:table-properties");
      attrf (w, "style:width", "%.1fcm", TEXT_WIDTH_CM);
      attr (w, "table:align", "margins");
      attr (w, "fo:margin-bottom", "0.2cm");
      /* a bilingual table keeps Danish on the left whatever the page direction;
       * a one-language Arabic table runs from the right */
      attr (w, "style:writing-mode", bilingual || !rtl_page ? "lr-tb" : "rl-tb");
      end (w);
      end (w);
    }
  for (guint n = 0; n <= 6; n++)
    {
      start (w, "style:style");
      if (n == 0)
        attr (w, "style:name", "HalfColumn");
      else
        attrf (w, "style:name", "DataColumn%u", n);
      attr (w, "style:family", "table-column");
      start (w, "style:table-column-properties");
      attrf (w, "style:column-width", "%.2fcm", TEXT_WIDTH_CM / (n == 0 ? 2 : n));
      end (w);
      end (w);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      start (w, "style:style");
      attr (w, "style:name", cells[i].name);
      attr (w, "style:family", "table-cell");
      start (w, "style:table-cell-properties");
      attr (w, "fo:padding", "0.1cm");
      if (cells[i].padding_top != NULL)
        attr (w, "fo:padding-top", cells[i].padding_top);
      attr (w, "fo:border", cells[i].border != NULL ? cells[i].border : "none");
      if (cells[i].border_bottom != NULL)
        attr (w, "fo:border-bottom", cells[i].border_bottom);
      if (cells[i].background != NULL)
        attr (w, "fo:background-color", cells[i].background);
      end (w);
      end (w);
    }
  start (w, "style:style");
  attr (w, "style:name", "PageBreak");
  attr (w, "style:family", "paragraph");
  attr (w, "style:parent-style-name", "Standard");
  start (w, "style:paragraph-properties");
  attr (w, "fo:break-before", "page");
  end (w);
  end (w);
  start (w, "style:style");
  attr (w, "style:name", "Placeholder");
  attr (w, "style:family", "paragraph");
  attr (w, "style:parent-style-name", "Caption");
  start (w, "style:paragraph-properties");
  attr (w, "fo:border", "0.75pt dashed #808080");
  attr (w, "fo:padding", "1.5cm");
  attr (w, "fo:text-align", "center");
  end (w);
  end (w);
  end (w);
}

static void
write_data_table (TovOdtWriter   *self,
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

          cell_start (w, r == 0 ? "HeadCell" : "Cell");
          for (guint s = 0; s < n_slots (self); s++)
            if (cell != NULL && (s == 0 || *tov_doc_text_get (cell, s) != '\0'))
              paragraph (self, w, s, cell, r == 0 ? "Table_20_Heading" : "Table_20_Contents");
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

static void
write_signatures (TovOdtWriter   *self,
                  xmlTextWriter  *w,
                  const TovBlock *block)
{
  begin_table (self, w, block->cells->len, TRUE);
  for (guint row = 0; row < 2; row++)
    {
      start (w, "table:table-row");
      for (guint i = 0; i < block->cells->len; i++)
        {
          cell_start (w, row == 0 ? "SignCell" : "PlainCell");
          if (row == 0)
            {
              start (w, "text:p");
              end (w);
            }
          else
            for (guint s = 0; s < n_slots (self); s++)
              paragraph (self, w, s, g_ptr_array_index (block->cells, i), "Note");
          end (w);
        }
      end (w);
    }
  end (w);
}

static void
write_image (TovOdtWriter   *self,
             xmlTextWriter  *w,
             const TovBlock *block,
             guint           index)
{
  if (block->png != NULL)
    {
      g_autofree char *path = g_strdup_printf ("Pictures/image-%u.png", index);
      double width = MIN (block->width_pt / 72 * 2.54, TEXT_WIDTH_CM);
      double height = block->height_pt / 72 * 2.54 * width / (block->width_pt / 72 * 2.54);

      g_hash_table_insert (self->pictures, g_strdup (path), g_bytes_ref (block->png));
      start (w, "text:p");
      attr (w, "text:style-name", "Caption");
      write_frame (w, "Network map", path, width, height);
      end (w);
      for (guint s = 0; s < n_slots (self); s++)
        paragraph (self, w, s, &block->text, "Caption");
      return;
    }
  start (w, "text:p");
  attr (w, "text:style-name", "Placeholder");
  for (guint s = 0; s < n_slots (self); s++)
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

static GBytes *
write_content (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  gboolean bilingual = n_slots (self) > 1;
  gboolean in_table = FALSE;

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "office:document-content");
  declare_namespaces (w);
  write_font_faces (w);
  write_automatic_styles (self, w);
  start (w, "office:body");
  start (w, "office:text");

  for (guint i = 0; i < tov_document_get_n_blocks (self->document); i++)
    {
      const TovBlock *block = tov_document_get_block (self->document, i);
      gboolean flowing = block->kind != TOV_BLOCK_TABLE && block->kind != TOV_BLOCK_IMAGE &&
                         block->kind != TOV_BLOCK_SIGNATURES && block->kind != TOV_BLOCK_PAGE_BREAK;

      /* side by side: a run of text blocks is one two-column lr-tb table */
      if (in_table && !flowing)
        {
          end (w);
          in_table = FALSE;
        }
      if (bilingual && flowing)
        {
          if (!in_table)
            begin_table (self, w, 2, TRUE);
          in_table = TRUE;
          start (w, "table:table-row");
          for (guint s = 0; s < n_slots (self); s++)
            {
              cell_start (w, "PlainCell");
              block_content (self, w, block, s, i);
              end (w);
            }
          end (w);
          continue;
        }

      switch (block->kind)
        {
        case TOV_BLOCK_TABLE:
          write_data_table (self, w, block);
          break;
        case TOV_BLOCK_IMAGE:
          write_image (self, w, block, i);
          break;
        case TOV_BLOCK_SIGNATURES:
          write_signatures (self, w, block);
          break;
        case TOV_BLOCK_PAGE_BREAK:
          start (w, "text:p");
          attr (w, "text:style-name", "PageBreak");
          end (w);
          break;
        default:
          block_content (self, w, block, 0, i);
          break;
        }
    }
  if (in_table)
    end (w);

  end (w);
  end (w);
  end (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static GBytes *
write_manifest (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  static const char * const files[] = { "content.xml", "styles.xml", "meta.xml" };
  g_autoptr(GList) pictures = g_list_sort (g_hash_table_get_keys (self->pictures), (GCompareFunc) strcmp);

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "manifest:manifest");
  attr (w, "xmlns:manifest", NS_MANIFEST);
  attr (w, "manifest:version", "1.3");
  start (w, "manifest:file-entry");
  attr (w, "manifest:full-path", "/");
  attr (w, "manifest:version", "1.3");
  attr (w, "manifest:media-type", ODT_MIMETYPE);
  end (w);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      start (w, "manifest:file-entry");
      attr (w, "manifest:full-path", files[i]);
      attr (w, "manifest:media-type", "text/xml");
      end (w);
    }
  for (GList *l = pictures; l != NULL; l = l->next)
    {
      start (w, "manifest:file-entry");
      attr (w, "manifest:full-path", l->data);
      attr (w, "manifest:media-type", "image/png");
      end (w);
    }
  end (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static gboolean
add_file (GsfOutfile *dir,
          const char *name,
          GBytes     *bytes,
          gboolean    stored)
{
  GsfOutput *child = gsf_outfile_new_child_full (dir, name, FALSE, "compression-level",
                                                 stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  if (child == NULL)
    return FALSE;
  ok = gsf_output_write (child, size, data) && gsf_output_close (child);
  g_object_unref (child);
  return ok;
}

static void
tov_odt_writer_dispose (GObject *object)
{
  TovOdtWriter *self = (TovOdtWriter *) object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (tov_odt_writer_parent_class)->dispose (object);
}

static void
tov_odt_writer_finalize (GObject *object)
{
  TovOdtWriter *self = (TovOdtWriter *) object;

  g_clear_pointer (&self->pictures, g_hash_table_unref);

  G_OBJECT_CLASS (tov_odt_writer_parent_class)->finalize (object);
}

static void
tov_odt_writer_class_init (TovOdtWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_odt_writer_dispose;
  object_class->finalize = tov_odt_writer_finalize;
}

static void
tov_odt_writer_init (TovOdtWriter *self)
{
  self->pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
}

TovOdtWriter *
tov_odt_writer_new (TovDocument *document)
{
  TovOdtWriter *self;

  g_return_val_if_fail (TOV_IS_DOCUMENT (document), NULL);

  self = g_object_new (TOV_TYPE_ODT_WRITER, NULL);
  self->document = g_object_ref (document);
  return self;
}

/**
 * tov_odt_writer_write:
 *
 * Returns: (transfer full): the .odt package, or NULL with @error set.
 */
GBytes *
tov_odt_writer_write (TovOdtWriter *self,
                      GError      **error)
{
  g_autoptr(GsfOutput) sink = NULL;
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GsfOutfile) meta_inf = NULL;
  g_autoptr(GBytes) mimetype = g_bytes_new_static (ODT_MIMETYPE, strlen (ODT_MIMETYPE));
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GBytes) meta = NULL;
  g_autoptr(GBytes) manifest = NULL;
  g_autoptr(GList) pictures = NULL;
  GError *zip_error = NULL;
  gboolean ok;

  g_return_val_if_fail (TOV_IS_ODT_WRITER (self), NULL);

  g_hash_table_remove_all (self->pictures);
  self->n_tables = 0;
  content = write_content (self);   /* first: it collects the pictures */
  styles = write_styles (self);
  meta = write_meta (self);
  manifest = write_manifest (self);

  sink = gsf_output_memory_new ();
  zip = gsf_outfile_zip_new (sink, &zip_error);
  if (zip == NULL)
    goto failed;

  /* "mimetype" first and stored, no extra field: how a reader knows an ODF package */
  ok = add_file (zip, "mimetype", mimetype, TRUE) &&
       add_file (zip, "content.xml", content, FALSE) &&
       add_file (zip, "styles.xml", styles, FALSE) &&
       add_file (zip, "meta.xml", meta, FALSE);
  pictures = g_list_sort (g_hash_table_get_keys (self->pictures), (GCompareFunc) strcmp);
  if (ok && pictures != NULL)
    {
      g_autoptr(GsfOutfile) dir = GSF_OUTFILE (gsf_outfile_new_child (zip, "Pictures", TRUE));

      for (GList *l = pictures; ok && l != NULL; l = l->next)
        ok = add_file (dir, (const char *) l->data + strlen ("Pictures/"),
                       g_hash_table_lookup (self->pictures, l->data), TRUE);
      ok = ok && gsf_output_close (GSF_OUTPUT (dir));
    }
  meta_inf = ok ? GSF_OUTFILE (gsf_outfile_new_child (zip, "META-INF", TRUE)) : NULL;
  ok = ok && add_file (meta_inf, "manifest.xml", manifest, FALSE) &&
       gsf_output_close (GSF_OUTPUT (meta_inf)) && gsf_output_close (GSF_OUTPUT (zip));
  if (!ok)
    goto failed;

  return g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));

failed:
  g_set_error (error, TOV_ODT_WRITER_ERROR, TOV_ODT_WRITER_ERROR_FAILED,
               _("The OpenDocument file could not be made: %s"),
               zip_error != NULL ? zip_error->message : _("the package could not be written"));
  g_clear_error (&zip_error);
  return NULL;
}
