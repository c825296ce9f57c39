/* tov-goal-scale.c: a 0-10 scale the family can point at
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-goal-scale"

#include <glib/gi18n.h>

#include "tov-goal-scale.h"

/*
 * Eleven steps, 0 to 10: filled up to where the family is now, a ring
 * around the target. A click or Left/Right (mirrored right to left) moves
 * "now". Reads as a slider to assistive technology. -1 is "not set".
 */

#define STEP 22
#define DOT 14

struct _TovGoalScale
{
  GtkWidget parent_instance;
  int       value;
  int       target;
  gboolean  editable;
};

G_DEFINE_FINAL_TYPE (TovGoalScale, tov_goal_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_TARGET,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (TovGoalScale *self)
{
  g_autofree char *text = NULL;

  if (self->target >= 0)
    /* Translators: a goal's scale, "now 3 of 10, target 8" */
    text = g_strdup_printf (_("now %d of 10, target %d"), MAX (self->value, 0), self->target);
  else
    text = g_strdup_printf (_("now %d of 10"), MAX (self->value, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 10.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) MAX (self->value, 0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static int
step_at (TovGoalScale *self,
         double        x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int step;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = width - x;
  step = (int) (x / STEP);
  return CLAMP (step, 0, 10);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     TovGoalScale    *self)
{
  if (!self->editable)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  tov_goal_scale_set_value (self, step_at (self, x));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   TovGoalScale          *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int delta = 0;

  if (!self->editable)
    return FALSE;
  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    delta = rtl ? -1 : 1;
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    delta = rtl ? 1 : -1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_plus)
    delta = 1;
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_minus)
    delta = -1;
  else if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    {
      tov_goal_scale_set_value (self, keyval - GDK_KEY_0);
      return TRUE;
    }
  if (delta == 0)
    return FALSE;
  tov_goal_scale_set_value (self, CLAMP (MAX (self->value, 0) + delta, 0, 10));
  return TRUE;
}

static void
tov_goal_scale_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 11 * STEP : STEP + 14;
}

static void
tov_goal_scale_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TovGoalScale *self = TOV_GOAL_SCALE (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  GdkRGBA color;
  GdkRGBA faint;
  PangoLayout *layout;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  faint = color;
  faint.alpha = 0.2;

  for (int i = 0; i <= 10; i++)
    {
      float x = rtl ? width - (i + 1) * STEP : i * STEP;
      graphene_rect_t dot = GRAPHENE_RECT_INIT (x + (STEP - DOT) / 2.0, 2, DOT, DOT);
      GskRoundedRect round;
      GdkRGBA fill = i <= self->value ? color : faint;
      char number[4];

      if (i <= self->value)
        fill.alpha = 0.45 + 0.05 * i;
      gsk_rounded_rect_init_from_rect (&round, &dot, DOT / 2.0);
      gtk_snapshot_push_rounded_clip (snapshot, &round);
      gtk_snapshot_append_color (snapshot, &fill, &dot);
      gtk_snapshot_pop (snapshot);
      if (i == self->target)
        {
          graphene_rect_t ring = GRAPHENE_RECT_INIT (x + (STEP - DOT) / 2.0 - 3, -1, DOT + 6, DOT + 6);
          GskRoundedRect rr;
          float w[4] = { 2, 2, 2, 2 };
          GdkRGBA c[4] = { color, color, color, color };

          gsk_rounded_rect_init_from_rect (&rr, &ring, (DOT + 6) / 2.0);
          gtk_snapshot_append_border (snapshot, &rr, w, c);
        }
      g_snprintf (number, sizeof number, "%d", i);
      layout = gtk_widget_create_pango_layout (widget, number);
      {
        int lw, lh;
        pango_layout_get_pixel_size (layout, &lw, &lh);
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (STEP - lw) / 2.0, DOT + 4));
        gtk_snapshot_scale (snapshot, 0.75, 0.75);
        gtk_snapshot_append_layout (snapshot, layout, &faint);
        gtk_snapshot_restore (snapshot);
      }
      g_object_unref (layout);
    }
}

static void
tov_goal_scale_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TovGoalScale *self = TOV_GOAL_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    case PROP_TARGET:
      g_value_set_int (value, self->target);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_goal_scale_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TovGoalScale *self = TOV_GOAL_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      tov_goal_scale_set_value (self, g_value_get_int (value));
      break;
    case PROP_TARGET:
      tov_goal_scale_set_target (self, g_value_get_int (value));
      break;
    case PROP_EDITABLE:
      tov_goal_scale_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_goal_scale_class_init (TovGoalScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tov_goal_scale_get_property;
  object_class->set_property = tov_goal_scale_set_property;
  widget_class->measure = tov_goal_scale_measure;
  widget_class->snapshot = tov_goal_scale_snapshot;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_int ("target", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "goalscale");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
tov_goal_scale_init (TovGoalScale *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->value = -1;
  self->target = -1;
  self->editable = TRUE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  update_accessible (self);
}

GtkWidget *
tov_goal_scale_new (void)
{
  return g_object_new (TOV_TYPE_GOAL_SCALE, NULL);
}

int
tov_goal_scale_get_value (TovGoalScale *self)
{
  g_return_val_if_fail (TOV_IS_GOAL_SCALE (self), -1);
  return self->value;
}

void
tov_goal_scale_set_value (TovGoalScale *self,
                          int           value)
{
  g_return_if_fail (TOV_IS_GOAL_SCALE (self));

  value = CLAMP (value, -1, 10);
  if (self->value == value)
    return;
  self->value = value;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
tov_goal_scale_get_target (TovGoalScale *self)
{
  g_return_val_if_fail (TOV_IS_GOAL_SCALE (self), -1);
  return self->target;
}

void
tov_goal_scale_set_target (TovGoalScale *self,
                           int           target)
{
  g_return_if_fail (TOV_IS_GOAL_SCALE (self));

  target = CLAMP (target, -1, 10);
  if (self->target == target)
    return;
  self->target = target;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

gboolean
tov_goal_scale_get_editable (TovGoalScale *self)
{
  g_return_val_if_fail (TOV_IS_GOAL_SCALE (self), FALSE);
  return self->editable;
}

void
tov_goal_scale_set_editable (TovGoalScale *self,
                             gboolean      editable)
{
  g_return_if_fail (TOV_IS_GOAL_SCALE (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  gtk_widget_set_focusable (GTK_WIDGET (self), editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}
