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

/**
 * tov_isolate:
 * @text: (nullable): a name or other text a user wrote
 *
 * @text between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
 * ISOLATE, for putting it into a translated sentence: it keeps its own
 * direction and leaves the sentence's alone. Without them a Danish name in
 * an Arabic line takes the number after it into its left-to-right run
 * (“Sara Nielsen · 6 أفراد” shows the 6 beside the name, away from its
 * word), and an Arabic name in a Danish line takes the punctuation after it.
 * The marks are invisible, and harmless in a line of one direction.
 *
 * Returns: (transfer full): the isolated text; an empty string for %NULL
 */
char *
tov_isolate (const char *text)
{
  return g_strconcat ("\xE2\x81\xA8", text != NULL ? text : "", "\xE2\x81\xA9", NULL);
}
