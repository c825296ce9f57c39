/* tov-map-labels.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tov-map-labels.h"

#define GRID        32      /* cells per side of the lookup grid */
#define N_PLACES    8

/* what a candidate box must not touch: circles, fixed boxes and the labels placed so far,
 * bucketed in a grid over the bounds so a test looks at its neighbours only */
typedef struct
{
  const TovMapCircle *circles;
  guint               n_circles;
  const TovMapBox    *boxes;
  guint               n_boxes;
  GArray             *placed;     /* (element-type TovMapBox) */
  TovMapBox           bounds;
  double              cell_w;
  double              cell_h;
  GArray             *cells[GRID * GRID];  /* (element-type guint) item numbers */
} Grid;

gboolean
tov_map_box_intersects (const TovMapBox *a,
                        const TovMapBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
tov_map_box_hits_circle (const TovMapBox    *box,
                         const TovMapCircle *circle)
{
  double nx = CLAMP (circle->x, box->x, box->x + box->width);
  double ny = CLAMP (circle->y, box->y, box->y + box->height);

  return hypot (circle->x - nx, circle->y - ny) < circle->radius;
}

static void
cell_range (const Grid      *grid,
            const TovMapBox *box,
            int             *x0,
            int             *y0,
            int             *x1,
            int             *y1)
{
  *x0 = CLAMP ((int) floor ((box->x - grid->bounds.x) / grid->cell_w), 0, GRID - 1);
  *y0 = CLAMP ((int) floor ((box->y - grid->bounds.y) / grid->cell_h), 0, GRID - 1);
  *x1 = CLAMP ((int) floor ((box->x + box->width - grid->bounds.x) / grid->cell_w), 0, GRID - 1);
  *y1 = CLAMP ((int) floor ((box->y + box->height - grid->bounds.y) / grid->cell_h), 0, GRID - 1);
}

static void
grid_add (Grid            *grid,
          const TovMapBox *extent,
          guint            item)
{
  int x0, y0, x1, y1;

  cell_range (grid, extent, &x0, &y0, &x1, &y1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        GArray **cell = &grid->cells[y * GRID + x];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, item);
      }
}

static gboolean
grid_free (const Grid      *grid,
           const TovMapBox *box)
{
  int x0, y0, x1, y1;

  if (box->x < grid->bounds.x || box->y < grid->bounds.y ||
      box->x + box->width > grid->bounds.x + grid->bounds.width ||
      box->y + box->height > grid->bounds.y + grid->bounds.height)
    return FALSE;
  cell_range (grid, box, &x0, &y0, &x1, &y1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        GArray *cell = grid->cells[y * GRID + x];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          {
            guint item = g_array_index (cell, guint, i);

            if (item < grid->n_circles)
              {
                if (tov_map_box_hits_circle (box, &grid->circles[item]))
                  return FALSE;
              }
            else if (item < grid->n_circles + grid->n_boxes)
              {
                if (tov_map_box_intersects (box, &grid->boxes[item - grid->n_circles]))
                  return FALSE;
              }
            else if (tov_map_box_intersects (box, &g_array_index (grid->placed, TovMapBox,
                                                                  item - grid->n_circles - grid->n_boxes)))
              return FALSE;
          }
      }
  return TRUE;
}

/* the places around a node, best first: outward side, outward diagonals, above, below,
 * inward side, inward diagonals */
static void
candidate (const TovMapLabelRequest *request,
           guint                     place,
           double                    width,
           TovMapBox                *box)
{
  double c = request->clearance;
  double h = request->height;
  double gap = MAX (1.0, h * 0.15);
  double diagonal = c * 0.72;
  gboolean right = place < 3 ? request->outward_right : !request->outward_right;

  box->width = width;
  box->height = h;
  switch (place)
    {
    case 0:
    case 5:
      box->x = right ? request->x + c + gap : request->x - c - gap - width;
      box->y = request->y - h / 2;
      break;
    case 1:
    case 6:
      box->x = right ? request->x + diagonal : request->x - diagonal - width;
      box->y = request->y - diagonal - h;
      break;
    case 2:
    case 7:
      box->x = right ? request->x + diagonal : request->x - diagonal - width;
      box->y = request->y + diagonal;
      break;
    case 3:
      box->x = request->x - width / 2;
      box->y = request->y - c - gap - h;
      break;
    case 4:
    default:
      box->x = request->x - width / 2;
      box->y = request->y + c + gap;
      break;
    }
}

/**
 * tov_map_labels_place:
 * @requests: the labels to place, in order of precedence
 * @circles: nodes and other round marks no label may cover (each label's
 *   own node among them)
 * @boxes: other text no label may cover (ring names, member names)
 * @bounds: every label stays inside
 * @min_width: a label is never shortened below this (nor below its own width)
 * @labels: (out caller-allocates) (array length=n_requests): the result
 *
 * Places the labels so that no two of them intersect and none covers a
 * circle or a box. Deterministic: the same input gives the same output.
 */
void
tov_map_labels_place (const TovMapLabelRequest *requests,
                      guint                     n_requests,
                      const TovMapCircle       *circles,
                      guint                     n_circles,
                      const TovMapBox          *boxes,
                      guint                     n_boxes,
                      const TovMapBox          *bounds,
                      double                    min_width,
                      TovMapLabel              *labels)
{
  static const double shorter[] = { 1.0, 0.72, 0.5, 0.0 };
  Grid grid = { circles, n_circles, boxes, n_boxes, NULL, *bounds, 0, 0, { NULL } };

  g_return_if_fail (n_requests == 0 || (requests != NULL && labels != NULL));
  g_return_if_fail (bounds != NULL && bounds->width > 0 && bounds->height > 0);

  grid.placed = g_array_sized_new (FALSE, FALSE, sizeof (TovMapBox), n_requests);
  grid.cell_w = bounds->width / GRID;
  grid.cell_h = bounds->height / GRID;
  for (guint i = 0; i < n_circles; i++)
    {
      TovMapBox extent = { circles[i].x - circles[i].radius, circles[i].y - circles[i].radius,
                           2 * circles[i].radius, 2 * circles[i].radius };

      grid_add (&grid, &extent, i);
    }
  for (guint i = 0; i < n_boxes; i++)
    grid_add (&grid, &boxes[i], n_circles + i);

  for (guint i = 0; i < n_requests; i++)
    {
      const TovMapLabelRequest *request = &requests[i];
      TovMapLabel *label = &labels[i];
      double shortest = MIN (request->width, min_width);

      *label = (TovMapLabel) { { request->x, request->y, 0, 0 }, FALSE, FALSE };
      for (guint s = 0; s < G_N_ELEMENTS (shorter) && !label->visible; s++)
        {
          double width = MAX (request->width * shorter[s], shortest);

          if (s > 0 && width >= request->width * shorter[s - 1] - 1e-9)
            continue;  /* no shorter than the last try */
          for (guint place = 0; place < N_PLACES && !label->visible; place++)
            {
              TovMapBox box;

              candidate (request, place, width, &box);
              if (!grid_free (&grid, &box))
                continue;
              label->box = box;
              label->visible = TRUE;
              label->shortened = width < request->width;
              g_array_append_val (grid.placed, box);
              grid_add (&grid, &box, n_circles + n_boxes + grid.placed->len - 1);
            }
        }
    }

  for (guint i = 0; i < GRID * GRID; i++)
    if (grid.cells[i] != NULL)
      g_array_unref (grid.cells[i]);
  g_array_unref (grid.placed);
}
