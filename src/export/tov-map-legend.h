/* tov-map-legend.h: private to the map renderer
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tov-map-painter.h"

G_BEGIN_DECLS

void tov_map_legend_draw (TovMapPainter      *p,
                          const TovMapData   *data,
                          const TovMapLayout *layout);

G_END_DECLS
