/* tov-plan-entry.c: one line of the masterplan editor's list
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tov-plan-entry.h"

/*
 * The editor shows the whole plan as one flat list (a GListModel of these),
 * so that only the lines on screen have widgets: section headers, the
 * items, and the lines of the sections taken from elsewhere. An item's
 * entry holds its newest known row, so a row recycled for it shows what was
 * typed even before it is written.
 */

struct _TovPlanEntry
{
  GObject           parent_instance;
  TovPlanEntryKind  kind;
  TovPlanSection    section;
  gboolean          can_add;
  TovRecord        *item;
  char             *title;
  char             *subtitle;
};

G_DEFINE_FINAL_TYPE (TovPlanEntry, tov_plan_entry, G_TYPE_OBJECT)

static void
tov_plan_entry_finalize (GObject *object)
{
  TovPlanEntry *self = TOV_PLAN_ENTRY (object);

  g_clear_object (&self->item);
  g_free (self->title);
  g_free (self->subtitle);

  G_OBJECT_CLASS (tov_plan_entry_parent_class)->finalize (object);
}

static void
tov_plan_entry_class_init (TovPlanEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tov_plan_entry_finalize;
}

static void
tov_plan_entry_init (TovPlanEntry *self)
{
}

TovPlanEntry *
tov_plan_entry_new_header (TovPlanSection section,
                           gboolean       can_add)
{
  TovPlanEntry *self = g_object_new (TOV_TYPE_PLAN_ENTRY, NULL);

  self->kind = TOV_PLAN_ENTRY_HEADER;
  self->section = section;
  self->can_add = can_add;
  return self;
}

TovPlanEntry *
tov_plan_entry_new_item (TovRecord *item)
{
  TovPlanEntry *self;

  g_return_val_if_fail (TOV_IS_RECORD (item), NULL);

  self = g_object_new (TOV_TYPE_PLAN_ENTRY, NULL);
  self->kind = TOV_PLAN_ENTRY_ITEM;
  self->section = tov_plan_section_for_kind (tov_record_get (item, "kind"));
  self->item = g_object_ref (item);
  return self;
}

TovPlanEntry *
tov_plan_entry_new_info (TovPlanSection  section,
                         const char     *title,
                         const char     *subtitle)
{
  TovPlanEntry *self = g_object_new (TOV_TYPE_PLAN_ENTRY, NULL);

  self->kind = TOV_PLAN_ENTRY_INFO;
  self->section = section;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

TovPlanEntryKind
tov_plan_entry_get_kind (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), TOV_PLAN_ENTRY_INFO);
  return self->kind;
}

TovPlanSection
tov_plan_entry_get_section (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), 0);
  return self->section;
}

/* A header: whether its section takes new items here. */
gboolean
tov_plan_entry_get_can_add (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), FALSE);
  return self->can_add;
}

/* Returns: (transfer none) (nullable): the item's newest known row. */
TovRecord *
tov_plan_entry_get_item (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), NULL);
  return self->item;
}

void
tov_plan_entry_set_item (TovPlanEntry *self,
                         TovRecord    *item)
{
  g_return_if_fail (TOV_IS_PLAN_ENTRY (self));
  g_return_if_fail (TOV_IS_RECORD (item));

  g_set_object (&self->item, item);
}

const char *
tov_plan_entry_get_title (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), NULL);
  return self->title;
}

const char *
tov_plan_entry_get_subtitle (TovPlanEntry *self)
{
  g_return_val_if_fail (TOV_IS_PLAN_ENTRY (self), NULL);
  return self->subtitle;
}
