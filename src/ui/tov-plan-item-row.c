/* tov-plan-item-row.c: one item of the masterplan, with its translation beside it
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-item-row"

#include <glib/gi18n.h>

#include "tov-goal-scale.h"
#include "tov-plan-item-row.h"

/*
 * Shows an item and reports what the user does with it by signals; the page
 * writes through the plan editor. Texts are written as they are typed
 * (autosave); "done-typing" ends a run of typing for undo.
 */

struct _TovPlanItemRow
{
  GtkListBoxRow   parent_instance;

  TovRecord      *item;
  char           *language;
  gboolean        loading;

  GtkLabel       *internal_label;
  GtkLabel       *member_label;
  GtkLabel       *missing_label;
  GtkTextView    *text_view;
  TovGoalScale   *scale;
  GtkLabel       *audit_label;
  GtkBox         *translation_box;
  GtkLabel       *language_label;
  GtkTextView    *translation_view;
  GtkBox         *tools_box;
  GtkToggleButton *internal_button;
};

G_DEFINE_FINAL_TYPE (TovPlanItemRow, tov_plan_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  EDITED,       /* (column, value): a field of the item changed */
  TRANSLATED,   /* (language, text): the translation changed */
  MOVE,         /* (delta): up (-1) or down (1) in its section */
  DELETE,       /* the user deleted the item */
  DONE_TYPING,  /* a text lost focus: the next typing is a new undo step */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer (GtkTextView *view,
            const char  *text)
{
  g_autofree char *old = buffer_text (view);

  if (g_strcmp0 (old, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
on_text_changed_cb (GtkTextBuffer  *buffer,
                    TovPlanItemRow *self)
{
  g_autofree char *text = NULL;

  if (self->loading)
    return;
  text = buffer_text (self->text_view);
  g_signal_emit (self, signals[EDITED], 0, "text", text);
}

static void
on_translation_changed_cb (GtkTextBuffer  *buffer,
                           TovPlanItemRow *self)
{
  g_autofree char *text = NULL;

  if (self->loading || self->language == NULL)
    return;
  text = buffer_text (self->translation_view);
  g_signal_emit (self, signals[TRANSLATED], 0, self->language, text);
}

static void
on_scale_value_cb (TovGoalScale   *scale,
                   GParamSpec     *pspec,
                   TovPlanItemRow *self)
{
  g_autofree char *value = NULL;

  if (self->loading)
    return;
  value = g_strdup_printf ("%d", tov_goal_scale_get_value (scale));
  g_signal_emit (self, signals[EDITED], 0, "scale_now", value);
}

static void
on_internal_toggled_cb (GtkToggleButton *button,
                        TovPlanItemRow  *self)
{
  if (self->loading)
    return;
  g_signal_emit (self, signals[EDITED], 0, "internal",
                 gtk_toggle_button_get_active (button) ? "1" : "0");
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TovPlanItemRow          *self)
{
  g_signal_emit (self, signals[DONE_TYPING], 0);
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

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  TovPlanItemRow *self = TOV_PLAN_ITEM_ROW (widget);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->tools_box)))
    return FALSE;
  g_signal_emit (self, signals[MOVE], 0, g_variant_get_int32 (args));
  return TRUE;
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
show_item (TovPlanItemRow *self)
{
  TovRecord *item = self->item;
  gboolean goal = g_strcmp0 (tov_record_get (item, "kind"), "goal") == 0;
  gboolean internal = tov_record_get_boolean (item, "internal");
  const char *updated = tov_record_get (item, "updated_at");
  g_autofree char *audit = NULL;

  self->loading = TRUE;
  set_buffer (self->text_view, tov_record_get (item, "text"));
  gtk_widget_set_visible (GTK_WIDGET (self->scale), goal);
  tov_goal_scale_set_value (self->scale, tov_record_get_int (item, "scale_now", -1));
  tov_goal_scale_set_target (self->scale, tov_record_get_int (item, "scale_target", -1));
  gtk_widget_set_visible (GTK_WIDGET (self->internal_label), internal);
  gtk_toggle_button_set_active (self->internal_button, internal);
  if (internal)
    gtk_widget_add_css_class (GTK_WIDGET (self), "internal");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "internal");
  if (updated != NULL)
    /* Translators: when a plan item was last changed, a UTC timestamp */
    audit = g_strdup_printf (_("Changed %.10s"), updated);
  gtk_label_set_label (self->audit_label, audit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Text"), -1);
  self->loading = FALSE;
}

static void
tov_plan_item_row_dispose (GObject *object)
{
  TovPlanItemRow *self = TOV_PLAN_ITEM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOV_TYPE_PLAN_ITEM_ROW);
  g_clear_object (&self->item);

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

  g_type_ensure (TOV_TYPE_GOAL_SCALE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-plan-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, internal_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, member_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, missing_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, scale);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, audit_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, translation_box);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, language_label);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, translation_view);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, tools_box);
  gtk_widget_class_bind_template_child (widget_class, TovPlanItemRow, internal_button);
  gtk_widget_class_bind_template_callback (widget_class, on_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_cb, "i", 1);
}

static void
tov_plan_item_row_init (TovPlanItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Z undoes across the whole editor (plan.undo), not in one text */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->text_view), FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->translation_view), FALSE);
  g_signal_connect (gtk_text_view_get_buffer (self->text_view), "changed",
                    G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->translation_view), "changed",
                    G_CALLBACK (on_translation_changed_cb), self);
  g_signal_connect (self->scale, "notify::value", G_CALLBACK (on_scale_value_cb), self);
  g_signal_connect (self->internal_button, "toggled", G_CALLBACK (on_internal_toggled_cb), self);
  add_focus_leave (self, GTK_WIDGET (self->text_view));
  add_focus_leave (self, GTK_WIDGET (self->translation_view));
}

GtkWidget *
tov_plan_item_row_new (TovRecord *item)
{
  TovPlanItemRow *self = g_object_new (TOV_TYPE_PLAN_ITEM_ROW, NULL);

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

  g_free (self->language);
  self->language = g_strdup (language);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_box), language != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), language != NULL && missing);
  if (language == NULL)
    return;
  self->loading = TRUE;
  set_buffer (self->translation_view, text);
  self->loading = FALSE;
  /* Arabic and the other right-to-left languages read from the right */
  gtk_widget_set_direction (GTK_WIDGET (self->translation_view),
                            g_str_equal (language, "ar") || g_str_equal (language, "fa") ||
                            g_str_equal (language, "ur") || g_str_equal (language, "ps") ||
                            g_str_equal (language, "ku") || g_str_equal (language, "he")
                            ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  /* Translators: the heading of the translation beside a plan text; %s is a language code */
  label = g_strdup_printf (_("Translation (%s)"), language);
  gtk_label_set_label (self->language_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->translation_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
tov_plan_item_row_set_editable (TovPlanItemRow *self,
                                gboolean        editable)
{
  g_return_if_fail (TOV_IS_PLAN_ITEM_ROW (self));

  gtk_text_view_set_editable (self->text_view, editable);
  gtk_text_view_set_editable (self->translation_view, editable);
  gtk_text_view_set_cursor_visible (self->text_view, editable);
  gtk_text_view_set_cursor_visible (self->translation_view, editable);
  tov_goal_scale_set_editable (self->scale, editable);
  gtk_widget_set_visible (GTK_WIDGET (self->tools_box), editable);
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

  gtk_label_set_label (self->member_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->member_label), name != NULL);
}

GtkWidget *
tov_plan_item_row_get_text_view (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  return GTK_WIDGET (self->text_view);
}

GtkWidget *
tov_plan_item_row_get_translation_view (TovPlanItemRow *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ITEM_ROW (self), NULL);
  return GTK_WIDGET (self->translation_view);
}
