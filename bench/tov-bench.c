/* tov-bench.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "tov-store.h"
#include "tov-xml-reader.h"

/*
 * tovholder-bench FILE.xml [--queries N] [--seed S] [--db FILE] [--limit N]
 *
 * Imports FILE.xml (from tovholder-bench-generate) into a fresh database in
 * a temporary folder and prints, one figure a line: rows, seconds, persons
 * and families a second; then the latency of prefix searches drawn from the
 * imported names with a fixed seed (1 to 4 letters of a given or family name,
 * and two-word "given family" queries), and the time to list the families.
 * A benchmark, not a test: it prints figures and checks nothing but errors.
 */

static int   opt_queries = 1000;
static int   opt_seed = 20250115;
static int   opt_limit = 50;
static char *opt_db;

static const GOptionEntry entries[] = {
  { "queries", 'q', 0, G_OPTION_ARG_INT, &opt_queries, "Number of searches (default: 1000)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Random seed (default: 20250115)", "S" },
  { "limit", 'l', 0, G_OPTION_ARG_INT, &opt_limit, "Hits asked of each search (default: 50)", "N" },
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, "Keep the database at FILE (default: a temporary one)", "FILE" },
  { NULL }
};

enum {
  KIND_PREFIX_1,
  KIND_PREFIX_2,
  KIND_PREFIX_3,
  KIND_PREFIX_4,
  KIND_TWO_WORDS,
  N_KINDS,
};

static const char * const kind_names[N_KINDS] = {
  "1-letter", "2-letter", "3-letter", "4-letter", "2-word",
};

typedef struct
{
  char   *text;
  guint   kind;
  double  ms;
  guint   hits;
} Query;

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static int
compare_slowest (gconstpointer a,
                 gconstpointer b)
{
  const Query *x = *(const Query * const *) a, *y = *(const Query * const *) b;
  return (x->ms < y->ms) - (x->ms > y->ms);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint index;

  if (sorted->len == 0)
    return 0;
  /* nearest rank */
  index = (guint) (p / 100.0 * sorted->len + 0.999999);
  index = CLAMP (index, 1, sorted->len) - 1;
  return g_array_index (sorted, double, index);
}

static char *
prefix (const char *word,
        guint       n_chars)
{
  const char *end = word;

  for (guint i = 0; i < n_chars && *end; i++)
    end = g_utf8_next_char (end);
  return g_strndup (word, end - word);
}

static GPtrArray *
make_queries (GPtrArray *persons,
              guint      n,
              guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *queries = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      TovRecord *person = g_ptr_array_index (persons, g_rand_int_range (rand, 0, persons->len));
      const char *given = tov_record_get (person, "given_name");
      const char *family = tov_record_get (person, "family_name");
      Query *query = g_new0 (Query, 1);

      /* four in five are prefixes of 1-4 letters, one in five two words */
      query->kind = g_rand_int_range (rand, 0, 5) == 0 ? KIND_TWO_WORDS
                                                       : (guint) g_rand_int_range (rand, 0, 4);
      if (family == NULL)
        family = given;
      if (query->kind == KIND_TWO_WORDS)
        query->text = g_strdup_printf ("%s %s", given, family);
      else
        query->text = prefix (g_rand_boolean (rand) ? given : family, query->kind + 1);
      g_ptr_array_add (queries, query);
    }
  return queries;
}

static void
print_latencies (const char *label,
                 GArray     *ms)
{
  g_array_sort (ms, compare_double);
  g_print ("%s searches: %u\n", label, ms->len);
  if (ms->len == 0)
    return;
  g_print ("%s search p50 ms: %.3f\n", label, percentile (ms, 50));
  g_print ("%s search p95 ms: %.3f\n", label, percentile (ms, 95));
  g_print ("%s search p99 ms: %.3f\n", label, percentile (ms, 99));
  g_print ("%s search max ms: %.3f\n", label, g_array_index (ms, double, ms->len - 1));
}

static void
remove_db (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static void
fail (const char *what,
      GError     *error)
{
  g_printerr ("tovholder-bench: %s: %s\n", what, error->message);
  exit (1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = NULL;
  g_autoptr(TovXmlReader) reader = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GListModel) families = NULL;
  g_autoptr(GArray) all_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *kind_ms[N_KINDS];
  g_autofree char *tmpdir = NULL;
  g_autofree char *db = NULL;
  guint64 total_hits = 0;
  guint rows, n_families, n_persons;
  double seconds;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Import a generated file and time searches over it.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || opt_queries <= 0)
    {
      g_printerr ("tovholder-bench: %s\n",
                  error != NULL ? error->message : "usage: tovholder-bench FILE.xml");
      return 2;
    }

  if (opt_db != NULL)
    db = g_strdup (opt_db);
  else
    {
      tmpdir = g_dir_make_tmp ("tovholder-bench-XXXXXX", &error);
      if (tmpdir == NULL)
        fail ("temporary folder", error);
      db = g_build_filename (tmpdir, "bench.sqlite", NULL);
    }
  remove_db (db);

  store = tov_store_open (db, &error);
  if (store == NULL)
    fail (db, error);
  tov_store_set_staff (store, "tovholder-bench");

  /* import */
  file = g_file_new_for_commandline_arg (argv[1]);
  reader = tov_xml_reader_new (store);
  tov_xml_reader_set_max_size (reader, G_MAXSIZE);
  start = g_get_monotonic_time ();
  if (!tov_xml_reader_import_file (reader, file, NULL, &error))
    fail ("import", error);
  seconds = seconds_since (start);
  rows = tov_xml_reader_get_n_inserted (reader) + tov_xml_reader_get_n_updated (reader);
  n_families = tov_xml_reader_get_n_families (reader);
  n_persons = tov_xml_reader_get_n_persons (reader);

  g_print ("import file: %s\n", argv[1]);
  g_print ("import families: %u\n", n_families);
  g_print ("import persons: %u\n", n_persons);
  g_print ("import rows: %u\n", rows);
  g_print ("import seconds: %.3f\n", seconds);
  g_print ("import rows/second: %.0f\n", rows / seconds);
  g_print ("import persons/second: %.0f\n", n_persons / seconds);
  g_print ("import families/second: %.0f\n", n_families / seconds);

  /* queries drawn from the names in the database */
  start = g_get_monotonic_time ();
  persons = tov_store_list (store, "persons", NULL, NULL, &error);
  if (persons == NULL)
    fail ("list persons", error);
  g_print ("list persons ms: %.1f\n", seconds_since (start) * 1000);
  if (persons->len == 0)
    {
      g_printerr ("tovholder-bench: no persons to search for\n");
      return 1;
    }
  queries = make_queries (persons, (guint) opt_queries, (guint32) opt_seed);

  for (guint k = 0; k < N_KINDS; k++)
    kind_ms[k] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < queries->len; i++)
    {
      Query *query = g_ptr_array_index (queries, i);
      g_autoptr(GListModel) hits = NULL;

      start = g_get_monotonic_time ();
      hits = tov_store_search (store, query->text, (guint) opt_limit, &error);
      if (hits == NULL)
        fail (query->text, error);
      query->hits = g_list_model_get_n_items (hits);
      query->ms = seconds_since (start) * 1000;
      total_hits += query->hits;
      g_array_append_val (all_ms, query->ms);
      g_array_append_val (kind_ms[query->kind], query->ms);
    }

  g_print ("search limit: %d\n", opt_limit);
  g_print ("search mean hits: %.1f\n", (double) total_hits / queries->len);
  print_latencies ("all", all_ms);
  for (guint k = 0; k < N_KINDS; k++)
    {
      print_latencies (kind_names[k], kind_ms[k]);
      g_array_unref (kind_ms[k]);
    }

  /* the slowest queries, to say where the time goes */
  {
    g_autoptr(GPtrArray) slow = g_ptr_array_copy (queries, NULL, NULL);

    g_ptr_array_sort (slow, compare_slowest);
    for (guint i = 0; i < MIN (5u, slow->len); i++)
      {
        Query *q = g_ptr_array_index (slow, i);
        g_print ("slowest search %u: \"%s\" %.3f ms, %u hits\n", i + 1, q->text, q->ms, q->hits);
      }
  }

  /* the family list, as the window shows it */
  start = g_get_monotonic_time ();
  families = tov_store_list_families (store, &error);
  if (families == NULL)
    fail ("list families", error);
  g_print ("list families: %u\n", g_list_model_get_n_items (families));
  g_print ("list families ms: %.1f\n", seconds_since (start) * 1000);

  for (guint i = 0; i < queries->len; i++)
    {
      Query *query = g_ptr_array_index (queries, i);
      g_free (query->text);
      g_free (query);
    }
  g_clear_object (&reader);
  g_clear_object (&store);
  if (tmpdir != NULL)
    {
      remove_db (db);
      g_rmdir (tmpdir);
    }
  return 0;
}
