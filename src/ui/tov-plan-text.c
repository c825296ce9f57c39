/* tov-plan-text.c: a plan text that shows whole and grows as you type
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-plan-text"

#include "tov-plan-text.h"

/*
 * GtkTextView does not do height-for-width: it reports the height of its
 * text as wrapped at its last width, validated in idle chunks, so in a
 * list it shows clipped to a line until it is laid out again. This widget
 * takes its size from a wrapping PangoLayout of the same text (exact
 * height-for-width) and lays the text view over it: the text shows whole
 * at any width and the row grows line by line as you type. The text view
 * is made only when the text is edited (clicked, or reached by Tab): a
 * plan opens with the layouts drawn as they were measured. Read-only, only
 * the layout shows.
 *
 * The layout is the widget's own rather than a GtkLabel's: a wrapping
 * label lays its text out twice to answer its width, and on GTK 4.8 once
 * more to measure a height once it has been allocated (a copy of its
 * layout, then its own again to draw), each time shaping the whole
 * paragraph. Here a text is shaped once for the width it gets, drawn from
 * the same lines, and shaped again only when it or its width changes.
 */

#define MARGIN 6   /* room around the text, as the text view's margins */

struct _TovPlanText
{
  GtkWidget    parent_instance;

  char        *text;    /* until the view is made */
  PangoLayout *layout;  /* sizes the widget; shows the text until it is edited */
  GtkWidget   *view;    /* made on the first edit */
  gboolean     editable;
  gboolean     loading;
  char        *accessible_label;
};

G_DEFINE_FINAL_TYPE (TovPlanText, tov_plan_text, GTK_TYPE_WIDGET)

enum {
  CHANGED,   /* (text) the user changed the text */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PangoLayout *
ensure_layout (TovPlanText *self)
{
  if (self->layout == NULL)
    {
      g_autofree char *text = tov_plan_text_get_text (self);

      /* the widget's own context: it follows the CSS font and the direction */
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
    }
  return self->layout;
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      TovPlanText   *self)
{
  g_autofree char *text = tov_plan_text_get_text (self);

  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0, text);
}

static GtkSizeRequestMode
tov_plan_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tov_plan_text_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);
  PangoLayout *layout;
  int height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* wrap rather than widen the row; the same natural width for every
       * text, so a text and its translation share the row evenly */
      *minimum = 48;
      *natural = 200;
      return;
    }
  layout = ensure_layout (self);
  pango_layout_set_width (layout, for_size < 0 ? -1 : (MAX (for_size, 48) - 2 * MARGIN) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);
  *minimum = *natural = height + 2 * MARGIN;
}

static void
tov_plan_text_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);
  GtkAllocation all = { 0, 0, width, height };

  /* as measured for this width: no new layout */
  pango_layout_set_width (ensure_layout (self), MAX (width - 2 * MARGIN, 1) * PANGO_SCALE);
  if (self->view != NULL && gtk_widget_get_visible (self->view))
    {
      int min;

      /* keep GTK's checks quiet: never below what the view asks for */
      gtk_widget_measure (self->view, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      all.width = MAX (width, min);
      gtk_widget_measure (self->view, GTK_ORIENTATION_VERTICAL, all.width, &min, NULL, NULL, NULL);
      all.height = MAX (height, min);
      gtk_widget_size_allocate (self->view, &all, -1);
    }
}

static void
tov_plan_text_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);

  GdkRGBA color;

  if (self->view != NULL && gtk_widget_get_visible (self->view))
    {
      gtk_widget_snapshot_child (widget, self->view, snapshot);
      return;
    }
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (MARGIN, MARGIN));
  gtk_snapshot_append_layout (snapshot, ensure_layout (self), &color);
  gtk_snapshot_restore (snapshot);
}

static void
ensure_view (TovPlanText *self)
{
  GtkTextBuffer *buffer;

  if (self->view != NULL)
    return;
  self->view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), MARGIN);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), MARGIN);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), MARGIN);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), MARGIN);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_widget_set_direction (self->view, gtk_widget_get_direction (GTK_WIDGET (self)));
  gtk_widget_set_visible (self->view, self->editable);
  gtk_widget_set_parent (self->view, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->accessible_label, -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  /* Ctrl+Z undoes across the whole editor, not in one text */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, self->text != NULL ? self->text : "", -1);
  g_clear_pointer (&self->text, g_free);
  self->loading = FALSE;
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

/* Editing starts: the view takes the label's place, the cursor at the end. */
static gboolean
start_editing (TovPlanText *self)
{
  GtkTextIter end;

  if (!self->editable)
    return FALSE;
  ensure_view (self);
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), &end);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), &end);
  return gtk_widget_grab_focus (self->view);
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               TovPlanText     *self)
{
  if (self->view == NULL && self->editable)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      start_editing (self);
    }
}

static void
on_focus_enter_cb (GtkEventControllerFocus *focus,
                   TovPlanText             *self)
{
  /* reached by Tab: edit at once */
  if (self->view == NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    start_editing (self);
}

static gboolean
tov_plan_text_grab_focus (GtkWidget *widget)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);

  if (self->view != NULL && self->editable)
    return gtk_widget_grab_focus (self->view);
  return start_editing (self);
}

static void
tov_plan_text_dispose (GObject *object)
{
  TovPlanText *self = TOV_PLAN_TEXT (object);

  g_clear_pointer (&self->view, gtk_widget_unparent);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (tov_plan_text_parent_class)->dispose (object);
}

static void
tov_plan_text_finalize (GObject *object)
{
  g_free (TOV_PLAN_TEXT (object)->accessible_label);
  g_free (TOV_PLAN_TEXT (object)->text);

  G_OBJECT_CLASS (tov_plan_text_parent_class)->finalize (object);
}

static void
tov_plan_text_class_init (TovPlanTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_plan_text_dispose;
  object_class->finalize = tov_plan_text_finalize;
  widget_class->get_request_mode = tov_plan_text_get_request_mode;
  widget_class->measure = tov_plan_text_measure;
  widget_class->size_allocate = tov_plan_text_size_allocate;
  widget_class->snapshot = tov_plan_text_snapshot;
  widget_class->grab_focus = tov_plan_text_grab_focus;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_css_name (widget_class, "plantext");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
}

static void
tov_plan_text_init (TovPlanText *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
tov_plan_text_new (void)
{
  return g_object_new (TOV_TYPE_PLAN_TEXT, NULL);
}

/* Returns: (transfer full): the text, never %NULL. */
char *
tov_plan_text_get_text (TovPlanText *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TOV_IS_PLAN_TEXT (self), NULL);

  if (self->view == NULL)
    return g_strdup (self->text != NULL ? self->text : "");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Shows @text without emitting "changed"; a text that already reads so is left alone. */
void
tov_plan_text_set_text (TovPlanText *self,
                        const char  *text)
{
  g_autofree char *old = NULL;

  g_return_if_fail (TOV_IS_PLAN_TEXT (self));

  old = tov_plan_text_get_text (self);
  if (g_strcmp0 (old, text != NULL ? text : "") == 0)
    return;
  if (self->view == NULL)
    {
      g_free (self->text);
      self->text = g_strdup (text);
      if (self->layout != NULL)
        pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
      /* read by screen readers in place of the text view */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      text != NULL ? text : "", -1);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view)), text != NULL ? text : "", -1);
  self->loading = FALSE;
}

gboolean
tov_plan_text_get_editable (TovPlanText *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_TEXT (self), FALSE);
  return self->editable;
}

void
tov_plan_text_set_editable (TovPlanText *self,
                            gboolean     editable)
{
  g_return_if_fail (TOV_IS_PLAN_TEXT (self));

  self->editable = !!editable;
  if (self->editable)
    gtk_widget_add_css_class (GTK_WIDGET (self), "editable");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "editable");
  if (self->view == NULL)
    {
      /* Tab reaches the label, which turns into the editor */
      gtk_widget_set_focusable (GTK_WIDGET (self), self->editable);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->editable ? "text" : NULL);
      return;
    }
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_widget_set_visible (self->view, self->editable);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Arabic and the other right-to-left languages read from the right. */
void
tov_plan_text_set_text_direction (TovPlanText      *self,
                                  GtkTextDirection  direction)
{
  g_return_if_fail (TOV_IS_PLAN_TEXT (self));

  gtk_widget_set_direction (GTK_WIDGET (self), direction);
  if (self->view != NULL)
    gtk_widget_set_direction (self->view, direction);
}

/* Returns: (transfer none): the GtkTextView typed in, made now if it was not yet. */
GtkWidget *
tov_plan_text_get_view (TovPlanText *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_TEXT (self), NULL);

  ensure_view (self);
  return self->view;
}

/* Names the text for screen readers (the view's label, once it is made). */
void
tov_plan_text_set_accessible_label (TovPlanText *self,
                                    const char  *label)
{
  g_return_if_fail (TOV_IS_PLAN_TEXT (self));

  g_free (self->accessible_label);
  self->accessible_label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (self->view != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
