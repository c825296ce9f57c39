/* tov-bench-first-frame.c: LD_PRELOAD shim that says when a GTK 4 program's
 * first frame reaches its window
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With GSK_RENDERER=cairo on X11, GTK ends every frame of a window by
 * flushing the window's Xlib cairo surface; the first such flush is the
 * first frame on screen. Prints "first-frame-us T" (CLOCK_MONOTONIC, µs) on
 * standard output once, for tovholder-bench-startup, the same way for any
 * program (Tovholder, gnome-text-editor). Measured against Tovholder's own
 * frame clock "after-paint" it comes 2 to 3 ms earlier.
 */

#include <dlfcn.h>
#include <stdio.h>
#include <time.h>

#include <cairo.h>

void
cairo_surface_flush (cairo_surface_t *surface)
{
  static void (*real_flush) (cairo_surface_t *);
  static int done;

  if (real_flush == NULL)
    real_flush = (void (*) (cairo_surface_t *)) dlsym (RTLD_NEXT, "cairo_surface_flush");
  real_flush (surface);

  if (!done && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_XLIB)
    {
      struct timespec ts;

      done = 1;
      clock_gettime (CLOCK_MONOTONIC, &ts);
      printf ("first-frame-us %lld\n", (long long) ts.tv_sec * 1000000 + ts.tv_nsec / 1000);
      fflush (stdout);
    }
}
