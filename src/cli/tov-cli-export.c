/* tov-cli-export.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "tov-cli-private.h"
#include "tov-xml-writer.h"

/*
 * export FORMAT [--family ID] -o FILE: every format shares the options and
 * the resolution of ID (a UUID or a unique family name); a format is one
 * function that writes its bytes, and one row in the table below. Formats
 * that need a family (odt, pdf, map) say so with needs_family.
 */

typedef GBytes *(*ExportFunc) (TovStore   *store,
                               const char *family_id,
                               GError    **error);

static char *opt_family;
static char *opt_output;

static const GOptionEntry export_entries[] = {
  { "family", 'f', 0, G_OPTION_ARG_STRING, &opt_family,
    N_("Export only this family: its id or its name"), N_("ID") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE; “-” writes to the standard output"), N_("FILE") },
  { NULL }
};

static GBytes *
export_xml (TovStore   *store,
            const char *family_id,
            GError    **error)
{
  g_autoptr(TovXmlWriter) writer = tov_xml_writer_new (store);

  return tov_xml_writer_export (writer, family_id, error);
}

static gboolean
write_output (const char *output,
              GBytes     *bytes,
              GError    **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_str_equal (output, "-"))
    {
      if (size > 0 && fwrite (data, 1, size, stdout) != size)
        {
          g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED,
                       _("cannot write to the standard output"));
          return FALSE;
        }
      return TRUE;
    }

  if (!g_file_set_contents_full (output, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, "%s", message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_export (TovCli     *cli,
            ExportFunc  func,
            gboolean    needs_family,
            GError    **error)
{
  g_autofree char *family_id = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (opt_output == NULL || *opt_output == '\0')
    return tov_cli_usage_error (error,
                                _("say where to write with -o FILE (or -o - for the standard output)"));
  if (needs_family && opt_family == NULL)
    return tov_cli_usage_error (error, _("say which family with --family ID"));

  if (opt_family != NULL)
    {
      family_id = tov_store_resolve_family (cli->store, opt_family, error);
      if (family_id == NULL)
        return FALSE;
    }

  bytes = func (cli->store, family_id, error);
  if (bytes == NULL)
    return FALSE;
  return write_output (opt_output, bytes, error);
}

static gboolean
run_export_xml (TovCli  *cli,
                char   **args,
                GError **error)
{
  return run_export (cli, export_xml, FALSE, error);
}

const TovCliCommand tov_cli_export_commands[] = {
  { "export", "xml", N_("[--family ID] -o FILE"),
    N_("Export the database, or one family, in the exchange format"),
    0, 0, export_entries, TOV_CLI_STORE_EXISTING, run_export_xml },
};

const guint tov_cli_n_export_commands = G_N_ELEMENTS (tov_cli_export_commands);
