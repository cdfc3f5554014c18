"""Importing a bundle: merge its rows into the corpus by global id and content, in one transaction.

- A row whose uid is known is merged by history: the same content is skipped; an edit of what this corpus has is
  taken; an older version is skipped; two different edits are a conflict: both are kept, the incoming one as a copy
  tagged ``conflict`` (as is the local one), for the user to resolve.
- A row whose uid is unknown but whose content is already here (a source with the same content hash, a statement
  with the same text in the same source, a flyer with the same document) is skipped.
- Every row taken from the bundle records who shared it and when. A rejected bundle changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from organiser.corpus import normalise
from organiser.corpus.store import Corpus
from organiser.errors import FlyerFormatError
from organiser.flyers.file_format import flyer_from_dict
from organiser.flyers.images import ImageRefused, check_raster
from organiser.flyers.storage import save_flyer
from organiser.sharing.archive import BundleRejected, read_bundle
from organiser.sharing.document import (
    CONFLICT_TAG,
    check_corpus,
    conflict_uid,
    decide,
    flyer_version,
    map_refs,
    version_hash,
    versions_of,
    with_version,
)
from organiser.sharing.export import ensure_uids


@dataclass
class MergeSummary:
    """What an import did; ``line()`` is what the CLI prints and the app shows."""

    name: str
    shared_by: str
    shared_at: str
    added: int = 0
    updated: int = 0
    skipped: int = 0
    conflicts: int = 0
    images: int = 0

    def line(self) -> str:
        who = self.shared_by or "someone"
        return (f"{self.name}: shared by {who} on {self.shared_at[:10]}: {self.added} added, {self.updated} updated, "
                f"{self.skipped} skipped, {self.conflicts} conflicts")


def _to_local(refs: dict[int, str], local: dict[str, int]) -> Callable[[int], int | None]:
    """The sender's id → its uid → this corpus's id (None: not here, the citation keeps its printed text)."""
    return lambda i: local.get(refs.get(i, ""))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def import_bundle(corpus: Corpus, path: Path) -> MergeSummary:
    """Merge the bundle at ``path``; raises BundleRejected (corpus unchanged) with one plain line."""
    contents = read_bundle(path)
    try:
        records = check_corpus(contents.corpus)
        for digest, data in contents.images.items():
            image = check_raster(data, f"images/{digest[:12]}…")
            if image.hash != digest:
                raise BundleRejected(f"images/{digest[:12]}…: not a PNG or JPEG image")
    except (BundleRejected, ImageRefused) as exc:
        raise BundleRejected(f"{path.name}: {exc}") from None
    manifest = contents.manifest
    summary = MergeSummary(path.name, manifest["shared_by"], manifest["created_at"])
    try:
        with corpus.write():
            merge = _Merge(corpus, summary)
            merge.sources(records["sources"])
            merge.statements(records["statements"])
            merge.images(contents.images)
            merge.flyers(records["flyers"])
            corpus.db.table("bundle_imports").insert({
                "bundle_uid": manifest["bundle_uid"], "shared_by": summary.shared_by,
                "shared_at": summary.shared_at, "imported_at": _now(), "file_name": path.name,
                "added": summary.added, "updated": summary.updated, "skipped": summary.skipped,
                "conflicts": summary.conflicts,
            })
    except BundleRejected as exc:
        raise BundleRejected(f"{path.name}: {exc}") from None
    except sqlite3.Error as exc:
        raise BundleRejected(f"{path.name}: the corpus could not store it ({exc})") from None
    return summary


class _Merge:
    """One import inside one transaction; keeps the uid → local id maps as rows are added."""

    def __init__(self, corpus: Corpus, summary: MergeSummary) -> None:
        self.db = corpus.db
        self.corpus = corpus
        self.s = summary
        self.provenance = {"shared_by": summary.shared_by, "shared_at": summary.shared_at}
        ensure_uids(corpus)
        self.source_id: dict[str, int] = {u: i for i, u in self.db.execute("SELECT id, uid FROM sources")}
        self.statement_id: dict[str, int] = {u: i for i, u in self.db.execute("SELECT id, uid FROM statements")}
        self.new_sources: set[int] = set()  # added by this import: they hold no statements of ours

    # ---- sources: imported texts do not change; known ones are skipped ------------------------------------------

    def sources(self, records: list[dict[str, Any]]) -> None:
        for r in records:
            if r["uid"] in self.source_id:
                self.s.skipped += 1
                continue
            same = self.db.execute("SELECT id FROM sources WHERE content_hash = ?", [r["content_hash"]]).fetchone()
            if same:
                self.source_id[r["uid"]] = same[0]
                self.s.skipped += 1
                continue
            row = {key: r.get(key) for key in ("uid", "title", "outlet", "date", "url", "rights", "original_name",
                                               "content_hash", "imported_at", "full_text")}
            row.update(self.provenance, authors=json.dumps(r.get("authors") or [], ensure_ascii=False),
                       languages=json.dumps(r.get("languages") or []),
                       structure=json.dumps(r.get("structure") or [], ensure_ascii=False),
                       versions=json.dumps([r["content_hash"][:16]]),
                       search_form=normalise.source_form(r.get("title"), r.get("outlet"), r.get("authors") or []))
            self.source_id[r["uid"]] = self._insert("sources", row)
            self.new_sources.add(self.source_id[r["uid"]])
            self.s.added += 1

    # ---- statements ---------------------------------------------------------------------------------------------

    def _source_of(self, r: dict[str, Any]) -> int | None:
        uid = r.get("source_uid")
        if uid is None:
            return None
        if uid not in self.source_id:
            raise BundleRejected(f"statement {r['uid']} names a source the bundle does not hold")
        return self.source_id[uid]

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """A plain INSERT (sqlite-utils' insert inspects the table on every call: 20× slower for 100k rows)."""
        columns = ", ".join(row)
        cursor = self.db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
                                      list(row.values()))
        return int(cursor.lastrowid or 0)

    def _tag(self, statement_id: int, tags: list[str]) -> None:
        rows = [(statement_id, t.strip()) for t in tags if t.strip()]
        if rows:
            self.db.conn.executemany("INSERT OR IGNORE INTO statement_tags (statement_id, tag) VALUES (?, ?)", rows)

    def _insert_statement(self, r: dict[str, Any], uid: str, source_id: int | None, tags: list[str],
                          versions: list[str], conflict_of: str | None = None) -> None:
        now = _now()
        original = r.get("original_text") or r["text"]
        row = {
            "uid": uid, "source_id": source_id, "position": r.get("position"), "text": r["text"],
            "original_text": original, "lang": r.get("lang"), "edited": int(r["text"] != original),
            "created_at": r.get("created_at") or now, "updated_at": r.get("updated_at") or now,
            **normalise.search_columns(r["text"]), "versions": json.dumps(versions),
            "conflict_of": conflict_of, **self.provenance,
        }
        statement_id = self._insert("statements", row)
        self.statement_id[uid] = statement_id
        self._tag(statement_id, tags)

    def statements(self, records: list[dict[str, Any]]) -> None:
        for r in records:
            source_id = self._source_of(r)
            theirs = version_hash(r["text"])
            their_versions = with_version(r.get("versions") or [], theirs)
            local_id = self.statement_id.get(r["uid"])
            if local_id is None:
                same = None if source_id in self.new_sources else self.db.execute(
                    "SELECT id FROM statements WHERE source_id IS ? AND text = ?", [source_id, r["text"]]).fetchone()
                if same:
                    self._tag(same[0], r.get("tags") or [])
                    self.s.skipped += 1
                else:
                    self._insert_statement(r, r["uid"], source_id, r.get("tags") or [], their_versions,
                                           r.get("conflict_of"))
                    self.s.added += 1
                continue
            local = self.db.execute("SELECT text, original_text, versions, position FROM statements WHERE id = ?",
                                    [local_id]).fetchone()
            mine = version_hash(local[0])
            my_versions = with_version(versions_of(local[2]), version_hash(local[1] or local[0]), mine)
            verdict = decide(mine, my_versions, theirs, their_versions)
            self._tag(local_id, r.get("tags") or [])
            if verdict == "take":
                self.db.table("statements").update(local_id, {
                    "text": r["text"], "edited": int(r["text"] != (local[1] or r["text"])),
                    "updated_at": r.get("updated_at") or _now(), **normalise.search_columns(r["text"]),
                    "versions": json.dumps(with_version(my_versions, *their_versions)), **self.provenance,
                })
                self.s.updated += 1
            elif verdict == "conflict":
                copy = conflict_uid(r["uid"], theirs)
                if copy in self.statement_id:
                    self.s.skipped += 1
                    continue
                self._tag(local_id, [CONFLICT_TAG])
                self._insert_statement({**r, "position": local[3]}, copy, source_id,
                                       [*(r.get("tags") or []), CONFLICT_TAG], their_versions, r["uid"])
                self.s.conflicts += 1
            else:
                merged = with_version(my_versions, *their_versions) if verdict == "same" else my_versions
                if merged != versions_of(local[2]):
                    self.db.execute("UPDATE statements SET versions = ? WHERE id = ?", [json.dumps(merged), local_id])
                self.s.skipped += 1

    # ---- images and flyers --------------------------------------------------------------------------------------

    def images(self, images: dict[str, bytes]) -> None:
        from organiser.flyers.images import store_image

        for data in images.values():
            store_image(self.corpus, check_raster(data, "bundle image"), "shared image")
            self.s.images += 1

    def _uid_maps(self) -> tuple[dict[int, str], dict[int, str]]:
        return ({i: u for u, i in self.statement_id.items()}, {i: u for u, i in self.source_id.items()})

    def flyers(self, records: list[dict[str, Any]]) -> None:
        flyer_ids = {u: i for i, u in self.db.execute("SELECT id, uid FROM flyers")}
        statement_uid, source_uid = self._uid_maps()
        local_versions = {flyer_version(json.loads(d or "{}"), statement_uid, source_uid): i
                          for i, d in self.db.execute("SELECT id, data FROM flyers")}
        for n, r in enumerate(records):
            refs = r.get("refs") or {}
            st_refs = {int(k): v for k, v in (refs.get("statements") or {}).items()}
            src_refs = {int(k): v for k, v in (refs.get("sources") or {}).items()}
            theirs = flyer_version(r["document"], st_refs, src_refs)
            their_versions = with_version(r.get("versions") or [], theirs)
            local_doc = map_refs(r["document"], _to_local(st_refs, self.statement_id),
                                 _to_local(src_refs, self.source_id))
            try:
                flyer = flyer_from_dict(local_doc, f"flyers[{n}]")
            except FlyerFormatError as exc:
                raise BundleRejected(str(exc)) from None
            local_id = flyer_ids.get(r["uid"])
            if local_id is None:
                # Already here: the same document, or a conflict copy of one of our own versions coming back.
                known = theirs in local_versions or (
                    r.get("conflict_of") in flyer_ids and any(v in local_versions for v in their_versions))
                if known:
                    self.s.skipped += 1
                    continue
                self._insert_flyer(flyer, r["uid"], their_versions, r.get("conflict_of"), flyer_ids)
                self.s.added += 1
                continue
            row = self.db.execute("SELECT data, versions FROM flyers WHERE id = ?", [local_id]).fetchone()
            mine = flyer_version(json.loads(row[0] or "{}"), statement_uid, source_uid)
            my_versions = with_version(versions_of(row[1]), mine)
            verdict = decide(mine, my_versions, theirs, their_versions)
            if verdict == "take":
                save_flyer(self.corpus, replace(flyer, id=local_id))
                self.db.execute("UPDATE flyers SET versions = ?, shared_by = ?, shared_at = ? WHERE id = ?",
                                [json.dumps(with_version(my_versions, *their_versions)), self.s.shared_by,
                                 self.s.shared_at, local_id])
                self.s.updated += 1
            elif verdict == "conflict":
                copy = conflict_uid(r["uid"], theirs)
                if copy in flyer_ids:
                    self.s.skipped += 1
                    continue
                who = self.s.shared_by or "a bundle"
                self._insert_flyer(replace(flyer, title=f"{flyer.title} (conflict: from {who})"), copy,
                                   their_versions, r["uid"], flyer_ids)
                self.s.conflicts += 1
            else:
                if verdict == "same":
                    self.db.execute("UPDATE flyers SET versions = ? WHERE id = ?",
                                    [json.dumps(with_version(my_versions, *their_versions)), local_id])
                self.s.skipped += 1

    def _insert_flyer(self, flyer: Any, uid: str, versions: list[str], conflict_of: str | None,
                      flyer_ids: dict[str, int]) -> None:
        flyer_id = save_flyer(self.corpus, replace(flyer, id=None))
        self.db.execute("UPDATE flyers SET uid = ?, versions = ?, conflict_of = ?, shared_by = ?, shared_at = ? "
                        "WHERE id = ?", [uid, json.dumps(versions), conflict_of, self.s.shared_by,
                                         self.s.shared_at, flyer_id])
        flyer_ids[uid] = flyer_id
