/* tov-xml-schema.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TOV_XML_NAMESPACE "https://tovholder.dk/ns/exchange/1"
#define TOV_XML_VERSION   "1"
#define TOV_XML_ROOT      "tovholder"

GBytes *tov_xml_schema_generate (void);

G_END_DECLS
