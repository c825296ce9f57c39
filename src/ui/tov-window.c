/* tov-window.c: the main window, families on the left, the selected one on the right
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-window"

#include <glib/gi18n.h>
#include <string.h>

#include "tov-family-row.h"
#include "tov-window-private.h"
#include "tov-window-state.h"

G_DEFINE_FINAL_TYPE (TovWindow, tov_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
tov_window_update_view (TovWindow *self)
{
  TovWindowState state = { 0 };
  TovWindowView view = { 0 };
  TovFamily *family;

  family = tov_window_get_selected (self);

  state.has_store = self->store != NULL;
  state.query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  state.n_items = g_list_model_get_n_items (self->shown);
  state.has_selection = family != NULL;
  state.has_filter = !tov_family_filter_is_empty (&self->filter_state);
  state.follow_up = self->show_follow_up;

  tov_window_view_compute (&state, &view);

  gtk_stack_set_visible_child_name (self->main_stack, view.main_page);
  gtk_stack_set_visible_child_name (self->sidebar_stack, view.sidebar_page);
  gtk_stack_set_visible_child_name (self->content_stack, view.content_page);

  if (family != NULL || self->family_page != NULL)
    tov_family_page_set_family (tov_window_get_family_page (self), family);
  /* The tabs belong to a family: no switcher while none is shown. */
  gtk_widget_set_visible (GTK_WIDGET (self->content_title), family != NULL);
  adw_view_switcher_title_set_title (self->content_title,
                              family != NULL ? tov_family_get_name (family) : "");
}

void
tov_window_show_error_toast (TovWindow    *self,
                             const GError *error)
{
  AdwToast *toast;

  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_family_page_add_toast_cb (TovWindow     *self,
                             AdwToast      *toast,
                             TovFamilyPage *page)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  TovWindow *self = user_data;

  self->refresh_source = 0;
  tov_window_refresh (self);

  return G_SOURCE_REMOVE;
}

void
tov_window_show_content (TovWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* A window made narrow while a family is shown keeps showing the family. */
static void
on_leaflet_folded_cb (TovWindow  *self,
                      GParamSpec *pspec,
                      AdwLeaflet *leaflet)
{
  if (adw_leaflet_get_folded (leaflet) && tov_window_get_selected (self) != NULL)
    adw_leaflet_set_visible_child (leaflet, self->content);
}

static void
on_store_changed_cb (TovWindow  *self,
                     const char *table,
                     const char *id,
                     TovStore   *store)
{
  /* An import emits one signal per row: refresh once, when idle. */
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_search_entry_search_changed_cb (TovWindow      *self,
                                   GtkSearchEntry *entry)
{
  /* tov_window_set_query has searched already; the entry's delayed signal
   * for the same text would search a second time. */
  if (self->setting_query ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), self->shown_query) == 0)
    return;

  tov_window_search_typed (self);
}

static void
on_search_entry_activate_cb (TovWindow      *self,
                             GtkSearchEntry *entry)
{
  if (g_list_model_get_n_items (self->shown) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  tov_window_show_content (self);
}

static void
on_family_list_activate_cb (TovWindow   *self,
                            guint        position,
                            GtkGridView *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  tov_window_show_content (self);
}

static void
on_selection_selected_item_cb (TovWindow          *self,
                               GParamSpec         *pspec,
                               GtkSingleSelection *selection)
{
  if (self->refreshing)
    return;

  /* Moved to one of the last rows (Down, Page Down, End): the next hits. */
  tov_window_show_more_near_end (self);
  if (tov_window_get_selected (self) != NULL)
    self->show_follow_up = FALSE;
  tov_window_update_view (self);

  if (tov_window_get_selected (self) != NULL)
    tov_window_show_content (self);
}

static void
on_follow_up_n_overdue_cb (TovWindow       *self,
                           GParamSpec      *pspec,
                           TovFollowUpView *view)
{
  guint n = tov_follow_up_view_get_n_overdue (view);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (self->follow_up_badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_badge), n > 0);
  if (n > 0)
    /* Translators: the tooltip of the follow-up button in the family list's header */
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Follow-up: %u agreement overdue",
                                            "Follow-up: %u agreements overdue", n), n);
  else
    tooltip = g_strdup (_("Follow-up: Agreements Due and Overdue"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->follow_up_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->follow_up_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
on_follow_up_open_family_cb (TovWindow       *self,
                             const char      *family_id,
                             TovFollowUpView *view)
{
  /* A family hidden by the search or a filter is shown all the same. */
  if (!tov_window_show_family (self, family_id, NULL))
    {
      gtk_check_button_set_active (self->overdue_check, FALSE);
      gtk_check_button_set_active (self->consent_check, FALSE);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->coordinator_dropdown, 0);
      tov_window_set_query (self, "");
      tov_window_show_family (self, family_id, NULL);
    }
}

/**
 * tov_window_ensure_follow_up:
 *
 * Builds the follow-up view (agreements due and overdue) if not yet built.
 *
 * Returns: (transfer none): the view
 */
TovFollowUpView *
tov_window_ensure_follow_up (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  g_clear_handle_id (&self->follow_up_source, g_source_remove);
  if (self->follow_up_view != NULL)
    return self->follow_up_view;

  self->follow_up_view = TOV_FOLLOW_UP_VIEW (tov_follow_up_view_new ());
  g_signal_connect_object (self->follow_up_view, "notify::n-overdue",
                           G_CALLBACK (on_follow_up_n_overdue_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->follow_up_view, "open-family",
                           G_CALLBACK (on_follow_up_open_family_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->follow_up_bin, GTK_WIDGET (self->follow_up_view));
  tov_follow_up_view_set_store (self->follow_up_view, self->store);
  on_follow_up_n_overdue_cb (self, NULL, self->follow_up_view);

  return self->follow_up_view;
}

static gboolean
follow_up_idle_cb (gpointer user_data)
{
  TovWindow *self = user_data;

  self->follow_up_source = 0;
  tov_window_ensure_follow_up (self);
  return G_SOURCE_REMOVE;
}

static void
tov_window_dispose (GObject *object)
{
  TovWindow *self = TOV_WINDOW (object);

  if (self->shortcuts != NULL)
    gtk_window_destroy (g_steal_pointer (&self->shortcuts));
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_handle_id (&self->follow_up_source, g_source_remove);
  g_clear_handle_id (&self->show_more_source, g_source_remove);
  if (self->grid_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grid_tick);
  self->grid_tick = 0;
  g_cancellable_cancel (self->search_cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  self->follow_up_view = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_WINDOW);
  g_clear_object (&self->shown);
  g_clear_object (&self->slots);
  g_clear_object (&self->grid_slots);
  g_clear_object (&self->slot_store);
  g_clear_pointer (&self->slot_pool, g_ptr_array_unref);
  g_clear_object (&self->families);
  g_clear_pointer (&self->matched, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_window_parent_class)->dispose (object);
}

static void
tov_window_finalize (GObject *object)
{
  TovWindow *self = TOV_WINDOW (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->shown_query, g_free);
  g_clear_pointer (&self->filter_coordinator, g_free);
  g_clear_pointer (&self->follow_ups, g_hash_table_unref);
  g_clear_pointer (&self->families_by_id, g_hash_table_unref);
  g_clear_pointer (&self->hits, g_hash_table_unref);
  g_clear_pointer (&self->hit_families, g_ptr_array_unref);
  g_clear_pointer (&self->searcher, tov_searcher_unref);
  g_clear_object (&self->search_cancellable);

  G_OBJECT_CLASS (tov_window_parent_class)->finalize (object);
}

static void
tov_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TovWindow *self = TOV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TovWindow *self = TOV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_window_class_init (TovWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_window_dispose;
  object_class->finalize = tov_window_finalize;
  object_class->get_property = tov_window_get_property;
  object_class->set_property = tov_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_FAMILY);
  g_type_ensure (TOV_TYPE_FAMILY_ROW);
  g_type_ensure (TOV_TYPE_FAMILY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TovWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, family_scroll);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, family_list);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, family_bin);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, follow_up_badge);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, follow_up_bin);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, coordinator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, coordinator_model);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, consent_check);
  gtk_widget_class_bind_template_child (widget_class, TovWindow, sort_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_family_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);

  tov_window_class_init_actions (widget_class);
}

/* The family list's rows: a GtkSignalListItemFactory, not a
 * GtkBuilderListItemFactory, so that GTK 4.8, which builds a row for every
 * item entering the list, does not parse a template and bind an expression
 * for each. The items are slots (one per place in the list) and a row
 * follows its slot's family: a search that shows other families in the
 * same places changes the rows' texts, not the rows. */
static void
on_family_factory_setup_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *item,
                            gpointer                  user_data)
{
  gtk_list_item_set_child (item, tov_family_row_new ());
}

static void
on_slot_family_cb (TovFamilySlot *slot,
                   GParamSpec    *pspec,
                   TovFamilyRow  *row)
{
  tov_family_row_set_family (row, tov_family_slot_get_family (slot));
}

static void
on_family_factory_bind_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           gpointer                  user_data)
{
  TovFamilySlot *slot = gtk_list_item_get_item (item);
  TovFamilyRow *row = TOV_FAMILY_ROW (gtk_list_item_get_child (item));

  tov_family_row_set_family (row, tov_family_slot_get_family (slot));
  g_signal_connect_object (slot, "notify::family", G_CALLBACK (on_slot_family_cb), row, 0);
}

static void
on_family_factory_unbind_cb (GtkSignalListItemFactory *factory,
                             GtkListItem              *item,
                             gpointer                  user_data)
{
  TovFamilyRow *row = TOV_FAMILY_ROW (gtk_list_item_get_child (item));

  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_family_cb, row);
  tov_family_row_set_family (row, NULL);
}

static gboolean
show_more_idle_cb (gpointer user_data)
{
  TovWindow *self = user_data;

  self->show_more_source = 0;
  tov_window_show_more_near_end (self);
  return G_SOURCE_REMOVE;
}

/* The list scrolled or grew: more hits after the layout, not during it. */
static void
on_family_scroll_changed_cb (TovWindow     *self,
                             GtkAdjustment *adjustment)
{
  if (self->show_more_source == 0)
    self->show_more_source = g_idle_add (show_more_idle_cb, self);
}

static void
tov_window_init (TovWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (on_family_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_family_factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_family_factory_unbind_cb), NULL);
  gtk_grid_view_set_factory (self->family_list, factory);
  /* A search shows a page of hits at first: scrolling near the end shows more. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->family_scroll), "value-changed",
                           G_CALLBACK (on_family_scroll_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->family_scroll), "changed",
                           G_CALLBACK (on_family_scroll_changed_cb), self, G_CONNECT_SWAPPED);
  tov_window_init_filters (self);


  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_leaflet_folded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  tov_window_refresh (self);
}

TovWindow *
tov_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TOV_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

TovStore *
tov_window_get_store (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * tov_window_set_store:
 * @self: a #TovWindow
 * @store: (nullable): the open database
 *
 * Shows the families of @store and follows its changes.
 */
void
tov_window_set_store (TovWindow *self,
                      TovStore  *store)
{
  g_autofree char *basename = NULL;

  g_return_if_fail (TOV_IS_WINDOW (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);
  if (self->family_page != NULL)
    tov_family_page_set_store (self->family_page, store);
  if (self->follow_up_view != NULL)
    tov_follow_up_view_set_store (self->follow_up_view, store);
  else if (store != NULL && self->follow_up_source == 0)
    /* The badge's count can come after the first frame. */
    self->follow_up_source = g_idle_add_full (G_PRIORITY_LOW, follow_up_idle_cb, self, NULL);

  g_clear_pointer (&self->database_path, g_free);

  /* A search still running answers for the database that was. */
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_cancellable = g_cancellable_new ();
  self->search_running = self->search_pending = FALSE;
  g_clear_pointer (&self->searcher, tov_searcher_unref);

  if (store != NULL)
    {
      /* The store's "changed" (table, id) signal; looked up so that a store
       * built without it still opens. */
      if (g_signal_lookup ("changed", TOV_TYPE_STORE) != 0)
        g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                                 G_CONNECT_SWAPPED);

      self->database_path = g_strdup (tov_store_get_path (store));
      if (self->database_path != NULL)
        basename = g_path_get_basename (self->database_path);
      if (self->database_path != NULL && g_file_test (self->database_path, G_FILE_TEST_IS_REGULAR))
        self->searcher = tov_searcher_new (self->database_path);
    }

  adw_window_title_set_subtitle (self->sidebar_title, basename);

  tov_window_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * tov_window_show_open_error:
 * @self: a #TovWindow
 * @path: (nullable): the file that did not open
 * @error: why
 *
 * Shows why the database could not be opened, in place of the families.
 */
void
tov_window_show_open_error (TovWindow    *self,
                            const char   *path,
                            const GError *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (TOV_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  tov_window_set_store (self, NULL);

  g_free (self->database_path);
  self->database_path = g_strdup (path);

  if (path != NULL && strstr (error->message, path) == NULL)
    {
      g_autofree char *escaped_path = g_markup_escape_text (path, -1);
      g_autofree char *escaped_message = g_markup_escape_text (error->message, -1);

      /* Translators: %s is why the file did not open; the second %s is its path */
      description = g_strdup_printf (_("%s\n\n<small>%s</small>"), escaped_message, escaped_path);
    }
  else
    description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  tov_window_update_view (self);
}

const char *
tov_window_get_database_path (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  return self->database_path;
}

/**
 * tov_window_get_families:
 * @self: a #TovWindow
 *
 * Returns: (transfer none): the families the list shows, in its order
 *   (#TovFamily; the list's own model holds a #TovFamilySlot for each)
 */
GListModel *
tov_window_get_families (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * tov_window_set_query:
 * @self: a #TovWindow
 * @query: (nullable): search text; empty or %NULL lists every family
 *
 * Searches at once, without waiting for the search entry's delay.
 */
void
tov_window_set_query (TovWindow  *self,
                      const char *query)
{
  g_return_if_fail (TOV_IS_WINDOW (self));

  if (query == NULL)
    query = "";

  if (query[0] != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);

  /* set_text clears the entry first, and the entry signals the empty text
   * at once: without the guard every deep link listed all families first. */
  self->setting_query = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  self->setting_query = FALSE;
  tov_window_search_now (self);
}

static gboolean
show_all_hits_with (TovWindow  *self,
                    const char *family_id)
{
  if (self->hit_families == NULL || self->n_wanted <= g_list_model_get_n_items (G_LIST_MODEL (self->shown)))
    return FALSE;

  for (guint i = 0; i < self->hit_families->len; i++)
    if (g_strcmp0 (tov_family_get_id (g_ptr_array_index (self->hit_families, i)), family_id) == 0)
      {
        self->hits_limit = G_MAXUINT;
        tov_window_update_shown (self);
        return TRUE;
      }
  return FALSE;
}

/**
 * tov_window_select_family:
 * @self: a #TovWindow
 * @family_id: a family's UUID
 *
 * Returns: %TRUE if the family is in the list and now selected
 */
gboolean
tov_window_select_family (TovWindow  *self,
                          const char *family_id)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (TOV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (family_id != NULL, FALSE);

  model = G_LIST_MODEL (self->shown);
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      n_items = g_list_model_get_n_items (model);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          if (TOV_IS_FAMILY (item) &&
              g_strcmp0 (tov_family_get_id (TOV_FAMILY (item)), family_id) == 0)
            {
              tov_window_select_position (self, i);
              return TRUE;
            }
        }

      /* A hit beyond the pages of the search shown: show them all. */
      if (attempt > 0 || !show_all_hits_with (self, family_id))
        break;
    }

  return FALSE;
}

/**
 * tov_window_get_selected:
 * @self: a #TovWindow
 *
 * Returns: (transfer none) (nullable): the selected family
 */
TovFamily *
tov_window_get_selected (TovWindow *self)
{
  gpointer item;

  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);

  return TOV_IS_FAMILY_SLOT (item) ? tov_family_slot_get_family (item) : NULL;
}

/**
 * tov_window_show_family:
 * @self: a #TovWindow
 * @family: a family's UUID or its name (any case)
 * @tab: (nullable): "overview", "network" or "plan"; %NULL keeps the tab shown
 *
 * Selects a family and shows it, as a deep link does (`--select-family`).
 *
 * Returns: %TRUE if the family is in the list and now shown
 */
gboolean
tov_window_show_family (TovWindow  *self,
                        const char *family,
                        const char *tab)
{
  g_autofree char *wanted = NULL;
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (TOV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (family != NULL, FALSE);

  if (!tov_window_select_family (self, family))
    {
      model = G_LIST_MODEL (self->shown);
      n_items = g_list_model_get_n_items (model);
      wanted = g_utf8_casefold (family, -1);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(TovFamily) item = g_list_model_get_item (model, i);
          g_autofree char *name = g_utf8_casefold (tov_family_get_name (item), -1);

          if (g_strcmp0 (name, wanted) == 0)
            {
              tov_window_select_position (self, i);
              break;
            }
        }
    }

  if (tov_window_get_selected (self) == NULL)
    return FALSE;

  if (tab != NULL)
    adw_view_stack_set_visible_child_name (tov_family_page_get_view_stack (tov_window_get_family_page (self)),
                                           tab);
  tov_window_show_content (self);

  return TRUE;
}

/* The family is at the table, the screen turned towards it (the plan's
 * "Family present"): the window shows no other family. The list and its
 * search go, with what shows every family at once (the follow-up, the
 * results, a new family); a button in the header ends it from any tab. */
static void
on_family_present_cb (TovWindow     *self,
                      GParamSpec    *pspec,
                      TovFamilyPage *page)
{
  static const char *others[] = { "win.search", "win.go-back", "win.new-family", "win.follow-up", "win.report" };
  gboolean present = FALSE;

  g_object_get (page, "family-present", &present, NULL);
  if (present)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_set_visible (self->sidebar, !present);
  gtk_widget_set_visible (self->sidebar_separator, !present);
  gtk_widget_set_visible (GTK_WIDGET (self->present_button), present);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), others[i], !present);
}

/**
 * tov_window_get_family_page:
 * @self: a #TovWindow
 *
 * The page is built when first asked for (a family shown, a deep link),
 * not with the window: start-up shows no family.
 *
 * Returns: (transfer none): the page that shows the selected family
 */
TovFamilyPage *
tov_window_get_family_page (TovWindow *self)
{
  g_return_val_if_fail (TOV_IS_WINDOW (self), NULL);

  if (self->family_page == NULL)
    {
      self->family_page = TOV_FAMILY_PAGE (tov_family_page_new ());
      g_signal_connect_object (self->family_page, "add-toast", G_CALLBACK (on_family_page_add_toast_cb),
                               self, G_CONNECT_SWAPPED);
      tov_family_page_set_store (self->family_page, self->store);
      adw_bin_set_child (self->family_bin, GTK_WIDGET (self->family_page));
      adw_view_switcher_title_set_stack (self->content_title,
                                         tov_family_page_get_view_stack (self->family_page));
      g_object_bind_property (self->content_title, "title-visible",
                              tov_family_page_get_switcher_bar (self->family_page), "reveal",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->family_page, "family-present", self->present_button, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->family_page, "notify::family-present", G_CALLBACK (on_family_present_cb),
                               self, G_CONNECT_SWAPPED);
    }
  return self->family_page;
}
