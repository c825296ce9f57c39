/* tov-application.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-window.h"

G_BEGIN_DECLS

#define TOV_TYPE_APPLICATION (tov_application_get_type ())

G_DECLARE_FINAL_TYPE (TovApplication, tov_application, TOV, APPLICATION, AdwApplication)

TovApplication *tov_application_new                   (void);
char           *tov_application_get_default_database  (TovApplication *self);
TovWindow      *tov_application_open_database         (TovApplication *self,
                                                       const char     *path);
char           *tov_application_prepare_demo          (TovApplication *self,
                                                       GError        **error);

G_END_DECLS
