/* tov-xml-reader.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_IMPORT_ERROR (tov_import_error_quark ())

typedef enum
{
  TOV_IMPORT_ERROR_IO,          /* cannot read the file */
  TOV_IMPORT_ERROR_TOO_LARGE,   /* over the size limit */
  TOV_IMPORT_ERROR_UNSAFE,      /* a DOCTYPE, an entity, anything that could reach out or expand */
  TOV_IMPORT_ERROR_MALFORMED,   /* not well-formed XML */
  TOV_IMPORT_ERROR_FORMAT,      /* wrong namespace or format version */
  TOV_IMPORT_ERROR_SCHEMA,      /* breaks the RelaxNG schema: a missing or unknown element or attribute */
  TOV_IMPORT_ERROR_DUPLICATE,   /* the same id twice in the file */
  TOV_IMPORT_ERROR_REFERENCE,   /* refers to an id neither in the file nor in the database */
  TOV_IMPORT_ERROR_INVALID,     /* a value the store refuses */
} TovImportError;

#define TOV_TYPE_XML_READER (tov_xml_reader_get_type ())

G_DECLARE_FINAL_TYPE (TovXmlReader, tov_xml_reader, TOV, XML_READER, GObject)

GQuark        tov_import_error_quark            (void);

TovXmlReader *tov_xml_reader_new                (TovStore     *store);
void          tov_xml_reader_set_max_size       (TovXmlReader *self,
                                                 gsize         max_bytes);
void          tov_xml_reader_set_date_shift     (TovXmlReader *self,
                                                 int           days);
void          tov_xml_reader_set_schema_limit   (TovXmlReader *self,
                                                 gsize         max_bytes);
gboolean      tov_xml_reader_import_file        (TovXmlReader *self,
                                                 GFile        *file,
                                                 GCancellable *cancellable,
                                                 GError      **error);
gboolean      tov_xml_reader_import_data        (TovXmlReader *self,
                                                 const char   *data,
                                                 gsize         length,
                                                 const char   *display_name,
                                                 GError      **error);
guint         tov_xml_reader_get_n_inserted     (TovXmlReader *self);
guint         tov_xml_reader_get_n_updated      (TovXmlReader *self);
guint         tov_xml_reader_get_n_families     (TovXmlReader *self);
guint         tov_xml_reader_get_n_persons      (TovXmlReader *self);

G_END_DECLS
