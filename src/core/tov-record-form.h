/* tov-record-form.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-record.h"

G_BEGIN_DECLS

#define TOV_TYPE_RECORD_FORM (tov_record_form_get_type ())

G_DECLARE_FINAL_TYPE (TovRecordForm, tov_record_form, TOV, RECORD_FORM, GObject)

TovRecordForm *tov_record_form_new         (TovRecord     *record,
                                            gboolean       is_new);
TovRecord     *tov_record_form_get_record  (TovRecordForm *self);
gboolean       tov_record_form_get_is_new  (TovRecordForm *self);
void           tov_record_form_set_is_new  (TovRecordForm *self,
                                            gboolean       is_new);
const char    *tov_record_form_get_text    (TovRecordForm *self,
                                            const char    *column);
gboolean       tov_record_form_set_text    (TovRecordForm *self,
                                            const char    *column,
                                            const char    *text);
const char    *tov_record_form_get_error   (TovRecordForm *self,
                                            const char    *column);
void           tov_record_form_set_error   (TovRecordForm *self,
                                            const char    *column,
                                            const char    *message);
const char    *tov_record_form_get_message (TovRecordForm *self);
gboolean       tov_record_form_get_valid   (TovRecordForm *self);
gboolean       tov_record_form_validate    (TovRecordForm *self);
void           tov_record_form_set_today   (TovRecordForm *self,
                                            const char    *today);

G_END_DECLS
