/* tov-report-csv.c: the evaluators' CSV
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tov-report-csv.h"

static const char * const columns[] = {
  "family", "person", "household_role", "sex", "age_band", "months_since_enrolment",
  "family_closed", "dimension", "dimension_label", "measured_month", "value", "value_label",
  "timepoint", NULL
};

typedef struct
{
  GString               *out;
  TovReportTranslate     translate;
  gpointer               user_data;
  /* the rows of one person's dimension, held until the next one starts, so
   * that the first can say "baseline" and the last "latest" */
  GPtrArray             *group;   /* char *: a line without the timepoint */
  guint                  person;
  char                  *dimension;
} Writer;

/* English unless a language was asked for: an evaluator's file does not
 * follow the language of the user interface */
static const char *
identity (const char *msgctxt,
          const char *msgid,
          gpointer    user_data)
{
  return msgid;
}

static void
flush_group (Writer *writer)
{
  for (guint i = 0; i < writer->group->len; i++)
    {
      const char *timepoint = i == 0 ? "baseline"
                              : i == writer->group->len - 1 ? "latest" : "between";

      g_string_append (writer->out, g_ptr_array_index (writer->group, i));
      g_string_append (writer->out, timepoint);
      g_string_append (writer->out, "\r\n");
    }
  g_ptr_array_set_size (writer->group, 0);
}

static void
on_row (const TovReportRow *row,
        gpointer            user_data)
{
  Writer *writer = user_data;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *family = g_strdup_printf ("F%04u", row->family_number);
  g_autofree char *person = g_strdup_printf ("P%05u", row->person_number);
  g_autofree char *months = NULL;
  g_autofree char *month = g_strndup (row->measured_on, 7);
  int m = tov_report_csv_months (row->enrolled_on, row->measured_on);

  if (row->person_number != writer->person || g_strcmp0 (row->dimension, writer->dimension) != 0)
    {
      flush_group (writer);
      writer->person = row->person_number;
      g_free (writer->dimension);
      writer->dimension = g_strdup (row->dimension);
    }

  months = m >= 0 ? g_strdup_printf ("%d", m) : g_strdup ("");
  tov_report_csv_append (line, family);
  tov_report_csv_append (line, person);
  tov_report_csv_append (line, row->household_role);
  tov_report_csv_append (line, row->sex);
  tov_report_csv_append (line, tov_report_csv_age_band (row->birth_year, row->measured_on));
  tov_report_csv_append (line, months);
  tov_report_csv_append (line, row->closed_on != NULL ? "yes" : "no");
  tov_report_csv_append (line, row->dimension);
  tov_report_csv_append (line, tov_report_dimension_text (row->dimension, writer->translate, writer->user_data));
  tov_report_csv_append (line, month);
  tov_report_csv_append (line, row->value);
  tov_report_csv_append (line, tov_report_value_text (row->dimension, row->value, writer->translate,
                                                      writer->user_data));
  g_ptr_array_add (writer->group, g_string_free (g_steal_pointer (&line), FALSE));
}

/* Public API */

/* Appends one field and a comma, quoted when it must be (RFC 4180). */
void
tov_report_csv_append (GString    *line,
                       const char *field)
{
  g_return_if_fail (line != NULL);

  if (field == NULL)
    field = "";
  if (strpbrk (field, ",\"\r\n") != NULL)
    {
      g_string_append_c (line, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, field);
  g_string_append_c (line, ',');
}

/* The age band on the day of measurement, by years only: "0-5", "6-15",
 * "16-17", "18-29", "30-49", "50-64", "65+", or "" when not known. */
const char *
tov_report_csv_age_band (int         birth_year,
                         const char *measured_on)
{
  int age;

  if (birth_year <= 0 || measured_on == NULL || strlen (measured_on) < 4)
    return "";
  age = atoi (measured_on) - birth_year;
  if (age < 0)
    return "";
  if (age <= 5)
    return "0-5";
  if (age <= 15)
    return "6-15";
  if (age <= 17)
    return "16-17";
  if (age <= 29)
    return "18-29";
  if (age <= 49)
    return "30-49";
  if (age <= 64)
    return "50-64";
  return "65+";
}

/* Whole months from one date to another (YYYY-MM-DD), or -1. */
int
tov_report_csv_months (const char *from,
                       const char *to)
{
  int fy, fm, fd, ty, tm, td, months;

  if (from == NULL || to == NULL ||
      sscanf (from, "%4d-%2d-%2d", &fy, &fm, &fd) != 3 ||
      sscanf (to, "%4d-%2d-%2d", &ty, &tm, &td) != 3)
    return -1;
  months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return MAX (months, -1);
}

GBytes *
tov_report_csv_export (TovStore              *store,
                       const TovReportScope  *scope,
                       TovReportTranslate     translate_func,
                       gpointer               user_data,
                       GError               **error)
{
  g_autoptr(GString) header = g_string_new (NULL);
  Writer writer = { 0 };
  gboolean ok;

  g_return_val_if_fail (TOV_IS_STORE (store), NULL);

  for (guint i = 0; columns[i] != NULL; i++)
    tov_report_csv_append (header, columns[i]);
  g_string_truncate (header, header->len - 1);

  writer.out = g_string_new (header->str);
  g_string_append (writer.out, "\r\n");
  writer.translate = translate_func != NULL ? translate_func : identity;
  writer.user_data = user_data;
  writer.group = g_ptr_array_new_with_free_func (g_free);

  ok = tov_store_report_measurements (store, scope, on_row, &writer, error);
  flush_group (&writer);
  g_ptr_array_unref (writer.group);
  g_free (writer.dimension);
  if (!ok)
    {
      g_string_free (writer.out, TRUE);
      return NULL;
    }
  return g_string_free_to_bytes (writer.out);
}
