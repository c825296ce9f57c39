/* tov-slot-families.c: the families a list of slots shows, as a list model
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-slot-families"

#include "tov-family-slot.h"
#include "tov-slot-families.h"

/*
 * A GListModel of TovFamily over a GListModel of TovFamilySlot: item i is
 * the family slot i shows, read when asked (nothing cached, so a slot
 * given another family is seen at once). It signals the slots' own
 * items-changed only; a slot changing its family is not a change of the
 * list's length, and whoever changes it knows. The window's list of the
 * families shown, without a second list store to keep in step.
 */

struct _TovSlotFamilies
{
  GObject     parent_instance;

  GListModel *slots;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TovSlotFamilies, tov_slot_families, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return TOV_TYPE_FAMILY;
}

static guint
get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (TOV_SLOT_FAMILIES (model)->slots);
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  g_autoptr(TovFamilySlot) slot = g_list_model_get_item (TOV_SLOT_FAMILIES (model)->slots, position);
  TovFamily *family = slot != NULL ? tov_family_slot_get_family (slot) : NULL;

  return family != NULL ? g_object_ref (family) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
on_slots_items_changed_cb (TovSlotFamilies *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *slots)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
tov_slot_families_dispose (GObject *object)
{
  TovSlotFamilies *self = TOV_SLOT_FAMILIES (object);

  if (self->slots != NULL)
    g_signal_handlers_disconnect_by_data (self->slots, self);
  g_clear_object (&self->slots);

  G_OBJECT_CLASS (tov_slot_families_parent_class)->dispose (object);
}

static void
tov_slot_families_class_init (TovSlotFamiliesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tov_slot_families_dispose;
}

static void
tov_slot_families_init (TovSlotFamilies *self)
{
}

/**
 * tov_slot_families_new:
 * @slots: a #GListModel of #TovFamilySlot
 *
 * Returns: (transfer full): the families @slots show, in their order
 */
TovSlotFamilies *
tov_slot_families_new (GListModel *slots)
{
  TovSlotFamilies *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (slots), NULL);

  self = g_object_new (TOV_TYPE_SLOT_FAMILIES, NULL);
  self->slots = g_object_ref (slots);
  g_signal_connect_swapped (slots, "items-changed", G_CALLBACK (on_slots_items_changed_cb), self);
  return self;
}
