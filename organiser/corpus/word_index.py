"""Re-indexing stored statements: the search columns recomputed from the text and the source of each statement.

Used by the migration that introduced word forms; any later change to the index form re-runs it the same way.
"""

from __future__ import annotations

import json

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
            columns = normalise.search_columns(text or "")
            updates.append((columns["search_text"], columns["search_forms"], sources.get(source_id, ""), statement_id))
        db.conn.executemany(
            "UPDATE statements SET search_text = ?, search_forms = ?, search_source = ? WHERE id = ?", updates
        )
        count += len(rows)
        last_id = rows[-1][0]
