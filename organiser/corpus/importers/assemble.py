"""Blocks and format hints to an ImportedDocument: metadata, sections, languages, content hash."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from organiser.corpus.importers.document import Hints, ImportedDocument, Section
from organiser.corpus.importers.metadata import Metadata, extract_metadata
from organiser.corpus.importers.sections import classify
from organiser.corpus.importers.splitter import Block
from organiser.corpus.language import detect_language
from organiser.errors import ImportRejected

_MIN_LANGUAGE_SHARE = 0.05


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


def build_document(blocks: Sequence[Block], hints: Hints, original_name: str) -> ImportedDocument:
    """The document read from ``blocks``; explicit format hints win over what the text suggests."""
    if not blocks:
        raise ImportRejected(f"{original_name}: is empty (no text found)")
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
        sections = classify(blocks, title, _title_index(blocks, title, meta))
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
