/* tov-map-painter.h: private to the map renderer, its legend and its exports
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "tov-map-labels.h"
#include "tov-map-raster.h"
#include "tov-map-renderer.h"

G_BEGIN_DECLS

/*
 * What one drawing of the map shares between its parts: the cairo_t, the
 * frame, the base font size, and the TovMapCache with the text already
 * laid out. A PangoLayout is made once per text, size, weight and width
 * and kept in the cache: the drawings that follow (a focus change, a drag,
 * another date) only draw it. The cache's PangoContext follows the cairo_t
 * (pango_cairo_update_context) and the text direction, so a change of
 * resolution, font options or direction lays the text out again.
 */

struct _TovMapCache
{
  PangoContext         *context;
  PangoFontDescription *font;
  GHashTable           *layouts;        /* "size|bold|width|text" -> PangoLayout */
  GHashTable           *sprites;        /* "look|radius|scale" -> cairo_surface_t, a node */

  /* the labels of the last drawing, and what they were placed for */
  GArray               *labels;         /* (element-type TovMapLabel) one per layout node */
  guint                 labels_serial;
  double                labels_width;
  double                labels_height;
  TovMapRenderFlags     labels_flags;
  TovMapLabelFunc       labels_func;    /* the words the ring names were measured in */
  gpointer              labels_data;
};

typedef struct
{
  cairo_t           *cr;
  const TovMapFrame *frame;
  TovMapCache       *cache;
  TovMapRaster      *raster;        /* (nullable) when drawing into an image's pixels */
  double             font;          /* base font size in drawing units */
  double             column_x;      /* the legend column being written */
  double             column_width;
  TovMapLabelFunc    label_func;    /* (nullable) the words; NULL: the UI's gettext */
  gpointer           label_data;
} TovMapPainter;

extern const double tov_map_ink[3];

void         tov_map_painter_begin       (TovMapPainter     *p,
                                          cairo_t           *cr,
                                          const TovMapFrame *frame,
                                          TovMapCache       *cache);
const double *tov_map_painter_palette    (TovMapSector       sector);
const char  *tov_map_painter_gettext     (TovMapPainter     *p,
                                          const char        *msgid);
char        *tov_map_painter_digits      (TovMapPainter     *p,
                                          const char        *text);
void         tov_map_painter_set_rgb     (TovMapPainter     *p,
                                          const double      *rgb,
                                          double             alpha);
PangoLayout *tov_map_painter_text        (TovMapPainter     *p,
                                          const char        *text,
                                          double             factor,
                                          gboolean           bold,
                                          double             max_width);
void         tov_map_painter_extents     (PangoLayout       *layout,
                                          TovMapBox         *box);
void         tov_map_painter_show        (TovMapPainter     *p,
                                          PangoLayout       *layout,
                                          double             x,
                                          double             y,
                                          double             h,
                                          double             v);

G_END_DECLS
