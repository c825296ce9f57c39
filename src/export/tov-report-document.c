/* tov-report-document.c: the report as a printable document
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-labels.h"
#include "tov-print-catalog.h"
#include "tov-report-chart.h"
#include "tov-report-document.h"

G_DEFINE_QUARK (tov-report-document-error-quark, tov_report_document_error)

/* a chart is drawn this wide (in points, as on the page) at this scale */
#define CHART_WIDTH 480
#define CHART_SCALE 2.5

static const char * const languages[] = { "da", "en", NULL };

typedef struct
{
  TovDocument     *document;
  TovPrintCatalog *catalog;
  const TovReport *report;
} Builder;

static const char *
tr (Builder    *b,
    const char *msgid)
{
  return tov_print_catalog_gettext (b->catalog, msgid);
}

static void
add_text (Builder      *b,
          TovBlockKind  kind,
          const char   *text)
{
  tov_doc_text_set (&tov_document_add (b->document, kind)->text, 0, text, FALSE);
}

static void
add_cell (TovBlock   *table,
          const char *text)
{
  tov_doc_text_set (tov_block_add_cell (table), 0, text != NULL ? text : "", FALSE);
}

static void
take_cell (TovBlock *table,
           char     *text)
{
  add_cell (table, text);
  g_free (text);
}

/* 3.5 as the language writes it: "3,5" in Danish */
static char *
format_decimal (Builder *b,
                double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));

  if (g_str_equal (tov_print_catalog_get_language (b->catalog), "da"))
    g_strdelimit (text, ".", ',');
  return text;
}

static char *
format_mean (Builder *b,
             double   mean,
             guint    n)
{
  if (n == 0)
    return g_strdup ("–");
  if (n < TOV_REPORT_MIN_CELL)
    return g_strdup ("<3");
  return format_decimal (b, mean);
}

static char *
format_percent (Builder *b,
                guint    count,
                guint    n)
{
  return tov_report_format_percent_in (count, n, TRUE, tov_report_document_translate, b->catalog);
}

static char *
format_date (Builder    *b,
             const char *iso_date)
{
  char *text = tov_print_catalog_format_date (b->catalog, iso_date);

  return text != NULL ? text : g_strdup (iso_date);
}

static void
add_header (Builder              *b,
            const TovReportScope *scope)
{
  const TovReport *report = b->report;
  g_autofree char *from = report->from != NULL ? format_date (b, report->from) : NULL;
  g_autofree char *to = format_date (b, report->to != NULL && g_strcmp0 (report->to, report->today) < 0
                                          ? report->to : report->today);
  g_autofree char *families = tov_print_catalog_format_number (b->catalog, report->n_families);
  g_autofree char *persons = tov_print_catalog_format_number (b->catalog, report->n_persons);
  g_autofree char *period = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GString) group = g_string_new (NULL);

  tov_doc_text_set (tov_document_get_title (b->document), 0, tr (b, N_("Results before and after")), FALSE);
  /* Translators: page numbers at the foot of a printout: "Page 2 of 5" */
  tov_doc_text_set (tov_document_get_page_label (b->document), 0, tr (b, N_("Page %s of %s")), FALSE);
  tov_doc_text_set (tov_document_get_digits (b->document), 0,
                    tov_print_catalog_pgettext (b->catalog, "digits", "0123456789"), FALSE);
  tov_document_set_date (b->document, report->today);

  add_text (b, TOV_BLOCK_TITLE, tr (b, N_("Results before and after")));

  if (from != NULL)
    /* Translators: a printed report's period: "Period: 1 January 2025 to 30 June 2026" */
    period = g_strdup_printf (tr (b, N_("Period: %s to %s")), from, to);
  else
    /* Translators: a printed report's period when it has no start */
    period = g_strdup_printf (tr (b, N_("Period: from the start to %s")), to);
  add_text (b, TOV_BLOCK_NOTE, period);
  /* the running header: the period, then the title */
  tov_doc_text_set (tov_document_get_header (b->document), 0, period, FALSE);

  /* the group, without naming a family */
  g_string_append (group, tr (b, N_("Families")));
  g_string_append (group, ": ");
  if (scope != NULL && scope->family_ids != NULL)
    {
      g_autofree char *n = tov_print_catalog_format_number (b->catalog, g_strv_length ((char **) scope->family_ids));

      /* Translators: the group of a printed report: "4 chosen" */
      g_string_append_printf (group, tr (b, N_("%s chosen")), n);
    }
  else if (scope != NULL && scope->status != NULL)
    {
      const char *msgctxt = NULL;
      const char *msgid = tov_label_msgid_for_value ("status", scope->status, &msgctxt);

      g_string_append (group, msgid != NULL ? tov_report_document_translate (msgctxt, msgid, b->catalog)
                                            : scope->status);
    }
  else
    g_string_append (group, tr (b, N_("all")));
  add_text (b, TOV_BLOCK_NOTE, group->str);

  /* Translators: the size of a printed report: "7 families, 31 persons" */
  counts = g_strdup_printf (tr (b, N_("In the report: %s families, %s persons")), families, persons);
  add_text (b, TOV_BLOCK_NOTE, counts);
  add_text (b, TOV_BLOCK_PARAGRAPH,
            tr (b, N_("Percentages are of the persons measured (N). At enrolment is each person’s first "
                      "measurement, now the latest one in the period, or the one at closure. A cell built "
                      "from fewer than 3 persons shows “<3”, so that no family can be recognised.")));
}

static void
add_targets (Builder *b)
{
  const TovReport *report = b->report;
  TovBlock *table;

  if (report->n_targets == 0)
    return;
  add_text (b, TOV_BLOCK_HEADING, tr (b, N_("Project targets")));
  table = tov_document_add_table (b->document, 5);
  add_cell (table, tr (b, N_("Target")));
  add_cell (table, tr (b, N_("At enrolment")));
  add_cell (table, tr (b, N_("Now")));
  add_cell (table, "N");
  add_cell (table, tr (b, N_("Reached")));
  for (guint i = 0; i < report->n_targets; i++)
    {
      const TovReportTargetResult *r = &report->targets[i];
      gboolean families = g_strcmp0 (r->target->measure, "civil_society_families") == 0;

      take_cell (table, tov_report_target_describe_in (r->target, tov_report_document_translate, b->catalog));
      take_cell (table, families ? g_strdup ("") : format_percent (b, r->count_before, r->n_before));
      take_cell (table, families ? tov_print_catalog_format_number (b->catalog, r->count_after)
                                 : format_percent (b, r->count_after, r->n_after));
      take_cell (table, tov_report_format_count (r->n_after, !families));
      add_cell (table, !r->measured ? tr (b, N_("Not measured")) : r->met ? tr (b, N_("Yes")) : tr (b, N_("No")));
    }
}

static char *
target_for_value (Builder    *b,
                  const char *dimension,
                  const char *value)
{
  for (guint i = 0; i < b->report->n_targets; i++)
    {
      const TovReportTarget *t = b->report->targets[i].target;

      if (g_strcmp0 (t->measure, dimension) == 0 && t->values != NULL &&
          g_strv_length (t->values) == 1 && g_str_equal (t->values[0], value))
        {
          g_autofree char *percent = g_strdup_printf (tr (b, N_("%.0f %%")), t->number);

          return g_strdup_printf (t->op == TOV_TARGET_AT_LEAST ? "≥ %s" : "≤ %s", percent);
        }
    }
  return g_strdup ("");
}

static void
add_chart (Builder                  *b,
           const TovReportDimension *dim)
{
  TovReportChartStyle style = { 0 };
  TovBlock *image;

  style.before_label = tr (b, N_("At enrolment"));
  style.after_label = tr (b, N_("Now"));
  style.protect = TRUE;
  style.font = "Sans 7.5";   /* 9 pt on the page */
  style.decimal_comma = g_str_equal (tov_print_catalog_get_language (b->catalog), "da");
  style.translate = tov_report_document_translate;
  style.translate_data = b->catalog;

  image = tov_document_add (b->document, TOV_BLOCK_IMAGE);
  image->png = tov_report_chart_to_png (dim, &style, CHART_WIDTH, CHART_SCALE);
  image->width_pt = CHART_WIDTH * 0.9;
  image->height_pt = tov_report_chart_get_height (dim) * 0.9;
  /* Translators: the caption of a chart in a printed report */
  tov_doc_text_set (&image->text, 0, tr (b, N_("Hatched: at enrolment. Solid: now. Beside each bar: the share and the "
                                                "persons behind it.")), FALSE);
}

static void
add_wellbeing (Builder                  *b,
               const TovReportDimension *dim)
{
  const TovReportScaling *pro = &b->report->professionals;
  TovBlock *table;

  add_text (b, TOV_BLOCK_HEADING, tov_report_dimension_text (dim->dimension, tov_report_document_translate,
                                                              b->catalog));
  table = tov_document_add_table (b->document, 5);
  add_cell (table, tr (b, N_("Average, 0–10")));
  add_cell (table, tr (b, N_("At enrolment")));
  add_cell (table, "N");
  add_cell (table, tr (b, N_("Now")));
  add_cell (table, "N");

  add_cell (table, tr (b, N_("As the family members feel it")));
  take_cell (table, format_mean (b, dim->mean_before, dim->n_before));
  take_cell (table, tov_report_format_count (dim->n_before, TRUE));
  take_cell (table, format_mean (b, dim->mean_after, dim->n_after));
  take_cell (table, tov_report_format_count (dim->n_after, TRUE));

  add_cell (table, tr (b, N_("As the professionals see it (scalings at network meetings)")));
  take_cell (table, format_mean (b, pro->mean_before, pro->n_before));
  take_cell (table, tov_report_format_count (pro->n_before, TRUE));
  take_cell (table, format_mean (b, pro->mean_after, pro->n_after));
  take_cell (table, tov_report_format_count (pro->n_after, TRUE));

  if (dim->n_before > 0)
    add_chart (b, dim);
}

static void
add_dimension (Builder                  *b,
               const TovReportDimension *dim)
{
  TovBlock *table;

  if (dim->numeric)
    {
      add_wellbeing (b, dim);
      return;
    }

  add_text (b, TOV_BLOCK_HEADING, tov_report_dimension_text (dim->dimension, tov_report_document_translate,
                                                              b->catalog));
  table = tov_document_add_table (b->document, 6);
  add_cell (table, "");
  add_cell (table, tr (b, N_("At enrolment")));
  add_cell (table, "%");
  add_cell (table, tr (b, N_("Now")));
  add_cell (table, "%");
  add_cell (table, tr (b, N_("Target")));
  for (guint i = 0; i < dim->n_values; i++)
    {
      add_cell (table, tov_report_value_text (dim->dimension, dim->values[i], tov_report_document_translate,
                                              b->catalog));
      take_cell (table, tov_report_format_count (dim->before[i], TRUE));
      take_cell (table, format_percent (b, dim->before[i], dim->n_before));
      take_cell (table, tov_report_format_count (dim->after[i], TRUE));
      take_cell (table, format_percent (b, dim->after[i], dim->n_after));
      take_cell (table, target_for_value (b, dim->dimension, dim->values[i]));
    }
  add_cell (table, tr (b, N_("Persons measured (N)")));
  take_cell (table, tov_report_format_count (dim->n_before, TRUE));
  add_cell (table, "");
  take_cell (table, tov_report_format_count (dim->n_after, TRUE));
  add_cell (table, "");
  add_cell (table, "");
  add_chart (b, dim);
}

static void
add_actors (Builder *b)
{
  const TovReportActors *a = &b->report->actors;
  g_autofree char *families = tov_print_catalog_format_number (b->catalog, a->n_families);
  g_autofree char *note = NULL;
  TovBlock *table;

  add_text (b, TOV_BLOCK_HEADING, tr (b, N_("Professionals in direct contact per family")));
  /* Translators: under the actor figure of a printed report; %s is a number of families */
  note = g_strdup_printf (tr (b, N_("Core, near and peripheral professionals engaged with the family on the day "
                                    "(families: %s).")), families);
  add_text (b, TOV_BLOCK_NOTE, note);
  table = tov_document_add_table (b->document, 3);
  add_cell (table, "");
  add_cell (table, tr (b, N_("Average")));
  add_cell (table, tr (b, N_("Range")));
  add_cell (table, tr (b, N_("At enrolment")));
  take_cell (table, format_decimal (b, a->mean_before));
  take_cell (table, g_strdup_printf ("%u–%u", a->min_before, a->max_before));
  add_cell (table, tr (b, N_("Now or at closure")));
  take_cell (table, format_decimal (b, a->mean_now));
  take_cell (table, g_strdup_printf ("%u–%u", a->min_now, a->max_now));
}

static void
add_agreements (Builder *b)
{
  const TovReportAgreements *a = &b->report->agreements;
  guint total = a->done + a->not_kept + a->overdue + a->open;
  guint kept_all = 0;
  const struct { const char *label; guint count; } rows[] = {
    { N_("Done"), a->done },
    { N_("Not kept"), a->not_kept },
    { N_("Overdue"), a->overdue },
    { N_("Open, not yet due"), a->open },
  };
  g_autofree char *n = NULL;
  g_autofree char *note = NULL;
  TovBlock *table;

  add_text (b, TOV_BLOCK_HEADING, tr (b, N_("Agreements kept")));
  add_text (b, TOV_BLOCK_NOTE, tr (b, N_("Cancelled agreements are left out. Overdue: open and past the due date.")));
  table = tov_document_add_table (b->document, 3);
  add_cell (table, "");
  add_cell (table, tr (b, N_("Agreements")));
  add_cell (table, "%");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      add_cell (table, tr (b, rows[i].label));
      take_cell (table, tov_print_catalog_format_number (b->catalog, rows[i].count));
      take_cell (table, tov_report_format_percent_in (rows[i].count, total, FALSE, tov_report_document_translate,
                                                      b->catalog));
    }
  add_cell (table, tr (b, N_("All (N)")));
  take_cell (table, tov_print_catalog_format_number (b->catalog, total));
  add_cell (table, "");

  /* per family, without names: how many families kept every agreement due */
  for (guint i = 0; i < b->report->families->len; i++)
    {
      const TovReportFamily *f = &g_array_index (b->report->families, TovReportFamily, i);

      kept_all += f->agreements.not_kept == 0 && f->agreements.overdue == 0 &&
                  f->agreements.done + f->agreements.open > 0;
    }
  n = tov_report_format_count (kept_all, TRUE);
  /* Translators: in a printed report; %s is a number of families, or "<3" */
  note = g_strdup_printf (tr (b, N_("Families with no agreement overdue or not kept: %s")), n);
  add_text (b, TOV_BLOCK_PARAGRAPH, note);
}

/* Public API */

const char * const *
tov_report_document_languages (void)
{
  return languages;
}

gboolean
tov_report_document_check_language (const char  *language,
                                    GError     **error)
{
  if (language != NULL && g_strv_contains (languages, language))
    return TRUE;
  g_set_error (error, TOV_REPORT_DOCUMENT_ERROR, TOV_REPORT_DOCUMENT_ERROR_LANGUAGE,
               _("Reports are in Danish (da) or English (en), not “%s”."), language != NULL ? language : "");
  return FALSE;
}

/**
 * tov_report_document_translate:
 * @catalog: a #TovPrintCatalog
 *
 * A #TovReportTranslate into the catalogue's language.
 */
const char *
tov_report_document_translate (const char *msgctxt,
                               const char *msgid,
                               gpointer    catalog)
{
  g_return_val_if_fail (TOV_IS_PRINT_CATALOG (catalog), msgid);

  if (msgctxt != NULL)
    return tov_print_catalog_pgettext (catalog, msgctxt, msgid);
  return tov_print_catalog_gettext (catalog, msgid);
}

/**
 * tov_report_document_build:
 * @scope: (nullable): the families the report covers, for its heading
 * @language: "da" or "en"
 *
 * Returns: (transfer full): the printable report, or NULL with @error set.
 */
TovDocument *
tov_report_document_build (const TovReport      *report,
                           const TovReportScope *scope,
                           const char           *language,
                           GError              **error)
{
  const char *tags[] = { language, NULL };
  g_autoptr(TovPrintCatalog) catalog = NULL;
  Builder b = { 0 };

  g_return_val_if_fail (report != NULL, NULL);

  if (!tov_report_document_check_language (language, error))
    return NULL;

  catalog = tov_print_catalog_new (language);
  b.document = tov_document_new (tags);
  b.catalog = catalog;
  b.report = report;

  add_header (&b, scope);
  add_targets (&b);
  for (guint d = 0; d < report->n_dimensions; d++)
    {
      const TovReportDimension *dim = &report->dimensions[d];

      if (dim->n_before > 0 || (dim->numeric && report->professionals.n_before > 0))
        add_dimension (&b, dim);
    }
  add_actors (&b);
  add_agreements (&b);
  return b.document;
}
