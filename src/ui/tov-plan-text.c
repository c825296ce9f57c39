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
 * takes its size from a wrapping GtkLabel holding the same text (labels
 * measure height-for-width exactly) and lays the text view over it: the
 * text shows whole at any width and the row grows line by line as you
 * type. Read-only, only the label shows.
 */

struct _TovPlanText
{
  GtkWidget    parent_instance;

  GtkWidget   *label;   /* sizes the widget; shows the text when read-only */
  GtkWidget   *view;
  gboolean     editable;
  gboolean     loading;
};

G_DEFINE_FINAL_TYPE (TovPlanText, tov_plan_text, GTK_TYPE_WIDGET)

enum {
  CHANGED,   /* (text) the user changed the text */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      TovPlanText   *self)
{
  g_autofree char *text = tov_plan_text_get_text (self);

  gtk_label_set_label (GTK_LABEL (self->label), text);
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

  gtk_widget_measure (self->label, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN (*minimum, 48);   /* wrap rather than widen the row */
}

static void
tov_plan_text_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);
  GtkAllocation all = { 0, 0, width, height };

  gtk_widget_size_allocate (self->label, &all, -1);
  if (gtk_widget_get_visible (self->view))
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

  if (self->editable)
    gtk_widget_snapshot_child (widget, self->view, snapshot);
  else
    gtk_widget_snapshot_child (widget, self->label, snapshot);
}

static gboolean
tov_plan_text_grab_focus (GtkWidget *widget)
{
  TovPlanText *self = TOV_PLAN_TEXT (widget);

  if (self->editable)
    return gtk_widget_grab_focus (self->view);
  return FALSE;
}

static void
tov_plan_text_dispose (GObject *object)
{
  TovPlanText *self = TOV_PLAN_TEXT (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->view, gtk_widget_unparent);

  G_OBJECT_CLASS (tov_plan_text_parent_class)->dispose (object);
}

static void
tov_plan_text_class_init (TovPlanTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_plan_text_dispose;
  widget_class->get_request_mode = tov_plan_text_get_request_mode;
  widget_class->measure = tov_plan_text_measure;
  widget_class->size_allocate = tov_plan_text_size_allocate;
  widget_class->snapshot = tov_plan_text_snapshot;
  widget_class->grab_focus = tov_plan_text_grab_focus;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_css_name (widget_class, "plantext");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tov_plan_text_init (TovPlanText *self)
{
  GtkTextBuffer *buffer;

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_yalign (GTK_LABEL (self->label), 0);
  /* the same room around the text as the view's margins */
  gtk_widget_set_margin_start (self->label, 6);
  gtk_widget_set_margin_end (self->label, 6);
  gtk_widget_set_margin_top (self->label, 6);
  gtk_widget_set_margin_bottom (self->label, 6);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  self->view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_widget_set_visible (self->view, FALSE);
  gtk_widget_set_parent (self->view, GTK_WIDGET (self));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  /* Ctrl+Z undoes across the whole editor, not in one text */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
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
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), self->editable);
  gtk_widget_set_visible (self->view, self->editable);
  gtk_widget_set_child_visible (self->label, !self->editable);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Arabic and the other right-to-left languages read from the right. */
void
tov_plan_text_set_text_direction (TovPlanText      *self,
                                  GtkTextDirection  direction)
{
  g_return_if_fail (TOV_IS_PLAN_TEXT (self));

  gtk_widget_set_direction (GTK_WIDGET (self), direction);
  gtk_widget_set_direction (self->label, direction);
  gtk_widget_set_direction (self->view, direction);
}

/* Returns: (transfer none): the GtkTextView typed in. */
GtkWidget *
tov_plan_text_get_view (TovPlanText *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_TEXT (self), NULL);
  return self->view;
}

/* Returns: (transfer none): the GtkLabel that sizes the text (and shows it read-only). */
GtkWidget *
tov_plan_text_get_label (TovPlanText *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_TEXT (self), NULL);
  return self->label;
}
