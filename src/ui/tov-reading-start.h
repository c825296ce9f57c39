/* tov-reading-start.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tov_reading_start_follow (GtkWidget     *widget,
                               GtkAdjustment *hadjustment);

G_END_DECLS
