/* tov-model.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The data model described once: every table, every column, its type, its
 * label (for error messages a user can act on) and its allowed values. The
 * store validates writes against it, the XML reader and writer map elements
 * and attributes by it, so adding a column means touching this table, the
 * SQL migration and the RelaxNG schema, nothing else.
 *
 * Every table also has the implicit columns "id" (a UUID), "created_at" and
 * "updated_at" (UTC timestamps, YYYY-MM-DDTHH:MM:SSZ); they are not listed.
 */

typedef enum
{
  TOV_COLUMN_TEXT,       /* free text, may hold a translation */
  TOV_COLUMN_NAME,       /* short text, trimmed, single line */
  TOV_COLUMN_INTEGER,    /* range min..max */
  TOV_COLUMN_BOOLEAN,    /* 0 or 1; "true"/"false" in XML */
  TOV_COLUMN_REAL,       /* a finite number */
  TOV_COLUMN_DATE,       /* YYYY-MM-DD */
  TOV_COLUMN_TIME,       /* HH:MM */
  TOV_COLUMN_TIMESTAMP,  /* YYYY-MM-DDTHH:MM:SSZ */
  TOV_COLUMN_ENUM,       /* one of values[] */
  TOV_COLUMN_LANGUAGES,  /* space-separated language codes: "ar da" */
  TOV_COLUMN_LANGUAGE,   /* one language code: "ar" */
  TOV_COLUMN_REFERENCE,  /* the id of a row in references */
} TovColumnType;

typedef enum
{
  TOV_COLUMN_FLAG_NONE     = 0,
  TOV_COLUMN_FLAG_REQUIRED = 1 << 0,
  TOV_COLUMN_FLAG_PARENT   = 1 << 1, /* the reference implied by nesting in XML */
  TOV_COLUMN_FLAG_SEARCH   = 1 << 2, /* indexed for full-text search */
  TOV_COLUMN_FLAG_TRANSLATABLE = 1 << 3, /* may carry translations */
} TovColumnFlags;

typedef struct
{
  const char          *name;        /* SQL column; XML attribute with '_' -> '-' */
  TovColumnType        type;
  TovColumnFlags       flags;
  const char          *label;       /* untranslated (N_), use tov_column_get_label() */
  const char          *references;  /* TOV_COLUMN_REFERENCE: the table */
  const char * const  *values;      /* TOV_COLUMN_ENUM: NULL-terminated */
  int                  min;         /* TOV_COLUMN_INTEGER */
  int                  max;
} TovColumnInfo;

typedef struct _TovTableInfo TovTableInfo;

/* Cross-column rules of one table. Returns FALSE, sets *column to the
 * offending column and error (TOV_RECORD_ERROR_INVALID). */
typedef gboolean (*TovTableCheckFunc) (const TovTableInfo  *table,
                                       GHashTable          *values,
                                       const char         **column,
                                       GError             **error);

struct _TovTableInfo
{
  const char          *name;        /* SQL table, plural: "families" */
  const char          *element;     /* XML element, singular: "family" */
  const char          *label;       /* untranslated, singular: "family" */
  const TovColumnInfo *columns;
  guint                n_columns;
  const char          *parent;      /* table this one nests in, or NULL */
  const char          *order_by;    /* deterministic order for listing and export */
  TovTableCheckFunc    check;       /* cross-column rules, or NULL */
};

const TovTableInfo  *tov_model_get_tables        (guint               *n_tables);
const TovTableInfo  *tov_model_lookup_table      (const char          *name);
const TovTableInfo  *tov_model_lookup_element    (const char          *element);
const TovColumnInfo *tov_table_lookup_column     (const TovTableInfo  *table,
                                                  const char          *column);
const TovColumnInfo *tov_table_get_parent_column (const TovTableInfo  *table);
const char          *tov_table_get_label         (const TovTableInfo  *table);
gboolean             tov_table_is_searched       (const TovTableInfo  *table);
const char          *tov_column_get_label        (const TovColumnInfo *column);
gboolean             tov_column_allows           (const TovColumnInfo *column,
                                                  const char          *value);
char                *tov_column_to_attribute     (const TovColumnInfo *column);

/* Enumerated values, shared by the model and the views. */
extern const char * const tov_family_statuses[];
extern const char * const tov_sexes[];
extern const char * const tov_household_roles[];
extern const char * const tov_sectors[];
extern const char * const tov_rings[];
extern const char * const tov_plan_statuses[];
extern const char * const tov_item_kinds[];
extern const char * const tov_horizons[];
extern const char * const tov_themes[];
extern const char * const tov_statutory_plans[];
extern const char * const tov_agreement_statuses[];
extern const char * const tov_meeting_kinds[];
extern const char * const tov_mapping_columns[];
extern const char * const tov_dimensions[];
extern const char * const tov_interpreter_modes[];

const char * const  *tov_dimension_get_values   (const char *dimension);

G_END_DECLS
