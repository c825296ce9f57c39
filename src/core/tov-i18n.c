/* tov-i18n.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "tov-i18n.h"

/**
 * tov_i18n_init:
 *
 * Sets the locale from the environment and binds the translation catalogue:
 * the installed one, or the build tree's when TOV_LOCALEDIR names it (the
 * `./dev` script and the tests run Tovholder uninstalled).
 */
void
tov_i18n_init (void)
{
  const char *localedir = g_getenv ("TOV_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
