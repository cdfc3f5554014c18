"""Blocks and format hints to an ImportedDocument: metadata, sections, languages, content hash."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from organiser.corpus.importers.document import Hints, ImportedDocument, Section
from organiser.corpus.importers.limits import MAX_STATEMENT_CHARS, MAX_STATEMENTS, check_time
from organiser.corpus.importers.metadata import Metadata, extract_metadata
from organiser.corpus.importers.sections import classify
from organiser.corpus.importers.splitter import Block
from organiser.corpus.language import detect_language
from organiser.errors import ImportRejected

_MIN_LANGUAGE_SHARE = 0.05
_SENTENCE = re.compile(r".+?(?:(?<=[.!?\u061f\u06d4\u2026])[\"'”»)]*(?=\s)|$)", re.DOTALL)


def content_hash(full_text: str) -> str:
    """sha256 of the normalised text: the same words give the same hash whatever the file encoding."""
    return hashlib.sha256(full_text.encode("utf-8")).hexdigest()


def languages_of(sections: Sequence[Section]) -> list[str]:
    """Languages of the headings and statements, weighted by length, main one first."""
    weights: Counter[str] = Counter()
    for section in sections:
        if section.kind != "boilerplate" and (language := detect_language(section.text)):
            weights[language] += len(section.text)
    total = sum(weights.values())
    return [lang for lang, weight in weights.most_common() if weight >= _MIN_LANGUAGE_SHARE * total]


def _title_index(blocks: Sequence[Block], title: str, meta: Metadata) -> int | None:
    if meta.title_index is not None and blocks[meta.title_index].text == title:
        return meta.title_index
    key = title.casefold()
    return next((i for i, block in enumerate(blocks) if block.text.casefold() == key), None)


def _wrap(sentence: str, name: str) -> list[str]:
    """A sentence longer than a page cut between words; a single "word" that long is no text (base64, a dump)."""
    pieces: list[str] = []
    while len(sentence) > MAX_STATEMENT_CHARS:
        cut = sentence.rfind(" ", 0, MAX_STATEMENT_CHARS + 1)
        if cut <= 0:
            raise ImportRejected(
                f"{name}: holds a run of more than {MAX_STATEMENT_CHARS} characters without a space; it is not text"
            )
        pieces.append(sentence[:cut])
        sentence = sentence[cut + 1 :]
    return [*pieces, sentence] if sentence else pieces


def split_long(text: str, name: str) -> list[str]:
    """A paragraph longer than a page, cut into page-sized statements at sentence ends (between words where a
    sentence alone is longer than a page)."""
    if len(text) <= MAX_STATEMENT_CHARS:
        return [text]
    pieces: list[str] = []
    current = ""
    for match in _SENTENCE.finditer(text):
        for sentence in _wrap(match.group(0).strip(), name):
            if current and len(current) + 1 + len(sentence) > MAX_STATEMENT_CHARS:
                pieces.append(current)
                current = sentence
            else:
                current = f"{current} {sentence}" if current else sentence
        if len(pieces) > MAX_STATEMENTS:
            raise ImportRejected(f"{name}: more than {MAX_STATEMENTS} statements in one file")
    if current:
        pieces.append(current)
    return pieces


def _page_sized(blocks: Sequence[Block], name: str) -> list[Block]:
    """Blocks no longer than a page: a longer one is cut at sentence ends before anything reads it."""
    out: list[Block] = []
    for block in blocks:
        if len(block.text) <= MAX_STATEMENT_CHARS:
            out.append(block)
        else:
            out.extend(Block(piece, (piece,)) for piece in split_long(block.text, name))
        if len(out) > MAX_STATEMENTS:
            raise ImportRejected(f"{name}: more than {MAX_STATEMENTS} paragraphs in one file")
    return out


_TITLE_END = tuple(".!?…:;,\u061f\u06d4")


def _leading_title(blocks: Sequence[Block], index: int | None) -> bool:
    """A block of the text is a title only when it looks like one: one short line with no final full stop, and
    more text after it (a blank line followed it). A sentence stays a statement."""
    if index is None:
        return True
    block = blocks[index]
    return (
        len(blocks) > 1
        and len(block.lines) == 1
        and len(block.text) <= 160
        and len(block.text.split()) <= 25
        and not block.text.endswith(_TITLE_END)
    )


def build_document(blocks: Sequence[Block], hints: Hints, original_name: str) -> ImportedDocument:
    """The document read from ``blocks``; explicit format hints win over what the text suggests."""
    if not blocks:
        raise ImportRejected(f"{original_name}: is empty (no text found)")
    blocks = _page_sized(blocks, original_name)
    check_time()
    meta = extract_metadata(blocks)
    if hints.structured:
        first = blocks[0]
        title = hints.title or (first.text if first.heading_level else None) or Path(original_name).stem
        title_index = 0 if first.heading_level and first.text == title else None
        sections = [
            Section("heading", block.text, 1 if index == title_index else block.heading_level)
            if block.heading_level or index == title_index
            else Section("statement", block.text)
            for index, block in enumerate(blocks)
        ]
    else:
        title = hints.title or meta.title or Path(original_name).stem
        title_index = _title_index(blocks, title, meta)
        if not _leading_title(blocks, title_index):
            # A first paragraph that is a sentence stays a statement; the source is named after its opening words.
            words = blocks[0].text.split()
            title = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
            title_index = None
            sections = classify(blocks, None, None)
        else:
            sections = classify(blocks, title, title_index)
    check_time()
    full_text = "\n\n".join(block.text for block in blocks)
    languages = languages_of(sections) or [lang for lang in [detect_language(full_text)] if lang]
    return ImportedDocument(
        title=title,
        outlet=hints.outlet or meta.outlet,
        authors=list(hints.authors or meta.authors),
        date=hints.date or meta.date or hints.file_date,
        url=hints.url or meta.url,
        languages=languages,
        rights=hints.rights or meta.rights,
        original_name=original_name,
        content_hash=content_hash(full_text),
        full_text=full_text,
        sections=sections,
        ocr=hints.ocr,
    )
