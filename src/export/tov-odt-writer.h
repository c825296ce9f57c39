/* tov-odt-writer.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-document.h"

G_BEGIN_DECLS

/*
 * Writes a TovDocument as an OpenDocument Text 1.3 package with libgsf:
 * "mimetype" first and stored, META-INF/manifest.xml listing every file,
 * meta.xml with title, date and language, styles.xml with Western and
 * complex-script fonts and languages, content.xml, and Pictures/ (scales,
 * the network map). Arabic paragraphs are style:writing-mode="rl-tb" with
 * fo:text-align="end", as LibreOffice itself saves them; a bilingual
 * table is lr-tb explicitly so a right-to-left page does not flip it.
 */

#define TOV_ODT_WRITER_ERROR (tov_odt_writer_error_quark ())

typedef enum
{
  TOV_ODT_WRITER_ERROR_FAILED,
} TovOdtWriterError;

#define TOV_TYPE_ODT_WRITER (tov_odt_writer_get_type ())

G_DECLARE_FINAL_TYPE (TovOdtWriter, tov_odt_writer, TOV, ODT_WRITER, GObject)

GQuark        tov_odt_writer_error_quark (void);
TovOdtWriter *tov_odt_writer_new         (TovDocument  *document);
GBytes       *tov_odt_writer_write       (TovOdtWriter *self,
                                          GError      **error);

G_END_DECLS
