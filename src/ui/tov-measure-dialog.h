/* tov-measure-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_MEASURE_DIALOG (tov_measure_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TovMeasureDialog, tov_measure_dialog, TOV, MEASURE_DIALOG, AdwWindow)

TovMeasureDialog *tov_measure_dialog_new        (TovStore         *store,
                                                 const char       *family_id);
const char       *tov_measure_dialog_get_date   (TovMeasureDialog *self);
void              tov_measure_dialog_set_date   (TovMeasureDialog *self,
                                                 const char       *date);
gboolean          tov_measure_dialog_set_value  (TovMeasureDialog *self,
                                                 const char       *person_id,
                                                 const char       *dimension,
                                                 const char       *value);
const char       *tov_measure_dialog_get_value  (TovMeasureDialog *self,
                                                 const char       *person_id,
                                                 const char       *dimension);
gboolean          tov_measure_dialog_save       (TovMeasureDialog *self,
                                                 guint            *n_recorded,
                                                 GError          **error);

/* For gtk_widget_class_install_action() on a widget with "store" (TovStore)
 * and "family" (TovFamily) properties, such as TovFamilyPage. */
void              tov_measure_dialog_activate   (GtkWidget        *widget,
                                                 const char       *action_name,
                                                 GVariant         *parameter);

G_END_DECLS
