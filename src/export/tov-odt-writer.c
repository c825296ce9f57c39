/* tov-odt-writer.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gsf/gsf.h>

#include "tov-odt-writer-private.h"

/* TovOdtWriter: the object, the body of content.xml, and the package; the
 * styles are in tov-odt-styles.c, tables and pictures in tov-odt-tables.c. */

G_DEFINE_FINAL_TYPE (TovOdtWriter, tov_odt_writer, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-odt-writer-error-quark, tov_odt_writer_error)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

gboolean
tov_odt_writer_slot_rtl (TovOdtWriter *self,
                         guint         slot)
{
  return tov_document_is_rtl (self->document, slot);
}

guint
tov_odt_writer_n_slots (TovOdtWriter *self)
{
  return tov_document_get_n_languages (self->document);
}

/* @value's lines with a line break between them (ODF folds a newline into
 * a space), each a left-to-right isolate when @isolate: an isolate ends at
 * the end of a line */
static void
text_lines (xmlTextWriter *w,
            const char    *value,
            gboolean       isolate)
{
  g_auto(GStrv) lines = g_strsplit (value, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        {
          start (w, "text:line-break");
          end (w);
        }
      if (isolate && *lines[i] != '\0')
        {
          g_autofree char *isolated = g_strconcat ("\xE2\x81\xA6", lines[i], "\xE2\x81\xA9", NULL);
          text (w, isolated);
        }
      else
        text (w, lines[i]);
    }
}

static void
write_paragraph (TovOdtWriter     *self,
                 xmlTextWriter    *w,
                 guint             slot,
                 const TovDocText *value,
                 const char       *style,
                 gboolean          marker_only)
{
  gboolean heading = g_str_has_prefix (style, "Heading");
  gboolean rtl = tov_odt_writer_slot_rtl (self, slot);

  start (w, heading ? "text:h" : "text:p");
  attrf (w, "text:style-name", "%s%s", style, rtl ? "_RTL" : "");
  if (heading)
    attr (w, "text:outline-level", g_str_has_suffix (style, "1") ? "1" : "2");
  if (value->untranslated[slot])
    {
      g_autofree char *marker = g_strdup_printf ("(%s)%s",
                                                 tov_doc_text_get (tov_document_get_untranslated_label (self->document), slot),
                                                 marker_only ? "" : " ");
      start (w, "text:span");
      attr (w, "text:style-name", "Untranslated");
      text (w, marker);
      end (w);
    }
  /* the Danish text in a right-to-left paragraph: isolated left to right,
   * so that its full stop stays at its end */
  if (!marker_only)
    text_lines (w, tov_doc_text_get (value, slot), value->untranslated[slot] && rtl);
  end (w);
}

void
tov_odt_paragraph (TovOdtWriter     *self,
                   xmlTextWriter    *w,
                   guint             slot,
                   const TovDocText *value,
                   const char       *style)
{
  write_paragraph (self, w, slot, value, style, FALSE);
}

/* a table cell's text in @slot: a name shows once, an untranslated text
 * beside its Danish only as the marker */
void
tov_odt_cell_paragraph (TovOdtWriter     *self,
                        xmlTextWriter    *w,
                        guint             slot,
                        const TovDocText *value,
                        const char       *style)
{
  if (!tov_doc_text_repeats (value, slot))
    write_paragraph (self, w, slot, value, style, tov_doc_text_stands_in (value, slot));
}

static const char *
block_style (TovBlockKind kind)
{
  switch (kind)
    {
    case TOV_BLOCK_TITLE: return "Title";
    case TOV_BLOCK_HEADING: return "Heading_20_1";
    case TOV_BLOCK_SUBHEADING: return "Heading_20_2";
    case TOV_BLOCK_NOTE: return "Note";
    default: return "Standard";
    }
}

/* The block's content in one language: paragraphs, a scale, a picture. */
static void
block_content (TovOdtWriter   *self,
               xmlTextWriter  *w,
               const TovBlock *block,
               guint           slot,
               guint           index)
{
  switch (block->kind)
    {
    case TOV_BLOCK_DEFINITION:
      tov_odt_paragraph (self, w, slot, &block->term, "Term");
      tov_odt_paragraph (self, w, slot, &block->text, "Standard");
      break;
    case TOV_BLOCK_SCALE:
      {
        g_autofree char *path = tov_odt_scale_picture (self, block->scale_now, block->scale_target, slot);
        g_autofree char *name = g_strdup_printf ("Scale %u-%u", index, slot);

        tov_odt_paragraph (self, w, slot, &block->text, "Standard");
        start (w, "text:p");
        attrf (w, "text:style-name", "Caption%s", tov_odt_writer_slot_rtl (self, slot) ? "_RTL" : "");
        tov_odt_write_frame (w, name, path, 6.0, 0.45);
        end (w);
        tov_odt_paragraph (self, w, slot, &block->term, "Caption");
      }
      break;
    default:
      tov_odt_paragraph (self, w, slot, &block->text, block_style (block->kind));
      break;
    }
}

static GBytes *
write_content (TovOdtWriter *self)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) w = xmlNewTextWriterMemory (buffer, 0);
  gboolean bilingual = tov_odt_writer_n_slots (self) > 1;
  gboolean in_table = FALSE;

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  start (w, "office:document-content");
  tov_odt_declare_namespaces (w);
  tov_odt_write_font_faces (w);
  tov_odt_write_automatic_styles (self, w);
  start (w, "office:body");
  start (w, "office:text");

  for (guint i = 0; i < tov_document_get_n_blocks (self->document); i++)
    {
      const TovBlock *block = tov_document_get_block (self->document, i);
      gboolean flowing = block->kind != TOV_BLOCK_TABLE && block->kind != TOV_BLOCK_IMAGE &&
                         block->kind != TOV_BLOCK_SIGNATURES && block->kind != TOV_BLOCK_PAGE_BREAK;

      /* side by side: a run of text blocks is one two-column lr-tb table */
      if (in_table && !flowing)
        {
          end (w);
          in_table = FALSE;
        }
      if (bilingual && flowing)
        {
          if (!in_table)
            tov_odt_begin_table (self, w, 2, TRUE);
          in_table = TRUE;
          start (w, "table:table-row");
          for (guint s = 0; s < tov_odt_writer_n_slots (self); s++)
            {
              tov_odt_cell_start (w, "PlainCell");
              block_content (self, w, block, s, i);
              end (w);
            }
          end (w);
          continue;
        }

      switch (block->kind)
        {
        case TOV_BLOCK_TABLE:
          tov_odt_write_data_table (self, w, block);
          break;
        case TOV_BLOCK_IMAGE:
          tov_odt_write_image (self, w, block, i);
          break;
        case TOV_BLOCK_SIGNATURES:
          tov_odt_write_signatures (self, w, block);
          break;
        case TOV_BLOCK_PAGE_BREAK:
          start (w, "text:p");
          attr (w, "text:style-name", "PageBreak");
          end (w);
          break;
        default:
          block_content (self, w, block, 0, i);
          break;
        }
    }
  if (in_table)
    end (w);

  end (w);
  end (w);
  end (w);
  xmlTextWriterEndDocument (w);
  g_clear_pointer (&w, xmlFreeTextWriter);
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static gboolean
add_file (GsfOutfile *dir,
          const char *name,
          GBytes     *bytes,
          gboolean    stored)
{
  GsfOutput *child = gsf_outfile_new_child_full (dir, name, FALSE, "compression-level",
                                                 stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  if (child == NULL)
    return FALSE;
  ok = gsf_output_write (child, size, data) && gsf_output_close (child);
  g_object_unref (child);
  return ok;
}

void
tov_odt_writer_dispose (GObject *object)
{
  TovOdtWriter *self = (TovOdtWriter *) object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (tov_odt_writer_parent_class)->dispose (object);
}

void
tov_odt_writer_finalize (GObject *object)
{
  TovOdtWriter *self = (TovOdtWriter *) object;

  g_clear_pointer (&self->pictures, g_hash_table_unref);

  G_OBJECT_CLASS (tov_odt_writer_parent_class)->finalize (object);
}

void
tov_odt_writer_class_init (TovOdtWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_odt_writer_dispose;
  object_class->finalize = tov_odt_writer_finalize;
}

void
tov_odt_writer_init (TovOdtWriter *self)
{
  self->pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
}

TovOdtWriter *
tov_odt_writer_new (TovDocument *document)
{
  TovOdtWriter *self;

  g_return_val_if_fail (TOV_IS_DOCUMENT (document), NULL);

  self = g_object_new (TOV_TYPE_ODT_WRITER, NULL);
  self->document = g_object_ref (document);
  return self;
}

/**
 * tov_odt_writer_write:
 *
 * Returns: (transfer full): the .odt package, or NULL with @error set.
 */
GBytes *
tov_odt_writer_write (TovOdtWriter *self,
                      GError      **error)
{
  g_autoptr(GsfOutput) sink = NULL;
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GsfOutfile) meta_inf = NULL;
  g_autoptr(GBytes) mimetype = g_bytes_new_static (ODT_MIMETYPE, strlen (ODT_MIMETYPE));
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GBytes) meta = NULL;
  g_autoptr(GBytes) manifest = NULL;
  g_autoptr(GList) pictures = NULL;
  GError *zip_error = NULL;
  gboolean ok;

  g_return_val_if_fail (TOV_IS_ODT_WRITER (self), NULL);

  g_hash_table_remove_all (self->pictures);
  self->n_tables = 0;
  content = write_content (self);   /* first: it collects the pictures */
  styles = tov_odt_write_styles (self);
  meta = tov_odt_write_meta (self);
  manifest = tov_odt_write_manifest (self);

  sink = gsf_output_memory_new ();
  zip = gsf_outfile_zip_new (sink, &zip_error);
  if (zip == NULL)
    goto failed;

  /* "mimetype" first and stored, no extra field: how a reader knows an ODF package */
  ok = add_file (zip, "mimetype", mimetype, TRUE) &&
       add_file (zip, "content.xml", content, FALSE) &&
       add_file (zip, "styles.xml", styles, FALSE) &&
       add_file (zip, "meta.xml", meta, FALSE);
  pictures = g_list_sort (g_hash_table_get_keys (self->pictures), (GCompareFunc) strcmp);
  if (ok && pictures != NULL)
    {
      g_autoptr(GsfOutfile) dir = GSF_OUTFILE (gsf_outfile_new_child (zip, "Pictures", TRUE));

      for (GList *l = pictures; ok && l != NULL; l = l->next)
        ok = add_file (dir, (const char *) l->data + strlen ("Pictures/"),
                       g_hash_table_lookup (self->pictures, l->data), TRUE);
      ok = ok && gsf_output_close (GSF_OUTPUT (dir));
    }
  meta_inf = ok ? GSF_OUTFILE (gsf_outfile_new_child (zip, "META-INF", TRUE)) : NULL;
  ok = ok && add_file (meta_inf, "manifest.xml", manifest, FALSE) &&
       gsf_output_close (GSF_OUTPUT (meta_inf)) && gsf_output_close (GSF_OUTPUT (zip));
  if (!ok)
    goto failed;

  return g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));

failed:
  g_set_error (error, TOV_ODT_WRITER_ERROR, TOV_ODT_WRITER_ERROR_FAILED,
               _("The OpenDocument file could not be made: %s"),
               zip_error != NULL ? zip_error->message : _("the package could not be written"));
  g_clear_error (&zip_error);
  return NULL;
}
