/* tov-map-data.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-map-data.h"
#include "tov-model.h"

static const char * const ring_labels[TOV_MAP_N_RINGS] = {
  N_("Core team"),
  N_("Near professionals"),
  N_("Peripheral professionals"),
  N_("Network"),
  N_("Civil society and volunteers"),
};

static const char * const sector_labels[TOV_MAP_N_SECTORS] = {
  N_("Social"),
  N_("Employment"),
  N_("Children and youth"),
  N_("School and childcare"),
  N_("Health"),
  N_("Leisure"),
  N_("Police"),
  N_("NGO"),
  N_("Private network"),
};

static void
member_free (gpointer data)
{
  TovMapMember *member = data;

  g_free (member->id);
  g_free (member->name);
  g_free (member);
}

static void
entry_free (gpointer data)
{
  TovMapEntry *entry = data;

  g_free (entry->engagement_id);
  g_free (entry->actor_id);
  g_free (entry->actor_name);
  g_free (entry->organisation);
  g_free (entry->role);
  g_free (entry->role_note);
  g_free (entry->from_date);
  g_free (entry->to_date);
  g_ptr_array_unref (entry->member_ids);
  g_free (entry);
}

TovMapData *
tov_map_data_new (const char *family_id,
                  const char *family_name,
                  const char *enrolled_on)
{
  TovMapData *data = g_new0 (TovMapData, 1);

  data->family_id = g_strdup (family_id);
  data->family_name = g_strdup (family_name);
  data->enrolled_on = g_strdup (enrolled_on);
  data->members = g_ptr_array_new_with_free_func (member_free);
  data->entries = g_ptr_array_new_with_free_func (entry_free);
  return data;
}

void
tov_map_data_free (TovMapData *data)
{
  if (data == NULL)
    return;
  g_free (data->family_id);
  g_free (data->family_name);
  g_free (data->enrolled_on);
  g_ptr_array_unref (data->members);
  g_ptr_array_unref (data->entries);
  g_free (data);
}

TovMapMember *
tov_map_data_add_member (TovMapData *data,
                         const char *id,
                         const char *name)
{
  TovMapMember *member = g_new0 (TovMapMember, 1);

  g_return_val_if_fail (data != NULL, NULL);
  member->id = g_strdup (id);
  member->name = g_strdup (name);
  g_ptr_array_add (data->members, member);
  return member;
}

/**
 * tov_map_data_add_entry:
 *
 * Adds an engagement; set the optional fields (organisation, role,
 * coordinator, invited, position, members) on the returned entry.
 *
 * Returns: (transfer none): the new entry
 */
TovMapEntry *
tov_map_data_add_entry (TovMapData   *data,
                        const char   *engagement_id,
                        const char   *actor_id,
                        const char   *actor_name,
                        TovMapRing    ring,
                        TovMapSector  sector,
                        const char   *from_date,
                        const char   *to_date)
{
  TovMapEntry *entry = g_new0 (TovMapEntry, 1);

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS && sector < TOV_MAP_N_SECTORS, NULL);
  entry->engagement_id = g_strdup (engagement_id);
  entry->actor_id = g_strdup (actor_id);
  entry->actor_name = g_strdup (actor_name);
  entry->ring = ring;
  entry->sector = sector;
  entry->from_date = g_strdup (from_date);
  entry->to_date = g_strdup (to_date);
  entry->member_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (data->entries, entry);
  return entry;
}

TovMapEntry *
tov_map_data_lookup_entry (const TovMapData *data,
                           const char       *engagement_id)
{
  g_return_val_if_fail (data != NULL, NULL);
  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (g_strcmp0 (entry->engagement_id, engagement_id) == 0)
        return entry;
    }
  return NULL;
}

const char *
tov_map_data_member_name (const TovMapData *data,
                          const char       *person_id)
{
  for (guint i = 0; i < data->members->len; i++)
    {
      TovMapMember *member = g_ptr_array_index (data->members, i);

      if (g_strcmp0 (member->id, person_id) == 0)
        return member->name;
    }
  return NULL;
}

/**
 * tov_map_entry_is_active:
 * @date: YYYY-MM-DD
 *
 * Returns: whether the engagement lasts on @date: it began on or before it
 * and ends (to_date, the last day) on or after it, or has no end.
 */
gboolean
tov_map_entry_is_active (const TovMapEntry *entry,
                         const char        *date)
{
  g_return_val_if_fail (entry != NULL && date != NULL, FALSE);
  if (entry->from_date == NULL || strcmp (entry->from_date, date) > 0)
    return FALSE;
  return entry->to_date == NULL || strcmp (entry->to_date, date) >= 0;
}

/* An actor that names no member, or every member, works with the whole family. */
gboolean
tov_map_entry_whole_family (const TovMapEntry *entry,
                            const TovMapData  *data)
{
  guint known = 0;

  if (entry->member_ids->len == 0)
    return TRUE;
  for (guint i = 0; i < data->members->len; i++)
    {
      TovMapMember *member = g_ptr_array_index (data->members, i);

      if (g_ptr_array_find_with_equal_func (entry->member_ids, member->id, g_str_equal, NULL))
        known++;
    }
  return data->members->len > 0 && known == data->members->len;
}

static char *
join_names (const TovMapEntry *entry,
            const TovMapData  *data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *text;

  for (guint i = 0; i < entry->member_ids->len; i++)
    {
      const char *name = tov_map_data_member_name (data, g_ptr_array_index (entry->member_ids, i));

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len == 0)
    return NULL;
  text = g_string_new (g_ptr_array_index (names, 0));
  for (guint i = 1; i < names->len; i++)
    {
      /* TRANSLATORS: between the last two names of a list: "Amal and Yusuf" */
      g_string_append (text, i + 1 == names->len ? _(" and ") : ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (text, FALSE);
}

/**
 * tov_map_entry_describe:
 *
 * Returns: (transfer full): what a screen reader says about the actor
 * beside its name: "Class teacher, Nørre School, works with Amal and Yusuf,
 * Peripheral professionals, invited to network meetings".
 */
char *
tov_map_entry_describe (const TovMapEntry *entry,
                        const TovMapData  *data)
{
  GString *text = g_string_new (NULL);
  g_autofree char *names = NULL;

  g_return_val_if_fail (entry != NULL && data != NULL, NULL);
  if (entry->role != NULL && *entry->role != '\0')
    g_string_append_printf (text, "%s, ", entry->role);
  if (entry->organisation != NULL && *entry->organisation != '\0')
    g_string_append_printf (text, "%s, ", entry->organisation);
  if (tov_map_entry_whole_family (entry, data))
    g_string_append_printf (text, "%s, ", _("works with the whole family"));
  else if ((names = join_names (entry, data)) != NULL)
    g_string_append_printf (text, _("works with %s, "), names);
  g_string_append (text, tov_map_ring_label (entry->ring));
  if (entry->coordinator)
    g_string_append_printf (text, ", %s", _("the family’s coordinator"));
  if (entry->invited)
    g_string_append_printf (text, ", %s", _("invited to network meetings"));
  if (entry->to_date != NULL)
    {
      g_string_append (text, ", ");
      /* TRANSLATORS: %s is a date, YYYY-MM-DD */
      g_string_append_printf (text, _("ended %s"), entry->to_date);
    }
  return g_string_free (text, FALSE);
}

gboolean
tov_map_ring_is_professional (TovMapRing ring)
{
  return ring == TOV_MAP_RING_CORE || ring == TOV_MAP_RING_NEAR || ring == TOV_MAP_RING_PERIPHERAL;
}

TovMapRing
tov_map_ring_from_string (const char *ring)
{
  for (guint i = 0; i < TOV_MAP_N_RINGS && tov_rings[i] != NULL; i++)
    if (g_strcmp0 (tov_rings[i], ring) == 0)
      return i;
  return TOV_MAP_RING_PERIPHERAL;
}

const char *
tov_map_ring_to_string (TovMapRing ring)
{
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, NULL);
  return tov_rings[ring];
}

const char *
tov_map_ring_label (TovMapRing ring)
{
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, "");
  return _(ring_labels[ring]);
}

/* the ring's label untranslated, to look up in another catalogue (a printout's) */
const char *
tov_map_ring_msgid (TovMapRing ring)
{
  g_return_val_if_fail (ring < TOV_MAP_N_RINGS, "");
  return ring_labels[ring];
}

TovMapSector
tov_map_sector_from_string (const char *sector)
{
  for (guint i = 0; i < TOV_MAP_N_SECTORS && tov_sectors[i] != NULL; i++)
    if (g_strcmp0 (tov_sectors[i], sector) == 0)
      return i;
  return TOV_MAP_SECTOR_SOCIAL;
}

const char *
tov_map_sector_to_string (TovMapSector sector)
{
  g_return_val_if_fail (sector < TOV_MAP_N_SECTORS, NULL);
  return tov_sectors[sector];
}

const char *
tov_map_sector_label (TovMapSector sector)
{
  g_return_val_if_fail (sector < TOV_MAP_N_SECTORS, "");
  return _(sector_labels[sector]);
}

/* the sector's label untranslated, to look up in another catalogue (a printout's) */
const char *
tov_map_sector_msgid (TovMapSector sector)
{
  g_return_val_if_fail (sector < TOV_MAP_N_SECTORS, "");
  return sector_labels[sector];
}

/**
 * tov_map_data_count:
 *
 * Counts the actors on @date: per ring, in all, and the professionals in
 * direct contact (distinct actors in the core, near and peripheral rings).
 */
void
tov_map_data_count (const TovMapData *data,
                    const char       *date,
                    TovMapCounts     *counts)
{
  g_autoptr(GHashTable) professionals = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (data != NULL && counts != NULL);
  memset (counts, 0, sizeof *counts);
  if (date == NULL)
    return;
  for (guint i = 0; i < data->entries->len; i++)
    {
      TovMapEntry *entry = g_ptr_array_index (data->entries, i);

      if (!tov_map_entry_is_active (entry, date))
        continue;
      counts->per_ring[entry->ring]++;
      g_hash_table_add (all, entry->actor_id);
      if (tov_map_ring_is_professional (entry->ring))
        g_hash_table_add (professionals, entry->actor_id);
    }
  counts->total = g_hash_table_size (all);
  counts->professionals = g_hash_table_size (professionals);
}
