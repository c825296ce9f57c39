/* tov-cli-private.h
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tov-store.h"

G_BEGIN_DECLS

/*
 * tovholder-cli is a table of commands. A command is a verb ("import") or a
 * verb and an object ("list families", "export xml"); each has its own
 * options, parsed after the words that name it, and a function that returns
 * FALSE with a GError on failure. TOV_CLI_ERROR_USAGE makes the exit status
 * 2, any other error 1. Adding "export odt" means one function and one row
 * in tov_cli_export_commands[].
 */

#define TOV_CLI_ERROR (tov_cli_error_quark ())

typedef enum
{
  TOV_CLI_ERROR_USAGE,     /* wrong words or arguments: exit status 2 */
  TOV_CLI_ERROR_FAILED,    /* the command ran and could not do its work: exit status 1 */
} TovCliError;

typedef enum
{
  TOV_CLI_STORE_NONE,      /* the command opens no database */
  TOV_CLI_STORE_EXISTING,  /* the database must already exist */
  TOV_CLI_STORE_CREATE,    /* the database is created when missing */
} TovCliStoreMode;

typedef struct
{
  char     *db_path;       /* resolved: --db, $TOV_DB or the default */
  char     *staff;         /* for the audit log */
  TovStore *store;         /* opened before the command runs, per its store mode */
} TovCli;

typedef gboolean (*TovCliFunc) (TovCli  *cli,
                                char   **args,
                                GError **error);

typedef struct
{
  const char         *verb;       /* "export" */
  const char         *object;     /* "xml", or NULL for a verb alone */
  const char         *arguments;  /* the positional arguments, for help: "FILE.xml" */
  const char         *summary;    /* untranslated (N_) */
  guint               min_args;   /* positional arguments after the command's words */
  guint               max_args;
  const GOptionEntry *options;    /* the command's own options, or NULL */
  TovCliStoreMode     store_mode;
  TovCliFunc          func;
} TovCliCommand;

GQuark   tov_cli_error_quark (void);

/* output helpers: UTF-8 as is, whatever the locale */
void     tov_cli_print       (const char *format,
                              ...) G_GNUC_PRINTF (1, 2);
void     tov_cli_print_row   (const char *first,
                              ...) G_GNUC_NULL_TERMINATED;
gboolean tov_cli_usage_error (GError    **error,
                              const char *format,
                              ...) G_GNUC_PRINTF (2, 3);

/* the tables, one per file */
extern const TovCliCommand tov_cli_data_commands[];
extern const guint         tov_cli_n_data_commands;
extern const TovCliCommand tov_cli_export_commands[];
extern const guint         tov_cli_n_export_commands;
extern const TovCliCommand tov_cli_print_commands[];
extern const guint         tov_cli_n_print_commands;
extern const TovCliCommand tov_cli_report_commands[];
extern const guint         tov_cli_n_report_commands;
extern const TovCliCommand tov_cli_map_commands[];
extern const guint         tov_cli_n_map_commands;

G_END_DECLS
