"""CSV that is safe to hand to a spreadsheet, and CSV reading that fails with one plain line.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by spreadsheet apps as a formula
(``=HYPERLINK(...)``, ``+cmd|...``). Written cells get a leading apostrophe (OWASP's rule, which spreadsheets show as
text); reading strips exactly one apostrophe again, so a round trip keeps the text. A cell that already starts with
apostrophes before such a character gets one more, so it too comes back unchanged.
"""

from __future__ import annotations

import csv
import io
import re

from organiser.errors import ImportRejected

# A line feed is included: reading turns a quoted cell's CR into LF, and its apostrophe must still come off.
_TRIGGER = re.compile(r"^'*[=+\-@\t\r\n]")
MAX_CELL_CHARS = 131_072  # the csv module's own default; longer cells are refused with their line
MAX_CSV_BYTES = 4 * 1024 * 1024


def neutralise(cell: str) -> str:
    """The cell as written to a CSV file: a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + cell if _TRIGGER.match(cell) else cell


def restore(cell: str) -> str:
    """The inverse of ``neutralise`` for a cell read back from a CSV file."""
    return cell[1:] if cell.startswith("'") and _TRIGGER.match(cell[1:]) else cell


def read_rows(text: str, delimiter: str, name: str) -> list[list[str]]:
    """Rows of ``text`` with any line endings (CRLF, LF, bare CR); errors name the line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append([restore(cell) for cell in row])
    except csv.Error as exc:
        line = reader.line_num
        reason = str(exc)
        if "field larger than field limit" in reason:
            reason = f"a cell is longer than {MAX_CELL_CHARS:,} characters"
        elif "NUL" in reason:
            reason = "the file holds NUL bytes (not a text file)"
        raise ImportRejected(f"{name}: line {line}: {reason}") from None
    return rows


def decode_utf16(data: bytes, name: str) -> str:
    """UTF-16 with a byte-order mark; a truncated file (odd length) is refused with its reason."""
    if len(data) % 2:
        raise ImportRejected(f"{name}: not valid UTF-16 (the file ends in the middle of a character)")
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ImportRejected(f"{name}: not valid UTF-16 (byte {exc.start})") from None


def check_size(size: int, name: str) -> None:
    if size > MAX_CSV_BYTES:
        raise ImportRejected(f"{name}: {size / 1e6:.1f} MB is more than the {MAX_CSV_BYTES // 1_000_000} MB "
                             f"a chart CSV may have")
