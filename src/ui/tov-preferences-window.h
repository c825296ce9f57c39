/* tov-preferences-window.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TOV_TYPE_PREFERENCES_WINDOW (tov_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (TovPreferencesWindow, tov_preferences_window, TOV, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *tov_preferences_window_new (GSettings *settings);

G_END_DECLS
