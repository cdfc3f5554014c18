"""Word (.docx) files read as Word shows them: tracked insertions kept, deletions dropped, field codes hidden behind
their display text, text boxes once (not their VML fallback copies), footnotes as notes; headers and footers are
other parts of the package and never read. The package is a zip of XML: both are bounded before parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.corpus.importers.dates import first_date
from organiser.corpus.importers.document import Hints, meaningful
from organiser.corpus.importers.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_PARAGRAPHS,
    MAX_PART_BYTES,
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_ENTRIES,
    MB,
    check_time,
)
from organiser.corpus.importers.splitter import Block, clean_inline
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIPPED = {f"{W}del", f"{W}delText", f"{W}instrText", f"{W}rPr", f"{W}pPr", f"{_MC}Fallback", f"{W}moveFrom"}
_NOTE_HEADING = "Notes"


def _check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse zip bombs before inflating anything: entry count, total size, per-part size and expansion ratio."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportRejected(f"{name}: holds {len(entries)} parts; the limit for a Word document is {MAX_ZIP_ENTRIES}")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNZIPPED_BYTES:
        raise ImportRejected(
            f"{name}: unpacks to {total // MB} MB; the limit is {MAX_UNZIPPED_BYTES // MB} MB (a zip bomb?)"
        )
    for entry in entries:
        if entry.file_size > MAX_PART_BYTES:
            raise ImportRejected(f"{name}: part {entry.filename} unpacks to {entry.file_size // MB} MB (a zip bomb?)")
        if entry.file_size > MB and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1):
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise ImportRejected(f"{name}: part {entry.filename} expands {ratio}x when unpacked (a zip bomb?)")


def _read_part(archive: zipfile.ZipFile, part: str) -> bytes | None:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    with archive.open(info) as handle:
        data = handle.read(MAX_PART_BYTES + 1)  # the header's size may lie: never read past the limit
    if len(data) > MAX_PART_BYTES:
        raise ImportRejected(f"part {part} is larger than it says (a zip bomb?)")
    return data


def _parse(data: bytes) -> etree._Element:
    from lxml import etree

    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        # Word never writes a DTD; entities in one can read local files (XXE) or expand without end.
        raise ImportRejected("declares XML entities, which Word never writes (refused as unsafe)")
    # No DTD, no entity expansion, no network; libxml2's depth limit (256) stays on (huge_tree=False).
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):
            raise ImportRejected("nests elements more than 256 levels deep (not a Word document)") from exc
        raise


def _styles(root: etree._Element | None) -> dict[str, int]:
    """Heading level of each paragraph style id: Title 1, Heading N as N, or the style's outline level + 1."""
    levels: dict[str, int] = {}
    if root is None:
        return levels
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        name = (name_el.get(f"{W}val") or "").lower() if name_el is not None else ""
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if name == "title":
            levels[style_id] = 1
        elif name.startswith("heading ") and name[8:].isdigit():
            levels[style_id] = int(name[8:])
        elif outline is not None and (outline.get(f"{W}val") or "").isdigit():
            levels[style_id] = int(outline.get(f"{W}val") or "0") + 1
    return levels


def _paragraph_text(paragraph: etree._Element, nested: list[etree._Element]) -> str:
    """The visible text of one paragraph; paragraphs inside its text boxes are collected into ``nested``."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{W}p":
                nested.append(child)
            elif tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                parts.append(" ")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _level(paragraph: etree._Element, styles: dict[str, int]) -> int:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None and (outline.get(f"{W}val") or "").isdigit():
        return min(int(outline.get(f"{W}val") or "0") + 1, 6)
    return min(styles.get(style.get(f"{W}val") or "", 0), 6) if style is not None else 0


def _blocks(root: etree._Element, styles: dict[str, int], name: str) -> list[Block]:
    body = root.find(f"{W}body")
    queue = list(body.iter(f"{W}p")) if body is not None else []
    if len(queue) > MAX_PARAGRAPHS:
        raise ImportRejected(f"{name}: has {len(queue)} paragraphs; the limit is {MAX_PARAGRAPHS}")
    seen: set[int] = set()
    blocks: list[Block] = []

    def emit(paragraph: etree._Element) -> None:
        if id(paragraph) in seen:
            return
        seen.add(id(paragraph))
        nested: list[etree._Element] = []
        raw = _paragraph_text(paragraph, nested)
        text = clean_inline(raw, markdown=False)
        if text:
            blocks.append(Block(text, (raw,), _level(paragraph, styles)))
        for inner in nested:
            emit(inner)

    for index, paragraph in enumerate(queue):
        if index % 2000 == 0:
            check_time()
        if not _inside_skipped(paragraph, body):
            emit(paragraph)
    return blocks


def _inside_skipped(paragraph: etree._Element, body: etree._Element | None) -> bool:
    """Paragraphs inside deleted text, VML fallback copies or other paragraphs (handled by their parent)."""
    parent = paragraph.getparent()
    while parent is not None and parent is not body:
        if parent.tag in _SKIPPED or parent.tag == f"{W}p":
            return True
        parent = parent.getparent()
    return False


def _footnotes(root: etree._Element | None) -> list[Block]:
    if root is None:
        return []
    notes: list[Block] = []
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        for paragraph in note.iter(f"{W}p"):
            text = clean_inline(_paragraph_text(paragraph, []), markdown=False)
            if text:
                notes.append(Block(text, (text,), 0))
    return [Block(_NOTE_HEADING, (_NOTE_HEADING,), 2), *notes] if notes else []


_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "creator": "{http://purl.org/dc/elements/1.1/}creator",
    "identifier": "{http://purl.org/dc/elements/1.1/}identifier",
    "created": "{http://purl.org/dc/terms/}created",
}


def _hints(root: etree._Element | None) -> Hints:
    if root is None:
        return Hints(structured=True)
    values = {key: (el.text or "") if (el := root.find(tag)) is not None else "" for key, tag in _CORE.items()}
    author = meaningful(values["creator"])
    url = values["identifier"].strip()
    return Hints(
        title=meaningful(values["title"]),
        authors=[author] if author else [],
        url=url if url.startswith(("http://", "https://")) else None,
        # The creation date is the file's (often a template's): used only when the text states none.
        file_date=first_date(values["created"][:10]) if values["created"] else None,
        structured=True,
    )


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the document body (then its footnotes) and its core properties."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ImportRejected(f"{path.name}: not a valid Word document (the file is damaged)") from exc
    with archive:
        _check_zip(archive, path.name)
        try:
            document = _read_part(archive, "word/document.xml")
            if document is None:
                raise ImportRejected(f"{path.name}: not a valid Word document (no document part)")
            root = _parse(document)
            styles = _styles(_parse(data) if (data := _read_part(archive, "word/styles.xml")) else None)
            notes = _footnotes(_parse(data) if (data := _read_part(archive, "word/footnotes.xml")) else None)
            core = _parse(data) if (data := _read_part(archive, "docProps/core.xml")) else None
        except ImportRejected as exc:
            raise ImportRejected(f"{path.name}: {exc}" if not str(exc).startswith(path.name) else str(exc)) from exc
        except Exception as exc:  # lxml.etree.XMLSyntaxError, zlib errors in a damaged archive
            raise ImportRejected(f"{path.name}: not a valid Word document (the file is damaged)") from exc
        blocks = _blocks(root, styles, path.name) + notes
        try:
            hints = _hints(core)
        except Exception:  # odd properties lose the metadata, not the document
            hints = Hints(structured=True)
    if not blocks:
        raise ImportRejected(f"{path.name}: has no text (a Word document with only images, or an empty one)")
    return blocks, hints
