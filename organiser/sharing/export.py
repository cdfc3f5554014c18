"""Writing a bundle: the chosen sources, statements, tags and flyers (everything when nothing is chosen), with images.

Exporting records the version each row is shared at (its ``versions``), so that when the other side later sends an
edit of that version back, the merge can tell it is an edit and not a conflict.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from organiser.atomic import write_files_atomically
from organiser.corpus.migrations import SHARED_TABLES, UUID4_SQL
from organiser.corpus.store import Corpus
from organiser.errors import NotFound
from organiser.flyers.images import CORPUS_PREFIX, image_suffix
from organiser.sharing.archive import bundle_bytes
from organiser.sharing.document import (
    flyer_version,
    referenced_ids,
    version_hash,
    versions_of,
    with_version,
)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    sources: int
    statements: int
    flyers: int
    images: int

    def line(self) -> str:
        return (f"wrote {self.path}: {self.sources} sources, {self.statements} statements, {self.flyers} flyers, "
                f"{self.images} images")


def ensure_uids(corpus: Corpus) -> None:
    """Rows made since the migration get their global id when first shared (imports stay as fast as before)."""
    for table in SHARED_TABLES:
        corpus.db.execute(f"UPDATE {table} SET uid = {UUID4_SQL} WHERE uid IS NULL")


def _rows(corpus: Corpus, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in corpus.db.query(sql, list(params))]


def _in(ids: Iterable[int]) -> tuple[str, list[int]]:
    values = sorted(set(ids))
    return ",".join("?" * len(values)) or "NULL", values


def _check_exist(corpus: Corpus, table: str, kind: str, ids: Sequence[int]) -> None:
    for i in ids:
        if not corpus.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [i]).fetchone():
            raise NotFound(f"There is no {kind} {i}.")


def _select(corpus: Corpus, source_ids: Sequence[int], flyer_ids: Sequence[int]) -> tuple[
        list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    everything = not source_ids and not flyer_ids
    if everything:
        flyers = _rows(corpus, "SELECT * FROM flyers ORDER BY id")
        statements = _rows(corpus, "SELECT * FROM statements ORDER BY source_id, position, id")
        sources = _rows(corpus, "SELECT * FROM sources ORDER BY id")
        return sources, statements, flyers
    _check_exist(corpus, "sources", "source", source_ids)
    _check_exist(corpus, "flyers", "flyer", flyer_ids)
    marks, values = _in(flyer_ids)
    flyers = _rows(corpus, f"SELECT * FROM flyers WHERE id IN ({marks}) ORDER BY id", values)
    cited: set[int] = set()
    cited_sources: set[int] = set(source_ids)
    for f in flyers:
        st_ids, src_ids = referenced_ids(json.loads(f["data"] or "{}"))
        cited |= st_ids
        cited_sources |= src_ids
    s_marks, s_values = _in(source_ids)
    c_marks, c_values = _in(cited)
    statements = _rows(corpus, f"SELECT * FROM statements WHERE source_id IN ({s_marks}) OR id IN ({c_marks}) "
                               f"ORDER BY source_id, position, id", [*s_values, *c_values])
    cited_sources |= {s["source_id"] for s in statements if s["source_id"] is not None}
    marks, values = _in(cited_sources)
    sources = _rows(corpus, f"SELECT * FROM sources WHERE id IN ({marks}) ORDER BY id", values)
    return sources, statements, flyers


def _tags(corpus: Corpus, statement_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for sid, tag in corpus.db.execute("SELECT statement_id, tag FROM statement_tags ORDER BY tag"):
        out.setdefault(sid, []).append(tag)
    return {i: out.get(i, []) for i in statement_ids}


def _loads_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def export_bundle(corpus: Corpus, out_path: Path, source_ids: Sequence[int] = (), flyer_ids: Sequence[int] = (),
                  shared_by: str = "") -> ExportSummary:
    """Write a bundle of the chosen rows (everything when nothing is chosen) to ``out_path``, atomically."""
    with corpus.db.atomic():
        ensure_uids(corpus)
        sources, statements, flyers = _select(corpus, source_ids, flyer_ids)
        statement_uid = dict(corpus.db.execute("SELECT id, uid FROM statements").fetchall())
        source_uid = dict(corpus.db.execute("SELECT id, uid FROM sources").fetchall())
        tags = _tags(corpus, [s["id"] for s in statements])
        doc: dict[str, Any] = {"sources": [], "statements": [], "flyers": []}
        for s in sources:
            doc["sources"].append({
                "uid": s["uid"], "title": s["title"] or "", "outlet": s["outlet"], "authors": _loads_list(s["authors"]),
                "date": s["date"], "url": s["url"], "languages": _loads_list(s["languages"]), "rights": s["rights"],
                "original_name": s["original_name"], "content_hash": s["content_hash"] or "",
                "imported_at": s["imported_at"], "full_text": s["full_text"],
                "structure": _loads_list(s["structure"]),
            })
        for st in statements:
            current = version_hash(st["text"])
            versions = with_version(versions_of(st["versions"]), version_hash(st["original_text"] or st["text"]),
                                    current)
            if versions != versions_of(st["versions"]):  # an update re-indexes the row: only when it changes
                corpus.db.execute("UPDATE statements SET versions = ? WHERE id = ?", [json.dumps(versions), st["id"]])
            doc["statements"].append({
                "uid": st["uid"], "source_uid": source_uid.get(st["source_id"]), "position": st["position"],
                "text": st["text"], "original_text": st["original_text"], "lang": st["lang"],
                "created_at": st["created_at"], "updated_at": st["updated_at"], "tags": tags[st["id"]],
                "versions": versions, "conflict_of": st["conflict_of"],
            })
        images: dict[str, tuple[str, bytes]] = {}
        for f in flyers:
            document = json.loads(f["data"] or "{}")
            st_ids, src_ids = referenced_ids(document)
            versions = with_version(versions_of(f["versions"]), flyer_version(document, statement_uid, source_uid))
            if versions != versions_of(f["versions"]):
                corpus.db.execute("UPDATE flyers SET versions = ? WHERE id = ?", [json.dumps(versions), f["id"]])
            refs = {"statements": {str(i): statement_uid[i] for i in st_ids if i in statement_uid},
                    "sources": {str(i): source_uid[i] for i in src_ids if i in source_uid}}
            doc["flyers"].append({
                "uid": f["uid"], "title": f["title"], "template": f["template"], "created_at": f["created_at"],
                "updated_at": f["updated_at"], "versions": versions, "conflict_of": f["conflict_of"],
                "document": document, "refs": refs,
            })
            _collect_images(corpus, document, images)
        manifest = {
            "bundle_uid": str(uuid.uuid4()),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "shared_by": shared_by,
            "counts": {"sources": len(sources), "statements": len(statements), "flyers": len(flyers),
                       "images": len(images)},
        }
        write_files_atomically([(out_path, bundle_bytes(manifest, doc, images))])
    return ExportSummary(out_path, len(sources), len(statements), len(flyers), len(images))


def _collect_images(corpus: Corpus, document: Any, images: dict[str, tuple[str, bytes]]) -> None:
    """The corpus images a flyer document names (``corpus:<sha256>`` paths of image blocks)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            path = value.get("path")
            if value.get("kind") == "image" and isinstance(path, str) and path.startswith(CORPUS_PREFIX):
                found.append(path[len(CORPUS_PREFIX):])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(document)
    for digest in found:
        if digest in images:
            continue
        row = corpus.db.execute("SELECT format, data FROM images WHERE hash = ?", [digest]).fetchone()
        if row is not None:
            images[digest] = (image_suffix(row[0]), bytes(row[1]))
