/* tov-family-page-actions.c: editing, closing and deleting from a family's page
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-family-page-private.h"
#include "tov-measure-dialog.h"
#include "tov-record-dialog.h"
#include "tov-store-overview.h"
#include "tov-i18n.h"

static const char * const family_columns[] = {
  "name", "case_ref", "status", "enrolled_on", "languages", "interpreter_needed",
  "interpreter_language", "print_languages", NULL
};
static const char * const close_columns[] = {
  "closed_on", "closure_reason", "handover_to", NULL
};
static const char * const person_columns[] = {
  "given_name", "family_name", "birth_date", "sex", "household_role", "nationality",
  "languages", "interpreter_needed", "arrival_year", NULL
};
static const char * const consent_columns[] = {
  "given_on", "scope", "expires_on", "withdrawn_on", NULL
};

/* The rows a delete took, kept by its toast. Weak references: a toast that
 * outlives its database (the window closed) undoes nothing. */
typedef struct
{
  GWeakRef   store;
  GWeakRef   page;     /* where to say that the undo failed */
  GPtrArray *records;
} Undo;

static void
undo_free (Undo *undo)
{
  g_weak_ref_clear (&undo->store);
  g_weak_ref_clear (&undo->page);
  g_clear_pointer (&undo->records, g_ptr_array_unref);
  g_free (undo);
}

static void
error_dialog (TovFamilyPage *self,
              const char    *heading,
              const GError  *error)
{
  GtkRoot *root = self != NULL ? gtk_widget_get_root (GTK_WIDGET (self)) : NULL;
  GApplication *app = g_application_get_default ();
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkWidget *dialog;

  if (parent == NULL && GTK_IS_APPLICATION (app))
    parent = gtk_application_get_active_window (GTK_APPLICATION (app));

  dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static TovRecordDialog *
open_dialog (TovFamilyPage      *self,
             TovRecord          *record,
             gboolean            is_new,
             const char * const *columns,
             const char         *title)
{
  TovRecordDialog *dialog = tov_record_dialog_new (self->store, record, is_new, columns);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_set_title (GTK_WINDOW (dialog), title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    gpointer  user_data)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "undo");
  g_autoptr(GError) error = NULL;
  g_autoptr(TovStore) store = NULL;

  if (undo == NULL || undo->records == NULL)
    return;

  store = g_weak_ref_get (&undo->store);
  if (store == NULL)
    return;

  if (!tov_store_restore (store, undo->records, &error))
    {
      g_autoptr(TovFamilyPage) page = g_weak_ref_get (&undo->page);

      /* Not only in a log: the coordinator clicked Undo and must see that
       * nothing came back, and why (the family was deleted since, say). */
      error_dialog (page, _("Cannot Undo"), error);
    }
  g_clear_pointer (&undo->records, g_ptr_array_unref);
}

static void
delete_with_undo (TovFamilyPage *self,
                  const char    *table,
                  const char    *id,
                  const char    *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = tov_store_snapshot (self->store, table, id, &error);
  AdwToast *toast;
  Undo *undo;

  if (records == NULL || !tov_store_delete (self->store, table, id, &error))
    {
      error_dialog (self, _("Cannot Delete"), error);
      return;
    }

  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->store, self->store);
  g_weak_ref_init (&undo->page, self);
  undo->records = g_steal_pointer (&records);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, (GDestroyNotify) undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), NULL);
  tov_family_page_toast (self, toast);
}

typedef struct
{
  TovFamilyPage *self;
  char          *table;
  char          *id;
  char          *done;
} PendingDelete;

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PendingDelete    *pending)
{
  if (g_str_equal (response, "delete"))
    delete_with_undo (pending->self, pending->table, pending->id, pending->done);

  g_object_unref (pending->self);
  g_free (pending->table);
  g_free (pending->id);
  g_free (pending->done);
  g_free (pending);
}

static void
ask_delete (TovFamilyPage *self,
            const char    *table,
            const char    *id,
            const char    *heading,
            const char    *body,
            const char    *done)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);
  PendingDelete *pending = g_new0 (PendingDelete, 1);

  pending->self = g_object_ref (self);
  pending->table = g_strdup (table);
  pending->id = g_strdup (id);
  pending->done = g_strdup (done);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response_cb), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
person_label (TovRecord *person)
{
  const char *family = tov_record_get (person, "family_name");

  return g_strjoin (" ", tov_record_get (person, "given_name"), family, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);

  if (self->record != NULL)
    open_dialog (self, self->record, FALSE, family_columns, _("Edit Family"));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autoptr(TovRecord) record = NULL;
  g_autofree char *today = tov_date_today ();
  TovRecordDialog *dialog;

  if (self->record == NULL)
    return;

  record = tov_record_copy (self->record);
  tov_record_set (record, "status", "closed");
  if (tov_record_get (record, "closed_on") == NULL)
    tov_record_set (record, "closed_on", today);

  dialog = open_dialog (self, record, FALSE, close_columns, _("Close Family"));
  tov_record_dialog_set_confirm (dialog, _("C_lose Family"));
  tov_record_form_validate (tov_record_dialog_get_form (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autofree char *heading = NULL;
  g_autofree char *done = NULL;
  g_autofree char *name = NULL;

  if (self->record == NULL)
    return;

  name = tov_isolate (tov_record_get (self->record, "name"));
  /* Translators: %s is a family's name */
  heading = g_strdup_printf (_("Delete the %s Family?"), name);
  done = g_strdup_printf (_("The %s family was deleted"), name);
  ask_delete (self, "families", tov_record_get_id (self->record), heading,
              _("Its members, consents, plans, meetings and agreements are deleted with it. "
                "You can undo this for a few seconds."),
              done);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autoptr(TovRecord) person = NULL;

  if (self->record == NULL)
    return;

  person = tov_record_new ("persons");
  tov_record_set (person, "family_id", tov_record_get_id (self->record));
  tov_record_set (person, "family_name", tov_record_get (self->record, "name"));
  open_dialog (self, person, TRUE, person_columns, _("Add Member"));
}

static void
edit_member_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autoptr(TovRecord) person = tov_store_get (self->store, "persons",
                                               g_variant_get_string (parameter, NULL), NULL);

  if (person != NULL)
    open_dialog (self, person, FALSE, person_columns, _("Edit Member"));
}

static void
delete_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(TovRecord) person = tov_store_get (self->store, "persons", id, NULL);
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *done = NULL;

  if (person == NULL)
    return;

  label = person_label (person);
  name = tov_isolate (label);
  /* Translators: %s is a person's name */
  heading = g_strdup_printf (_("Delete %s?"), name);
  done = g_strdup_printf (_("%s was deleted"), name);
  ask_delete (self, "persons", id, heading,
              _("Their consents and measurements are deleted too. You can undo this for a few seconds."),
              done);
}

static void
add_consent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autoptr(TovRecord) consent = tov_record_new ("consents");
  g_autofree char *today = tov_date_today ();

  tov_record_set (consent, "person_id", g_variant_get_string (parameter, NULL));
  tov_record_set (consent, "given_on", today);
  open_dialog (self, consent, TRUE, consent_columns, _("Record Consent"));
}

static void
edit_consent_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  g_autoptr(TovRecord) consent = tov_store_get (self->store, "consents",
                                                g_variant_get_string (parameter, NULL), NULL);

  if (consent != NULL)
    open_dialog (self, consent, FALSE, consent_columns, _("Edit Consent"));
}

/* Ctrl+P on a family: prints what the tab shown holds (the plan, or the
 * latest meeting's minutes). */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TovFamilyPage *self = TOV_FAMILY_PAGE (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (tab, "plan") == 0 && self->plan_page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->plan_page), "plan.print", NULL);
  else if (g_strcmp0 (tab, "meetings") == 0 && self->meetings_page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->meetings_page), "meetings.print", NULL);
}

void
tov_family_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "family.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "family.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "family.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "family.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "family.edit-member", "s", edit_member_action);
  gtk_widget_class_install_action (widget_class, "family.delete-member", "s", delete_member_action);
  gtk_widget_class_install_action (widget_class, "family.add-consent", "s", add_consent_action);
  gtk_widget_class_install_action (widget_class, "family.edit-consent", "s", edit_consent_action);
  gtk_widget_class_install_action (widget_class, "family.record-measurements", NULL,
                                   tov_measure_dialog_activate);
  gtk_widget_class_install_action (widget_class, "family.print", NULL, print_action);
}

void
tov_family_page_update_actions (TovFamilyPage *self)
{
  gboolean has = self->record != NULL && self->store != NULL;
  gboolean open = has && g_strcmp0 (tov_record_get (self->record, "status"), "closed") != 0;
  static const char * const needs_family[] = {
    "family.edit", "family.delete", "family.add-member", "family.edit-member",
    "family.delete-member", "family.add-consent", "family.edit-consent",
    "family.record-measurements", "family.print", NULL
  };

  for (guint i = 0; needs_family[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), needs_family[i], has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.close", open);
}

void
tov_family_page_toast (TovFamilyPage *self,
                       AdwToast      *toast)
{
  g_object_ref_sink (toast);
  g_signal_emit (self, tov_family_page_signals[TOV_FAMILY_PAGE_SIGNAL_ADD_TOAST], 0, toast);
  g_object_unref (toast);
}
