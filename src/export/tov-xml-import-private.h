/* tov-xml-import-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tov-store.h"

G_BEGIN_DECLS

/* What an import wrote. */
typedef struct
{
  guint n_inserted;
  guint n_updated;
  guint n_families;
  guint n_persons;
} TovXmlImportCounts;

/* The import itself (tov-xml-import.c), for TovXmlReader: @data holds a
 * whole file of @length > 0 bytes; @use_relaxng runs libxml2's RelaxNG
 * validator over it too; @date_shift moves every date and time in it by
 * that many days. All or nothing; errors read "NAME:LINE: ...". */
gboolean tov_xml_import_run (TovStore           *store,
                             const char         *data,
                             gsize               length,
                             const char         *name,
                             gboolean            use_relaxng,
                             int                 date_shift,
                             GCancellable       *cancellable,
                             TovXmlImportCounts *counts,
                             GError            **error);

G_END_DECLS
