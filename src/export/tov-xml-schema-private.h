/* tov-xml-schema-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "tov-model.h"
#include "tov-xml-schema.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)

/* The compiled schema, built once from the model; owned by the library. */
xmlRelaxNGPtr tov_xml_schema_get               (void);

/* The XML attribute names of @table's columns, indexed like table->columns
 * (interned, valid for the program's life). */
const char * const *tov_xml_table_get_attributes (const TovTableInfo *table);

/* The tables nested directly in @table (NULL: at the root), in model order. */
GPtrArray          *tov_xml_table_get_children   (const TovTableInfo *table);

G_END_DECLS
