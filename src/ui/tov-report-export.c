/* tov-report-export.c: the report's ODT and CSV files, from its window
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-report-export"

#include <glib/gi18n.h>

#include "tov-odt-writer.h"
#include "tov-print-catalog.h"
#include "tov-report-csv.h"
#include "tov-report-document.h"
#include "tov-report-export.h"

typedef struct
{
  AdwToastOverlay       *toasts;    /* weak */
  TovStore              *store;
  TovReportExportFormat  format;
  char                  *from;
  char                  *to;
  char                  *today;
  char                  *status;
  GStrv                  family_ids;
} Export;

static void
export_free (Export *export)
{
  g_clear_weak_pointer (&export->toasts);
  g_clear_object (&export->store);
  g_free (export->from);
  g_free (export->to);
  g_free (export->today);
  g_free (export->status);
  g_strfreev (export->family_ids);
  g_free (export);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Export          *export)
{
  TovReportScope scope = { export->from, export->to, export->today, export->status,
                           (const char * const *) export->family_ids };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *language;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "language");
  tov_report_export_write (export->store, &scope, export->format, language, file, &error);
  if (export->toasts != NULL)
    {
      g_autofree char *message = error != NULL ? g_strdup_printf (_("Could not export: %s"), error->message) : NULL;

      adw_toast_overlay_add_toast (export->toasts,
                                   adw_toast_new (message != NULL ? message
                                                  : export->format == TOV_REPORT_EXPORT_ODT
                                                    ? _("Exported the report")
                                                    : _("Exported the data for evaluators")));
    }

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  export_free (export);
}

/* Public API */

/**
 * tov_report_export_write:
 * @language: (nullable): "da" or "en"; NULL: Danish for ODT, English for CSV
 *
 * Computes the report over @scope and writes it to @file.
 */
gboolean
tov_report_export_write (TovStore              *store,
                         const TovReportScope  *scope,
                         TovReportExportFormat  format,
                         const char            *language,
                         GFile                 *file,
                         GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TOV_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == TOV_REPORT_EXPORT_ODT)
    {
      g_autoptr(TovReport) report = tov_store_report (store, scope, tov_report_targets_load (), error);
      g_autoptr(TovDocument) document = NULL;
      g_autoptr(TovOdtWriter) writer = NULL;

      if (report == NULL)
        return FALSE;
      document = tov_report_document_build (report, scope, language != NULL ? language : "da", error);
      if (document == NULL)
        return FALSE;
      writer = tov_odt_writer_new (document);
      bytes = tov_odt_writer_write (writer, error);
    }
  else
    {
      g_autoptr(TovPrintCatalog) catalog = NULL;

      if (language != NULL && !tov_report_document_check_language (language, error))
        return FALSE;
      catalog = language != NULL ? tov_print_catalog_new (language) : NULL;
      bytes = tov_report_csv_export (store, scope, catalog != NULL ? tov_report_document_translate : NULL,
                                     catalog, error);
    }
  if (bytes == NULL)
    return FALSE;
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/* Asks for the file and its language, then writes it. */
void
tov_report_export_ask (GtkWindow             *parent,
                       AdwToastOverlay       *toasts,
                       TovStore              *store,
                       const TovReportScope  *scope,
                       TovReportExportFormat  format)
{
  static const char *ids[] = { "da", "en", NULL };
  const char *labels[] = { _("Danish"), _("English"), NULL };
  GtkFileChooserNative *chooser;
  Export *export;

  g_return_if_fail (TOV_IS_STORE (store));
  g_return_if_fail (scope != NULL);

  export = g_new0 (Export, 1);
  g_set_weak_pointer (&export->toasts, toasts);
  export->store = g_object_ref (store);
  export->format = format;
  export->from = g_strdup (scope->from);
  export->to = g_strdup (scope->to);
  export->today = g_strdup (scope->today);
  export->status = g_strdup (scope->status);
  export->family_ids = g_strdupv ((char **) scope->family_ids);

  chooser = gtk_file_chooser_native_new (format == TOV_REPORT_EXPORT_ODT ? _("Export the Report")
                                                                          : _("Export Data for Evaluators"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     format == TOV_REPORT_EXPORT_ODT ? _("results.odt") : _("results.csv"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "language", _("Language of the file"), ids, labels);
  /* the printed report for the steering group in Danish, the evaluators' data in English */
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "language",
                               format == TOV_REPORT_EXPORT_ODT ? "da" : "en");
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
