"""corpus.json inside a bundle: the records it holds, their checks, version hashes and flyer id mapping.

Ids inside a corpus are local integers; between corpora only the UUIDs (``uid``) mean anything. A flyer document
keeps its sender's integers and carries ``refs`` that map them to UUIDs; the receiver maps them to its own rows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from organiser.sharing.archive import BundleRejected

MAX_VERSIONS = 50  # version hashes remembered per row
MAX_TEXT = 2_000_000  # characters of one text field
# Deterministic ids for the copy a conflict adds: both sides of an exchange name the same copy the same way.
CONFLICT_NAMESPACE = uuid.UUID("5b0f8a52-8d1e-4c38-9a51-6f0e2c7f3a10")
CONFLICT_TAG = "conflict"


def version_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def conflict_uid(uid: str, their_version: str) -> str:
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{uid}:{their_version}"))


def versions_of(stored: str | None) -> list[str]:
    try:
        value = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def with_version(versions: list[str], *more: str) -> list[str]:
    out = [v for v in versions if v not in more] + [m for i, m in enumerate(more) if m not in more[:i]]
    return out[-MAX_VERSIONS:]


def decide(mine: str, my_versions: list[str], theirs: str, their_versions: list[str]) -> str:
    """Three-way merge by history: 'same', 'take' (they edited what I have), 'keep' (mine is newer) or 'conflict'."""
    if mine == theirs:
        return "same"
    if mine in their_versions:
        return "take"
    if theirs in my_versions:
        return "keep"
    return "conflict"


# ---- flyer documents: local ids <-> uids ---------------------------------------------------------------------


def map_refs(document: Any, statements: Callable[[int], Any], sources: Callable[[int], Any]) -> Any:
    """A copy of a flyer document with every ``statement_id``/``source_id`` passed through the given mapping."""
    if isinstance(document, dict):
        out: dict[str, Any] = {}
        for key, value in document.items():
            if key == "statement_id" and isinstance(value, int) and not isinstance(value, bool):
                out[key] = statements(value)
            elif key == "source_id" and isinstance(value, int) and not isinstance(value, bool):
                out[key] = sources(value)
            else:
                out[key] = map_refs(value, statements, sources)
        return out
    if isinstance(document, list):
        return [map_refs(v, statements, sources) for v in document]
    return document


def referenced_ids(document: Any) -> tuple[set[int], set[int]]:
    """(statement ids, source ids) a flyer document names."""
    found: tuple[set[int], set[int]] = (set(), set())

    def note(kind: int) -> Callable[[int], int]:
        def add(value: int) -> int:
            found[kind].add(value)
            return value
        return add

    map_refs(document, note(0), note(1))
    return found


def flyer_version(document: Any, statement_uid: Mapping[int, str], source_uid: Mapping[int, str]) -> str:
    """The version hash of a flyer document, in uid space (the same on both sides of an exchange)."""
    flyer = dict(document.get("flyer", {})) if isinstance(document, dict) else {}
    flyer.pop("id", None)
    canonical = map_refs(flyer, lambda i: statement_uid.get(i), lambda i: source_uid.get(i))
    return version_hash(json.dumps(canonical, sort_keys=True, ensure_ascii=False))


# ---- checks of untrusted records -----------------------------------------------------------------------------


def _field(record: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str, optional: bool) -> Any:
    value = record.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise BundleRejected(f"corpus.json: {where}: {key!r} is missing or of the wrong type")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise BundleRejected(f"corpus.json: {where}: {key!r} is longer than {MAX_TEXT:,} characters")
    return value


def _str_list(record: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and len(v) <= 1000 for v in value):
        raise BundleRejected(f"corpus.json: {where}: {key!r} must be a list of short texts")
    return value


def _uid(record: Mapping[str, Any], key: str, where: str, optional: bool = False) -> str | None:
    value = _field(record, key, str, where, optional)
    if value is None:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise BundleRejected(f"corpus.json: {where}: {key!r} is not a UUID") from None


def check_corpus(doc: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The three lists of a corpus document, every record checked field by field (types, sizes, UUIDs)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for key in ("sources", "statements", "flyers"):
        items = doc.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise BundleRejected(f"corpus.json: {key!r} must be a list of objects")
        out[key] = items
    for i, s in enumerate(out["sources"]):
        where = f"sources[{i}]"
        _uid(s, "uid", where)
        for key in ("title", "content_hash"):
            _field(s, key, str, where, False)
        for key in ("outlet", "date", "url", "rights", "original_name", "imported_at", "full_text"):
            _field(s, key, str, where, True)
        _str_list(s, "authors", where)
        _str_list(s, "languages", where)
        if not isinstance(s.get("structure", []), list):
            raise BundleRejected(f"corpus.json: {where}: 'structure' must be a list")
    for i, st in enumerate(out["statements"]):
        where = f"statements[{i}]"
        _uid(st, "uid", where)
        _uid(st, "source_uid", where, optional=True)
        _uid(st, "conflict_of", where, optional=True)
        text = _field(st, "text", str, where, False)
        if not text.strip():
            raise BundleRejected(f"corpus.json: {where}: the text is empty")
        for key in ("original_text", "lang", "created_at", "updated_at"):
            _field(st, key, str, where, True)
        _field(st, "position", int, where, True)
        _str_list(st, "tags", where)
        _str_list(st, "versions", where)
    for i, f in enumerate(out["flyers"]):
        where = f"flyers[{i}]"
        _uid(f, "uid", where)
        _uid(f, "conflict_of", where, optional=True)
        _field(f, "document", dict, where, False)
        _str_list(f, "versions", where)
        refs = f.get("refs", {})
        if not isinstance(refs, dict):
            raise BundleRejected(f"corpus.json: {where}: 'refs' must be an object")
        for kind in ("statements", "sources"):
            table = refs.get(kind, {})
            if not isinstance(table, dict) or not all(k.isdigit() and len(k) < 20 for k in table):
                raise BundleRejected(f"corpus.json: {where}: refs.{kind} must map ids to UUIDs")
            for key in table:
                _uid(table, key, f"{where}.refs.{kind}")
    return out
