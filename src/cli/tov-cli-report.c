/* tov-cli-report.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "tov-cli-private.h"
#include "tov-date.h"
#include "tov-print-catalog.h"
#include "tov-odt-writer.h"
#include "tov-report-csv.h"
#include "tov-report-document.h"
#include "tov-store-report.h"

/*
 * report [--from DATE] [--to DATE] [--status STATUS] [--family ID…]
 *        [--format text|csv|odt] [--lang da|en] [-o FILE]
 *
 * text (the default) prints the report's tables, with small-number
 * protection, to the standard output or FILE, in the interface's language;
 * csv writes the evaluators' file (docs/report-csv.md) and odt the printed
 * report, both in --lang (English by default for csv, Danish for odt).
 * Targets come from GSettings, or the built-in defaults when the schema is
 * not installed.
 */

static char *opt_from;
static char *opt_to;
static char *opt_status;
static char *opt_format;
static char *opt_output;
static char *opt_today;
static char *opt_lang;
static char **opt_families;

static const GOptionEntry report_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from,
    N_("The start of the period: families still in the project on DATE or later"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to,
    N_("The end of the period: “now” is this date (default: today)"), N_("DATE") },
  { "status", 0, 0, G_OPTION_ARG_STRING, &opt_status,
    N_("Only families with this status: referred, active or closed"), N_("STATUS") },
  { "family", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_families,
    N_("Only this family (repeat for a group of families)"), N_("ID") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("text (default), csv or odt"), N_("FORMAT") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang,
    N_("The language of a csv or odt report: da or en"), N_("LANGUAGE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE; “-” or nothing writes to the standard output"), N_("FILE") },
  { "today", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_today, NULL, NULL },
  { NULL }
};

static void
append_row (GString    *out,
            const char *label,
            const char *a,
            const char *b,
            const char *c,
            const char *d)
{
  glong width = g_utf8_strlen (label, -1);

  g_string_append_printf (out, "  %s%*s %8s %8s %8s %8s\n", label, (int) MAX (48 - width, 0), "",
                          a, b, c, d);
}

static char *
render_text (const TovReport *report)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Results, %s to %s"),
                          report->from != NULL ? report->from : _("the start"),
                          report->to != NULL ? report->to : report->today);
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u family, ", "%u families, ",
                                            report->n_families), report->n_families);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u person", "%u persons",
                                            report->n_persons), report->n_persons);
  g_string_append (out, "\n");
  g_string_append (out, _("Cells built from fewer than 3 persons show “<3”."));
  g_string_append (out, "\n");

  for (guint d = 0; d < report->n_dimensions; d++)
    {
      const TovReportDimension *dim = &report->dimensions[d];
      g_autofree char *nb = tov_report_format_count (dim->n_before, TRUE);
      g_autofree char *na = tov_report_format_count (dim->n_after, TRUE);

      if (dim->n_before == 0)
        continue;
      g_string_append_printf (out, "\n%s\n", tov_report_dimension_label (dim->dimension));
      append_row (out, "", _("Before"), "%", _("Now"), "%");
      if (dim->numeric)
        {
          g_autofree char *mb = tov_report_format_mean (dim->mean_before, dim->n_before, TRUE);
          g_autofree char *ma = tov_report_format_mean (dim->mean_after, dim->n_after, TRUE);

          const TovReportScaling *pro = &report->professionals;
          g_autofree char *pb = tov_report_format_mean (pro->mean_before, pro->n_before, TRUE);
          g_autofree char *pa = tov_report_format_mean (pro->mean_after, pro->n_after, TRUE);
          g_autofree char *pnb = tov_report_format_count (pro->n_before, TRUE);
          g_autofree char *pna = tov_report_format_count (pro->n_after, TRUE);

          append_row (out, _("Average, 0–10"), mb, "", ma, "");
          append_row (out, _("Persons measured (N)"), nb, "", na, "");
          append_row (out, _("Professionals at network meetings, 0–10"), pb, "", pa, "");
          append_row (out, _("Scalings (N)"), pnb, "", pna, "");
          continue;
        }
      else
        for (guint i = 0; i < dim->n_values; i++)
          {
            g_autofree char *cb = tov_report_format_count (dim->before[i], TRUE);
            g_autofree char *pb = tov_report_format_percent (dim->before[i], dim->n_before, TRUE);
            g_autofree char *ca = tov_report_format_count (dim->after[i], TRUE);
            g_autofree char *pa = tov_report_format_percent (dim->after[i], dim->n_after, TRUE);

            append_row (out, tov_report_value_label (dim->dimension, dim->values[i]), cb, pb, ca, pa);
          }
      append_row (out, _("Persons measured (N)"), nb, "", na, "");
    }

  g_string_append_printf (out, "\n%s\n", _("Project targets"));
  for (guint i = 0; i < report->n_targets; i++)
    {
      const TovReportTargetResult *r = &report->targets[i];
      g_autofree char *what = tov_report_target_describe (r->target);
      g_autofree char *now = g_strcmp0 (r->target->measure, "civil_society_families") == 0
                               ? g_strdup_printf ("%u", r->count_after)
                               : tov_report_format_percent (r->count_after, r->n_after, TRUE);

      g_string_append_printf (out, "  %s: %s (%s)\n", what, now,
                              !r->measured ? _("not measured") : r->met ? _("met") : _("not met"));
    }

  g_string_append_printf (out, "\n%s\n", _("Professionals in direct contact per family"));
  g_string_append_printf (out, "  %s: %.1f (%u–%u)\n", _("At enrolment"),
                          report->actors.mean_before, report->actors.min_before, report->actors.max_before);
  g_string_append_printf (out, "  %s: %.1f (%u–%u)\n", _("Now or at closure"),
                          report->actors.mean_now, report->actors.min_now, report->actors.max_now);

  {
    const TovReportAgreements *a = &report->agreements;
    guint total = a->done + a->not_kept + a->overdue + a->open;
    g_autofree char *done = tov_report_format_percent (a->done, total, FALSE);
    g_autofree char *not_kept = tov_report_format_percent (a->not_kept, total, FALSE);
    g_autofree char *overdue = tov_report_format_percent (a->overdue, total, FALSE);
    g_autofree char *open = tov_report_format_percent (a->open, total, FALSE);

    g_string_append_printf (out, "\n%s (N = %u)\n", _("Agreements"), total);
    g_string_append_printf (out, "  %s: %u (%s)\n", C_("agreement status", "Done"), a->done, done);
    g_string_append_printf (out, "  %s: %u (%s)\n", C_("agreement status", "Not kept"), a->not_kept, not_kept);
    g_string_append_printf (out, "  %s: %u (%s)\n", _("Overdue"), a->overdue, overdue);
    g_string_append_printf (out, "  %s: %u (%s)\n", _("Open, not yet due"), a->open, open);
  }
  return g_string_free (out, FALSE);
}

static gboolean
write_bytes (const char  *output,
             GBytes      *bytes,
             GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GError) local = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (size > 0 && fwrite (data, 1, size, stdout) != size)
        {
          g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED,
                       _("cannot write to the standard output"));
          return FALSE;
        }
      return TRUE;
    }
  if (!g_file_set_contents_full (output, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    {
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

static GBytes *
render_odt (TovStore             *store,
            const TovReportScope *scope,
            const char           *language,
            GError              **error)
{
  g_autoptr(TovReport) report = tov_store_report (store, scope, tov_report_targets_load (), error);
  g_autoptr(TovDocument) document = NULL;
  g_autoptr(TovOdtWriter) writer = NULL;

  if (report == NULL)
    return NULL;
  document = tov_report_document_build (report, scope, language, error);
  if (document == NULL)
    return NULL;
  writer = tov_odt_writer_new (document);
  return tov_odt_writer_write (writer, error);
}

static gboolean
run_report (TovCli  *cli,
            char   **args,
            GError **error)
{
  TovReportScope scope = { opt_from, opt_to, opt_today, opt_status, (const char * const *) opt_families };
  const char *format = opt_format != NULL ? opt_format : "text";
  g_autoptr(GBytes) bytes = NULL;

  if (opt_from != NULL && !tov_date_is_valid (opt_from))
    return tov_cli_usage_error (error, _("--from wants a date as YYYY-MM-DD, not “%s”"), opt_from);
  if (opt_to != NULL && !tov_date_is_valid (opt_to))
    return tov_cli_usage_error (error, _("--to wants a date as YYYY-MM-DD, not “%s”"), opt_to);
  if (opt_from != NULL && opt_to != NULL && g_strcmp0 (opt_from, opt_to) > 0)
    return tov_cli_usage_error (error, _("--from must not be after --to"));
  if (opt_status != NULL && !g_strv_contains (tov_family_statuses, opt_status))
    return tov_cli_usage_error (error, _("--status is referred, active or closed, not “%s”"), opt_status);
  if (opt_lang != NULL && !g_strv_contains (tov_report_document_languages (), opt_lang))
    return tov_cli_usage_error (error, _("--lang is da or en, not “%s”"), opt_lang);
  for (guint i = 0; opt_families != NULL && opt_families[i] != NULL; i++)
    {
      g_autoptr(TovRecord) family = tov_store_get (cli->store, "families", opt_families[i], NULL);

      if (family == NULL)
        return tov_cli_usage_error (error, _("--family: there is no family with the id “%s”"), opt_families[i]);
    }

  if (g_str_equal (format, "csv"))
    {
      g_autoptr(TovPrintCatalog) catalog = opt_lang != NULL ? tov_print_catalog_new (opt_lang) : NULL;

      bytes = tov_report_csv_export (cli->store, &scope, catalog != NULL ? tov_report_document_translate : NULL,
                                     catalog, error);
      if (bytes == NULL)
        return FALSE;
    }
  else if (g_str_equal (format, "text"))
    {
      g_autoptr(TovReport) report = tov_store_report (cli->store, &scope, tov_report_targets_load (), error);
      char *text;

      if (report == NULL)
        return FALSE;
      text = render_text (report);
      bytes = g_bytes_new_take (text, strlen (text));
    }
  else if (g_str_equal (format, "odt"))
    {
      if (opt_output == NULL || g_str_equal (opt_output, "-"))
        return tov_cli_usage_error (error, _("an ODT report needs a file: -o FILE.odt"));
      bytes = render_odt (cli->store, &scope, opt_lang != NULL ? opt_lang : "da", error);
      if (bytes == NULL)
        return FALSE;
    }
  else
    return tov_cli_usage_error (error, _("--format is text, csv or odt, not “%s”"), format);

  return write_bytes (opt_output, bytes, error);
}

const TovCliCommand tov_cli_report_commands[] = {
  { "report", NULL, N_("[--from DATE] [--to DATE] [--family ID…] [--format text|csv|odt] [--lang da|en] [-o FILE]"),
    N_("Results before and after, against the project’s targets"),
    0, 0, report_entries, TOV_CLI_STORE_EXISTING, run_report },
};

const guint tov_cli_n_report_commands = G_N_ELEMENTS (tov_cli_report_commands);
