#!/usr/bin/env python3
# bench/import-floor.py SOURCE.sqlite: what SQLite alone needs to write an
# import's rows with Tovholder's schema and settings, no application code at
# all: the rows of SOURCE (a database tovholder-bench or tovholder-cli
# imported, e.g. 10,000 families) copied into a new database with the same
# schema, table by table in one transaction, as INSERT ... SELECT (ORDER BY
# rowid, so SQLite writes them row by row, not by copying pages), then the
# search rows from the view search_source, the audit rows, the FTS5 index,
# the foreign key check and the commit, under the store's pragmas (WAL,
# synchronous=FULL, the bulk cache). tov_fold () is Python's casefold () here
# (our folding does more, and costs more). Prints seconds per step and the
# persons a second this floor allows: no import of the same rows can be
# faster on this machine.
#
# Options for a leaner schema than Tovholder's, to see how far the floor
# itself could be lowered: --page-size N (a new database's pages; SQLite's
# default is 4096), --indexes-after (secondary indexes built once the rows are
# in), --lean-search (the full-text index reads its text from search_rows
# instead of keeping a copy, and search_rows keeps no label), --uuid-order
# (each table's rows written in the order of their UUIDs, not as imported).
import argparse
import os
import sqlite3
import sys
import tempfile
import time

parser = argparse.ArgumentParser(description="What SQLite alone needs to write an import's rows.")
parser.add_argument("source", metavar="SOURCE.sqlite")
parser.add_argument("--page-size", type=int, default=4096)
parser.add_argument("--indexes-after", action="store_true")
parser.add_argument("--lean-search", action="store_true")
parser.add_argument("--uuid-order", action="store_true")
args = parser.parse_args()
source = args.source
target = os.path.join(tempfile.mkdtemp(prefix="tov-floor-"), "floor.sqlite")

src = sqlite3.connect(source)
# the FTS5 table's shadow tables come with its CREATE VIRTUAL TABLE
fts_shadows = ("search_data", "search_idx", "search_content", "search_docsize", "search_config")
schema = [(kind, name, sql) for (kind, name, sql) in
          src.execute("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                      "AND name NOT LIKE 'sqlite%' ORDER BY rowid")
          if name not in fts_shadows]
tables = [name for (kind, name, sql) in schema
          if kind == "table" and name not in ("search", "search_rows", "search_dirty", "audit_log")]
persons = src.execute("SELECT count(*) FROM persons").fetchone()[0]
rows = sum(src.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
src.close()

db = sqlite3.connect(target, isolation_level=None)
db.create_function("tov_fold", 1, lambda text: text.casefold() if text is not None else None,
                   deterministic=True)
db.create_function("tov_bulk_write", 0, lambda: 1)
db.execute(f"PRAGMA page_size = {args.page_size}")
for pragma in ("journal_mode = WAL", "synchronous = FULL", "secure_delete = ON",
               "temp_store = MEMORY", "cache_size = -262144", "foreign_keys = OFF"):
    db.execute("PRAGMA " + pragma)
indexes_after = []
for kind, name, sql in schema:
    if args.lean_search and name == "search":
        sql = sql.replace("prefix = '1 2 3'",
                          "prefix = '1 2 3', content = 'search_rows', content_rowid = 'docid'")
    if args.indexes_after and kind == "index":
        indexes_after.append(sql)
        continue
    db.execute(sql)
db.execute("ATTACH ? AS src", (source,))

steps = []
def step(label, sql):
    start = time.perf_counter()
    db.execute(sql)
    steps.append((label, time.perf_counter() - start))

start = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
for table in tables:
    columns = ", ".join(row[1] for row in db.execute(f"PRAGMA main.table_info ({table})"))
    order = "id" if args.uuid_order and "id" in columns.split(", ") else "rowid"
    step(table, f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table} ORDER BY {order}")
label = "''" if args.lean_search else "label"
step("search rows", "INSERT INTO search_rows (source_table, source_id, family_id, label, text) "
                    f"SELECT source_table, source_id, family_id, {label}, text FROM search_source")
step("audit log", "INSERT INTO main.audit_log (at, staff, action, table_name, row_id, summary) "
                  "SELECT at, staff, action, table_name, row_id, summary FROM src.audit_log ORDER BY id")
step("full-text index", "INSERT INTO search (rowid, text) SELECT docid, text FROM search_rows")
for sql in indexes_after:
    step("secondary indexes", sql)
step("foreign keys", "PRAGMA foreign_key_check")
step("commit", "COMMIT")
db.close()
total = time.perf_counter() - start

row_seconds = sum(s for label, s in steps if label in tables)
print(f"rows: {rows} in {len(tables)} tables, {persons} persons")
print(f"rows written: {row_seconds:.3f} s")
other = {}
for label, seconds in steps:
    if label not in tables:
        other[label] = other.get(label, 0) + seconds
for label, seconds in other.items():
    print(f"{label}: {seconds:.3f} s")
print(f"total: {total:.3f} s")
print(f"floor persons/second: {persons / total:.0f}")
os.remove(target)
for suffix in ("-wal", "-shm"):
    if os.path.exists(target + suffix):
        os.remove(target + suffix)
os.rmdir(os.path.dirname(target))
