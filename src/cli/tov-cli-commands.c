/* tov-cli-commands.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-cli-private.h"
#include "tov-date.h"
#include "tov-xml-reader.h"

/* The commands that read and change the database: init, import, list, search, check. */

#define SEARCH_LIMIT_DEFAULT 50

static int opt_search_limit = SEARCH_LIMIT_DEFAULT;

static const GOptionEntry search_entries[] = {
  { "limit", 'n', 0, G_OPTION_ARG_INT, &opt_search_limit,
    N_("Show at most N families (default: 50)"), N_("N") },
  { NULL }
};

static gboolean opt_import_demo = FALSE;

static const GOptionEntry import_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, &opt_import_demo,
    N_("The file is demo data: move its dates so that what was recent when it was written is recent today"),
    NULL },
  { NULL }
};

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static gboolean
run_init (TovCli  *cli,
          char   **args,
          GError **error)
{
  tov_cli_print (_("Database: %s\n"), tov_store_get_path (cli->store));
  tov_cli_print (_("Schema version: %d\n"), tov_store_get_schema_version (cli->store));
  return TRUE;
}

static gboolean
run_import (TovCli  *cli,
            char   **args,
            GError **error)
{
  g_autoptr(TovXmlReader) reader = tov_xml_reader_new (cli->store);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[0]);
  g_autofree char *families = NULL;
  g_autofree char *persons = NULL;
  g_autofree char *inserted = NULL;
  g_autofree char *updated = NULL;
  guint n_families, n_persons, n_inserted, n_updated;

  if (opt_import_demo)
    tov_xml_reader_set_date_shift (reader, tov_date_days_until_today (TOV_DEMO_DAY));
  if (!tov_xml_reader_import_file (reader, file, NULL, error))
    return FALSE;

  n_families = tov_xml_reader_get_n_families (reader);
  n_persons = tov_xml_reader_get_n_persons (reader);
  families = g_strdup_printf (ngettext ("%u family", "%u families", n_families), n_families);
  persons = g_strdup_printf (ngettext ("%u person", "%u persons", n_persons), n_persons);
  n_inserted = tov_xml_reader_get_n_inserted (reader);
  n_updated = tov_xml_reader_get_n_updated (reader);
  inserted = g_strdup_printf (ngettext ("%u new row", "%u new rows", n_inserted), n_inserted);
  updated = g_strdup_printf (ngettext ("%u updated row", "%u updated rows", n_updated), n_updated);
  /* TRANSLATORS: "Imported 2 families, 9 persons (40 new rows, 0 updated rows)" */
  tov_cli_print (_("Imported %s, %s (%s, %s)\n"), families, persons, inserted, updated);
  return TRUE;
}

static gboolean
run_list_families (TovCli  *cli,
                   char   **args,
                   GError **error)
{
  g_autoptr(GListModel) families = tov_store_list_families (cli->store, error);
  guint n;

  if (families == NULL)
    return FALSE;

  n = g_list_model_get_n_items (families);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (families, i);

      tov_cli_print_row (or_empty (tov_family_get_id (family)),
                         or_empty (tov_family_get_name (family)),
                         or_empty (tov_family_get_status (family)), NULL);
    }
  return TRUE;
}

static gboolean
run_list_actors (TovCli  *cli,
                 char   **args,
                 GError **error)
{
  g_autoptr(GPtrArray) actors = tov_store_list (cli->store, "actors", NULL, NULL, error);

  if (actors == NULL)
    return FALSE;

  for (guint i = 0; i < actors->len; i++)
    {
      TovRecord *actor = g_ptr_array_index (actors, i);

      tov_cli_print_row (or_empty (tov_record_get_id (actor)),
                         or_empty (tov_record_get (actor, "name")),
                         or_empty (tov_record_get (actor, "organisation")),
                         or_empty (tov_record_get (actor, "sector")), NULL);
    }
  return TRUE;
}

static gboolean
run_search (TovCli  *cli,
            char   **args,
            GError **error)
{
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *query = NULL;
  guint n;

  if (opt_search_limit <= 0)
    return tov_cli_usage_error (error, _("--limit must be a positive number"));

  query = g_strjoinv (" ", args);
  hits = tov_store_search (cli->store, query, (guint) opt_search_limit, error);
  if (hits == NULL)
    return FALSE;

  n = g_list_model_get_n_items (hits);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (hits, i);

      tov_cli_print_row (or_empty (tov_family_get_id (family)),
                         or_empty (tov_family_get_name (family)),
                         or_empty (tov_family_get_match (family)), NULL);
    }
  return TRUE;
}

static gboolean
run_check (TovCli  *cli,
           char   **args,
           GError **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (!tov_store_check (cli->store, &problems, error) && (error == NULL || *error != NULL))
    return FALSE;

  if (problems == NULL || problems->len == 0)
    {
      tov_cli_print ("%s\n", _("ok"));
      return TRUE;
    }

  for (guint i = 0; i < problems->len; i++)
    tov_cli_print ("%s\n", (const char *) g_ptr_array_index (problems, i));
  g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED,
               ngettext ("the database %s has %u problem", "the database %s has %u problems",
                         problems->len),
               cli->db_path, problems->len);
  return FALSE;
}

const TovCliCommand tov_cli_data_commands[] = {
  { "init", NULL, NULL, N_("Create the database, or bring it up to date"),
    0, 0, NULL, TOV_CLI_STORE_CREATE, run_init },
  { "import", NULL, N_("[--demo] FILE.xml"), N_("Import families and actors from an exchange file"),
    1, 1, import_entries, TOV_CLI_STORE_CREATE, run_import },
  { "list", "families", NULL, N_("List the families: id, name, status"),
    0, 0, NULL, TOV_CLI_STORE_EXISTING, run_list_families },
  { "list", "actors", NULL, N_("List the actors: id, name, organisation, sector"),
    0, 0, NULL, TOV_CLI_STORE_EXISTING, run_list_actors },
  { "search", NULL, N_("TEXT…"), N_("Find families by name, member, actor or plan text"),
    1, G_MAXUINT, search_entries, TOV_CLI_STORE_EXISTING, run_search },
  { "check", NULL, NULL, N_("Check the database's integrity and references"),
    0, 0, NULL, TOV_CLI_STORE_EXISTING, run_check },
};

const guint tov_cli_n_data_commands = G_N_ELEMENTS (tov_cli_data_commands);
