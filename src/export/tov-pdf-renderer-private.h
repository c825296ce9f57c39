/* tov-pdf-renderer-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "tov-pdf-renderer.h"

G_BEGIN_DECLS

/* TovPdfRenderer is split in two files sharing this header:
 * tov-pdf-renderer.c   the object, pagination, page frame, PDF output;
 * tov-pdf-blocks.c     laying out and drawing one box (a block or a table row),
 *                      the layout cache, the line ranges a split follows. */

#define A4_WIDTH     595.276
#define A4_HEIGHT    841.89
#define MARGIN_X     50.0
#define MARGIN_Y     40.0
#define HEADER_H     30.0
#define FOOTER_H     26.0
#define COLUMN_GAP   18.0

typedef enum
{
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_NOTE,
  STYLE_TERM,
  STYLE_TABLE_HEAD,
  STYLE_TABLE_CELL,
  STYLE_CAPTION,
  N_STYLES
} TovPdfStyle;

/* how tov_pdf_renderer_text_at () treats a text */
typedef enum
{
  TOV_PDF_TEXT_TRANSIENT   = 0,       /* laid out for this call only */
  TOV_PDF_TEXT_CACHED      = 1 << 0,  /* the document's: laid out once per pagination */
  TOV_PDF_TEXT_MARKER_ONLY = 1 << 1,  /* an untranslated text beside its Danish: the marker alone */
} TovPdfTextFlags;

/* one box on a page: a block, a table row, or the part of a block taller
 * than what is left of a page (then @skip and @limit, in the block's own
 * coordinates, say which of its lines this part shows) */
typedef struct
{
  guint  block;
  int    row;       /* table row, or -1 */
  guint  page;
  double y;
  double height;
  double skip;      /* 0: from the start of the block */
  double limit;     /* G_MAXDOUBLE: to its end */
} TovPdfBox;

/* the vertical extent of something a page break must not cut: a line of
 * text, a drawn scale */
typedef struct
{
  double top;
  double bottom;
} TovPdfRange;

struct _TovPdfRenderer
{
  GObject       parent_instance;

  TovDocument  *document;
  PangoContext *contexts[TOV_DOCUMENT_MAX_LANGUAGES];
  double        width;     /* the content area of a page */
  double        height;
  GArray       *boxes;     /* TovPdfBox */
  GHashTable   *heights;   /* (block << 32 | row + 1) -> height, during paginate */
  GHashTable   *layouts;   /* (text, slot, style) -> PangoLayout, from paginate to the next */
  guint         n_pages;

  /* while drawing a part of a split block: only lines whose top lies in
   * [window_top, window_bottom) are drawn, in page coordinates */
  double        window_top;
  double        window_bottom;
  /* while measuring for a split: the unbreakable ranges, block coordinates */
  GArray       *ranges;    /* TovPdfRange, or NULL */
  double        range_origin;
};

GHashTable  *tov_pdf_layout_cache_new     (void);
gboolean     tov_pdf_renderer_is_rtl      (TovPdfRenderer   *self,
                                           guint             slot);
guint        tov_pdf_renderer_n_slots     (TovPdfRenderer   *self);
void         tov_pdf_renderer_slot_column (TovPdfRenderer   *self,
                                           guint             slot,
                                           double           *x,
                                           double           *width);
PangoLayout *tov_pdf_renderer_new_layout  (TovPdfRenderer   *self,
                                           guint             slot,
                                           const char       *text,
                                           gboolean          untranslated,
                                           gboolean          marker_only,
                                           TovPdfStyle       style,
                                           double            width);
double       tov_pdf_renderer_text_at     (TovPdfRenderer   *self,
                                           cairo_t          *cr,
                                           guint             slot,
                                           const TovDocText *text,
                                           TovPdfStyle       style,
                                           double            x,
                                           double            y,
                                           double            width,
                                           TovPdfTextFlags   flags);
double       tov_pdf_renderer_render_box  (TovPdfRenderer   *self,
                                           cairo_t          *cr,
                                           guint             index,
                                           int               row,
                                           double            y);
double       tov_pdf_renderer_space_after (TovPdfRenderer   *self,
                                           guint             index);

G_END_DECLS
