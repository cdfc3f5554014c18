"""An imported document: its metadata and its sections in reading order (the importers' one output type)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SectionKind = Literal["heading", "statement", "boilerplate"]


@dataclass(frozen=True)
class Section:
    """One paragraph-level piece of the document, in reading order."""

    kind: SectionKind
    text: str
    level: int = 0  # heading level (1 = title-level), 0 for non-headings


@dataclass(frozen=True)
class ImportedDocument:
    """Everything read from one file; nothing is stored yet."""

    title: str
    outlet: str | None
    authors: list[str]
    date: str | None  # ISO 8601, possibly reduced precision ("2025-07")
    url: str | None
    languages: list[str]  # ISO 639-1, main language first
    rights: str | None
    original_name: str
    content_hash: str  # sha256 hex of the normalised extracted text
    full_text: str
    sections: list[Section]
    ocr: bool = False  # the text was read from page images by OCR (may hold recognition errors)


@dataclass(frozen=True)
class Hints:
    """Metadata a file format states explicitly (HTML meta, DOCX properties); wins over guesses from text."""

    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    url: str | None = None
    rights: str | None = None
    file_date: str | None = None  # the file's own creation date: used only when the text states no date
    ocr: bool = False  # the text comes from OCR of page images
    # The format marks its headings (Word styles): every other paragraph is text the author wrote, kept as a
    # statement however short, and no heading is guessed from the wording.
    structured: bool = False


_PLACEHOLDERS = frozenset(
    {"", "untitled", "anonymous", "unknown", "python-docx", "author", "title", "unspecified", "none"}
)


def meaningful(value: object) -> str | None:
    """A metadata value from a file's properties, or None for tool defaults like "untitled"."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return None if text.strip("()[]<> ").casefold() in _PLACEHOLDERS else text
