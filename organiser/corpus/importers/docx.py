"""Word (.docx) files: paragraphs in order, Title/Heading styles become headings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from organiser.corpus.importers.document import Hints, meaningful
from organiser.corpus.importers.splitter import Block, clean_inline
from organiser.errors import ImportRejected

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def _level(style_name: str) -> int:
    if style_name.lower() == "title":
        return 1
    match = _HEADING_STYLE.match(style_name)
    return int(match.group(1)) if match else 0


def _blocks(document: Any) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        text = clean_inline(paragraph.text, markdown=False)
        if text:
            style = paragraph.style.name if paragraph.style is not None else ""
            blocks.append(Block(text, (paragraph.text,), _level(style or "")))
    return blocks


def _hints(document: Any) -> Hints:
    props = document.core_properties
    # The creation date is the file's (often a template's), not the text's: no date hint.
    return Hints(
        title=meaningful(props.title),
        authors=[author] if (author := meaningful(props.author)) else [],
    )


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the document body and its core properties."""
    import docx

    try:
        document = docx.Document(str(path))
        return _blocks(document), _hints(document)
    except Exception as exc:
        raise ImportRejected(f"{path.name}: not a valid Word document (the file is damaged)") from exc
