/* tov-record.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tov-model.h"

G_BEGIN_DECLS

#define TOV_RECORD_ERROR (tov_record_error_quark ())

typedef enum
{
  TOV_RECORD_ERROR_INVALID,
} TovRecordError;

#define TOV_TYPE_RECORD (tov_record_get_type ())

G_DECLARE_FINAL_TYPE (TovRecord, tov_record, TOV, RECORD, GObject)

GQuark              tov_record_error_quark    (void);
TovRecord          *tov_record_new            (const char         *table);
TovRecord          *tov_record_new_for_table  (const TovTableInfo *table);
TovRecord          *tov_record_copy           (TovRecord          *self);
const TovTableInfo *tov_record_get_table      (TovRecord          *self);
const char         *tov_record_get_id         (TovRecord          *self);
void                tov_record_set_id         (TovRecord          *self,
                                               const char         *id);
const char         *tov_record_get            (TovRecord          *self,
                                               const char         *column);
void                tov_record_set            (TovRecord          *self,
                                               const char         *column,
                                               const char         *value);
gint64              tov_record_get_int        (TovRecord          *self,
                                               const char         *column,
                                               gint64              fallback);
void                tov_record_set_int        (TovRecord          *self,
                                               const char         *column,
                                               gint64              value);
gboolean            tov_record_get_boolean    (TovRecord          *self,
                                               const char         *column);
void                tov_record_set_boolean    (TovRecord          *self,
                                               const char         *column,
                                               gboolean            value);
GHashTable         *tov_record_get_values     (TovRecord          *self);
gboolean            tov_record_validate       (TovRecord          *self,
                                               const char        **column,
                                               GError            **error);
gboolean            tov_record_equal          (TovRecord          *a,
                                               TovRecord          *b);

G_END_DECLS
