"""Data merge: ``{venue}``-style fields in a flyer's text, filled from one row of a CSV table per copy."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from organiser.errors import OrganiserError
from organiser.flyers.model import Flyer
from organiser.flyers.texts import iter_texts, map_texts

FIELD_RE = re.compile(r"\{([^{}\n]{1,40})\}")
MAX_ROWS = 5000


class MergeError(OrganiserError, ValueError):
    """The rows file cannot be used for a merge (unreadable, no header, no rows)."""


def field_key(name: str) -> str:
    """Field names match whatever their case and spacing: ``{Venue}`` is the column " venue "."""
    return " ".join(name.split()).casefold()


def fields_in(flyer: Flyer) -> list[str]:
    """The merge fields the flyer uses, in first-use order (as written)."""
    seen: dict[str, str] = {}
    for _bid, _field, text in iter_texts(flyer):
        for m in FIELD_RE.finditer(text):
            seen.setdefault(field_key(m.group(1)), m.group(1).strip())
    return list(seen.values())


@dataclass(frozen=True)
class MergeTable:
    """The rows of a merge: ``columns`` as written in the header, each row keyed by ``field_key``."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    line_numbers: tuple[int, ...] = ()  # the file's line of each row, for error messages

    def line(self, index: int) -> int:
        return self.line_numbers[index] if index < len(self.line_numbers) else index + 2


def read_rows(path: Path) -> MergeTable:
    """Read a CSV (comma, semicolon or tab; UTF-8 with or without BOM) whose first line names the fields."""
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise MergeError(f"{path}: cannot read the file ({err.strerror or err})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MergeError(f"{path}: not UTF-8 text; save the sheet as “CSV UTF-8”") from None
    return parse_rows(text, str(path))


def parse_rows(text: str, name: str = "rows") -> MergeTable:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise MergeError(f"{name}: the file is empty; its first line must name the fields") from None
    except csv.Error as err:
        raise MergeError(f"{name}: not a CSV table ({err})") from None
    columns = tuple(c.strip() for c in header)
    if not any(columns):
        raise MergeError(f"{name}: the first line must name the fields (venue, time, …)")
    keys = [field_key(c) for c in columns]
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            row = {k: v.strip() for k, v in zip(keys, values, strict=False) if k}
            rows.append(row)
            lines.append(reader.line_num)
            if len(rows) > MAX_ROWS:
                raise MergeError(f"{name}: more than {MAX_ROWS} rows; split the file")
    except csv.Error as err:
        raise MergeError(f"{name}, line {reader.line_num}: {err}") from None
    if not rows:
        raise MergeError(f"{name}: there are field names but no rows under them")
    return MergeTable(columns, tuple(rows), tuple(lines))


@dataclass(frozen=True)
class MergedRow:
    """One row's copy of the flyer and the fields that row left empty."""

    index: int
    name: str
    flyer: Flyer
    missing: tuple[str, ...] = field(default_factory=tuple)


def merge_row(flyer: Flyer, row: dict[str, str]) -> tuple[Flyer, tuple[str, ...]]:
    """Fill every ``{field}`` from ``row``; fields the row lacks (or leaves empty) stay as written and are
    returned, so the caller can say which."""
    missing: dict[str, str] = {}

    def fill(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            key = field_key(m.group(1))
            value = row.get(key, "")
            if not value:
                missing.setdefault(key, m.group(1).strip())
                return m.group(0)
            return value

        return FIELD_RE.sub(one, text) if "{" in text else text

    return map_texts(flyer, fill), tuple(missing.values())


def file_stem(value: str, fallback: str) -> str:
    """A file name from a row's first column (``Kyiv / Podil`` → ``Kyiv - Podil``)."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " - ", value)
    name = " ".join(name.split()).strip(". -")
    return name[:80] or fallback


def merge_all(flyer: Flyer, table: MergeTable) -> list[MergedRow]:
    """Every row's copy, named from its first column (numbered when names repeat or are empty)."""
    first = field_key(table.columns[0]) if table.columns else ""
    used: set[str] = set()
    out: list[MergedRow] = []
    for i, row in enumerate(table.rows):
        stem = file_stem(row.get(first, ""), f"row {i + 1}")
        name, n = stem, 2
        while name.casefold() in used:
            name, n = f"{stem} ({n})", n + 1
        used.add(name.casefold())
        merged, missing = merge_row(flyer, row)
        out.append(MergedRow(i, name, merged, missing))
    return out
