/* tov-family.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-family.h"

/*
 * A family as the family list shows it: a summary the store computes in one
 * query (coordinator, member count, overdue agreements, consent problems),
 * with properties the list rows bind to. The full family is in the store.
 */
struct _TovFamily
{
  GObject  parent_instance;
  char    *id;
  char    *name;
  char    *status;
  char    *coordinator;
  char    *enrolled_on;
  guint    member_count;
  guint    overdue_count;
  guint    consent_problems;
  char    *match;
};

G_DEFINE_FINAL_TYPE (TovFamily, tov_family, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STATUS,
  PROP_COORDINATOR,
  PROP_ENROLLED_ON,
  PROP_MEMBER_COUNT,
  PROP_OVERDUE_COUNT,
  PROP_CONSENT_PROBLEMS,
  PROP_MATCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tov_family_finalize (GObject *object)
{
  TovFamily *self = (TovFamily *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->coordinator, g_free);
  g_clear_pointer (&self->enrolled_on, g_free);
  g_clear_pointer (&self->match, g_free);

  G_OBJECT_CLASS (tov_family_parent_class)->finalize (object);
}

static void
tov_family_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TovFamily *self = TOV_FAMILY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_COORDINATOR:
      g_value_set_string (value, self->coordinator);
      break;
    case PROP_ENROLLED_ON:
      g_value_set_string (value, self->enrolled_on);
      break;
    case PROP_MEMBER_COUNT:
      g_value_set_uint (value, self->member_count);
      break;
    case PROP_OVERDUE_COUNT:
      g_value_set_uint (value, self->overdue_count);
      break;
    case PROP_CONSENT_PROBLEMS:
      g_value_set_uint (value, self->consent_problems);
      break;
    case PROP_MATCH:
      g_value_set_string (value, self->match);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TovFamily *self = TOV_FAMILY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_STATUS:
      tov_family_set_status (self, g_value_get_string (value));
      break;
    case PROP_COORDINATOR:
      tov_family_set_coordinator (self, g_value_get_string (value));
      break;
    case PROP_ENROLLED_ON:
      tov_family_set_enrolled_on (self, g_value_get_string (value));
      break;
    case PROP_MEMBER_COUNT:
      tov_family_set_member_count (self, g_value_get_uint (value));
      break;
    case PROP_OVERDUE_COUNT:
      tov_family_set_overdue_count (self, g_value_get_uint (value));
      break;
    case PROP_CONSENT_PROBLEMS:
      tov_family_set_consent_problems (self, g_value_get_uint (value));
      break;
    case PROP_MATCH:
      tov_family_set_match (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_class_init (TovFamilyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tov_family_finalize;
  object_class->get_property = tov_family_get_property;
  object_class->set_property = tov_family_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COORDINATOR] =
    g_param_spec_string ("coordinator", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENROLLED_ON] =
    g_param_spec_string ("enrolled-on", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER_COUNT] =
    g_param_spec_uint ("member-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_uint ("overdue-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_PROBLEMS] =
    g_param_spec_uint ("consent-problems", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCH] =
    g_param_spec_string ("match", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_family_init (TovFamily *self)
{
}

TovFamily *
tov_family_new (const char *id,
                const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (TOV_TYPE_FAMILY, "id", id, "name", name, NULL);
}

const char *
tov_family_get_id (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->id;
}

const char *
tov_family_get_name (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->name;
}

const char *
tov_family_get_status (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->status;
}

void
tov_family_set_status (TovFamily  *self,
                       const char *status)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (g_strcmp0 (self->status, status) == 0)
    return;
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tov_family_get_coordinator (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->coordinator;
}

void
tov_family_set_coordinator (TovFamily  *self,
                            const char *coordinator)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (g_strcmp0 (self->coordinator, coordinator) == 0)
    return;
  g_free (self->coordinator);
  self->coordinator = g_strdup (coordinator);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COORDINATOR]);
}

const char *
tov_family_get_enrolled_on (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->enrolled_on;
}

void
tov_family_set_enrolled_on (TovFamily  *self,
                            const char *enrolled_on)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (g_strcmp0 (self->enrolled_on, enrolled_on) == 0)
    return;
  g_free (self->enrolled_on);
  self->enrolled_on = g_strdup (enrolled_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENROLLED_ON]);
}

guint
tov_family_get_member_count (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), 0);
  return self->member_count;
}

void
tov_family_set_member_count (TovFamily  *self,
                             guint       member_count)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (self->member_count == member_count)
    return;
  self->member_count = member_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_COUNT]);
}

guint
tov_family_get_overdue_count (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), 0);
  return self->overdue_count;
}

void
tov_family_set_overdue_count (TovFamily  *self,
                              guint       overdue_count)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (self->overdue_count == overdue_count)
    return;
  self->overdue_count = overdue_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
}

guint
tov_family_get_consent_problems (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), 0);
  return self->consent_problems;
}

void
tov_family_set_consent_problems (TovFamily  *self,
                                 guint       consent_problems)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (self->consent_problems == consent_problems)
    return;
  self->consent_problems = consent_problems;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_PROBLEMS]);
}

const char *
tov_family_get_match (TovFamily *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY (self), NULL);
  return self->match;
}

void
tov_family_set_match (TovFamily  *self,
                      const char *match)
{
  g_return_if_fail (TOV_IS_FAMILY (self));

  if (g_strcmp0 (self->match, match) == 0)
    return;
  g_free (self->match);
  self->match = g_strdup (match);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
}
