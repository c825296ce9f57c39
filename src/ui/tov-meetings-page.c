/* tov-meetings-page.c: a family's network meetings, the "Meetings" tab
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-meetings-page"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-labels.h"
#include "tov-meetings-page-private.h"
#include "tov-row-layout.h"

/*
 * The family's meetings, newest first, and the one selected in an editor
 * that writes every change at once (autosave) through TovMeetingEditor,
 * with undo and redo: date, time, place and kind; who is invited (the
 * family's members and the actors it invites, as check rows); the open
 * agreements from earlier meetings for review; the mapping in its columns;
 * each participant's scaling and the scalings over time; the agreements
 * made at the meeting; the minutes; the interpreter log. Typing and
 * translations are in tov-meetings-page-texts.c, the page's actions (new,
 * undo, delete, print) in tov-meetings-page-actions.c.
 */

G_DEFINE_FINAL_TYPE (TovMeetingsPage, tov_meetings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FAMILY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *kind;
  const char *label;
} kinds[] = {
  { "network", N_("Network meeting") },
  { "development_group", N_("Development group") },
  { "coordination", N_("Coordination meeting") },
  { "follow_up", N_("Follow-up meeting") },
  { "other", N_("Other meeting") },
};

static const char *
kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return _(kinds[i].label);
  return kind;
}

void
tov_meetings_page_toast_error (TovMeetingsPage *self,
                               const GError    *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
tov_meetings_page_toast_undo (TovMeetingsPage *self,
                              const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "meetings.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Rows made for one meeting; removed from their groups on the next reload
 * (tov_meetings_page_clear_rows (), %NULL @only: from every group). */
void
tov_meetings_page_add_row (TovMeetingsPage     *self,
                           AdwPreferencesGroup *group,
                           GtkWidget           *row)
{
  g_object_set_data (G_OBJECT (row), "group", group);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

void
tov_meetings_page_clear_rows (TovMeetingsPage     *self,
                              AdwPreferencesGroup *only)
{
  for (guint i = self->rows->len; i > 0; i--)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i - 1);
      AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (row), "group");

      if (only != NULL && group != only)
        continue;
      adw_preferences_group_remove (group, row);
      g_ptr_array_remove_index (self->rows, i - 1);
    }
}

/**
 * tov_meetings_page_name_of:
 *
 * Returns: (transfer none) (nullable): the name of a family member or actor
 */
const char *
tov_meetings_page_name_of (TovMeetingsPage *self,
                           const char      *person_id,
                           const char      *actor_id)
{
  for (guint i = 0; self->invitees != NULL && i < self->invitees->len; i++)
    {
      TovInvitee *inv = g_ptr_array_index (self->invitees, i);

      if ((person_id != NULL && g_strcmp0 (inv->person_id, person_id) == 0) ||
          (actor_id != NULL && g_strcmp0 (inv->actor_id, actor_id) == 0))
        return inv->name;
    }
  return NULL;
}

/* Before a write of ours: none while loading; no reload on "changed". */
gboolean
tov_meetings_page_write_begin (TovMeetingsPage *self)
{
  if (self->loading || self->meeting_id == NULL)
    return FALSE;
  self->writing = TRUE;
  return TRUE;
}

static void
set_field (TovMeetingsPage *self,
           const char      *column_name,
           const char      *value)
{
  g_autoptr(GError) error = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_set (self->editor, "meetings", self->meeting_id, column_name,
                               value != NULL && *value != '\0' ? value : NULL, NULL, &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
}

/* The meetings list */

void
tov_meetings_page_load_list (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  GtkWidget *child;
  GtkListBoxRow *select = NULL;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->meetings_list))) != NULL)
    gtk_list_box_remove (self->meetings_list, child);
  if (self->store != NULL && self->family_id != NULL)
    meetings = tov_store_list (self->store, "meetings", "family_id", self->family_id, NULL);
  for (guint i = meetings != NULL ? meetings->len : 0; i > 0; i--)
    {
      TovRecord *m = g_ptr_array_index (meetings, i - 1);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *held_on = tov_date_format (tov_record_get (m, "held_on"));
      GtkWidget *date = gtk_label_new (held_on);
      g_autofree char *sub = tov_record_get (m, "place") != NULL
        ? g_strdup_printf ("%s · %s", kind_label (tov_record_get (m, "kind")), tov_record_get (m, "place"))
        : g_strdup (kind_label (tov_record_get (m, "kind")));
      GtkWidget *detail = gtk_label_new (sub);

      gtk_label_set_xalign (GTK_LABEL (date), 0);
      gtk_widget_add_css_class (date, "heading");
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (detail), 24);
      gtk_widget_set_tooltip_text (detail, sub);
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_widget_add_css_class (detail, "caption");
      gtk_box_append (GTK_BOX (box), date);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "meeting-id", g_strdup (tov_record_get_id (m)), g_free);
      gtk_list_box_append (self->meetings_list, row);
      if (select == NULL || g_strcmp0 (tov_record_get_id (m), self->meeting_id) == 0)
        select = GTK_LIST_BOX_ROW (row);
    }
  if (select != NULL)
    gtk_list_box_select_row (self->meetings_list, select);
  self->loading = FALSE;

  if (select == NULL)
    {
      g_clear_pointer (&self->meeting_id, g_free);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }
  tov_meetings_page_set_meeting_id (self, g_object_get_data (G_OBJECT (select), "meeting-id"));
}

static void
on_meetings_list_row_selected_cb (GtkListBox      *list,
                                  GtkListBoxRow   *row,
                                  TovMeetingsPage *self)
{
  if (self->loading || row == NULL)
    return;
  tov_meetings_page_set_meeting_id (self, g_object_get_data (G_OBJECT (row), "meeting-id"));
}

/* The mapping */

static TovMeetingColumn *
column_for (TovMeetingsPage *self,
            const char      *category)
{
  TovMeetingColumn *columns[] = {
    self->worry_column, self->working_well_column, self->next_step_column,
    self->danger_column, self->safety_column,
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_strcmp0 (tov_meeting_column_get_category (columns[i]), category) == 0)
      return columns[i];
  return NULL;
}

void
tov_meetings_page_load_mapping (TovMeetingsPage *self)
{
  g_autoptr(GPtrArray) items = tov_store_list (self->store, "mapping_items", "meeting_id", self->meeting_id, NULL);
  TovMeetingColumn *columns[] = {
    self->worry_column, self->working_well_column, self->next_step_column,
    self->danger_column, self->safety_column,
  };

  if (self->language != NULL)
    tov_meetings_page_refresh_translations (self);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    tov_meeting_column_set_translation (columns[i], self->language, self->translations);

  tov_meeting_column_set_items (self->worry_column, items);
  tov_meeting_column_set_items (self->working_well_column, items);
  tov_meeting_column_set_items (self->next_step_column, items);
  tov_meeting_column_set_items (self->danger_column, items);
  tov_meeting_column_set_items (self->safety_column, items);
}

static void
on_column_add_cb (TovMeetingColumn *column,
                  const char       *text,
                  TovMeetingsPage  *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) item = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  item = tov_meeting_editor_add_item (self->editor, self->meeting_id, tov_meeting_column_get_category (column),
                                      text, NULL, &error);
  self->writing = FALSE;
  if (item == NULL)
    tov_meetings_page_toast_error (self, error);
  tov_meetings_page_load_mapping (self);
}

static void
on_column_deleted_cb (TovMeetingColumn *column,
                      const char       *id,
                      TovMeetingsPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_delete_item (self->editor, id, &error))
    tov_meetings_page_toast_error (self, error);
  else
    tov_meetings_page_toast_undo (self, _("Item deleted"));
  self->writing = FALSE;
  tov_meetings_page_load_mapping (self);
}

static void
on_column_moved_cb (TovMeetingColumn *column,
                    const char       *id,
                    int               delta,
                    TovMeetingsPage  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = g_strdup (id);
  GtkTextView *view;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_move_item (self->editor, moved, delta, &error))
    tov_meetings_page_toast_error (self, error);
  self->writing = FALSE;
  tov_meetings_page_load_mapping (self);
  /* keep the keyboard on the item that moved */
  for (guint i = 0; (view = tov_meeting_column_get_item_view (column, i)) != NULL; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_LIST_BOX_ROW);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "item-id"), moved) == 0)
        gtk_widget_grab_focus (GTK_WIDGET (view));
    }
}

static void
on_column_decide_cb (TovMeetingColumn *column,
                     const char       *id,
                     const char       *text,
                     TovMeetingsPage  *self)
{
  tov_meetings_page_show_decide (self, id, text);
}

/* Details and minutes */

static void
on_detail_row_apply_cb (AdwEntryRow     *row,
                        TovMeetingsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  const char *column = row == self->date_row ? "held_on" : row == self->time_row ? "start_time" : "place";
  g_autoptr(GError) error = NULL;
  const char *at = NULL;

  if (!tov_meetings_page_write_begin (self))
    return;
  if (!tov_meeting_editor_set (self->editor, "meetings", self->meeting_id, column,
                               *text != '\0' ? text : NULL, &at, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
      tov_meetings_page_toast_error (self, error);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
    }
  self->writing = FALSE;
  if (g_str_equal (column, "held_on") || g_str_equal (column, "place"))
    {
      g_clear_object (&self->meeting);
      self->meeting = tov_store_get (self->store, "meetings", self->meeting_id, NULL);
      tov_meetings_page_load_list (self);
    }
}

static void
on_kind_row_selected_cb (AdwComboRow     *row,
                         GParamSpec      *pspec,
                         TovMeetingsPage *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected < G_N_ELEMENTS (kinds))
    set_field (self, "kind", kinds[selected].kind);
}

static void
on_log_changed_cb (TovMeetingsPage *self)
{
  tov_meetings_page_save_log (self);
}

static void
load_details (TovMeetingsPage *self)
{
  TovRecord *m = self->meeting;
  const char *kind = tov_record_get (m, "kind");
  const char *minutes = tov_record_get (m, "minutes");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), tov_record_get (m, "held_on"));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row),
                         tov_record_get (m, "start_time") != NULL ? tov_record_get (m, "start_time") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->place_row),
                         tov_record_get (m, "place") != NULL ? tov_record_get (m, "place") : "");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->minutes_view), minutes != NULL ? minutes : "", -1);
}

/**
 * tov_meetings_page_reload_meeting:
 *
 * Shows the selected meeting as the store has it.
 */
void
tov_meetings_page_reload_meeting (TovMeetingsPage *self)
{
  g_clear_object (&self->meeting);
  if (self->store != NULL && self->meeting_id != NULL)
    self->meeting = tov_store_get (self->store, "meetings", self->meeting_id, NULL);
  tov_meetings_page_update_actions (self);
  if (self->meeting == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }
  self->loading = TRUE;
  tov_meetings_page_load_translations (self);
  load_details (self);
  tov_meetings_page_load_participants (self);
  tov_meetings_page_load_scaling (self);
  tov_meetings_page_load_mapping (self);
  tov_meetings_page_load_agreements (self);
  tov_meetings_page_load_log (self);
  self->loading = FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "editor");
}

static gboolean
reload_idle_cb (gpointer data)
{
  TovMeetingsPage *self = data;

  self->reload_id = 0;
  tov_meetings_page_load_list (self);
  tov_meetings_page_reload_meeting (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TovMeetingsPage *self,
                     const char      *table,
                     const char      *id)
{
  /* our own writes, and typing the editor writes after a pause, are shown already */
  if (self->writing || self->reload_id != 0 || self->family_id == NULL ||
      (self->editor != NULL && tov_plan_editor_is_writing (tov_meeting_editor_get_plan_editor (self->editor))))
    return;
  self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
tov_meetings_page_dispose (GObject *object)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->editor != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* what was typed last is written, not dropped */
      g_signal_handlers_disconnect_by_data (tov_meeting_editor_get_plan_editor (self->editor), self);
      if (!tov_meeting_editor_flush (self->editor, &error))
        g_warning ("Could not save the last changes to the meeting: %s", error->message);
    }
  g_clear_object (&self->editor);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->invitees, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->scales, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_meetings_page_parent_class)->dispose (object);
}

static void
tov_meetings_page_finalize (GObject *object)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (object);

  g_free (self->family_id);
  g_free (self->meeting_id);

  G_OBJECT_CLASS (tov_meetings_page_parent_class)->finalize (object);
}

static void
tov_meetings_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (object);

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
tov_meetings_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TovMeetingsPage *self = TOV_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_meetings_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_FAMILY_ID:
      tov_meetings_page_set_family_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_meetings_page_class_init (TovMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_meetings_page_dispose;
  object_class->finalize = tov_meetings_page_finalize;
  object_class->get_property = tov_meetings_page_get_property;
  object_class->set_property = tov_meetings_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_ID] =
    g_param_spec_string ("family-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  tov_meetings_page_install_actions (widget_class);

  g_type_ensure (TOV_TYPE_MEETING_COLUMN);
  g_type_ensure (TOV_TYPE_SCALING_CHART);
  g_type_ensure (TOV_TYPE_PLAN_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, page_box);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, top_box);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, mapping_columns);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, safety_columns);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, kind_list);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, participants_group);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, review_group);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, scaling_group);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, worry_column);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, working_well_column);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, next_step_column);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, danger_column);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, safety_column);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, minutes_translation_box);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, minutes_language_label);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, minutes_translation);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, language_list);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, interpreter_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, mode_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, mode_list);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, parts_row);
  gtk_widget_class_bind_template_child (widget_class, TovMeetingsPage, understood_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_meetings_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_log_changed_cb);
}

static void
tov_meetings_page_init (TovMeetingsPage *self)
{
  TovMeetingColumn *columns[5];

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the list of meetings above the meeting, the scalings under the
   * meeting's facts, and the mapping's columns under each other, when the
   * window is narrow */
  gtk_widget_set_layout_manager (self->page_box, tov_row_layout_new_wrapping (0, 0));
  gtk_widget_set_layout_manager (self->top_box, tov_row_layout_new_wrapping (24, 24));
  gtk_widget_set_layout_manager (self->mapping_columns, tov_row_layout_new_wrapping (12, 12));
  gtk_widget_set_layout_manager (self->safety_columns, tov_row_layout_new_wrapping (12, 12));
  self->rows = g_ptr_array_new ();
  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (self->kind_list, _(kinds[i].label));
  gtk_string_list_append (self->mode_list, _("In person"));
  gtk_string_list_append (self->mode_list, _("By phone"));
  gtk_string_list_append (self->mode_list, _("By video"));
  self->loading = FALSE;

  columns[0] = self->worry_column;
  columns[1] = self->working_well_column;
  columns[2] = self->next_step_column;
  columns[3] = self->danger_column;
  columns[4] = self->safety_column;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_signal_connect (columns[i], "add", G_CALLBACK (on_column_add_cb), self);
      g_signal_connect (columns[i], "deleted", G_CALLBACK (on_column_deleted_cb), self);
      g_signal_connect (columns[i], "moved", G_CALLBACK (on_column_moved_cb), self);
      g_signal_connect (columns[i], "decide", G_CALLBACK (on_column_decide_cb), self);
    }
  tov_meetings_page_connect_texts (self);
}

GtkWidget *
tov_meetings_page_new (void)
{
  return g_object_new (TOV_TYPE_MEETINGS_PAGE, NULL);
}

TovStore *
tov_meetings_page_get_store (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return self->store;
}

void
tov_meetings_page_set_store (TovMeetingsPage *self,
                             TovStore        *store)
{
  g_return_if_fail (TOV_IS_MEETINGS_PAGE (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->editor != NULL)
    {
      g_autoptr(GError) error = NULL;

      g_signal_handlers_disconnect_by_data (tov_meeting_editor_get_plan_editor (self->editor), self);
      if (!tov_meeting_editor_flush (self->editor, &error))
        tov_meetings_page_toast_error (self, error);
    }
  g_set_object (&self->store, store);
  g_clear_object (&self->editor);
  if (store != NULL)
    {
      self->editor = tov_meeting_editor_new (store);
      tov_meetings_page_connect_editor (self);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  tov_meetings_page_load_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
tov_meetings_page_get_family_id (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return self->family_id;
}

void
tov_meetings_page_set_family_id (TovMeetingsPage *self,
                                 const char      *family_id)
{
  g_return_if_fail (TOV_IS_MEETINGS_PAGE (self));

  if (g_strcmp0 (self->family_id, family_id) == 0)
    return;
  g_free (self->family_id);
  self->family_id = g_strdup (family_id);
  g_clear_pointer (&self->meeting_id, g_free);
  tov_meetings_page_load_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

const char *
tov_meetings_page_get_meeting_id (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return self->meeting_id;
}

void
tov_meetings_page_set_meeting_id (TovMeetingsPage *self,
                                  const char      *meeting_id)
{
  g_return_if_fail (TOV_IS_MEETINGS_PAGE (self));

  if (g_strcmp0 (self->meeting_id, meeting_id) != 0)
    {
      tov_meetings_page_done_typing (self);
      g_free (self->meeting_id);
      self->meeting_id = g_strdup (meeting_id);
    }
  tov_meetings_page_reload_meeting (self);
}

TovMeetingEditor *
tov_meetings_page_get_editor (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return self->editor;
}

/**
 * tov_meetings_page_get_column:
 *
 * Returns: (transfer none) (nullable): the mapping's column of @category
 */
GtkWidget *
tov_meetings_page_get_column (TovMeetingsPage *self,
                              const char      *category)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return GTK_WIDGET (column_for (self, category));
}

/**
 * tov_meetings_page_get_participant_check:
 *
 * Returns: (transfer none) (nullable): the check button inviting a member or actor
 */
GtkWidget *
tov_meetings_page_get_participant_check (TovMeetingsPage *self,
                                         const char      *person_or_actor_id)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return g_hash_table_lookup (self->checks, person_or_actor_id);
}

/**
 * tov_meetings_page_get_scale:
 *
 * Returns: (transfer none) (nullable): the scale of a participant
 */
GtkWidget *
tov_meetings_page_get_scale (TovMeetingsPage *self,
                             const char      *person_or_actor_id)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return g_hash_table_lookup (self->scales, person_or_actor_id);
}

/**
 * tov_meetings_page_get_chart:
 *
 * Returns: (transfer none): the chart of the scalings over time
 */
GtkWidget *
tov_meetings_page_get_chart (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return GTK_WIDGET (self->chart);
}

/**
 * tov_meetings_page_get_minutes_view:
 *
 * Returns: (transfer none): the minutes' text view
 */
GtkWidget *
tov_meetings_page_get_minutes_view (TovMeetingsPage *self)
{
  g_return_val_if_fail (TOV_IS_MEETINGS_PAGE (self), NULL);
  return GTK_WIDGET (self->minutes_view);
}
