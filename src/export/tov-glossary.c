/* tov-glossary.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "tov-fold.h"
#include "tov-glossary.h"

#define GLOSSARY_NS       "https://tovholder.dk/ns/glossary/1"
#define GLOSSARY_MAX_SIZE (4 * 1024 * 1024)

struct _TovGlossaryTerm
{
  char       *id;
  GPtrArray  *matches;       /* folded */
  GHashTable *names;         /* language -> name */
  GHashTable *explanations;  /* language -> explanation */
};

struct _TovGlossary
{
  GObject    parent_instance;

  GPtrArray *terms;          /* in file order; a replaced term keeps its place */
};

G_DEFINE_FINAL_TYPE (TovGlossary, tov_glossary, G_TYPE_OBJECT)
G_DEFINE_QUARK (tov-glossary-error-quark, tov_glossary_error)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static void
term_free (gpointer data)
{
  TovGlossaryTerm *term = data;

  g_free (term->id);
  g_ptr_array_unref (term->matches);
  g_hash_table_unref (term->names);
  g_hash_table_unref (term->explanations);
  g_free (term);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_str_equal ((const char *) node->ns->href, GLOSSARY_NS) &&
         g_str_equal ((const char *) node->name, name);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strstrip (g_strdup ((const char *) content));

  xmlFree (content);
  return text;
}

static TovGlossaryTerm *
read_term (xmlNode *node)
{
  TovGlossaryTerm *term = g_new0 (TovGlossaryTerm, 1);
  xmlChar *id = xmlGetProp (node, (const xmlChar *) "id");

  term->id = g_strdup ((const char *) id);
  xmlFree (id);
  term->matches = g_ptr_array_new_with_free_func (g_free);
  term->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  term->explanations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlChar *lang = xmlGetProp (child, (const xmlChar *) "lang");

      if (is_element (child, "match"))
        {
          g_autofree char *text = node_text (child);
          if (*text != '\0')
            g_ptr_array_add (term->matches, tov_fold_for_search (text));
        }
      else if (lang != NULL && is_element (child, "name"))
        g_hash_table_replace (term->names, g_strdup ((const char *) lang), node_text (child));
      else if (lang != NULL && is_element (child, "explanation"))
        g_hash_table_replace (term->explanations, g_strdup ((const char *) lang), node_text (child));
      xmlFree (lang);
    }
  return term;
}

static void
add_term (TovGlossary     *self,
          TovGlossaryTerm *term)
{
  for (guint i = 0; i < self->terms->len; i++)
    {
      TovGlossaryTerm *old = g_ptr_array_index (self->terms, i);

      if (g_str_equal (old->id, term->id))
        {
          term_free (g_steal_pointer (&self->terms->pdata[i]));
          self->terms->pdata[i] = term;
          return;
        }
    }
  g_ptr_array_add (self->terms, term);
}

static gboolean
invalid (GError    **error,
         const char *name,
         const char *why)
{
  g_set_error (error, TOV_GLOSSARY_ERROR, TOV_GLOSSARY_ERROR_INVALID,
               /* Translators: the first %s is a file name, the second says what is wrong */
               _("The glossary “%s” cannot be used: %s"), name, why);
  return FALSE;
}

static void
tov_glossary_finalize (GObject *object)
{
  TovGlossary *self = (TovGlossary *) object;

  g_clear_pointer (&self->terms, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_glossary_parent_class)->finalize (object);
}

static void
tov_glossary_class_init (TovGlossaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tov_glossary_finalize;
}

static void
tov_glossary_init (TovGlossary *self)
{
  self->terms = g_ptr_array_new_with_free_func (term_free);
}

TovGlossary *
tov_glossary_new (void)
{
  return g_object_new (TOV_TYPE_GLOSSARY, NULL);
}

/**
 * tov_glossary_new_default:
 *
 * The shipped glossary ($TOV_SOURCE_DATADIR when run uninstalled, else the
 * installed data dir) and the staff's own file in the user data dir. A file
 * that cannot be read is skipped with a warning: a printout without an
 * appendix is better than no printout.
 *
 * Returns: (transfer full): the glossary.
 */
TovGlossary *
tov_glossary_new_default (void)
{
  TovGlossary *self = tov_glossary_new ();
  const char *datadir = g_getenv ("TOV_SOURCE_DATADIR");
  g_autofree char *shipped = NULL;
  g_autofree char *user = NULL;
  const char *paths[2];

  if (datadir == NULL || *datadir == '\0')
    datadir = g_file_test (PKGDATADIR, G_FILE_TEST_IS_DIR) ? PKGDATADIR : SOURCE_DATADIR;
  shipped = g_build_filename (datadir, "glossary", "glossary.xml", NULL);
  user = g_build_filename (g_get_user_data_dir (), "tovholder", "glossary.xml", NULL);
  paths[0] = shipped;
  paths[1] = user;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        continue;
      if (!tov_glossary_load_file (self, paths[i], &error))
        g_warning ("%s", error->message);
    }
  return self;
}

/**
 * tov_glossary_load_data:
 *
 * Adds the terms of a glossary document; a term with an id already loaded
 * replaces it. No DTD, no entities, nothing from the network.
 */
gboolean
tov_glossary_load_data (TovGlossary  *self,
                        const char   *data,
                        gsize         size,
                        const char   *name,
                        GError      **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_return_val_if_fail (TOV_IS_GLOSSARY (self), FALSE);

  if (size > GLOSSARY_MAX_SIZE)
    return invalid (error, name, _("the file is larger than 4 MB."));

  doc = xmlReadMemory (data, (int) size, name, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    return invalid (error, name, _("it is not well-formed XML."));
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    return invalid (error, name, _("it declares a DTD, which glossaries may not."));
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_element (root, "glossary"))
    return invalid (error, name, _("its root element is not a Tovholder glossary."));

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      TovGlossaryTerm *term;

      if (!is_element (node, "term"))
        continue;
      term = read_term (node);
      if (term->id == NULL || term->matches->len == 0 ||
          g_hash_table_lookup (term->names, "da") == NULL)
        {
          g_autofree char *why = g_strdup_printf (
            _("the term “%s” needs an id, a match word and a Danish name."),
            term->id != NULL ? term->id : "?");
          term_free (term);
          return invalid (error, name, why);
        }
      add_term (self, term);
    }
  return TRUE;
}

gboolean
tov_glossary_load_file (TovGlossary  *self,
                        const char   *path,
                        GError      **error)
{
  g_autofree char *data = NULL;
  gsize size;

  g_return_val_if_fail (TOV_IS_GLOSSARY (self), FALSE);

  if (!g_file_get_contents (path, &data, &size, error))
    return FALSE;
  return tov_glossary_load_data (self, data, size, path, error);
}

guint
tov_glossary_get_n_terms (TovGlossary *self)
{
  g_return_val_if_fail (TOV_IS_GLOSSARY (self), 0);
  return self->terms->len;
}

static gboolean
occurs_at_word_start (const char *haystack,
                      const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      gboolean start = p == haystack ||
                       !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gunichar after = g_utf8_get_char (p + n);

      /* a match starts a word and may end one or run into a Danish suffix */
      if (start && (n > 3 || after == 0 || !g_unichar_isalpha (after) || after == '-'))
        return TRUE;
    }
  return FALSE;
}

/**
 * tov_glossary_find:
 * @texts: the texts of a printout, NULL-terminated
 *
 * Returns: (transfer container) (element-type TovGlossaryTerm): the terms
 * that occur in @texts, in glossary order.
 */
GPtrArray *
tov_glossary_find (TovGlossary        *self,
                   const char * const *texts)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *folded = NULL;
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (TOV_IS_GLOSSARY (self), found);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_string_append_printf (all, "%s\n", texts[i]);
  folded = tov_fold_for_search (all->str);

  for (guint i = 0; i < self->terms->len; i++)
    {
      TovGlossaryTerm *term = g_ptr_array_index (self->terms, i);

      for (guint m = 0; m < term->matches->len; m++)
        if (occurs_at_word_start (folded, g_ptr_array_index (term->matches, m)))
          {
            g_ptr_array_add (found, term);
            break;
          }
    }
  return found;
}

const char *
tov_glossary_term_get_id (const TovGlossaryTerm *term)
{
  return term->id;
}

/* The name in @language, else Danish. */
const char *
tov_glossary_term_get_name (const TovGlossaryTerm *term,
                            const char            *language)
{
  const char *name = g_hash_table_lookup (term->names, language);

  return name != NULL ? name : g_hash_table_lookup (term->names, "da");
}

/* The explanation in @language, else Danish, else "". */
const char *
tov_glossary_term_get_explanation (const TovGlossaryTerm *term,
                                   const char            *language)
{
  const char *text = g_hash_table_lookup (term->explanations, language);

  if (text == NULL)
    text = g_hash_table_lookup (term->explanations, "da");
  return text != NULL ? text : "";
}
