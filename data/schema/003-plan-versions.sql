-- 003-plan-versions.sql: interpreter logs, the lineage of plan items
--
-- SPDX-FileCopyrightText: 2026 The Tovholder authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- interpreter_logs puts on record that the family understood: at a network
-- meeting or when a plan version was agreed, in which language, by which
-- interpreter or agency, in person or by phone, and which parts were read
-- aloud or translated. A log belongs to exactly one meeting or one version,
-- and goes with its meeting when the meeting is deleted.
--
-- plan_items.lineage is the id of the item a copy descends from: agreeing a
-- plan copies its items into a new draft, each copy keeping the lineage of
-- its original (or the original's id), so that two versions can be compared
-- item by item. NULL for an item first written in its version.
--
-- The store runs this file in one transaction and sets user_version = 3.

CREATE TABLE interpreter_logs (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  family_id   TEXT NOT NULL REFERENCES families (id) ON DELETE CASCADE,
  meeting_id  TEXT REFERENCES meetings (id) ON DELETE CASCADE,
  version_id  TEXT REFERENCES plan_versions (id),
  language    TEXT NOT NULL,
  interpreter TEXT NOT NULL,
  mode        TEXT NOT NULL CHECK (mode IN ('in_person', 'phone', 'video')),
  parts       TEXT,
  understood  INTEGER CHECK (understood IN (0, 1)),
  CHECK ((meeting_id IS NULL) <> (version_id IS NULL))
) STRICT;
CREATE INDEX interpreter_logs_family_id ON interpreter_logs (family_id);
CREATE INDEX interpreter_logs_meeting_id ON interpreter_logs (meeting_id);
CREATE INDEX interpreter_logs_version_id ON interpreter_logs (version_id);

ALTER TABLE plan_items ADD COLUMN lineage TEXT;
CREATE INDEX plan_items_lineage ON plan_items (lineage);
