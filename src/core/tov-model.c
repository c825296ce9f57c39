/* tov-model.c
 *
 * SPDX-FileCopyrightText: 2026 The Tovholder authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tov-model.h"
#include "tov-record.h"

#define REQ    TOV_COLUMN_FLAG_REQUIRED
#define PARENT (TOV_COLUMN_FLAG_PARENT | TOV_COLUMN_FLAG_REQUIRED)
#define SEARCH TOV_COLUMN_FLAG_SEARCH
#define TRANS  TOV_COLUMN_FLAG_TRANSLATABLE

#define COL(n, t, f, l)            { n, TOV_COLUMN_##t, f, l, NULL, NULL, 0, 0 }
#define REF(n, tbl, f, l)          { n, TOV_COLUMN_REFERENCE, f, l, tbl, NULL, 0, 0 }
#define ENUM(n, v, f, l)           { n, TOV_COLUMN_ENUM, f, l, NULL, v, 0, 0 }
#define INT(n, lo, hi, f, l)       { n, TOV_COLUMN_INTEGER, f, l, NULL, NULL, lo, hi }
#define TABLE(n, e, l, c, p, o, k) { n, e, l, c, G_N_ELEMENTS (c), p, o, k }

const char * const tov_family_statuses[] = { "referred", "active", "closed", NULL };
const char * const tov_sexes[] = { "female", "male", "other", "unknown", NULL };
const char * const tov_household_roles[] = {
  "mother", "father", "parent", "child", "adult", "grandparent", "other", NULL
};
const char * const tov_sectors[] = {
  "social", "employment", "children_youth", "school", "health", "leisure",
  "police", "ngo", "private_network", NULL
};
const char * const tov_rings[] = {
  "core", "near", "peripheral", "network", "civil_society", NULL
};
const char * const tov_plan_statuses[] = { "draft", "agreed", "superseded", NULL };
const char * const tov_item_kinds[] = {
  "situation", "resource", "worry", "works_well", "goal", "effort", "contract", NULL
};
const char * const tov_horizons[] = { "short", "long", NULL };
const char * const tov_themes[] = {
  "work_education", "danish_language", "school", "leisure", "parenting", "health",
  "housing_economy", "friendships", "safety", "other", NULL
};
const char * const tov_statutory_plans[] = {
  "jobplan", "integration_contract", "child_assessment", "action_plan",
  "pupil_plan", "resource_profile", "other", NULL
};
const char * const tov_agreement_statuses[] = {
  "open", "done", "not_kept", "cancelled", NULL
};
const char * const tov_meeting_kinds[] = {
  "network", "development_group", "coordination", "follow_up", "other", NULL
};
const char * const tov_mapping_columns[] = {
  "worry", "working_well", "next_step", "danger_statement", "safety_goal", NULL
};
const char * const tov_interpreter_modes[] = { "in_person", "phone", "video", NULL };
const char * const tov_dimensions[] = {
  "work_interest", "work_preconditions", "work_status", "association",
  "danish_friendship", "school_concern", "crime_concern", "leisure_activity",
  "wellbeing", NULL
};
static const char * const translatable_tables[] = {
  "families", "persons", "engagements", "plan_items", "meetings",
  "mapping_items", "scalings", "agreements", "consents", NULL
};

static const char * const work_interest_values[] = { "wants_work", "does_not", NULL };
static const char * const work_preconditions_values[] = {
  "can_work", "special_terms", "within_12_months", "cannot", NULL
};
static const char * const work_status_values[] = {
  "employed", "education", "activation", "sick_leave", "pension", "none", NULL
};
static const char * const association_values[] = { "member", "volunteer", "none", NULL };
static const char * const yes_no_values[] = { "yes", "no", NULL };
static const char * const concern_values[] = { "no_concern", "concern", NULL };
static const char * const leisure_values[] = { "active", "not_active", NULL };
static const char * const wellbeing_values[] = {
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", NULL
};

static const struct {
  const char         *dimension;
  const char * const *values;
} dimension_values[] = {
  { "work_interest", work_interest_values },
  { "work_preconditions", work_preconditions_values },
  { "work_status", work_status_values },
  { "association", association_values },
  { "danish_friendship", yes_no_values },
  { "school_concern", concern_values },
  { "crime_concern", concern_values },
  { "leisure_activity", leisure_values },
  { "wellbeing", wellbeing_values },
};

static const TovColumnInfo actor_columns[] = {
  COL ("name", NAME, REQ | SEARCH, N_("Name")),
  COL ("organisation", NAME, SEARCH, N_("Organisation")),
  ENUM ("sector", tov_sectors, REQ, N_("Sector")),
  COL ("role", NAME, SEARCH, N_("Role")),
  COL ("phone", NAME, 0, N_("Phone")),
  COL ("email", NAME, 0, N_("Email")),
  COL ("note", TEXT, 0, N_("Note")),
};

static const TovColumnInfo family_columns[] = {
  COL ("name", NAME, REQ | SEARCH, N_("Family name")),
  COL ("case_ref", NAME, SEARCH, N_("Case reference")),
  ENUM ("status", tov_family_statuses, REQ, N_("Status")),
  COL ("enrolled_on", DATE, 0, N_("Enrolled")),
  COL ("closed_on", DATE, 0, N_("Closed")),
  COL ("closure_reason", TEXT, TRANS, N_("Reason for closure")),
  COL ("handover_to", NAME, 0, N_("Handed over to")),
  COL ("languages", LANGUAGES, 0, N_("Languages")),
  COL ("interpreter_needed", BOOLEAN, 0, N_("Interpreter needed")),
  COL ("interpreter_language", LANGUAGE, 0, N_("Interpreter language")),
  COL ("print_languages", LANGUAGES, 0, N_("Printout languages")),
};

static const TovColumnInfo person_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  COL ("given_name", NAME, REQ | SEARCH, N_("Given name")),
  COL ("family_name", NAME, SEARCH, N_("Family name")),
  COL ("birth_date", DATE, 0, N_("Date of birth")),
  ENUM ("sex", tov_sexes, 0, N_("Sex")),
  ENUM ("household_role", tov_household_roles, REQ, N_("Role in the household")),
  COL ("nationality", NAME, 0, N_("Nationality")),
  COL ("languages", LANGUAGES, 0, N_("Languages")),
  COL ("interpreter_needed", BOOLEAN, 0, N_("Interpreter needed")),
  INT ("arrival_year", 1900, 2100, 0, N_("Year of arrival in Denmark")),
};

static const TovColumnInfo consent_columns[] = {
  REF ("person_id", "persons", PARENT, N_("Person")),
  COL ("given_on", DATE, REQ, N_("Consent given")),
  COL ("scope", TEXT, TRANS, N_("Departments covered")),
  COL ("expires_on", DATE, 0, N_("Consent expires")),
  COL ("withdrawn_on", DATE, 0, N_("Consent withdrawn")),
};

static const TovColumnInfo measurement_columns[] = {
  REF ("person_id", "persons", PARENT, N_("Person")),
  ENUM ("dimension", tov_dimensions, REQ, N_("Dimension")),
  COL ("measured_on", DATE, REQ, N_("Measured on")),
  COL ("value", NAME, REQ, N_("Value")),
  COL ("note", TEXT, 0, N_("Note")),
};

static const TovColumnInfo engagement_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  REF ("actor_id", "actors", REQ, N_("Actor")),
  ENUM ("ring", tov_rings, REQ, N_("Ring")),
  COL ("coordinator", BOOLEAN, 0, N_("Coordinator")),
  COL ("invited", BOOLEAN, 0, N_("Invited to network meetings")),
  COL ("from_date", DATE, REQ, N_("From")),
  COL ("to_date", DATE, 0, N_("To")),
  COL ("map_angle", REAL, 0, N_("Position on the map")),
  COL ("map_radius", REAL, 0, N_("Distance on the map")),
  COL ("role_note", TEXT, TRANS, N_("Role towards the family")),
};

static const TovColumnInfo engagement_member_columns[] = {
  REF ("engagement_id", "engagements", PARENT, N_("Engagement")),
  REF ("person_id", "persons", REQ, N_("Person")),
};

static const TovColumnInfo plan_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  COL ("title", NAME, 0, N_("Title")),
};

static const TovColumnInfo plan_version_columns[] = {
  REF ("plan_id", "plans", PARENT, N_("Plan")),
  INT ("number", 1, 100000, REQ, N_("Version")),
  ENUM ("status", tov_plan_statuses, REQ, N_("Status")),
  COL ("drafted_on", DATE, 0, N_("Drafted")),
  COL ("agreed_on", DATE, 0, N_("Agreed with the family")),
  COL ("present", TEXT, 0, N_("Present")),
  COL ("accepted_by", TEXT, 0, N_("Accepted by")),
  COL ("interpreter", NAME, 0, N_("Interpreter")),
  COL ("next_follow_up", DATE, 0, N_("Next follow-up")),
};

static const TovColumnInfo plan_item_columns[] = {
  REF ("version_id", "plan_versions", PARENT, N_("Plan version")),
  ENUM ("kind", tov_item_kinds, REQ, N_("Section")),
  REF ("person_id", "persons", 0, N_("Family member")),
  COL ("text", TEXT, REQ | SEARCH | TRANS, N_("Text")),
  ENUM ("horizon", tov_horizons, 0, N_("Horizon")),
  ENUM ("theme", tov_themes, 0, N_("Theme")),
  INT ("scale_now", 0, 10, 0, N_("Scale now")),
  INT ("scale_target", 0, 10, 0, N_("Scale target")),
  REF ("actor_id", "actors", 0, N_("Responsible actor")),
  COL ("legal_basis", NAME, 0, N_("Legal basis")),
  ENUM ("statutory_plan", tov_statutory_plans, 0, N_("Statutory plan")),
  COL ("statutory_ref", NAME, 0, N_("Statutory plan reference")),
  COL ("internal", BOOLEAN, 0, N_("Internal")),
  INT ("position", 0, G_MAXINT, REQ, N_("Position")),
  COL ("lineage", NAME, 0, N_("Copied from")),
};

static const TovColumnInfo meeting_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  COL ("held_on", DATE, REQ, N_("Date")),
  COL ("start_time", TIME, 0, N_("Time")),
  COL ("place", NAME, 0, N_("Place")),
  ENUM ("kind", tov_meeting_kinds, REQ, N_("Kind of meeting")),
  COL ("minutes", TEXT, SEARCH | TRANS, N_("Minutes")),
};

static const TovColumnInfo participant_columns[] = {
  REF ("meeting_id", "meetings", PARENT, N_("Meeting")),
  REF ("person_id", "persons", 0, N_("Family member")),
  REF ("actor_id", "actors", 0, N_("Actor")),
  COL ("present", BOOLEAN, 0, N_("Present")),
};

static const TovColumnInfo mapping_item_columns[] = {
  REF ("meeting_id", "meetings", PARENT, N_("Meeting")),
  ENUM ("category", tov_mapping_columns, REQ, N_("Column")),
  COL ("text", TEXT, REQ | TRANS, N_("Text")),
  INT ("position", 0, G_MAXINT, REQ, N_("Position")),
};

static const TovColumnInfo scaling_columns[] = {
  REF ("meeting_id", "meetings", PARENT, N_("Meeting")),
  REF ("participant_id", "meeting_participants", REQ, N_("Participant")),
  INT ("value", 0, 10, REQ, N_("Scale")),
  COL ("note", TEXT, TRANS, N_("Note")),
};

static const TovColumnInfo agreement_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  COL ("what", TEXT, REQ | SEARCH | TRANS, N_("What")),
  REF ("actor_id", "actors", 0, N_("Who (actor)")),
  REF ("person_id", "persons", 0, N_("Who (family member)")),
  COL ("due_on", DATE, 0, N_("By when")),
  ENUM ("status", tov_agreement_statuses, REQ, N_("Status")),
  COL ("follow_up", TEXT, TRANS, N_("Follow-up")),
  REF ("version_id", "plan_versions", 0, N_("Plan version")),
  REF ("meeting_id", "meetings", 0, N_("Meeting")),
};

static const TovColumnInfo interpreter_log_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  REF ("meeting_id", "meetings", 0, N_("Meeting")),
  REF ("version_id", "plan_versions", 0, N_("Plan version")),
  COL ("language", LANGUAGE, REQ, N_("Language")),
  COL ("interpreter", NAME, REQ, N_("Interpreter or agency")),
  ENUM ("mode", tov_interpreter_modes, REQ, N_("In person or by phone")),
  COL ("parts", TEXT, 0, N_("Parts read aloud or translated")),
  COL ("understood", BOOLEAN, 0, N_("The family confirmed they understood")),
};

static const TovColumnInfo translation_columns[] = {
  REF ("family_id", "families", PARENT, N_("Family")),
  ENUM ("source_table", translatable_tables, REQ, N_("Translated table")),
  REF ("source_id", NULL, REQ, N_("Translated text")),
  COL ("field", NAME, REQ, N_("Translated field")),
  COL ("language", LANGUAGE, REQ, N_("Language")),
  COL ("text", TEXT, REQ | SEARCH, N_("Translation")),
  COL ("translator", NAME, 0, N_("Translated by")),
};

static gboolean
is_set (GHashTable *values,
        const char *column)
{
  const char *v = g_hash_table_lookup (values, column);
  return v != NULL && *v != '\0';
}

static gboolean
fail (const char **column,
      const char  *name,
      GError     **error,
      const char  *message)
{
  *column = name;
  g_set_error_literal (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
not_before (GHashTable *values,
            const char *early,
            const char *late)
{
  const char *a = g_hash_table_lookup (values, early);
  const char *b = g_hash_table_lookup (values, late);
  return a == NULL || b == NULL || g_strcmp0 (a, b) <= 0;
}

static gboolean
check_family (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  if (!not_before (values, "enrolled_on", "closed_on"))
    return fail (column, "closed_on", error, _("The closing date is before the enrolment date."));
  if (g_strcmp0 (g_hash_table_lookup (values, "status"), "closed") == 0 && !is_set (values, "closed_on"))
    return fail (column, "closed_on", error, _("A closed family needs the date it was closed."));
  if (g_strcmp0 (g_hash_table_lookup (values, "status"), "closed") != 0 && is_set (values, "closed_on"))
    return fail (column, "closed_on", error, _("Only a closed family has a closing date."));
  return TRUE;
}

static gboolean
check_dated (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  if (!not_before (values, "from_date", "to_date"))
    return fail (column, "to_date", error, _("The end date is before the start date."));
  if (!not_before (values, "given_on", "expires_on"))
    return fail (column, "expires_on", error, _("The consent expires before it was given."));
  if (!not_before (values, "given_on", "withdrawn_on"))
    return fail (column, "withdrawn_on", error, _("The consent is withdrawn before it was given."));
  if (g_strcmp0 (g_hash_table_lookup (values, "ring"), "core") != 0 &&
      g_strcmp0 (g_hash_table_lookup (values, "coordinator"), "1") == 0)
    return fail (column, "coordinator", error, _("The coordinator must be in the core team ring."));
  return TRUE;
}

static gboolean
check_measurement (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  const char *dimension = g_hash_table_lookup (values, "dimension");
  const char *value = g_hash_table_lookup (values, "value");
  const char * const *allowed = tov_dimension_get_values (dimension);

  if (allowed != NULL && value != NULL && !g_strv_contains (allowed, value))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) allowed);
      *column = "value";
      g_set_error (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID,
                   _("“%s” is not a value for %s; use one of: %s."), value, dimension, list);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_plan_version (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  gboolean draft = g_strcmp0 (g_hash_table_lookup (values, "status"), "draft") == 0;

  if (!draft && !is_set (values, "agreed_on"))
    return fail (column, "agreed_on", error, _("An agreed plan needs the date it was agreed with the family."));
  if (draft && is_set (values, "agreed_on"))
    return fail (column, "agreed_on", error, _("A draft has no agreed date; agree the plan to set one."));
  return TRUE;
}

static gboolean
check_plan_item (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  const char *kind = g_hash_table_lookup (values, "kind");
  gboolean goal = g_strcmp0 (kind, "goal") == 0;
  gboolean effort = g_strcmp0 (kind, "effort") == 0;
  static const char * const goal_only[] = { "horizon", "scale_now", "scale_target", NULL };
  static const char * const effort_only[] = { "actor_id", "legal_basis", "statutory_plan", "statutory_ref", NULL };

  for (guint i = 0; !goal && goal_only[i] != NULL; i++)
    if (is_set (values, goal_only[i]))
      return fail (column, goal_only[i], error, _("Only a goal has a horizon and a scale."));
  for (guint i = 0; !effort && effort_only[i] != NULL; i++)
    if (is_set (values, effort_only[i]))
      return fail (column, effort_only[i], error,
                   _("Only an effort has a responsible actor, a legal basis and a statutory plan."));
  return TRUE;
}

static gboolean
check_one_who (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  gboolean actor = is_set (values, "actor_id");
  gboolean person = is_set (values, "person_id");

  if (actor == person)
    return fail (column, "actor_id", error,
                 actor ? _("Choose either an actor or a family member, not both.")
                       : _("Choose who: an actor or a family member."));
  return TRUE;
}

static gboolean
check_interpreter_log (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  gboolean meeting = is_set (values, "meeting_id");
  gboolean version = is_set (values, "version_id");

  if (meeting == version)
    return fail (column, "meeting_id", error,
                 meeting ? _("An interpreter log is for either a meeting or a plan version, not both.")
                         : _("Choose the meeting or the plan version the interpreter took part in."));
  return TRUE;
}

static gboolean
check_translation (const TovTableInfo *table, GHashTable *values, const char **column, GError **error)
{
  const TovTableInfo *source = tov_model_lookup_table (g_hash_table_lookup (values, "source_table"));
  const char *field = g_hash_table_lookup (values, "field");
  const TovColumnInfo *info;

  if (source == NULL || field == NULL)
    return TRUE;
  info = tov_table_lookup_column (source, field);
  if (info == NULL || !(info->flags & TOV_COLUMN_FLAG_TRANSLATABLE))
    {
      *column = "field";
      g_set_error (error, TOV_RECORD_ERROR, TOV_RECORD_ERROR_INVALID,
                   _("“%s” is not a translatable text of a %s."), field, tov_table_get_label (source));
      return FALSE;
    }
  return TRUE;
}

static const TovTableInfo tables[] = {
  TABLE ("actors", "actor", N_("actor"), actor_columns, NULL, "name, organisation, id", NULL),
  TABLE ("families", "family", N_("family"), family_columns, NULL, "name, id", check_family),
  TABLE ("persons", "person", N_("person"), person_columns, "families",
         "birth_date IS NULL, birth_date, given_name, id", NULL),
  TABLE ("consents", "consent", N_("consent"), consent_columns, "persons", "given_on, id", check_dated),
  TABLE ("measurements", "measurement", N_("measurement"), measurement_columns, "persons",
         "measured_on, dimension, id", check_measurement),
  TABLE ("engagements", "engagement", N_("engagement"), engagement_columns, "families",
         "from_date, id", check_dated),
  TABLE ("engagement_members", "member", N_("member of an engagement"), engagement_member_columns,
         "engagements", "person_id, id", NULL),
  TABLE ("plans", "plan", N_("plan"), plan_columns, "families", "created_at, id", NULL),
  TABLE ("plan_versions", "version", N_("plan version"), plan_version_columns, "plans", "number, id",
         check_plan_version),
  TABLE ("plan_items", "item", N_("plan item"), plan_item_columns, "plan_versions", "position, id",
         check_plan_item),
  TABLE ("meetings", "meeting", N_("meeting"), meeting_columns, "families", "held_on, start_time, id", NULL),
  TABLE ("meeting_participants", "participant", N_("meeting participant"), participant_columns,
         "meetings", "created_at, id", check_one_who),
  TABLE ("mapping_items", "mapping-item", N_("mapping item"), mapping_item_columns, "meetings",
         "category, position, id", NULL),
  TABLE ("scalings", "scaling", N_("scaling"), scaling_columns, "meetings", "created_at, id", NULL),
  TABLE ("agreements", "agreement", N_("agreement"), agreement_columns, "families",
         "due_on IS NULL, due_on, created_at, id", check_one_who),
  TABLE ("interpreter_logs", "interpreter-log", N_("interpreter log"), interpreter_log_columns,
         "families", "created_at, id", check_interpreter_log),
  TABLE ("translations", "translation", N_("translation"), translation_columns, "families",
         "source_table, source_id, field, language, id", check_translation),
};

/**
 * tov_model_get_tables:
 *
 * Returns: (transfer none): every table, parents before children, in the
 * order the XML format writes them.
 */
const TovTableInfo *
tov_model_get_tables (guint *n_tables)
{
  if (n_tables != NULL)
    *n_tables = G_N_ELEMENTS (tables);
  return tables;
}

const TovTableInfo *
tov_model_lookup_table (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].name, name))
      return &tables[i];
  return NULL;
}

const TovTableInfo *
tov_model_lookup_element (const char *element)
{
  for (guint i = 0; element != NULL && i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].element, element))
      return &tables[i];
  return NULL;
}

const TovColumnInfo *
tov_table_lookup_column (const TovTableInfo *table,
                         const char         *column)
{
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; column != NULL && i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].name, column))
      return &table->columns[i];
  return NULL;
}

const TovColumnInfo *
tov_table_get_parent_column (const TovTableInfo *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].flags & TOV_COLUMN_FLAG_PARENT)
      return &table->columns[i];
  return NULL;
}

/**
 * tov_table_is_searched:
 *
 * Returns: whether rows of @table are in the search index (a column is
 * flagged %TOV_COLUMN_FLAG_SEARCH)
 */
gboolean
tov_table_is_searched (const TovTableInfo *table)
{
  g_return_val_if_fail (table != NULL, FALSE);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].flags & TOV_COLUMN_FLAG_SEARCH)
      return TRUE;
  return FALSE;
}

const char *
tov_table_get_label (const TovTableInfo *table)
{
  return _(table->label);
}

const char *
tov_column_get_label (const TovColumnInfo *column)
{
  return _(column->label);
}

/**
 * tov_column_allows:
 *
 * Whether @value is one of an enumerated column's values. Other columns
 * allow anything here; tov_record_validate() checks their syntax.
 */
gboolean
tov_column_allows (const TovColumnInfo *column,
                   const char          *value)
{
  g_return_val_if_fail (column != NULL, FALSE);

  if (column->type != TOV_COLUMN_ENUM)
    return TRUE;
  return value != NULL && g_strv_contains (column->values, value);
}

/**
 * tov_column_to_attribute:
 *
 * Returns: (transfer full): the XML attribute name of @column: "birth_date"
 * becomes "birth-date", a reference loses its "_id": "actor_id" becomes "actor".
 */
char *
tov_column_to_attribute (const TovColumnInfo *column)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (column != NULL, NULL);

  name = g_strdup (column->name);
  if (column->type == TOV_COLUMN_REFERENCE && g_str_has_suffix (name, "_id"))
    name[strlen (name) - 3] = '\0';
  g_strdelimit (name, "_", '-');
  return g_steal_pointer (&name);
}

const char * const *
tov_dimension_get_values (const char *dimension)
{
  for (guint i = 0; dimension != NULL && i < G_N_ELEMENTS (dimension_values); i++)
    if (g_str_equal (dimension_values[i].dimension, dimension))
      return dimension_values[i].values;
  return NULL;
}
