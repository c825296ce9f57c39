/* tov-document.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A printable document: a flat list of blocks (title, headings, paragraphs,
 * tables, drawn scales, an image, signature lines) in one language or in two
 * side by side. Every text holds one string per language slot; slot 0 is the
 * first language ("da" in a Danish and Arabic print). The PDF renderer (and
 * printing, which uses its drawing) and the ODT writer render the same
 * document; neither knows about plans.
 */

#define TOV_DOCUMENT_MAX_LANGUAGES 2

typedef enum
{
  TOV_BLOCK_TITLE,
  TOV_BLOCK_HEADING,      /* a section: "Goals" */
  TOV_BLOCK_SUBHEADING,   /* a member's part of a section */
  TOV_BLOCK_PARAGRAPH,
  TOV_BLOCK_NOTE,         /* small print: dates, version, legal basis */
  TOV_BLOCK_DEFINITION,   /* glossary: term, then its explanation */
  TOV_BLOCK_SCALE,        /* text, then a 0-10 scale with now and target */
  TOV_BLOCK_TABLE,        /* cells row by row, the first row is the header */
  TOV_BLOCK_IMAGE,        /* a PNG, or a placeholder frame when there is none */
  TOV_BLOCK_SIGNATURES,   /* one signature line per cell */
  TOV_BLOCK_PAGE_BREAK,
} TovBlockKind;

typedef struct
{
  char     *text[TOV_DOCUMENT_MAX_LANGUAGES];
  gboolean  untranslated[TOV_DOCUMENT_MAX_LANGUAGES]; /* the Danish text stands in */
} TovDocText;

typedef struct
{
  TovBlockKind  kind;
  TovDocText    text;       /* the text; a table's or image's caption */
  TovDocText    term;       /* TOV_BLOCK_DEFINITION */
  int           scale_now;  /* TOV_BLOCK_SCALE, 0..10, or -1 */
  int           scale_target;
  guint         n_columns;  /* TOV_BLOCK_TABLE */
  GPtrArray    *cells;      /* TOV_BLOCK_TABLE, TOV_BLOCK_SIGNATURES: TovDocText */
  GBytes       *png;        /* TOV_BLOCK_IMAGE, or NULL */
  cairo_surface_t *drawing; /* TOV_BLOCK_IMAGE: a vector drawing of width_pt x height_pt
                             * (a recording surface), preferred to png, or NULL */
  double        width_pt;   /* TOV_BLOCK_IMAGE */
  double        height_pt;
} TovBlock;

#define TOV_TYPE_DOCUMENT (tov_document_get_type ())

G_DECLARE_FINAL_TYPE (TovDocument, tov_document, TOV, DOCUMENT, GObject)

TovDocument      *tov_document_new                (const char * const *languages);
guint             tov_document_get_n_languages    (TovDocument        *self);
const char       *tov_document_get_language       (TovDocument        *self,
                                                   guint               slot);
gboolean          tov_document_is_rtl             (TovDocument        *self,
                                                   guint               slot);
char             *tov_document_get_languages_tag  (TovDocument        *self);

TovDocText       *tov_document_get_title          (TovDocument        *self);
TovDocText       *tov_document_get_header         (TovDocument        *self);
TovDocText       *tov_document_get_page_label     (TovDocument        *self);
TovDocText       *tov_document_get_untranslated_label (TovDocument    *self);
TovDocText       *tov_document_get_digits         (TovDocument        *self);
const char       *tov_document_get_date           (TovDocument        *self);
void              tov_document_set_date           (TovDocument        *self,
                                                   const char         *iso_date);

TovBlock         *tov_document_add                (TovDocument        *self,
                                                   TovBlockKind        kind);
TovBlock         *tov_document_add_table          (TovDocument        *self,
                                                   guint               n_columns);
guint             tov_document_get_n_blocks       (TovDocument        *self);
const TovBlock   *tov_document_get_block          (TovDocument        *self,
                                                   guint               index);

TovDocText       *tov_block_add_cell              (TovBlock           *block);
guint             tov_block_get_n_rows            (const TovBlock     *block);
const TovDocText *tov_block_get_cell              (const TovBlock     *block,
                                                   guint               row,
                                                   guint               column);

void              tov_doc_text_set                (TovDocText         *text,
                                                   guint               slot,
                                                   const char         *value,
                                                   gboolean            untranslated);
void              tov_doc_text_set_all            (TovDocText         *text,
                                                   const char         *value);
const char       *tov_doc_text_get                (const TovDocText   *text,
                                                   guint               slot);
gboolean          tov_doc_text_is_empty           (const TovDocText   *text);
gboolean          tov_doc_text_repeats            (const TovDocText   *text,
                                                   guint               slot);
gboolean          tov_doc_text_stands_in          (const TovDocText   *text,
                                                   guint               slot);

G_END_DECLS
