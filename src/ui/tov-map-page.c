/* tov-map-page.c: the "Network map" tab of a family's page
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-map-add-dialog.h"
#include "tov-map-item.h"
#include "tov-map-page.h"
#include "tov-map-page-private.h"
#include "tov-map-renderer.h"
#include "tov-map-view.h"
#include "tov-record-dialog.h"
#include "tov-store-map.h"
#include "tov-store-overview.h"
#include "tov-i18n.h"
#include "tov-reading-start.h"

/*
 * The map (TovMapView), the same engagements as a table, the date the map
 * shows (a slider from the first engagement to today, and buttons for the
 * enrolment day and today), the headline counts, and the edits: add an
 * actor, move, edit, end an engagement; each one can be undone (Ctrl+Z, or
 * the toast's Undo). The page writes through the store and redraws when the
 * store says something of this family changed.
 */

G_DEFINE_FINAL_TYPE (TovMapPage, tov_map_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
tov_map_page_undo_step_free (UndoStep *step)
{
  g_clear_pointer (&step->records, g_ptr_array_unref);
  g_free (step->added_id);
  g_free (step->actor_id);
  g_free (step);
}

void
tov_map_page_toast (TovMapPage *self,
       const char *title,
       gboolean    with_undo)
{
  AdwToast *toast = adw_toast_new (title);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "map.undo");
    }
  adw_toast_set_timeout (toast, with_undo ? 8 : 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
push_undo (TovMapPage *self,
           UndoStep   *step)
{
  g_queue_push_head (&self->undo, step);
  while (g_queue_get_length (&self->undo) > 50)
    tov_map_page_undo_step_free (g_queue_pop_tail (&self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.undo", TRUE);
}

static GPtrArray *
snapshot (TovMapPage *self,
          const char *engagement_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = tov_store_snapshot (self->store, "engagements", engagement_id, &error);

  if (records == NULL)
    tov_map_page_toast (self, error->message, FALSE);
  return records;
}

static void
update_counts (TovMapPage       *self,
               const TovMapData *data,
               const char       *date)
{
  TovMapCounts now, start;
  g_autofree char *line = NULL;

  tov_map_data_count (data, date, &now);
  if (data->enrolled_on != NULL)
    {
      tov_map_data_count (data, data->enrolled_on, &start);
      /* TRANSLATORS: the map's headline: professionals in direct contact on the
       * day shown, then at enrolment; the plural follows the first number */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u professional in direct contact on %s; %u at enrolment",
                                           "%u professionals in direct contact on %s; %u at enrolment",
                                           now.professionals),
                              now.professionals, date, start.professionals);
    }
  else
    line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u professional in direct contact on %s",
                                         "%u professionals in direct contact on %s",
                                         now.professionals),
                            now.professionals, date);
  g_free (self->counts);
  self->counts = g_steal_pointer (&line);
  gtk_label_set_text (self->counts_label, self->counts);
}

void
tov_map_page_reload (TovMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = tov_date_today ();
  g_autofree char *pinned = g_steal_pointer (&self->pinned_id);
  TovMapData *data;
  const char *date;
  const char *first;

  g_list_store_remove_all (self->items);
  if (self->store == NULL || self->family_id == NULL)
    {
      tov_map_view_set_data (self->map_view, NULL, NULL, NULL);
      return;
    }
  data = tov_store_load_map (self->store, self->family_id, &error);
  if (data == NULL)
    {
      tov_map_view_set_data (self->map_view, NULL, NULL, NULL);
      return;
    }
  date = self->date != NULL ? self->date : now;

  /* the slider: from the first engagement (or enrolment) to today */
  first = data->enrolled_on;
  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (first == NULL || g_strcmp0 (entry->from_date, first) < 0)
        first = entry->from_date;
    }
  if (first == NULL || g_strcmp0 (first, now) > 0)
    first = now;
  g_free (self->first_date);
  self->first_date = g_strdup (first);
  self->updating_scale = TRUE;
  gtk_adjustment_set_upper (self->date_adjustment, MAX (1, tov_date_days_between (first, now)));
  gtk_adjustment_set_value (self->date_adjustment, tov_date_days_between (first, date));
  self->updating_scale = FALSE;
  gtk_label_set_text (self->date_label, date);

  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (tov_map_entry_is_active (entry, date))
        {
          g_autoptr(TovMapItem) item = tov_map_item_new (entry, data);

          g_list_store_append (self->items, item);
        }
    }
  update_counts (self, data, date);
  tov_map_view_set_data (self->map_view, data, date, pinned);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TovMapPage *self = user_data;

  self->reload_idle = 0;
  tov_map_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (TovMapPage *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
on_store_changed_cb (TovStore   *store,
                     const char *table,
                     const char *id,
                     TovMapPage *self)
{
  /* table NULL: anything may have changed (an import, a transaction) */
  if (table == NULL || g_str_equal (table, "engagements") || g_str_equal (table, "engagement_members") ||
      g_str_equal (table, "actors") || g_str_equal (table, "persons") ||
      g_str_equal (table, "families"))
    queue_reload (self);
}

static void
on_date_changed_cb (GtkAdjustment *adjustment,
                    TovMapPage    *self)
{
  g_autofree char *date = NULL;

  if (self->updating_scale || self->first_date == NULL)
    return;
  date = tov_date_add_days (self->first_date, (int) gtk_adjustment_get_value (adjustment));
  tov_map_page_set_date (self, date);
}

static void
on_node_moved_cb (TovMapView *view,
                  const char *id,
                  int         ring,
                  double      angle,
                  double      fraction,
                  TovMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = snapshot (self, id);
  UndoStep *step;

  if (before == NULL)
    return;
  g_free (self->pinned_id);
  self->pinned_id = g_strdup (id);
  if (!tov_store_move_engagement (self->store, id, ring, angle, fraction, &error))
    {
      tov_map_page_toast (self, error->message, FALSE);
      queue_reload (self);   /* back to where it was */
      return;
    }
  step = g_new0 (UndoStep, 1);
  step->records = g_steal_pointer (&before);
  push_undo (self, step);
  tov_map_page_reload (self);
}

static void
on_node_end_cb (TovMapView *view,
                const char *id,
                TovMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = snapshot (self, id);
  g_autofree char *now = tov_date_today ();
  g_autofree char *yesterday = tov_date_add_days (now, -1);
  const TovMapData *data = tov_map_view_get_data (view);
  const TovMapEntry *entry = data != NULL ? tov_map_data_lookup_entry (data, id) : NULL;
  g_autofree char *name = tov_isolate (entry != NULL ? entry->actor_name : NULL);
  g_autofree char *title = NULL;
  gboolean deleted = FALSE;
  UndoStep *step;

  if (before == NULL)
    return;
  /* ended yesterday: today the family no longer has this actor */
  if (!tov_store_end_engagement (self->store, id, yesterday, &deleted, &error))
    {
      tov_map_page_toast (self, error->message, FALSE);
      return;
    }
  step = g_new0 (UndoStep, 1);
  step->records = g_steal_pointer (&before);
  push_undo (self, step);
  title = deleted
    /* TRANSLATORS: %s is an actor's name */
    ? g_strdup_printf (_("Removed %s, who had not started yet"), name)
    : g_strdup_printf (_("Ended the engagement of %s as of %s"), name, yesterday);
  tov_map_page_toast (self, title, TRUE);
  tov_map_page_reload (self);
}

static void
on_dialog_saved_cb (TovRecordDialog *dialog,
                    TovRecord       *record,
                    TovMapPage      *self)
{
  GPtrArray *before = g_object_steal_data (G_OBJECT (dialog), "before");
  UndoStep *step;

  /* one undo step per dialog, however many times it saves */
  if (before == NULL)
    return;
  step = g_new0 (UndoStep, 1);
  step->records = before;
  push_undo (self, step);
}

static void
on_node_activated_cb (TovMapView *view,
                      const char *id,
                      TovMapPage *self)
{
  static const char * const columns[] = {
    "ring", "coordinator", "invited", "from_date", "to_date", "role_note", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) record = tov_store_get (self->store, "engagements", id, &error);
  GPtrArray *before;
  TovRecordDialog *dialog;
  GtkRoot *root;

  if (record == NULL || (before = snapshot (self, id)) == NULL)
    {
      if (error != NULL)
        tov_map_page_toast (self, error->message, FALSE);
      return;
    }
  dialog = tov_record_dialog_new (self->store, record, FALSE, columns);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Edit Engagement"));
  g_object_set_data_full (G_OBJECT (dialog), "before", before, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_added_cb (TovMapAddDialog *dialog,
             const char      *engagement_id,
             const char      *actor_id,
             TovMapPage      *self)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->added_id = g_strdup (engagement_id);
  step->actor_id = g_strdup (actor_id);
  push_undo (self, step);
  tov_map_page_reload (self);
  tov_map_view_set_focused_id (self->map_view, engagement_id);
  tov_map_page_toast (self, _("Actor added to the map"), TRUE);
}

static void
on_list_activate_cb (GtkColumnView *view,
                     guint          position,
                     TovMapPage    *self)
{
  g_autoptr(TovMapItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    on_node_activated_cb (self->map_view, tov_map_item_get_engagement_id (item), self);
}

static void
tov_map_page_dispose (GObject *object)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_MAP_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (tov_map_page_parent_class)->dispose (object);
}

static void
tov_map_page_finalize (GObject *object)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  g_queue_clear_full (&self->undo, (GDestroyNotify) tov_map_page_undo_step_free);
  g_clear_pointer (&self->family_id, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->first_date, g_free);
  g_clear_pointer (&self->counts, g_free);
  g_clear_pointer (&self->pinned_id, g_free);

  G_OBJECT_CLASS (tov_map_page_parent_class)->finalize (object);
}

static void
tov_map_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FAMILY_ID:
      g_value_set_string (value, self->family_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_map_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TovMapPage *self = TOV_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_map_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_FAMILY_ID:
      tov_map_page_set_family_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_map_page_class_init (TovMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_map_page_dispose;
  object_class->finalize = tov_map_page_finalize;
  object_class->get_property = tov_map_page_get_property;
  object_class->set_property = tov_map_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FAMILY_ID] =
    g_param_spec_string ("family-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOV_TYPE_MAP_VIEW);
  g_type_ensure (TOV_TYPE_MAP_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TovMapPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, TovMapPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TovMapPage, date_scale);
  gtk_widget_class_bind_template_child (widget_class, TovMapPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, TovMapPage, counts_label);

  tov_map_page_class_init_actions (widget_class);
}

static void
tov_map_page_init (TovMapPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->date_adjustment = gtk_range_get_adjustment (self->date_scale);
  /* the top-level child is not bound: AdwBin unparents it itself */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));
  g_queue_init (&self->undo);
  self->items = g_list_store_new (TOV_TYPE_MAP_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_column_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_list_activate_cb), self);
  g_signal_connect (self->date_adjustment, "value-changed", G_CALLBACK (on_date_changed_cb), self);
  g_signal_connect (self->map_view, "node-moved", G_CALLBACK (on_node_moved_cb), self);
  g_signal_connect (self->map_view, "node-end", G_CALLBACK (on_node_end_cb), self);
  g_signal_connect (self->map_view, "node-activated", G_CALLBACK (on_node_activated_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.undo", FALSE);
  /* right to left, the table starts at its first column, the actor's name */
  tov_reading_start_follow (GTK_WIDGET (self->list_view),
                            gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->list_view)));
}

GtkWidget *
tov_map_page_new (void)
{
  return g_object_new (TOV_TYPE_MAP_PAGE, NULL);
}

TovStore *
tov_map_page_get_store (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);

  return self->store;
}

void
tov_map_page_set_store (TovMapPage *self,
                        TovStore   *store)
{
  g_return_if_fail (TOV_IS_MAP_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (self->store == store)
    return;
  g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_queue_clear_full (&self->undo, (GDestroyNotify) tov_map_page_undo_step_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.undo", FALSE);
  tov_map_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
tov_map_page_get_family_id (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);

  return self->family_id;
}

void
tov_map_page_set_family_id (TovMapPage *self,
                            const char *family_id)
{
  g_return_if_fail (TOV_IS_MAP_PAGE (self));

  if (g_strcmp0 (self->family_id, family_id) == 0)
    return;

  g_free (self->family_id);
  self->family_id = g_strdup (family_id);
  g_clear_pointer (&self->date, g_free);
  g_queue_clear_full (&self->undo, (GDestroyNotify) tov_map_page_undo_step_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.undo", FALSE);
  tov_map_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

GtkWidget *
tov_map_page_get_view (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);
  return GTK_WIDGET (self->map_view);
}

/* Returns: the day the map shows, YYYY-MM-DD */
const char *
tov_map_page_get_date (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);
  return gtk_label_get_text (self->date_label);
}

/* @date: (nullable): a day, or NULL for today (and to follow it) */
void
tov_map_page_set_date (TovMapPage *self,
                       const char *date)
{
  g_return_if_fail (TOV_IS_MAP_PAGE (self));
  g_return_if_fail (date == NULL || tov_date_is_valid (date));

  g_free (self->date);
  self->date = g_strdup (date);
  tov_map_page_reload (self);
}

/* Returns: (transfer none): the engagements shown, as TovMapItem */
GListModel *
tov_map_page_get_items (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);
  return G_LIST_MODEL (self->items);
}

const char *
tov_map_page_get_counts (TovMapPage *self)
{
  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);
  return self->counts;
}

/**
 * tov_map_page_add_actor:
 *
 * Opens the add-actor dialog, as map.add does.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWindow *
tov_map_page_add_actor (TovMapPage *self)
{
  const TovMapData *data;
  TovMapAddDialog *dialog;
  g_autofree char *now = tov_date_today ();
  GtkRoot *root;

  g_return_val_if_fail (TOV_IS_MAP_PAGE (self), NULL);
  data = tov_map_view_get_data (self->map_view);
  if (self->store == NULL || data == NULL)
    return NULL;
  dialog = tov_map_add_dialog_new (self->store, data, now);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_added_cb), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
