/* tov-cli-map.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-cli-private.h"
#include "tov-date.h"
#include "tov-map-renderer.h"
#include "tov-print-catalog.h"

/*
 * export map --family ID [--date DATE] [--lang da|ar|en] -o FILE.svg|FILE.png:
 * the actor network map as it was on DATE (default today), drawn by the same
 * code as the application's map view. The format follows the file's
 * extension. Its words are in --lang's printout catalogue (as a printout's
 * map), else in the user interface's language; a right-to-left language
 * (--lang ar, or an Arabic locale) mirrors it, as --rtl does.
 */

static char *opt_family;
static char *opt_date;
static char *opt_output;
static double opt_width = 297;
static double opt_height = 210;
static int opt_dpi = 300;
static gboolean opt_rtl;
static char *opt_lang;

static const GOptionEntry map_entries[] = {
  { "family", 'f', 0, G_OPTION_ARG_STRING, &opt_family,
    N_("The family: its id or its name"), N_("ID") },
  { "date", 'd', 0, G_OPTION_ARG_STRING, &opt_date,
    N_("Show the map as it was on DATE, YYYY-MM-DD (default: today)"), N_("DATE") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE.svg or FILE.png"), N_("FILE") },
  { "width", 0, 0, G_OPTION_ARG_DOUBLE, &opt_width,
    N_("Width in millimetres (default: 297)"), N_("MM") },
  { "height", 0, 0, G_OPTION_ARG_DOUBLE, &opt_height,
    N_("Height in millimetres (default: 210)"), N_("MM") },
  { "dpi", 0, 0, G_OPTION_ARG_INT, &opt_dpi,
    N_("Resolution of a PNG in dots per inch (default: 300)"), N_("DPI") },
  { "rtl", 0, 0, G_OPTION_ARG_NONE, &opt_rtl,
    N_("Mirror the map for a right-to-left language"), NULL },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, &opt_lang,
    N_("The map’s language: da, ar or en (default: the user interface’s; ar mirrors it)"), N_("LANG") },
  { NULL }
};

/* the user interface's language is written right to left (LANGUAGE=ar, LANG=ar_EG.UTF-8) */
static gboolean
ui_is_rtl (void)
{
  const char * const *names = g_get_language_names ();
  g_autofree char *language = NULL;

  if (names[0] == NULL || g_str_equal (names[0], "C"))
    return FALSE;
  language = g_strndup (names[0], strcspn (names[0], "_.@"));
  return tov_print_language_is_rtl (language);
}

static gboolean
run_export_map (TovCli  *cli,
                char   **args,
                GError **error)
{
  g_autofree char *family_id = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TovPrintCatalog) catalog = NULL;
  TovMapRenderFlags flags = TOV_MAP_RENDER_NONE;
  TovMapLabelFunc label_func = NULL;
  g_autofree char *lower = NULL;
  gsize size;
  const char *data;

  if (opt_output == NULL || *opt_output == '\0')
    return tov_cli_usage_error (error, _("say where to write with -o FILE.svg or -o FILE.png"));
  if (opt_family == NULL)
    return tov_cli_usage_error (error, _("say which family with --family ID"));
  if (opt_date != NULL && !tov_date_is_valid (opt_date))
    return tov_cli_usage_error (error, _("“%s” is not a date; write it as YYYY-MM-DD"), opt_date);
  lower = g_ascii_strdown (opt_output, -1);
  if (!g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".png"))
    return tov_cli_usage_error (error, _("the map is written as .svg or .png; name the file so"));
  if (opt_lang != NULL)
    {
      static const char * const languages[] = { "da", "ar", "en", NULL };

      if (!g_strv_contains (languages, opt_lang))
        return tov_cli_usage_error (error, _("the map’s language is da, ar or en, not “%s”"), opt_lang);
      catalog = tov_print_catalog_new (opt_lang);
      label_func = tov_map_renderer_catalog_label;
    }
  if (opt_rtl || (catalog != NULL ? tov_print_catalog_is_rtl (catalog) : ui_is_rtl ()))
    flags |= TOV_MAP_RENDER_RTL;

  family_id = tov_store_resolve_family (cli->store, opt_family, error);
  if (family_id == NULL)
    return FALSE;
  if (g_str_has_suffix (lower, ".svg")
      ? !tov_map_renderer_render_svg (cli->store, family_id, opt_date, opt_width, opt_height,
                                      flags, label_func, catalog, &bytes, error)
      : !tov_map_renderer_render_png (cli->store, family_id, opt_date, opt_width, opt_height,
                                      opt_dpi, flags, label_func, catalog, &bytes, error))
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (opt_output, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error))
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED, "%s", message);
      return FALSE;
    }
  return TRUE;
}

const TovCliCommand tov_cli_map_commands[] = {
  { "export", "map", N_("--family ID [--date DATE] [--lang da|ar|en] -o FILE.svg|FILE.png"),
    N_("Draw a family’s actor network map as SVG or PNG"),
    0, 0, map_entries, TOV_CLI_STORE_EXISTING, run_export_map },
};

const guint tov_cli_n_map_commands = G_N_ELEMENTS (tov_cli_map_commands);
