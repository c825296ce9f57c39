/* tov-plan-page-actions.c: the plan page's actions: undo, redo, add, agree, compare, print
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-plan-page-private.h"
#include "tov-store-plan.h"

/* Makes the family's draft if it has none yet (opening the page writes nothing). */
static gboolean
ensure_draft (TovPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) draft = NULL;

  if (self->has_draft)
    return TRUE;
  if (self->store == NULL || self->family_id == NULL)
    return FALSE;
  self->writing = TRUE;
  draft = tov_store_plan_get_draft (self->store, self->family_id, &error);
  self->writing = FALSE;
  if (draft == NULL)
    {
      tov_plan_page_toast_error (self, error);
      return FALSE;
    }
  g_free (self->version_id);
  self->version_id = g_strdup (tov_record_get_id (draft));
  tov_plan_page_refresh (self);
  return self->has_draft;
}

static void
undo_or_redo (TovPlanPage *self,
              gboolean     redo)
{
  g_autoptr(GError) error = NULL;

  self->writing = TRUE;
  if (redo ? !tov_plan_editor_redo (self->editor, &error) : !tov_plan_editor_undo (self->editor, &error))
    tov_plan_page_toast_error (self, error);
  self->writing = FALSE;
  tov_plan_page_refresh (self);
}

static void
undo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  undo_or_redo (TOV_PLAN_PAGE (widget), FALSE);
}

static void
redo_action (GtkWidget *widget, const char *name, GVariant *param)
{
  undo_or_redo (TOV_PLAN_PAGE (widget), TRUE);
}

static void
add_item_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TovPlanPage *self = TOV_PLAN_PAGE (widget);
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(GError) error = NULL;

  if (!ensure_draft (self) || self->version == NULL || self->frozen)
    return;
  self->writing = TRUE;
  item = tov_plan_editor_add_item (self->editor, tov_record_get_id (self->version),
                                   g_variant_get_string (param, NULL), _("New text"), NULL, &error);
  if (item != NULL && tov_plan_page_member_filter (self) != NULL)
    tov_plan_editor_set (self->editor, "plan_items", tov_record_get_id (item), "person_id",
                         tov_plan_page_member_filter (self), NULL, NULL);
  self->writing = FALSE;
  if (item == NULL)
    tov_plan_page_toast_error (self, error);
  self->adding = TRUE;
  tov_plan_page_refresh (self);
  /* put the cursor in the new text: typing it is part of adding it */
  if (item != NULL)
    tov_plan_page_focus_item (self, tov_record_get_id (item));
  self->adding = FALSE;
}

static void
agree_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tov_plan_page_show_agree_dialog (TOV_PLAN_PAGE (widget));
}

static void
compare_action (GtkWidget *widget, const char *name, GVariant *param)
{
  tov_plan_page_show_compare_window (TOV_PLAN_PAGE (widget));
}

static void
export_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TovPlanPage *self = TOV_PLAN_PAGE (widget);
  const char *format = g_str_equal (name, "plan.print") ? "print"
                     : g_str_equal (name, "plan.export-pdf") ? "pdf" : "odt";
  g_autoptr(GError) error = NULL;

  if (!tov_plan_editor_flush (self->editor, &error))
    tov_plan_page_toast_error (self, error);
  if (self->export_func != NULL && self->version != NULL)
    self->export_func (self, format, tov_record_get_id (self->version), self->export_data);
}

/* Installs the "plan." actions and their shortcuts on the page's class. */
void
tov_plan_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "plan.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "plan.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "plan.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plan.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plan.export-odt", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "plan.family-present", "family-present");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "plan.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "plan.family-present", NULL);
}
