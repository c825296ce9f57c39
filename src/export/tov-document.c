/* tov-document.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-document.h"
#include "tov-print-catalog.h"

struct _TovDocument
{
  GObject     parent_instance;

  char       *languages[TOV_DOCUMENT_MAX_LANGUAGES];
  guint       n_languages;
  TovDocText  title;
  TovDocText  header;
  TovDocText  page_label;         /* "Page %s of %s" per language */
  TovDocText  untranslated_label; /* "not translated" per language */
  TovDocText  digits;             /* "0123456789" as each language writes them */
  char       *date;
  GPtrArray  *blocks;
};

G_DEFINE_FINAL_TYPE (TovDocument, tov_document, G_TYPE_OBJECT)

static void
doc_text_clear (TovDocText *text)
{
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    g_clear_pointer (&text->text[i], g_free);
}

static void
doc_text_free (gpointer data)
{
  doc_text_clear (data);
  g_free (data);
}

static void
block_free (gpointer data)
{
  TovBlock *block = data;

  doc_text_clear (&block->text);
  doc_text_clear (&block->term);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->png, g_bytes_unref);
  g_clear_pointer (&block->drawing, cairo_surface_destroy);
  g_free (block);
}

static void
tov_document_finalize (GObject *object)
{
  TovDocument *self = (TovDocument *) object;

  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    g_clear_pointer (&self->languages[i], g_free);
  doc_text_clear (&self->title);
  doc_text_clear (&self->header);
  doc_text_clear (&self->page_label);
  doc_text_clear (&self->untranslated_label);
  doc_text_clear (&self->digits);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_document_parent_class)->finalize (object);
}

static void
tov_document_class_init (TovDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tov_document_finalize;
}

static void
tov_document_init (TovDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

/**
 * tov_document_new:
 * @languages: one or two language codes, NULL-terminated: { "da", "ar", NULL }
 *
 * Returns: (transfer full): an empty document.
 */
TovDocument *
tov_document_new (const char * const *languages)
{
  TovDocument *self;

  g_return_val_if_fail (languages != NULL && languages[0] != NULL, NULL);

  self = g_object_new (TOV_TYPE_DOCUMENT, NULL);
  for (guint i = 0; languages[i] != NULL && i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    self->languages[self->n_languages++] = g_strdup (languages[i]);
  return self;
}

guint
tov_document_get_n_languages (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), 0);

  return self->n_languages;
}

const char *
tov_document_get_language (TovDocument *self,
                           guint        slot)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (slot < self->n_languages, NULL);

  return self->languages[slot];
}

gboolean
tov_document_is_rtl (TovDocument *self,
                     guint        slot)
{
  return tov_print_language_is_rtl (tov_document_get_language (self, slot));
}

/**
 * tov_document_get_languages_tag:
 *
 * Returns: (transfer full): "da", or "da+ar" for a bilingual document.
 */
char *
tov_document_get_languages_tag (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);

  if (self->n_languages == 1)
    return g_strdup (self->languages[0]);
  return g_strconcat (self->languages[0], "+", self->languages[1], NULL);
}

TovDocText *
tov_document_get_title (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return &self->title;
}

TovDocText *
tov_document_get_header (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return &self->header;
}

/**
 * tov_document_get_page_label:
 *
 * Per language, a pattern with two %s: the page number and the number of
 * pages ("Side %s af %s").
 */
TovDocText *
tov_document_get_page_label (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return &self->page_label;
}

TovDocText *
tov_document_get_untranslated_label (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return &self->untranslated_label;
}

/* Per language, the ten digits page numbers are written with; empty: ASCII. */
TovDocText *
tov_document_get_digits (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return &self->digits;
}

const char *
tov_document_get_date (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  return self->date;
}

void
tov_document_set_date (TovDocument *self,
                       const char  *iso_date)
{
  g_return_if_fail (TOV_IS_DOCUMENT (self));

  g_free (self->date);
  self->date = g_strdup (iso_date);
}

/**
 * tov_document_add:
 *
 * Returns: (transfer none): a new block at the end, for the caller to fill.
 */
TovBlock *
tov_document_add (TovDocument  *self,
                  TovBlockKind  kind)
{
  TovBlock *block;

  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);

  block = g_new0 (TovBlock, 1);
  block->kind = kind;
  block->scale_now = -1;
  block->scale_target = -1;
  if (kind == TOV_BLOCK_TABLE || kind == TOV_BLOCK_SIGNATURES)
    block->cells = g_ptr_array_new_with_free_func (doc_text_free);
  g_ptr_array_add (self->blocks, block);
  return block;
}

TovBlock *
tov_document_add_table (TovDocument *self,
                        guint        n_columns)
{
  TovBlock *block;

  g_return_val_if_fail (n_columns > 0, NULL);

  block = tov_document_add (self, TOV_BLOCK_TABLE);
  block->n_columns = n_columns;
  return block;
}

guint
tov_document_get_n_blocks (TovDocument *self)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

const TovBlock *
tov_document_get_block (TovDocument *self,
                        guint        index)
{
  g_return_val_if_fail (TOV_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

TovDocText *
tov_block_add_cell (TovBlock *block)
{
  TovDocText *text;

  g_return_val_if_fail (block != NULL && block->cells != NULL, NULL);

  text = g_new0 (TovDocText, 1);
  g_ptr_array_add (block->cells, text);
  return text;
}

guint
tov_block_get_n_rows (const TovBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  if (block->cells == NULL || block->n_columns == 0)
    return 0;
  return (block->cells->len + block->n_columns - 1) / block->n_columns;
}

/**
 * tov_block_get_cell:
 *
 * Returns: (transfer none) (nullable): the cell, NULL past the last cell of a
 * short last row.
 */
const TovDocText *
tov_block_get_cell (const TovBlock *block,
                    guint           row,
                    guint           column)
{
  guint index;

  g_return_val_if_fail (block != NULL && block->cells != NULL, NULL);

  index = row * block->n_columns + column;
  return index < block->cells->len ? g_ptr_array_index (block->cells, index) : NULL;
}

void
tov_doc_text_set (TovDocText *text,
                  guint       slot,
                  const char *value,
                  gboolean    untranslated)
{
  g_return_if_fail (text != NULL && slot < TOV_DOCUMENT_MAX_LANGUAGES);

  g_free (text->text[slot]);
  text->text[slot] = g_strdup (value);
  text->untranslated[slot] = untranslated;
}

/* Sets the same text, a name or a number, in every slot. */
void
tov_doc_text_set_all (TovDocText *text,
                      const char *value)
{
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    tov_doc_text_set (text, i, value, FALSE);
}

const char *
tov_doc_text_get (const TovDocText *text,
                  guint             slot)
{
  g_return_val_if_fail (text != NULL && slot < TOV_DOCUMENT_MAX_LANGUAGES, "");

  return text->text[slot] != NULL ? text->text[slot] : "";
}

gboolean
tov_doc_text_is_empty (const TovDocText *text)
{
  for (guint i = 0; i < TOV_DOCUMENT_MAX_LANGUAGES; i++)
    if (text->text[i] != NULL && *text->text[i] != '\0')
      return FALSE;
  return TRUE;
}

/**
 * tov_doc_text_repeats:
 *
 * Whether @slot holds the very text of the first slot (a name, a phone
 * number): a table cell shows it once, not once per language.
 */
gboolean
tov_doc_text_repeats (const TovDocText *text,
                      guint             slot)
{
  g_return_val_if_fail (text != NULL && slot < TOV_DOCUMENT_MAX_LANGUAGES, FALSE);

  return slot > 0 && text->text[0] != NULL && g_strcmp0 (text->text[0], text->text[slot]) == 0 &&
         !text->untranslated[slot] && !text->untranslated[0];
}

/**
 * tov_doc_text_stands_in:
 *
 * Whether @slot holds the first slot's Danish text standing in for a
 * missing translation: beside it, in a table cell, the marker says enough.
 */
gboolean
tov_doc_text_stands_in (const TovDocText *text,
                        guint             slot)
{
  g_return_val_if_fail (text != NULL && slot < TOV_DOCUMENT_MAX_LANGUAGES, FALSE);

  return slot > 0 && text->untranslated[slot] && g_strcmp0 (text->text[0], text->text[slot]) == 0;
}
