/* tov-record-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tov-record-form.h"
#include "tov-store.h"

G_BEGIN_DECLS

#define TOV_TYPE_RECORD_DIALOG (tov_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TovRecordDialog, tov_record_dialog, TOV, RECORD_DIALOG, AdwWindow)

TovRecordDialog *tov_record_dialog_new          (TovStore           *store,
                                                 TovRecord          *record,
                                                 gboolean            is_new,
                                                 const char * const *columns);
void             tov_record_dialog_set_confirm  (TovRecordDialog    *self,
                                                 const char         *label);
TovRecordForm   *tov_record_dialog_get_form     (TovRecordDialog    *self);
GtkWidget       *tov_record_dialog_get_field    (TovRecordDialog    *self,
                                                 const char         *column);
const char      *tov_record_dialog_get_field_error (TovRecordDialog *self,
                                                 const char         *column);
gboolean         tov_record_dialog_flush        (TovRecordDialog    *self);

G_END_DECLS
