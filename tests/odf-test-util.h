/* odf-test-util.h: what the ODT tests share: reading a part of a package
 * and validating it against the OpenDocument 1.3 schemas in data/odf.
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <gsf/gsf.h>
#include <libxml/relaxng.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* the text of one file in the package, NULL when it is not there */
G_GNUC_UNUSED static char *
read_part (GBytes     *odt,
           const char *path)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (odt, &size);
  g_autoptr(GsfInput) input = gsf_input_memory_new (data, size, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GsfInfile) zip = gsf_infile_zip_new (input, &error);
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GsfInput) child = NULL;
  char *text;

  g_assert_no_error (error);
  child = g_object_ref (GSF_INPUT (zip));
  for (guint i = 0; parts[i] != NULL && child != NULL; i++)
    {
      GsfInput *next = gsf_infile_child_by_name (GSF_INFILE (child), parts[i]);
      g_object_unref (child);
      child = next;
    }
  if (child == NULL)
    return NULL;
  size = gsf_input_size (child);
  text = g_malloc0 (size + 1);
  g_assert_nonnull (gsf_input_read (child, size, (guint8 *) text));
  return text;
}

G_GNUC_UNUSED static void
assert_valid (xmlRelaxNGPtr  schema,
              const char    *text,
              const char    *what)
{
  g_autoptr(xmlDoc) doc = xmlReadMemory (text, strlen (text), what, "UTF-8", XML_PARSE_NONET);
  xmlRelaxNGValidCtxtPtr validator = xmlRelaxNGNewValidCtxt (schema);
  int result;

  g_assert_nonnull (doc);
  result = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);
  if (result != 0)
    g_error ("%s does not validate against the OpenDocument 1.3 schema", what);
}

G_GNUC_UNUSED static xmlRelaxNGPtr
load_schema (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "odf", name, NULL);
  xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt (path);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (parser);

  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);
  return schema;
}

