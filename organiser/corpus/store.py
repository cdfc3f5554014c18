"""The corpus: sources, statements, tags, comparison tables and flyers in one SQLite file (sqlite-utils)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from organiser.corpus import normalise
from organiser.corpus import query as search_query
from organiser.corpus.location import data_folder, default_db_path
from organiser.corpus.migrations import corpus_migrations
from organiser.corpus.records import FlyerSummary, SearchHit, Source, Statement
from organiser.corpus.search import SearchFilters, highlight, ranked_ids
from organiser.corpus.storing import Importing
from organiser.corpus.word_index import install_functions, source_form_of
from organiser.errors import NotFound, OrganiserError
from organiser.private import private_file, private_folder

__all__ = ["Corpus", "data_folder", "default_db_path"]

# How long a write waits for another writer (an import in another process) before it gives up.
BUSY_TIMEOUT_S = 10.0

_STATEMENT_COLUMNS = """
    s.id, s.text, s.original_text, s.position, s.lang, s.edited, s.source_id,
    src.title AS source_title, src.date AS source_date, src.url AS source_url, src.outlet AS source_outlet,
    (SELECT group_concat(tag, char(31)) FROM statement_tags t WHERE t.statement_id = s.id) AS tags
"""

# A source's record, not its full text (tens of KB a source: listing 10,000 sources would read them all).
_SOURCE_COLUMNS = ", ".join(f"src.{c}" for c in (
    "id", "title", "outlet", "authors", "date", "url", "languages", "rights", "original_name", "content_hash",
    "imported_at"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Corpus(Importing):
    """One open corpus database. Not thread-safe: open one ``Corpus`` per thread.

    ``created`` tells whether this open made a new file: only then does start-up import the sample corpus, so
    an existing file is never re-filled behind the user's back.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # Only a file that did not exist is new: an existing file, even an empty one or a copy without its
        # WAL, is the user's corpus and is never filled with samples.
        self.created = not self.path.exists()
        try:
            # Only the app's own data folder is narrowed to 0700 when it exists; any other folder is the user's.
            private_folder(self.path.parent, tighten=self.path.parent == data_folder())
            private_file(self.path)
            for extra in ("-wal", "-shm"):
                if (side := self.path.with_name(self.path.name + extra)).exists():
                    private_file(side)
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S)
            install_functions(conn)
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.enable_wal()
            corpus_migrations.apply(self.db)
        except (sqlite3.DatabaseError, OSError) as err:
            raise OrganiserError(f"{self.path}: cannot open the corpus ({err})") from err

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, begun ``IMMEDIATE``: it takes the write lock first, waiting up to the busy
        timeout for another writer, so it never fails half-way as a deferred transaction that read first does
        ("database is locked" at once). Nested calls become savepoints of the outer transaction."""
        if self.db.conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the outer transaction
                yield self.db
            return
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        try:
            self.db.conn.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    def checkpoint(self) -> bool:
        """Fold the WAL into the database file, so ``corpus.db`` alone is the whole corpus (False: a reader
        elsewhere kept part of it; the WAL then stays and nothing is lost)."""
        try:
            busy, _log, _done = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.DatabaseError:
            return False
        return not busy

    def close(self) -> None:
        """Checkpoint (the file is whole after quitting) and close the connection.

        Closing does not wait long for other connections: when one is busy, the last to close checkpoints."""
        with suppress(sqlite3.DatabaseError):
            self.db.execute("PRAGMA busy_timeout = 200")
        self.checkpoint()
        self.db.conn.close()

    def optimize(self) -> None:
        """After a large import: merge the full-text index into one segment (fewer, longer reads per word) and
        refresh the query planner's statistics."""
        with self.write():
            self.db.execute("INSERT INTO statements_fts (statements_fts) VALUES ('optimize')")
        self.db.execute("PRAGMA optimize")

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_empty(self) -> bool:
        row = self.db.execute("SELECT EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM statements)").fetchone()
        return not row[0]

    # ---- statements ----------------------------------------------------------------------------------------------

    def _insert_statement(
        self, text: str, lang: str | None, tags: Sequence[str], source_id: int | None, position: int | None
    ) -> int:
        now = _now()
        if source_id is not None:
            self.source(source_id)  # NotFound when it is gone
            # A source another program added without its index words gets them before its first statement.
            self.db.execute("UPDATE sources SET search_form = ? WHERE id = ? AND search_form IS NULL",
                            [source_form_of(self.db, source_id), source_id])
        statement_id = _pk(self.db.table("statements").insert(
            {
                "source_id": source_id,
                "position": position,
                "text": text,
                "original_text": text,
                "lang": lang,
                "edited": 0,
                "created_at": now,
                "updated_at": now,
                **normalise.search_columns(text),
            }
        ).last_pk)
        self._add_tags(statement_id, tags)
        return int(statement_id)

    def add_statement(
        self, text: str, lang: str | None = None, tags: Sequence[str] = (), source_id: int | None = None
    ) -> int:
        """A statement written by the user; it may have no source."""
        text = text.strip()
        if not text:
            raise OrganiserError("A statement cannot be empty.")
        from organiser.corpus.language import detect_language

        with self.write():
            return self._insert_statement(text, lang or detect_language(text), tags, source_id, None)

    def edit_statement(self, statement_id: int, text: str) -> None:
        """Change a statement's text; the imported original stays in ``original_text``."""
        text = text.strip()
        if not text:
            raise OrganiserError("A statement cannot be empty.")
        row = self._statement_row(statement_id)
        with self.write():
            self.db.table("statements").update(
                statement_id,
                {
                    "text": text,
                    "edited": int(text != row["original_text"]),
                    "updated_at": _now(),
                    **normalise.search_columns(text),
                },
            )

    def delete_statement(self, statement_id: int) -> None:
        self._statement_row(statement_id)
        with self.write():
            self.db.execute("DELETE FROM statement_tags WHERE statement_id = ?", [statement_id])
            self.db.table("statements").delete(statement_id)

    def statement_snapshot(self, statement_id: int) -> tuple[dict[str, Any], tuple[str, ...]]:
        """Everything needed to put a deleted statement back exactly (its row and tags)."""
        return self._statement_row(statement_id), self.statement(statement_id).tags

    def restore_statement(self, row: dict[str, Any], tags: Sequence[str] = ()) -> None:
        """Undo of a delete: the same row under the same id (the FTS trigger re-indexes it) and its tags."""
        with self.write():
            self.db.table("statements").insert(row)
            self._add_tags(int(row["id"]), tags)

    def tag(self, statement_id: int, tags: Iterable[str]) -> None:
        self._statement_row(statement_id)
        with self.write():
            self._add_tags(statement_id, tags)

    def untag(self, statement_id: int, tags: Iterable[str]) -> None:
        with self.write():
            for tag in tags:
                self.db.execute("DELETE FROM statement_tags WHERE statement_id = ? AND tag = ?", [statement_id, tag])

    def _add_tags(self, statement_id: int, tags: Iterable[str]) -> None:
        rows = [{"statement_id": statement_id, "tag": t.strip()} for t in tags if t.strip()]
        if rows:
            self.db.table("statement_tags").insert_all(rows, ignore=True)

    def _statement_row(self, statement_id: int) -> dict[str, Any]:
        try:
            return dict(self.db.table("statements").get(statement_id))
        except Exception as err:  # sqlite_utils.db.NotFoundError
            raise NotFound(f"There is no statement {statement_id}.") from err

    def statement(self, statement_id: int) -> Statement:
        rows = self._query_statements("s.id = ?", [statement_id], "s.id", 1)
        if not rows:
            raise NotFound(f"There is no statement {statement_id}.")
        return rows[0]

    def statements(self, filters: SearchFilters | None = None, limit: int | None = None) -> list[Statement]:
        """Statements in source order; the user's own statements (no source) come first.

        Ordering by the indexed (source_id, position) keeps a listing of 100k statements at ~1 ms.
        """
        clauses, params = (filters or SearchFilters()).where()
        where = " AND ".join(clauses) or "1"
        return self._query_statements(where, params, "s.source_id, s.position", limit)

    def _query_statements(self, where: str, params: list[Any], order: str, limit: int | None) -> list[Statement]:
        sql = (
            f"SELECT {_STATEMENT_COLUMNS} FROM statements s LEFT JOIN sources src ON src.id = s.source_id "
            f"WHERE {where} ORDER BY {order}" + (f" LIMIT {int(limit)}" if limit else "")
        )
        return [Statement.from_row(row) for row in self.db.query(sql, params)]

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 50,
               prefix_last: bool = True) -> list[SearchHit]:
        """Ranked statements matching every word of ``query`` (see ``search.ranked_ids``); empty lists statements.

        Words match in any form (stems, lemmas, attached prefixes); quoted words match as a phrase; a word may
        also match the statement's source (title, outlet, authors), ranked below matches in the statement.
        """
        filters = filters or SearchFilters()
        parsed = search_query.parse(query, prefix_last=prefix_last)
        if parsed is None:
            return [SearchHit(s, 0.0, *highlight(s.text, "")) for s in self.statements(filters, limit)]
        ranked = ranked_ids(self.db, parsed, filters, limit)
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        by_id = {s.id: s for s in self._query_statements(f"s.id IN ({marks})", [i for i, _ in ranked], "s.id", None)}
        return [
            SearchHit(by_id[i], rank, *highlight(by_id[i].text, parsed)) for i, rank in ranked if i in by_id
        ]

    def tags(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT tag, count(*) FROM statement_tags GROUP BY tag ORDER BY tag")]

    def languages(self) -> list[str]:
        """The statements' languages, one index seek per language (DISTINCT would read a million index entries)."""
        return [r[0] for r in self.db.execute(
            "WITH RECURSIVE langs(lang) AS (SELECT min(lang) FROM statements UNION ALL "
            "SELECT (SELECT min(lang) FROM statements WHERE lang > langs.lang) FROM langs WHERE lang IS NOT NULL) "
            "SELECT lang FROM langs WHERE lang IS NOT NULL")]

    # ---- sources -------------------------------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        """Every source, newest first. The columns added after ``full_text`` (``ocr``) lie past its overflow pages:
        read for each of 10,000 sources they cost a second, so the OCR flag comes from its own index."""
        ocr = {r[0] for r in self.db.execute("SELECT id FROM sources WHERE ocr = 1")}
        sql = (f"SELECT {_SOURCE_COLUMNS}, (SELECT count(*) FROM statements s WHERE s.source_id = src.id) "
               "AS statement_count FROM sources src ORDER BY src.date DESC, src.id")
        return [Source.from_row({**row, "ocr": row["id"] in ocr}) for row in self.db.query(sql)]

    def source(self, source_id: int) -> Source:
        for row in self.db.query(
            f"SELECT {_SOURCE_COLUMNS}, src.ocr, (SELECT count(*) FROM statements s WHERE s.source_id = src.id) "
            "AS statement_count FROM sources src WHERE id = ?", [source_id]
        ):
            return Source.from_row(row)
        raise NotFound(f"There is no source {source_id}.")

    SOURCE_DETAILS = ("title", "outlet", "date", "url", "authors", "rights")

    def update_source(self, source_id: int, details: dict[str, Any]) -> Source:
        """Change a source's provenance (title, outlet, date, url, authors, rights); returns it as stored."""
        self.source(source_id)  # NotFound when it is gone
        row: dict[str, Any] = {}
        for key, value in details.items():
            if key not in self.SOURCE_DETAILS:
                raise ValueError(f"{key!r} is not a source detail")
            if key == "authors":
                row[key] = json.dumps([a for a in value if a], ensure_ascii=False)
            else:
                row[key] = (str(value).strip() or None) if value is not None else None
        if "title" in details and not row["title"]:
            raise ValueError("A source needs a title.")
        with self.write():
            self.db.table("sources").update(source_id, row)
            # The index follows the source's words: a trigger re-indexes its statements when they change.
            self.db.execute("UPDATE sources SET search_form = ? WHERE id = ?",
                            [source_form_of(self.db, source_id), source_id])
        return self.source(source_id)

    def source_structure(self, source_id: int) -> list[dict[str, Any]]:
        """Headings and boilerplate kept with the source (not offered as statements)."""
        row = self.db.execute("SELECT structure FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFound(f"There is no source {source_id}.")
        return list(json.loads(row[0] or "[]"))

    # ---- comparison tables and flyers: JSON documents whose format the flyers package owns ---------------------

    def add_comparison_data(self, title: str, data: str, source_id: int | None = None) -> int:
        with self.write():
            row = {"source_id": source_id, "title": title, "data": data}
            return _pk(self.db.table("comparisons").insert(row).last_pk)

    def comparison_rows(self, source_id: int | None = None) -> list[tuple[int, int | None, str]]:
        """(id, source id, JSON data) of the stored comparison tables, oldest first."""
        sql = "SELECT id, source_id, data FROM comparisons"
        params: list[Any] = []
        if source_id is not None:
            sql += " WHERE source_id = ?"
            params.append(source_id)
        return [(r[0], r[1], r[2]) for r in self.db.execute(sql + " ORDER BY id", params)]

    def save_flyer_data(self, flyer_id: int | None, title: str, template: str | None,
                        data: Callable[[int], str]) -> int:
        """Insert (``flyer_id`` None) or update a flyer row; ``data(id)`` gives its JSON once the id is known."""
        now = _now()
        with self.write():
            if flyer_id is None:
                flyer_id = _pk(self.db.table("flyers").insert(
                    {"title": title, "template": template, "data": "", "created_at": now, "updated_at": now}
                ).last_pk)
            # One statement (no table introspection): the editor saves on every edit, while the preview renders.
            if not self.db.execute("UPDATE flyers SET title = ?, template = ?, data = ?, updated_at = ? WHERE id = ?",
                                   [title, template, data(flyer_id), now, flyer_id]).rowcount:
                raise NotFound(f"There is no flyer {flyer_id}.")
        return flyer_id

    def flyer_data(self, flyer_id: int) -> str:
        row = self.db.execute("SELECT data FROM flyers WHERE id = ?", [flyer_id]).fetchone()
        if row is None:
            raise NotFound(f"There is no flyer {flyer_id}.")
        return str(row[0])

    def list_flyers(self) -> list[FlyerSummary]:
        return [FlyerSummary(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT id, title, template, updated_at FROM flyers ORDER BY updated_at DESC, id DESC")]

    def delete_flyer(self, flyer_id: int) -> None:
        with self.write():
            if self.db.execute("DELETE FROM flyers WHERE id = ?", [flyer_id]).rowcount == 0:
                raise NotFound(f"There is no flyer {flyer_id}.")


def _pk(value: object) -> int:
    """The integer rowid sqlite-utils reports after an insert."""
    assert isinstance(value, int)
    return value
