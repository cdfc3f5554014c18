"""How much a flyer may hold: bounds that keep every render, preview and thumbnail within seconds.

A flyer is a handout, so the bounds are far above any real one (a 60-page reading pack fits); a file from
someone else that goes beyond them is refused with one plain line before layout starts, instead of keeping the
app's render thread busy for minutes.
"""

from __future__ import annotations

from collections.abc import Iterator

from organiser.errors import FlyerFormatError
from organiser.flyers.editions import text_slots
from organiser.flyers.model import Block, ComparisonBlock, Flyer, TwoColumns

MAX_TOTAL_CHARS = 400_000  # every printed text together (~130 A4 pages of running text)
MAX_TEXT_CHARS = 50_000  # one text: a paragraph, a cell, a caption
MAX_HEADLINE_CHARS = 1_000
MAX_BLOCKS = 2_000
MAX_CHART_ROWS = 300
MAX_CHART_SUBJECTS = 12
MAX_NESTING = 8  # columns inside columns


def _blocks(blocks: tuple[Block, ...], depth: int = 0) -> Iterator[tuple[Block, int]]:
    for block in blocks:
        yield block, depth
        if isinstance(block, TwoColumns):
            yield from _blocks((*block.left, *block.right), depth + 1)


def check_flyer_size(flyer: Flyer) -> None:
    """Raise FlyerFormatError naming the first bound the flyer breaks; return when it is within all of them."""
    for count, (block, depth) in enumerate(_blocks(flyer.blocks), start=1):
        if count > MAX_BLOCKS:
            raise FlyerFormatError(f"the flyer has more than {MAX_BLOCKS:,} blocks; split it into several flyers")
        if depth > MAX_NESTING:
            raise FlyerFormatError(f"block {block.id}: columns are nested more than {MAX_NESTING} deep")
        if isinstance(block, ComparisonBlock):
            table = block.table
            if len(table.criteria) > MAX_CHART_ROWS:
                raise FlyerFormatError(f"block {block.id}: a chart prints at most {MAX_CHART_ROWS} rows, "
                                       f"this one has {len(table.criteria):,}")
            if len(table.subjects) > MAX_CHART_SUBJECTS:
                raise FlyerFormatError(f"block {block.id}: a chart compares at most {MAX_CHART_SUBJECTS} subjects, "
                                       f"this one has {len(table.subjects):,}")
        if block.kind == "headline" and len(getattr(block, "text", "")) > MAX_HEADLINE_CHARS:
            raise FlyerFormatError(f"block {block.id}: a headline prints at most {MAX_HEADLINE_CHARS:,} characters")
    total = 0
    for slot in text_slots(flyer):
        if len(slot.text) > MAX_TEXT_CHARS:
            raise FlyerFormatError(f"{slot.place} ({slot.key}) has {len(slot.text):,} characters; one text prints "
                                   f"at most {MAX_TEXT_CHARS:,}")
        total += len(slot.text)
        if total > MAX_TOTAL_CHARS:
            raise FlyerFormatError(f"the flyer holds more than {MAX_TOTAL_CHARS:,} characters of text; split it into "
                                   "several flyers")
