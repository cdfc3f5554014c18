"""Storing imported documents: one file at a time, or many in few transactions (a large import, a bulk load).

Each write transaction costs a commit and a new full-text segment that the index must later merge; storing
documents in batches of some thousands of statements keeps a million-statement import within minutes. Rows are
prepared (language, search columns) before the write lock is taken, so another writer waits only for inserts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.corpus.document_rows import document_rows
from organiser.corpus.records import ImportOutcome
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from sqlite_utils import Database

    from organiser.corpus.importers.document import ImportedDocument

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]
# Statements stored per write transaction in a bulk import: big enough that commits and index segments are few,
# small enough that another writer waits well under the busy timeout.
BATCH_STATEMENTS = 5000

_STATEMENT_FIELDS = ("source_id", "position", "text", "original_text", "lang", "edited", "created_at",
                     "updated_at", "search_forms")
_INSERT_STATEMENT = (f"INSERT INTO statements ({', '.join(_STATEMENT_FIELDS)}) "
                     f"VALUES ({', '.join('?' * len(_STATEMENT_FIELDS))})")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _Prepared:
    """A document's rows, ready to insert."""

    __slots__ = ("label", "content_hash", "source", "rows")

    def __init__(self, label: str, doc: ImportedDocument) -> None:
        self.label = label
        self.content_hash = doc.content_hash
        self.source, self.rows = document_rows(doc, _now())


class Importing:
    """The import methods of ``Corpus`` (a mixin: it needs the corpus's ``db``, ``write`` and ``languages``)."""

    db: Database
    write: Callable[[], AbstractContextManager[Database]]  # Corpus.write: one write transaction
    languages: Callable[[], list[str]]  # Corpus.languages

    def import_document(self, doc: ImportedDocument, tags: Sequence[str] = (), path: str = "") -> ImportOutcome:
        """Store one imported document and its statements in one transaction; duplicates are skipped."""
        return self.import_documents([(path or doc.original_name, doc)], tags)[0]

    def import_documents(
        self,
        docs: Iterable[tuple[str, ImportedDocument | ImportRejected]],
        tags: Sequence[str] = (),
        progress: Callable[[int], None] | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> list[ImportOutcome]:
        """Store (label, document) pairs, about ``BATCH_STATEMENTS`` statements a transaction; a document already
        in the corpus (same content hash) is skipped, a rejection passed in is reported. Outcomes come in order;
        ``progress(n)`` after each document is stored, ``should_cancel`` stops between documents."""
        outcomes: list[ImportOutcome | _Prepared] = []
        batch: list[_Prepared] = []
        pending = 0
        for label, doc in docs:
            if should_cancel and should_cancel():
                break
            if isinstance(doc, ImportRejected):
                outcomes.append(ImportOutcome.rejected(Path(label), doc))
            elif existing := self._source_with_hash(doc.content_hash):
                outcomes.append(ImportOutcome(label, "duplicate", source_id=existing))
            else:
                prepared = _Prepared(label, doc)
                outcomes.append(prepared)
                batch.append(prepared)
                pending += len(prepared.rows)
            if pending >= BATCH_STATEMENTS:
                self._store_batch(batch, tags, outcomes)
                batch, pending = [], 0
            if progress:
                progress(len(outcomes))
        self._store_batch(batch, tags, outcomes)
        return [o for o in outcomes if isinstance(o, ImportOutcome)]

    def _store_batch(self, batch: list[_Prepared], tags: Sequence[str],
                     outcomes: list[ImportOutcome | _Prepared]) -> None:
        """Insert prepared documents in one transaction and put their outcomes in place of them."""
        if not batch:
            return
        done: dict[int, ImportOutcome] = {}
        try:
            with self.write():
                for prepared in batch:
                    done[id(prepared)] = self._insert_prepared(prepared, tags)
        except sqlite3.DatabaseError as err:
            if len(batch) > 1:  # store the rest one by one: only the document at fault is rejected
                for prepared in batch:
                    self._store_batch([prepared], tags, outcomes)
                return
            done = {id(batch[0]): ImportOutcome(batch[0].label, "rejected",
                                                reason=f"the corpus could not store it ({err})")}
        for i, item in enumerate(outcomes):
            if isinstance(item, _Prepared) and id(item) in done:
                outcomes[i] = done[id(item)]

    def _insert_prepared(self, prepared: _Prepared, tags: Sequence[str]) -> ImportOutcome:
        # Again inside the transaction: another importer (or this batch) may have stored the same text meanwhile.
        if existing := self._source_with_hash(prepared.content_hash):
            return ImportOutcome(prepared.label, "duplicate", source_id=existing)
        source_id = self.db.table("sources").insert(prepared.source).last_pk
        assert isinstance(source_id, int)
        self.db.conn.executemany(
            _INSERT_STATEMENT, ([source_id, *(row[f] for f in _STATEMENT_FIELDS[1:])] for row in prepared.rows)
        )
        if tags:
            rows = [(statement_id, t.strip()) for (statement_id,) in self.db.execute(
                "SELECT id FROM statements WHERE source_id = ?", [source_id]).fetchall() for t in tags if t.strip()]
            self.db.conn.executemany("INSERT OR IGNORE INTO statement_tags (statement_id, tag) VALUES (?, ?)", rows)
        return ImportOutcome(prepared.label, "imported", statements=len(prepared.rows), source_id=source_id)

    def _source_with_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM sources WHERE content_hash = ?", [content_hash]).fetchone()
        return int(row[0]) if row else None

    def import_paths(
        self,
        paths: Iterable[Path | str],
        tags: Sequence[str] = (),
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> list[ImportOutcome]:
        """Import files and folders; a rejected file is reported and the others still import."""
        from organiser.corpus.importers import iter_import_files
        from organiser.corpus.reading import read_all

        files = list(iter_import_files(Path(p) for p in paths))
        results = read_all(files, self.languages())  # the corpus's languages guide OCR of scans

        def labelled() -> Iterator[tuple[str, ImportedDocument | ImportRejected]]:
            for file, doc in results:
                yield str(file), doc

        try:
            return self.import_documents(
                labelled(), tags, (lambda done: progress(done, len(files))) if progress else None, should_cancel
            )
        finally:
            results.close()

