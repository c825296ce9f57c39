/* tov-follow-up-item.c: one line of the follow-up view, for a list view
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-follow-up-item"

#include <glib/gi18n.h>

#include "tov-date.h"
#include "tov-follow-up-item.h"
#include "tov-i18n.h"

/*
 * Wraps a TovFollowUp (a heading, an agreement or a plan) with the texts
 * its row shows, as read-only properties the row template binds to.
 */

struct _TovFollowUpItem
{
  GObject      parent_instance;
  TovFollowUp *line;
  char        *title;
  char        *subtitle;
  char        *date;
};

G_DEFINE_FINAL_TYPE (TovFollowUpItem, tov_follow_up_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DATE,
  PROP_IS_HEADING,
  PROP_IS_LINE,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tov_follow_up_item_finalize (GObject *object)
{
  TovFollowUpItem *self = TOV_FOLLOW_UP_ITEM (object);

  tov_follow_up_free (self->line);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->date);

  G_OBJECT_CLASS (tov_follow_up_item_parent_class)->finalize (object);
}

static void
tov_follow_up_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TovFollowUpItem *self = TOV_FOLLOW_UP_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_IS_HEADING:
      g_value_set_boolean (value, self->line->kind == TOV_FOLLOW_UP_HEADING);
      break;
    case PROP_IS_LINE:
      g_value_set_boolean (value, self->line->kind != TOV_FOLLOW_UP_HEADING);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->line->overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_follow_up_item_class_init (TovFollowUpItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_follow_up_item_finalize;
  object_class->get_property = tov_follow_up_item_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_HEADING] = g_param_spec_boolean ("is-heading", NULL, NULL, FALSE,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_LINE] = g_param_spec_boolean ("is-line", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_follow_up_item_init (TovFollowUpItem *self)
{
}

/**
 * tov_follow_up_item_new:
 * @line: (transfer full): the line
 */
TovFollowUpItem *
tov_follow_up_item_new (TovFollowUp *line)
{
  TovFollowUpItem *self;

  g_return_val_if_fail (line != NULL, NULL);

  self = g_object_new (TOV_TYPE_FOLLOW_UP_ITEM, NULL);
  self->line = line;
  switch (line->kind)
    {
    case TOV_FOLLOW_UP_HEADING:
      self->title = g_strdup (line->text);
      /* Translators: a group's count in the follow-up view, "3 to follow up" */
      self->subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to follow up",
                                                     "%u to follow up", line->n_items), line->n_items);
      if (line->n_overdue > 0)
        {
          g_autofree char *to_follow = g_steal_pointer (&self->subtitle);
          g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                                                   line->n_overdue), line->n_overdue);

          /* Translators: a group's counts in the follow-up view, "3 to follow up, 1 overdue" */
          self->subtitle = g_strdup_printf (C_("follow-up counts", "%s, %s"), to_follow, overdue);
        }
      break;
    case TOV_FOLLOW_UP_PLAN:
      self->title = g_strdup (_("Follow up on the plan"));
      self->subtitle = g_strdup (line->family_name);
      break;
    case TOV_FOLLOW_UP_AGREEMENT:
      self->title = g_strdup (line->text);
      /* Translators: an agreement's family and who keeps it, "Haddad · Anne" */
      if (line->who != NULL)
        {
          g_autofree char *family = tov_isolate (line->family_name);
          g_autofree char *who = tov_isolate (line->who);

          self->subtitle = g_strdup_printf (_("%s · %s"), family, who);
        }
      else
        self->subtitle = g_strdup (line->family_name);
      break;
    }
  if (line->date != NULL)
    {
      g_autofree char *date = tov_date_format (line->date);

      /* Translators: when an agreement or plan is due, "overdue since 1 March 2026" or "due 13 March 2026" */
      self->date = line->overdue ? g_strdup_printf (_("overdue since %s"), date)
                                 : g_strdup_printf (_("due %s"), date);
    }
  return self;
}

const TovFollowUp *
tov_follow_up_item_get_line (TovFollowUpItem *self)
{
  g_return_val_if_fail (TOV_IS_FOLLOW_UP_ITEM (self), NULL);
  return self->line;
}
