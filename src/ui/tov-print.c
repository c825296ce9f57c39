/* tov-print.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tov-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tov-odt-writer.h"
#include "tov-pdf-renderer.h"
#include "tov-plan-document.h"
#include "tov-print.h"

/* the language choices, in the order the drop-down shows them */
static const struct {
  const char *tag;
  const char *label;
} choices[] = {
  { "da", N_("Danish") },
  { "ar", N_("Arabic") },
  { "en", N_("English") },
  { "da+ar", N_("Danish and Arabic side by side") },
};

typedef struct
{
  GtkWidget      *parent;
  TovStore       *store;
  char           *family_id;
  char           *version_id;  /* the plan version printed, or NULL */
  char           *meeting_id;  /* the meeting whose minutes are printed, or NULL */
  TovPrintKind    kind;
  GtkDropDown    *language;
  GtkCheckButton *anonymise;
  TovDocument    *document;
  TovPdfRenderer *renderer;
} Job;

static void
job_free (Job *job)
{
  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->store);
  g_clear_pointer (&job->family_id, g_free);
  g_clear_pointer (&job->version_id, g_free);
  g_clear_pointer (&job->meeting_id, g_free);
  g_clear_object (&job->document);
  g_clear_object (&job->renderer);
  g_free (job);
}

static GtkWindow *
parent_window (Job *job)
{
  GtkRoot *root = job->parent != NULL ? gtk_widget_get_root (job->parent) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (Job          *job,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (job),
                                              job->meeting_id != NULL ? _("The minutes could not be printed")
                                                                      : _("The plan could not be printed"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Job               *job)
{
  guint pages = tov_pdf_renderer_paginate (job->renderer, gtk_print_context_get_cairo_context (context),
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 Job               *job)
{
  tov_pdf_renderer_draw_page (job->renderer, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_document (Job *job)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;

  job->renderer = tov_pdf_renderer_new (job->document);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, tov_doc_text_get (tov_document_get_header (job->document), 0));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent_window (job), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (job, error);
}

static void
on_file_chosen_cb (GtkNativeDialog *dialog,
                   int              response,
                   Job             *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (job->kind == TOV_PRINT_EXPORT_PDF)
        {
          job->renderer = tov_pdf_renderer_new (job->document);
          bytes = tov_pdf_renderer_render_pdf (job->renderer, &error);
        }
      else
        {
          g_autoptr(TovOdtWriter) writer = tov_odt_writer_new (job->document);
          bytes = tov_odt_writer_write (writer, &error);
        }
      if (bytes == NULL ||
          !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                    FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        show_error (job, error);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  job_free (job);
}

static void
export_document (Job *job)
{
  gboolean pdf = job->kind == TOV_PRINT_EXPORT_PDF;
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (pdf ? _("Export as PDF") : _("Export as ODT"),
                                                               parent_window (job), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));
  g_autofree char *name = g_strdup_printf ("%s.%s", tov_doc_text_get (tov_document_get_header (job->document), 0),
                                           pdf ? "pdf" : "odt");

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_choice_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Job              *job)
{
  g_autoptr(TovPlanDocument) builder = NULL;
  g_autoptr(TovGlossary) glossary = NULL;
  g_autoptr(GError) error = NULL;
  const char *tag;

  if (!g_str_equal (response, "ok"))
    {
      job_free (job);
      return;
    }
  tag = choices[MIN (gtk_drop_down_get_selected (job->language), G_N_ELEMENTS (choices) - 1)].tag;
  /* the family's choice is remembered for the next print */
  if (!tov_print_save_choice (job->store, job->family_id, tag, &error))
    {
      show_error (job, error);
      g_clear_error (&error);
    }

  builder = tov_plan_document_new (job->store);
  glossary = tov_glossary_new_default ();
  tov_plan_document_set_glossary (builder, glossary);
  tov_plan_document_set_anonymise (builder, gtk_check_button_get_active (job->anonymise));
  if (tov_plan_document_set_languages (builder, tag, &error))
    job->document = job->meeting_id != NULL ? tov_plan_document_build_meeting (builder, job->meeting_id, &error)
                                            : tov_plan_document_build_plan (builder, job->version_id, &error);
  if (job->document == NULL)
    {
      show_error (job, error);
      job_free (job);
      return;
    }
  if (job->kind == TOV_PRINT_PRINT)
    {
      print_document (job);
      job_free (job);
    }
  else
    export_document (job);
}

/**
 * tov_print_get_choice:
 *
 * Returns: (transfer full): the family's printout languages as a tag: "da",
 * "ar", "en" or "da+ar"; "da" when it has made no choice.
 */
char *
tov_print_get_choice (TovStore   *store,
                      const char *family_id)
{
  g_autoptr(TovRecord) family = tov_store_get (store, "families", family_id, NULL);
  const char *stored = family != NULL ? tov_record_get (family, "print_languages") : NULL;
  g_autofree char *tag = stored != NULL ? g_strdelimit (g_strdup (stored), " ", '+') : NULL;

  if (tag != NULL && g_strv_contains (tov_plan_document_language_tags (), tag))
    return g_steal_pointer (&tag);
  return g_strdup ("da");
}

/**
 * tov_print_save_choice:
 * @languages: "da", "ar", "en" or "da+ar"
 *
 * Stores the family's printout languages ("da ar" for side by side); writes
 * nothing when they are already so.
 */
gboolean
tov_print_save_choice (TovStore    *store,
                       const char  *family_id,
                       const char  *languages,
                       GError     **error)
{
  g_autoptr(TovRecord) family = tov_store_get (store, "families", family_id, error);
  g_autofree char *stored = NULL;

  if (family == NULL)
    return FALSE;
  stored = g_strdelimit (g_strdup (languages), "+", ' ');
  if (g_strcmp0 (tov_record_get (family, "print_languages"), stored) == 0)
    return TRUE;
  tov_record_set (family, "print_languages", stored);
  return tov_store_update (store, family, NULL, error);
}

/* Asks language and variant for @job, starting from the family's choice. */
static void
ask (Job *job)
{
  GtkWidget *dialog, *box;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *current = tov_print_get_choice (job->store, job->family_id);
  static const char * const plan_titles[] = { N_("Print the Plan"), N_("Export the Plan as PDF"),
                                              N_("Export the Plan as ODT") };
  static const char * const minutes_titles[] = { N_("Print the Minutes"), N_("Export the Minutes as PDF"),
                                                 N_("Export the Minutes as ODT") };
  const char *title = job->meeting_id != NULL ? minutes_titles[job->kind] : plan_titles[job->kind];

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    gtk_string_list_append (labels, _(choices[i].label));
  job->language = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (g_str_equal (choices[i].tag, current))
      gtk_drop_down_set_selected (job->language, i);
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->language), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Printout language"), -1);
  job->anonymise = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
    _("_Anonymised: names and birth dates replaced, for case conferences and teaching")));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->language));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->anonymise));

  dialog = adw_message_dialog_new (parent_window (job), _(title),
                                   _("Choose the language of the printout. The family’s choice is remembered."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", job->kind == TOV_PRINT_PRINT ? _("_Print…") : _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_choice_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

static Job *
job_new (GtkWidget    *parent,
         TovStore     *store,
         const char   *family_id,
         TovPrintKind  kind)
{
  Job *job = g_new0 (Job, 1);

  g_set_weak_pointer (&job->parent, parent);
  job->store = g_object_ref (store);
  job->family_id = g_strdup (family_id);
  job->kind = kind;
  return job;
}

static TovPrintKind
kind_from_format (const char *format)
{
  return g_str_equal (format, "print") ? TOV_PRINT_PRINT
       : g_str_equal (format, "pdf") ? TOV_PRINT_EXPORT_PDF : TOV_PRINT_EXPORT_ODT;
}

/**
 * tov_print_run:
 * @version_id: (nullable): the plan version; NULL: the family's current one
 *
 * Asks language and variant, then prints or exports.
 */
void
tov_print_run (GtkWidget    *parent,
               TovStore     *store,
               const char   *family_id,
               const char   *version_id,
               TovPrintKind  kind)
{
  Job *job;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (TOV_IS_STORE (store));
  g_return_if_fail (family_id != NULL);

  job = job_new (parent, store, family_id, kind);
  job->version_id = version_id != NULL ? g_strdup (version_id)
                                       : tov_plan_document_current_version (store, family_id, &error);
  if (job->version_id == NULL)
    {
      show_error (job, error);
      job_free (job);
      return;
    }
  ask (job);
}

/**
 * tov_print_meeting_export:
 * @parent: the widget asking (the meetings page)
 * @meeting_id: the meeting whose minutes to print, right after it
 * @format: "print", "pdf" or "odt"
 *
 * Asks language and variant, then prints the meeting's minutes or exports
 * them as PDF or ODT: participants, the mapping's three columns, danger
 * statements and safety goals, scalings, the minutes and the agreements,
 * in the family's language.
 */
void
tov_print_meeting_export (GtkWidget  *parent,
                          TovStore   *store,
                          const char *meeting_id,
                          const char *format)
{
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (TOV_IS_STORE (store));
  g_return_if_fail (meeting_id != NULL && format != NULL);

  meeting = tov_store_get (store, "meetings", meeting_id, &error);
  job = job_new (parent, store, meeting != NULL ? tov_record_get (meeting, "family_id") : NULL,
                 kind_from_format (format));
  job->meeting_id = g_strdup (meeting_id);
  if (meeting == NULL)
    {
      show_error (job, error);
      job_free (job);
      return;
    }
  ask (job);
}

/**
 * tov_print_plan_export:
 * @plan_page: a widget with "store" and "family-id" properties (TovPlanPage)
 * @format: "print", "pdf" or "odt"
 *
 * A TovPlanExportFunc: tov_plan_page_set_export_handler (page,
 * (TovPlanExportFunc) tov_print_plan_export, NULL).
 */
void
tov_print_plan_export (GtkWidget  *plan_page,
                       const char *format,
                       const char *version_id,
                       gpointer    user_data)
{
  g_autoptr(TovStore) store = NULL;
  g_autofree char *family_id = NULL;

  g_object_get (plan_page, "store", &store, "family-id", &family_id, NULL);
  g_return_if_fail (store != NULL && family_id != NULL);

  tov_print_run (plan_page, store, family_id, version_id, kind_from_format (format));
}
