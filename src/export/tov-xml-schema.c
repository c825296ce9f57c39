/* tov-xml-schema.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/xmlerror.h>

#include "tov-xml-schema-private.h"

/*
 * The RelaxNG schema of the exchange format, generated from the model so that
 * format, schema and model never drift apart. data/schema/ holds the same
 * text, checked in (regenerate it with `ninja update-schema`; a test checks
 * it is current); the reader validates against the copy built here, so it
 * works wherever the program is installed.
 */

#define RNG_NS   "http://relaxng.org/ns/structure/1.0"
#define XSD_TYPES "http://www.w3.org/2001/XMLSchema-datatypes"

#define UUID_PATTERN "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
#define DATE_PATTERN "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
#define TIME_PATTERN "([01][0-9]|2[0-3]):[0-5][0-9]"
#define LANG_PATTERN "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*"

typedef struct
{
  const char * const *attributes;
  GPtrArray          *children;
} TableXml;

static TableXml *
get_table_xml (const TovTableInfo *table)
{
  static TableXml *infos; /* one per table, plus one for the root */
  const TovTableInfo *tables;
  guint n_tables;

  tables = tov_model_get_tables (&n_tables);
  if (g_once_init_enter (&infos))
    {
      TableXml *built = g_new0 (TableXml, n_tables + 1);

      for (guint i = 0; i <= n_tables; i++)
        built[i].children = g_ptr_array_new ();
      for (guint i = 0; i < n_tables; i++)
        {
          const char **names = g_new0 (const char *, tables[i].n_columns + 1);
          const TovTableInfo *parent = tov_model_lookup_table (tables[i].parent);

          for (guint j = 0; j < tables[i].n_columns; j++)
            {
              g_autofree char *name = tov_column_to_attribute (&tables[i].columns[j]);
              names[j] = g_intern_string (name);
            }
          built[i].attributes = names;
          g_ptr_array_add (built[parent != NULL ? (guint) (parent - tables) : n_tables].children,
                           (gpointer) &tables[i]);
        }
      g_once_init_leave (&infos, built);
    }

  return &infos[table != NULL ? (guint) (table - tables) : n_tables];
}

const char * const *
tov_xml_table_get_attributes (const TovTableInfo *table)
{
  g_assert (table != NULL);
  return get_table_xml (table)->attributes;
}

/**
 * tov_xml_table_get_children:
 *
 * Returns: (transfer none) (element-type TovTableInfo): the tables nested
 * in @table, or at the root when @table is %NULL, in model order.
 */
GPtrArray *
tov_xml_table_get_children (const TovTableInfo *table)
{
  return get_table_xml (table)->children;
}

static void
write_param (xmlTextWriter *w,
             const char    *name,
             const char    *value)
{
  xmlTextWriterStartElement (w, BAD_CAST "param");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST name);
  xmlTextWriterWriteString (w, BAD_CAST value);
  xmlTextWriterEndElement (w);
}

static void
write_string_pattern (xmlTextWriter *w,
                      const char    *pattern)
{
  xmlTextWriterStartElement (w, BAD_CAST "data");
  xmlTextWriterWriteAttribute (w, BAD_CAST "type", BAD_CAST "string");
  write_param (w, "pattern", pattern);
  xmlTextWriterEndElement (w);
}

static void
write_choice (xmlTextWriter      *w,
              const char * const *values)
{
  xmlTextWriterStartElement (w, BAD_CAST "choice");
  for (guint i = 0; values[i] != NULL; i++)
    xmlTextWriterWriteElement (w, BAD_CAST "value", BAD_CAST values[i]);
  xmlTextWriterEndElement (w);
}

static void
write_ref (xmlTextWriter *w,
           const char    *define)
{
  xmlTextWriterStartElement (w, BAD_CAST "ref");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST define);
  xmlTextWriterEndElement (w);
}

/* Types used by many attributes are named once, at the end of the schema. */
#define SHARED(n, t, f) { n, TOV_COLUMN_##t, f, NULL, NULL, NULL, 0, 0 }
static const TovColumnInfo shared_types[] = {
  SHARED ("uuid", REFERENCE, 0),
  SHARED ("name", NAME, 0),
  SHARED ("required-name", NAME, TOV_COLUMN_FLAG_REQUIRED),
  SHARED ("text", TEXT, 0),
  SHARED ("required-text", TEXT, TOV_COLUMN_FLAG_REQUIRED),
  SHARED ("boolean", BOOLEAN, 0),
  SHARED ("real", REAL, 0),
  SHARED ("date", DATE, 0),
  SHARED ("time", TIME, 0),
  SHARED ("timestamp", TIMESTAMP, 0),
  SHARED ("language", LANGUAGE, 0),
  SHARED ("languages", LANGUAGES, 0),
};
#undef SHARED

static const char *
shared_define (const TovColumnInfo *column)
{
  TovColumnFlags required = column->flags & TOV_COLUMN_FLAG_REQUIRED;

  for (guint i = 0; i < G_N_ELEMENTS (shared_types); i++)
    if (shared_types[i].type == column->type &&
        (shared_types[i].flags == required ||
         (column->type != TOV_COLUMN_NAME && column->type != TOV_COLUMN_TEXT)))
      return shared_types[i].name;
  return NULL;
}

static void
write_type (xmlTextWriter       *w,
            const TovColumnInfo *column,
            gboolean             shared)
{
  static const char * const booleans[] = { "true", "false", NULL };
  gboolean required = (column->flags & TOV_COLUMN_FLAG_REQUIRED) != 0;

  if (shared)
    {
      const char *define = shared_define (column);

      if (define != NULL)
        {
          write_ref (w, define);
          return;
        }
    }

  switch (column->type)
    {
    case TOV_COLUMN_TEXT:
    case TOV_COLUMN_NAME:
      xmlTextWriterStartElement (w, BAD_CAST "data");
      xmlTextWriterWriteAttribute (w, BAD_CAST "type", BAD_CAST "string");
      if (required)
        write_param (w, "minLength", "1");
      write_param (w, "maxLength", column->type == TOV_COLUMN_NAME ? "200" : "100000");
      if (column->type == TOV_COLUMN_NAME)
        write_param (w, "pattern", "[^\\n\\r]*");
      xmlTextWriterEndElement (w);
      break;

    case TOV_COLUMN_INTEGER:
      {
        char buf[32];

        xmlTextWriterStartElement (w, BAD_CAST "data");
        xmlTextWriterWriteAttribute (w, BAD_CAST "type", BAD_CAST "integer");
        write_param (w, "pattern", "-?[0-9]+");
        g_snprintf (buf, sizeof buf, "%d", column->min);
        write_param (w, "minInclusive", buf);
        g_snprintf (buf, sizeof buf, "%d", column->max);
        write_param (w, "maxInclusive", buf);
        xmlTextWriterEndElement (w);
      }
      break;

    case TOV_COLUMN_BOOLEAN:
      write_choice (w, booleans);
      break;

    case TOV_COLUMN_REAL:
      write_string_pattern (w, "[\\-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][\\-+]?[0-9]+)?");
      break;

    case TOV_COLUMN_DATE:
      write_string_pattern (w, DATE_PATTERN);
      break;

    case TOV_COLUMN_TIME:
      write_string_pattern (w, TIME_PATTERN);
      break;

    case TOV_COLUMN_TIMESTAMP:
      write_string_pattern (w, DATE_PATTERN "T" TIME_PATTERN ":[0-5][0-9]Z");
      break;

    case TOV_COLUMN_ENUM:
      write_choice (w, column->values);
      break;

    case TOV_COLUMN_LANGUAGES:
      write_string_pattern (w, LANG_PATTERN "( " LANG_PATTERN ")*");
      break;

    case TOV_COLUMN_LANGUAGE:
      write_string_pattern (w, LANG_PATTERN);
      break;

    case TOV_COLUMN_REFERENCE:
      write_string_pattern (w, UUID_PATTERN);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_attribute (xmlTextWriter *w,
                 const char    *name,
                 gboolean       required,
                 const char    *define)
{
  if (!required)
    xmlTextWriterStartElement (w, BAD_CAST "optional");
  xmlTextWriterStartElement (w, BAD_CAST "attribute");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST name);
  write_ref (w, define);
  xmlTextWriterEndElement (w);
  if (!required)
    xmlTextWriterEndElement (w);
}

static void
write_children (xmlTextWriter      *w,
                const TovTableInfo *table)
{
  GPtrArray *children = tov_xml_table_get_children (table);

  for (guint i = 0; i < children->len; i++)
    {
      const TovTableInfo *child = g_ptr_array_index (children, i);

      xmlTextWriterStartElement (w, BAD_CAST "zeroOrMore");
      write_ref (w, child->element);
      xmlTextWriterEndElement (w);
    }
  if (children->len == 0)
    xmlTextWriterWriteElement (w, BAD_CAST "empty", NULL);
}

static void
write_table (xmlTextWriter      *w,
             const TovTableInfo *table)
{
  const char * const *attributes = tov_xml_table_get_attributes (table);

  xmlTextWriterStartElement (w, BAD_CAST "define");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST table->element);
  xmlTextWriterStartElement (w, BAD_CAST "element");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST table->element);

  write_attribute (w, "id", TRUE, "uuid");
  for (guint i = 0; i < table->n_columns; i++)
    {
      const TovColumnInfo *column = &table->columns[i];

      if (column->flags & TOV_COLUMN_FLAG_PARENT)
        continue;
      if (!(column->flags & TOV_COLUMN_FLAG_REQUIRED))
        xmlTextWriterStartElement (w, BAD_CAST "optional");
      xmlTextWriterStartElement (w, BAD_CAST "attribute");
      xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST attributes[i]);
      write_type (w, column, TRUE);
      xmlTextWriterEndElement (w);
      if (!(column->flags & TOV_COLUMN_FLAG_REQUIRED))
        xmlTextWriterEndElement (w);
    }
  write_attribute (w, "created-at", FALSE, "timestamp");
  write_attribute (w, "updated-at", FALSE, "timestamp");
  write_children (w, table);

  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static void
write_define (xmlTextWriter       *w,
              const char          *name,
              const TovColumnInfo *column)
{
  xmlTextWriterStartElement (w, BAD_CAST "define");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST name);
  write_type (w, column, FALSE);
  xmlTextWriterEndElement (w);
}

/**
 * tov_xml_schema_generate:
 *
 * Returns: (transfer full): the RelaxNG schema of the exchange format, as
 * UTF-8 XML text, the same bytes on every run.
 */
GBytes *
tov_xml_schema_generate (void)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = NULL;
  const TovTableInfo *tables;
  guint n_tables;

  w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  xmlTextWriterWriteComment (w, BAD_CAST " tovholder-exchange-1.rng: the Tovholder XML exchange format, "
                                        "version 1. Generated from src/core/tov-model.c by "
                                        "tov-gen-schema (ninja update-schema); do not edit. ");

  xmlTextWriterStartElement (w, BAD_CAST "grammar");
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns", BAD_CAST RNG_NS);
  xmlTextWriterWriteAttribute (w, BAD_CAST "ns", BAD_CAST TOV_XML_NAMESPACE);
  xmlTextWriterWriteAttribute (w, BAD_CAST "datatypeLibrary", BAD_CAST XSD_TYPES);

  xmlTextWriterStartElement (w, BAD_CAST "start");
  xmlTextWriterStartElement (w, BAD_CAST "element");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST TOV_XML_ROOT);
  xmlTextWriterStartElement (w, BAD_CAST "attribute");
  xmlTextWriterWriteAttribute (w, BAD_CAST "name", BAD_CAST "version");
  xmlTextWriterWriteElement (w, BAD_CAST "value", BAD_CAST TOV_XML_VERSION);
  xmlTextWriterEndElement (w);
  write_children (w, NULL);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);

  tables = tov_model_get_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    write_table (w, &tables[i]);

  for (guint i = 0; i < G_N_ELEMENTS (shared_types); i++)
    write_define (w, shared_types[i].name, &shared_types[i]);

  xmlTextWriterEndElement (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);

  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static void
on_schema_error_cb (void     *data,
                    xmlError *error)
{
  /* the generated schema is part of the program: an error here is a bug */
  g_critical ("RelaxNG schema: %s", error->message);
}

xmlRelaxNGPtr
tov_xml_schema_get (void)
{
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = tov_xml_schema_generate ();
      g_autoptr(xmlRelaxNGParserCtxt) ctxt = NULL;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      xmlRelaxNGPtr parsed;

      ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      xmlRelaxNGSetParserStructuredErrors (ctxt, on_schema_error_cb, NULL);
      parsed = xmlRelaxNGParse (ctxt);
      g_assert (parsed != NULL);
      g_once_init_leave (&schema, parsed);
    }
  return schema;
}
