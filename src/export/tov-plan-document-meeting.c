/* tov-plan-document-meeting.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tov-plan-document-private.h"

/* TovPlanDocument: the minutes of a network meeting, printed right after it. */

static const struct {
  const char *category;
  const char *heading;
} mapping_columns[] = {
  { "worry", N_("What are we worried about?") },
  { "working_well", N_("What is working well?") },
  { "next_step", N_("What needs to happen?") },
};

static const struct {
  const char *kind;
  const char *label;
} meeting_kinds[] = {
  { "network", N_("Network meeting") },
  { "development_group", N_("Development group meeting") },
  { "coordination", N_("Coordination meeting") },
  { "follow_up", N_("Follow-up meeting") },
  { "other", N_("Meeting") },
};

static const char *
kind_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
    if (g_strcmp0 (meeting_kinds[i].kind, kind) == 0)
      return meeting_kinds[i].label;
  return meeting_kinds[G_N_ELEMENTS (meeting_kinds) - 1].label;
}

static char *
participant_name (TovPlanDocument *self,
                  TovPlanContext  *context,
                  TovRecord       *participant)
{
  if (tov_record_get (participant, "person_id") != NULL)
    return g_strdup (person_name (context, tov_record_get (participant, "person_id")));
  return actor_name (self, context, tov_record_get (participant, "actor_id"));
}

static void
add_participants (TovPlanDocument *self,
                  TovDocument     *document,
                  TovPlanContext  *context,
                  GPtrArray       *participants)
{
  for (guint present = 2; present > 0; present--)
    {
      TovBlock *block = NULL;
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < participants->len; i++)
        {
          TovRecord *participant = g_ptr_array_index (participants, i);
          g_autofree char *name = NULL;

          if (tov_record_get_boolean (participant, "present") != (present == 2))
            continue;
          name = participant_name (self, context, participant);
          g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "", name);
        }
      if (names->len > 0)
        {
          block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
          for (guint s = 0; s < self->n_languages; s++)
            {
              g_autofree char *line = g_strdup_printf ("%s: %s%s%s",
                                                       tov_print_catalog_gettext (self->catalogs[s],
                                                                                  present == 2 ? N_("Present")
                                                                                               : N_("Not present")),
                                                       tov_plan_isolate_start (self, s), names->str,
                                                       tov_plan_isolate_end (self, s));
              tov_doc_text_set (&block->text, s, line, FALSE);
            }
        }
      g_string_free (names, TRUE);
    }
}

static void
add_mapping (TovPlanDocument *self,
             TovDocument     *document,
             TovPlanContext  *context,
             GPtrArray       *mapping)
{
  TovBlock *table;
  guint rows = 0;
  guint counts[G_N_ELEMENTS (mapping_columns)] = { 0 };

  for (guint c = 0; c < G_N_ELEMENTS (mapping_columns); c++)
    for (guint i = 0; i < mapping->len; i++)
      if (g_str_equal (tov_record_get (g_ptr_array_index (mapping, i), "category"), mapping_columns[c].category))
        {
          /* not inside MAX (): the macro evaluates its arguments twice */
          counts[c]++;
          rows = MAX (rows, counts[c]);
        }
  if (rows == 0)
    return;

  add_heading (self, document, N_("The mapping"));
  table = tov_document_add_table (document, G_N_ELEMENTS (mapping_columns));
  for (guint c = 0; c < G_N_ELEMENTS (mapping_columns); c++)
    set_label (self, tov_block_add_cell (table), NULL, mapping_columns[c].heading);

  /* one row per line of the longest column; each cell holds the column's n-th item */
  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < G_N_ELEMENTS (mapping_columns); c++)
      {
        TovDocText *cell = tov_block_add_cell (table);
        guint seen = 0;

        for (guint i = 0; i < mapping->len; i++)
          {
            TovRecord *item = g_ptr_array_index (mapping, i);

            if (g_str_equal (tov_record_get (item, "category"), mapping_columns[c].category) && seen++ == r)
              {
                set_field (self, context, cell, item, "text");
                break;
              }
          }
      }

  /* danger statements and safety goals, when the meeting wrote them */
  for (guint i = 0; i < mapping->len; i++)
    {
      TovRecord *item = g_ptr_array_index (mapping, i);
      const char *category = tov_record_get (item, "category");
      TovBlock *block;

      if (!g_str_equal (category, "danger_statement") && !g_str_equal (category, "safety_goal"))
        continue;
      set_label (self, &tov_document_add (document, TOV_BLOCK_SUBHEADING)->text, NULL,
                 g_str_equal (category, "safety_goal") ? N_("Safety goal") : N_("Danger statement"));
      block = tov_document_add (document, TOV_BLOCK_PARAGRAPH);
      set_field (self, context, &block->text, item, "text");
    }
}

static void
add_scalings (TovPlanDocument *self,
              TovDocument     *document,
              TovPlanContext  *context,
              GPtrArray       *participants,
              GPtrArray       *scalings)
{
  if (scalings->len == 0)
    return;
  add_heading (self, document, N_("Scaling: where are we now, from 0 to 10?"));
  for (guint i = 0; i < scalings->len; i++)
    {
      TovRecord *scaling = g_ptr_array_index (scalings, i);
      const char *participant_id = tov_record_get (scaling, "participant_id");
      g_autofree char *name = NULL;

      for (guint p = 0; p < participants->len && name == NULL; p++)
        if (g_str_equal (tov_record_get_id (g_ptr_array_index (participants, p)), participant_id))
          name = participant_name (self, context, g_ptr_array_index (participants, p));
      set_name (&tov_document_add (document, TOV_BLOCK_SUBHEADING)->text, name != NULL ? name : "");
      add_scale (self, document, context, scaling, "note", (int) tov_record_get_int (scaling, "value", 0), -1);
    }
}

/**
 * tov_plan_document_build_meeting:
 * @meeting_id: a meeting
 *
 * Returns: (transfer full): the printable minutes, or NULL with @error set.
 */
TovDocument *
tov_plan_document_build_meeting (TovPlanDocument *self,
                                 const char      *meeting_id,
                                 GError         **error)
{
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) mapping = NULL;
  g_autoptr(GPtrArray) scalings = NULL;
  g_autoptr(TovPlanContext) context = NULL;
  g_autoptr(TovDocument) document = NULL;
  TovBlock *block;

  g_return_val_if_fail (TOV_IS_PLAN_DOCUMENT (self), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  meeting = tov_store_get (self->store, "meetings", meeting_id, error);
  participants = meeting != NULL ? tov_store_list (self->store, "meeting_participants", "meeting_id", meeting_id, error) : NULL;
  mapping = participants != NULL ? tov_store_list (self->store, "mapping_items", "meeting_id", meeting_id, error) : NULL;
  scalings = mapping != NULL ? tov_store_list (self->store, "scalings", "meeting_id", meeting_id, error) : NULL;
  context = scalings != NULL ? tov_plan_context_load (self, tov_record_get (meeting, "family_id"), error) : NULL;
  if (context == NULL)
    return NULL;

  document = tov_plan_document_begin (self, context);
  set_label (self, tov_document_get_title (document), NULL, kind_label (tov_record_get (meeting, "kind")));
  set_name (&tov_document_add (document, TOV_BLOCK_TITLE)->text,
            tov_doc_text_get (tov_document_get_header (document), 0));
  set_label (self, &tov_document_add (document, TOV_BLOCK_SUBHEADING)->text, NULL,
             kind_label (tov_record_get (meeting, "kind")));

  block = tov_document_add (document, TOV_BLOCK_NOTE);
  for (guint s = 0; s < self->n_languages; s++)
    {
      g_autofree char *date = tov_print_catalog_format_date (self->catalogs[s], tov_record_get (meeting, "held_on"));
      g_autofree char *line = g_strdup_printf ("%s%s%s%s%s", date != NULL ? date : "",
                                               tov_record_get (meeting, "start_time") != NULL ? " " : "",
                                               tov_record_get (meeting, "start_time") != NULL ? tov_record_get (meeting, "start_time") : "",
                                               tov_record_get (meeting, "place") != NULL ? " · " : "",
                                               tov_record_get (meeting, "place") != NULL ? tov_record_get (meeting, "place") : "");
      tov_doc_text_set (&block->text, s, line, FALSE);
    }

  add_heading (self, document, N_("Participants"));
  add_participants (self, document, context, participants);
  add_mapping (self, document, context, mapping);
  add_scalings (self, document, context, participants, scalings);

  if (tov_record_get (meeting, "minutes") != NULL)
    {
      add_heading (self, document, N_("Minutes and decisions"));
      set_field (self, context, &tov_document_add (document, TOV_BLOCK_PARAGRAPH)->text, meeting, "minutes");
    }
  tov_plan_add_agreements (self, document, context, "meeting_id", meeting_id);
  tov_plan_document_finish (self, context, document);
  return g_steal_pointer (&document);
}

/**
 * tov_plan_document_latest_meeting:
 *
 * Returns: (transfer full): the id of the family's latest meeting, or NULL
 * with TOV_PLAN_DOCUMENT_ERROR_NO_PLAN.
 */
char *
tov_plan_document_latest_meeting (TovStore   *store,
                                  const char *family_id,
                                  GError    **error)
{
  g_autoptr(GPtrArray) meetings = tov_store_list (store, "meetings", "family_id", family_id, error);

  if (meetings == NULL)
    return NULL;
  if (meetings->len == 0)
    {
      g_set_error_literal (error, TOV_PLAN_DOCUMENT_ERROR, TOV_PLAN_DOCUMENT_ERROR_NO_PLAN,
                           _("This family has no meeting to print yet."));
      return NULL;
    }
  return g_strdup (tov_record_get_id (g_ptr_array_index (meetings, meetings->len - 1)));
}
