/* test-meetings.c: network meetings (invitees, participants, mapping,
 * scaling, review, decisions, interpreter log) and the follow-up query
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tov-meeting-editor.h"
#include "tov-store-follow-up.h"
#include "tov-store-plan.h"
#include "tov-store.h"
#include "tov-test-util.h"

typedef struct
{
  char             *dir;
  TovStore         *store;
  TovMeetingEditor *editor;
  char             *family;
  char             *mother;
  char             *child;
  char             *anne;      /* invited, engaged now */
  char             *bent;      /* engaged, not invited */
  char             *carl;      /* invited, but the engagement ended */
  char             *meeting;
} Fixture;

static guint
count (TovStore   *store,
       const char *table,
       const char *column,
       const char *value)
{
  g_autoptr(GPtrArray) rows = tov_store_list (store, table, column, value, NULL);
  g_assert_nonnull (rows);
  return rows->len;
}

static char *
engage (Fixture    *f,
        const char *family,
        const char *name,
        const char *invited,
        const char *from,
        const char *to)
{
  g_autofree char *engagement = NULL;
  char *actor = tov_test_add (f->store, "actors", "name", name, "sector", "social", "organisation", "Kommunen", NULL);

  engagement = tov_test_add (f->store, "engagements", "family_id", family, "actor_id", actor, "ring", "near",
                    "invited", invited, "from_date", from, "to_date", to, NULL);
  return actor;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("test-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "meetings.sqlite", NULL);
  f->store = tov_store_open (path, &error);
  g_assert_no_error (error);
  f->editor = tov_meeting_editor_new (f->store);
  f->family = tov_test_add (f->store, "families", "name", "Haddad", "status", "active", NULL);
  f->mother = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Amal",
                   "birth_date", "1985-02-01", "household_role", "mother", NULL);
  f->child = tov_test_add (f->store, "persons", "family_id", f->family, "given_name", "Sami",
                  "birth_date", "2015-06-01", "household_role", "child", NULL);
  f->anne = engage (f, f->family, "Anne", "1", "2025-01-01", NULL);
  f->bent = engage (f, f->family, "Bent", "0", "2025-01-01", NULL);
  f->carl = engage (f, f->family, "Carl", "1", "2024-01-01", "2025-01-31");
  f->meeting = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2025-03-01",
                    "kind", "network", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->store);
  tov_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->family);
  g_free (f->mother);
  g_free (f->child);
  g_free (f->anne);
  g_free (f->bent);
  g_free (f->carl);
  g_free (f->meeting);
}

static char *
invite (Fixture    *f,
        const char *meeting,
        const char *person,
        const char *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) row = NULL;

  tov_meeting_editor_set_invited (f->editor, meeting, person, actor, TRUE, &error);
  g_assert_no_error (error);
  row = tov_meeting_editor_find_participant (f->editor, meeting, person, actor, &error);
  g_assert_no_error (error);
  g_assert_nonnull (row);
  return g_strdup (tov_record_get_id (row));
}

/* The family decides who is invited: its members, and the actors it has
 * marked as invited on the map and who work with it on the meeting's date. */
static void
test_invitees (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) now = tov_meeting_editor_invitees (f->editor, f->family, "2025-03-01", &error);
  g_autoptr(GPtrArray) before = NULL;
  TovInvitee *i;

  g_assert_no_error (error);
  g_assert_cmpuint (now->len, ==, 3);
  i = g_ptr_array_index (now, 0);
  g_assert_cmpstr (i->person_id, ==, f->mother);
  g_assert_null (i->actor_id);
  g_assert_cmpstr (i->name, ==, "Amal");
  g_assert_cmpstr (i->detail, ==, "mother");
  i = g_ptr_array_index (now, 1);
  g_assert_cmpstr (i->person_id, ==, f->child);
  i = g_ptr_array_index (now, 2);
  g_assert_cmpstr (i->actor_id, ==, f->anne);
  g_assert_null (i->person_id);
  g_assert_cmpstr (i->detail, ==, "Kommunen");

  /* a year earlier Carl still worked with the family, Anne not yet */
  before = tov_meeting_editor_invitees (f->editor, f->family, "2024-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 3);
  g_assert_cmpstr (((TovInvitee *) g_ptr_array_index (before, 2))->actor_id, ==, f->carl);
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *child = invite (f, f->meeting, f->child, NULL);
  g_autofree char *anne = invite (f, f->meeting, NULL, f->anne);
  g_autoptr(TovRecord) gone = NULL;

  g_assert_cmpuint (count (f->store, "meeting_participants", "meeting_id", f->meeting), ==, 2);
  /* inviting twice adds no second row */
  g_assert_true (tov_meeting_editor_set_invited (f->editor, f->meeting, f->child, NULL, TRUE, &error));
  g_assert_cmpuint (count (f->store, "meeting_participants", "meeting_id", f->meeting), ==, 2);

  /* taking the child off the meeting takes its scaling too; undo brings both back */
  g_assert_true (tov_meeting_editor_set_scaling (f->editor, child, 6, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tov_meeting_editor_set_invited (f->editor, f->meeting, f->child, NULL, FALSE, &error));
  g_assert_no_error (error);
  gone = tov_meeting_editor_find_participant (f->editor, f->meeting, f->child, NULL, &error);
  g_assert_null (gone);
  g_assert_cmpuint (count (f->store, "scalings", "meeting_id", f->meeting), ==, 0);
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f->store, "meeting_participants", "meeting_id", f->meeting), ==, 2);
  g_assert_cmpuint (count (f->store, "scalings", "participant_id", child), ==, 1);

  /* the model refuses a participant who is both or neither */
  {
    g_autoptr(TovRecord) both = tov_record_new ("meeting_participants");
    const char *column = NULL;

    tov_record_set (both, "meeting_id", f->meeting);
    tov_record_set (both, "person_id", f->mother);
    tov_record_set (both, "actor_id", f->anne);
    g_assert_false (tov_store_insert (f->store, both, &column, &error));
    g_assert_nonnull (error);
    g_assert_cmpstr (column, ==, "actor_id");
  }
}

static void
test_mapping (Fixture       *f,
              gconstpointer  data)
{
  static const char * const columns[] = {
    "worry", "working_well", "next_step", "danger_statement", "safety_goal"
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(TovRecord) first = NULL;
  g_autoptr(TovRecord) second = NULL;
  g_autoptr(TovRecord) moved = NULL;
  const char *column = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = g_strdup_printf ("Item in %s", columns[i]);
      g_autoptr(TovRecord) item = tov_meeting_editor_add_item (f->editor, f->meeting, columns[i], text,
                                                               NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (tov_record_get_int (item, "position", -1), ==, 0);
    }
  items = tov_store_list (f->store, "mapping_items", "meeting_id", f->meeting, &error);
  g_assert_cmpuint (items->len, ==, 5);
  for (guint i = 0; i < items->len; i++)
    {
      const char *category = tov_record_get (g_ptr_array_index (items, i), "category");
      g_autofree char *text = g_strdup_printf ("Item in %s", category);
      g_assert_cmpstr (tov_record_get (g_ptr_array_index (items, i), "text"), ==, text);
    }

  /* a second worry goes below the first; moving it up swaps them */
  first = tov_meeting_editor_add_item (f->editor, f->meeting, "worry", "Second worry", NULL, &error);
  g_assert_cmpint (tov_record_get_int (first, "position", -1), ==, 1);
  g_assert_true (tov_meeting_editor_move_item (f->editor, tov_record_get_id (first), -1, &error));
  g_assert_no_error (error);
  moved = tov_store_get (f->store, "mapping_items", tov_record_get_id (first), &error);
  g_assert_cmpint (tov_record_get_int (moved, "position", -1), ==, 0);
  /* at the top, it stays */
  g_assert_true (tov_meeting_editor_move_item (f->editor, tov_record_get_id (first), -1, &error));

  /* edit, delete, undo the delete */
  g_assert_true (tov_meeting_editor_set (f->editor, "mapping_items", tov_record_get_id (first), "text",
                                         "The boy is alone after school", NULL, &error));
  g_assert_true (tov_meeting_editor_delete_item (f->editor, tov_record_get_id (first), &error));
  g_assert_cmpuint (count (f->store, "mapping_items", "meeting_id", f->meeting), ==, 5);
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  second = tov_store_get (f->store, "mapping_items", tov_record_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tov_record_get (second, "text"), ==, "The boy is alone after school");

  /* an empty item is refused, beside its text */
  g_assert_null (tov_meeting_editor_add_item (f->editor, f->meeting, "worry", "", &column, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (column, ==, "text");
  g_assert_cmpuint (count (f->store, "mapping_items", "meeting_id", f->meeting), ==, 6);
}

static void
test_scaling (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *child = invite (f, f->meeting, f->child, NULL);
  g_autofree char *anne = invite (f, f->meeting, NULL, f->anne);
  g_autofree char *later = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2025-06-01",
                                "kind", "follow_up", NULL);
  g_autofree char *child2 = invite (f, later, f->child, NULL);
  g_autoptr(GPtrArray) scalings = NULL;
  g_autoptr(GPtrArray) history = NULL;
  const char *column = NULL;
  TovScalingPoint *p;

  g_assert_true (tov_meeting_editor_set_scaling (f->editor, child, 3, NULL, &error));
  g_assert_true (tov_meeting_editor_set_scaling (f->editor, anne, 5, NULL, &error));
  /* changing it writes over, no second row */
  g_assert_true (tov_meeting_editor_set_scaling (f->editor, child, 4, NULL, &error));
  g_assert_no_error (error);
  scalings = tov_store_list (f->store, "scalings", "participant_id", child, &error);
  g_assert_cmpuint (scalings->len, ==, 1);
  g_assert_cmpint (tov_record_get_int (g_ptr_array_index (scalings, 0), "value", -1), ==, 4);

  /* 0 to 10 only: 11 is refused beside the value and nothing changes */
  g_assert_false (tov_meeting_editor_set_scaling (f->editor, child, 11, &column, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_assert_cmpstr (column, ==, "value");
  g_clear_error (&error);
  g_assert_false (tov_meeting_editor_set_scaling (f->editor, child2, 11, &column, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count (f->store, "scalings", "meeting_id", later), ==, 0);
  g_assert_true (tov_meeting_editor_set_scaling (f->editor, child2, 7, NULL, &error));

  /* the chart's data: oldest meeting first, the child's line across both */
  history = tov_meeting_editor_scaling_history (f->editor, f->family, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  p = g_ptr_array_index (history, 0);
  g_assert_cmpstr (p->held_on, ==, "2025-03-01");
  g_assert_cmpstr (p->who, ==, f->child);
  g_assert_cmpstr (p->name, ==, "Sami");
  g_assert_cmpint (p->value, ==, 4);
  p = g_ptr_array_index (history, 1);
  g_assert_cmpstr (p->who, ==, f->anne);
  g_assert_cmpint (p->value, ==, 5);
  p = g_ptr_array_index (history, 2);
  g_assert_cmpstr (p->held_on, ==, "2025-06-01");
  g_assert_cmpstr (p->who, ==, f->child);
  g_assert_cmpint (p->value, ==, 7);

  /* -1 takes the scaling away */
  g_assert_true (tov_meeting_editor_set_scaling (f->editor, anne, -1, NULL, &error));
  g_assert_cmpuint (count (f->store, "scalings", "participant_id", anne), ==, 0);
}

/* Open agreements from earlier meetings come up for review at the next. */
static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) a = NULL;
  g_autoptr(TovRecord) b = NULL;
  g_autoptr(TovRecord) c = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(TovRecord) kept = NULL;
  g_autofree char *next = tov_test_add (f->store, "meetings", "family_id", f->family, "held_on", "2025-04-01",
                               "kind", "follow_up", NULL);
  g_autoptr(TovRecord) made_now = NULL;

  a = tov_store_plan_decide (f->store, f->meeting, "Anne finds a homework club", f->anne, NULL,
                             "2025-03-20", NULL, &error);
  b = tov_store_plan_decide (f->store, f->meeting, "Amal calls the school", NULL, f->mother,
                             "2025-03-10", NULL, &error);
  c = tov_store_plan_decide (f->store, f->meeting, "Anne applies for a leisure pass", f->anne, NULL,
                             "2025-03-25", NULL, &error);
  g_assert_no_error (error);
  made_now = tov_store_plan_decide (f->store, next, "Sami tries football", NULL, f->child,
                                    "2025-05-01", NULL, &error);

  open = tov_store_plan_open_agreements (f->store, f->family, next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 3);
  /* earliest due first */
  g_assert_cmpstr (tov_record_get_id (g_ptr_array_index (open, 0)), ==, tov_record_get_id (b));

  g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (b), "done", NULL,
                                                  "Called on 8 March", NULL, &error));
  g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (a), "open", "2025-04-30",
                                                  "No place until May", NULL, &error));
  g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (c), "not_kept", NULL,
                                                  NULL, NULL, &error));
  g_assert_no_error (error);

  after = tov_store_plan_open_agreements (f->store, f->family, next, &error);
  g_assert_cmpuint (after->len, ==, 1);
  kept = g_object_ref (g_ptr_array_index (after, 0));
  g_assert_cmpstr (tov_record_get_id (kept), ==, tov_record_get_id (a));
  g_assert_cmpstr (tov_record_get (kept, "due_on"), ==, "2025-04-30");
  g_assert_cmpstr (tov_record_get (kept, "follow_up"), ==, "No place until May");
}

/* A "what needs to happen" item becomes an agreement in the current draft,
 * linked to the meeting. */
static void
test_decide (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) step = tov_meeting_editor_add_item (f->editor, f->meeting, "next_step",
                                                           "Homework club twice a week", NULL, &error);
  g_autoptr(TovRecord) agreement = NULL;
  g_autoptr(TovRecord) draft = NULL;
  g_autoptr(GPtrArray) in_meeting = NULL;
  const char *column = NULL;

  agreement = tov_store_plan_decide (f->store, f->meeting, tov_record_get (step, "text"), f->anne, NULL,
                                     "2025-04-01", &column, &error);
  g_assert_no_error (error);
  draft = tov_store_plan_get_draft (f->store, f->family, &error);
  g_assert_cmpstr (tov_record_get (agreement, "version_id"), ==, tov_record_get_id (draft));
  g_assert_cmpstr (tov_record_get (agreement, "meeting_id"), ==, f->meeting);
  g_assert_cmpstr (tov_record_get (agreement, "status"), ==, "open");
  in_meeting = tov_store_list (f->store, "agreements", "meeting_id", f->meeting, &error);
  g_assert_cmpuint (in_meeting->len, ==, 1);
  g_assert_cmpstr (tov_record_get (g_ptr_array_index (in_meeting, 0), "what"), ==,
                   "Homework club twice a week");

  /* who is needed */
  g_assert_null (tov_store_plan_decide (f->store, f->meeting, "Someone does something", NULL, NULL,
                                        NULL, &column, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (column, ==, "actor_id");
  g_assert_cmpuint (count (f->store, "agreements", "family_id", f->family), ==, 1);
}

static void
test_interpreter_log (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) log = tov_record_new ("interpreter_logs");
  g_autoptr(TovRecord) stored = NULL;
  g_autoptr(TovRecord) bad = tov_record_new ("interpreter_logs");
  const char *column = NULL;

  tov_record_set (log, "language", "ar");
  tov_record_set (log, "interpreter", "Tolkeservice Syd");
  tov_record_set (log, "mode", "phone");
  tov_record_set (log, "parts", "The mapping and the agreements");
  tov_record_set_boolean (log, "understood", TRUE);
  g_assert_true (tov_meeting_editor_save_interpreter_log (f->editor, f->meeting, log, NULL, &error));
  g_assert_no_error (error);
  tov_record_set (log, "mode", "video");
  g_assert_true (tov_meeting_editor_save_interpreter_log (f->editor, f->meeting, log, NULL, &error));
  g_assert_cmpuint (count (f->store, "interpreter_logs", "meeting_id", f->meeting), ==, 1);
  stored = tov_meeting_editor_get_interpreter_log (f->editor, f->meeting, &error);
  g_assert_cmpstr (tov_record_get (stored, "mode"), ==, "video");
  g_assert_cmpstr (tov_record_get (stored, "family_id"), ==, f->family);
  g_assert_true (tov_record_get_boolean (stored, "understood"));

  /* no interpreter named: refused beside that field */
  tov_record_set (bad, "language", "ar");
  tov_record_set (bad, "mode", "in_person");
  g_assert_false (tov_meeting_editor_save_interpreter_log (f->editor, f->meeting, bad, &column, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (column, ==, "interpreter");

  /* undo goes back to the phone */
  g_assert_true (tov_meeting_editor_undo (f->editor, NULL));
  g_clear_object (&stored);
  stored = tov_meeting_editor_get_interpreter_log (f->editor, f->meeting, NULL);
  g_assert_cmpstr (tov_record_get (stored, "mode"), ==, "phone");
}

static void
test_week_end (void)
{
  static const struct { const char *today, *end; } cases[] = {
    { "2026-03-11", "2026-03-15" },   /* Wednesday */
    { "2026-03-15", "2026-03-15" },   /* Sunday */
    { "2026-03-16", "2026-03-22" },   /* Monday */
    { "2025-12-31", "2026-01-04" },   /* across the year */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *end = tov_follow_up_week_end (cases[i].today);
      g_assert_cmpstr (end, ==, cases[i].end);
    }
  g_assert_null (tov_follow_up_week_end ("2026-02-30"));
}

static void
set_follow_up (Fixture    *f,
               TovRecord  *version,
               const char *date)
{
  g_autoptr(GError) error = NULL;

  tov_record_set (version, "next_follow_up", date);
  g_assert_true (tov_store_update (f->store, version, NULL, &error));
  g_assert_no_error (error);
}

static void
agreement (Fixture    *f,
           const char *family,
           const char *what,
           const char *actor,
           const char *person,
           const char *due,
           const char *status)
{
  g_free (tov_test_add (f->store, "agreements", "family_id", family, "what", what, "actor_id", actor,
               "person_id", person, "due_on", due, "status", status, NULL));
}

/* Today is Wednesday 11 March 2026: the week ends on Sunday the 15th. */
static void
test_follow_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *berg = tov_test_add (f->store, "families", "name", "Berg", "status", "active", NULL);
  g_autofree char *cole = tov_test_add (f->store, "families", "name", "Cole", "status", "closed",
                               "closed_on", "2026-01-01", NULL);
  g_autofree char *bo = tov_test_add (f->store, "persons", "family_id", berg, "given_name", "Bo",
                             "household_role", "father", NULL);
  g_autoptr(TovRecord) haddad_draft = NULL;
  g_autoptr(TovRecord) berg_v1 = NULL;
  g_autoptr(TovRecord) berg_v2 = NULL;
  g_autoptr(TovRecord) cole_draft = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) by_family = NULL;
  g_autoptr(GPtrArray) by_actor = NULL;
  g_autofree char *berg_draft_id = NULL;
  guint n_overdue = 0, n_due = 0;
  TovFollowUp *l;

  /* Haddad: the plan's follow-up has passed; overdue, this week, later, done */
  haddad_draft = tov_store_plan_get_draft (f->store, f->family, &error);
  set_follow_up (f, haddad_draft, "2026-03-01");
  agreement (f, f->family, "H overdue", f->anne, NULL, "2026-03-01", "open");
  agreement (f, f->family, "H this week", NULL, f->child, "2026-03-13", "open");
  agreement (f, f->family, "H next week", f->anne, NULL, "2026-03-20", "open");
  agreement (f, f->family, "H done", f->anne, NULL, "2026-03-02", "done");
  agreement (f, f->family, "H no date", f->anne, NULL, NULL, "open");
  /* Berg: agreed plan's date passed, but the current draft's has not */
  berg_v1 = tov_store_plan_get_draft (f->store, berg, &error);
  set_follow_up (f, berg_v1, "2026-02-01");
  tov_record_set (berg_v1, "agreed_on", "2026-01-10");
  tov_record_set (berg_v1, "accepted_by", "Bo");
  berg_draft_id = tov_store_plan_agree (f->store, berg_v1, NULL, NULL, &error);
  g_assert_no_error (error);
  berg_v2 = tov_store_get (f->store, "plan_versions", berg_draft_id, &error);
  set_follow_up (f, berg_v2, "2026-04-01");
  agreement (f, berg, "B today", f->anne, NULL, "2026-03-11", "open");
  agreement (f, berg, "B yesterday", f->bent, NULL, "2026-03-10", "open");
  agreement (f, berg, "B father", NULL, bo, "2026-03-14", "cancelled");
  /* Cole is closed: nothing of it is followed up */
  cole_draft = tov_store_plan_get_draft (f->store, cole, &error);
  set_follow_up (f, cole_draft, "2026-01-01");
  agreement (f, cole, "C overdue", f->anne, NULL, "2026-02-01", "open");
  g_assert_no_error (error);

  items = tov_store_follow_up (f->store, "2026-03-11", &error);
  g_assert_no_error (error);
  /* the Haddad plan, then H overdue (03-01), B yesterday (03-10), B today (03-11), H this week (03-13) */
  g_assert_cmpuint (items->len, ==, 5);
  l = g_ptr_array_index (items, 0);
  g_assert_cmpint (l->kind, ==, TOV_FOLLOW_UP_PLAN);
  g_assert_cmpstr (l->family_id, ==, f->family);
  g_assert_cmpstr (l->date, ==, "2026-03-01");
  g_assert_true (l->overdue);
  l = g_ptr_array_index (items, 1);
  g_assert_cmpstr (l->text, ==, "H overdue");
  g_assert_cmpstr (l->who, ==, "Anne");
  g_assert_cmpstr (l->family_name, ==, "Haddad");
  g_assert_true (l->overdue);
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (items, 2))->text, ==, "B yesterday");
  l = g_ptr_array_index (items, 3);
  g_assert_cmpstr (l->text, ==, "B today");
  g_assert_false (l->overdue);
  l = g_ptr_array_index (items, 4);
  g_assert_cmpstr (l->text, ==, "H this week");
  g_assert_cmpstr (l->who, ==, "Sami");
  g_assert_null (l->actor_id);

  g_assert_true (tov_store_follow_up_count (f->store, "2026-03-11", &n_overdue, &n_due, &error));
  g_assert_cmpuint (n_overdue, ==, 2);
  g_assert_cmpuint (n_due, ==, 4);

  /* by family: Berg (2 lines, 1 overdue), then Haddad (3 lines, 2 overdue) */
  by_family = tov_follow_up_group (items, TOV_FOLLOW_UP_BY_FAMILY, "Family");
  g_assert_cmpuint (by_family->len, ==, 7);
  l = g_ptr_array_index (by_family, 0);
  g_assert_cmpint (l->kind, ==, TOV_FOLLOW_UP_HEADING);
  g_assert_cmpstr (l->text, ==, "Berg");
  g_assert_cmpuint (l->n_items, ==, 2);
  g_assert_cmpuint (l->n_overdue, ==, 1);
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (by_family, 1))->text, ==, "B yesterday");
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (by_family, 2))->text, ==, "B today");
  l = g_ptr_array_index (by_family, 3);
  g_assert_cmpstr (l->text, ==, "Haddad");
  g_assert_cmpstr (l->family_id, ==, f->family);
  g_assert_cmpuint (l->n_items, ==, 3);
  g_assert_cmpuint (l->n_overdue, ==, 2);
  g_assert_cmpint (((TovFollowUp *) g_ptr_array_index (by_family, 4))->kind, ==, TOV_FOLLOW_UP_PLAN);

  /* by actor: Anne (2), Bent (1), then what no actor keeps (the plan, Sami's) */
  by_actor = tov_follow_up_group (items, TOV_FOLLOW_UP_BY_ACTOR, "No actor");
  g_assert_cmpuint (by_actor->len, ==, 8);
  l = g_ptr_array_index (by_actor, 0);
  g_assert_cmpstr (l->text, ==, "Anne");
  g_assert_cmpstr (l->actor_id, ==, f->anne);
  g_assert_cmpuint (l->n_items, ==, 2);
  g_assert_cmpuint (l->n_overdue, ==, 1);
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (by_actor, 1))->text, ==, "H overdue");
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (by_actor, 2))->text, ==, "B today");
  l = g_ptr_array_index (by_actor, 3);
  g_assert_cmpstr (l->text, ==, "Bent");
  g_assert_cmpuint (l->n_items, ==, 1);
  g_assert_cmpuint (l->n_overdue, ==, 1);
  l = g_ptr_array_index (by_actor, 5);
  g_assert_cmpstr (l->text, ==, "No actor");
  g_assert_cmpuint (l->n_items, ==, 2);
  g_assert_cmpuint (l->n_overdue, ==, 1);
  g_assert_cmpint (((TovFollowUp *) g_ptr_array_index (by_actor, 6))->kind, ==, TOV_FOLLOW_UP_PLAN);
  g_assert_cmpstr (((TovFollowUp *) g_ptr_array_index (by_actor, 7))->text, ==, "H this week");

  /* an agreement done drops out of the count */
  {
    g_autoptr(GPtrArray) open = tov_store_plan_open_agreements (f->store, berg, NULL, &error);
    g_assert_cmpuint (open->len, ==, 2);
    g_assert_true (tov_store_plan_review_agreement (f->store, tov_record_get_id (g_ptr_array_index (open, 0)),
                                                    "done", NULL, NULL, NULL, &error));
    g_assert_true (tov_store_follow_up_count (f->store, "2026-03-11", &n_overdue, &n_due, &error));
    g_assert_cmpuint (n_overdue, ==, 1);
    g_assert_cmpuint (n_due, ==, 3);
  }
}

static guint
count_translations (Fixture *f)
{
  return count (f->store, "translations", "family_id", f->family);
}

/* Foreign keys, dangling translations, the search index: all well. */
static void
assert_store_sound (TovStore *store)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tov_store_check (store, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Deleting a meeting takes its own rows with it and keeps its agreements,
 * unlinked; one undo brings it all back, linked again; redo deletes again. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) item = NULL;
  g_autoptr(TovRecord) agreement = NULL;
  g_autoptr(TovRecord) log = tov_record_new ("interpreter_logs");
  g_autoptr(TovRecord) kept = NULL;
  g_autofree char *participant = invite (f, f->meeting, f->child, NULL);
  g_autofree char *other = NULL;
  guint n_unlinked = 0;

  g_assert_true (tov_meeting_editor_set_scaling (f->editor, participant, 7, NULL, &error));
  item = tov_meeting_editor_add_item (f->editor, f->meeting, "worry", "Sami is alone after school", NULL, &error);
  g_assert_true (tov_meeting_editor_set_translation (f->editor, f->family, "mapping_items", tov_record_get_id (item),
                                                     "text", "ar", "سامي وحده بعد المدرسة", NULL, &error));
  g_assert_true (tov_meeting_editor_set (f->editor, "meetings", f->meeting, "minutes", "We met at home.", NULL,
                                         &error));
  g_assert_true (tov_meeting_editor_set_translation (f->editor, f->family, "meetings", f->meeting, "minutes",
                                                     "ar", "التقينا في البيت.", NULL, &error));
  tov_record_set (log, "language", "ar");
  tov_record_set (log, "interpreter", "Tolkeservice Syd");
  tov_record_set (log, "mode", "phone");
  g_assert_true (tov_meeting_editor_save_interpreter_log (f->editor, f->meeting, log, NULL, &error));
  agreement = tov_meeting_editor_decide (f->editor, f->meeting, "Homework club", f->anne, NULL, "2025-04-01",
                                         NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (agreement);
  /* another meeting of the family is left alone */
  other = g_strdup (tov_record_get_id (tov_meeting_editor_create (f->editor, f->family, "2025-05-01", NULL,
                                                                  NULL, &error)));
  g_object_unref (tov_meeting_editor_add_item (f->editor, other, "worry", "Another worry", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (tov_meeting_editor_delete (f->editor, f->meeting, &n_unlinked, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_unlinked, ==, 1);
  g_assert_null (tov_store_get (f->store, "meetings", f->meeting, NULL));
  g_assert_cmpuint (count (f->store, "meeting_participants", "meeting_id", f->meeting), ==, 0);
  g_assert_cmpuint (count (f->store, "mapping_items", "meeting_id", f->meeting), ==, 0);
  g_assert_cmpuint (count (f->store, "scalings", "meeting_id", f->meeting), ==, 0);
  g_assert_cmpuint (count (f->store, "interpreter_logs", "family_id", f->family), ==, 0);
  g_assert_cmpuint (count_translations (f), ==, 0);
  g_assert_cmpuint (count (f->store, "mapping_items", "meeting_id", other), ==, 1);
  kept = tov_store_get (f->store, "agreements", tov_record_get_id (agreement), &error);
  g_assert_nonnull (kept);
  g_assert_cmpstr (tov_record_get (kept, "what"), ==, "Homework club");
  g_assert_null (tov_record_get (kept, "meeting_id"));
  g_clear_object (&kept);

  /* one undo: the meeting whole again */
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  kept = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_cmpstr (tov_record_get (kept, "minutes"), ==, "We met at home.");
  g_clear_object (&kept);
  g_assert_cmpuint (count (f->store, "meeting_participants", "meeting_id", f->meeting), ==, 1);
  g_assert_cmpuint (count (f->store, "mapping_items", "meeting_id", f->meeting), ==, 1);
  g_assert_cmpuint (count (f->store, "scalings", "meeting_id", f->meeting), ==, 1);
  g_assert_cmpuint (count (f->store, "interpreter_logs", "meeting_id", f->meeting), ==, 1);
  g_assert_cmpuint (count_translations (f), ==, 2);
  kept = tov_meeting_editor_find_translation (f->editor, tov_record_get_id (item), "text", "ar", &error);
  g_assert_cmpstr (tov_record_get (kept, "text"), ==, "سامي وحده بعد المدرسة");
  g_clear_object (&kept);
  kept = tov_store_get (f->store, "agreements", tov_record_get_id (agreement), &error);
  g_assert_cmpstr (tov_record_get (kept, "meeting_id"), ==, f->meeting);
  assert_store_sound (f->store);

  /* redo deletes it again */
  g_assert_true (tov_meeting_editor_redo (f->editor, &error));
  g_assert_no_error (error);
  g_assert_null (tov_store_get (f->store, "meetings", f->meeting, NULL));
  g_assert_cmpuint (count_translations (f), ==, 0);
  g_assert_cmpuint (count (f->store, "agreements", "family_id", f->family), ==, 1);

  /* a meeting that is gone cannot be deleted twice */
  g_assert_false (tov_meeting_editor_delete (f->editor, f->meeting, NULL, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_NOT_FOUND);
}

/* The interpreter log goes with its meeting in the database itself too
 * (ON DELETE CASCADE), as when a family's meetings are deleted with it. */
static void
test_delete_cascade (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) log = tov_record_new ("interpreter_logs");

  tov_record_set (log, "language", "ar");
  tov_record_set (log, "interpreter", "Tolkeservice Syd");
  tov_record_set (log, "mode", "in_person");
  g_assert_true (tov_meeting_editor_save_interpreter_log (f->editor, f->meeting, log, NULL, &error));
  g_assert_true (tov_store_delete (f->store, "families", f->family, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f->store, "interpreter_logs", "meeting_id", f->meeting), ==, 0);
  assert_store_sound (f->store);
}

static void
on_changed_cb (TovStore   *store,
               const char *table,
               const char *id,
               guint      *n)
{
  (*n)++;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Typing the minutes writes nothing per key: the last text after a pause,
 * or when flushed (focus-out, page closed), as one undo step. */
static void
test_typing (Fixture       *f,
             gconstpointer  data)
{
  static const char * const keys[] = { "W", "We", "We m", "We met", "We met at home" };
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) meeting = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint writes = 0;

  tov_plan_editor_set_save_delay (tov_meeting_editor_get_plan_editor (f->editor), 20, 100);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &writes);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    tov_meeting_editor_set_later (f->editor, "meetings", f->meeting, "minutes", keys[i]);
  g_assert_cmpuint (writes, ==, 0);
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_null (tov_record_get (meeting, "minutes"));
  g_clear_object (&meeting);

  /* focus-out */
  g_assert_true (tov_meeting_editor_flush (f->editor, &error));
  g_assert_cmpuint (writes, ==, 1);
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_cmpstr (tov_record_get (meeting, "minutes"), ==, "We met at home");
  g_clear_object (&meeting);

  /* after a pause, with no flush */
  tov_meeting_editor_set_later (f->editor, "meetings", f->meeting, "minutes", "We met at home.");
  g_timeout_add (200, quit_cb, loop);
  g_main_loop_run (loop);
  g_assert_cmpuint (writes, ==, 2);
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_cmpstr (tov_record_get (meeting, "minutes"), ==, "We met at home.");
  g_clear_object (&meeting);

  /* another edit writes what typing left first, in order: the undo stack
   * then takes back the edit, then the whole run of typing */
  tov_meeting_editor_set_later (f->editor, "meetings", f->meeting, "minutes", "We met at home. Sami came.");
  g_assert_true (tov_meeting_editor_set (f->editor, "meetings", f->meeting, "place", "Projekthuset", NULL, &error));
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_cmpstr (tov_record_get (meeting, "minutes"), ==, "We met at home. Sami came.");
  g_clear_object (&meeting);
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_null (tov_record_get (meeting, "place"));
  g_assert_null (tov_record_get (meeting, "minutes"));
  g_clear_object (&meeting);

  /* typing left waiting is written when the editor goes */
  tov_meeting_editor_set_later (f->editor, "meetings", f->meeting, "minutes", "Written on close");
  g_signal_handlers_disconnect_by_func (f->store, on_changed_cb, &writes);
  g_clear_object (&f->editor);
  meeting = tov_store_get (f->store, "meetings", f->meeting, &error);
  g_assert_cmpstr (tov_record_get (meeting, "minutes"), ==, "Written on close");
  f->editor = tov_meeting_editor_new (f->store);
}

/* A mapping item, the minutes and an agreement each carry a translation;
 * typing a new one is one undo step; emptying it removes it. */
static void
test_translations (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TovRecord) item = tov_meeting_editor_add_item (f->editor, f->meeting, "working_well",
                                                           "Sami goes to school every day", NULL, NULL);
  g_autoptr(TovRecord) agreement = tov_meeting_editor_decide (f->editor, f->meeting, "Homework club", f->anne,
                                                              NULL, NULL, NULL, NULL);
  g_autoptr(TovRecord) found = NULL;
  const char *column = NULL;
  const char *id = tov_record_get_id (item);

  tov_plan_editor_set_save_delay (tov_meeting_editor_get_plan_editor (f->editor), 10000, 10000);
  /* typed letter by letter: added with the first, the rest waits */
  g_assert_true (tov_meeting_editor_set_translation_later (f->editor, f->family, "mapping_items", id, "text", "ar",
                                                           "س", NULL, &error));
  g_assert_true (tov_meeting_editor_set_translation_later (f->editor, f->family, "mapping_items", id, "text", "ar",
                                                           "سامي", NULL, &error));
  g_assert_true (tov_meeting_editor_set_translation_later (f->editor, f->family, "mapping_items", id, "text", "ar",
                                                           "سامي يذهب إلى المدرسة", NULL, &error));
  g_assert_no_error (error);
  found = tov_meeting_editor_find_translation (f->editor, id, "text", "ar", &error);
  g_assert_cmpstr (tov_record_get (found, "text"), ==, "س");
  g_clear_object (&found);
  g_assert_true (tov_meeting_editor_flush (f->editor, &error));
  found = tov_meeting_editor_find_translation (f->editor, id, "text", "ar", &error);
  g_assert_cmpstr (tov_record_get (found, "text"), ==, "سامي يذهب إلى المدرسة");
  g_assert_cmpstr (tov_record_get (found, "source_table"), ==, "mapping_items");
  g_assert_cmpstr (tov_record_get (found, "family_id"), ==, f->family);
  g_clear_object (&found);

  g_assert_true (tov_meeting_editor_set_translation (f->editor, f->family, "agreements",
                                                     tov_record_get_id (agreement), "what", "ar",
                                                     "نادي الواجبات المنزلية", NULL, &error));
  g_assert_true (tov_meeting_editor_set_translation (f->editor, f->family, "meetings", f->meeting, "minutes",
                                                     "ar", "محضر", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_translations (f), ==, 3);

  /* a field that is not a translatable text is refused beside it */
  g_assert_false (tov_meeting_editor_set_translation (f->editor, f->family, "meetings", f->meeting, "place",
                                                      "ar", "البيت", &column, &error));
  g_assert_error (error, TOV_STORE_ERROR, TOV_STORE_ERROR_INVALID);
  g_assert_cmpstr (column, ==, "field");
  g_clear_error (&error);

  /* undo: the minutes' translation, the agreement's, then the whole typed one */
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_cmpuint (count_translations (f), ==, 1);
  g_assert_true (tov_meeting_editor_undo (f->editor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_translations (f), ==, 0);
  g_assert_true (tov_meeting_editor_redo (f->editor, &error));
  found = tov_meeting_editor_find_translation (f->editor, id, "text", "ar", &error);
  g_assert_cmpstr (tov_record_get (found, "text"), ==, "سامي يذهب إلى المدرسة");
  g_clear_object (&found);

  /* emptied: removed */
  g_assert_true (tov_meeting_editor_set_translation_later (f->editor, f->family, "mapping_items", id, "text", "ar",
                                                           "", NULL, &error));
  g_assert_null (tov_meeting_editor_find_translation (f->editor, id, "text", "ar", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/tov/meetings/invitees", test_invitees);
  ADD ("/tov/meetings/participants", test_participants);
  ADD ("/tov/meetings/mapping", test_mapping);
  ADD ("/tov/meetings/scaling", test_scaling);
  ADD ("/tov/meetings/review", test_review);
  ADD ("/tov/meetings/decide", test_decide);
  ADD ("/tov/meetings/interpreter-log", test_interpreter_log);
  ADD ("/tov/meetings/delete-undo", test_delete);
  ADD ("/tov/meetings/delete-cascade", test_delete_cascade);
  ADD ("/tov/meetings/typing-later", test_typing);
  ADD ("/tov/meetings/translations", test_translations);
  ADD ("/tov/follow-up/query", test_follow_up);
  g_test_add_func ("/tov/follow-up/week-end", test_week_end);

  return g_test_run ();
}
