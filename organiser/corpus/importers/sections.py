"""Paragraph blocks to typed sections: heading, statement or boilerplate, using the blocks around each."""

from __future__ import annotations

from collections.abc import Sequence

from organiser.corpus.importers.boilerplate import is_boilerplate
from organiser.corpus.importers.document import Section
from organiser.corpus.importers.splitter import Block, is_list_item

_NO_HEADING_END = tuple(".,;:!…")
_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 90


def is_title_like(block: Block) -> bool:
    """Short single line without sentence-ending punctuation ("Why we carry this banner")."""
    text = block.text
    return (
        len(block.lines) == 1
        and not is_list_item(block.lines[0])  # list items are content ("- He would defend ..."), not titles
        and len(text) <= _MAX_HEADING_CHARS
        and len(text.split()) <= _MAX_HEADING_WORDS
        and not text.endswith(_NO_HEADING_END)
        and (text[0].isupper() or text[0].isdigit() or not text[0].isalpha())
    )


def _furniture_flags(blocks: Sequence[Block], title: str | None, title_index: int | None) -> list[bool]:
    """Boilerplate by content, plus repeats: the title printed again, a paragraph seen before."""
    seen: set[str] = set()
    flags: list[bool] = []
    title_key = (title or "").casefold()
    for index, block in enumerate(blocks):
        key = block.text.casefold()
        repeated = key in seen or (index != title_index and key == title_key)
        flags.append(index != title_index and (repeated or is_boilerplate(block.text, block.lines)))
        seen.add(key)
    return flags


def _followed_by_body(blocks: Sequence[Block], flags: Sequence[bool], index: int) -> bool:
    for later in range(index + 1, len(blocks)):
        if not flags[later]:
            block = blocks[later]
            return block.heading_level == 0 and not is_title_like(block)
    return False


def _section(blocks: Sequence[Block], flags: Sequence[bool], index: int, title_index: int | None) -> Section:
    block = blocks[index]
    if index == title_index:
        return Section("heading", block.text, 1)
    if flags[index]:
        return Section("boilerplate", block.text)
    if block.heading_level:
        return Section("heading", block.text, block.heading_level)
    if is_title_like(block):
        if _followed_by_body(blocks, flags, index):
            return Section("heading", block.text, 2)
        return Section("boilerplate", block.text)
    return Section("statement", block.text)


def classify(blocks: Sequence[Block], title: str | None, title_index: int | None) -> list[Section]:
    """Sections in reading order; the title block becomes a level-1 heading."""
    flags = _furniture_flags(blocks, title, title_index)
    return [_section(blocks, flags, index, title_index) for index in range(len(blocks))]
