-- 004-search-source.sql: what each row puts in the search index, said once
--
-- SPDX-FileCopyrightText: 2026 The Tovholder authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- search_source says, for every searchable table, what one of its rows puts
-- into search_rows: the family it belongs to, the label shown as what
-- matched, and the folded text. The triggers of 002 said it each in their own
-- words; now they all read it from this view, and so does the store at the
-- end of a bulk write (an import): there the insert triggers stand aside
-- (tov_bulk_write (), an application function of the store's connection,
-- is 1 inside tov_store_begin_bulk ()) and the store adds the search rows of
-- all the new rows in one statement a table, at the commit. Update and
-- delete triggers work as before, bulk write or not.
--
-- The view is a UNION ALL; SQLite pushes "source_table = 'x' AND
-- source_id = ?" and "source_rowid > ?" down into each arm, so a trigger
-- reads one row by its primary key and an arm of another table costs
-- nothing (tests/test-search.c checks the query plans).
--
-- The audit log loses its index on row_id: no query reads the log by row,
-- and every write paid for it with an insert at a random place in an index
-- that only grows (at 10,000 families, 0.5 s of the 0.6 s an import spends
-- on its audit rows). A view of one row's history can scan, or bring the
-- index back in its own migration.
--
-- The store runs this file in one transaction and sets user_version = 4.

DROP INDEX audit_log_row_id;

CREATE VIEW search_source (source_table, source_id, source_rowid, family_id, label, text) AS
  SELECT 'families', id, rowid, id, name, tov_fold (name || ' ' || coalesce (case_ref, ''))
  FROM families
  UNION ALL
  SELECT 'persons', id, rowid, family_id, trim (given_name || ' ' || coalesce (family_name, '')),
         tov_fold (given_name || ' ' || coalesce (family_name, ''))
  FROM persons
  UNION ALL
  SELECT 'actors', id, rowid, NULL, name,
         tov_fold (name || ' ' || coalesce (organisation, '') || ' ' || coalesce (role, ''))
  FROM actors
  UNION ALL
  SELECT 'plan_items', id, rowid,
         (SELECT p.family_id FROM plan_versions v JOIN plans p ON p.id = v.plan_id
          WHERE v.id = plan_items.version_id),
         substr (text, 1, 200), tov_fold (text)
  FROM plan_items
  UNION ALL
  SELECT 'agreements', id, rowid, family_id, substr (what, 1, 200), tov_fold (what)
  FROM agreements
  UNION ALL
  SELECT 'meetings', id, rowid, family_id, substr (coalesce (minutes, ''), 1, 200), tov_fold (minutes)
  FROM meetings
  UNION ALL
  SELECT 'translations', id, rowid, family_id, substr (text, 1, 200), tov_fold (text)
  FROM translations;

DROP TRIGGER families_search_ai;
CREATE TRIGGER families_search_ai AFTER INSERT ON families WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'families' AND source_id = NEW.id;
END;
DROP TRIGGER families_search_au;
CREATE TRIGGER families_search_au AFTER UPDATE OF name, case_ref ON families
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'families' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'families';
END;
DROP TRIGGER persons_search_ai;
CREATE TRIGGER persons_search_ai AFTER INSERT ON persons WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'persons' AND source_id = NEW.id;
END;
DROP TRIGGER persons_search_au;
CREATE TRIGGER persons_search_au AFTER UPDATE OF family_id, given_name, family_name ON persons
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'persons' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'persons';
END;
DROP TRIGGER actors_search_ai;
CREATE TRIGGER actors_search_ai AFTER INSERT ON actors WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'actors' AND source_id = NEW.id;
END;
DROP TRIGGER actors_search_au;
CREATE TRIGGER actors_search_au AFTER UPDATE OF name, organisation, role ON actors
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'actors' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'actors';
END;
DROP TRIGGER plan_items_search_ai;
CREATE TRIGGER plan_items_search_ai AFTER INSERT ON plan_items WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'plan_items' AND source_id = NEW.id;
END;
DROP TRIGGER plan_items_search_au;
CREATE TRIGGER plan_items_search_au AFTER UPDATE OF version_id, text ON plan_items
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'plan_items' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'plan_items';
END;
DROP TRIGGER agreements_search_ai;
CREATE TRIGGER agreements_search_ai AFTER INSERT ON agreements WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'agreements' AND source_id = NEW.id;
END;
DROP TRIGGER agreements_search_au;
CREATE TRIGGER agreements_search_au AFTER UPDATE OF family_id, what ON agreements
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'agreements' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'agreements';
END;
DROP TRIGGER meetings_search_ai;
CREATE TRIGGER meetings_search_ai AFTER INSERT ON meetings WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'meetings' AND source_id = NEW.id;
END;
DROP TRIGGER meetings_search_au;
CREATE TRIGGER meetings_search_au AFTER UPDATE OF family_id, minutes ON meetings
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'meetings' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'meetings';
END;
DROP TRIGGER translations_search_ai;
CREATE TRIGGER translations_search_ai AFTER INSERT ON translations WHEN NOT tov_bulk_write ()
BEGIN
  INSERT INTO search_rows (source_table, source_id, family_id, label, text)
  SELECT source_table, source_id, family_id, label, text FROM search_source
  WHERE source_table = 'translations' AND source_id = NEW.id;
END;
DROP TRIGGER translations_search_au;
CREATE TRIGGER translations_search_au AFTER UPDATE OF family_id, text ON translations
BEGIN
  UPDATE search_rows SET (family_id, label, text) =
    (SELECT family_id, label, text FROM search_source WHERE source_table = 'translations' AND source_id = NEW.id)
  WHERE source_id = OLD.id AND source_table = 'translations';
END;