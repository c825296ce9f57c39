/* tov-xml-checks-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "tov-record.h"

G_BEGIN_DECLS

/*
 * What the XML reader checks in the exchange format's structure, from the
 * model (tov-xml-checks.c): an element's place, order, attributes and
 * values; libxml2's RelaxNG validator with readable messages; the root.
 * Each returns a message without file and line, or NULL, unless it says
 * otherwise.
 */

/* What the parser and the validator report, first error only. */
typedef struct
{
  gboolean  doctype;
  int       doctype_line;
  char     *message;
  int       line;
  xmlNode  *node;
} Problems;

gboolean tov_xml_is_ours          (xmlNode            *node);
int      tov_xml_line_of          (xmlNode            *node);
char    *tov_xml_check_placement  (xmlNode            *node,
                                   const TovTableInfo *table);
char    *tov_xml_check_element    (xmlNode            *node,
                                   const TovTableInfo *table,
                                   TovRecord          *record);
char    *tov_xml_check_values     (TovRecord          *record);
/* these two set a "FILE:LINE: message" error */
gboolean tov_xml_validate         (xmlDoc             *doc,
                                   const char         *name,
                                   GError            **error);
gboolean tov_xml_check_root       (xmlDoc             *doc,
                                   const char         *name,
                                   GError            **error);

G_END_DECLS
