/* tov-labels.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Translated, human labels for the model's coded values, shared by every
 * view: "work_status" → "Employment status", ("work_status", "employed") →
 * "Ordinary job", "ar" → "Arabic". An unknown code comes back as itself.
 */
const char *tov_label_for_value     (const char *context,
                                     const char *value);
const char *tov_label_for_dimension (const char *dimension);
const char *tov_label_for_language  (const char *code);
char       *tov_label_for_languages (const char *codes);
const char *tov_label_msgid_for_value     (const char  *context,
                                          const char  *value,
                                          const char **msgctxt);
const char *tov_label_msgid_for_dimension (const char *dimension);

G_END_DECLS
