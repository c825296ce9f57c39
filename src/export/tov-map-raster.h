/* tov-map-raster.h: private to the map renderer
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/*
 * Thin lines drawn straight into the pixels of an image surface. Cairo's
 * image backend spends ~40 µs scan-converting one antialiased 1 px line
 * across the map, and more when many are batched in one path; a map of
 * 300 actors has some 600 of them. When the cairo_t draws into an ARGB32
 * or RGB24 image surface with an axis-aligned transformation and a
 * rectangular clip, the lines are rasterized here instead (coverage from
 * the distance to the segment, round caps, OVER in premultiplied colour);
 * for anything else (SVG, PDF, a recording surface) tov_map_raster_begin ()
 * says no and the caller strokes with cairo.
 */

typedef struct
{
  cairo_surface_t *surface;
  guchar          *pixels;
  int              stride;
  gboolean         opaque;     /* RGB24 */
  double           xx, yy;     /* user space to pixels: scale */
  double           x0, y0;     /* and offset */
  int              clip_x0, clip_y0, clip_x1, clip_y1;  /* pixels, end exclusive */
} TovMapRaster;

gboolean tov_map_raster_begin (TovMapRaster *raster,
                               cairo_t      *cr);
void     tov_map_raster_line  (TovMapRaster *raster,
                               double        x0,
                               double        y0,
                               double        x1,
                               double        y1,
                               double        width,
                               const double *rgb,
                               double        alpha);
void     tov_map_raster_end   (TovMapRaster *raster);

G_END_DECLS
