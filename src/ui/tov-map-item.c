/* tov-map-item.c: one engagement as a row of the map's list
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "tov-map-item"

#include <glib/gi18n.h>

#include "tov-map-item.h"

/* Read-only text properties, made once from the map data, for the column
 * view's expressions. */

struct _TovMapItem
{
  GObject  parent_instance;
  char    *values[9];
};

G_DEFINE_FINAL_TYPE (TovMapItem, tov_map_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGAGEMENT_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_RING,
  PROP_SECTOR,
  PROP_MEMBERS,
  PROP_FROM,
  PROP_TO,
  PROP_MARKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
members_text (const TovMapEntry *entry,
              const TovMapData  *data)
{
  GString *text;

  if (tov_map_entry_whole_family (entry, data))
    return g_strdup (_("Whole family"));
  text = g_string_new (NULL);
  for (guint i = 0; i < entry->member_ids->len; i++)
    {
      const char *name = tov_map_data_member_name (data, g_ptr_array_index (entry->member_ids, i));

      if (name == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }
  return g_string_free (text, FALSE);
}

static void
tov_map_item_finalize (GObject *object)
{
  TovMapItem *self = TOV_MAP_ITEM (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    g_free (self->values[i]);

  G_OBJECT_CLASS (tov_map_item_parent_class)->finalize (object);
}

static void
tov_map_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TovMapItem *self = TOV_MAP_ITEM (object);

  if (prop_id >= PROP_ENGAGEMENT_ID && prop_id < N_PROPS)
    g_value_set_string (value, self->values[prop_id - PROP_ENGAGEMENT_ID]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
tov_map_item_class_init (TovMapItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[] = {
    "engagement-id", "name", "role", "ring", "sector", "members", "from", "to", "marks",
  };

  object_class->finalize = tov_map_item_finalize;
  object_class->get_property = tov_map_item_get_property;

  for (guint i = PROP_ENGAGEMENT_ID; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i - PROP_ENGAGEMENT_ID], NULL, NULL, NULL,
                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tov_map_item_init (TovMapItem *self)
{
}

TovMapItem *
tov_map_item_new (const TovMapEntry *entry,
                  const TovMapData  *data)
{
  TovMapItem *self = g_object_new (TOV_TYPE_MAP_ITEM, NULL);
  GString *marks = g_string_new (NULL);
  const char *role = entry->role_note != NULL ? entry->role_note : entry->role;

  if (entry->coordinator)
    g_string_append (marks, _("Coordinator"));
  if (entry->invited)
    g_string_append_printf (marks, "%s%s", marks->len > 0 ? ", " : "", _("Invited"));

  self->values[0] = g_strdup (entry->engagement_id);
  self->values[1] = g_strdup (entry->actor_name);
  self->values[2] = g_strdup (role != NULL ? role : "");
  self->values[3] = g_strdup (tov_map_ring_label (entry->ring));
  self->values[4] = g_strdup (tov_map_sector_label (entry->sector));
  self->values[5] = members_text (entry, data);
  self->values[6] = g_strdup (entry->from_date);
  self->values[7] = g_strdup (entry->to_date != NULL ? entry->to_date : "");
  self->values[8] = g_string_free (marks, FALSE);
  return self;
}

const char *
tov_map_item_get_engagement_id (TovMapItem *self)
{
  g_return_val_if_fail (TOV_IS_MAP_ITEM (self), NULL);
  return self->values[0];
}
