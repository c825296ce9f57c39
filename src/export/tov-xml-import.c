/* tov-xml-import.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "tov-date.h"
#include "tov-xml-checks-private.h"
#include "tov-xml-import-private.h"
#include "tov-xml-reader.h"
#include "tov-xml-schema-private.h"

/*
 * An import reads the file on one thread and writes its rows on the
 * calling one, at the same time:
 *
 * - The reading thread feeds the file to libxml2's push parser a chunk at a
 *   time; after each chunk it walks the elements at the top (actors,
 *   families) that the parser has finished, checks them (tov-xml-checks.c:
 *   place, order, attributes, values; ids used twice; references to rows
 *   read before) and sends their rows, in document order, as a batch. For a
 *   large file it then frees what it has read, so the tree never holds more
 *   than a chunk's worth (a file of ordinary size is kept whole, for
 *   libxml2's RelaxNG validator at the end, and sent as one batch after it).
 * - The calling thread writes each batch into one bulk transaction of the
 *   store (tov_store_begin_bulk ()), checking in the database any reference
 *   that was not to a row read before it, and commits when the last batch
 *   says the reading went well; on any error it rolls everything back.
 *
 * In a valid file every reference points backwards: the actors come first,
 * then each family with its elements in the model's order, and a row may
 * only refer to its own family's rows. A reference to a row that comes
 * later is refused with that said.
 *
 * The tree is built and freed by the reading thread: its memory comes from
 * that thread's malloc arena, and freeing it costs the writes nothing. The
 * rows read are freed on a thread of their own beside the commit.
 */

#define CHUNK_SIZE (1024 * 1024)  /* bytes fed to the parser at a time */
#define CANCEL_CHECK_EVERY 1024

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* One row read from the file. */
typedef struct
{
  TovRecord *record;
  int        line;
  gboolean   unresolved;  /* refers to a row not read before it */
} Entry;

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->record);
  g_free (entry);
}

/* Rows read, from the reading thread to the writing one; the last batch
 * says how the reading ended. */
typedef struct
{
  GPtrArray *entries;  /* Entry, owned by the Import */
  gboolean   last;
  GError    *error;    /* last: why the reading failed, or NULL */
} Batch;

static void
batch_free (Batch *batch)
{
  g_clear_pointer (&batch->entries, g_ptr_array_unref);
  g_clear_error (&batch->error);
  g_free (batch);
}

typedef struct
{
  TovStore     *store;
  const char   *data;
  gsize         length;
  const char   *name;         /* the file's display name */
  gboolean      use_relaxng;
  int           date_shift;   /* days to move every date and time by */
  GCancellable *cancellable;
  GAsyncQueue  *batches;      /* Batch: read -> written */
  gint          stop;         /* (atomic) the writing gave up: stop reading */
  GThread      *reader;
  GThread      *free_rows;

  /* the reading thread's, until it has sent its last batch */
  GPtrArray    *entries;      /* Entry: every row read */
  GHashTable   *ids;          /* id -> Entry */
  GPtrArray    *pending;      /* Entry: read, not yet sent */
  guint         n_families;
  guint         n_persons;
  gint64        read_us;
} Import;

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

static xmlParserCtxt *
parser_new (const char *name,
            Problems   *problems)
{
  xmlParserCtxt *ctxt = xmlCreatePushParserCtxt (NULL, NULL, NULL, 0, name);

  if (ctxt == NULL)
    return NULL;
  /* never XML_PARSE_NOENT, _DTDLOAD, _DTDATTR, _HUGE or _XINCLUDE */
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  ctxt->_private = problems;
  ctxt->sax->internalSubset = on_internal_subset_cb;
  ctxt->sax->externalSubset = on_external_subset_cb;
  ctxt->sax->entityDecl = on_entity_decl_cb;
  ctxt->sax->resolveEntity = on_resolve_entity_cb;
  ctxt->sax->serror = on_parser_error_cb;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;
  return ctxt;
}

/* Whether the parser has met nothing wrong so far. */
static gboolean
parsed_well (xmlParserCtxt *ctxt,
             const char    *name,
             GError       **error)
{
  Problems *problems = ctxt->_private;

  if (problems->doctype)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_UNSAFE,
                   _("%s:%d: the file has a document type declaration (DOCTYPE). "
                     "Tovholder refuses these, since they can read other files or "
                     "expand without limit."),
                   name, problems->doctype_line);
      return FALSE;
    }
  if (!ctxt->wellFormed)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED,
                   _("%s:%d: the file is not well-formed XML: %s"),
                   name, problems->line,
                   problems->message != NULL ? problems->message : _("unknown error"));
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------- reading */

/* The table @column of @entry refers into and the id, or NULL when the
 * column is no reference to check here: not a reference, the parent, empty,
 * or not an id (the store refuses these with a message of its own). */
static const TovTableInfo *
reference_target (Entry               *entry,
                  const TovColumnInfo *column,
                  const char         **id)
{
  const char *target = column->references;

  if (column->type != TOV_COLUMN_REFERENCE || (column->flags & TOV_COLUMN_FLAG_PARENT))
    return NULL;
  *id = tov_record_get (entry->record, column->name);
  if (target == NULL) /* a translation: the table is in another column */
    target = tov_record_get (entry->record, "source_table");
  if (*id == NULL || !g_uuid_string_is_valid (*id))
    return NULL;
  return tov_model_lookup_table (target);
}

/* @found, in the file, is not of the table @column of @entry refers into. */
static void
set_wrong_kind_error (Import              *import,
                      Entry               *entry,
                      const TovColumnInfo *column,
                      const TovTableInfo  *target_table,
                      Entry               *found,
                      GError             **error)
{
  g_autofree char *attribute = tov_column_to_attribute (column);

  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE,
               _("%s:%d: element “%s”, attribute “%s”: the id %s is a %s (line %d), not a %s."),
               import->name, entry->line, tov_record_get_table (entry->record)->element, attribute,
               tov_record_get (entry->record, column->name),
               tov_table_get_label (tov_record_get_table (found->record)),
               found->line, tov_table_get_label (target_table));
}

/* Notes whether @entry refers only to rows read before it; refuses a
 * reference to a row of another table. */
static gboolean
resolve_references (Import  *import,
                    Entry   *entry,
                    GError **error)
{
  const TovTableInfo *table = tov_record_get_table (entry->record);

  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *id = NULL;
      const TovTableInfo *target_table = reference_target (entry, &table->columns[c], &id);
      Entry *found;

      if (target_table == NULL)
        continue;
      found = g_hash_table_lookup (import->ids, id);
      if (found == NULL)
        entry->unresolved = TRUE;
      else if (tov_record_get_table (found->record) != target_table)
        {
          set_wrong_kind_error (import, entry, &table->columns[c], target_table, found, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* Moves the dates and times of @record (valid: checked) by @days. */
static void
shift_dates (TovRecord *record,
             int        days)
{
  const TovTableInfo *table = tov_record_get_table (record);
  static const char * const times[] = { "created_at", "updated_at" };

  for (guint c = 0; c < table->n_columns; c++)
    {
      const TovColumnInfo *column = &table->columns[c];
      const char *value = tov_record_get (record, column->name);
      g_autofree char *moved = NULL;

      if (value == NULL)
        continue;
      if (column->type == TOV_COLUMN_DATE)
        moved = tov_date_add_days (value, days);
      else if (column->type == TOV_COLUMN_TIMESTAMP)
        moved = tov_timestamp_add_days (value, days);
      if (moved != NULL)
        tov_record_set (record, column->name, moved);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *moved = tov_timestamp_add_days (tov_record_get (record, times[i]), days);

      if (moved != NULL)
        tov_record_set (record, times[i], moved);
    }
}

static gboolean
read_element (Import    *import,
              xmlNode   *node,
              TovRecord *parent,
              GError   **error)
{
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
  g_ptr_array_add (import->entries, entry);

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

  if (import->date_shift != 0)
    shift_dates (entry->record, import->date_shift);

  other = g_hash_table_lookup (import->ids, tov_record_get_id (entry->record));
  if (other != NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_DUPLICATE,
                   _("%s:%d: the id %s is used twice in the file, here and at line %d."),
                   import->name, entry->line, tov_record_get_id (entry->record), other->line);
      return FALSE;
    }
  if (!resolve_references (import, entry, error))
    return FALSE;
  g_hash_table_insert (import->ids, (gpointer) tov_record_get_id (entry->record), entry);
  g_ptr_array_add (import->pending, entry);
  if (g_str_equal (table->name, "families"))
    import->n_families++;
  else if (g_str_equal (table->name, "persons"))
    import->n_persons++;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !read_element (import, child, entry->record, error))
      return FALSE;
  return TRUE;
}

static void
send_batch (Import   *import,
            gboolean  last,
            GError   *error)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->entries = g_steal_pointer (&import->pending);
  batch->last = last;
  batch->error = error;
  import->pending = g_ptr_array_new ();
  g_async_queue_push (import->batches, batch);
}

/* Reads the elements at the top that the parser has finished, after
 * @done (the last one read). */
static gboolean
read_finished (Import        *import,
               xmlParserCtxt *ctxt,
               xmlNode       *root,
               xmlNode      **done,
               gboolean       end,
               GError       **error)
{
  for (xmlNode *node = *done != NULL ? (*done)->next : root->children; node != NULL; node = node->next)
    {
      /* the last one may be half built, unless the parser is back at the top */
      if (node == root->last && !end && ctxt->node != root)
        break;
      if (node->type == XML_ELEMENT_NODE && !read_element (import, node, NULL, error))
        return FALSE;
      *done = node;
    }
  if (import->use_relaxng)
    return TRUE;  /* the whole tree is validated at the end, then sent */

  if (import->pending->len > 0)
    send_batch (import, FALSE, NULL);
  /* what is read is not needed again, but the last one: the next element's
   * place in the order is checked against it */
  while (*done != NULL && root->children != *done)
    {
      xmlNode *node = root->children;

      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }
  return TRUE;
}

/* Reads the whole file; returns its tree for the caller to free. */
static gboolean
read_file (Import  *import,
           xmlDoc **doc_out,
           GError **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  Problems problems = { 0 };
  xmlNode *root = NULL;
  xmlNode *done = NULL;
  gboolean ok = FALSE;

  ctxt = parser_new (import->name, &problems);
  if (ctxt == NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot read the file: out of memory."), import->name);
      return FALSE;
    }

  for (gsize offset = 0; offset < import->length;)
    {
      gsize n = MIN (CHUNK_SIZE, import->length - offset);
      gboolean end = offset + n == import->length;

      xmlParseChunk (ctxt, import->data + offset, (int) n, end);
      offset += n;
      if (!parsed_well (ctxt, import->name, error))
        goto out;
      if (root == NULL && ctxt->myDoc != NULL && (root = xmlDocGetRootElement (ctxt->myDoc)) != NULL &&
          !tov_xml_check_root (ctxt->myDoc, import->name, error))
        goto out;
      if (root != NULL && !read_finished (import, ctxt, root, &done, end, error))
        goto out;
      if (g_atomic_int_get (&import->stop))
        goto out;
    }
  if (ctxt->myDoc == NULL || root == NULL)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_MALFORMED,
                   _("%s:%d: the file is not well-formed XML: %s"), import->name,
                   problems.line, problems.message != NULL ? problems.message : _("unknown error"));
      goto out;
    }
  /* the checks above enforce the schema's rules, generated from the same
   * model; libxml2's validator is slow (about 50 µs an element), so it
   * confirms them on files of ordinary size only */
  if (import->use_relaxng && !tov_xml_validate (ctxt->myDoc, import->name, error))
    goto out;
  ok = TRUE;

out:
  *doc_out = g_steal_pointer (&ctxt->myDoc);
  g_free (problems.message);
  return ok;
}

static gpointer
read_thread (gpointer data)
{
  Import *import = data;
  gint64 start = g_get_monotonic_time ();
  GError *error = NULL;
  xmlDoc *doc = NULL;

  if (!read_file (import, &doc, &error) && error == NULL)
    /* not translatable: the writing stopped the reading, and says why itself */
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped");
  import->read_us = g_get_monotonic_time () - start;
  /* an error: nothing more to write */
  if (error != NULL)
    g_ptr_array_set_size (import->pending, 0);
  send_batch (import, TRUE, error);
  /* after the last batch, the rest is the writing thread's; the tree is
   * this thread's (its own malloc arena), freed beside the writes */
  xmlFreeDoc (doc);
  return NULL;
}

/* ---------------------------------------------------------------- writing */

/* Waits for the reading to end, dropping the batches not yet written. */
static void
wait_for_last (Import  *import,
               Batch  **last)
{
  while (*last == NULL)
    {
      Batch *batch = g_async_queue_pop (import->batches);

      if (batch->last)
        *last = batch;
      else
        batch_free (batch);
    }
}

/* The references of @entry not to a row read before it: in the database? */
static gboolean
check_stored_references (Import      *import,
                         Entry       *entry,
                         GHashTable  *in_store,
                         Batch      **last,
                         GError     **error)
{
  const TovTableInfo *table = tov_record_get_table (entry->record);

  for (guint c = 0; c < table->n_columns; c++)
    {
      const TovColumnInfo *column = &table->columns[c];
      const char *id = NULL;
      const TovTableInfo *target_table = reference_target (entry, column, &id);
      g_autoptr(TovRecord) stored = NULL;
      g_autoptr(GError) local = NULL;
      g_autofree char *key = NULL;
      g_autofree char *attribute = NULL;
      Entry *later;

      if (target_table == NULL)
        continue;
      key = g_strconcat (target_table->name, ":", id, NULL);
      if (g_hash_table_contains (in_store, key))
        continue;
      /* rows read before are written before: the database has them too */
      stored = tov_store_get (import->store, target_table->name, id, &local);
      if (stored != NULL)
        {
          g_hash_table_add (in_store, g_steal_pointer (&key));
          continue;
        }
      if (!g_error_matches (local, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND))
        {
          g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                       _("%s: cannot read the database: %s"), import->name, local->message);
          return FALSE;
        }

      /* later in the file? (the reading is over: its ids are all known) */
      wait_for_last (import, last);
      later = g_hash_table_lookup (import->ids, id);
      attribute = tov_column_to_attribute (column);
      if (later != NULL && tov_record_get_table (later->record) == target_table)
        g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE,
                     _("%s:%d: element “%s”, attribute “%s”: the %s with the id %s comes after it "
                       "(line %d); an element can refer only to what comes before it in its own "
                       "family, or to an actor."),
                     import->name, entry->line, table->element, attribute,
                     tov_table_get_label (target_table), id, later->line);
      else if (later != NULL)
        set_wrong_kind_error (import, entry, column, target_table, later, error);
      else
        g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_REFERENCE,
                     _("%s:%d: element “%s”, attribute “%s”: there is no %s with the id %s, "
                       "neither in the file nor in the database."),
                     import->name, entry->line, table->element, attribute,
                     tov_table_get_label (target_table), id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_entry (Import              *import,
             Entry               *entry,
             TovXmlImportCounts  *counts,
             GError             **error)
{
  g_autoptr(GError) local = NULL;
  const TovTableInfo *table;
  const TovColumnInfo *info;
  const char *column = NULL;
  gboolean inserted = FALSE;
  gboolean invalid;

  if (tov_store_save (import->store, entry->record, TRUE, &inserted, &column, &local))
    {
      if (inserted)
        counts->n_inserted++;
      else
        counts->n_updated++;
      return TRUE;
    }

  table = tov_record_get_table (entry->record);
  info = column != NULL ? tov_table_lookup_column (table, column) : NULL;
  invalid = local->domain == TOV_STORE_ERROR &&
            (local->code == TOV_STORE_ERROR_INVALID ||
             local->code == TOV_STORE_ERROR_CONSTRAINT ||
             local->code == TOV_STORE_ERROR_NOT_FOUND);
  if (info != NULL && !(info->flags & TOV_COLUMN_FLAG_PARENT))
    {
      g_autofree char *attribute = tov_column_to_attribute (info);

      g_set_error (error, TOV_IMPORT_ERROR, invalid ? TOV_IMPORT_ERROR_INVALID : TOV_IMPORT_ERROR_IO,
                   _("%s:%d: element “%s”, attribute “%s”: %s"),
                   import->name, entry->line, table->element, attribute, local->message);
    }
  else
    g_set_error (error, TOV_IMPORT_ERROR, invalid ? TOV_IMPORT_ERROR_INVALID : TOV_IMPORT_ERROR_IO,
                 _("%s:%d: element “%s”: %s"),
                 import->name, entry->line, table->element, local->message);
  return FALSE;
}

static gpointer
free_rows_thread (gpointer data)
{
  Import *rows = data;

  /* the ids' keys are the records' */
  g_hash_table_unref (rows->ids);
  g_ptr_array_unref (rows->entries);
  g_free (rows);
  return NULL;
}

/* Writes the batches as they come; @last: (out): the last batch, once received */
static gboolean
write_batches (Import              *import,
               TovXmlImportCounts  *counts,
               Batch              **last,
               GError             **error)
{
  g_autoptr(GHashTable) in_store = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_written = 0;

  while (*last == NULL)
    {
      Batch *batch = g_async_queue_pop (import->batches);
      gboolean ok = TRUE;

      if (batch->last)
        *last = batch;  /* (its rows are the last to write) */
      for (guint i = 0; ok && i < batch->entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (batch->entries, i);

          if (++n_written % CANCEL_CHECK_EVERY == 0 &&
              g_cancellable_set_error_if_cancelled (import->cancellable, error))
            ok = FALSE;
          else
            ok = (!entry->unresolved || check_stored_references (import, entry, in_store, last, error)) &&
                 write_entry (import, entry, counts, error);
        }
      if (batch != *last)
        batch_free (batch);
      if (!ok)
        return FALSE;
    }
  if ((*last)->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&(*last)->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
tov_xml_import_run (TovStore           *store,
                    const char         *data,
                    gsize               length,
                    const char         *name,
                    gboolean            use_relaxng,
                    int                 date_shift,
                    GCancellable       *cancellable,
                    TovXmlImportCounts *counts,
                    GError            **error)
{
  Import import = { 0 };
  Batch *last = NULL;
  g_autoptr(GError) local = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  *counts = (TovXmlImportCounts) { 0 };
  import.store = store;
  import.data = data;
  import.length = length;
  import.name = name;
  import.use_relaxng = use_relaxng;
  import.date_shift = date_shift;
  import.cancellable = cancellable;
  import.batches = g_async_queue_new ();
  import.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  import.ids = g_hash_table_new (g_str_hash, g_str_equal);
  import.pending = g_ptr_array_new ();

  /* all or nothing: any refused row rolls the whole import back, so the
   * rows need no savepoint each */
  if (!tov_store_begin_bulk (store, &local))
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot write to the database: %s"), name, local->message);
      ok = FALSE;
    }
  else
    {
      import.reader = g_thread_new ("tov-xml-read", read_thread, &import);
      ok = write_batches (&import, counts, &last, error);
      if (!ok)
        {
          /* the reading stops at its next chunk; its last batch ends it */
          g_atomic_int_set (&import.stop, 1);
          tov_store_rollback (store);
          wait_for_last (&import, &last);
        }
      g_thread_join (import.reader);
    }

  /* the rows are written: freeing them goes beside the commit */
  {
    Import *rows = g_new0 (Import, 1);

    rows->ids = g_steal_pointer (&import.ids);
    rows->entries = g_steal_pointer (&import.entries);
    import.free_rows = g_thread_new ("tov-xml-free-rows", free_rows_thread, rows);
  }
  if (ok && !tov_store_commit (store, &local))
    {
      tov_store_rollback (store);
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_IO,
                   _("%s: cannot write to the database: %s"), name, local->message);
      ok = FALSE;
    }
  g_debug ("%s: read %u families in %.3f s (beside the writes), imported in %.3f s", name,
           import.n_families, import.read_us / 1e6, (g_get_monotonic_time () - start) / 1e6);
  if (ok)
    {
      counts->n_families = import.n_families;
      counts->n_persons = import.n_persons;
    }
  else
    *counts = (TovXmlImportCounts) { 0 };

  g_thread_join (import.free_rows);
  g_clear_pointer (&last, batch_free);
  g_ptr_array_unref (import.pending);
  g_async_queue_unref (import.batches);
  return ok;
}
