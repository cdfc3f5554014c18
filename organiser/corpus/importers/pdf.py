"""PDF files: the text layer through pypdf, regrouped into paragraphs; scanned pages are rejected."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.corpus.importers.document import Hints, meaningful
from organiser.corpus.importers.splitter import Block, split_blocks
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from pypdf import PdfReader

_PRESENTATION_FORMS = re.compile("[\ufb00-\ufdff\ufe70-\ufeff]+")
_PARAGRAPH_END = tuple('.!?:"”»…')


def _base_letters(text: str) -> str:
    """Arabic presentation forms and ligatures back to base letters (what shaping put in the PDF)."""
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _is_heading_line(line: str, full: int) -> bool:
    return 0 < len(line) < 0.6 * full and len(line.split()) <= 8 and not line.endswith(_PARAGRAPH_END)


def _ends_paragraph(line: str, following: str, full: int) -> bool:
    """A sentence end on a line that had room for the next word: the writer broke the line on purpose."""
    first_word = following.split()[0] if following.split() else ""
    return line.endswith(_PARAGRAPH_END) and len(line) + 1 + len(first_word) < full


def _paragraphs(page_text: str) -> str:
    """Blank lines at paragraph ends and around short heading-like lines; pypdf gives only line breaks."""
    lines = [line.strip() for line in page_text.splitlines()]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    full = widths[int((len(widths) - 1) * 0.95)]
    out: list[str] = []
    for index, line in enumerate(lines):
        heading = _is_heading_line(line, full)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if heading:
            out.append("")
        out.append(line)
        if heading or _ends_paragraph(line, following, full):
            out.append("")
    return "\n".join(out)


def _open(path: Path) -> PdfReader:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportRejected(f"{path.name}: is password-protected; remove the password first")
        return reader
    except ImportRejected:
        raise
    except Exception as exc:
        raise ImportRejected(f"{path.name}: not a valid PDF (the file is damaged)") from exc


def _hints(reader: PdfReader) -> Hints:
    info = reader.metadata
    if info is None:
        return Hints()
    created = info.creation_date if info.get("/CreationDate") else None
    return Hints(
        title=meaningful(info.title),
        authors=[author] if (author := meaningful(info.author)) else [],
        file_date=created.date().isoformat() if created else None,
    )


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of all pages and the PDF's document information."""
    reader = _open(path)
    try:
        pages = [_paragraphs(_base_letters(page.extract_text() or "")) for page in reader.pages]
        hints = _hints(reader)
    except Exception as exc:
        raise ImportRejected(f"{path.name}: not a valid PDF (the file is damaged)") from exc
    if not any(page.strip() for page in pages):
        raise ImportRejected(f"{path.name}: has no text layer (scanned image?); run OCR first")
    return split_blocks("\n\n".join(pages), markdown=False), hints
