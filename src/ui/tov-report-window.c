/* tov-report-window.c: the project's results, before and after
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-report-window"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-report-chart-view.h"
#include "tov-report-export.h"
#include "tov-report-family-picker.h"
#include "tov-report-window.h"
#include "tov-store-report.h"

/* per-family rows shown at most; the rest is summed up in one line */
#define MAX_FAMILY_ROWS 100

struct _TovReportWindow
{
  AdwWindow        parent_instance;

  TovStore        *store;
  TovReport       *report;
  GCancellable    *cancellable;
  char            *today;
  guint            generation;
  gboolean         computing;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkEntry        *from_entry;
  GtkEntry        *to_entry;
  GtkDropDown     *status_dropdown;
  TovReportFamilyPicker *family_picker;
  GtkLabel        *filter_error;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkBox          *report_box;
  AdwStatusPage   *error_page;
};

G_DEFINE_FINAL_TYPE (TovReportWindow, tov_report_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_COMPUTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const statuses[] = { NULL, "active", "closed" };

typedef struct
{
  char      *path;
  char      *from;
  char      *to;
  char      *today;
  char      *status;
  GStrv      family_ids;
  GPtrArray *targets;
  guint      generation;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_free (job->path);
  g_free (job->from);
  g_free (job->to);
  g_free (job->today);
  g_free (job->status);
  g_strfreev (job->family_ids);
  g_clear_pointer (&job->targets, g_ptr_array_unref);
  g_free (job);
}

/* Building the view */

static GtkWidget *
cell (const char *text,
      gboolean    number,
      gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), !number);
  if (!number)
    gtk_widget_set_hexpand (label, TRUE);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static GtkGrid *
new_table (GtkBox     *box,
           const char *title,
           const char *subtitle)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (box, heading);
  if (subtitle != NULL)
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (box, sub);
    }
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_frame_set_child (GTK_FRAME (frame), grid);
  gtk_box_append (box, frame);
  return GTK_GRID (grid);
}

static void
table_row (GtkGrid    *grid,
           int         row,
           gboolean    header,
           const char *first,
           ...)
{
  va_list args;
  const char *text;
  int column = 1;

  gtk_grid_attach (grid, cell (first, FALSE, header), 0, row, 1, 1);
  va_start (args, first);
  while ((text = va_arg (args, const char *)) != NULL)
    gtk_grid_attach (grid, cell (text, TRUE, header), column++, row, 1, 1);
  va_end (args);
}

static char *
target_for_value (const TovReport *report,
                  const char      *dimension,
                  const char      *value)
{
  for (guint i = 0; i < report->n_targets; i++)
    {
      const TovReportTarget *t = report->targets[i].target;

      if (g_strcmp0 (t->measure, dimension) == 0 && t->values != NULL &&
          g_strv_length (t->values) == 1 && g_str_equal (t->values[0], value))
        return g_strdup_printf (t->op == TOV_TARGET_AT_LEAST ? "≥ %.0f %%" : "≤ %.0f %%", t->number);
    }
  return g_strdup ("");
}

static void
add_dimension (TovReportWindow          *self,
               const TovReportDimension *dim)
{
  const TovReport *report = self->report;
  GtkGrid *grid;
  g_autofree char *nb = g_strdup_printf ("%u", dim->n_before);
  g_autofree char *na = g_strdup_printf ("%u", dim->n_after);
  int row = 1;

  grid = new_table (self->report_box, tov_report_dimension_label (dim->dimension), NULL);
  if (!dim->numeric)
    table_row (grid, 0, TRUE, "", _("At enrolment"), "%", _("Now"), "%", _("Target"), NULL);

  if (dim->numeric)
    {
      g_autofree char *mb = tov_report_format_mean (dim->mean_before, dim->n_before, FALSE);
      g_autofree char *ma = tov_report_format_mean (dim->mean_after, dim->n_after, FALSE);

      const TovReportScaling *pro = &report->professionals;
      g_autofree char *pb = tov_report_format_mean (pro->mean_before, pro->n_before, FALSE);
      g_autofree char *pa = tov_report_format_mean (pro->mean_after, pro->n_after, FALSE);
      g_autofree char *pnb = g_strdup_printf ("%u", pro->n_before);
      g_autofree char *pna = g_strdup_printf ("%u", pro->n_after);

      table_row (grid, 0, TRUE, _("Average, 0–10"), _("At enrolment"), "N", _("Now"), "N", "", NULL);
      table_row (grid, row++, FALSE, _("As the family members feel it"), mb, nb, ma, na, "", NULL);
      table_row (grid, row++, FALSE, _("As the professionals see it (scalings at network meetings)"),
                 pb, pnb, pa, pna, "", NULL);
      gtk_box_append (self->report_box, tov_report_chart_view_new (dim));
      return;
    }
  else
    for (guint i = 0; i < dim->n_values; i++)
      {
        g_autofree char *cb = tov_report_format_count (dim->before[i], FALSE);
        g_autofree char *pb = tov_report_format_percent (dim->before[i], dim->n_before, FALSE);
        g_autofree char *ca = tov_report_format_count (dim->after[i], FALSE);
        g_autofree char *pa = tov_report_format_percent (dim->after[i], dim->n_after, FALSE);
        g_autofree char *target = target_for_value (report, dim->dimension, dim->values[i]);

        table_row (grid, row++, FALSE, tov_report_value_label (dim->dimension, dim->values[i]),
                   cb, pb, ca, pa, target, NULL);
      }
  table_row (grid, row, TRUE, _("Persons measured (N)"), nb, "", na, "", "", NULL);

  gtk_box_append (self->report_box, tov_report_chart_view_new (dim));
}

static void
add_targets (TovReportWindow *self)
{
  const TovReport *report = self->report;
  GtkGrid *grid;

  if (report->n_targets == 0)
    return;
  grid = new_table (self->report_box, _("Project targets"),
                    _("Percentages are of the persons measured; the target is judged on now."));
  table_row (grid, 0, TRUE, _("Target"), _("At enrolment"), _("Now"), "N", _("Reached"), NULL);
  for (guint i = 0; i < report->n_targets; i++)
    {
      const TovReportTargetResult *r = &report->targets[i];
      g_autofree char *what = tov_report_target_describe (r->target);
      g_autofree char *before = NULL;
      g_autofree char *now = NULL;
      g_autofree char *n = g_strdup_printf ("%u", r->n_after);
      const char *reached = !r->measured ? _("Not measured") : r->met ? _("Yes") : _("No");

      if (g_strcmp0 (r->target->measure, "civil_society_families") == 0)
        {
          before = g_strdup ("");
          now = g_strdup_printf ("%u", r->count_after);
        }
      else
        {
          before = tov_report_format_percent (r->count_before, r->n_before, FALSE);
          now = tov_report_format_percent (r->count_after, r->n_after, FALSE);
        }
      table_row (grid, i + 1, FALSE, what, before, now, n, reached, NULL);
    }
}

static void
add_actors (TovReportWindow *self)
{
  const TovReportActors *a = &self->report->actors;
  g_autofree char *sub = NULL;
  g_autofree char *mb = g_strdup_printf ("%.1f", a->mean_before);
  g_autofree char *mn = g_strdup_printf ("%.1f", a->mean_now);
  g_autofree char *rb = g_strdup_printf ("%u–%u", a->min_before, a->max_before);
  g_autofree char *rn = g_strdup_printf ("%u–%u", a->min_now, a->max_now);
  GtkGrid *grid;

  sub = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Core, near and peripheral professionals engaged with the family on the day; %u family.",
                                      "Core, near and peripheral professionals engaged with the family on the day; %u families.",
                                      a->n_families), a->n_families);
  grid = new_table (self->report_box, _("Professionals in direct contact per family"), sub);
  table_row (grid, 0, TRUE, "", _("Average"), _("Range"), NULL);
  table_row (grid, 1, FALSE, _("At enrolment"), mb, rb, NULL);
  table_row (grid, 2, FALSE, _("Now or at closure"), mn, rn, NULL);
}

static void
agreement_cells (const TovReportAgreements *a,
                 char                      *out[5])
{
  guint total = a->done + a->not_kept + a->overdue + a->open;

  out[0] = g_strdup_printf ("%u", total);
  out[1] = tov_report_format_percent (a->done, total, FALSE);
  out[2] = tov_report_format_percent (a->not_kept, total, FALSE);
  out[3] = tov_report_format_percent (a->overdue, total, FALSE);
  out[4] = tov_report_format_percent (a->open, total, FALSE);
}

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const TovReportFamily *x = a, *y = b;

  if (x->agreements.overdue != y->agreements.overdue)
    return x->agreements.overdue > y->agreements.overdue ? -1 : 1;
  return g_utf8_collate (x->name != NULL ? x->name : "", y->name != NULL ? y->name : "");
}

static void
add_agreements (TovReportWindow *self)
{
  const TovReport *report = self->report;
  g_autoptr(GArray) families = g_array_copy (report->families);
  char *cells[5];
  GtkGrid *grid;
  int row = 2;

  grid = new_table (self->report_box, _("Agreements kept"),
                    _("Cancelled agreements are left out. Overdue: open and past the due date."));
  table_row (grid, 0, TRUE, "", "N", C_("agreement status", "Done"), C_("agreement status", "Not kept"),
             _("Overdue"), C_("agreement status", "Open"), NULL);
  agreement_cells (&report->agreements, cells);
  table_row (grid, 1, TRUE, _("All families"), cells[0], cells[1], cells[2], cells[3], cells[4], NULL);
  for (guint c = 0; c < 5; c++)
    g_free (cells[c]);

  g_array_sort (families, compare_overdue);
  for (guint i = 0; i < families->len && i < MAX_FAMILY_ROWS; i++)
    {
      const TovReportFamily *f = &g_array_index (families, TovReportFamily, i);

      agreement_cells (&f->agreements, cells);
      table_row (grid, row++, FALSE, f->name, cells[0], cells[1], cells[2], cells[3], cells[4], NULL);
      for (guint c = 0; c < 5; c++)
        g_free (cells[c]);
    }
  if (families->len > MAX_FAMILY_ROWS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more family",
                                                            "and %u more families",
                                                            families->len - MAX_FAMILY_ROWS),
                                               families->len - MAX_FAMILY_ROWS);
      table_row (grid, row, FALSE, more, NULL);
    }
}

static void
rebuild (TovReportWindow *self)
{
  const TovReport *report = self->report;
  GtkWidget *child;
  g_autofree char *summary = NULL;
  g_autofree char *families = NULL;
  g_autofree char *persons = NULL;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_box))) != NULL)
    gtk_box_remove (self->report_box, child);
  if (report == NULL)
    return;

  families = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u family", "%u families",
                                           report->n_families), report->n_families);
  persons = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u persons",
                                          report->n_persons), report->n_persons);
  /* Translators: the report's subtitle: "7 families, 31 persons" */
  summary = g_strdup_printf (_("%s, %s"), families, persons);
  adw_window_title_set_subtitle (self->window_title, summary);

  add_targets (self);
  for (guint d = 0; d < report->n_dimensions; d++)
    if (report->dimensions[d].n_before > 0 ||
        (report->dimensions[d].numeric && report->professionals.n_before > 0))
      {
        add_dimension (self, &report->dimensions[d]);
        any = TRUE;
      }
  if (!any)
    {
      GtkWidget *none = gtk_label_new (_("No measurements in this period. Record them from a family’s page."));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->report_box, none);
    }
  add_actors (self);
  add_agreements (self);
}

/* Computing, in a worker on its own connection */

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = tov_store_open (job->path, &error);
  TovReportScope scope = { job->from, job->to, job->today, job->status,
                           (const char * const *) job->family_ids };
  TovReport *report;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  report = tov_store_report (store, &scope, g_steal_pointer (&job->targets), &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) tov_report_free);
}

static void
set_computing (TovReportWindow *self,
               gboolean         computing)
{
  if (self->computing == computing)
    return;
  self->computing = computing;
  gtk_spinner_set_spinning (self->spinner, computing);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
}

static void
on_report_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TovReportWindow) self = user_data;
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  TovReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  if (job->generation != self->generation)
    {
      g_clear_pointer (&report, tov_report_free);
      return;
    }
  set_computing (self, FALSE);
  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_clear_pointer (&self->report, tov_report_free);
  self->report = report;
  rebuild (self);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static const char *
entry_date (GtkEntry *entry,
            gboolean *valid)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  *valid = *text == '\0' || tov_date_is_valid (text);
  if (*valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return *text != '\0' ? text : NULL;
}

static void
recompute (TovReportWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ReportJob *job;
  gboolean from_ok, to_ok;
  const char *from = entry_date (self->from_entry, &from_ok);
  const char *to = entry_date (self->to_entry, &to_ok);
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (!from_ok || !to_ok)
    {
      gtk_label_set_text (self->filter_error, _("Write dates as YYYY-MM-DD, for example 2026-01-31."));
      return;
    }
  if (from != NULL && to != NULL && g_strcmp0 (from, to) > 0)
    {
      gtk_label_set_text (self->filter_error, _("The period ends before it starts."));
      return;
    }
  gtk_label_set_text (self->filter_error, "");
  if (self->store == NULL)
    return;

  job = g_new0 (ReportJob, 1);
  job->path = g_strdup (tov_store_get_path (self->store));
  job->from = g_strdup (from);
  job->to = g_strdup (to);
  job->today = g_strdup (self->today);
  job->status = g_strdup (selected < G_N_ELEMENTS (statuses) ? statuses[selected] : NULL);
  job->family_ids = g_strdupv ((char **) tov_report_family_picker_get_selected_ids (self->family_picker));
  job->targets = tov_report_targets_load ();
  job->generation = ++self->generation;

  set_computing (self, TRUE);
  if (self->report == NULL)
    gtk_stack_set_visible_child_name (self->stack, "computing");
  task = g_task_new (NULL, NULL, on_report_ready_cb, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) report_job_free);
  g_task_run_in_thread (task, compute_thread);
}

static void
on_filter_changed_cb (TovReportWindow *self)
{
  recompute (self);
}

static void
on_store_changed_cb (TovReportWindow *self)
{
  recompute (self);
}

/* Export */

static void
export (TovReportWindow       *self,
        TovReportExportFormat  format)
{
  gboolean from_ok, to_ok;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  TovReportScope scope = { 0 };

  scope.from = entry_date (self->from_entry, &from_ok);
  scope.to = entry_date (self->to_entry, &to_ok);
  scope.today = self->today;
  scope.status = selected < G_N_ELEMENTS (statuses) ? statuses[selected] : NULL;
  scope.family_ids = tov_report_family_picker_get_selected_ids (self->family_picker);
  if (!from_ok || !to_ok)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Correct the period before exporting the report")));
      return;
    }
  tov_report_export_ask (GTK_WINDOW (self), self->toast_overlay, self->store, &scope, format);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (TOV_REPORT_WINDOW (widget), TOV_REPORT_EXPORT_CSV);
}

static void
export_odt_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (TOV_REPORT_WINDOW (widget), TOV_REPORT_EXPORT_ODT);
}

/* GObject */

static void
tov_report_window_dispose (GObject *object)
{
  TovReportWindow *self = TOV_REPORT_WINDOW (object);

  self->generation++;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->report, tov_report_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_REPORT_WINDOW);

  G_OBJECT_CLASS (tov_report_window_parent_class)->dispose (object);
}

static void
tov_report_window_finalize (GObject *object)
{
  TovReportWindow *self = TOV_REPORT_WINDOW (object);

  g_free (self->today);

  G_OBJECT_CLASS (tov_report_window_parent_class)->finalize (object);
}

static void
tov_report_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TovReportWindow *self = TOV_REPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_COMPUTING:
      g_value_set_boolean (value, self->computing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_report_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TovReportWindow *self = TOV_REPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_assert (self->store == NULL);
      self->store = g_value_dup_object (value);
      tov_report_family_picker_set_store (self->family_picker, self->store);
      if (self->store != NULL)
        g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_report_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (tov_report_window_parent_class)->constructed (object);

  recompute (TOV_REPORT_WINDOW (object));
}

static void
tov_report_window_class_init (TovReportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_report_window_dispose;
  object_class->finalize = tov_report_window_finalize;
  object_class->get_property = tov_report_window_get_property;
  object_class->set_property = tov_report_window_set_property;
  object_class->constructed = tov_report_window_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPUTING] =
    g_param_spec_boolean ("computing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_REPORT_FAMILY_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, family_picker);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, filter_error);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, report_box);
  gtk_widget_class_bind_template_child (widget_class, TovReportWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "report.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "report.export-odt", NULL, export_odt_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "report.export-odt", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "report.export-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tov_report_window_init (TovReportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
tov_report_window_new (TovStore *store)
{
  g_return_val_if_fail (store == NULL || TOV_IS_STORE (store), NULL);

  return g_object_new (TOV_TYPE_REPORT_WINDOW, "store", store, NULL);
}

TovStore *
tov_report_window_get_store (TovReportWindow *self)
{
  g_return_val_if_fail (TOV_IS_REPORT_WINDOW (self), NULL);

  return self->store;
}

/* The report on screen, or NULL while the first one is being computed. */
const TovReport *
tov_report_window_get_report (TovReportWindow *self)
{
  g_return_val_if_fail (TOV_IS_REPORT_WINDOW (self), NULL);

  return self->report;
}

/* Sets the period as if typed; returns FALSE (and shows why) for a bad one. */
gboolean
tov_report_window_set_period (TovReportWindow *self,
                              const char      *from,
                              const char      *to)
{
  g_return_val_if_fail (TOV_IS_REPORT_WINDOW (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
  return g_str_equal (gtk_label_get_text (self->filter_error), "");
}

/* Fixes "today" (for tests and printouts of a given day); NULL: the real date. */
void
tov_report_window_set_today (TovReportWindow *self,
                             const char      *today)
{
  g_return_if_fail (TOV_IS_REPORT_WINDOW (self));

  g_free (self->today);
  self->today = g_strdup (today);
  recompute (self);
}

/* For a main window's action: opens the report on store beside parent. */
void
tov_report_window_present_for (GtkWidget *parent,
                               TovStore  *store)
{
  GtkWidget *window;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (TOV_IS_STORE (store));

  window = tov_report_window_new (store);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
      gtk_window_set_application (GTK_WINDOW (window), gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_present (GTK_WINDOW (window));
}
