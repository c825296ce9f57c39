-- 001-initial.sql: the whole data model of src/core/tov-model.c
--
-- SPDX-FileCopyrightText: 2026 The Tovholder authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Table and column names are those of the model. Every row has a UUID id and
-- created/updated times (YYYY-MM-DDTHH:MM:SSZ, UTC). Tables are STRICT, so a
-- value of the wrong type is refused even if it bypasses the store.
--
-- Foreign keys: the parent column (the reference implied by nesting) is
-- ON DELETE CASCADE. References to the global actor register are
-- ON DELETE RESTRICT: an actor still engaged, responsible or invited cannot
-- be deleted. References inside one family (to a person, a plan version, a
-- meeting, a participant) use the default NO ACTION, which SQLite checks at
-- the end of the statement: deleting a person who is still referred to is
-- refused just the same, but deleting a whole family, whose cascade removes
-- both the person and the rows that refer to them, is not (RESTRICT is
-- checked row by row in the middle of the cascade and would depend on the
-- order in which SQLite visits the child tables).
--
-- Allowed values of three or more are written x = 'a' OR x = 'b' OR ...,
-- not x IN ('a', 'b', 'c'): for an IN list of more than two constants SQLite
-- builds a temporary b-tree each time the CHECK runs, which cost a fifth of
-- the time of an import.
--
-- The store runs this file in one transaction and sets user_version = 1.

CREATE TABLE actors (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  name         TEXT NOT NULL,
  organisation TEXT,
  sector       TEXT NOT NULL CHECK (sector = 'social' OR sector = 'employment' OR
                                    sector = 'children_youth' OR sector = 'school' OR
                                    sector = 'health' OR sector = 'leisure' OR sector = 'police' OR
                                    sector = 'ngo' OR sector = 'private_network'),
  role         TEXT,
  phone        TEXT,
  email        TEXT,
  note         TEXT
) STRICT;

CREATE TABLE families (
  id                   TEXT PRIMARY KEY NOT NULL,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  name                 TEXT NOT NULL,
  case_ref             TEXT,
  status               TEXT NOT NULL CHECK (status = 'referred' OR status = 'active' OR
                                            status = 'closed'),
  enrolled_on          TEXT,
  closed_on            TEXT,
  closure_reason       TEXT,
  handover_to          TEXT,
  languages            TEXT,
  interpreter_needed   INTEGER CHECK (interpreter_needed IN (0, 1)),
  interpreter_language TEXT,
  print_languages      TEXT,
  CHECK (closed_on IS NULL OR enrolled_on IS NULL OR enrolled_on <= closed_on)
) STRICT;

CREATE TABLE persons (
  id                 TEXT PRIMARY KEY NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  family_id          TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  given_name         TEXT NOT NULL,
  family_name        TEXT,
  birth_date         TEXT,
  sex                TEXT CHECK (sex = 'female' OR sex = 'male' OR sex = 'other' OR
                                 sex = 'unknown'),
  household_role     TEXT NOT NULL CHECK (household_role = 'mother' OR household_role = 'father' OR
                                          household_role = 'parent' OR household_role = 'child' OR
                                          household_role = 'adult' OR
                                          household_role = 'grandparent' OR
                                          household_role = 'other'),
  nationality        TEXT,
  languages          TEXT,
  interpreter_needed INTEGER CHECK (interpreter_needed IN (0, 1)),
  arrival_year       INTEGER CHECK (arrival_year BETWEEN 1900 AND 2100)
) STRICT;
CREATE INDEX persons_family_id ON persons (family_id);

CREATE TABLE consents (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  person_id    TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  given_on     TEXT NOT NULL,
  scope        TEXT,
  expires_on   TEXT,
  withdrawn_on TEXT,
  CHECK (expires_on IS NULL OR given_on <= expires_on),
  CHECK (withdrawn_on IS NULL OR given_on <= withdrawn_on)
) STRICT;
CREATE INDEX consents_person_id ON consents (person_id);

CREATE TABLE measurements (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  person_id   TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  dimension   TEXT NOT NULL CHECK (dimension = 'work_interest' OR dimension = 'work_preconditions' OR
                                   dimension = 'work_status' OR dimension = 'association' OR
                                   dimension = 'danish_friendship' OR dimension = 'school_concern' OR
                                   dimension = 'crime_concern' OR dimension = 'leisure_activity' OR
                                   dimension = 'wellbeing'),
  measured_on TEXT NOT NULL,
  value       TEXT NOT NULL,
  note        TEXT,
  CHECK (CASE dimension
         WHEN 'work_interest' THEN value IN ('wants_work', 'does_not')
         WHEN 'work_preconditions' THEN (value = 'can_work' OR value = 'special_terms' OR
                                         value = 'within_12_months' OR value = 'cannot')
         WHEN 'work_status' THEN (value = 'employed' OR value = 'education' OR
                                  value = 'activation' OR value = 'sick_leave' OR
                                  value = 'pension' OR value = 'none')
         WHEN 'association' THEN (value = 'member' OR value = 'volunteer' OR value = 'none')
         WHEN 'danish_friendship' THEN value IN ('yes', 'no')
         WHEN 'school_concern' THEN value IN ('no_concern', 'concern')
         WHEN 'crime_concern' THEN value IN ('no_concern', 'concern')
         WHEN 'leisure_activity' THEN value IN ('active', 'not_active')
         WHEN 'wellbeing' THEN (value = '0' OR value = '1' OR value = '2' OR value = '3' OR
                                value = '4' OR value = '5' OR value = '6' OR value = '7' OR
                                value = '8' OR value = '9' OR value = '10')
         END)
) STRICT;
CREATE INDEX measurements_person_id ON measurements (person_id);

CREATE TABLE engagements (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  actor_id    TEXT NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
  ring        TEXT NOT NULL CHECK (ring = 'core' OR ring = 'near' OR ring = 'peripheral' OR
                                   ring = 'network' OR ring = 'civil_society'),
  coordinator INTEGER CHECK (coordinator IN (0, 1)),
  invited     INTEGER CHECK (invited IN (0, 1)),
  from_date   TEXT NOT NULL,
  to_date     TEXT,
  map_angle   REAL,
  map_radius  REAL,
  role_note   TEXT,
  CHECK (to_date IS NULL OR from_date <= to_date),
  CHECK (coordinator IS NOT 1 OR ring = 'core')
) STRICT;
CREATE INDEX engagements_family_id ON engagements (family_id);
CREATE INDEX engagements_actor_id ON engagements (actor_id);
-- one current coordinator per family, chosen by the family
CREATE UNIQUE INDEX engagements_one_coordinator ON engagements (family_id)
  WHERE coordinator = 1 AND to_date IS NULL;

CREATE TABLE engagement_members (
  id            TEXT PRIMARY KEY NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  person_id     TEXT NOT NULL REFERENCES persons (id),
  UNIQUE (engagement_id, person_id)
) STRICT;
CREATE INDEX engagement_members_person_id ON engagement_members (person_id);

CREATE TABLE plans (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  family_id  TEXT NOT NULL UNIQUE REFERENCES families (id) ON DELETE CASCADE,
  title      TEXT
) STRICT;

CREATE TABLE plan_versions (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  plan_id        TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL CHECK (number BETWEEN 1 AND 100000),
  status         TEXT NOT NULL CHECK (status = 'draft' OR status = 'agreed' OR
                                      status = 'superseded'),
  drafted_on     TEXT,
  agreed_on      TEXT,
  present        TEXT,
  accepted_by    TEXT,
  interpreter    TEXT,
  next_follow_up TEXT,
  UNIQUE (plan_id, number),
  CHECK ((status = 'draft') = (agreed_on IS NULL))
) STRICT;

CREATE TABLE plan_items (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  version_id     TEXT NOT NULL REFERENCES plan_versions (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind = 'situation' OR kind = 'resource' OR kind = 'worry' OR
                                      kind = 'works_well' OR kind = 'goal' OR kind = 'effort' OR
                                      kind = 'contract'),
  person_id      TEXT REFERENCES persons (id),
  text           TEXT NOT NULL,
  horizon        TEXT CHECK (horizon IN ('short', 'long')),
  theme          TEXT CHECK (theme = 'work_education' OR theme = 'danish_language' OR
                             theme = 'school' OR theme = 'leisure' OR theme = 'parenting' OR
                             theme = 'health' OR theme = 'housing_economy' OR
                             theme = 'friendships' OR theme = 'safety' OR theme = 'other'),
  scale_now      INTEGER CHECK (scale_now BETWEEN 0 AND 10),
  scale_target   INTEGER CHECK (scale_target BETWEEN 0 AND 10),
  actor_id       TEXT REFERENCES actors (id) ON DELETE RESTRICT,
  legal_basis    TEXT,
  statutory_plan TEXT CHECK (statutory_plan = 'jobplan' OR statutory_plan = 'integration_contract' OR
                             statutory_plan = 'child_assessment' OR statutory_plan = 'action_plan' OR
                             statutory_plan = 'pupil_plan' OR statutory_plan = 'resource_profile' OR
                             statutory_plan = 'other'),
  statutory_ref  TEXT,
  internal       INTEGER CHECK (internal IN (0, 1)),
  position       INTEGER NOT NULL CHECK (position >= 0)
) STRICT;
CREATE INDEX plan_items_version_id ON plan_items (version_id);
CREATE INDEX plan_items_person_id ON plan_items (person_id);
CREATE INDEX plan_items_actor_id ON plan_items (actor_id);

CREATE TABLE meetings (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  family_id  TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  held_on    TEXT NOT NULL,
  start_time TEXT,
  place      TEXT,
  kind       TEXT NOT NULL CHECK (kind = 'network' OR kind = 'development_group' OR
                                  kind = 'coordination' OR kind = 'follow_up' OR kind = 'other'),
  minutes    TEXT
) STRICT;
CREATE INDEX meetings_family_id ON meetings (family_id);

CREATE TABLE meeting_participants (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id  TEXT REFERENCES persons (id),
  actor_id   TEXT REFERENCES actors (id) ON DELETE RESTRICT,
  present    INTEGER CHECK (present IN (0, 1)),
  CHECK ((person_id IS NULL) <> (actor_id IS NULL))
) STRICT;
CREATE INDEX meeting_participants_meeting_id ON meeting_participants (meeting_id);
CREATE INDEX meeting_participants_person_id ON meeting_participants (person_id);
CREATE INDEX meeting_participants_actor_id ON meeting_participants (actor_id);

CREATE TABLE mapping_items (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  category   TEXT NOT NULL CHECK (category = 'worry' OR category = 'working_well' OR
                                  category = 'next_step' OR category = 'danger_statement' OR
                                  category = 'safety_goal'),
  text       TEXT NOT NULL,
  position   INTEGER NOT NULL CHECK (position >= 0)
) STRICT;
CREATE INDEX mapping_items_meeting_id ON mapping_items (meeting_id);

CREATE TABLE scalings (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL REFERENCES meeting_participants (id),
  value          INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
  note           TEXT
) STRICT;
CREATE INDEX scalings_meeting_id ON scalings (meeting_id);
CREATE INDEX scalings_participant_id ON scalings (participant_id);

CREATE TABLE agreements (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  family_id  TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  what       TEXT NOT NULL,
  actor_id   TEXT REFERENCES actors (id) ON DELETE RESTRICT,
  person_id  TEXT REFERENCES persons (id),
  due_on     TEXT,
  status     TEXT NOT NULL CHECK (status = 'open' OR status = 'done' OR status = 'not_kept' OR
                                  status = 'cancelled'),
  follow_up  TEXT,
  version_id TEXT REFERENCES plan_versions (id),
  meeting_id TEXT REFERENCES meetings (id),
  CHECK ((person_id IS NULL) <> (actor_id IS NULL))
) STRICT;
CREATE INDEX agreements_family_id ON agreements (family_id);
CREATE INDEX agreements_actor_id ON agreements (actor_id);
CREATE INDEX agreements_person_id ON agreements (person_id);
CREATE INDEX agreements_version_id ON agreements (version_id);
CREATE INDEX agreements_meeting_id ON agreements (meeting_id);

-- source_id refers to a row of source_table (any translatable table), so it
-- cannot be a foreign key; the store checks it, and the triggers below
-- delete the translations of a deleted row.
CREATE TABLE translations (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  family_id    TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  source_table TEXT NOT NULL CHECK (source_table = 'families' OR source_table = 'persons' OR
                                    source_table = 'engagements' OR source_table = 'plan_items' OR
                                    source_table = 'meetings' OR source_table = 'mapping_items' OR
                                    source_table = 'scalings' OR source_table = 'agreements' OR
                                    source_table = 'consents'),
  source_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  language     TEXT NOT NULL,
  text         TEXT NOT NULL,
  translator   TEXT,
  UNIQUE (source_id, field, language)
) STRICT;
CREATE INDEX translations_family_id ON translations (family_id);

CREATE TRIGGER persons_delete_translations AFTER DELETE ON persons
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER engagements_delete_translations AFTER DELETE ON engagements
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER plan_items_delete_translations AFTER DELETE ON plan_items
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER meetings_delete_translations AFTER DELETE ON meetings
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER mapping_items_delete_translations AFTER DELETE ON mapping_items
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER scalings_delete_translations AFTER DELETE ON scalings
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER agreements_delete_translations AFTER DELETE ON agreements
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;
CREATE TRIGGER consents_delete_translations AFTER DELETE ON consents
BEGIN DELETE FROM translations WHERE source_id = OLD.id; END;

-- Who changed what, when. summary names the columns written, never their
-- values, so that deleting a person leaves no personal data behind here.
-- Append-only, in the order of the changes (id), local to this file.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  staff      TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
  table_name TEXT NOT NULL,
  row_id     TEXT NOT NULL,
  summary    TEXT
) STRICT;
CREATE INDEX audit_log_row_id ON audit_log (row_id);
