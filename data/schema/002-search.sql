-- 002-search.sql: full-text search over names and plan text
--
-- SPDX-FileCopyrightText: 2026 The Tovholder authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Needs the application function tov_fold(text) (tov_fold_for_search(): case,
-- Danish ø/æ/å/aa/oe and Arabic spelling variants folded), which the store
-- registers on every connection as deterministic and innocuous.
--
-- search_rows holds one row per searchable row of the model (the columns
-- flagged TOV_COLUMN_FLAG_SEARCH in tov-model.c): its folded text, a label to
-- show as what matched, and the family it belongs to (NULL for an actor, who
-- reaches families through engagements). Triggers on the model's tables keep
-- it up to date, cascaded deletes included.
--
-- search is the FTS5 index over search_rows.text (rowid = docid). SQLite
-- refuses FTS5 inside triggers when trusted_schema is OFF, so the store
-- writes it: after inserting a searchable row it copies the new search_rows
-- row into search; for updates and deletes, which cascades reach too,
-- triggers note the changed docids in search_dirty and the store brings
-- them up to date after each write, in the same savepoint
-- (tov_search_flush ()).

CREATE TABLE search_rows (
  docid        INTEGER PRIMARY KEY,
  source_table TEXT NOT NULL,
  source_id    TEXT NOT NULL,
  family_id    TEXT,
  label        TEXT NOT NULL,
  text         TEXT NOT NULL,
  UNIQUE (source_id, source_table)
) STRICT;

CREATE TABLE search_dirty (
  docid INTEGER PRIMARY KEY
) STRICT;

CREATE VIRTUAL TABLE search USING fts5 (
  text,
  tokenize = 'unicode61 remove_diacritics 0',
  prefix = '1 2 3'
);

CREATE TRIGGER search_rows_au AFTER UPDATE ON search_rows
BEGIN INSERT OR IGNORE INTO search_dirty (docid) VALUES (NEW.docid); END;
CREATE TRIGGER search_rows_ad AFTER DELETE ON search_rows
BEGIN INSERT OR IGNORE INTO search_dirty (docid) VALUES (OLD.docid); END;

-- families: name and case reference
CREATE TRIGGER families_search_ai AFTER INSERT ON families
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('families', NEW.id, NEW.id, NEW.name,
          tov_fold (NEW.name || ' ' || coalesce (NEW.case_ref, '')));
END;
CREATE TRIGGER families_search_au AFTER UPDATE OF name, case_ref ON families
BEGIN
  UPDATE search_rows SET label = NEW.name,
                         text = tov_fold (NEW.name || ' ' || coalesce (NEW.case_ref, ''))
  WHERE source_id = OLD.id AND source_table = 'families';
END;
CREATE TRIGGER families_search_ad AFTER DELETE ON families
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'families'; END;

-- persons: given and family name
CREATE TRIGGER persons_search_ai AFTER INSERT ON persons
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('persons', NEW.id, NEW.family_id,
          trim (NEW.given_name || ' ' || coalesce (NEW.family_name, '')),
          tov_fold (NEW.given_name || ' ' || coalesce (NEW.family_name, '')));
END;
CREATE TRIGGER persons_search_au AFTER UPDATE OF family_id, given_name, family_name ON persons
BEGIN
  UPDATE search_rows SET family_id = NEW.family_id,
                         label = trim (NEW.given_name || ' ' || coalesce (NEW.family_name, '')),
                         text = tov_fold (NEW.given_name || ' ' || coalesce (NEW.family_name, ''))
  WHERE source_id = OLD.id AND source_table = 'persons';
END;
CREATE TRIGGER persons_search_ad AFTER DELETE ON persons
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'persons'; END;

-- actors: name, organisation and role; their families come from engagements
CREATE TRIGGER actors_search_ai AFTER INSERT ON actors
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('actors', NEW.id, NULL, NEW.name,
          tov_fold (NEW.name || ' ' || coalesce (NEW.organisation, '') || ' ' ||
                    coalesce (NEW.role, '')));
END;
CREATE TRIGGER actors_search_au AFTER UPDATE OF name, organisation, role ON actors
BEGIN
  UPDATE search_rows SET label = NEW.name,
                         text = tov_fold (NEW.name || ' ' || coalesce (NEW.organisation, '') ||
                                          ' ' || coalesce (NEW.role, ''))
  WHERE source_id = OLD.id AND source_table = 'actors';
END;
CREATE TRIGGER actors_search_ad AFTER DELETE ON actors
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'actors'; END;

-- plan items: the text, in the family of the plan
CREATE TRIGGER plan_items_search_ai AFTER INSERT ON plan_items
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('plan_items', NEW.id,
          (SELECT p.family_id FROM plan_versions v JOIN plans p ON p.id = v.plan_id
           WHERE v.id = NEW.version_id),
          substr (NEW.text, 1, 200), tov_fold (NEW.text));
END;
CREATE TRIGGER plan_items_search_au AFTER UPDATE OF version_id, text ON plan_items
BEGIN
  UPDATE search_rows SET family_id = (SELECT p.family_id FROM plan_versions v
                                      JOIN plans p ON p.id = v.plan_id
                                      WHERE v.id = NEW.version_id),
                         label = substr (NEW.text, 1, 200),
                         text = tov_fold (NEW.text)
  WHERE source_id = OLD.id AND source_table = 'plan_items';
END;
CREATE TRIGGER plan_items_search_ad AFTER DELETE ON plan_items
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'plan_items'; END;

-- agreements: what is agreed
CREATE TRIGGER agreements_search_ai AFTER INSERT ON agreements
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('agreements', NEW.id, NEW.family_id, substr (NEW.what, 1, 200), tov_fold (NEW.what));
END;
CREATE TRIGGER agreements_search_au AFTER UPDATE OF family_id, what ON agreements
BEGIN
  UPDATE search_rows SET family_id = NEW.family_id, label = substr (NEW.what, 1, 200),
                         text = tov_fold (NEW.what)
  WHERE source_id = OLD.id AND source_table = 'agreements';
END;
CREATE TRIGGER agreements_search_ad AFTER DELETE ON agreements
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'agreements'; END;

-- meetings: the minutes
CREATE TRIGGER meetings_search_ai AFTER INSERT ON meetings
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('meetings', NEW.id, NEW.family_id, substr (coalesce (NEW.minutes, ''), 1, 200),
          tov_fold (NEW.minutes));
END;
CREATE TRIGGER meetings_search_au AFTER UPDATE OF family_id, minutes ON meetings
BEGIN
  UPDATE search_rows SET family_id = NEW.family_id,
                         label = substr (coalesce (NEW.minutes, ''), 1, 200),
                         text = tov_fold (NEW.minutes)
  WHERE source_id = OLD.id AND source_table = 'meetings';
END;
CREATE TRIGGER meetings_search_ad AFTER DELETE ON meetings
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'meetings'; END;

-- translations: the translated text
CREATE TRIGGER translations_search_ai AFTER INSERT ON translations
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  VALUES ('translations', NEW.id, NEW.family_id, substr (NEW.text, 1, 200), tov_fold (NEW.text));
END;
CREATE TRIGGER translations_search_au AFTER UPDATE OF family_id, text ON translations
BEGIN
  UPDATE search_rows SET family_id = NEW.family_id, label = substr (NEW.text, 1, 200),
                         text = tov_fold (NEW.text)
  WHERE source_id = OLD.id AND source_table = 'translations';
END;
CREATE TRIGGER translations_search_ad AFTER DELETE ON translations
BEGIN DELETE FROM search_rows WHERE source_id = OLD.id AND source_table = 'translations'; END;

-- what is already there
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'families', id, id, name, tov_fold (name || ' ' || coalesce (case_ref, ''))
FROM families;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'persons', id, family_id, trim (given_name || ' ' || coalesce (family_name, '')),
       tov_fold (given_name || ' ' || coalesce (family_name, ''))
FROM persons;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'actors', id, NULL, name,
       tov_fold (name || ' ' || coalesce (organisation, '') || ' ' || coalesce (role, ''))
FROM actors;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'plan_items', i.id, p.family_id, substr (i.text, 1, 200), tov_fold (i.text)
FROM plan_items i JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'agreements', id, family_id, substr (what, 1, 200), tov_fold (what)
FROM agreements;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'meetings', id, family_id, substr (coalesce (minutes, ''), 1, 200), tov_fold (minutes)
FROM meetings;
INSERT INTO search_rows (source_table, source_id, family_id, label, text)
SELECT 'translations', id, family_id, substr (text, 1, 200), tov_fold (text)
FROM translations;

INSERT INTO search (rowid, text) SELECT docid, text FROM search_rows;
DELETE FROM search_dirty;
