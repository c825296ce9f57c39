/* tov-xml-reader.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "tov-xml-reader.h"
#include "tov-xml-checks-private.h"
#include "tov-xml-schema-private.h"

/*
 * Imports the exchange format (docs/xml-format.md), all or nothing.
 *
 * The file is untrusted: its size is checked before parsing; any DOCTYPE
 * stops the parser at once (so no entity is ever declared, expanded or
 * loaded, and no DTD is read); the parser never touches the network.
 *
 * Then one walk over the tree checks what the RelaxNG schema says (the
 * schema and these checks are both generated from the model: elements and
 * their nesting and order, required and unknown attributes, no text) and
 * builds the records, checking their values by the model's rules and ids
 * for duplicates. Files of ordinary size are also run through libxml2's
 * RelaxNG validator; it is too slow for bulk files (about 50 µs an element).
 * Then references are checked against the file and the database, and
 * everything is saved in one store transaction. Every error names the file
 * and the line.
 *
 * The tree is built on a thread of its own and freed on another once the
 * records are read, beside the writes: its memory then comes from another
 * malloc arena than the main thread's, and freeing it (a large share of an
 * import of thousands of families: millions of small blocks) costs the
 * writes nothing. Only one thread touches the tree at a time.
 */

#define DEFAULT_MAX_SIZE (256 * 1024 * 1024)
#define DEFAULT_SCHEMA_LIMIT (1024 * 1024)
#define CANCEL_CHECK_EVERY 1024

struct _TovXmlReader
{
  GObject       parent_instance;
  TovStore     *store;
  gsize         max_size;
  gsize         schema_limit;  /* run libxml2's RelaxNG validator up to this size */
  GCancellable *cancellable;  /* during tov_xml_reader_import_file() */
  guint         n_inserted;
  guint         n_updated;
  guint         n_families;
  guint         n_persons;
};

G_DEFINE_FINAL_TYPE (TovXmlReader, tov_xml_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (tov-import-error-quark, tov_import_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One row read from the file. */
typedef struct
{
  TovRecord *record;
  int        line;
} Entry;

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->record);
  g_free (entry);
}

/* ---------------------------------------------------------------- parsing */

static void
on_parser_error_cb (void     *data,
                    xmlError *error)
{
  xmlParserCtxt *ctxt = data;
  Problems *problems = ctxt->_private;

  if (error->level < XML_ERR_ERROR || problems->message != NULL)
    return;
  problems->message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  problems->line = error->line;
}

static void
refuse_doctype (xmlParserCtxt *ctxt)
{
  Problems *problems = ctxt->_private;

  if (!problems->doctype)
    {
      problems->doctype = TRUE;
      problems->doctype_line = ctxt->input != NULL ? ctxt->input->line : 0;
    }
  xmlStopParser (ctxt);
}

/* Called on "<!DOCTYPE", before any of it is read: stop there. */
static void
on_internal_subset_cb (void          *data,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  refuse_doctype (data);
}

static void
on_external_subset_cb (void          *data,
                       const xmlChar *name,
                       const xmlChar *external_id,
                       const xmlChar *system_id)
{
  refuse_doctype (data);
}

static void
on_entity_decl_cb (void          *data,
                   const xmlChar *name,
                   int            type,
                   const xmlChar *public_id,
                   const xmlChar *system_id,
                   xmlChar       *content)
{
  refuse_doctype (data);
}

static xmlParserInput *
on_resolve_entity_cb (void          *data,
                      const xmlChar *public_id,
                      const xmlChar *system_id)
{
  refuse_doctype (data);
  return NULL;
}

static gboolean
parse (const char  *data,
       gsize        length,
       const char  *name,
       xmlDoc     **doc_out,
       GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  Problems problems = { 0 };

  if (length == 0)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED,
                   _("%s:%d: the file is empty."), name, 1);
      return FALSE;
    }
  ctxt = xmlCreateMemoryParserCtxt (data, (int) length);
  if (ctxt == NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot read the file: out of memory."), name);
      return FALSE;
    }
  /* never XML_PARSE_NOENT, _DTDLOAD, _DTDATTR, _HUGE or _XINCLUDE */
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  ctxt->_private = &problems;
  ctxt->sax->internalSubset = on_internal_subset_cb;
  ctxt->sax->externalSubset = on_external_subset_cb;
  ctxt->sax->entityDecl = on_entity_decl_cb;
  ctxt->sax->resolveEntity = on_resolve_entity_cb;
  ctxt->sax->serror = on_parser_error_cb;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;

  xmlParseDocument (ctxt);
  doc = g_steal_pointer (&ctxt->myDoc);

  if (problems.doctype)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_UNSAFE,
                   _("%s:%d: the file has a document type declaration (DOCTYPE). "
                     "Tovholder refuses these, since they can read other files or "
                     "expand without limit."),
                   name, problems.doctype_line);
      g_free (problems.message);
      return FALSE;
    }
  if (!ctxt->wellFormed || doc == NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED,
                   _("%s:%d: the file is not well-formed XML: %s"),
                   name, problems.line,
                   problems.message != NULL ? problems.message : _("unknown error"));
      g_free (problems.message);
      return FALSE;
    }
  g_free (problems.message);
  *doc_out = g_steal_pointer (&doc);
  return TRUE;
}

typedef struct
{
  const char *data;
  gsize       length;
  const char *name;
  xmlDoc     *doc;
  GError     *error;
} ParseJob;

static gpointer
parse_thread (gpointer data)
{
  ParseJob *job = data;

  parse (job->data, job->length, job->name, &job->doc, &job->error);
  return NULL;
}

/* parse (), on a thread of its own (see the top of this file) */
static gboolean
parse_apart (const char  *data,
             gsize        length,
             const char  *name,
             xmlDoc     **doc_out,
             GError     **error)
{
  ParseJob job = { data, length, name, NULL, NULL };

  g_thread_join (g_thread_new ("tov-xml-parse", parse_thread, &job));
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  *doc_out = job.doc;
  return TRUE;
}

static gpointer
free_doc_thread (gpointer doc)
{
  xmlFreeDoc (doc);
  return NULL;
}

/* ------------------------------------------------------------ the import */

typedef struct
{
  const char *name;       /* display name of the file */
  GPtrArray **by_table;   /* per table index: Entry, in document order */
  GHashTable *ids;        /* id -> Entry */
  guint       n_tables;
  GThread    *free_doc;   /* freeing the tree, once read */
  GThread    *free_rows;  /* freeing the rows, once written */
} Import;

static void import_release_rows (Import *import);

static gboolean
read_element (Import    *import,
              xmlNode   *node,
              TovRecord *parent,
              GError   **error)
{
  const TovTableInfo *tables = tov_model_get_tables (NULL);
  const TovTableInfo *table = tov_model_lookup_element ((const char *) node->name);
  g_autofree char *message = NULL;
  const TovColumnInfo *parent_column;
  Entry *entry, *other;

  if (!tov_xml_is_ours (node))
    message = g_strdup_printf (_("element “%s” is not in the Tovholder namespace"),
                               (const char *) node->name);
  else
    message = tov_xml_check_placement (node, table);
  if (message != NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_SCHEMA, "%s:%d: %s",
                   import->name, tov_xml_line_of (node), message);
      return FALSE;
    }

  entry = g_new0 (Entry, 1);
  entry->record = tov_record_new_for_table (table);
  entry->line = tov_xml_line_of (node);
  g_ptr_array_add (import->by_table[table - tables], entry);

  if ((message = tov_xml_check_element (node, table, entry->record)) != NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_SCHEMA, "%s:%d: %s",
                   import->name, entry->line, message);
      return FALSE;
    }

  parent_column = tov_table_get_parent_column (table);
  if (parent_column != NULL)
    tov_record_set (entry->record, parent_column->name, tov_record_get_id (parent));

  if ((message = tov_xml_check_values (entry->record)) != NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_INVALID, "%s:%d: %s",
                   import->name, entry->line, message);
      return FALSE;
    }

  other = g_hash_table_lookup (import->ids, tov_record_get_id (entry->record));
  if (other != NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_DUPLICATE,
                   _("%s:%d: the id %s is used twice in the file, here and at line %d."),
                   import->name, entry->line, tov_record_get_id (entry->record), other->line);
      return FALSE;
    }
  g_hash_table_insert (import->ids, (gpointer) tov_record_get_id (entry->record), entry);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !read_element (import, child, entry->record, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_references (TovXmlReader *self,
                  Import       *import,
                  GError      **error)
{
  g_autoptr(GHashTable) in_store = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const TovTableInfo *tables = tov_model_get_tables (NULL);

  for (guint t = 0; t < import->n_tables; t++)
    {
      const TovTableInfo *table = &tables[t];
      GPtrArray *entries = import->by_table[t];

      for (guint c = 0; c < table->n_columns; c++)
        {
          const TovColumnInfo *column = &table->columns[c];

          if (column->type != TOV_COLUMN_REFERENCE || (column->flags & TOV_COLUMN_FLAG_PARENT))
            continue;

          for (guint i = 0; i < entries->len; i++)
            {
              Entry *entry = g_ptr_array_index (entries, i);
              const char *id = tov_record_get (entry->record, column->name);
              const char *target = column->references;
              const TovTableInfo *target_table;
              Entry *found;
              g_autoptr(TovRecord) stored = NULL;
              g_autoptr(GError) local = NULL;
              g_autofree char *key = NULL;

              if (target == NULL) /* a translation: the table is in another column */
                target = tov_record_get (entry->record, "source_table");
              target_table = tov_model_lookup_table (target);
              if (id == NULL || target_table == NULL || !g_uuid_string_is_valid (id))
                continue; /* the store refuses these with a message of its own */

              found = g_hash_table_lookup (import->ids, id);
              if (found != NULL && tov_record_get_table (found->record) == target_table)
                continue;
              if (found != NULL)
                {
                  g_autofree char *attribute = tov_column_to_attribute (column);

                  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE,
                               _("%s:%d: element “%s”, attribute “%s”: the id %s is a %s (line %d), not a %s."),
                               import->name, entry->line, table->element, attribute, id,
                               tov_table_get_label (tov_record_get_table (found->record)),
                               found->line, tov_table_get_label (target_table));
                  return FALSE;
                }

              key = g_strconcat (target, ":", id, NULL);
              if (g_hash_table_contains (in_store, key))
                continue;
              stored = tov_store_get (self->store, target, id, &local);
              if (stored == NULL && g_error_matches (local, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND))
                {
                  g_autofree char *attribute = tov_column_to_attribute (column);

                  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE,
                               _("%s:%d: element “%s”, attribute “%s”: there is no %s with the id %s, "
                                 "neither in the file nor in the database."),
                               import->name, entry->line, table->element, attribute,
                               tov_table_get_label (target_table), id);
                  return FALSE;
                }
              if (stored == NULL)
                {
                  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                               _("%s: cannot read the database: %s"), import->name, local->message);
                  return FALSE;
                }
              g_hash_table_add (in_store, g_steal_pointer (&key));
            }
        }
    }
  return TRUE;
}

static gboolean
save_all (TovXmlReader *self,
          Import       *import,
          GError      **error)
{
  g_autoptr(GError) local = NULL;
  guint n_saved = 0;

  /* all or nothing: any refused row rolls the whole import back, so the
   * rows need no savepoint each */
  if (!tov_store_begin_bulk (self->store, &local))
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot write to the database: %s"), import->name, local->message);
      return FALSE;
    }

  for (guint t = 0; t < import->n_tables; t++)
    {
      GPtrArray *entries = import->by_table[t];

      for (guint i = 0; i < entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (entries, i);
          const char *column = NULL;
          gboolean inserted = FALSE;

          if (++n_saved % CANCEL_CHECK_EVERY == 0 &&
              g_cancellable_set_error_if_cancelled (self->cancellable, &local))
            {
              tov_store_rollback (self->store);
              g_propagate_error (error, g_steal_pointer (&local));
              return FALSE;
            }

          if (!tov_store_save (self->store, entry->record, TRUE, &inserted, &column, &local))
            {
              const TovTableInfo *table = tov_record_get_table (entry->record);
              const TovColumnInfo *info = column != NULL ? tov_table_lookup_column (table, column) : NULL;
              gboolean invalid = local->domain == TOV_STORE_ERROR &&
                                 (local->code == TOV_STORE_ERROR_INVALID ||
                                  local->code == TOV_STORE_ERROR_CONSTRAINT ||
                                  local->code == TOV_STORE_ERROR_NOT_FOUND);

              tov_store_rollback (self->store);
              if (info != NULL && !(info->flags & TOV_COLUMN_FLAG_PARENT))
                {
                  g_autofree char *attribute = tov_column_to_attribute (info);

                  g_set_error (error, TOV_IMPORT_ERROR,
                               invalid ? TOV_IMPORT_ERROR_INVALID : TOV_IMPORT_ERROR_IO,
                               _("%s:%d: element “%s”, attribute “%s”: %s"),
                               import->name, entry->line, table->element, attribute, local->message);
                }
              else
                g_set_error (error, TOV_IMPORT_ERROR,
                             invalid ? TOV_IMPORT_ERROR_INVALID : TOV_IMPORT_ERROR_IO,
                             _("%s:%d: element “%s”: %s"),
                             import->name, entry->line, table->element, local->message);
              return FALSE;
            }
          if (inserted)
            self->n_inserted++;
          else
            self->n_updated++;
        }
    }

  /* the records are written: freeing them goes beside the commit */
  import_release_rows (import);
  if (!tov_store_commit (self->store, &local))
    {
      tov_store_rollback (self->store);
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot write to the database: %s"), import->name, local->message);
      return FALSE;
    }
  return TRUE;
}

static void
import_free_rows (Import *import)
{
  /* the ids' keys are the records' */
  g_clear_pointer (&import->ids, g_hash_table_unref);
  for (guint i = 0; import->by_table != NULL && i < import->n_tables; i++)
    g_clear_pointer (&import->by_table[i], g_ptr_array_unref);
  g_clear_pointer (&import->by_table, g_free);
}

static gpointer
free_rows_thread (gpointer data)
{
  Import *rows = data;

  import_free_rows (rows);
  g_free (rows);
  return NULL;
}

/* Frees the rows read on a thread of its own; @import has none after. */
static void
import_release_rows (Import *import)
{
  Import *rows = g_new0 (Import, 1);

  rows->n_tables = import->n_tables;
  rows->by_table = g_steal_pointer (&import->by_table);
  rows->ids = g_steal_pointer (&import->ids);
  import->free_rows = g_thread_new ("tov-xml-free-rows", free_rows_thread, rows);
}

static void
import_clear (Import *import)
{
  import_free_rows (import);
  g_clear_pointer (&import->free_doc, g_thread_join);
  g_clear_pointer (&import->free_rows, g_thread_join);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* @doc: (inout) (transfer full): the tree, freed (and set to %NULL) once read */
static gboolean
import_document (TovXmlReader *self,
                 xmlDoc      **doc_inout,
                 const char   *name,
                 gboolean      use_relaxng,
                 GError      **error)
{
  g_auto(Import) import = { 0 };
  xmlDoc *doc = *doc_inout;
  const TovTableInfo *tables;
  xmlNode *root = xmlDocGetRootElement (doc);
  guint n_families, n_persons;
  gint64 start = g_get_monotonic_time (), read, validated, checked;

  tables = tov_model_get_tables (&import.n_tables);
  import.name = name;
  import.ids = g_hash_table_new (g_str_hash, g_str_equal);
  import.by_table = g_new0 (GPtrArray *, import.n_tables);
  for (guint i = 0; i < import.n_tables; i++)
    import.by_table[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !read_element (&import, child, NULL, error))
      return FALSE;

  read = g_get_monotonic_time ();
  /* the checks above enforce the schema's rules, generated from the same
   * model; libxml2's validator is slow (about 50 µs an element), so it
   * confirms them on files of ordinary size only */
  if (use_relaxng && !tov_xml_validate (doc, name, error))
    return FALSE;
  validated = g_get_monotonic_time ();
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  if (!check_references (self, &import, error))
    return FALSE;
  checked = g_get_monotonic_time ();
  /* the records hold all that is needed from here on */
  import.free_doc = g_thread_new ("tov-xml-free", free_doc_thread, g_steal_pointer (doc_inout));
  g_debug ("%s: read %u rows in %.3f s, validated in %.3f s, checked references in %.3f s", name,
           g_hash_table_size (import.ids), (read - start) / 1e6, (validated - read) / 1e6,
           (checked - validated) / 1e6);
  n_families = import.by_table[tov_model_lookup_table ("families") - tables]->len;
  n_persons = import.by_table[tov_model_lookup_table ("persons") - tables]->len;
  if (!save_all (self, &import, error))
    {
      self->n_inserted = self->n_updated = 0;
      return FALSE;
    }

  self->n_families = n_families;
  self->n_persons = n_persons;
  return TRUE;
}

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
 *   too (1 MiB unless set); 0: never, G_MAXSIZE: always
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
  g_autoptr(xmlDoc) doc = NULL;
  const char *name = display_name != NULL ? display_name : "-";
  gint64 start, parsed;

  g_return_val_if_fail (TOV_IS_XML_READER (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->n_inserted = self->n_updated = self->n_families = self->n_persons = 0;

  if (too_large (self, name, (goffset) length, error))
    return FALSE;
  start = g_get_monotonic_time ();
  if (!parse_apart (data, length, name, &doc, error))
    return FALSE;
  parsed = g_get_monotonic_time ();
  if (!tov_xml_check_root (doc, name, error))
    return FALSE;
  if (!import_document (self, &doc, name, length <= self->schema_limit, error))
    return FALSE;
  g_debug ("%s: parsed in %.3f s, imported in %.3f s", name,
           (parsed - start) / 1e6, (g_get_monotonic_time () - parsed) / 1e6);
  return TRUE;
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
