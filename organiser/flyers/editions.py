"""Parallel editions: the same flyer in other languages, sharing layout, theme and structure.

An edition holds only texts, each under a key that names its place in the flyer ("b3.text", "c1.cell.2.0") and
remembers a fingerprint of the original text it was translated from. So the editor can say which texts of an
edition are missing or older than the original, and printing an edition swaps its texts into the original.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from organiser.errors import OrganiserError
from organiser.flyers.model import Block as AnyBlock
from organiser.flyers.model import (
    BulletList,
    CallToAction,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Edition,
    EditionText,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    StatementBlock,
    Subheading,
    TextBlock,
    TwoColumns,
)
from organiser.records import record

# Single-text fields per block kind, in reading order.
_FIELDS: dict[type, tuple[str, ...]] = {
    Headline: ("text",), Subheading: ("text",), TextBlock: ("text",), FooterBlock: ("text",),
    StatementBlock: ("text",), Quote: ("text", "attribution"), BulletList: ("title",),
    ImageBlock: ("caption", "credit"), QRBlock: ("caption",), EventBlock: ("what", "when", "where", "details"),
    SourcesBlock: ("title",), CallToAction: ("text", "contact"), Signatories: ("title", "note"),
}


@record
class TextSlot:
    """One translatable text of a flyer: its key, a readable place ("Headline", "Chart cell 2, 1") and text."""

    key: str
    place: str
    text: str


@record
class EditionStatus:
    lang: str
    total: int
    missing: tuple[str, ...]  # keys with no translation yet
    outdated: tuple[str, ...]  # keys whose original changed after they were translated

    @property
    def complete(self) -> bool:
        return not self.missing and not self.outdated


def fingerprint(text: str) -> str:
    """A short hash of an original text: stored with its translation to notice later edits of the original."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def text_slots(flyer: Flyer) -> list[TextSlot]:
    """Every text an edition can translate, in reading order (empty texts are left out)."""
    slots = [TextSlot("title", "Title", flyer.title)]
    for block in flyer.blocks:
        slots += _block_slots(block)
    return [s for s in slots if s.text.strip()]


def _block_slots(block: AnyBlock) -> Iterator[TextSlot]:
    name = block.kind.capitalize()
    for field_name in _FIELDS.get(type(block), ()):
        place = name if field_name == "text" else f"{name} {field_name}"
        yield TextSlot(f"{block.id}.{field_name}", place, getattr(block, field_name))
    if isinstance(block, BulletList):
        for i, item in enumerate(block.items):
            yield TextSlot(f"{block.id}.items.{i}", f"List item {i + 1}", item)
    elif isinstance(block, Signatories):
        for i, item in enumerate(block.items):
            yield TextSlot(f"{block.id}.items.{i}", f"Signatory {i + 1}", item)
    elif isinstance(block, EventBlock):
        for i, speaker in enumerate(block.speakers):
            yield TextSlot(f"{block.id}.speakers.{i}", f"Speaker {i + 1}", speaker)
    elif isinstance(block, ComparisonBlock):
        t, bid = block.table, block.id
        yield TextSlot(f"{bid}.title", "Chart title", t.title)
        yield TextSlot(f"{bid}.criterion_heading", "Criteria heading", t.criterion_heading)
        for j, subject in enumerate(t.subjects):
            yield TextSlot(f"{bid}.subject.{j}", f"Subject {j + 1}", subject)
        for i, criterion in enumerate(t.criteria):
            yield TextSlot(f"{bid}.criterion.{i}", f"Criterion {i + 1}", criterion.label)
            for j, cell in enumerate(criterion.cells):
                yield TextSlot(f"{bid}.cell.{i}.{j}", f"Chart cell {i + 1}, {j + 1}", cell.text)
    elif isinstance(block, TwoColumns):
        for child in (*block.left, *block.right):
            yield from _block_slots(child)


# ---- editing editions ------------------------------------------------------------------------------------------


def edition(flyer: Flyer, lang: str) -> Edition | None:
    return next((e for e in flyer.editions if e.lang == lang), None)


def add_edition(flyer: Flyer, lang: str) -> Flyer:
    if not lang or lang == flyer.lang:
        raise OrganiserError(f"The flyer is already in {lang or 'that language'}; choose another language.")
    if edition(flyer, lang) is not None:
        raise OrganiserError(f"The flyer already has an edition in {lang}.")
    return replace(flyer, editions=(*flyer.editions, Edition(lang)))


def remove_edition(flyer: Flyer, lang: str) -> Flyer:
    return replace(flyer, editions=tuple(e for e in flyer.editions if e.lang != lang))


def set_text(flyer: Flyer, lang: str, key: str, text: str, statement_id: int | None = None) -> Flyer:
    """Translate one text; an empty ``text`` removes the translation (the original prints until it is done)."""
    current = edition(flyer, lang)
    if current is None:
        raise OrganiserError(f"The flyer has no edition in {lang}.")
    originals = {s.key: s.text for s in text_slots(flyer)}
    if key not in originals:
        raise OrganiserError(f"The flyer has no text {key!r} to translate.")
    kept = tuple(t for t in current.texts if t.key != key)
    if text.strip():
        kept += (EditionText(key, text, fingerprint(originals[key]), statement_id),)
    updated = replace(current, texts=kept)
    return replace(flyer, editions=tuple(updated if e.lang == lang else e for e in flyer.editions))


def status(flyer: Flyer, lang: str) -> EditionStatus:
    current = edition(flyer, lang)
    translated = {t.key: t for t in current.texts} if current else {}
    slots = text_slots(flyer)
    missing = tuple(s.key for s in slots if s.key not in translated)
    outdated = tuple(s.key for s in slots if s.key in translated and translated[s.key].origin != fingerprint(s.text))
    return EditionStatus(lang, len(slots), missing, outdated)


# ---- printing an edition ---------------------------------------------------------------------------------------


def localise(flyer: Flyer, lang: str) -> Flyer:
    """The flyer as its ``lang`` edition prints: its texts swapped in, untranslated texts left as they are.

    The original language gives the flyer itself. Editions are dropped from the result (it is one language).
    """
    if lang == flyer.lang:
        return replace(flyer, editions=())
    current = edition(flyer, lang)
    if current is None:
        raise OrganiserError(f"The flyer has no edition in {lang}; its editions: {_langs(flyer)}.")
    texts = {t.key: t.text for t in current.texts}
    blocks = tuple(_localise_block(b, texts.get) for b in flyer.blocks)
    return replace(flyer, title=texts.get("title", flyer.title), blocks=blocks, lang=lang, editions=())


def _langs(flyer: Flyer) -> str:
    return ", ".join(e.lang for e in flyer.editions) or "none"


def all_languages(flyer: Flyer) -> list[str]:
    """The original language first, then the editions in the order they were added."""
    return [flyer.lang, *(e.lang for e in flyer.editions)]


def _localise_block(block: AnyBlock, get: Callable[[str], str | None]) -> AnyBlock:
    changes: dict[str, Any] = {}
    for field_name in _FIELDS.get(type(block), ()):
        text = get(f"{block.id}.{field_name}")
        if text is not None:
            changes[field_name] = text
    if isinstance(block, BulletList | Signatories):
        changes["items"] = tuple(get(f"{block.id}.items.{i}") or item for i, item in enumerate(block.items))
    elif isinstance(block, EventBlock):
        changes["speakers"] = tuple(get(f"{block.id}.speakers.{i}") or s for i, s in enumerate(block.speakers))
    elif isinstance(block, ComparisonBlock):
        changes["table"] = _localise_table(block.id, block.table, get)
    elif isinstance(block, TwoColumns):
        changes["left"] = tuple(_localise_block(b, get) for b in block.left)
        changes["right"] = tuple(_localise_block(b, get) for b in block.right)
    return replace(block, **changes) if changes else block


def _localise_table(bid: str, t: ComparisonTable, get: Callable[[str], str | None]) -> ComparisonTable:
    criteria = tuple(
        Criterion(get(f"{bid}.criterion.{i}") or c.label,
                  tuple(replace(cell, text=get(f"{bid}.cell.{i}.{j}") or cell.text) for j, cell in enumerate(c.cells)))
        for i, c in enumerate(t.criteria)
    )
    return replace(t, title=get(f"{bid}.title") or t.title,
                   criterion_heading=get(f"{bid}.criterion_heading") or t.criterion_heading,
                   subjects=tuple(get(f"{bid}.subject.{j}") or s for j, s in enumerate(t.subjects)),
                   criteria=criteria)
