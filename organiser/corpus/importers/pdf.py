"""PDF files: glyph positions from PDFium's text page, laid out into paragraphs; image-only pages go to OCR.

PDFium was chosen by measurement on the real documents (bench/import_real_docs.py). Of their known sentences, raw
text keeps 84 % verbatim with pypdf, 65 % with pdfminer.six and 87 % with PDFium's text page, which is also 15-30x
faster. PDFium gives every glyph's box, and the layout here rebuilds lines, columns and paragraphs from those boxes:
99 %. pypdf and pdfminer put Hebrew commas at line ends and Arabic words in reverse order; their text order cannot be
repaired after the fact.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.corpus.importers.dates import first_date
from organiser.corpus.importers.document import Hints, meaningful
from organiser.corpus.importers.limits import MAX_PAGE_CHARS, MAX_PDF_PAGES, check_time
from organiser.corpus.importers.pdf_layout import Page, document_blocks
from organiser.corpus.importers.pdf_lines import Glyph, page_lines
from organiser.corpus.importers.splitter import Block
from organiser.errors import ImportRejected

if TYPE_CHECKING:
    import pypdfium2

_PASSWORD_ERROR = 4
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")


def _open(path: Path) -> pypdfium2.PdfDocument:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise ImportRejected(f"{path.name}: is password-protected; remove the password first") from exc
        raise ImportRejected(f"{path.name}: not a valid PDF (the file is damaged)") from exc
    if len(document) > MAX_PDF_PAGES:
        pages = len(document)
        document.close()
        raise ImportRejected(f"{path.name}: has {pages} pages; the limit is {MAX_PDF_PAGES}")
    return document


def _glyphs(textpage: Any, name: str, number: int) -> list[Glyph]:
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    if count > MAX_PAGE_CHARS:
        raise ImportRejected(f"{name}: page {number} holds {count} characters; the limit is {MAX_PAGE_CHARS}")
    glyphs: list[Glyph] = []
    handle = textpage.raw
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    low_half = -1
    for index in range(count):
        if index == low_half:
            continue
        code = raw.FPDFText_GetUnicode(handle, index)
        if 0xD800 <= code < 0xDC00 and index + 1 < count:  # UTF-16 pair: one character beyond the BMP (emoji)
            low = raw.FPDFText_GetUnicode(handle, index + 1)
            if 0xDC00 <= low < 0xE000:
                code, low_half = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00), index + 1
        if code in (2, 0xFFFE) and raw.FPDFText_IsHyphen(handle, index) == 1:
            code = 0x2D  # a line-end hyphen PDFium recognised; the layout decides whether the word is joined
        if code in (0, 0xFFFE, 0xFFFF) or raw.FPDFText_IsGenerated(handle, index) == 1:
            continue
        char = chr(code) if code < 0x110000 else ""
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        space = char.isspace()
        if not char or (space and right - left < 0.5) or (not char.isprintable() and not space):
            continue
        size = float(raw.FPDFText_GetFontSize(handle, index))
        if size < 3:  # the type size was put in the text matrix: the glyph box tells it
            size = max(top - bottom, 1.0) * 0.8
        raw.FPDFText_GetCharOrigin(handle, index, ctypes.byref(origin_x), ctypes.byref(origin_y))
        glyphs.append(Glyph(" " if space else char, left, bottom, right, top, size, origin_y.value, space))
    return glyphs


def read_pages(document: pypdfium2.PdfDocument, name: str) -> list[Page]:
    """Every page's lines, in the page's own coordinates (points, origin bottom left)."""
    pages: list[Page] = []
    for number in range(len(document)):
        check_time()
        page = document[number]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                lines, gutter = page_lines(_glyphs(textpage, name, number + 1), width)
                pages.append(Page(lines, width, height, gutter))
            finally:
                textpage.close()
        finally:
            page.close()
    return pages


def _pdf_date(value: str) -> str | None:
    match = _PDF_DATE.match(value.strip())
    if not match or not 1900 < int(match.group(1)) < 2200:
        return None
    year, month, day = match.groups()
    if month and day:
        return f"{year}-{month}-{day}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else year
    return f"{year}-{month}" if month and 1 <= int(month) <= 12 else year


_XMP = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.DOTALL)
_XMP_FIELD = {
    "title": re.compile(r"<dc:title>.*?<rdf:li[^>]*>([^<]+)</rdf:li>", re.DOTALL),
    "author": re.compile(r"<dc:creator>.*?<rdf:li[^>]*>([^<]+)</rdf:li>", re.DOTALL),
    "date": re.compile(r"<xmp:CreateDate>([^<]+)</xmp:CreateDate>|xmp:CreateDate=\"([^\"]+)\""),
    "url": re.compile(r"<dc:identifier>(https?://[^<]+)</dc:identifier>"),
    "rights": re.compile(r"<dc:rights>.*?<rdf:li[^>]*>([^<]+)</rdf:li>", re.DOTALL),
}


def _xmp(path: Path) -> dict[str, str]:
    """Dublin Core fields of the XMP packet, which producers write uncompressed so that any tool can find it."""
    with path.open("rb") as handle:
        data = handle.read(4 * 1024 * 1024)
    match = _XMP.search(data)
    if match is None:
        return {}
    text = match.group(0).decode("utf-8", errors="replace")
    found: dict[str, str] = {}
    for key, pattern in _XMP_FIELD.items():
        if field := pattern.search(text):
            found[key] = next(group for group in field.groups() if group)
    return found


def _hints(document: pypdfium2.PdfDocument, path: Path) -> Hints:
    """Title, author and date from the document information and XMP; odd values are ignored, never fatal."""
    try:
        info = {key: value for key, value in document.get_metadata_dict().items() if isinstance(value, str)}
    except Exception:  # a damaged information dictionary loses the metadata, not the file
        info = {}
    try:
        xmp = _xmp(path)
    except (OSError, ValueError):
        xmp = {}
    title = meaningful(info.get("Title")) or meaningful(xmp.get("title"))
    author = meaningful(info.get("Author")) or meaningful(xmp.get("author"))
    created = _pdf_date(info.get("CreationDate", "")) or (first_date(xmp["date"][:10]) if "date" in xmp else None)
    return Hints(
        title=title,
        authors=[author] if author else [],
        url=xmp.get("url"),
        rights=meaningful(xmp.get("rights")),
        file_date=created,
    )


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of all pages and the PDF's own metadata; pages without text are read by OCR."""
    document = _open(path)
    try:
        pages = read_pages(document, path.name)
        hints = _hints(document, path)
        if any(page.lines for page in pages):
            return document_blocks(pages), hints
        from organiser.corpus.importers.ocr import ocr_pdf

        return ocr_pdf(document, path.name), Hints(
            title=hints.title, authors=hints.authors, file_date=hints.file_date, ocr=True
        )
    finally:
        document.close()
