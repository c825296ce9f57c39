/* tov-plan-item-row.c: one item of the masterplan, with its translation beside it
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-item-row"

#include <glib/gi18n.h>

#include "tov-goal-scale.h"
#include "tov-plan-fields.h"
#include "tov-plan-item-details.h"
#include "tov-plan-item-row.h"
#include "tov-plan-text.h"
#include "tov-row-layout.h"
#include "tov-tooltip.h"

/*
 * Shows an item and reports what the user does with it by signals; the page
 * writes through the plan editor. The page's list recycles rows: a row
 * shows whichever item it is given. Texts are reported as they are typed
 * (the editor writes them after a pause); "done-typing" ends a run of
 * typing for undo. Items move by Alt+Up/Down, the buttons, or by dragging
 * the handle onto another item of the same section ("drop-item").
 *
 * Opening a plan builds a screenful of rows at once, so a row is built in
 * code (no GtkBuilder) and only with what every item shows: the text and
 * its audit line. The badges, the goal scale, the summary, the translation
 * beside and the tools are made the first time an item bound to the row
 * needs them, and kept for the next.
 */

/* The least width of the text and of its translation side by side: below
 * it they go one under the other (a few words a line is hard to read). */
#define TEXT_MIN_WIDTH 180

struct _TovPlanItemRow
{
  AdwBin           parent_instance;

  TovRecord       *item;
  char            *language;
  gboolean         loading;
  gboolean         editable;
  GPtrArray       *persons;
  GPtrArray       *actors;

  GtkBox          *box;      /* the drag handle, then content */
  GtkBox          *content;  /* the text, its translation and the tools: one under another when narrow */
  GtkBox          *column;
  TovPlanText     *text;
  GtkLabel        *audit_label;
  /* made when first needed */
  GtkBox          *badges_box;
  GtkLabel        *internal_label;
  GtkLabel        *member_label;
  GtkLabel        *missing_label;
  TovGoalScale    *scale;
  GtkLabel        *summary_label;
  GtkBox          *translation_box;
  GtkLabel        *language_label;
  TovPlanText     *translation;
  GtkWidget       *drag_handle;
  GtkBox          *tools_box;
  GtkMenuButton   *details_button;
  GtkToggleButton *internal_button;
};

G_DEFINE_FINAL_TYPE (TovPlanItemRow, tov_plan_item_row, ADW_TYPE_BIN)

enum {
  EDITED,       /* (column, value): a field of the item changed */
  TRANSLATED,   /* (language, text): the translation changed */
  MOVE,         /* (delta): up (-1) or down (1) in its section */
  DELETE,       /* the user deleted the item */
  DONE_TYPING,  /* a text lost focus: the next typing is a new undo step */
  DROP_ITEM,    /* (item id): an item was dropped here: move it to this item's place */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
actor_name (TovPlanItemRow *self,
            const char     *actor_id)
{
  for (guint i = 0; actor_id != NULL && self->actors != NULL && i < self->actors->len; i++)
    if (g_str_equal (tov_record_get_id (g_ptr_array_index (self->actors, i)), actor_id))
      return tov_record_get (g_ptr_array_index (self->actors, i), "name");
  return NULL;
}

static GtkLabel *
new_label (const char *css1,
           const char *css2)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css1 != NULL)
    gtk_widget_add_css_class (label, css1);
  if (css2 != NULL)
    gtk_widget_add_css_class (label, css2);
  return GTK_LABEL (label);
}

/* The parts made when first needed */

static void
ensure_badges (TovPlanItemRow *self)
{
  if (self->badges_box != NULL)
    return;
  self->badges_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  self->internal_label = new_label ("badge", "warning");
  /* Translators: a plan item the family does not see */
  gtk_label_set_label (self->internal_label, _("Internal"));
  tov_tooltip_set_text (GTK_WIDGET (self->internal_label),
                        _("Never shown to the family, printed or exported for them"));
  self->member_label = new_label ("caption-heading", NULL);
  self->missing_label = new_label ("badge", "error");
  gtk_label_set_label (self->missing_label, _("Not translated"));
  gtk_widget_set_visible (GTK_WIDGET (self->internal_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->member_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), FALSE);
  gtk_box_append (self->badges_box, GTK_WIDGET (self->internal_label));
  gtk_box_append (self->badges_box, GTK_WIDGET (self->member_label));
  gtk_box_append (self->badges_box, GTK_WIDGET (self->missing_label));
  gtk_box_insert_child_after (self->column, GTK_WIDGET (self->badges_box), NULL);
}

/* Shows or hides a badge, making the badges only to show one. */
static void
show_badge (TovPlanItemRow  *self,
            GtkLabel       **badge,
            gboolean         visible)
{
  if (!visible && self->badges_box == NULL)
    return;
  ensure_badges (self);
  gtk_widget_set_visible (GTK_WIDGET (*badge), visible);
}

static void
on_scale_value_cb (TovGoalScale   *scale,
                   GParamSpec     *pspec,
                   TovPlanItemRow *self)
{
  g_autofree char *value = NULL;

  if (self->loading || self->item == NULL)
    return;
  value = g_strdup_printf ("%d", tov_goal_scale_get_value (scale));
  g_signal_emit (self, signals[EDITED], 0, "scale_now", value);
}

static void
ensure_scale (TovPlanItemRow *self)
{
  if (self->scale != NULL)
    return;
  self->scale = TOV_GOAL_SCALE (tov_goal_scale_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->scale), GTK_ALIGN_START);
  tov_goal_scale_set_editable (self->scale, self->editable);
  g_signal_connect (self->scale, "notify::value", G_CALLBACK (on_scale_value_cb), self);
  gtk_box_insert_child_after (self->column, GTK_WIDGET (self->scale), GTK_WIDGET (self->text));
}

static void
ensure_summary (TovPlanItemRow *self)
{
  if (self->summary_label != NULL)
    return;
  self->summary_label = new_label ("caption", NULL);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_label_set_max_width_chars (self->summary_label, 20);
  gtk_box_insert_child_after (self->column, GTK_WIDGET (self->summary_label),
                              self->scale != NULL ? GTK_WIDGET (self->scale) : GTK_WIDGET (self->text));
}

static void
on_text_changed_cb (TovPlanText    *text,
                    const char     *value,
                    TovPlanItemRow *self)
{
  if (!self->loading && self->item != NULL)
    g_signal_emit (self, signals[EDITED], 0, "text", value);
}

static void
on_translation_changed_cb (TovPlanText    *text,
                           const char     *value,
                           TovPlanItemRow *self)
{
  if (self->loading || self->language == NULL || self->item == NULL)
    return;
  show_badge (self, &self->missing_label, value == NULL || *value == '\0');
  g_signal_emit (self, signals[TRANSLATED], 0, self->language, value);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TovPlanItemRow          *self)
{
  GtkWidget *text = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (text);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* only the window went to the background: the cursor is still here */
  if (focus != NULL && (focus == text || gtk_widget_is_ancestor (focus, text)))
    return;
  g_signal_emit (self, signals[DONE_TYPING], 0);
}

static void
add_focus_leave (TovPlanItemRow *self,
                 GtkWidget      *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

static void
ensure_translation (TovPlanItemRow *self)
{
  if (self->translation_box != NULL)
    return;
  self->translation_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_widget_set_hexpand (GTK_WIDGET (self->translation_box), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->translation_box), TEXT_MIN_WIDTH, -1);
  self->language_label = new_label ("caption-heading", NULL);
  self->translation = TOV_PLAN_TEXT (tov_plan_text_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->translation), "plan-text");
  tov_plan_text_set_editable (self->translation, self->editable);
  g_signal_connect (self->translation, "changed", G_CALLBACK (on_translation_changed_cb), self);
  add_focus_leave (self, GTK_WIDGET (self->translation));
  gtk_box_append (self->translation_box, GTK_WIDGET (self->language_label));
  gtk_box_append (self->translation_box, GTK_WIDGET (self->translation));
  gtk_box_insert_child_after (self->content, GTK_WIDGET (self->translation_box), GTK_WIDGET (self->column));
}

static void
on_internal_toggled_cb (GtkToggleButton *button,
                        TovPlanItemRow  *self)
{
  if (self->loading || self->item == NULL)
    return;
  g_signal_emit (self, signals[EDITED], 0, "internal",
                 gtk_toggle_button_get_active (button) ? "1" : "0");
}

static void
on_details_edited_cb (TovPlanItemDetails *details,
                      const char         *column,
                      const char         *value,
                      TovPlanItemRow     *self)
{
  if (self->item != NULL)
    g_signal_emit (self, signals[EDITED], 0, column, value);
}

static void
on_up_clicked_cb (TovPlanItemRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
on_down_clicked_cb (TovPlanItemRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
on_delete_clicked_cb (TovPlanItemRow *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource  *source,
                    double          x,
                    double          y,
                    TovPlanItemRow *self)
{
  if (self->item == NULL || !self->editable)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_STRING, tov_record_get_id (self->item));
}

static void
on_drag_begin_cb (GtkDragSource  *source,
                  GdkDrag        *drag,
                  TovPlanItemRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            TovPlanItemRow *self)
{
  const char *id = g_value_get_string (value);

  if (self->item == NULL || id == NULL || g_str_equal (id, tov_record_get_id (self->item)))
    return FALSE;
  g_signal_emit (self, signals[DROP_ITEM], 0, id);
  return TRUE;
}

static GtkWidget *
create_details (TovPlanItemRow *self)
{
  GtkWidget *details = tov_plan_item_details_new (self->item, self->persons, self->actors);

  g_signal_connect (details, "edited", G_CALLBACK (on_details_edited_cb), self);
  return details;
}

static void
details_popup_cb (GtkMenuButton *button,
                  gpointer       user_data)
{
  TovPlanItemRow *self = user_data;

  if (self->item != NULL)
    gtk_menu_button_set_popover (button, create_details (self));
}

static GtkWidget *
tool_button (GtkWidget  *button,
             const char *icon,
             const char *tip)
{
  if (GTK_IS_MENU_BUTTON (button))
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), icon);
  else
    gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  gtk_widget_add_css_class (button, "flat");
  tov_tooltip_set_text (button, tip);
  return button;
}

/* The drag handle and the buttons: only while the item can be edited. */
static void
ensure_tools (TovPlanItemRow *self)
{
  GtkDragSource *drag;
  GtkWidget *button;

  if (self->tools_box != NULL)
    return;
  self->drag_handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  gtk_widget_set_valign (self->drag_handle, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->drag_handle, "dim-label");
  tov_tooltip_set_text (self->drag_handle, _("Drag to move (or Alt+Up, Alt+Down)"));
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (self->drag_handle, GTK_EVENT_CONTROLLER (drag));
  gtk_box_insert_child_after (self->box, self->drag_handle, NULL);

  self->tools_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2));
  gtk_widget_set_valign (GTK_WIDGET (self->tools_box), GTK_ALIGN_CENTER);
  self->details_button = GTK_MENU_BUTTON (tool_button (gtk_menu_button_new (), "document-properties-symbolic",
                                                       _("Details: for whom, horizon and theme, responsible and law")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->details_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Details"), -1);
  gtk_menu_button_set_create_popup_func (self->details_button, details_popup_cb, self, NULL);
  gtk_box_append (self->tools_box, GTK_WIDGET (self->details_button));
  self->internal_button = GTK_TOGGLE_BUTTON (tool_button (gtk_toggle_button_new (), "view-conceal-symbolic",
                                                          _("Internal: hide from the family")));
  gtk_toggle_button_set_active (self->internal_button,
                                self->item != NULL && tov_record_get_boolean (self->item, "internal"));
  g_signal_connect (self->internal_button, "toggled", G_CALLBACK (on_internal_toggled_cb), self);
  gtk_box_append (self->tools_box, GTK_WIDGET (self->internal_button));
  button = tool_button (gtk_button_new (), "go-up-symbolic", _("Move up (Alt+Up)"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_up_clicked_cb), self);
  gtk_box_append (self->tools_box, button);
  button = tool_button (gtk_button_new (), "go-down-symbolic", _("Move down (Alt+Down)"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_down_clicked_cb), self);
  gtk_box_append (self->tools_box, button);
  button = tool_button (gtk_button_new (), "user-trash-symbolic", _("Delete"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  gtk_box_append (self->tools_box, button);
  gtk_box_append (self->content, GTK_WIDGET (self->tools_box));
}

static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  TovPlanItemRow *self = TOV_PLAN_ITEM_ROW (widget);

  if (self->item != NULL && self->editable)
    g_signal_emit (self, signals[MOVE], 0, g_variant_get_int32 (param));
}

static void
show_item (TovPlanItemRow *self)
{
  TovRecord *item = self->item;
  gboolean goal = g_strcmp0 (tov_record_get (item, "kind"), "goal") == 0;
  gboolean internal = tov_record_get_boolean (item, "internal");
  const char *updated = tov_record_get (item, "updated_at");
  g_autofree char *audit = NULL;
  g_autofree char *summary = tov_plan_item_summary (item, actor_name (self, tov_record_get (item, "actor_id")));

  self->loading = TRUE;
  tov_plan_text_set_text (self->text, tov_record_get (item, "text"));
  if (goal)
    ensure_scale (self);
  if (self->scale != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->scale), goal);
      tov_goal_scale_set_value (self->scale, tov_record_get_int (item, "scale_now", -1));
      tov_goal_scale_set_target (self->scale, tov_record_get_int (item, "scale_target", -1));
    }
  show_badge (self, &self->internal_label, internal);
  if (self->internal_button != NULL)
    gtk_toggle_button_set_active (self->internal_button, internal);
  if (internal)
    gtk_widget_add_css_class (GTK_WIDGET (self), "internal");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "internal");
  if (summary != NULL)
    ensure_summary (self);
  if (self->summary_label != NULL)
    {
      gtk_label_set_label (self->summary_label, summary);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
    }
  if (updated != NULL)
    /* Translators: when a plan item was last changed, a UTC timestamp */
    audit = g_strdup_printf (_("Changed %.10s"), updated);
  gtk_label_set_label (self->audit_label, audit);
  self->loading = FALSE;
}

static void
tov_plan_item_row_dispose (GObject *object)
{
  TovPlanItemRow *self = TOV_PLAN_ITEM_ROW (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);

  G_OBJECT_CLASS (tov_plan_item_row_parent_class)->dispose (object);
}

static void
tov_plan_item_row_finalize (GObject *object)
{
  TovPlanItemRow *self = TOV_PLAN_ITEM_ROW (object);

  g_free (self->language);

  G_OBJECT_CLASS (tov_plan_item_row_parent_class)->finalize (object);
}

static void
tov_plan_item_row_class_init (TovPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_plan_item_row_dispose;
  object_class->finalize = tov_plan_item_row_finalize;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[TRANSLATED] = g_signal_new ("translated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DONE_TYPING] = g_signal_new ("done-typing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DROP_ITEM] = g_signal_new ("drop-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "item.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "item.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "item.move", "i", 1);
}

static void
tov_plan_item_row_init (TovPlanItemRow *self)
{
  GtkDropTarget *drop;

  gtk_widget_add_css_class (GTK_WIDGET (self), "plan-item");
  /* not a GtkBox's own layout: see tov-row-layout.c */
  self->box = GTK_BOX (tov_row_layout_new_row (12));
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 6);
  self->column = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_widget_set_hexpand (GTK_WIDGET (self->column), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->column), TEXT_MIN_WIDTH, -1);
  self->text = TOV_PLAN_TEXT (tov_plan_text_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->text), "plan-text");
  self->audit_label = new_label ("dim-label", "caption");
  gtk_box_append (self->column, GTK_WIDGET (self->text));
  gtk_box_append (self->column, GTK_WIDGET (self->audit_label));
  /* in a narrow window the translation and the tools go under the text */
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->content), tov_row_layout_new_wrapping (12, 6));
  gtk_widget_set_hexpand (GTK_WIDGET (self->content), TRUE);
  gtk_box_append (self->content, GTK_WIDGET (self->column));
  gtk_box_append (self->box, GTK_WIDGET (self->content));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->box));

  g_signal_connect (self->text, "changed", G_CALLBACK (on_text_changed_cb), self);
  add_focus_leave (self, GTK_WIDGET (self->text));
  tov_plan_text_set_accessible_label (self->text, _("Text"));
  /* the plan is written in Danish: left to right under any locale */
  tov_plan_text_set_text_direction (self->text, GTK_TEXT_DIR_LTR);

  drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/* @item: (nullable): the item shown; a list sets it when it binds the row */
GtkWidget *
tov_plan_item_row_new (TovRecord *item)
{
  TovPlanItemRow *self = g_object_new (TOV_TYPE_PLAN_ITEM_ROW, NULL);

  if (item != NULL)
    tov_plan_item_row_set_item (self, item);
  return GTK_WIDGET (self);
}

TovRecord *
tov_plan_item_row_get_item (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  return self->item;
}

/* Shows @item; a text being typed in is left as it is when it already reads so. */
void
tov_plan_item_row_set_item (TovPlanItemRow *self,
                            TovRecord      *item)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));
  g_return_if_fail (TOV_IS_RECORD (item));

  g_set_object (&self->item, item);
  show_item (self);
}

/**
 * tov_plan_item_row_set_translation:
 * @language: (nullable): the language shown beside, %NULL to show none
 * @missing: whether to mark the text as lacking a translation
 */
void
tov_plan_item_row_set_translation (TovPlanItemRow *self,
                                   const char     *language,
                                   const char     *text,
                                   gboolean        missing)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  show_badge (self, &self->missing_label, language != NULL && missing);
  if (language == NULL)
    {
      if (self->translation_box != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->translation_box), FALSE);
      g_clear_pointer (&self->language, g_free);
      return;
    }
  ensure_translation (self);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_box), TRUE);
  self->loading = TRUE;
  tov_plan_text_set_text (self->translation, text);
  self->loading = FALSE;
  if (g_strcmp0 (language, self->language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  tov_plan_text_set_text_direction (self->translation,
                                    g_str_equal (language, "ar") || g_str_equal (language, "fa") ||
                                    g_str_equal (language, "ur") || g_str_equal (language, "ps") ||
                                    g_str_equal (language, "ku") || g_str_equal (language, "he")
                                    ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  /* Translators: the heading of the translation beside a plan text; %s is a language code */
  label = g_strdup_printf (_("Translation (%s)"), language);
  gtk_label_set_label (self->language_label, label);
  tov_plan_text_set_accessible_label (self->translation, label);
}

void
tov_plan_item_row_set_editable (TovPlanItemRow *self,
                                gboolean        editable)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  self->editable = !!editable;
  tov_plan_text_set_editable (self->text, editable);
  if (self->translation != NULL)
    tov_plan_text_set_editable (self->translation, editable);
  if (self->scale != NULL)
    tov_goal_scale_set_editable (self->scale, editable);
  if (editable)
    ensure_tools (self);
  if (self->tools_box != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->tools_box), editable);
      gtk_widget_set_visible (self->drag_handle, editable);
    }
}

/* Family-present mode: larger text, no audit details. */
void
tov_plan_item_row_set_family_present (TovPlanItemRow *self,
                                      gboolean        present)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->audit_label), !present);
  if (present)
    gtk_widget_add_css_class (GTK_WIDGET (self), "family-present");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "family-present");
}

void
tov_plan_item_row_set_member (TovPlanItemRow *self,
                              const char     *name)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  show_badge (self, &self->member_label, name != NULL);
  if (self->member_label != NULL)
    gtk_label_set_label (self->member_label, name);
}

/**
 * tov_plan_item_row_set_choices:
 * @persons: (element-type TovRecord) (nullable): the family's members
 * @actors: (element-type TovRecord) (nullable): the actors on the family's map
 *
 * What the details offer: who an item is for, who is responsible for an effort.
 */
void
tov_plan_item_row_set_choices (TovPlanItemRow *self,
                               GPtrArray      *persons,
                               GPtrArray      *actors)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  if (persons != NULL)
    g_ptr_array_ref (persons);
  if (actors != NULL)
    g_ptr_array_ref (actors);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  self->persons = persons;
  self->actors = actors;
}

/* Returns: (transfer none): the details popover, made now for the item shown (as opening it does). */
GtkWidget *
tov_plan_item_row_get_details (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  g_return_val_if_fail (self->item != NULL, NULL);

  ensure_tools (self);
  details_popup_cb (self->details_button, self);
  return GTK_WIDGET (gtk_menu_button_get_popover (self->details_button));
}

/* Returns: (transfer none): the GtkTextView of the item's text. */
GtkWidget *
tov_plan_item_row_get_text_view (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  return tov_plan_text_get_view (self->text);
}

/* Returns: (transfer none): the GtkTextView of the translation (made now if need be). */
GtkWidget *
tov_plan_item_row_get_translation_view (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);

  ensure_translation (self);
  return tov_plan_text_get_view (self->translation);
}

/* Returns: (transfer none): the TovPlanText of the item's text. */
GtkWidget *
tov_plan_item_row_get_text (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  return GTK_WIDGET (self->text);
}
