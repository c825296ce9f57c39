/* tov-map-labels.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Where the names of the actors go on the map, so that no two names cover
 * each other or a node. Pure geometry in drawing units (y downwards): the
 * renderer measures the text and draws; this only chooses boxes.
 *
 * Labels are placed one by one in the order given (the caller puts the
 * coordinator and the inner rings first). Each label tries places around
 * its node, the side away from the centre first, then beside it
 * diagonally, above, below, and the inward side; when none is free at its
 * full width it tries the same places shortened (the renderer ends the
 * text with an ellipsis); when even the shortest is not free, the label is
 * hidden and the node keeps its name in its tooltip, its accessible name
 * and the list beside the map.
 */

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} TovMapBox;

typedef struct
{
  double x;
  double y;
  double radius;
} TovMapCircle;

typedef struct
{
  double   x;              /* the node's centre */
  double   y;
  double   clearance;      /* the radius the label keeps clear of (node and its marks) */
  double   width;          /* the text's natural width */
  double   height;
  gboolean outward_right;  /* the side away from the centre is the right one */
} TovMapLabelRequest;

typedef struct
{
  TovMapBox box;           /* where the text goes: its logical box */
  gboolean  visible;
  gboolean  shortened;     /* box.width < the natural width: ellipsize */
} TovMapLabel;

void     tov_map_labels_place     (const TovMapLabelRequest *requests,
                                   guint                     n_requests,
                                   const TovMapCircle       *circles,
                                   guint                     n_circles,
                                   const TovMapBox          *boxes,
                                   guint                     n_boxes,
                                   const TovMapBox          *bounds,
                                   double                    min_width,
                                   TovMapLabel              *labels);

gboolean tov_map_box_intersects   (const TovMapBox          *a,
                                   const TovMapBox          *b);
gboolean tov_map_box_hits_circle  (const TovMapBox          *box,
                                   const TovMapCircle       *circle);

G_END_DECLS
