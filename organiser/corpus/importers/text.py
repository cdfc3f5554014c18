"""Plain-text (.txt) files, which often carry markdown markup copied from web pages."""

from __future__ import annotations

from pathlib import Path

from organiser.corpus.importers.document import Hints
from organiser.corpus.importers.encoding import check_lines, decode_bytes
from organiser.corpus.importers.splitter import Block, split_blocks


def extract(path: Path) -> tuple[list[Block], Hints]:
    """Paragraph blocks of a text file (markdown markup stripped) and no format hints."""
    text = check_lines(decode_bytes(path.read_bytes(), path.name), path.name)
    return split_blocks(text), Hints()
