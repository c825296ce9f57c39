/* tov-map-renderer.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tov-map-labels.h"
#include "tov-map-layout.h"
#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Draws the actor network map with cairo and pango: one drawing code for
 * the screen (TovMapView), SVG and PNG files, and printouts (draw straight
 * into a PDF page's cairo_t with tov_map_renderer_draw_family ()).
 *
 * Units: whatever the cairo_t's user space is (pixels on screen, points in
 * files and PDF). Text is sized relative to the drawing so the map reads
 * the same at every size. Colours are the Okabe-Ito palette, which stays
 * distinguishable for colour-blind readers; every node also has a dark
 * outline, and the legend names each colour. Labels are translated in the
 * current locale (gettext), or looked up by a TovMapLabelFunc: a printout
 * passes its own catalogue (tov_map_renderer_catalog_label ()) so the map
 * speaks the printout's language whatever the user interface's;
 * TOV_MAP_RENDER_RTL mirrors the map and the legend for a right-to-left
 * language.
 *
 * The actors' names are placed so that none covers another name or a node
 * (tov-map-labels.h): shortened with an ellipsis when crowded, left out
 * when there is no room at all (the name stays in the tooltip, the
 * accessible name and the list). A TovMapCache keeps the laid-out text and
 * the placed names between drawings; a view keeps one, a one-off drawing
 * can pass none.
 *
 * The drawing code is in three units: this one (the circle, the nodes and
 * their names), tov-map-legend.c and tov-map-export.c (a family from the
 * store into a printout, PNG or SVG).
 */

typedef struct _TovMapCache TovMapCache;

TovMapCache *tov_map_cache_new        (void);
void         tov_map_cache_free       (TovMapCache *cache);
void         tov_map_cache_clear      (TovMapCache *cache);
guint        tov_map_cache_n_layouts  (TovMapCache *cache);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TovMapCache, tov_map_cache_free)

typedef enum
{
  TOV_MAP_RENDER_NONE      = 0,
  TOV_MAP_RENDER_RTL       = 1 << 0,  /* mirror: right-to-left text direction */
  TOV_MAP_RENDER_NO_LEGEND = 1 << 1,  /* the circle and the counts only */
  TOV_MAP_RENDER_NO_TITLE  = 1 << 2,  /* no family name and date at the top */
  TOV_MAP_RENDER_SKIP_DRAGGED = 1 << 3, /* all but the dragged node: a drag's cached background */
  TOV_MAP_RENDER_ONLY_DRAGGED = 1 << 4, /* the dragged node and its lines only, over that */
  TOV_MAP_RENDER_FOCUS_ONLY   = 1 << 5, /* the focus ring only, over a picture of the rest */
} TovMapRenderFlags;

/**
 * TovMapLabelFunc:
 * @msgid: the untranslated message; "context\004message" for one in a
 *   context (as g_dpgettext () takes it)
 * @msgid_plural: (nullable): the plural, for a message with a count
 * @n: the count, when @msgid_plural is given
 *
 * Looks up one of the map's words (rings, sectors, legend, counts, title).
 * The result must live as long as the drawing.
 *
 * Returns: (transfer none): the translation, or @msgid (@msgid_plural)
 */
typedef const char *(*TovMapLabelFunc) (const char *msgid,
                                        const char *msgid_plural,
                                        gulong      n,
                                        gpointer    user_data);

typedef struct
{
  TovMapRenderFlags flags;
  const char       *focused_id;    /* engagement drawn with a focus ring, or NULL */
  const char       *dragged_id;    /* engagement being dragged, drawn at drag_x/y */
  double            drag_x;        /* map units, left-to-right */
  double            drag_y;
  TovMapCache      *cache;         /* (nullable) text and names kept between drawings */
  TovMapLabelFunc   label_func;    /* (nullable) the map's words; NULL: the UI's gettext */
  gpointer          label_data;
} TovMapRenderOptions;

/* where the circle sits in a drawing of a given size */
typedef struct
{
  double   cx;         /* centre, in drawing units */
  double   cy;
  double   scale;      /* drawing units per map unit */
  gboolean rtl;
  double   legend_x;   /* the legend's box */
  double   legend_y;
  double   legend_width;
  guint    legend_columns;
  double   title_height;
} TovMapFrame;

void      tov_map_renderer_frame        (double                     width,
                                         double                     height,
                                         TovMapRenderFlags          flags,
                                         TovMapFrame               *frame);
void      tov_map_frame_to_map          (const TovMapFrame         *frame,
                                         double                     x,
                                         double                     y,
                                         double                    *map_x,
                                         double                    *map_y);
void      tov_map_frame_from_map        (const TovMapFrame         *frame,
                                         double                     map_x,
                                         double                     map_y,
                                         double                    *x,
                                         double                    *y);
void      tov_map_renderer_sector_rgb   (TovMapSector               sector,
                                         double                    *rgb);

void      tov_map_renderer_draw         (cairo_t                   *cr,
                                         const TovMapData          *data,
                                         const TovMapLayout        *layout,
                                         double                     width,
                                         double                     height,
                                         const TovMapRenderOptions *options);

GArray   *tov_map_renderer_labels       (const TovMapData          *data,
                                         const TovMapLayout        *layout,
                                         double                     width,
                                         double                     height,
                                         TovMapRenderFlags          flags);
void      tov_map_renderer_node_circle  (const TovMapLayout        *layout,
                                         const TovMapFrame         *frame,
                                         guint                      index,
                                         TovMapCircle              *circle);

/* a TovMapLabelFunc over a TovPrintCatalog (@user_data): the map in a printout's language */
const char *tov_map_renderer_catalog_label (const char        *msgid,
                                            const char        *msgid_plural,
                                            gulong             n,
                                            gpointer           user_data);

/* for printouts: load, lay out and draw a family's map as of @date
 * (NULL: today) into @cr's user space, from (0, 0) to (@width, @height);
 * @label_func (NULL: the UI's gettext) and @label_data give its words */
gboolean  tov_map_renderer_draw_family  (cairo_t                   *cr,
                                         TovStore                  *store,
                                         const char                *family_id,
                                         const char                *date,
                                         double                     width,
                                         double                     height,
                                         TovMapRenderFlags          flags,
                                         TovMapLabelFunc            label_func,
                                         gpointer                   label_data,
                                         GError                   **error);
gboolean  tov_map_renderer_render_png   (TovStore                  *store,
                                         const char                *family_id,
                                         const char                *date,
                                         double                     width_mm,
                                         double                     height_mm,
                                         int                        dpi,
                                         TovMapRenderFlags          flags,
                                         TovMapLabelFunc            label_func,
                                         gpointer                   label_data,
                                         GBytes                   **png,
                                         GError                   **error);
gboolean  tov_map_renderer_render_svg   (TovStore                  *store,
                                         const char                *family_id,
                                         const char                *date,
                                         double                     width_mm,
                                         double                     height_mm,
                                         TovMapRenderFlags          flags,
                                         TovMapLabelFunc            label_func,
                                         gpointer                   label_data,
                                         GBytes                   **svg,
                                         GError                   **error);

G_END_DECLS
