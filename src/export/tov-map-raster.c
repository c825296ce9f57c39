/* tov-map-raster.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tov-map-raster.h"

/**
 * tov_map_raster_begin:
 *
 * Returns: whether @cr draws into an image surface this can draw into
 *   directly; if so, call tov_map_raster_end () when done
 */
gboolean
tov_map_raster_begin (TovMapRaster *raster,
                      cairo_t      *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clip;
  cairo_matrix_t matrix;
  cairo_format_t format;
  double sx, sy, ox, oy;
  double cx0, cy0, cx1, cy1;
  int width, height;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.yy <= 0)
    return FALSE;
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS || clip->num_rectangles > 1)
    {
      cairo_rectangle_list_destroy (clip);
      return FALSE;
    }
  cairo_rectangle_list_destroy (clip);

  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  width = cairo_image_surface_get_width (target);
  height = cairo_image_surface_get_height (target);
  cairo_surface_flush (target);

  raster->surface = target;
  raster->pixels = cairo_image_surface_get_data (target);
  raster->stride = cairo_image_surface_get_stride (target);
  raster->opaque = format == CAIRO_FORMAT_RGB24;
  raster->xx = matrix.xx * sx;
  raster->yy = matrix.yy * sy;
  raster->x0 = matrix.x0 * sx + ox;
  raster->y0 = matrix.y0 * sy + oy;

  /* the clip, in pixels */
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  cairo_user_to_device (cr, &cx0, &cy0);
  cairo_user_to_device (cr, &cx1, &cy1);
  raster->clip_x0 = CLAMP ((int) floor (cx0 * sx + ox), 0, width);
  raster->clip_y0 = CLAMP ((int) floor (cy0 * sy + oy), 0, height);
  raster->clip_x1 = CLAMP ((int) ceil (cx1 * sx + ox), 0, width);
  raster->clip_y1 = CLAMP ((int) ceil (cy1 * sy + oy), 0, height);
  return raster->pixels != NULL;
}

void
tov_map_raster_end (TovMapRaster *raster)
{
  cairo_surface_mark_dirty (raster->surface);
}

static inline void
blend (guint32      *pixel,
       double        coverage,
       const double *premultiplied,
       gboolean      opaque)
{
  guint32 d = *pixel;
  double keep = 1.0 - premultiplied[3] * coverage;
  guint a = opaque ? 255 : (guint) (premultiplied[3] * coverage * 255.0 + ((d >> 24) & 0xff) * keep + 0.5);
  guint r = (guint) (premultiplied[0] * coverage * 255.0 + ((d >> 16) & 0xff) * keep + 0.5);
  guint g = (guint) (premultiplied[1] * coverage * 255.0 + ((d >> 8) & 0xff) * keep + 0.5);
  guint b = (guint) (premultiplied[2] * coverage * 255.0 + (d & 0xff) * keep + 0.5);

  *pixel = (MIN (a, 255u) << 24) | (MIN (r, 255u) << 16) | (MIN (g, 255u) << 8) | MIN (b, 255u);
}

/**
 * tov_map_raster_line:
 * @width: in user space units, as cairo_set_line_width () takes it
 *
 * Draws an antialiased line with round caps from (@x0, @y0) to (@x1, @y1),
 * user space, OVER the pixels.
 */
void
tov_map_raster_line (TovMapRaster *raster,
                     double        x0,
                     double        y0,
                     double        x1,
                     double        y1,
                     double        width,
                     const double *rgb,
                     double        alpha)
{
  double premultiplied[4] = { rgb[0] * alpha, rgb[1] * alpha, rgb[2] * alpha, alpha };
  double w = width * sqrt (raster->xx * raster->yy);   /* pixels */
  double drawn = MAX (w, 1.0);                           /* thinner lines: fainter, not thinner */
  double strength = w / drawn;
  double reach = drawn / 2 + 1.0;
  double ax = x0 * raster->xx + raster->x0, ay = y0 * raster->yy + raster->y0;
  double bx = x1 * raster->xx + raster->x0, by = y1 * raster->yy + raster->y0;
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  gboolean steep = fabs (dy) > fabs (dx);
  double major0, major1, length, nx, ny, half;

  if (!(isfinite (ax) && isfinite (ay) && isfinite (bx) && isfinite (by)))
    return;
  /* walk the major axis; at each step, the pixels across the line within reach */
  major0 = steep ? MIN (ay, by) : MIN (ax, bx);
  major1 = steep ? MAX (ay, by) : MAX (ax, bx);
  length = sqrt (length2);
  nx = length > 0 ? -dy / length : 0;   /* unit normal: distance to the line is linear across it */
  ny = length > 0 ? dx / length : 1;
  half = reach * (length > 0 ? length / MAX (fabs (steep ? dy : dx), 1e-9) : 1.0);
  half = MIN (half, reach * 4);
  for (int m = (int) floor (major0 - reach); m <= (int) ceil (major1 + reach); m++)
    {
      double centre = m + 0.5;
      double t, across;
      int lo, hi;

      if (steep ? (m < raster->clip_y0 || m >= raster->clip_y1) : (m < raster->clip_x0 || m >= raster->clip_x1))
        continue;
      /* where the line crosses this row (column), clamped to the segment */
      if (steep)
        t = fabs (dy) > 1e-9 ? (centre - ay) / dy : 0;
      else
        t = fabs (dx) > 1e-9 ? (centre - ax) / dx : 0;
      t = CLAMP (t, 0.0, 1.0);
      across = steep ? ax + t * dx : ay + t * dy;
      lo = (int) floor (across - half);
      hi = (int) ceil (across + half);
      if (steep)
        lo = MAX (lo, raster->clip_x0), hi = MIN (hi, raster->clip_x1 - 1);
      else
        lo = MAX (lo, raster->clip_y0), hi = MIN (hi, raster->clip_y1 - 1);
      for (int k = lo; k <= hi; k++)
        {
          double px = steep ? k + 0.5 : centre;
          double py = steep ? centre : k + 0.5;
          double s = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0;
          double distance, coverage;

          if (s > 0 && s < 1)
            distance = fabs ((px - ax) * nx + (py - ay) * ny);
          else
            {
              /* beyond an end: the round cap */
              double qx = (s <= 0 ? ax : bx) - px, qy = (s <= 0 ? ay : by) - py;

              distance = sqrt (qx * qx + qy * qy);
            }
          coverage = drawn / 2 + 0.5 - distance;
          if (coverage <= 0.0)
            continue;
          blend ((guint32 *) (raster->pixels + (steep ? m : k) * raster->stride) + (steep ? k : m),
                 MIN (coverage, 1.0) * strength, premultiplied, raster->opaque);
        }
    }
}
