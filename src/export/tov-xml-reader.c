/* tov-xml-reader.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "tov-xml-reader.h"
#include "tov-xml-import-private.h"
#include "tov-xml-schema-private.h"

/*
 * Imports the exchange format (docs/xml-format.md), all or nothing.
 *
 * The file is untrusted: its size is checked before parsing; any DOCTYPE
 * stops the parser at once (so no entity is ever declared, expanded or
 * loaded, and no DTD is read); the parser never touches the network.
 *
 * The checks of the structure and the values (what the RelaxNG schema says,
 * generated from the same model: elements and their nesting and order,
 * required and unknown attributes, no text; the model's rules for each
 * value) are in tov-xml-checks.c; the import itself, which reads the file
 * on one thread while it writes the rows read so far on the calling one, in
 * tov-xml-import.c. Small files (a family or a few) are also run through
 * libxml2's RelaxNG validator; it is too slow for more (about 50 µs an
 * element: 0.55 s for 100 synthetic families, 0.16 s for the demo's seven).
 * Every error names the file and the line.
 */

#define DEFAULT_MAX_SIZE (256 * 1024 * 1024)
#define DEFAULT_SCHEMA_LIMIT (256 * 1024)  /* one family or a few: at most ~0.2 s */

struct _TovXmlReader
{
  GObject       parent_instance;
  TovStore     *store;
  gsize         max_size;
  gsize         schema_limit;  /* run libxml2's RelaxNG validator up to this size */
  int           date_shift;    /* days to move every date and time by */
  GCancellable *cancellable;  /* during tov_xml_reader_import_file() */
  guint         n_inserted;
  guint         n_updated;
  guint         n_families;
  guint         n_persons;
};

G_DEFINE_FINAL_TYPE (TovXmlReader, tov_xml_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (tov-import-error-quark, tov_import_error)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
too_large (TovXmlReader *self,
           const char   *name,
           goffset       size,
           GError      **error)
{
  g_autofree char *have = NULL;
  g_autofree char *limit = NULL;

  if (size >= 0 && (guint64) size <= self->max_size)
    return FALSE;
  have = g_format_size (size);
  limit = g_format_size (self->max_size);
  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_TOO_LARGE,
               _("%s: the file is too large to import (%s; at most %s)."), name, have, limit);
  return TRUE;
}

/* ------------------------------------------------------------- the object */

static void
tov_xml_reader_dispose (GObject *object)
{
  TovXmlReader *self = (TovXmlReader *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_xml_reader_parent_class)->dispose (object);
}

static void
tov_xml_reader_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TovXmlReader *self = TOV_XML_READER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_xml_reader_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TovXmlReader *self = TOV_XML_READER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_xml_reader_class_init (TovXmlReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_xml_reader_dispose;
  object_class->get_property = tov_xml_reader_get_property;
  object_class->set_property = tov_xml_reader_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* before any thread of ours parses (libxml2 2.9 wants it called once,
   * not from two threads at a time) */
  xmlInitParser ();
}

static void
tov_xml_reader_init (TovXmlReader *self)
{
  self->max_size = DEFAULT_MAX_SIZE;
  self->schema_limit = DEFAULT_SCHEMA_LIMIT;
}

/* ------------------------------------------------------------- public API */

TovXmlReader *
tov_xml_reader_new (TovStore *store)
{
  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  return g_object_new (TOV_TYPE_XML_READER, "store", store, NULL);
}

/**
 * tov_xml_reader_set_max_size:
 * @max_bytes: the largest file to import (64 MiB unless set)
 */
void
tov_xml_reader_set_max_size (TovXmlReader *self,
                             gsize         max_bytes)
{
  g_return_if_fail (TOV_IS_XML_READER (self));

  self->max_size = MIN (max_bytes, (gsize) G_MAXINT);
}

/**
 * tov_xml_reader_set_schema_limit:
 * @max_bytes: the largest file checked with libxml2's RelaxNG validator
 *   too (256 KiB unless set); 0: never, G_MAXSIZE: always
 *
 * Every import enforces the schema's rules itself; files up to this size
 * are also run through libxml2's RelaxNG validator against the schema,
 * which costs about 50 µs an element.
 */
void
tov_xml_reader_set_schema_limit (TovXmlReader *self,
                                 gsize         max_bytes)
{
  g_return_if_fail (TOV_IS_XML_READER (self));

  self->schema_limit = max_bytes;
}

/**
 * tov_xml_reader_set_date_shift:
 * @days: how many days to move every date and time by (0 unless set)
 *
 * For data written as of one day, such as the demo families (as of
 * %TOV_DEMO_DAY): moved by the days from then to today, what was overdue
 * or expiring soon then is so today.
 */
void
tov_xml_reader_set_date_shift (TovXmlReader *self,
                               int           days)
{
  g_return_if_fail (TOV_IS_XML_READER (self));

  self->date_shift = days;
}

/**
 * tov_xml_reader_import_data:
 * @display_name: the name errors give for the file, such as "family.xml"
 *
 * Imports a document all or nothing: on any error the database is as it was.
 * Rows are matched by id: what is already there is updated, the rest inserted.
 *
 * Returns: %TRUE on success; else %FALSE with @error (%TOV_IMPORT_ERROR)
 * reading "FILE:LINE: what is wrong".
 */
gboolean
tov_xml_reader_import_data (TovXmlReader *self,
                            const char   *data,
                            gsize         length,
                            const char   *display_name,
                            GError      **error)
{
  const char *name = display_name != NULL ? display_name : "-";
  TovXmlImportCounts counts = { 0 };
  gboolean ok;

  g_return_val_if_fail (TOV_IS_XML_READER (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->n_inserted = self->n_updated = self->n_families = self->n_persons = 0;

  if (too_large (self, name, (goffset) length, error))
    return FALSE;
  if (length == 0)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED,
                   _("%s:%d: the file is empty."), name, 1);
      return FALSE;
    }
  ok = tov_xml_import_run (self->store, data, length, name, length <= self->schema_limit,
                           self->date_shift, self->cancellable, &counts, error);
  self->n_inserted = counts.n_inserted;
  self->n_updated = counts.n_updated;
  self->n_families = counts.n_families;
  self->n_persons = counts.n_persons;
  return ok;
}

/**
 * tov_xml_reader_import_file:
 *
 * Like tov_xml_reader_import_data(), for a file; refuses a file over the
 * size limit before reading it. Errors name the file by its base name.
 */
gboolean
tov_xml_reader_import_file (TovXmlReader  *self,
                            GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean ok;

  g_return_val_if_fail (TOV_IS_XML_READER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_basename (file);
  self->n_inserted = self->n_updated = self->n_families = self->n_persons = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local);
  if (info != NULL && too_large (self, name, g_file_info_get_size (info), error))
    return FALSE;
  if (info == NULL ||
      !g_file_load_contents (file, cancellable, &data, &length, NULL, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                     _("%s: cannot read the file: %s"), name, local->message);
      return FALSE;
    }

  self->cancellable = cancellable;
  ok = tov_xml_reader_import_data (self, data, length, name, error);
  self->cancellable = NULL;
  return ok;
}

guint
tov_xml_reader_get_n_inserted (TovXmlReader *self)
{
  g_return_val_if_fail (TOV_IS_XML_READER (self), 0);
  return self->n_inserted;
}

guint
tov_xml_reader_get_n_updated (TovXmlReader *self)
{
  g_return_val_if_fail (TOV_IS_XML_READER (self), 0);
  return self->n_updated;
}

guint
tov_xml_reader_get_n_families (TovXmlReader *self)
{
  g_return_val_if_fail (TOV_IS_XML_READER (self), 0);
  return self->n_families;
}

guint
tov_xml_reader_get_n_persons (TovXmlReader *self)
{
  g_return_val_if_fail (TOV_IS_XML_READER (self), 0);
  return self->n_persons;
}
