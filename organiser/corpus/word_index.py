"""The full-text index's upkeep: its schema and triggers, the SQL function it computes words with, re-indexing.

``reindex_statements`` and ``create_update_trigger`` serve the migration that introduced word forms (m004);
``create_compact_index`` is the index since m008, which stores nothing twice.
"""

from __future__ import annotations

import json
import sqlite3

from sqlite_utils import Database

from organiser.corpus import normalise

BATCH = 5000


def create_update_trigger(db: Database) -> None:
    """Re-index a statement only when an indexed column changes (not when other columns of the row do).

    Replaces the AFTER UPDATE trigger sqlite-utils made (which fires on any UPDATE) with one on the indexed columns,
    read from the index itself, so a later migration that adds columns to ``statements`` can call it again.
    """
    columns = [row[1] for row in db.execute("PRAGMA table_info(statements_fts)")]
    listed = ", ".join(f'"{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    db.execute("DROP TRIGGER IF EXISTS statements_au")
    db.execute(
        f'CREATE TRIGGER "statements_au" AFTER UPDATE OF {listed} ON "statements" BEGIN\n'
        f'  INSERT INTO "statements_fts" ("statements_fts", rowid, {listed}) VALUES(\'delete\', old.rowid, {old});\n'
        f'  INSERT INTO "statements_fts" (rowid, {listed}) VALUES (new.rowid, {new});\n'
        "END"
    )


def reindex_statements(db: Database) -> int:
    """Recompute ``search_text``, ``search_forms`` and ``search_source`` of every statement; returns the count.

    Runs without the FTS triggers' help: call it with full-text search disabled, then enable it (which fills the
    index in one pass, much faster than row-by-row triggers).
    """
    sources = {
        row[0]: normalise.source_form(row[1], row[2], json.loads(row[3] or "[]"))
        for row in db.execute("SELECT id, title, outlet, authors FROM sources")
    }
    count, last_id = 0, -1
    while True:
        rows = db.execute(
            "SELECT id, text, source_id FROM statements WHERE id > ? ORDER BY id LIMIT ?", [last_id, BATCH]
        ).fetchall()
        if not rows:
            return count
        updates = []
        for statement_id, text, source_id in rows:
            text = text or ""
            updates.append((normalise.index_form(text), normalise.forms_form(text), sources.get(source_id, ""),
                            statement_id))
        db.conn.executemany(
            "UPDATE statements SET search_text = ?, search_forms = ?, search_source = ? WHERE id = ?", updates
        )
        count += len(rows)
        last_id = rows[-1][0]


# ---- the index of migration m008: nothing stored twice -----------------------------------------------------------

EXACT_FUNCTION = "organiser_exact"
FTS_COLUMNS = ("search_text", "search_forms", "search_source")


def install_functions(conn: sqlite3.Connection) -> None:
    """The SQL function the index computes its exact-form column with; a connection that adds, edits or deletes
    statements needs it (the corpus registers it on open). Sources need none: their words are computed here."""
    conn.create_function(EXACT_FUNCTION, 1, _exact, deterministic=True)


def _exact(text: str | None) -> str:
    return normalise.index_form(text or "")


def _source_form_sql(source_id: str) -> str:
    return f"coalesce((SELECT search_form FROM sources WHERE id = {source_id}), '')"


def create_compact_index(db: Database) -> None:
    """The full-text index over a view: the exact words are computed from ``statements.text``, the other forms
    are stored with the statement (a dictionary may change; what was indexed must stay known), and the
    source's words are stored once in ``sources.search_form`` instead of once per statement.

    Triggers keep it whole: a statement's insert, edit or delete, and a change to its source's words (which
    re-indexes the statements of that source). The caller fills it (``'rebuild'``).
    """
    db.execute(
        "CREATE VIEW statements_search AS SELECT s.id, "
        f"{EXACT_FUNCTION}(s.text) AS search_text, s.search_forms, coalesce(src.search_form, '') AS search_source "
        "FROM statements s LEFT JOIN sources src ON src.id = s.source_id"
    )
    db.execute(
        "CREATE VIRTUAL TABLE statements_fts USING fts5(search_text, search_forms, search_source, "
        "content='statements_search', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    listed = ", ".join(FTS_COLUMNS)

    def values(row: str, source: str) -> str:
        return f"{EXACT_FUNCTION}({row}.text), {row}.search_forms, {source}"

    def add(rowid: str, row: str, source: str, where: str = "") -> str:
        if where:
            return f"INSERT INTO statements_fts (rowid, {listed}) SELECT {rowid}, {values(row, source)} {where};"
        return f"INSERT INTO statements_fts (rowid, {listed}) VALUES ({rowid}, {values(row, source)});"

    def remove(rowid: str, row: str, source: str, where: str = "") -> str:
        head = f"INSERT INTO statements_fts (statements_fts, rowid, {listed})"
        if where:
            return f"{head} SELECT 'delete', {rowid}, {values(row, source)} {where};"
        return f"{head} VALUES ('delete', {rowid}, {values(row, source)});"

    insert = add("new.id", "new", _source_form_sql("new.source_id"))
    delete = remove("old.id", "old", _source_form_sql("old.source_id"))
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in ("text", "search_forms", "source_id"))
    db.execute(f"CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER statements_au AFTER UPDATE OF text, search_forms, source_id ON statements "
               f"WHEN {changed} BEGIN {delete} {insert} END")
    of_source = "FROM statements s WHERE s.source_id = old.id"
    old_form, new_form = "coalesce(old.search_form, '')", "coalesce(new.search_form, '')"
    db.execute(
        "CREATE TRIGGER sources_au AFTER UPDATE OF search_form ON sources "
        "WHEN old.search_form IS NOT new.search_form BEGIN "
        f"{remove('s.id', 's', old_form, of_source)} {add('s.id', 's', new_form, of_source)} END"
    )
    db.execute(
        "CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN "
        f"{remove('s.id', 's', old_form, of_source)} {add('s.id', 's', repr(''), of_source)} END"
    )


def source_form_of(db: Database, source_id: int) -> str:
    """The words of a source as the index holds them: title, outlet and authors in every form."""
    row = db.execute("SELECT title, outlet, authors FROM sources WHERE id = ?", [source_id]).fetchone()
    return normalise.source_form(row[0], row[1], json.loads(row[2] or "[]")) if row else ""


def fill_source_forms(db: Database) -> None:
    """``sources.search_form`` of every source."""
    ids = [r[0] for r in db.execute("SELECT id FROM sources")]
    db.conn.executemany("UPDATE sources SET search_form = ? WHERE id = ?", [(source_form_of(db, i), i) for i in ids])
