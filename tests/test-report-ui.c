/* test-report-ui.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tov-measure-dialog.h"
#include "tov-report-chart-view.h"
#include "tov-report-document.h"
#include "tov-report-export.h"
#include "tov-report-family-picker.h"
#include "tov-report-window.h"
#include "tov-resources.h"
#include "tov-xml-reader.h"
#include "tov-test-ui.h"

/* The demo data: Familien Amin, Azad (father) was last measured on
 * 2026-11-18 as employed, able to hold a job. */
#define AMIN "2c7aabcf-3fad-4c8c-bcd3-c890c5a2e757"
#define AZAD "2c90f1da-2885-4b97-a830-a56eba93ae0b"
#define ROJIN "676719df-7235-42d8-b2e1-cbfde07a19c3"
#define DAY "2026-11-20"

typedef struct
{
  char     *dir;
  TovStore *store;
} Fixture;

static void
run_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *demo = g_build_filename (g_getenv ("TOV_SOURCE_DATADIR"), "demo", "demo.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (demo);
  g_autoptr(TovXmlReader) reader = NULL;

  f->dir = g_dir_make_tmp ("test-report-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "demo.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  tov_store_set_staff (f->store, "Test");
  reader = tov_xml_reader_new (f->store);
  tov_xml_reader_import_file (reader, file, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  /* a report still being computed on its worker holds the window, and so
   * the store, until it is done: wait for it (up to 5 s) */
  g_object_add_weak_pointer (G_OBJECT (f->store), (gpointer *) &f->store);
  g_object_unref (f->store);
  for (guint i = 0; i < 500 && f->store != NULL; i++)
    {
      run_until_idle ();
      g_usleep (10000);
    }
  g_assert_null (f->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
wait_for_report (TovReportWindow *window)
{
  gboolean computing = TRUE;

  for (guint i = 0; i < 5000 && computing; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_object_get (window, "computing", &computing, NULL);
      if (computing)
        g_usleep (1000);
    }
  g_assert_false (computing);
  run_until_idle ();
}

static guint
count_widgets (GtkWidget  *widget,
               GType       type,
               const char *label)
{
  guint n = 0;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (label == NULL || (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), label) == 0)))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type, label);
  return n;
}

static void
test_window_demo (Fixture       *f,
                  gconstpointer  data)
{
  TovReportWindow *window = TOV_REPORT_WINDOW (tov_report_window_new (f->store));
  const TovReport *report;
  const TovReportDimension *work;
  guint n_after;

  tov_report_window_set_today (window, "2026-11-26");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_report (window);

  report = tov_report_window_get_report (window);
  g_assert_nonnull (report);
  /* seven families, one only referred */
  g_assert_cmpuint (report->n_families, ==, 6);
  work = tov_report_get_dimension (report, "work_status");
  g_assert_cmpuint (work->n_before, ==, 15);
  n_after = work->n_after;
  g_assert_cmpuint (n_after, ==, 15);

  /* what a user reads: the tables, the N, a chart per measured dimension */
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Work and education status"), ==, 1);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Project targets"), ==, 1);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Agreements kept"), ==, 1);
  /* eight dimensions with persons measured (N); well-being has its N beside
   * the family members' and the professionals' averages */
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Persons measured (N)"), ==, 8);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                   "As the professionals see it (scalings at network meetings)"), ==, 1);
  g_assert_cmpuint (report->professionals.n_before, >, 0);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), TOV_TYPE_REPORT_CHART_VIEW, NULL), ==, 9);

  /* a bad date is refused beside the fields and the report stays */
  g_assert_false (tov_report_window_set_period (window, "2026-13-01", NULL));
  g_assert_true (tov_report_window_get_report (window) == report);
  g_assert_false (tov_report_window_set_period (window, "2026-06-01", "2026-01-01"));

  /* to the end of 2025: most were measured again only in 2026 */
  g_assert_true (tov_report_window_set_period (window, NULL, "2025-12-31"));
  wait_for_report (window);
  g_assert_true (tov_report_window_get_report (window) != report);
  report = tov_report_window_get_report (window);
  g_assert_cmpuint (tov_report_get_dimension (report, "work_status")->n_after, <, n_after);
  g_assert_cmpstr (report->to, ==, "2025-12-31");

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* A group of families chosen in the picker: the report covers them only,
 * and exports the same group. */
static void
test_window_group (Fixture       *f,
                   gconstpointer  data)
{
  TovReportWindow *window = TOV_REPORT_WINDOW (tov_report_window_new (f->store));
  TovReportFamilyPicker *picker;
  const char *amin[] = { AMIN, NULL };
  TovReportScope scope = { NULL, NULL, "2026-11-26", NULL, amin };
  g_autofree char *odt_path = g_build_filename (f->dir, "results.odt", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "results.csv", NULL);
  g_autoptr(GFile) odt = g_file_new_for_path (odt_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *label = NULL;
  gsize length;

  tov_report_window_set_today (window, "2026-11-26");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_report (window);
  g_assert_cmpuint (tov_report_window_get_report (window)->n_families, ==, 6);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Familien Haddad"), ==, 2);

  picker = TOV_REPORT_FAMILY_PICKER (tov_test_find_widget (GTK_WIDGET (window), TOV_TYPE_REPORT_FAMILY_PICKER, FALSE));
  g_assert_nonnull (picker);
  g_assert_null (tov_report_family_picker_get_selected_ids (picker));
  tov_report_family_picker_set_selected_ids (picker, amin);
  wait_for_report (window);
  g_assert_cmpuint (tov_report_window_get_report (window)->n_families, ==, 1);
  g_assert_cmpstr (tov_report_window_get_report (window)->families->len > 0
                     ? g_array_index (tov_report_window_get_report (window)->families, TovReportFamily, 0).key
                     : NULL, ==, AMIN);
  label = tov_report_family_picker_describe (1);
  g_assert_cmpstr (label, ==, "1 Family");
  /* the agreements table lists the group only (the other names are left
   * in the picker's list) */
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Familien Amin"), ==, 2);
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL, "Familien Haddad"), ==, 1);

  /* the files the export menu writes, for that group */
  g_assert_true (tov_report_export_write (f->store, &scope, TOV_REPORT_EXPORT_ODT, "en", odt, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (odt_path, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (bytes, 2, "PK", 2);
  g_clear_pointer (&bytes, g_free);
  g_assert_true (tov_report_export_write (f->store, &scope, TOV_REPORT_EXPORT_CSV, "da", csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "family,person,"));
  /* one family in the group: every row is F0001 */
  g_assert_null (strstr (bytes, "F0002"));
  g_assert_false (tov_report_export_write (f->store, &scope, TOV_REPORT_EXPORT_ODT, "ar", odt, &error));
  g_assert_error (error, TOV_REPORT_DOCUMENT_ERROR, TOV_REPORT_DOCUMENT_ERROR_LANGUAGE);
  g_clear_error (&error);

  /* back to all */
  tov_report_family_picker_set_selected_ids (picker, NULL);
  wait_for_report (window);
  g_assert_cmpuint (tov_report_window_get_report (window)->n_families, ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_unlink (odt_path);
  g_unlink (csv_path);
}

static guint
count_measurements (TovStore   *store,
                    const char *person,
                    const char *dimension,
                    const char *date,
                    const char *value)
{
  g_autoptr(GPtrArray) rows = tov_store_list (store, "measurements", "person_id", person, NULL);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      TovRecord *r = g_ptr_array_index (rows, i);

      if ((dimension == NULL || g_strcmp0 (tov_record_get (r, "dimension"), dimension) == 0) &&
          (date == NULL || g_strcmp0 (tov_record_get (r, "measured_on"), date) == 0) &&
          (value == NULL || g_strcmp0 (tov_record_get (r, "value"), value) == 0))
        n++;
    }
  return n;
}

static void
test_measure_dialog (Fixture       *f,
                     gconstpointer  data)
{
  TovMeasureDialog *dialog = tov_measure_dialog_new (f->store, AMIN);
  g_autoptr(GError) error = NULL;
  guint before = count_measurements (f->store, AZAD, NULL, NULL, NULL);
  guint n = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  run_until_idle ();

  /* the last values are filled in; a child is asked about school, not work */
  g_assert_cmpstr (tov_measure_dialog_get_value (dialog, AZAD, "work_status"), ==, "employed");
  g_assert_cmpstr (tov_measure_dialog_get_value (dialog, AZAD, "work_preconditions"), ==, "can_work");
  g_assert_false (tov_measure_dialog_set_value (dialog, ROJIN, "work_status", "employed"));
  g_assert_true (tov_measure_dialog_set_value (dialog, ROJIN, "school_concern", "no_concern"));

  /* a date in the future is refused and nothing is written */
  tov_measure_dialog_set_date (dialog, "2999-01-01");
  g_assert_false (tov_measure_dialog_save (dialog, &n, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_measurements (f->store, AZAD, NULL, NULL, NULL), ==, before);

  /* Azad moves to education; the other values he had are confirmed for the day */
  tov_measure_dialog_set_date (dialog, DAY);
  g_assert_true (tov_measure_dialog_set_value (dialog, AZAD, "work_status", "education"));
  g_assert_true (tov_measure_dialog_set_value (dialog, AZAD, "association", NULL));
  g_assert_true (tov_measure_dialog_save (dialog, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (count_measurements (f->store, AZAD, "work_status", DAY, "education"), ==, 1);
  g_assert_cmpuint (count_measurements (f->store, AZAD, "work_preconditions", DAY, "can_work"), ==, 1);
  g_assert_cmpuint (count_measurements (f->store, AZAD, "association", DAY, NULL), ==, 0);
  g_assert_cmpuint (count_measurements (f->store, ROJIN, "school_concern", DAY, "no_concern"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();

  /* opened again the same day: the new values are prefilled and saving
   * again records nothing twice; only the association Azad was not asked
   * about, shown again from November 18, is new for the day */
  dialog = tov_measure_dialog_new (f->store, AMIN);
  tov_measure_dialog_set_date (dialog, DAY);
  g_assert_cmpstr (tov_measure_dialog_get_value (dialog, AZAD, "work_status"), ==, "education");
  g_assert_cmpstr (tov_measure_dialog_get_value (dialog, AZAD, "association"), ==, "member");
  g_assert_true (tov_measure_dialog_save (dialog, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (count_measurements (f->store, AZAD, "association", DAY, "member"), ==, 1);
  g_assert_cmpuint (count_measurements (f->store, AZAD, "work_status", DAY, NULL), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
}

static void
test_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.sqlite", NULL);
  TovStore *store = tov_store_open (path, &error);
  GtkWidget *window;
  GtkWidget *dialog;

  g_assert_no_error (error);
  window = tov_report_window_new (store);
  wait_for_report (TOV_REPORT_WINDOW (window));
  /* an empty database: a report of nothing, not an error */
  g_assert_cmpuint (tov_report_window_get_report (TOV_REPORT_WINDOW (window))->n_families, ==, 0);
  dialog = GTK_WIDGET (tov_measure_dialog_new (store, "no-such-family"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_finalize_object (store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_DEBUG", "default-settings", TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  tov_register_resource ();
  adw_init ();

  g_test_add_func ("/tov/report-ui/templates", test_templates);
  g_test_add ("/tov/report-ui/window/demo", Fixture, NULL, fixture_set_up, test_window_demo, fixture_tear_down);
  g_test_add ("/tov/report-ui/window/group", Fixture, NULL, fixture_set_up, test_window_group, fixture_tear_down);
  g_test_add ("/tov/report-ui/measure/save", Fixture, NULL, fixture_set_up, test_measure_dialog, fixture_tear_down);

  return g_test_run ();
}
