"""Citation numbering: sources in order of first use across a flyer, de-duplicated by source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from organiser.flyers.model import (
    Block,
    Citation,
    ComparisonBlock,
    Flyer,
    Quote,
    SourcesBlock,
    StatementBlock,
    TwoColumns,
)


def citation_key(c: Citation) -> tuple[object, ...]:
    """Two citations of the same source share a number: by source id, else by title + URL."""
    if c.source_id is not None:
        return ("id", c.source_id)
    return ("t", c.source_title.strip().casefold(), (c.source_url or "").strip())


def is_sourced(c: Citation | None) -> bool:
    """Whether a citation names anything a reader could look up."""
    return c is not None and bool(c.source_title.strip() or c.source_url or c.source_id is not None)


def iter_blocks(blocks: Iterable[Block]) -> Iterator[Block]:
    """Every block in reading order, the contents of two-column sections included (left then right)."""
    for b in blocks:
        yield b
        if isinstance(b, TwoColumns):
            yield from iter_blocks(b.left)
            yield from iter_blocks(b.right)


def block_citations(block: Block) -> list[Citation]:
    """Citations a single block prints, in the order it prints them."""
    if isinstance(block, StatementBlock):
        return [block.citation]
    if isinstance(block, Quote):
        return [block.citation] if block.citation is not None else []
    if isinstance(block, ComparisonBlock):
        return [ev for crit in block.table.criteria for cell in crit.cells for ev in cell.evidence]
    return []


@dataclass
class SourceIndex:
    """Numbered sources (1-based) and the statement ids behind them."""

    entries: list[Citation] = field(default_factory=list)
    _numbers: dict[tuple[object, ...], int] = field(default_factory=dict)
    statement_ids: list[int] = field(default_factory=list)
    listed: bool = True  # a Sources list is printed: citations carry its numbers "[n]"

    def add(self, c: Citation) -> int | None:
        """Number for ``c`` (assigning the next one on first use); None when it names no source."""
        if c.statement_id is not None and c.statement_id not in self.statement_ids:
            self.statement_ids.append(c.statement_id)
        if not is_sourced(c):
            return None
        key = citation_key(c)
        num = self._numbers.get(key)
        if num is None:
            self.entries.append(c)
            num = len(self.entries)
            self._numbers[key] = num
        return num

    def number(self, c: Citation | None) -> int | None:
        """The source's number in the printed list; None without a list (a number nothing resolves) or with a
        single source (its list is not numbered: one numbering scheme is left for the texts' own references)."""
        if c is None or not is_sourced(c) or not self.listed or len(self.entries) < 2:
            return None
        return self._numbers.get(citation_key(c))

    @classmethod
    def for_flyer(cls, flyer: Flyer) -> SourceIndex:
        index = cls()
        index.listed = any(isinstance(b, SourcesBlock) for b in iter_blocks(flyer.blocks))
        for block in iter_blocks(flyer.blocks):
            sid = block.statement_id if isinstance(block, StatementBlock) else None
            if sid is not None and sid not in index.statement_ids:
                index.statement_ids.append(sid)
            for c in block_citations(block):
                index.add(c)
        return index


def source_line(c: Citation) -> str:
    """One entry of the printed sources list: title, outlet, date, URL."""
    fields = (c.source_title, c.outlet or "", c.source_date or "", c.source_url or "")
    parts = [p.strip() for p in fields if p and p.strip()]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."
