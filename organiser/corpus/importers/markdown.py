"""Markdown (.md) files: YAML-style front matter gives metadata, the body goes through the splitter."""

from __future__ import annotations

import re
from pathlib import Path

from organiser.corpus.importers.dates import first_date
from organiser.corpus.importers.document import Hints
from organiser.corpus.importers.encoding import check_lines, decode_bytes
from organiser.corpus.importers.splitter import Block, split_blocks

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_]+)\s*:\s*(.+?)\s*$")


def _fields(front: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in front.splitlines():
        if match := _FIELD.match(line):
            fields[match.group(1).lower()] = match.group(2).strip("\"'")
    return fields


def _hints(fields: dict[str, str]) -> Hints:
    author = fields.get("author") or fields.get("authors") or ""
    date = fields.get("date")
    return Hints(
        title=fields.get("title"),
        outlet=fields.get("publisher") or fields.get("outlet") or fields.get("source"),
        authors=[name.strip() for name in author.strip("[]").split(",") if name.strip()],
        date=first_date(date) if date else None,
        url=fields.get("url") or fields.get("link"),
        rights=fields.get("rights") or fields.get("copyright"),
    )


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of the markdown body and the front matter's metadata."""
    text = check_lines(decode_bytes(path.read_bytes(), path.name), path.name)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return split_blocks(text), Hints()
    return split_blocks(text[match.end() :]), _hints(_fields(match.group(1)))
