/* tov-xml-checks.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/relaxng.h>

#include "tov-xml-checks-private.h"
#include "tov-xml-reader.h"
#include "tov-xml-schema-private.h"

gboolean
tov_xml_is_ours (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         xmlStrEqual (node->ns->href, BAD_CAST TOV_XML_NAMESPACE);
}

int
tov_xml_line_of (xmlNode *node)
{
  return node != NULL ? (int) xmlGetLineNo (node) : 0;
}

/* The column behind @attribute, or NULL for "id", "created-at" and
 * "updated-at" (*implicit set) or an unknown one (*implicit unset). */
static const TovColumnInfo *
lookup_attribute (const TovTableInfo *table,
                  const char         *attribute,
                  const char        **implicit)
{
  const char * const *names = tov_xml_table_get_attributes (table);

  *implicit = NULL;
  if (g_str_equal (attribute, "id"))
    *implicit = "id";
  else if (g_str_equal (attribute, "created-at"))
    *implicit = "created_at";
  else if (g_str_equal (attribute, "updated-at"))
    *implicit = "updated_at";
  if (*implicit != NULL)
    return NULL;

  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (names[i], attribute) && !(table->columns[i].flags & TOV_COLUMN_FLAG_PARENT))
      return &table->columns[i];
  return NULL;
}

static char *
attribute_value (xmlAttr *attr)
{
  xmlChar *value;
  char *copy;

  /* nearly always one text node (entities are refused), read in place */
  if (attr->children != NULL && attr->children->next == NULL &&
      attr->children->type == XML_TEXT_NODE && attr->children->content != NULL)
    return g_strdup ((const char *) attr->children->content);
  value = xmlNodeListGetString (attr->doc, attr->children, 1);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy != NULL ? copy : g_strdup ("");
}

/* Fills @record from @node's attributes; returns a message on the first
 * unknown attribute or bad boolean. */
static char *
read_attributes (xmlNode   *node,
                 TovRecord *record)
{
  const TovTableInfo *table = tov_record_get_table (record);

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      const char *implicit;
      const TovColumnInfo *column;
      g_autofree char *value = NULL;

      column = attr->ns == NULL ? lookup_attribute (table, name, &implicit) : NULL;
      if (column == NULL && (attr->ns != NULL || implicit == NULL))
        return g_strdup_printf (_("element “%s” has an unknown attribute “%s”"),
                                table->element, name);

      value = attribute_value (attr);
      if (column != NULL && column->type == TOV_COLUMN_BOOLEAN)
        {
          if (g_str_equal (value, "true") || g_str_equal (value, "false"))
            tov_record_set (record, column->name, g_str_equal (value, "true") ? "1" : "0");
          else
            return g_strdup_printf (_("element “%s”: attribute “%s” must be “true” or “false”, not “%s”"),
                                    table->element, name, value);
        }
      else
        tov_record_set (record, column != NULL ? column->name : implicit, value);
    }
  return NULL;
}

static const char *
expected_parent (const TovTableInfo *table)
{
  const TovTableInfo *parent = tov_model_lookup_table (table->parent);

  return parent != NULL ? parent->element : TOV_XML_ROOT;
}

char *
tov_xml_check_placement (xmlNode            *node,
                 const TovTableInfo *table)
{
  const char *parent = node->parent != NULL ? (const char *) node->parent->name : "";

  if (table == NULL)
    return g_strdup_printf (_("unknown element “%s”"), (const char *) node->name);
  if (!g_str_equal (parent, expected_parent (table)))
    return g_strdup_printf (_("element “%s” is not allowed inside “%s”; it belongs inside “%s”"),
                            table->element, parent, expected_parent (table));
  return NULL;
}

/* What is wrong with the structure of @node, an element of @table: its
 * place, its attributes (read into @record), text inside it; NULL if nothing. */
char *
tov_xml_check_element (xmlNode            *node,
               const TovTableInfo *table,
               TovRecord          *record)
{
  const char * const *attributes;
  xmlNode *previous;
  char *message;

  if ((message = tov_xml_check_placement (node, table)) != NULL)
    return message;

  /* children in model order, as the schema has them */
  previous = xmlPreviousElementSibling (node);
  if (previous != NULL && tov_xml_is_ours (previous))
    {
      const TovTableInfo *before = tov_model_lookup_element ((const char *) previous->name);

      if (before != NULL && before > table)
        return g_strdup_printf (_("element “%s” must come before the “%s” elements"),
                                table->element, before->element);
    }

  if ((message = read_attributes (node, record)) != NULL)
    return message;
  if (tov_record_get_id (record) == NULL)
    return g_strdup_printf (_("element “%s” lacks required attribute “%s”"), table->element, "id");
  attributes = tov_xml_table_get_attributes (table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const TovColumnInfo *info = &table->columns[i];

      if ((info->flags & TOV_COLUMN_FLAG_REQUIRED) && !(info->flags & TOV_COLUMN_FLAG_PARENT) &&
          xmlHasProp (node, BAD_CAST attributes[i]) == NULL)
        return g_strdup_printf (_("element “%s” lacks required attribute “%s”"),
                                table->element, attributes[i]);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE && !xmlIsBlankNode (child)) ||
        child->type == XML_ENTITY_REF_NODE || child->type == XML_CDATA_SECTION_NODE)
      return g_strdup_printf (_("element “%s” must not contain text"), table->element);
  return NULL;
}

/* The values of @record, its parent column set: the model's rules. */
char *
tov_xml_check_values (TovRecord *record)
{
  const TovTableInfo *table = tov_record_get_table (record);
  g_autoptr(GError) local = NULL;
  const char *column = NULL;
  const TovColumnInfo *info;
  g_autofree char *attribute = NULL;

  if (tov_record_validate (record, &column, &local))
    return NULL;
  info = column != NULL ? tov_table_lookup_column (table, column) : NULL;
  attribute = info != NULL ? tov_column_to_attribute (info)
            : g_strdelimit (g_strdup (column != NULL ? column : "id"), "_", '-');
  return g_strdup_printf (_("element “%s”, attribute “%s”: %s"), table->element, attribute, local->message);
}

/* Explains in plain words what is wrong with @node, or NULL if nothing. */
static char *
diagnose (xmlNode *node)
{
  const TovTableInfo *table;
  g_autoptr(TovRecord) record = NULL;
  const TovColumnInfo *parent_column;
  char *message;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (!tov_xml_is_ours (node))
    return g_strdup_printf (_("element “%s” is not in the Tovholder namespace"),
                            (const char *) node->name);
  if (g_str_equal ((const char *) node->name, TOV_XML_ROOT))
    return NULL;

  table = tov_model_lookup_element ((const char *) node->name);
  if (table == NULL)
    return tov_xml_check_placement (node, table);
  record = tov_record_new_for_table (table);
  if ((message = tov_xml_check_element (node, table, record)) != NULL)
    return message;

  parent_column = tov_table_get_parent_column (table);
  if (parent_column != NULL)
    tov_record_set (record, parent_column->name, "00000000-0000-0000-0000-000000000000");
  return tov_xml_check_values (record);
}

/* The first problem diagnose() finds in @node, its siblings after it and
 * their descendants, in document order. */
static char *
diagnose_tree (xmlNode *node,
               int     *line)
{
  for (; node != NULL; node = node->next)
    {
      char *message;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      if ((message = diagnose (node)) != NULL)
        {
          *line = tov_xml_line_of (node);
          return message;
        }
      if ((message = diagnose_tree (node->children, line)) != NULL)
        return message;
    }
  return NULL;
}

/* Turns libxml2's validity messages into something readable. */
static char *
clean_message (const char *message)
{
  g_autofree char *copy = g_strstrip (g_strdup (message != NULL ? message : ""));

  if (*copy == '\0')
    return g_strdup (_("the file does not follow the Tovholder exchange format"));
  return g_strdup_printf (_("the file does not follow the Tovholder exchange format: %s"), copy);
}

static void
on_validity_error_cb (void     *data,
                      xmlError *error)
{
  Problems *problems = data;

  if (error->level < XML_ERR_ERROR || problems->message != NULL)
    return;
  problems->node = error->node;
  problems->line = error->node != NULL ? tov_xml_line_of (error->node) : error->line;
  problems->message = g_strdup (error->message);
}

gboolean
tov_xml_validate (xmlDoc      *doc,
          const char  *name,
          GError     **error)
{
  g_autoptr(xmlRelaxNGValidCtxt) ctxt = xmlRelaxNGNewValidCtxt (tov_xml_schema_get ());
  Problems problems = { 0 };
  g_autofree char *message = NULL;
  xmlNode *node;

  xmlRelaxNGSetValidStructuredErrors (ctxt, on_validity_error_cb, &problems);
  if (xmlRelaxNGValidateDoc (ctxt, doc) == 0)
    {
      g_free (problems.message);
      return TRUE;
    }

  /* libxml2 names the element (not always), rarely the reason: find the
   * reason ourselves, in the element it blames, else below it, else anywhere */
  node = problems.node;
  if (node != NULL && (message = diagnose (node)) != NULL)
    problems.line = tov_xml_line_of (node);
  if (message == NULL && node != NULL)
    message = diagnose_tree (node->children, &problems.line);
  if (message == NULL)
    message = diagnose_tree (xmlDocGetRootElement (doc), &problems.line);
  if (message == NULL)
    message = clean_message (problems.message);

  g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_SCHEMA, "%s:%d: %s",
               name, problems.line, message);
  g_free (problems.message);
  return FALSE;
}

gboolean
tov_xml_check_root (xmlDoc      *doc,
            const char  *name,
            GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *version = NULL;

  if (root == NULL || !tov_xml_is_ours (root) || !g_str_equal ((const char *) root->name, TOV_XML_ROOT))
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_FORMAT,
                   _("%s:%d: this is not a Tovholder exchange file: it should start with "
                     "<%s xmlns=\"%s\">."),
                   name, tov_xml_line_of (root), TOV_XML_ROOT, TOV_XML_NAMESPACE);
      return FALSE;
    }
  version = (char *) xmlGetNoNsProp (root, BAD_CAST "version");
  if (g_strcmp0 (version, TOV_XML_VERSION) != 0)
    {
      g_set_error (error, TOV_IMPORT_ERROR, TOV_IMPORT_ERROR_FORMAT,
                   _("%s:%d: format version “%s” is not supported; this Tovholder reads version %s."),
                   name, tov_xml_line_of (root), version != NULL ? version : "", TOV_XML_VERSION);
      return FALSE;
    }
  return TRUE;
}

