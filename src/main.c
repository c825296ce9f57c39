/* main.c: set up translations and resources, run the application
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tov-i18n.h"
#include "tov-application.h"
#include "tov-resources.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TovApplication) app = NULL;

  tov_i18n_init ();

  /* Compiled into a static library, the resource is not registered on its own. */
  tov_register_resource ();

  g_set_application_name (_("Tovholder"));

  app = tov_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
