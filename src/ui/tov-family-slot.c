/* tov-family-slot.c: one place in the family list, showing one family after another
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-family-slot"

#include "tov-family-slot.h"

/*
 * The family list's grid shows slots, not families: GTK 4.8's list item
 * manager builds a new row for every item that enters the model and
 * destroys the rows of the items that left, so a search that shows other
 * families in the same places (nearly every keystroke) rebuilt all ~30
 * rows. A slot keeps its place; a new search gives it another family, and
 * the row bound to it shows that one (tov-window.c's factory).
 */

struct _TovFamilySlot
{
  GObject    parent_instance;

  TovFamily *family;
};

G_DEFINE_FINAL_TYPE (TovFamilySlot, tov_family_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tov_family_slot_dispose (GObject *object)
{
  TovFamilySlot *self = TOV_FAMILY_SLOT (object);

  g_clear_object (&self->family);

  G_OBJECT_CLASS (tov_family_slot_parent_class)->dispose (object);
}

static void
tov_family_slot_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TovFamilySlot *self = TOV_FAMILY_SLOT (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_slot_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TovFamilySlot *self = TOV_FAMILY_SLOT (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      tov_family_slot_set_family (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tov_family_slot_class_init (TovFamilySlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_family_slot_dispose;
  object_class->get_property = tov_family_slot_get_property;
  object_class->set_property = tov_family_slot_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL, TOV_TYPE_FAMILY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_family_slot_init (TovFamilySlot *self)
{
}

TovFamilySlot *
tov_family_slot_new (void)
{
  return g_object_new (TOV_TYPE_FAMILY_SLOT, NULL);
}

/**
 * tov_family_slot_get_family:
 * @self: a #TovFamilySlot
 *
 * Returns: (transfer none) (nullable): the family shown in this place
 */
TovFamily *
tov_family_slot_get_family (TovFamilySlot *self)
{
  g_return_val_if_fail (TOV_IS_FAMILY_SLOT (self), NULL);

  return self->family;
}

/**
 * tov_family_slot_set_family:
 * @self: a #TovFamilySlot
 * @family: (nullable): the family to show in this place
 *
 * Notifies #TovFamilySlot:family only when it changes.
 */
void
tov_family_slot_set_family (TovFamilySlot *self,
                            TovFamily     *family)
{
  g_return_if_fail (TOV_IS_FAMILY_SLOT (self));
  g_return_if_fail (family == NULL || TOV_IS_FAMILY (family));

  if (g_set_object (&self->family, family))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}
