/* tov-plan-page-agree.c: agreeing a draft with the family, comparing versions
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-plan-diff.h"
#include "tov-plan-items.h"
#include "tov-plan-page-private.h"
#include "tov-store-plan.h"

/* The fields of the agree dialog, by widget name (tests find them so). */
static const struct {
  const char *name;
  const char *title;
} agree_fields[] = {
  { "agreed-on", N_("Agreed on (YYYY-MM-DD)") },
  { "present", N_("Present") },
  { "accepted-by", N_("Accepted by (of the family)") },
  { "interpreter", N_("Interpreter or agency (if any)") },
  { "language", N_("Interpreted language") },
  { "parts", N_("Parts read aloud or translated") },
};

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *row = find_named (dialog, name);
  const char *text = row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : NULL;

  return text != NULL && *text != '\0' ? text : NULL;
}

static void
on_agree_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TovPlanPage      *self)
{
  g_autoptr(TovRecord) details = NULL;
  g_autoptr(TovRecord) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  GtkWidget *phone;
  const char *column = NULL;

  if (!g_str_equal (response, "agree") || self->version == NULL)
    return;
  details = tov_record_copy (self->version);
  tov_record_set (details, "agreed_on", field (GTK_WIDGET (dialog), "agreed-on"));
  tov_record_set (details, "present", field (GTK_WIDGET (dialog), "present"));
  tov_record_set (details, "accepted_by", field (GTK_WIDGET (dialog), "accepted-by"));
  tov_record_set (details, "interpreter", field (GTK_WIDGET (dialog), "interpreter"));
  if (field (GTK_WIDGET (dialog), "interpreter") != NULL)
    {
      phone = find_named (GTK_WIDGET (dialog), "by-phone");
      log = tov_record_new ("interpreter_logs");
      tov_record_set (log, "interpreter", field (GTK_WIDGET (dialog), "interpreter"));
      tov_record_set (log, "language", field (GTK_WIDGET (dialog), "language"));
      tov_record_set (log, "mode", gtk_switch_get_active (GTK_SWITCH (phone)) ? "phone" : "in_person");
      tov_record_set (log, "parts", field (GTK_WIDGET (dialog), "parts"));
      tov_record_set_boolean (log, "understood", TRUE);
    }
  self->writing = TRUE;
  draft = tov_store_plan_agree (self->store, details, log, &column, &error);
  self->writing = FALSE;
  if (draft == NULL)
    {
      tov_plan_page_toast_error (self, error);
      return;
    }
  {
    /* Translators: %s is the version number */
    g_autofree char *title = g_strdup_printf (_("Version %s agreed with the family; a new draft has started"),
                                              tov_record_get (self->version, "number"));
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  }
  tov_undo_stack_clear (tov_plan_editor_get_undo_stack (self->editor));
  tov_plan_page_set_version_id (self, draft);
  tov_plan_page_refresh (self);
}

/**
 * tov_plan_page_show_agree_dialog:
 *
 * Asks for the date, who was present, who of the family accepted the plan
 * and the interpreter, then freezes the draft and starts a new one.
 */
void
tov_plan_page_show_agree_dialog (TovPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *phone_row = adw_action_row_new ();
  GtkWidget *phone = gtk_switch_new ();
  g_autofree char *today = tov_date_today ();

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Agree the plan with the family?"),
                                   _("This version becomes read-only and stays in the case record as it is. "
                                     "A new draft starts from it."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < G_N_ELEMENTS (agree_fields); i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      gtk_widget_set_name (row, agree_fields[i].name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(agree_fields[i].title));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      if (i == 0)
        gtk_editable_set_text (GTK_EDITABLE (row), today);
      if (i == 4 && self->languages != NULL && self->languages[0] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), self->languages[0]);
    }
  gtk_widget_set_name (phone, "by-phone");
  gtk_widget_set_valign (phone, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (phone_row), _("Interpreted by phone"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (phone_row), phone);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (phone_row), phone);
  gtk_list_box_append (GTK_LIST_BOX (list), phone_row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "agree", _("_Agree"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "agree",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "agree");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_agree_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
cell (const char *text,
      const char *css)
{
  GtkWidget *label = gtk_label_new (text != NULL ? text : "");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

/**
 * tov_plan_page_show_compare_window:
 *
 * The version shown beside the one before it: added, removed and changed
 * items side by side.
 */
void
tov_plan_page_show_compare_window (TovPlanPage *self)
{
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TovRecord *before = NULL;
  GtkWidget *window, *box, *header, *scroller, *grid;
  g_autofree char *title = NULL;
  guint added, removed, changed;
  int row = 1;

  for (guint i = 0; self->versions != NULL && i < self->versions->len; i++)
    {
      TovRecord *v = g_ptr_array_index (self->versions, i);
      if (tov_record_get_int (v, "number", 0) == tov_record_get_int (self->version, "number", 0) - 1)
        before = v;
    }
  if (before == NULL)
    return;
  old_items = tov_store_plan_list_items (self->store, tov_record_get_id (before), NULL);
  changes = tov_plan_diff (old_items, self->items);
  tov_plan_diff_count (changes, &added, &removed, &changed);

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  /* Translators: comparing plan versions: "Version 1 and version 2" */
  title = g_strdup_printf (_("Version %s and version %s"), tov_record_get (before, "number"),
                           tov_record_get (self->version, "number"));
  gtk_window_set_title (GTK_WINDOW (window), title);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  {
    /* Translators: counts of plan items in a comparison of two plan versions */
    g_autofree char *n_added = g_strdup_printf (ngettext ("%u added", "%u added", added), added);
    g_autofree char *n_removed = g_strdup_printf (ngettext ("%u removed", "%u removed", removed), removed);
    g_autofree char *n_changed = g_strdup_printf (ngettext ("%u changed", "%u changed", changed), changed);
    /* Translators: the summary of a comparison of two plan versions: "2 added · 1 removed · 3 changed" */
    g_autofree char *summary = g_strdup_printf (_("%s · %s · %s"), n_added, n_removed, n_changed);
    GtkWidget *label = gtk_label_new (summary);
    gtk_widget_add_css_class (label, "heading");
    gtk_widget_set_margin_top (label, 6);
    gtk_box_append (GTK_BOX (box), label);
  }
  grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  {
    g_autofree char *agreed = tov_date_format (tov_record_get (before, "agreed_on"));

    gtk_grid_attach (GTK_GRID (grid), cell (agreed ?: tov_record_get (before, "number"), "heading"), 0, 0, 1, 1);
  }
  gtk_grid_attach (GTK_GRID (grid), cell (_("Now"), "heading"), 1, 0, 1, 1);
  for (guint i = 0; i < changes->len; i++)
    {
      TovPlanChange *c = g_ptr_array_index (changes, i);
      const char *css = c->kind == TOV_PLAN_CHANGE_ADDED ? "compare-added"
                      : c->kind == TOV_PLAN_CHANGE_REMOVED ? "compare-removed"
                      : c->kind == TOV_PLAN_CHANGE_CHANGED ? "compare-changed" : NULL;

      gtk_grid_attach (GTK_GRID (grid), cell (c->old_item ? tov_record_get (c->old_item, "text") : NULL,
                                              c->old_item ? css : NULL), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (c->new_item ? tov_record_get (c->new_item, "text") : NULL,
                                              c->new_item ? css : NULL), 1, row, 1, 1);
      row++;
    }
  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}
