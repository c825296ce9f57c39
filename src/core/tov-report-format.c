/* tov-report-format.c: a report's figures and labels as text
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "tov-labels.h"
#include "tov-report.h"

/* Public API: formatting */

double
tov_report_percent (guint count,
                    guint n)
{
  return n > 0 ? 100.0 * count / n : 0.0;
}

/* A cell built from 1 or 2 persons, or a share of fewer than 3, could point
 * at one family. */
gboolean
tov_report_is_suppressed (guint count,
                          guint n)
{
  return (count > 0 && count < TOV_REPORT_MIN_CELL) || (n > 0 && n < TOV_REPORT_MIN_CELL);
}

char *
tov_report_format_count (guint    count,
                         gboolean protect)
{
  if (protect && count > 0 && count < TOV_REPORT_MIN_CELL)
    return g_strdup ("<3");
  return g_strdup_printf ("%u", count);
}

char *
tov_report_format_percent (guint    count,
                           guint    n,
                           gboolean protect)
{
  return tov_report_format_percent_in (count, n, protect, NULL, NULL);
}

/* The same in the language of translate (NULL: the user interface's). */
char *
tov_report_format_percent_in (guint              count,
                              guint              n,
                              gboolean           protect,
                              TovReportTranslate translate,
                              gpointer           user_data)
{
  if (n == 0)
    return g_strdup ("–");
  if (protect && tov_report_is_suppressed (count, n))
    return g_strdup ("<3");
  /* Translators: a percentage, rounded to a whole number; keep the %% */
  return g_strdup_printf (tov_report_translate (translate, user_data, NULL, N_("%.0f %%")),
                          floor (tov_report_percent (count, n) + 0.5));
}

char *
tov_report_format_mean (double   mean,
                        guint    n,
                        gboolean protect)
{
  if (n == 0)
    return g_strdup ("–");
  if (protect && n < TOV_REPORT_MIN_CELL)
    return g_strdup ("<3");
  return g_strdup_printf ("%.1f", mean);
}

gboolean
tov_report_dimension_is_numeric (const char *dimension)
{
  return g_strcmp0 (dimension, "wellbeing") == 0;
}

/* Labels
 *
 * The coded values have one table of labels, in tov-labels.c. The report
 * keeps its own wording only where it differs on purpose: its rows follow
 * the categories of the Assens evaluation (domain.md, "Measuring
 * results"), which steering groups and evaluators compare a report
 * against, and each row must stand alone in a table, a chart or a CSV
 * column; the shared short labels ("Wants a job", "Flexjob terms") fit a
 * form row whose title already names the dimension. The same holds for
 * the dimensions' headings, which are the titles of the Assens tables.
 */

static const struct { const char *id; const char *label; } report_dimensions[] = {
  { "work_status", N_("Work and education status") },
  { "association", N_("Association activity") },
  { "danish_friendship", N_("Friendship with a Danish person or family") },
  { "school_concern", N_("School attendance and concern") },
  { "crime_concern", N_("Crime or abuse concern") },
  { "leisure_activity", N_("Leisure activity") },
  { "wellbeing", N_("Felt well-being (0–10)") },
  { "civil_society_families", N_("Families with a volunteer or association contact") },
};

static const struct { const char *dimension; const char *value; const char *label; } report_values[] = {
  { "work_interest", "wants_work", N_("Wants a self-supporting life with a job") },
  { "work_interest", "does_not", N_("Does not want work") },
  { "work_preconditions", "special_terms", N_("Can hold a job on special terms") },
  { "work_preconditions", "within_12_months", N_("Can within 12 months with active offers") },
  { "work_status", "employed", N_("Ordinary employment") },
  { "work_status", "education", N_("Education on ordinary terms") },
  { "work_status", "activation", N_("Internship, wage subsidy or other active offer") },
  { "work_status", "sick_leave", N_("Temporarily sick or on leave") },
  { "association", "member", N_("Member of an association") },
  { "association", "none", N_("Not active") },
  { "danish_friendship", "yes", N_("Has a Danish friend") },
  { "danish_friendship", "no", N_("No Danish friend") },
};

/**
 * tov_report_translate:
 * @translate: (nullable): the report's language, NULL for the user interface's
 * @msgctxt: (nullable): the message context
 *
 * Returns: (transfer none): msgid in the report's language
 */
const char *
tov_report_translate (TovReportTranslate  translate,
                      gpointer            user_data,
                      const char         *msgctxt,
                      const char         *msgid)
{
  if (translate != NULL)
    return translate (msgctxt, msgid, user_data);
  if (msgctxt != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, msgctxt, msgid);
  return _(msgid);
}

const char *
tov_report_dimension_text (const char         *dimension,
                           TovReportTranslate  translate,
                           gpointer            user_data)
{
  const char *msgid;

  for (guint i = 0; i < G_N_ELEMENTS (report_dimensions); i++)
    if (g_strcmp0 (report_dimensions[i].id, dimension) == 0)
      return tov_report_translate (translate, user_data, NULL, report_dimensions[i].label);
  msgid = tov_label_msgid_for_dimension (dimension);
  return msgid != NULL ? tov_report_translate (translate, user_data, NULL, msgid) : dimension;
}

const char *
tov_report_value_text (const char         *dimension,
                       const char         *value,
                       TovReportTranslate  translate,
                       gpointer            user_data)
{
  const char *msgctxt = NULL;
  const char *msgid;

  for (guint i = 0; i < G_N_ELEMENTS (report_values); i++)
    if (g_strcmp0 (report_values[i].dimension, dimension) == 0 && g_strcmp0 (report_values[i].value, value) == 0)
      return tov_report_translate (translate, user_data, NULL, report_values[i].label);
  msgid = tov_label_msgid_for_value (dimension, value, &msgctxt);
  return msgid != NULL ? tov_report_translate (translate, user_data, msgctxt, msgid) : value;
}

const char *
tov_report_dimension_label (const char *dimension)
{
  return tov_report_dimension_text (dimension, NULL, NULL);
}

const char *
tov_report_value_label (const char *dimension,
                        const char *value)
{
  return tov_report_value_text (dimension, value, NULL, NULL);
}

char *
tov_report_target_describe (const TovReportTarget *target)
{
  return tov_report_target_describe_in (target, NULL, NULL);
}

/* The same in the language of translate (NULL: the user interface's). */
char *
tov_report_target_describe_in (const TovReportTarget *target,
                               TovReportTranslate     translate,
                               gpointer               user_data)
{
  g_autoptr(GString) values = g_string_new (NULL);

  g_return_val_if_fail (target != NULL, NULL);

  if (g_strcmp0 (target->measure, "civil_society_families") == 0 && translate == NULL)
    return g_strdup_printf (target->op == TOV_TARGET_AT_LEAST
                              /* Translators: a project target, e.g. "at least 1 family with a volunteer or association contact" */
                              ? g_dngettext (GETTEXT_PACKAGE, "at least %.0f family with a volunteer or association contact",
                                             "at least %.0f families with a volunteer or association contact",
                                             (gulong) target->number)
                              : g_dngettext (GETTEXT_PACKAGE, "at most %.0f family with a volunteer or association contact",
                                             "at most %.0f families with a volunteer or association contact",
                                             (gulong) target->number),
                            target->number);
  /* a printout's catalogue has no plural forms: the number after a colon */
  if (g_strcmp0 (target->measure, "civil_society_families") == 0)
    return g_strdup_printf (tov_report_translate (translate, user_data, NULL,
                                                  target->op == TOV_TARGET_AT_LEAST
                                                    /* Translators: a project target in a printed report */
                                                    ? N_("Families with a volunteer or association contact: at least %.0f")
                                                    /* Translators: a project target in a printed report */
                                                    : N_("Families with a volunteer or association contact: at most %.0f")),
                            target->number);

  for (guint i = 0; target->values != NULL && target->values[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: joins the values of one target: "Pension or Temporarily sick" */
        g_string_append (values, tov_report_translate (translate, user_data, NULL, N_(" or ")));
      g_string_append (values, tov_report_value_text (target->measure, target->values[i], translate, user_data));
    }

  if (target->op == TOV_TARGET_AT_LEAST)
    /* Translators: a project target: "at least 30 %: Education on ordinary terms" */
    return g_strdup_printf (tov_report_translate (translate, user_data, NULL, N_("at least %.0f %%: %s")),
                            target->number, values->str);
  /* Translators: a project target: "at most 20 %: Pension or Temporarily sick" */
  return g_strdup_printf (tov_report_translate (translate, user_data, NULL, N_("at most %.0f %%: %s")),
                          target->number, values->str);
}

/**
 * tov_report_targets_load:
 *
 * The project's targets from GSettings (key report-targets), or the
 * schema's defaults, built in, when the schema is not installed (an
 * uninstalled CLI, a test without a compiled schema).
 */
GPtrArray *
tov_report_targets_load (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "report-targets"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autoptr(GVariant) value = g_settings_get_value (settings, "report-targets");

      return tov_report_targets_from_variant (value);
    }
  return tov_report_targets_parse (TOV_REPORT_DEFAULT_TARGETS, NULL);
}

/**
 * tov_report_dimensions_for_role:
 *
 * The dimensions measured for a member in that household role, in the
 * order a form shows them: work and citizenship for adults, school and
 * leisure for children, felt well-being for everyone.
 */
const char * const *
tov_report_dimensions_for_role (const char *household_role)
{
  static const char * const adult[] = {
    "work_interest", "work_preconditions", "work_status", "association", "danish_friendship",
    "wellbeing", NULL
  };
  static const char * const child[] = {
    "school_concern", "leisure_activity", "crime_concern", "wellbeing", NULL
  };

  return g_strcmp0 (household_role, "child") == 0 ? child : adult;
}
