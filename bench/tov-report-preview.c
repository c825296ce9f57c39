/* tov-report-preview.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-i18n.h"
#include "tov-measure-dialog.h"
#include "tov-report-window.h"
#include "tov-resources.h"

/*
 * tovholder-report-preview DB [--measure FAMILY_ID]: opens the report view
 * (or the measurement form of one family) on DB by itself, for screenshots
 * (docs/screenshots/report-*.png) until the main window has its menu entry.
 */

static void
on_activate_cb (GtkApplication *app,
                char          **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (argv[1], &error);
  GtkWidget *window;

  if (store == NULL)
    g_error ("%s", error->message);
  if (argv[2] != NULL && g_str_equal (argv[2], "--measure") && argv[3] != NULL)
    {
      window = GTK_WIDGET (tov_measure_dialog_new (store, argv[3]));
      gtk_window_set_modal (GTK_WINDOW (window), FALSE);
    }
  else
    window = tov_report_window_new (store);
  gtk_window_set_application (GTK_WINDOW (window), app);
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: tovholder-report-preview DB [--measure FAMILY_ID]\n");
      return 2;
    }
  tov_i18n_init ();
  tov_register_resource ();
  app = adw_application_new ("dk.tovholder.ReportPreview", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), argv);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
