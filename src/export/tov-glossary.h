/* tov-glossary.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The welfare terms a printout explains in its appendix, read from
 * data/glossary/glossary.xml and from a staff file of the same format
 * (~/.local/share/tovholder/glossary.xml) whose terms add to or replace the
 * shipped ones by id.
 */

#define TOV_GLOSSARY_ERROR (tov_glossary_error_quark ())

typedef enum
{
  TOV_GLOSSARY_ERROR_INVALID,
} TovGlossaryError;

typedef struct _TovGlossaryTerm TovGlossaryTerm;

#define TOV_TYPE_GLOSSARY (tov_glossary_get_type ())

G_DECLARE_FINAL_TYPE (TovGlossary, tov_glossary, TOV, GLOSSARY, GObject)

GQuark       tov_glossary_error_quark       (void);
TovGlossary *tov_glossary_new               (void);
TovGlossary *tov_glossary_new_default       (void);
gboolean     tov_glossary_load_file         (TovGlossary           *self,
                                             const char            *path,
                                             GError               **error);
gboolean     tov_glossary_load_data         (TovGlossary           *self,
                                             const char            *data,
                                             gsize                  size,
                                             const char            *name,
                                             GError               **error);
guint        tov_glossary_get_n_terms       (TovGlossary           *self);
GPtrArray   *tov_glossary_find              (TovGlossary           *self,
                                             const char * const    *texts);
const char  *tov_glossary_term_get_id       (const TovGlossaryTerm *term);
const char  *tov_glossary_term_get_name     (const TovGlossaryTerm *term,
                                             const char            *language);
const char  *tov_glossary_term_get_explanation (const TovGlossaryTerm *term,
                                                const char            *language);

G_END_DECLS
