/* tov-row-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TOV_TYPE_ROW_LAYOUT (tov_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (TovRowLayout, tov_row_layout, TOV, ROW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *tov_row_layout_new          (int spacing);
GtkLayoutManager *tov_row_layout_new_wrapping (int spacing,
                                               int row_spacing);
GtkWidget        *tov_row_layout_new_row      (int spacing);

G_END_DECLS
