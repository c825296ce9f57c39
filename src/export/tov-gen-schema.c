/* tov-gen-schema.c: writes the exchange format's RelaxNG schema
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "tov-xml-schema.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) schema = tov_xml_schema_generate ();
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      /* not translatable: a build tool, run by meson */
      g_printerr ("usage: %s OUTPUT.rng\n", argv[0]);
      return 2;
    }
  if (!g_file_set_contents (argv[1], g_bytes_get_data (schema, NULL), g_bytes_get_size (schema), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
