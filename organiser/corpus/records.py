"""Typed records read from the corpus: sources, statements, search hits and import outcomes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


@dataclass(frozen=True)
class Source:
    """An imported text (letter, statement, article, flyer) with the metadata found in it."""

    id: int
    title: str
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    rights: str | None = None
    original_name: str | None = None
    content_hash: str | None = None
    imported_at: str | None = None
    statement_count: int = 0
    ocr: bool = False  # the text was read from images by OCR

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Source:
        """A ``sources`` row (with an optional ``statement_count`` column) as a record."""
        return cls(
            id=row["id"],
            title=row["title"],
            outlet=row["outlet"],
            authors=tuple(json.loads(row["authors"] or "[]")),
            date=row["date"],
            url=row["url"],
            languages=tuple(json.loads(row["languages"] or "[]")),
            rights=row["rights"],
            original_name=row["original_name"],
            content_hash=row["content_hash"],
            imported_at=row["imported_at"],
            statement_count=row.get("statement_count", 0),
            ocr=bool(row.get("ocr", 0)),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "authors": list(self.authors),
            "date": self.date,
            "url": self.url,
            "languages": list(self.languages),
            "rights": self.rights,
            "original_name": self.original_name,
            "imported_at": self.imported_at,
            "statements": self.statement_count,
            "ocr": self.ocr,
        }


@dataclass(frozen=True)
class SourceRef:
    """The part of a source a statement carries with it, for attribution lines."""

    id: int | None = None
    title: str = ""
    date: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Statement:
    """A paragraph or quote an organiser can pick; ``original_text`` is the text as imported."""

    id: int
    text: str
    source: SourceRef = field(default_factory=SourceRef)
    position: int | None = None
    lang: str | None = None
    tags: tuple[str, ...] = ()
    edited: bool = False
    original_text: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Statement:
        """A statement row joined with its source's title/date/url/outlet and its tags (joined by U+001F)."""
        return cls(
            id=row["id"],
            text=row["text"],
            source=SourceRef(row["source_id"], row["source_title"] or "", row["source_date"], row["source_url"],
                             row["source_outlet"]),
            position=row["position"],
            lang=row["lang"],
            tags=tuple(sorted(row["tags"].split("\x1f"))) if row["tags"] else (),
            edited=bool(row["edited"]),
            original_text=row["original_text"],
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "lang": self.lang,
            "tags": list(self.tags),
            "edited": self.edited,
            "position": self.position,
            "source": {
                "id": self.source.id,
                "title": self.source.title,
                "date": self.source.date,
                "url": self.source.url,
                "outlet": self.source.outlet,
            },
        }


@dataclass(frozen=True)
class SearchHit:
    """A statement found by a search, with its rank and a snippet whose matches are marked by ``spans``.

    ``rank``: lower is better; 1.x for the exact words, 2.x for other forms, 3.x through the source
    (``search.ranked_ids``); 0.0 in a plain listing.
    """

    statement: Statement
    rank: float
    snippet: str
    spans: tuple[tuple[int, int], ...] = ()

    def marked_snippet(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import run."""

    path: str
    status: Literal["imported", "duplicate", "rejected"]
    statements: int = 0
    reason: str = ""
    source_id: int | None = None

    @classmethod
    def rejected(cls, file: Path, err: Exception) -> ImportOutcome:
        """A rejection; importers name the file in their message, and the outcome line names it already."""
        message = str(err)
        for prefix in (f"{file}: ", f"{file.name}: "):
            if message.startswith(prefix):
                message = message[len(prefix):]
                break
        return cls(str(file), "rejected", reason=message)

    def line(self) -> str:
        """The one line the CLI and the import summary show for this file (control characters escaped)."""
        from organiser.corpus.terminal import printable

        path = printable(self.path)
        if self.status == "imported":
            noun = "statement" if self.statements == 1 else "statements"
            return f"{path}: imported {self.statements} {noun}"
        if self.status == "duplicate":
            return f"{path}: already in the corpus"
        return f"{path}: rejected: {printable(self.reason)}"


@dataclass(frozen=True)
class FlyerSummary:
    id: int
    title: str
    template: str | None
    updated_at: str
