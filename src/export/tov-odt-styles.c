/* tov-odt-styles.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-odt-writer-private.h"

/* TovOdtWriter: styles.xml (fonts, paragraph styles in a left-to-right and
 * a right-to-left variant, the page with its header and footer), the
 * automatic styles of content.xml, meta.xml and the manifest. */

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

static const char *
country_of (const char *language)
{
  if (g_strcmp0 (language, "da") == 0)
    return "DK";
  if (g_strcmp0 (language, "en") == 0)
    return "GB";
  return NULL;
}

/* the language of Western text: the first left-to-right language, else Danish
 * (an Arabic print still has Danish names and untranslated texts) */
static const char *
western_language (TovOdtWriter *self)
{
  for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
    if (!tov_odt_writer_slot_rtl (self, s))
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

void
tov_odt_write_font_faces (xmlTextWriter *w)
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

void
tov_odt_declare_namespaces (xmlTextWriter *w)
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
                    const char    *pattern,
                    const char    *digits)
{
  g_auto(GStrv) parts = g_strsplit (pattern, "%s", -1);
  g_autofree char *format = NULL;

  if (g_strv_length (parts) != 3)
    {
      g_strfreev (parts);
      parts = g_strsplit ("%s / %s", "%s", -1);
    }
  /* Arabic-Indic digits as LibreOffice names its numbering "١, ٢, ٣" */
  if (digits != NULL && g_utf8_strlen (digits, -1) == 10 && g_str_has_prefix (digits, "\xD9\xA0"))
    format = g_strdup ("\xD9\xA1, \xD9\xA2, \xD9\xA3, ...");
  text (w, parts[0]);
  start (w, "text:page-number");
  attr (w, "text:select-page", "current");
  if (format != NULL)
    attr (w, "style:num-format", format);
  text (w, format != NULL ? "\xD9\xA1" : "1");
  end (w);
  text (w, parts[1]);
  start (w, "text:page-count");
  if (format != NULL)
    attr (w, "style:num-format", format);
  text (w, format != NULL ? "\xD9\xA1" : "1");
  end (w);
  text (w, parts[2]);
}

static void
write_header_footer (TovOdtWriter  *self,
                     xmlTextWriter *w,
                     gboolean       header)
{
  start (w, header ? "style:header" : "style:footer");
  for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
    {
      start (w, "text:p");
      attrf (w, "text:style-name", "%s%s", header ? "Header" : "Footer", tov_odt_writer_slot_rtl (self, s) ? "_RTL" : "");
      if (header)
        {
          text (w, tov_doc_text_get (tov_document_get_header (self->document), s));
          text (w, " · ");
          text (w, tov_doc_text_get (tov_document_get_title (self->document), s));
        }
      else
        write_page_numbers (w, tov_doc_text_get (tov_document_get_page_label (self->document), s),
                            tov_doc_text_get (tov_document_get_digits (self->document), s));
      end (w);
    }
  end (w);
}

GBytes *
tov_odt_write_styles (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  gboolean rtl_page = tov_odt_writer_n_slots (self) == 1 && tov_odt_writer_slot_rtl (self, 0);

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "office:document-styles");
  tov_odt_declare_namespaces (w);
  tov_odt_write_font_faces (w);

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

void
tov_odt_write_automatic_styles (TovOdtWriter  *self,
                                xmlTextWriter *w)
{
  gboolean rtl_page = tov_odt_writer_n_slots (self) == 1 && tov_odt_writer_slot_rtl (self, 0);
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

GBytes *
tov_odt_write_meta (TovOdtWriter *self)
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

GBytes *
tov_odt_write_manifest (TovOdtWriter *self)
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

