/* tov-pdf-renderer.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "tov-document.h"

G_BEGIN_DECLS

/*
 * Lays out a TovDocument on pages and draws them with cairo and pango: into
 * a PDF file here, and into a GtkPrintContext's cairo_t when printing (the
 * print operation calls paginate and draw_page; the drawing is the same).
 *
 * Units are points. Every paragraph gets its language's base direction and
 * alignment explicitly, with Pango's auto-direction off, so an Arabic
 * paragraph that starts with a Danish name stays right to left.
 */

#define TOV_PDF_RENDERER_ERROR (tov_pdf_renderer_error_quark ())

typedef enum
{
  TOV_PDF_RENDERER_ERROR_FAILED,
} TovPdfRendererError;

#define TOV_TYPE_PDF_RENDERER (tov_pdf_renderer_get_type ())

G_DECLARE_FINAL_TYPE (TovPdfRenderer, tov_pdf_renderer, TOV, PDF_RENDERER, GObject)

GQuark          tov_pdf_renderer_error_quark (void);
TovPdfRenderer *tov_pdf_renderer_new         (TovDocument    *document);
guint           tov_pdf_renderer_paginate    (TovPdfRenderer *self,
                                              cairo_t        *cr,
                                              double          width,
                                              double          height);
void            tov_pdf_renderer_draw_page   (TovPdfRenderer *self,
                                              cairo_t        *cr,
                                              guint           page);
GBytes         *tov_pdf_renderer_render_pdf  (TovPdfRenderer *self,
                                              GError        **error);

void            tov_pdf_renderer_draw_scale  (cairo_t        *cr,
                                              double          width,
                                              double          height,
                                              int             now,
                                              int             target,
                                              gboolean        rtl,
                                              const char     *digits);

G_END_DECLS
