"""Bounds on what one imported file may cost: hostile files are refused with one line before memory or time run out.

Every importer checks the bounds that apply to its format (sizes, ratios, depths, counts) before the expensive step,
and calls ``check_time`` inside its loops so that no single file holds an import for long.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager

from organiser.errors import ImportRejected

MB = 1024 * 1024
# Zip-based formats (.docx): the whole archive unpacked, one part unpacked, and how much a part may expand.
MAX_UNZIPPED_BYTES = 60 * MB
MAX_PART_BYTES = 40 * MB
MAX_COMPRESSION_RATIO = 100
MAX_ZIP_ENTRIES = 2000
# XML and HTML trees.
MAX_XML_DEPTH = 256
MAX_HTML_DEPTH = 250  # libxml2 stops at 256 levels: a tree that deep was cut short
MAX_HTML_BYTES = 8 * MB
MAX_PARAGRAPHS = 50_000
# PDFs: a long report has hundreds of pages; a page of small print holds ~10,000 characters.
MAX_PDF_PAGES = 2000
MAX_PAGE_CHARS = 60_000
# Text: about a page; longer runs are split at sentence ends, and refused if they have none.
MAX_STATEMENT_CHARS = 5000
# A text line longer than this is no paragraph (a dump, a minified file): refused rather than cut up.
MAX_LINE_CHARS = 1_000_000
MAX_STATEMENTS = 50_000
# Wall-clock budget for reading one file: a backstop behind the limits above, which refuse hostile files in well
# under a second; generous enough for a 1,000-page report on a busy machine. OCR extends it (~2-10 s a page).
TIME_BUDGET_S = 20.0
OCR_TIME_BUDGET_S = 60.0

_deadline: contextvars.ContextVar[tuple[float, str] | None] = contextvars.ContextVar("import_deadline", default=None)


@contextmanager
def time_budget(name: str, seconds: float = TIME_BUDGET_S) -> Iterator[None]:
    """Within this block, ``check_time`` refuses the file named ``name`` once ``seconds`` have passed."""
    token = _deadline.set((time.monotonic() + seconds, name))
    try:
        yield
    finally:
        _deadline.reset(token)


def extend_budget(seconds: float = OCR_TIME_BUDGET_S) -> None:
    """From now on, the file being read has at least ``seconds`` more: for work known to be slow but bounded
    (OCR). The file's own budget block still ends it."""
    current = _deadline.get()
    if current is not None:
        _deadline.set((max(current[0], time.monotonic() + seconds), current[1]))


def check_time() -> None:
    """Refuse the file being read if its time budget is spent."""
    current = _deadline.get()
    if current is not None and time.monotonic() > current[0]:
        raise ImportRejected(f"{current[1]}: takes too long to read (refused to keep the import moving)")


def remaining_time() -> float:
    """Seconds left in the current budget (a default budget outside any)."""
    current = _deadline.get()
    return TIME_BUDGET_S if current is None else current[0] - time.monotonic()
