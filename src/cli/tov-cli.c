/* tov-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "tov-i18n.h"
#include "tov-cli-private.h"

/*
 * tovholder-cli [--db FILE] [--staff NAME] COMMAND [ARGS…]
 *
 * The global options come before the command (and are accepted after it
 * too); the command's own options follow its words. Every failure ends in
 * exactly one line on stderr, "tovholder-cli: …", and exit status 1, or 2
 * for a usage mistake.
 */

#define PROGRAM "tovholder-cli"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static char     *opt_db;
static char     *opt_staff;
static gboolean  opt_version;

static const GOptionEntry global_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db,
    N_("The database file (default: $TOV_DB, else ~/.local/share/tovholder/tovholder.sqlite)"),
    N_("FILE") },
  { "staff", 0, 0, G_OPTION_ARG_STRING, &opt_staff,
    N_("Your name, for the log of changes (default: $TOV_STAFF, else your user name)"),
    N_("NAME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, N_("Show the version and exit"), NULL },
  { NULL }
};

static const struct {
  const TovCliCommand *commands;
  const guint         *n_commands;
} tables[] = {
  { tov_cli_data_commands, &tov_cli_n_data_commands },
  { tov_cli_export_commands, &tov_cli_n_export_commands },
  { tov_cli_print_commands, &tov_cli_n_print_commands },
  { tov_cli_report_commands, &tov_cli_n_report_commands },
  { tov_cli_map_commands, &tov_cli_n_map_commands },
};

G_DEFINE_QUARK (tov-cli-error-quark, tov_cli_error)

static void
write_utf8 (FILE       *stream,
            const char *text)
{
  fputs (text, stream);
}

static char *
one_line (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  g_strstrip (g_strdelimit (copy, "\r\n", ' '));
  return g_steal_pointer (&copy);
}

static char *
command_words (const TovCliCommand *command)
{
  if (command->object != NULL)
    return g_strconcat (command->verb, " ", command->object, NULL);
  return g_strdup (command->verb);
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < *tables[t].n_commands; i++)
      {
        const TovCliCommand *command = &tables[t].commands[i];
        g_autofree char *words = command_words (command);
        g_autofree char *usage = command->arguments != NULL
                                   ? g_strconcat (words, " ", _(command->arguments), NULL)
                                   : g_strdup (words);

        glong width = g_utf8_strlen (usage, -1);

        g_string_append_printf (text, "\n  %s%*s %s", usage, (int) MAX (36 - width, 0), "",
                                _(command->summary));
      }
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” for the options of a command."),
                          PROGRAM);
  return g_string_free (text, FALSE);
}

static const TovCliCommand *
find_command (char   **args,
              guint   *n_words,
              GError **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  gboolean verb_known = FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < *tables[t].n_commands; i++)
      {
        const TovCliCommand *command = &tables[t].commands[i];

        if (!g_str_equal (command->verb, args[0]))
          continue;
        verb_known = TRUE;
        if (command->object == NULL)
          {
            *n_words = 1;
            return command;
          }
        if (args[1] != NULL && g_str_equal (command->object, args[1]))
          {
            *n_words = 2;
            return command;
          }
        g_ptr_array_add (objects, (gpointer) command->object);
      }

  if (!verb_known)
    {
      tov_cli_usage_error (error, _("unknown command “%s”; see “%s --help”"),
                           args[0], PROGRAM);
      return NULL;
    }

  g_ptr_array_add (objects, NULL);
  if (args[1] != NULL && (g_str_equal (args[1], "--help") || g_str_equal (args[1], "-h")))
    {
      g_autofree char *list = g_strjoinv ("|", (char **) objects->pdata);

      tov_cli_print (_("Usage: %s %s %s [OPTION…]\n"), PROGRAM, args[0], list);
      tov_cli_print (_("Run “%s %s %s --help” for its options.\n"), PROGRAM, args[0],
                     (const char *) objects->pdata[0]);
      *n_words = 0;
      return NULL;
    }
  {
    g_autofree char *list = g_strjoinv (", ", (char **) objects->pdata);

    if (args[1] == NULL)
      tov_cli_usage_error (error, _("“%s” needs one of: %s"), args[0], list);
    else
      tov_cli_usage_error (error, _("unknown command “%s %s”; “%s” takes one of: %s"),
                           args[0], args[1], args[0], list);
  }
  return NULL;
}

static gboolean
parse_command_options (const TovCliCommand  *command,
                       char               ***args,
                       GError              **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *words = command_words (command);
  g_autofree char *parameters = g_strdup_printf ("%s%s%s", words,
                                                 command->arguments ? " " : "",
                                                 command->arguments ? _(command->arguments) : "");
  GOptionGroup *group;

  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  if (command->options != NULL)
    g_option_context_add_main_entries (context, command->options, GETTEXT_PACKAGE);

  group = g_option_group_new ("global", _("Global options:"), _("Show the global options"),
                              NULL, NULL);
  g_option_group_add_entries (group, global_entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_add_group (context, group);

  if (!g_option_context_parse_strv (context, args, error))
    {
      if ((*error)->domain == G_OPTION_ERROR)
        {
          g_autofree char *message = g_strdup ((*error)->message);

          g_clear_error (error);
          /* not translatable: a translated message and the command that explains it */
          return tov_cli_usage_error (error, "%s (%s %s --help)", message, PROGRAM, words);
        }
      return FALSE;
    }
  return TRUE;
}

static char *
resolve_db_path (void)
{
  const char *env = g_getenv ("TOV_DB");

  if (opt_db != NULL && *opt_db != '\0')
    return g_strdup (opt_db);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "tovholder", "tovholder.sqlite", NULL);
}

static char *
resolve_staff (void)
{
  const char *env = g_getenv ("TOV_STAFF");

  if (opt_staff != NULL && *opt_staff != '\0')
    return g_strdup (opt_staff);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_strdup (g_get_user_name ());
}

static gboolean
open_store (TovCli          *cli,
            TovCliStoreMode  mode,
            GError         **error)
{
  gboolean memory = g_str_equal (cli->db_path, ":memory:");

  if (mode == TOV_CLI_STORE_NONE)
    return TRUE;

  if (!memory && mode == TOV_CLI_STORE_EXISTING &&
      !g_file_test (cli->db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED,
                   _("no database at %s; create one with “%s init”"), cli->db_path, PROGRAM);
      return FALSE;
    }

  if (!memory && mode == TOV_CLI_STORE_CREATE)
    {
      g_autofree char *dir = g_path_get_dirname (cli->db_path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;

          g_set_error (error, TOV_CLI_ERROR, TOV_CLI_ERROR_FAILED,
                       _("cannot create the folder %s: %s"), dir, g_strerror (saved));
          return FALSE;
        }
    }

  cli->store = tov_store_open (cli->db_path, error);
  if (cli->store == NULL)
    return FALSE;
  tov_store_set_staff (cli->store, cli->staff);
  return TRUE;
}

static int
run (int     argc,
     char  **argv,
     GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *description = NULL;
  const TovCliCommand *command;
  guint n_words = 0;
  guint n_args;
  TovCli cli = { 0 };
  gboolean ok;

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Manage the Tovholder database from the command line."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);
  g_option_context_set_strict_posix (context, TRUE);

  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, error))
    {
      g_autofree char *message = g_strdup ((*error)->message);

      g_clear_error (error);
      /* not translatable: a translated message and the command that explains it */
      tov_cli_usage_error (error, "%s (%s --help)", message, PROGRAM);
      return EXIT_USAGE;
    }

  if (opt_version)
    {
      tov_cli_print ("%s %s\n", PROGRAM, PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (args[1] == NULL)
    {
      tov_cli_usage_error (error, _("no command given; see “%s --help”"), PROGRAM);
      return EXIT_USAGE;
    }

  n_words = 1;
  command = find_command (args + 1, &n_words, error);
  if (command == NULL)
    return n_words == 0 ? EXIT_OK : EXIT_USAGE;

  /* what follows the command's words, behind a stand-in for argv[0] */
  {
    g_auto(GStrv) rest = g_strdupv (args + n_words);

    g_free (rest[0]);
    rest[0] = g_strdup (PROGRAM);
    g_strfreev (args);
    args = g_steal_pointer (&rest);
  }

  if (!parse_command_options (command, &args, error))
    return EXIT_USAGE;

  n_args = g_strv_length (args) - 1;
  if (n_args < command->min_args || n_args > command->max_args)
    {
      g_autofree char *words = command_words (command);

      if (n_args > command->max_args)
        tov_cli_usage_error (error, _("“%s” does not take “%s”; see “%s %s --help”"),
                             words, args[1 + command->max_args], PROGRAM, words);
      else
        tov_cli_usage_error (error, _("“%s” needs %s; see “%s %s --help”"),
                             words, _(command->arguments), PROGRAM, words);
      return EXIT_USAGE;
    }

  cli.db_path = resolve_db_path ();
  cli.staff = resolve_staff ();

  ok = open_store (&cli, command->store_mode, error) &&
       command->func (&cli, args + 1, error);

  g_clear_object (&cli.store);
  g_free (cli.db_path);
  g_free (cli.staff);

  if (ok)
    return EXIT_OK;
  if (g_error_matches (*error, TOV_CLI_ERROR, TOV_CLI_ERROR_USAGE))
    return EXIT_USAGE;
  return EXIT_FAILED;
}

void
tov_cli_print (const char *format,
               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  write_utf8 (stdout, text);
}

/**
 * tov_cli_print_row:
 *
 * Prints its NULL-terminated string arguments as one line of tab-separated
 * fields; tabs and line breaks inside a field become spaces, a missing
 * value an empty field.
 */
void
tov_cli_print_row (const char *first,
                   ...)
{
  GString *line = g_string_new (NULL);
  const char *field = first;
  va_list args;
  gboolean start = TRUE;

  va_start (args, first);
  /* a NULL field would end the list: callers pass "" for none */
  while (field != NULL)
    {
      g_autofree char *clean = g_strdelimit (g_strdup (field), "\t\r\n", ' ');

      if (!start)
        g_string_append_c (line, '\t');
      g_string_append (line, clean);
      start = FALSE;
      field = va_arg (args, const char *);
    }
  va_end (args);
  g_string_append_c (line, '\n');
  write_utf8 (stdout, line->str);
  g_string_free (line, TRUE);
}

gboolean
tov_cli_usage_error (GError    **error,
                     const char *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (TOV_CLI_ERROR, TOV_CLI_ERROR_USAGE, format, args);
  va_end (args);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  tov_i18n_init ();
  g_set_prgname (PROGRAM);

  status = run (argc, argv, &error);
  fflush (stdout);

  if (status != EXIT_OK)
    {
      g_autofree char *message = one_line (error != NULL ? error->message : _("failed"));

      fprintf (stderr, "%s: %s\n", PROGRAM, message);
    }
  else if (ferror (stdout))
    {
      fprintf (stderr, "%s: %s\n", PROGRAM, _("cannot write the output"));
      status = EXIT_FAILED;
    }
  return status;
}
