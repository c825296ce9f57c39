/* tov-map-add-dialog.c: engage an actor with a family
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-add-dialog"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-fold.h"
#include "tov-map-add-dialog.h"
#include "tov-store-map.h"

/*
 * Search the global register of actors, or create a new actor; then the
 * ring, coordinator, invited and the members the actor works with. Adding
 * writes everything in one transaction (tov_store_add_engagement ()) and
 * emits ::added; a refusal shows under the form and keeps the dialog open.
 */

#define MAX_MATCHES 50

struct _TovMapAddDialog
{
  AdwWindow       parent_instance;

  TovStore       *store;
  char           *family_id;
  GPtrArray      *actors;        /* TovRecord, the register */
  GPtrArray      *folded;        /* the register's search text, folded */
  GPtrArray      *member_checks; /* GtkCheckButton, "person-id" data */
  char           *selected_id;

  GtkSearchEntry *search_entry;
  GtkListBox     *actor_list;
  AdwExpanderRow *new_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *organisation_row;
  AdwEntryRow    *role_row;
  AdwComboRow    *sector_row;
  AdwComboRow    *ring_row;
  GtkSwitch      *coordinator_switch;
  GtkSwitch      *invited_switch;
  AdwEntryRow    *from_row;
  AdwExpanderRow *members_row;
  GtkLabel       *error_label;
  GtkWidget      *add_button;
};

G_DEFINE_FINAL_TYPE (TovMapAddDialog, tov_map_add_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkStringList *
labels_model (const char *(*label) (guint),
              guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return list;
}

static const char *
ring_label (guint i)
{
  return tov_map_ring_label (i);
}

static const char *
sector_label (guint i)
{
  return tov_map_sector_label (i);
}

static void
update_state (TovMapAddDialog *self)
{
  if (self->add_button == NULL)   /* disposing */
    return;
  gtk_widget_set_sensitive (self->add_button, tov_map_add_dialog_can_add (self));
}

static void
fill_list (TovMapAddDialog *self)
{
  g_autofree char *needle = tov_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actor_list))) != NULL)
    gtk_list_box_remove (self->actor_list, child);
  g_clear_pointer (&self->selected_id, g_free);

  for (guint i = 0; i < self->actors->len && shown < MAX_MATCHES; i++)
    {
      TovRecord *actor = g_ptr_array_index (self->actors, i);
      const char *role = tov_record_get (actor, "role");
      const char *organisation = tov_record_get (actor, "organisation");
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (*needle != '\0' && strstr (g_ptr_array_index (self->folded, i), needle) == NULL)
        continue;
      subtitle = g_strjoin (" · ", role != NULL ? role : "", organisation != NULL ? organisation : "",
                            tov_map_sector_label (tov_map_sector_from_string (tov_record_get (actor, "sector"))),
                            NULL);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tov_record_get (actor, "name"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data_full (G_OBJECT (row), "actor-id", g_strdup (tov_record_get_id (actor)), g_free);
      gtk_list_box_append (self->actor_list, row);
      shown++;
    }
  update_state (self);
}

static void
on_search_changed_cb (TovMapAddDialog *self)
{
  fill_list (self);
}

static void
on_actor_selected_cb (TovMapAddDialog *self,
                      GtkListBoxRow   *row)
{
  if (self->new_row == NULL)
    return;
  g_free (self->selected_id);
  self->selected_id = row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "actor-id")) : NULL;
  if (row != NULL)
    adw_expander_row_set_enable_expansion (self->new_row, FALSE);
  update_state (self);
}

static void
on_state_changed_cb (TovMapAddDialog *self)
{
  if (self->new_row == NULL)
    return;
  if (adw_expander_row_get_enable_expansion (self->new_row) && self->selected_id != NULL)
    gtk_list_box_unselect_all (self->actor_list);
  update_state (self);
}

static void
on_add_clicked_cb (TovMapAddDialog *self)
{
  tov_map_add_dialog_confirm (self);
}

static void
tov_map_add_dialog_dispose (GObject *object)
{
  TovMapAddDialog *self = TOV_MAP_ADD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_MAP_ADD_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_map_add_dialog_parent_class)->dispose (object);
}

static void
tov_map_add_dialog_finalize (GObject *object)
{
  TovMapAddDialog *self = TOV_MAP_ADD_DIALOG (object);

  g_clear_pointer (&self->family_id, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_ptr_array_unref);
  g_clear_pointer (&self->member_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_map_add_dialog_parent_class)->finalize (object);
}

static void
tov_map_add_dialog_class_init (TovMapAddDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_map_add_dialog_dispose;
  object_class->finalize = tov_map_add_dialog_finalize;

  /**
   * TovMapAddDialog::added:
   * @engagement_id: the new engagement
   * @actor_id: (nullable): the actor created with it, or %NULL for one from the register
   *
   * The actor was engaged; the dialog closes after this.
   */
  signals[ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-map-add-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, actor_list);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, sector_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, ring_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, coordinator_switch);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, invited_switch);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, members_row);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TovMapAddDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actor_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tov_map_add_dialog_init (TovMapAddDialog *self)
{
  g_autoptr(GtkStringList) rings = labels_model (ring_label, TOV_MAP_N_RINGS);
  g_autoptr(GtkStringList) sectors = labels_model (sector_label, TOV_MAP_N_SECTORS);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->ring_row, G_LIST_MODEL (rings));
  adw_combo_row_set_selected (self->ring_row, TOV_MAP_RING_PERIPHERAL);
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));
  self->member_checks = g_ptr_array_new ();
}

TovMapAddDialog *
tov_map_add_dialog_new (TovStore         *store,
                        const TovMapData *data,
                        const char       *today)
{
  TovMapAddDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TOV_IS_STORE (store) && data != NULL, NULL);

  self = g_object_new (TOV_TYPE_MAP_ADD_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->family_id = g_strdup (data->family_id);
  self->actors = tov_store_list (store, "actors", NULL, NULL, &error);
  if (self->actors == NULL)
    self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->folded = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->actors->len; i++)
    {
      TovRecord *actor = g_ptr_array_index (self->actors, i);
      g_autofree char *text = g_strjoin (" ", tov_record_get (actor, "name"),
                                         tov_record_get (actor, "organisation") ?: "",
                                         tov_record_get (actor, "role") ?: "", NULL);

      g_ptr_array_add (self->folded, tov_fold_for_search (text));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), today);

  for (guint i = 0; i < data->members->len; i++)
    {
      TovMapMember *member = g_ptr_array_index (data->members, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member->name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "person-id", g_strdup (member->id), g_free);
      g_ptr_array_add (self->member_checks, check);
      adw_expander_row_add_row (self->members_row, row);
    }
  fill_list (self);
  return self;
}

void
tov_map_add_dialog_set_search (TovMapAddDialog *self,
                               const char      *text)
{
  g_return_if_fail (TOV_IS_MAP_ADD_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  fill_list (self);
}

guint
tov_map_add_dialog_get_n_matches (TovMapAddDialog *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actor_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

gboolean
tov_map_add_dialog_select_actor (TovMapAddDialog *self,
                                 const char      *actor_id)
{
  g_return_val_if_fail (TOV_IS_MAP_ADD_DIALOG (self), FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actor_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "actor-id"), actor_id) == 0)
      {
        gtk_list_box_select_row (self->actor_list, GTK_LIST_BOX_ROW (child));
        return TRUE;
      }
  return FALSE;
}

void
tov_map_add_dialog_set_new_actor (TovMapAddDialog *self,
                                  const char      *name,
                                  TovMapSector     sector)
{
  g_return_if_fail (TOV_IS_MAP_ADD_DIALOG (self));
  adw_expander_row_set_enable_expansion (self->new_row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  adw_combo_row_set_selected (self->sector_row, sector);
}

void
tov_map_add_dialog_set_ring (TovMapAddDialog *self,
                             TovMapRing       ring)
{
  g_return_if_fail (TOV_IS_MAP_ADD_DIALOG (self));
  adw_combo_row_set_selected (self->ring_row, ring);
}

void
tov_map_add_dialog_set_member (TovMapAddDialog *self,
                               const char      *person_id,
                               gboolean         works_with)
{
  g_return_if_fail (TOV_IS_MAP_ADD_DIALOG (self));
  for (guint i = 0; i < self->member_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->member_checks, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), "person-id"), person_id) == 0)
        gtk_check_button_set_active (check, works_with);
    }
}

/* who is chosen, and a valid start date */
gboolean
tov_map_add_dialog_can_add (TovMapAddDialog *self)
{
  gboolean creating = adw_expander_row_get_enable_expansion (self->new_row);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (!tov_date_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->from_row))))
    return FALSE;
  return creating ? *name != '\0' : self->selected_id != NULL;
}

static void
show_error (TovMapAddDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/**
 * tov_map_add_dialog_confirm:
 *
 * Adds, as the Add button does. Returns: whether it was stored; when not,
 * the reason shows in the dialog.
 */
gboolean
tov_map_add_dialog_confirm (TovMapAddDialog *self)
{
  g_autoptr(TovRecord) actor = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *engagement_id = NULL;
  const char *column = NULL;
  TovMapRing ring = adw_combo_row_get_selected (self->ring_row);
  gboolean coordinator = gtk_switch_get_active (self->coordinator_switch);

  g_return_val_if_fail (TOV_IS_MAP_ADD_DIALOG (self), FALSE);
  if (!tov_map_add_dialog_can_add (self))
    return FALSE;
  if (coordinator && ring != TOV_MAP_RING_CORE)
    {
      show_error (self, _("The coordinator belongs to the core team: choose that ring."));
      return FALSE;
    }
  if (adw_expander_row_get_enable_expansion (self->new_row))
    {
      actor = tov_record_new ("actors");
      tov_record_set (actor, "name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
      tov_record_set (actor, "organisation", gtk_editable_get_text (GTK_EDITABLE (self->organisation_row)));
      tov_record_set (actor, "role", gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
      tov_record_set (actor, "sector",
                      tov_map_sector_to_string (adw_combo_row_get_selected (self->sector_row)));
    }
  for (guint i = 0; i < self->member_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->member_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (persons, g_object_get_data (G_OBJECT (check), "person-id"));
    }
  g_ptr_array_add (persons, NULL);

  engagement_id = tov_store_add_engagement (self->store, self->family_id, actor, self->selected_id,
                                            ring, coordinator,
                                            gtk_switch_get_active (self->invited_switch),
                                            gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                                            (const char * const *) persons->pdata, &column, &error);
  if (engagement_id == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[ADDED], 0, engagement_id, actor != NULL ? tov_record_get_id (actor) : NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
