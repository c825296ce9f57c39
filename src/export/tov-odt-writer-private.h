/* tov-odt-writer-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <libxml/xmlwriter.h>

#include "tov-odt-writer.h"

G_BEGIN_DECLS

/* TovOdtWriter is split in three files sharing this header:
 * tov-odt-writer.c    the object, content.xml's body, the zip package;
 * tov-odt-styles.c    styles.xml, content.xml's automatic styles, meta.xml,
 *                     the manifest;
 * tov-odt-tables.c    tables, signature lines, pictures (scales, the map). */

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

static inline void
start (xmlTextWriter *w,
       const char    *name)
{
  xmlTextWriterStartElement (w, (const xmlChar *) name);
}

static inline void
end (xmlTextWriter *w)
{
  xmlTextWriterEndElement (w);
}

static inline void
attr (xmlTextWriter *w,
      const char    *name,
      const char    *value)
{
  xmlTextWriterWriteAttribute (w, (const xmlChar *) name, (const xmlChar *) value);
}

static inline void
attrf (xmlTextWriter *w,
       const char    *name,
       const char    *format,
       ...) G_GNUC_PRINTF (3, 4);

static inline void
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

static inline void
text (xmlTextWriter *w,
      const char    *value)
{
  xmlTextWriterWriteString (w, (const xmlChar *) value);
}

gboolean tov_odt_writer_slot_rtl        (TovOdtWriter     *self,
                                         guint             slot);
guint    tov_odt_writer_n_slots         (TovOdtWriter     *self);
void     tov_odt_paragraph              (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         guint             slot,
                                         const TovDocText *value,
                                         const char       *style);
void     tov_odt_cell_paragraph         (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         guint             slot,
                                         const TovDocText *value,
                                         const char       *style);

/* tov-odt-styles.c */
void     tov_odt_declare_namespaces     (xmlTextWriter    *w);
void     tov_odt_write_font_faces       (xmlTextWriter    *w);
void     tov_odt_write_automatic_styles (TovOdtWriter     *self,
                                         xmlTextWriter    *w);
GBytes  *tov_odt_write_styles           (TovOdtWriter     *self);
GBytes  *tov_odt_write_meta             (TovOdtWriter     *self);
GBytes  *tov_odt_write_manifest         (TovOdtWriter     *self);

/* tov-odt-tables.c */
GBytes  *tov_odt_encode_png             (cairo_surface_t  *image);
char    *tov_odt_scale_picture          (TovOdtWriter     *self,
                                         int               now,
                                         int               target,
                                         guint             slot);
void     tov_odt_write_frame            (xmlTextWriter    *w,
                                         const char       *name,
                                         const char       *path,
                                         double            width_cm,
                                         double            height_cm);
void     tov_odt_begin_table            (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         guint             n_columns,
                                         gboolean          bilingual_text);
void     tov_odt_cell_start             (xmlTextWriter    *w,
                                         const char       *style);
void     tov_odt_write_data_table       (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         const TovBlock   *block);
void     tov_odt_write_signatures       (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         const TovBlock   *block);
void     tov_odt_write_image            (TovOdtWriter     *self,
                                         xmlTextWriter    *w,
                                         const TovBlock   *block,
                                         guint             index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

G_END_DECLS
