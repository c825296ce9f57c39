/* tov-xml-writer.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_XML_WRITER (tov_xml_writer_get_type ())

G_DECLARE_FINAL_TYPE (TovXmlWriter, tov_xml_writer, TOV, XML_WRITER, GObject)

TovXmlWriter *tov_xml_writer_new           (TovStore      *store);
/* family_id NULL: the whole database */
GBytes       *tov_xml_writer_export        (TovXmlWriter  *self,
                                            const char    *family_id,
                                            GError       **error);
gboolean      tov_xml_writer_export_file   (TovXmlWriter  *self,
                                            const char    *family_id,
                                            GFile         *file,
                                            GError       **error);

G_END_DECLS
