/* tov-report-family-picker.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-store.h"

G_BEGIN_DECLS

/*
 * Picks the group of families a report covers: a button ("Choose Families…",
 * "3 Families") opening a list of every family with a check box, its
 * coordinator and status, filtered as you type. The choice is the
 * "selected-ids" property: NULL for all families.
 */

#define TOV_TYPE_REPORT_FAMILY_PICKER (tov_report_family_picker_get_type ())

G_DECLARE_FINAL_TYPE (TovReportFamilyPicker, tov_report_family_picker, TOV, REPORT_FAMILY_PICKER, AdwBin)

GtkWidget          *tov_report_family_picker_new              (void);
void                tov_report_family_picker_set_store        (TovReportFamilyPicker *self,
                                                               TovStore              *store);
const char * const *tov_report_family_picker_get_selected_ids (TovReportFamilyPicker *self);
void                tov_report_family_picker_set_selected_ids (TovReportFamilyPicker *self,
                                                               const char * const    *ids);
char               *tov_report_family_picker_describe         (guint                  n_selected);

G_END_DECLS
