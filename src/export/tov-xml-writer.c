/* tov-xml-writer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-xml-schema-private.h"
#include "tov-xml-writer.h"

/*
 * Writes the exchange format (docs/xml-format.md) for one family or the whole
 * database. Everything follows from the model: elements and attributes by
 * name, children in model order, rows in each table's order_by, so the same
 * database always gives the same bytes.
 */

struct _TovXmlWriter
{
  GObject   parent_instance;
  TovStore *store;
};

G_DEFINE_FINAL_TYPE (TovXmlWriter, tov_xml_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One export: where the rows come from, and the rows in document order. */
typedef struct
{
  TovStore   *store;
  gboolean    whole;      /* whole database: each table read once, grouped by parent */
  GHashTable *grouped;    /* table -> (parent id -> GPtrArray of TovRecord) */
  GPtrArray  *rows;       /* TovRecord, pre-order */
  GArray     *depths;     /* guint, depth of each row in rows */
  GHashTable *actor_ids;  /* ids of the actors the rows refer to */
} Export;

static void
export_clear (Export *export)
{
  g_clear_pointer (&export->grouped, g_hash_table_unref);
  g_clear_pointer (&export->rows, g_ptr_array_unref);
  g_clear_pointer (&export->depths, g_array_unref);
  g_clear_pointer (&export->actor_ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

static GHashTable *
group_by_parent (TovStore            *store,
                 const TovTableInfo  *table,
                 GError             **error)
{
  const char *parent_column = tov_table_get_parent_column (table)->name;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) groups = NULL;

  all = tov_store_list (store, table->name, NULL, NULL, error);
  if (all == NULL)
    return NULL;

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < all->len; i++)
    {
      TovRecord *record = g_ptr_array_index (all, i);
      const char *parent = tov_record_get (record, parent_column);
      GPtrArray *group;

      if (parent == NULL)
        continue;
      group = g_hash_table_lookup (groups, parent);
      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          /* the key lives as long as the record, which the group holds */
          g_hash_table_insert (groups, (gpointer) parent, group);
        }
      g_ptr_array_add (group, g_object_ref (record));
    }
  return g_steal_pointer (&groups);
}

/* Returns: (transfer full): the rows of @table inside @parent_id, in order. */
static GPtrArray *
list_children (Export              *export,
               const TovTableInfo  *table,
               const char          *parent_id,
               GError             **error)
{
  GHashTable *groups;
  GPtrArray *group;

  if (!export->whole)
    return tov_store_list (export->store, table->name,
                           tov_table_get_parent_column (table)->name, parent_id, error);

  groups = g_hash_table_lookup (export->grouped, table->name);
  if (groups == NULL)
    {
      groups = group_by_parent (export->store, table, error);
      if (groups == NULL)
        return NULL;
      g_hash_table_insert (export->grouped, (gpointer) table->name, groups);
    }
  group = g_hash_table_lookup (groups, parent_id);
  return group != NULL ? g_ptr_array_ref (group) : g_ptr_array_new ();
}

static void
note_actors (Export    *export,
             TovRecord *record)
{
  const TovTableInfo *table = tov_record_get_table (record);

  for (guint i = 0; i < table->n_columns; i++)
    {
      const TovColumnInfo *column = &table->columns[i];
      const char *value;

      if (column->type != TOV_COLUMN_REFERENCE || g_strcmp0 (column->references, "actors") != 0)
        continue;
      value = tov_record_get (record, column->name);
      if (value != NULL)
        g_hash_table_add (export->actor_ids, g_strdup (value));
    }
}

static gboolean
collect (Export     *export,
         TovRecord  *record,
         guint       depth,
         GError    **error)
{
  const TovTableInfo *table = tov_record_get_table (record);
  GPtrArray *children = tov_xml_table_get_children (table);

  g_ptr_array_add (export->rows, g_object_ref (record));
  g_array_append_val (export->depths, depth);
  note_actors (export, record);

  for (guint i = 0; i < children->len; i++)
    {
      g_autoptr(GPtrArray) rows = NULL;

      rows = list_children (export, g_ptr_array_index (children, i), tov_record_get_id (record), error);
      if (rows == NULL)
        return FALSE;
      for (guint j = 0; j < rows->len; j++)
        if (!collect (export, g_ptr_array_index (rows, j), depth + 1, error))
          return FALSE;
    }
  return TRUE;
}

/* XML 1.0 cannot hold most control characters, even escaped. */
static char *
xml_safe (const char *value)
{
  GString *safe = NULL;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;

      if (bad && safe == NULL)
        safe = g_string_new_len (value, p - value);
      if (safe != NULL)
        {
          if (bad)
            g_string_append_unichar (safe, 0xFFFD);
          else
            g_string_append_unichar (safe, c);
        }
    }
  return safe != NULL ? g_string_free (safe, FALSE) : NULL;
}

static void
write_attribute (xmlTextWriter *w,
                 const char    *name,
                 const char    *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return;
  safe = xml_safe (value);
  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST (safe != NULL ? safe : value));
}

static void
start_row (xmlTextWriter *w,
           TovRecord     *record)
{
  const TovTableInfo *table = tov_record_get_table (record);
  const char * const *attributes = tov_xml_table_get_attributes (table);

  xmlTextWriterStartElement (w, BAD_CAST table->element);
  write_attribute (w, "id", tov_record_get_id (record));
  for (guint i = 0; i < table->n_columns; i++)
    {
      const TovColumnInfo *column = &table->columns[i];
      const char *value;

      if (column->flags & TOV_COLUMN_FLAG_PARENT)
        continue;
      value = tov_record_get (record, column->name);
      if (value != NULL && column->type == TOV_COLUMN_BOOLEAN)
        value = tov_record_get_boolean (record, column->name) ? "true" : "false";
      write_attribute (w, attributes[i], value);
    }
  write_attribute (w, "created-at", tov_record_get (record, "created_at"));
  write_attribute (w, "updated-at", tov_record_get (record, "updated_at"));
}

static GBytes *
write_document (GPtrArray *actors,
                Export    *export)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  guint depth = 0;

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_CAST "  ");
  xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  xmlTextWriterStartElement (w, BAD_CAST TOV_XML_ROOT);
  xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns", BAD_CAST TOV_XML_NAMESPACE);
  xmlTextWriterWriteAttribute (w, BAD_CAST "version", BAD_CAST TOV_XML_VERSION);

  for (guint i = 0; i < actors->len; i++)
    {
      start_row (w, g_ptr_array_index (actors, i));
      xmlTextWriterEndElement (w);
    }

  for (guint i = 0; i < export->rows->len; i++)
    {
      guint row_depth = g_array_index (export->depths, guint, i);

      for (; depth > row_depth; depth--)
        xmlTextWriterEndElement (w);
      if (i > 0 && depth == row_depth)
        xmlTextWriterEndElement (w);
      start_row (w, g_ptr_array_index (export->rows, i));
      depth = row_depth;
    }
  if (export->rows->len > 0)
    for (guint i = 0; i <= depth; i++)
      xmlTextWriterEndElement (w);

  xmlTextWriterEndElement (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);

  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static void
tov_xml_writer_dispose (GObject *object)
{
  TovXmlWriter *self = (TovXmlWriter *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_xml_writer_parent_class)->dispose (object);
}

static void
tov_xml_writer_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TovXmlWriter *self = TOV_XML_WRITER (object);

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
tov_xml_writer_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TovXmlWriter *self = TOV_XML_WRITER (object);

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
tov_xml_writer_class_init (TovXmlWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_xml_writer_dispose;
  object_class->get_property = tov_xml_writer_get_property;
  object_class->set_property = tov_xml_writer_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_xml_writer_init (TovXmlWriter *self)
{
}

TovXmlWriter *
tov_xml_writer_new (TovStore *store)
{
  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  return g_object_new (TOV_TYPE_XML_WRITER, "store", store, NULL);
}

/**
 * tov_xml_writer_export:
 * @family_id: (nullable): a family's id, or %NULL for the whole database
 *
 * Writes one family, with the actors it refers to, or every actor and
 * every family.
 *
 * Returns: (transfer full): the document, UTF-8; %NULL with @error set if
 * the store cannot be read or there is no such family.
 */
GBytes *
tov_xml_writer_export (TovXmlWriter  *self,
                       const char    *family_id,
                       GError       **error)
{
  g_auto(Export) export = { 0 };
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) actors = NULL;

  g_return_val_if_fail (TOV_IS_XML_WRITER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  export.store = self->store;
  export.whole = family_id == NULL;
  export.grouped = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  export.rows = g_ptr_array_new_with_free_func (g_object_unref);
  export.depths = g_array_new (FALSE, FALSE, sizeof (guint));
  export.actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (family_id != NULL)
    {
      TovRecord *family = tov_store_get (self->store, "families", family_id, error);

      if (family == NULL)
        return NULL;
      families = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (families, family);
    }
  else
    {
      families = tov_store_list (self->store, "families", NULL, NULL, error);
      if (families == NULL)
        return NULL;
    }

  for (guint i = 0; i < families->len; i++)
    if (!collect (&export, g_ptr_array_index (families, i), 0, error))
      return NULL;

  actors = tov_store_list (self->store, "actors", NULL, NULL, error);
  if (actors == NULL)
    return NULL;
  if (family_id != NULL)
    {
      g_autoptr(GPtrArray) used = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < actors->len; i++)
        {
          TovRecord *actor = g_ptr_array_index (actors, i);

          if (g_hash_table_contains (export.actor_ids, tov_record_get_id (actor)))
            g_ptr_array_add (used, g_object_ref (actor));
        }
      g_clear_pointer (&actors, g_ptr_array_unref);
      actors = g_steal_pointer (&used);
    }

  return write_document (actors, &export);
}

/**
 * tov_xml_writer_export_file:
 *
 * Like tov_xml_writer_export(), into @file: written to a temporary file
 * beside it and renamed over it, so a failure never leaves half a file.
 */
gboolean
tov_xml_writer_export_file (TovXmlWriter  *self,
                            const char    *family_id,
                            GFile         *file,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TOV_IS_XML_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tov_xml_writer_export (self, family_id, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
