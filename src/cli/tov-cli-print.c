/* tov-cli-print.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "tov-cli-private.h"
#include "tov-odt-writer.h"
#include "tov-pdf-renderer.h"
#include "tov-plan-document.h"

/*
 * export odt|pdf --family ID [--lang da|ar|en|da+ar] [--anonymise] [--minutes] -o FILE:
 * the family's current plan version (or its latest meeting's minutes) as
 * an OpenDocument text or a PDF. Without --lang, the family's own printout
 * languages (families.print_languages) decide, else Danish.
 */

static char     *opt_family;
static char     *opt_lang;
static char     *opt_output;
static gboolean  opt_anonymise;
static gboolean  opt_minutes;

static const GOptionEntry print_entries[] = {
  { "family", 'f', 0, G_OPTION_ARG_STRING, &opt_family,
    N_("The family: its id or its name"), N_("ID") },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang,
    N_("The printout language: da, ar, en, or da+ar side by side"), N_("LANG") },
  { "anonymise", 'a', 0, G_OPTION_ARG_NONE, &opt_anonymise,
    N_("Replace names and birth dates, for case conferences and teaching"), NULL },
  { "minutes", 'm', 0, G_OPTION_ARG_NONE, &opt_minutes,
    N_("The minutes of the family's latest meeting instead of the plan"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE; “-” writes to the standard output"), N_("FILE") },
  { NULL }
};

/* "da ar" in families.print_languages means the bilingual print */
static char *
family_languages (TovStore   *store,
                  const char *family_id)
{
  g_autoptr(TovRecord) family = tov_store_get (store, "families", family_id, NULL);
  const char *stored = family != NULL ? tov_record_get (family, "print_languages") : NULL;
  g_autofree char *tag = NULL;

  if (stored == NULL)
    return g_strdup ("da");
  tag = g_strdelimit (g_strdup (stored), " ", '+');
  if (g_strv_contains (tov_plan_document_language_tags (), tag))
    return g_steal_pointer (&tag);
  return g_strdup ("da");
}

static TovDocument *
build_document (TovCli  *cli,
                GError **error)
{
  g_autofree char *family_id = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *target = NULL;
  g_autoptr(TovPlanDocument) builder = NULL;
  g_autoptr(TovGlossary) glossary = NULL;

  if (opt_output == NULL || *opt_output == '\0')
    {
      tov_cli_usage_error (error, _("say where to write with -o FILE (or -o - for the standard output)"));
      return NULL;
    }
  if (opt_family == NULL)
    {
      tov_cli_usage_error (error, _("say which family with --family ID"));
      return NULL;
    }
  family_id = tov_store_resolve_family (cli->store, opt_family, error);
  if (family_id == NULL)
    return NULL;

  languages = opt_lang != NULL ? g_strdup (opt_lang) : family_languages (cli->store, family_id);
  builder = tov_plan_document_new (cli->store);
  if (!tov_plan_document_set_languages (builder, languages, error))
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      tov_cli_usage_error (error, "%s", message);
      return NULL;
    }
  tov_plan_document_set_anonymise (builder, opt_anonymise);
  glossary = tov_glossary_new_default ();
  tov_plan_document_set_glossary (builder, glossary);

  target = opt_minutes ? tov_plan_document_latest_meeting (cli->store, family_id, error)
                       : tov_plan_document_current_version (cli->store, family_id, error);
  if (target == NULL)
    return NULL;
  return opt_minutes ? tov_plan_document_build_meeting (builder, target, error)
                     : tov_plan_document_build_plan (builder, target, error);
}

static gboolean
write_output (GBytes  *bytes,
              GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GError) local = NULL;

  if (g_str_equal (opt_output, "-"))
    {
      if (fwrite (data, 1, size, stdout) == size)
        return TRUE;
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, _("cannot write to the standard output"));
      return FALSE;
    }
  if (g_file_set_contents_full (opt_output, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    return TRUE;
  g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, "%s", local->message);
  return FALSE;
}

static gboolean
fail (GError **error)
{
  if (error != NULL && *error != NULL && (*error)->domain != TOV_CLI_ERROR)
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, "%s", message);
    }
  return FALSE;
}

static gboolean
run_export_odt (TovCli  *cli,
                char   **args,
                GError **error)
{
  g_autoptr(TovDocument) document = build_document (cli, error);
  g_autoptr(TovOdtWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (document == NULL)
    return fail (error);
  writer = tov_odt_writer_new (document);
  bytes = tov_odt_writer_write (writer, error);
  return bytes != NULL ? write_output (bytes, error) : fail (error);
}

static gboolean
run_export_pdf (TovCli  *cli,
                char   **args,
                GError **error)
{
  g_autoptr(TovDocument) document = build_document (cli, error);
  g_autoptr(TovPdfRenderer) renderer = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (document == NULL)
    return fail (error);
  renderer = tov_pdf_renderer_new (document);
  bytes = tov_pdf_renderer_render_pdf (renderer, error);
  return bytes != NULL ? write_output (bytes, error) : fail (error);
}

const TovCliCommand tov_cli_print_commands[] = {
  { "export", "odt", N_("--family ID [--lang da|ar|en|da+ar] [--anonymise] -o FILE.odt"),
    N_("Export a family's plan (or --minutes) as an OpenDocument text"),
    0, 0, print_entries, TOV_CLI_STORE_EXISTING, run_export_odt },
  { "export", "pdf", N_("--family ID [--lang da|ar|en|da+ar] [--anonymise] -o FILE.pdf"),
    N_("Export a family's plan (or --minutes) as a PDF"),
    0, 0, print_entries, TOV_CLI_STORE_EXISTING, run_export_pdf },
};

const guint tov_cli_n_print_commands = G_N_ELEMENTS (tov_cli_print_commands);
