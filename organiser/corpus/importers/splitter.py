"""Text to paragraphs: blank-line blocks, unwrapped lines, whitespace normalised, markdown markup stripped."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•□▪◦]|\d{1,3}[.)])\s+\S")
_LEADING_MARK = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•□▪◦]\s+)")
_TRAILING_HASHES = re.compile(r"\s+#+$")
_LINK = re.compile(r"!?\[([^\[\]]*(?:\\[\[\]][^\[\]]*)*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """One paragraph of source text: its plain text, its raw lines and its markdown heading level."""

    text: str
    lines: tuple[str, ...]
    heading_level: int = 0


# C0/C1 control characters that are not whitespace (category Cc minus \t \n \v \f \r \x1c-\x1f \x85).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _drop_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


def _strip_once(text: str) -> str:
    text = _LEADING_MARK.sub("", text.strip())
    text = _TRAILING_HASHES.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def clean_inline(text: str, markdown: bool = True) -> str:
    """One line of plain text: markup stripped until nothing changes (so cleaning is idempotent)."""
    text = _SPACE.sub(" ", _drop_controls(unicodedata.normalize("NFC", text))).strip()
    if not markdown:
        return text
    previous = None
    while previous != text:
        previous, text = text, _strip_once(text)
    return text


def is_list_item(line: str) -> bool:
    """A line that starts with a bullet or a number ("- item", "2. item")."""
    return bool(_LIST_ITEM.match(line))


def _starts_block(line: str) -> bool:
    return bool(_HEADING.match(line) or _LIST_ITEM.match(line))


def _raw_blocks(text: str) -> list[list[str]]:
    """Group lines into blocks: blank lines separate; a heading or list item starts a new block."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip() or (current and _starts_block(line)) or (current and _HEADING.match(current[0])):
            if current:
                blocks.append(current)
            current = []
        if line.strip():
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _heading_level(first_line: str) -> int:
    match = _HEADING.match(first_line)
    return len(match.group(1)) if match else 0


def split_blocks(text: str, markdown: bool = True) -> list[Block]:
    """Paragraph blocks in reading order; blocks whose text is empty after cleaning are dropped."""
    result: list[Block] = []
    for lines in _raw_blocks(text):
        plain = clean_inline(" ".join(line.strip() for line in lines), markdown)
        if plain:
            level = _heading_level(lines[0]) if markdown else 0
            result.append(Block(plain, tuple(lines), level))
    return result


def split_paragraphs(text: str, markdown: bool = True) -> list[str]:
    """Plain-text paragraphs: single lines, no leading/trailing whitespace, markup stripped."""
    return [block.text for block in split_blocks(text, markdown)]
