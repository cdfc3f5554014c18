"""Comparison charts as CSV: subjects across the first row, one criterion per further row."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from organiser.atomic import write_files_atomically
from organiser.errors import FlyerFormatError, ImportRejected
from organiser.flyers.csv_safety import check_size, decode_utf16, neutralise, read_rows
from organiser.flyers.model import (
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    SourcesBlock,
    Verdict,
)

MIN_SUBJECTS, MAX_SUBJECTS = 2, 5

# A verdict written at the start of a cell: "Yes.", "No –", "Arguably,", "Partly:". The full text is kept.
_VERDICT_RE = re.compile(
    r"^\s*(?:(yes|no|arguably|unknown)\b\s*(?:[.,:;!–—-]|$)|(partly)\b)", re.IGNORECASE
)


def verdict_of(text: str) -> Verdict | None:
    m = _VERDICT_RE.match(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    verdict: Verdict = "yes" if word == "yes" else "no" if word == "no" else "partly" if word == "partly" \
        else "arguably" if word == "arguably" else "unknown"
    return verdict


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return decode_utf16(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Spreadsheet apps on Windows save in the local code page: Cyrillic (cp1251) or Western (cp1252).
    # A text that decodes to many Cyrillic letters under cp1251 is taken as Cyrillic.
    try:
        cyr = data.decode("cp1251")
    except UnicodeDecodeError:
        cyr = ""
    letters = [c for c in cyr if c.isalpha()]
    if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 2:
        return cyr
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportRejected(f"{name}: not a text file in UTF-8, cp1252 or cp1251") from None


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:65536].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_chart_csv(text: str, name: str, title: str | None = None) -> ComparisonTable:
    """The table in ``text``; ``name`` (a file name) is used in error messages and as the default title."""
    rows = read_rows(text, _delimiter(text), name)
    numbered = [(i + 1, [c.strip() for c in row]) for i, row in enumerate(rows)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ImportRejected(f"{name}: the file is empty")
    header_line, header = numbered[0]
    while header and not header[-1]:
        header.pop()
    heading, subjects = (header[0], tuple(header[1:])) if header else ("", ())
    if not MIN_SUBJECTS <= len(subjects) <= MAX_SUBJECTS:
        raise ImportRejected(
            f"{name}: line {header_line}: a comparison chart needs {MIN_SUBJECTS} to {MAX_SUBJECTS} subjects "
            f"in the first row, found {len(subjects)}"
        )
    if not all(subjects):
        raise ImportRejected(f"{name}: line {header_line}: a subject name in the first row is empty")
    criteria = []
    for line, row in numbered[1:]:
        while len(row) > len(subjects) + 1 and not row[-1]:
            row.pop()
        if len(row) > len(subjects) + 1:
            raise ImportRejected(
                f"{name}: line {line}: {len(row) - 1} cells but the chart has {len(subjects)} subjects"
            )
        cells = row[1:] + [""] * (len(subjects) + 1 - len(row))
        criteria.append(Criterion(row[0], tuple(Cell(text=c, verdict=verdict_of(c)) for c in cells)))
    if not criteria:
        raise ImportRejected(f"{name}: no criteria: the chart needs at least one row under the subjects")
    return ComparisonTable(
        title=title if title is not None else Path(name).stem,
        subjects=subjects,
        criteria=tuple(criteria),
        criterion_heading=heading,
    )


def read_chart_csv(path: Path, title: str | None = None) -> ComparisonTable:
    try:
        check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    return parse_chart_csv(_decode(data, str(path)), str(path), title)


def chart_csv_text(table: ComparisonTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in (table.criterion_heading, *table.subjects)])
    for crit in table.criteria:
        writer.writerow([neutralise(c) for c in (crit.label, *(c.text for c in crit.cells))])
    return out.getvalue()


def write_chart_csv(table: ComparisonTable, path: Path) -> None:
    """UTF-8 with a BOM (spreadsheet apps then read it as UTF-8), written atomically."""
    data = ("\ufeff" + chart_csv_text(table)).encode("utf-8")
    write_files_atomically([(path, data)])


def chart_flyer(table: ComparisonTable) -> Flyer:
    """A comparison-chart flyer: the title as headline, the chart, and the sources list."""
    from organiser.flyers.ops import new_block_id

    return Flyer(
        title=table.title,
        blocks=(
            Headline(new_block_id(), table.title),
            ComparisonBlock(new_block_id(), table),
            SourcesBlock(new_block_id()),
        ),
        template="comparison",
    )


def first_table(flyer: Flyer) -> ComparisonTable:
    from organiser.flyers.ops import iter_blocks

    for block in iter_blocks(flyer.blocks):
        if isinstance(block, ComparisonBlock):
            return block.table
    raise FlyerFormatError(f"flyer {flyer.id}: has no comparison table")
