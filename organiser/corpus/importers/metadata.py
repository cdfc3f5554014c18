"""Source metadata read from the text itself: title, URL, date, outlet, authors, rights line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from organiser.corpus.importers.boilerplate import is_boilerplate
from organiser.corpus.importers.dates import find_dates, first_date, is_date_only, trailing_date
from organiser.corpus.importers.splitter import Block

_I = re.IGNORECASE
_URL = re.compile(r"^<?(https?://[^\s<>]+)>?$", _I)
_DATE_LABEL = re.compile(r"^(?:publication date|published(?: on)?|date|posted(?: on)?)\s*:\s*(.+)$", _I)
_RIGHTS = re.compile(r"all rights reserved|^\s*(?:copyright|©)", _I)
_COPYRIGHT_HOLDER = re.compile(
    r"^\s*(?:copyright\s*)?(?:©\s*)?(?:\(c\)\s*)?(?:\d{4}(?:[-–]\d{4})?,?\s*)?(.+)$", _I
)
_CAPITALISED = r"[A-Z][\w&'’.-]*"
_CONNECTOR = r"(?:of|the|for|and|de|du|des|la|le|&)"
_NAME_RUN = rf"((?:the\s+)?{_CAPITALISED}(?:\s+(?:{_CONNECTOR}|{_CAPITALISED}))*)"
_PUBLISHER = re.compile(rf"\b(?:reprinted|republished|published|issued|distributed)\s+by\s+{_NAME_RUN}")
_SIGNED_BY = re.compile(
    r"\b(?:sent|signed|written|issued|endorsed)\b[^.]*?\bby\s+"
    r"((?:over|more than|some|about|nearly|almost)?\s*\d[\d,]*\+?\s+[^.;:,\]]+)",
    _I,
)
_BYLINE = re.compile(r"^by\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$")
_ORG_OF_BODY = re.compile(rf"\bof\s+the\s+({_CAPITALISED}(?:\s+(?:{_CONNECTOR}|{_CAPITALISED}))*)$")
_SIGNATURE_SEPARATORS = " \t-–—,;/|"
_HEAD = 8
_TAIL = 6


@dataclass(frozen=True)
class Metadata:
    """What the text says about itself; None/empty where it says nothing."""

    title: str | None = None
    title_index: int | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    url: str | None = None
    rights: str | None = None


def find_url(blocks: Sequence[Block]) -> str | None:
    """A URL standing alone on a line near the top (``<https://…>`` or bare)."""
    for block in blocks[:_HEAD]:
        match = _URL.match(block.text)
        if match:
            return match.group(1)
    return None


def _is_title_candidate(block: Block) -> bool:
    return (
        len(block.lines) == 1
        and len(block.text) <= 200
        and not is_boilerplate(block.text, block.lines)
        and not _URL.match(block.text)
    )


def find_title(blocks: Sequence[Block]) -> tuple[str | None, int | None]:
    """Title from the first ``# `` heading, else the first short line that is not page furniture."""
    for index, block in enumerate(blocks):
        if block.heading_level == 1:
            return block.text, index
    for index, block in enumerate(blocks[:_HEAD]):
        if _is_title_candidate(block):
            return block.text, index
    return None, None


def _labelled_date(blocks: Sequence[Block], context: str) -> str | None:
    for block in blocks:
        match = _DATE_LABEL.match(block.text)
        if match and (found := first_date(match.group(1), context)):
            return found
    return None


def _lone_date(blocks: Sequence[Block], context: str) -> str | None:
    for block in [*blocks[:_HEAD], *reversed(blocks[-_TAIL:])]:
        if is_date_only(block.text):
            return first_date(block.text, context)
    return None


def _signature(block: Block, context: str) -> tuple[str, str] | None:
    """(signatory, ISO date) of a closing line such as "Executive Committee of X – 10/07/2023"."""
    text = block.text
    date = trailing_date(text, context)
    if date is None or is_date_only(text) or len(text) > 160:
        return None
    name = _strip_date(text, context)
    if not name or not name[0].isupper() or re.search(r"[.!?]\s", name):
        return None
    return name, date


def _strip_date(text: str, context: str) -> str:
    found = find_dates(text.rstrip(" .)"), context)
    return text[: found[-1].start].rstrip(_SIGNATURE_SEPARATORS) if found else text


def _signatures(blocks: Sequence[Block], context: str) -> list[tuple[str, str]]:
    found = (_signature(block, context) for block in blocks[-_TAIL:])
    return [sig for sig in found if sig is not None]


def find_date(blocks: Sequence[Block], context: str) -> str | None:
    """Publication date line, else a date alone at the start or end, else a signature's date,
    else the month of a "published by …, July 2025" line. The labelled date wins over later ones."""
    date = _labelled_date(blocks, context) or _lone_date(blocks, context)
    if date is None and (signatures := _signatures(blocks, context)):
        date = signatures[-1][1]
    if date is None:
        for block in blocks:
            if _PUBLISHER.search(block.text) and (found := first_date(block.text, context)):
                return found
    return date


def find_rights(blocks: Sequence[Block]) -> str | None:
    """The copyright / rights-reserved line."""
    for block in blocks:
        if len(block.text) <= 300 and _RIGHTS.search(block.text):
            return block.text
    return None


def _clean_name(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=_I)
    return re.sub(rf"(?:\s+{_CONNECTOR})+$", "", name).strip(" .,")


def find_outlet(blocks: Sequence[Block], authors: Sequence[str]) -> str | None:
    """Publisher from the copyright holder, else "published/reprinted by X", else the body a
    signatory belongs to ("Executive Committee of the International Socialist League")."""
    rights = find_rights(blocks)
    if rights and (holder := _COPYRIGHT_HOLDER.match(rights)):
        name = re.split(r"\s+[-–|]\s+|[.,]\s", holder.group(1))[0]
        if name and not _RIGHTS.search(name):
            return _clean_name(name)
    for block in blocks:
        if match := _PUBLISHER.search(block.text):
            return _clean_name(match.group(1))
    for author in authors:
        if match := _ORG_OF_BODY.search(author):
            return _clean_name(match.group(1))
    return None


def find_authors(blocks: Sequence[Block], context: str) -> list[str]:
    """Signatories of a closing signature line, else "signed/sent by over 275 …" near the top,
    else a "By Name" line."""
    signatures = _signatures(blocks, context)
    if signatures:
        return [signatures[-1][0]]
    for block in blocks[:_HEAD]:
        if match := _SIGNED_BY.search(block.text):
            group = match.group(1).strip()
            return [group[0].upper() + group[1:]]
        if match := _BYLINE.match(block.text):
            return [match.group(1)]
    return []


def extract_metadata(blocks: Sequence[Block]) -> Metadata:
    """All metadata the text states about itself."""
    context = "\n".join(block.text for block in blocks)
    title, title_index = find_title(blocks)
    authors = find_authors(blocks, context)
    return Metadata(
        title=title,
        title_index=title_index,
        outlet=find_outlet(blocks, authors),
        authors=authors,
        date=find_date(blocks, context),
        url=find_url(blocks),
        rights=find_rights(blocks),
    )
