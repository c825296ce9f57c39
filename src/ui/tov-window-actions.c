/* tov-window-actions.c: the family list's filters and sorting, the window's actions
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-window"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-record-dialog.h"
#include "tov-report-window.h"
#include "tov-store-overview.h"
#include "tov-window-private.h"

void
tov_window_load_follow_ups (TovWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->follow_ups, g_hash_table_unref);
  if (self->store != NULL)
    self->follow_ups = tov_store_next_follow_ups (self->store, &error);
  if (error != NULL)
    tov_window_show_error_toast (self, error);
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The coordinator filter offers every coordinator in the list; the first two
 * items are "any" and "none". */
void
tov_window_update_coordinators (TovWindow  *self,
                                GListModel *model)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *old = G_LIST_MODEL (self->coordinator_model);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint old_n = g_list_model_get_n_items (old);
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TovFamily) family = g_list_model_get_item (model, i);
      const char *c = tov_family_get_coordinator (family);

      if (c != NULL && c[0] != '\0' && g_hash_table_add (seen, (gpointer) c))
        g_ptr_array_add (names, (gpointer) c);
    }
  g_ptr_array_sort (names, compare_names_cb);

  same = old_n == names->len + 2;
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->coordinator_model, i + 2),
                      g_ptr_array_index (names, i)) == 0;
  if (same)
    return;

  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->coordinator_model, 2, old_n >= 2 ? old_n - 2 : 0,
                          (const char * const *) names->pdata);
  if (self->filter_coordinator != NULL && self->filter_coordinator[0] != '\0')
    {
      guint pos = 0;

      for (guint i = 0; i < names->len - 1; i++)
        if (g_strcmp0 (g_ptr_array_index (names, i), self->filter_coordinator) == 0)
          pos = i + 2;
      gtk_drop_down_set_selected (self->coordinator_dropdown, pos);
    }
}

gboolean
tov_window_family_visible (TovWindow *self,
                           TovFamily *item)
{
  return tov_window_search_rank (self, item) != 0 &&
         tov_family_filter_match (&self->filter_state, item);
}

/* For g_ptr_array_sort_with_data (): @a and @b point to TovFamily pointers. */
int
tov_window_compare_families (gconstpointer pa,
                             gconstpointer pb,
                             gpointer      user_data)
{
  TovFamily *a = *(TovFamily **) pa, *b = *(TovFamily **) pb;
  TovWindow *self = user_data;
  const char *fa = NULL, *fb = NULL;

  if (self->sort == TOV_FAMILY_SORT_NAME)
    {
      /* By name (the families' order), or by relevance when searching. */
      guint ra = tov_window_search_rank (self, (TovFamily *) a);
      guint rb = tov_window_search_rank (self, (TovFamily *) b);

      return ra < rb ? -1 : ra > rb;
    }

  if (self->follow_ups != NULL)
    {
      fa = g_hash_table_lookup (self->follow_ups, tov_family_get_id ((TovFamily *) a));
      fb = g_hash_table_lookup (self->follow_ups, tov_family_get_id ((TovFamily *) b));
    }

  return tov_family_compare ((TovFamily *) a, (TovFamily *) b, self->sort, fa, fb);
}

static void
on_filter_changed_cb (TovWindow *self)
{
  static const char * const statuses[] = { NULL, "referred", "active", "closed" };
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint coordinator = gtk_drop_down_get_selected (self->coordinator_dropdown);

  g_clear_pointer (&self->filter_coordinator, g_free);
  if (coordinator == 1)
    self->filter_coordinator = g_strdup ("");
  else if (coordinator >= 2 && coordinator != GTK_INVALID_LIST_POSITION)
    self->filter_coordinator = g_strdup (gtk_string_list_get_string (self->coordinator_model, coordinator));

  self->filter_state.status = status < G_N_ELEMENTS (statuses) ? statuses[status] : NULL;
  self->filter_state.coordinator = self->filter_coordinator;
  self->filter_state.overdue_only = gtk_check_button_get_active (self->overdue_check);
  self->filter_state.consent_only = gtk_check_button_get_active (self->consent_check);

  tov_window_update_shown (self);
  tov_window_update_view (self);
}

static void
on_sort_changed_cb (TovWindow *self)
{
  self->sort = gtk_drop_down_get_selected (self->sort_dropdown);
  if (self->sort > TOV_FAMILY_SORT_FOLLOW_UP)
    self->sort = TOV_FAMILY_SORT_NAME;
  if (self->sort == TOV_FAMILY_SORT_FOLLOW_UP)
    tov_window_load_follow_ups (self);
  tov_window_update_shown (self);
  tov_window_update_view (self);
}

static void
on_new_family_saved_cb (TovWindow       *self,
                        TovRecord       *record,
                        TovRecordDialog *dialog)
{
  /* Show the new family at once, not at the next idle refresh. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  tov_window_refresh (self);
  tov_window_select_family (self, tov_record_get_id (record));
}

static void
new_family_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  static const char * const columns[] = {
    "name", "case_ref", "status", "enrolled_on", "languages", "interpreter_needed",
    "interpreter_language", "print_languages", NULL
  };
  TovWindow *self = TOV_WINDOW (widget);
  g_autoptr(TovRecord) family = NULL;
  g_autofree char *today = NULL;
  TovRecordDialog *dialog;

  if (self->store == NULL)
    return;

  today = tov_date_today ();
  family = tov_record_new ("families");
  tov_record_set (family, "status", "referred");
  tov_record_set (family, "enrolled_on", today);
  tov_record_set (family, "print_languages", "da");

  dialog = tov_record_dialog_new (self->store, family, TRUE, columns);
  gtk_window_set_title (GTK_WINDOW (dialog), _("New Family"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_new_family_saved_cb), self,
                           G_CONNECT_SWAPPED);
  tov_record_form_validate (tov_record_dialog_get_form (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);

  if (self->store == NULL)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
follow_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);

  if (self->store == NULL)
    return;

  tov_window_ensure_follow_up (self);
  self->show_follow_up = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  tov_window_update_view (self);
  tov_window_show_content (self);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);

  if (self->store != NULL)
    tov_report_window_present_for (GTK_WIDGET (self), self->store);
}

/* Ctrl+P anywhere in the window prints what the family's tab shows. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);

  if (tov_window_get_selected (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (tov_window_get_family_page (self)), "family.print", NULL);
}

/* The list's pipeline: every family -> search, filter and sort (tov-window-search.c) -> shown,
 * shown in slots (one per place in the list, tov-family-slot.c) -> selection -> grid. */
void
tov_window_init_filters (TovWindow *self)
{
  const char *first[] = { _("Any coordinator"), _("No coordinator"), NULL };

  self->families = g_list_store_new (TOV_TYPE_FAMILY);
  self->families_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->matched = g_ptr_array_new_with_free_func (g_object_unref);
  self->search_cancellable = g_cancellable_new ();
  /* The list's length changes by the slice's size, not by splicing
   * thousands of slots into and out of a GListStore (GSequence) on every
   * search and every clearing of it. */
  self->slot_store = g_list_store_new (TOV_TYPE_FAMILY_SLOT);
  self->slots = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->slot_store)), 0, 0);
  self->slot_pool = g_ptr_array_new_with_free_func (g_object_unref);
  self->grid_slots = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->slot_store)), 0, 0);
  self->shown = G_LIST_MODEL (tov_slot_families_new (G_LIST_MODEL (self->slots)));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->grid_slots));

  gtk_string_list_splice (self->coordinator_model, 0, 0, first);
  gtk_drop_down_set_selected (self->coordinator_dropdown, 0);

}

/* The Keyboard Shortcuts window, built when first asked for: GTK would
 * build gtk/help-overlay.ui with every window, at start-up, a twentieth of
 * the work before the first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  gtk_window_present (tov_window_get_shortcuts_window (TOV_WINDOW (widget), TRUE));
}

/**
 * tov_window_get_shortcuts_window:
 * @build: build it if it has not been yet
 *
 * Returns: (transfer none) (nullable): the Keyboard Shortcuts window, once built
 */
GtkWindow *
tov_window_get_shortcuts_window (TovWindow *self,
                                 gboolean   build)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  if (self->shortcuts == NULL && build)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/dk/tovholder/Tovholder/ui/tov-shortcuts-window.ui");

      self->shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_modal (self->shortcuts, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
    }
  return self->shortcuts;
}

/* Ctrl+Shift+F from any tab: the family present, or not (the plan's own
 * shortcut answers first where the plan has the focus). */
static void
family_present_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TovWindow *self = TOV_WINDOW (widget);
  gboolean present = FALSE;

  if (tov_window_get_selected (self) == NULL)
    return;
  g_object_get (tov_window_get_family_page (self), "family-present", &present, NULL);
  g_object_set (tov_window_get_family_page (self), "family-present", !present, NULL);
}

void
tov_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.new-family", NULL, new_family_action);
  gtk_widget_class_install_action (widget_class, "win.follow-up", NULL, follow_up_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.family-present", NULL, family_present_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-family", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "win.follow-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.family-present", NULL);
}
