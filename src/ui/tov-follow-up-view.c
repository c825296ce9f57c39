/* tov-follow-up-view.c: what to follow up, across all families
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-follow-up-view"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-follow-up-item.h"
#include "tov-follow-up-view.h"
#include "tov-store-follow-up.h"

/*
 * Agreements due this week or overdue, and plans whose follow-up date has
 * passed, grouped by family or by the actor responsible. Activating a line
 * (or a family's heading) emits "open-family"; the window shows the family.
 * "n-overdue" counts the overdue agreements, for a badge on the window.
 */

struct _TovFollowUpView
{
  AdwBin           parent_instance;

  TovStore        *store;
  char            *today;       /* NULL: the real today */
  gboolean         by_actor;
  guint            n_overdue;
  guint            reload_id;

  GListStore      *store_model;
  GtkStack        *stack;
  GtkLabel        *summary_label;
  GtkToggleButton *family_toggle;
  GtkToggleButton *actor_toggle;
};

G_DEFINE_FINAL_TYPE (TovFollowUpView, tov_follow_up_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BY_ACTOR,
  PROP_N_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_FAMILY,   /* (family id) show this family */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
reload (TovFollowUpView *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) grouped = NULL;
  g_autoptr(GPtrArray) new_items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint n_overdue = 0, n_lines = 0;

  if (self->store != NULL)
    items = tov_store_follow_up (self->store, self->today, &error);
  if (error != NULL)
    g_warning ("Cannot list what to follow up: %s", error->message);
  if (items != NULL)
    {
      grouped = tov_follow_up_group (items, self->by_actor ? TOV_FOLLOW_UP_BY_ACTOR : TOV_FOLLOW_UP_BY_FAMILY,
                                     _("Kept by the family, and plans"));
      new_items = g_ptr_array_new_full (grouped->len, g_object_unref);
      for (guint i = 0; i < grouped->len; i++)
        g_ptr_array_add (new_items, tov_follow_up_item_new (g_steal_pointer (&grouped->pdata[i])));
      for (guint i = 0; i < items->len; i++)
        {
          TovFollowUp *line = g_ptr_array_index (items, i);

          n_lines++;
          if (line->overdue && line->kind == TOV_FOLLOW_UP_AGREEMENT)
            n_overdue++;
        }
    }
  /* One splice, not an append for each: GTK 4.8's list item manager walks
   * its tree for every items-changed, which at 10,000 families made this
   * first load a third of the search benchmark's CPU time. */
  g_list_store_splice (self->store_model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store_model)),
                       new_items != NULL ? new_items->pdata : NULL, new_items != NULL ? new_items->len : 0);
  gtk_stack_set_visible_child_name (self->stack, n_lines > 0 ? "list" : "empty");
  {
    /* Translators: the first half of the follow-up view's summary, "5 to follow up this week" */
    g_autofree char *to_follow = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to follow up this week",
                                                               "%u to follow up this week", n_lines), n_lines);
    /* Translators: the second half of the follow-up view's summary, "2 agreements overdue" */
    g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement overdue",
                                                             "%u agreements overdue", n_overdue), n_overdue);

    /* Translators: the follow-up view's summary, "5 to follow up this week; 2 agreements overdue" */
    summary = g_strdup_printf (_("%s; %s"), to_follow, overdue);
  }
  gtk_label_set_label (self->summary_label, summary);
  if (self->n_overdue != n_overdue)
    {
      self->n_overdue = n_overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_OVERDUE]);
    }
}

static gboolean
reload_idle_cb (gpointer data)
{
  TovFollowUpView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TovFollowUpView *self,
                     const char      *table,
                     const char      *id)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
on_actor_toggle_active_cb (GtkToggleButton *toggle,
                           GParamSpec      *pspec,
                           TovFollowUpView *self)
{
  tov_follow_up_view_set_by_actor (self, gtk_toggle_button_get_active (toggle));
}

static void
on_list_view_activate_cb (GtkListView     *view,
                          guint            position,
                          TovFollowUpView *self)
{
  tov_follow_up_view_activate (self, position);
}

static void
tov_follow_up_view_dispose (GObject *object)
{
  TovFollowUpView *self = TOV_FOLLOW_UP_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tov_follow_up_view_parent_class)->dispose (object);
}

static void
tov_follow_up_view_finalize (GObject *object)
{
  TovFollowUpView *self = TOV_FOLLOW_UP_VIEW (object);

  g_free (self->today);

  G_OBJECT_CLASS (tov_follow_up_view_parent_class)->finalize (object);
}

static void
tov_follow_up_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TovFollowUpView *self = TOV_FOLLOW_UP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BY_ACTOR:
      g_value_set_boolean (value, self->by_actor);
      break;
    case PROP_N_OVERDUE:
      g_value_set_uint (value, self->n_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_follow_up_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TovFollowUpView *self = TOV_FOLLOW_UP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tov_follow_up_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_BY_ACTOR:
      tov_follow_up_view_set_by_actor (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_follow_up_view_class_init (TovFollowUpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tov_follow_up_view_dispose;
  object_class->finalize = tov_follow_up_view_finalize;
  object_class->get_property = tov_follow_up_view_get_property;
  object_class->set_property = tov_follow_up_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BY_ACTOR] =
    g_param_spec_boolean ("by-actor", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_OVERDUE] =
    g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TovFollowUpView::open-family:
   * @family_id: the family to show
   */
  signals[OPEN_FAMILY] = g_signal_new ("open-family", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (TOV_TYPE_FOLLOW_UP_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/tovholder/Tovholder/ui/tov-follow-up-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TovFollowUpView, store_model);
  gtk_widget_class_bind_template_child (widget_class, TovFollowUpView, stack);
  gtk_widget_class_bind_template_child (widget_class, TovFollowUpView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TovFollowUpView, family_toggle);
  gtk_widget_class_bind_template_child (widget_class, TovFollowUpView, actor_toggle);
  gtk_widget_class_bind_template_callback (widget_class, on_actor_toggle_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
tov_follow_up_view_init (TovFollowUpView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  reload (self);
}

GtkWidget *
tov_follow_up_view_new (void)
{
  return g_object_new (TOV_TYPE_FOLLOW_UP_VIEW, NULL);
}

TovStore *
tov_follow_up_view_get_store (TovFollowUpView *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_VIEW (self), NULL);
  return self->store;
}

void
tov_follow_up_view_set_store (TovFollowUpView *self,
                              TovStore        *store)
{
  g_return_if_fail (TOV_IS_FOLLOW_UP_VIEW (self));
  g_return_if_fail (store == NULL || TOV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
tov_follow_up_view_get_today (TovFollowUpView *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_VIEW (self), NULL);
  return self->today;
}

/**
 * tov_follow_up_view_set_today:
 * @today: (nullable): the date to count from; %NULL for the real today
 */
void
tov_follow_up_view_set_today (TovFollowUpView *self,
                              const char      *today)
{
  g_return_if_fail (TOV_IS_FOLLOW_UP_VIEW (self));
  g_return_if_fail (today == NULL || tov_date_is_valid (today));

  g_free (self->today);
  self->today = g_strdup (today);
  reload (self);
}

gboolean
tov_follow_up_view_get_by_actor (TovFollowUpView *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_VIEW (self), FALSE);
  return self->by_actor;
}

void
tov_follow_up_view_set_by_actor (TovFollowUpView *self,
                                 gboolean         by_actor)
{
  g_return_if_fail (TOV_IS_FOLLOW_UP_VIEW (self));

  by_actor = !!by_actor;
  if (self->by_actor == by_actor)
    return;
  self->by_actor = by_actor;
  gtk_toggle_button_set_active (by_actor ? self->actor_toggle : self->family_toggle, TRUE);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_ACTOR]);
}

guint
tov_follow_up_view_get_n_overdue (TovFollowUpView *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_VIEW (self), 0);
  return self->n_overdue;
}

/**
 * tov_follow_up_view_get_model:
 *
 * Returns: (transfer none): the lines shown, headings included (TovFollowUpItem)
 */
GListModel *
tov_follow_up_view_get_model (TovFollowUpView *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_VIEW (self), NULL);
  return G_LIST_MODEL (self->store_model);
}

/**
 * tov_follow_up_view_activate:
 *
 * Opens the family of the line at @position (what a click does); an
 * actor's heading opens nothing.
 */
void
tov_follow_up_view_activate (TovFollowUpView *self,
                             guint            position)
{
  g_autoptr(TovFollowUpItem) item = NULL;
  const TovFollowUp *line;

  g_return_if_fail (TOV_IS_FOLLOW_UP_VIEW (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->store_model), position);
  if (item == NULL)
    return;
  line = tov_follow_up_item_get_line (item);
  if (line->family_id != NULL)
    g_signal_emit (self, signals[OPEN_FAMILY], 0, line->family_id);
}
