"""Pure edits on a Flyer: each function returns a new Flyer and never mutates its argument."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from enum import Enum
from typing import Final, TypeVar

from organiser.errors import OrganiserError
from organiser.flyers.model import (
    Block,
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    PageSpec,
    PrintSettings,
    StatementBlock,
    TwoColumns,
    Verdict,
)

MIN_SUBJECTS: Final = 2
MAX_SUBJECTS: Final = 5

T = TypeVar("T")


class EditError(OrganiserError, LookupError):
    """An edit addressed something that does not exist (a block id, a row, a column)."""


class LimitError(OrganiserError, ValueError):
    """An edit would break a rule of the model (e.g. a table needs 2 to 5 subjects)."""


class _Keep(Enum):
    KEEP = 0


KEEP: Final = _Keep.KEEP


def new_block_id() -> str:
    return "b" + secrets.token_hex(4)


# ---- blocks ------------------------------------------------------------------------------------------------


def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block, depth first, including those inside two-column sections."""
    for block in blocks:
        yield block
        if isinstance(block, TwoColumns):
            yield from iter_blocks(block.left)
            yield from iter_blocks(block.right)


def find_block(flyer: Flyer, block_id: str) -> Block | None:
    return next((b for b in iter_blocks(flyer.blocks) if b.id == block_id), None)


def _unknown(block_id: str) -> EditError:
    return EditError(f"no block with id {block_id!r} in this flyer")


def _map_container(
    blocks: tuple[Block, ...], block_id: str, fn: Callable[[tuple[Block, ...], int], tuple[Block, ...]]
) -> tuple[Block, ...] | None:
    """Apply ``fn(container, index)`` to the tuple that holds ``block_id``; None when not found."""
    for i, block in enumerate(blocks):
        if block.id == block_id:
            return fn(blocks, i)
        if isinstance(block, TwoColumns):
            for side in ("left", "right"):
                inner = _map_container(getattr(block, side), block_id, fn)
                if inner is not None:
                    new = replace(block, left=inner) if side == "left" else replace(block, right=inner)
                    return blocks[:i] + (new,) + blocks[i + 1 :]
    return None


def _edit_container(
    flyer: Flyer, block_id: str, fn: Callable[[tuple[Block, ...], int], tuple[Block, ...]]
) -> Flyer:
    blocks = _map_container(flyer.blocks, block_id, fn)
    if blocks is None:
        raise _unknown(block_id)
    return replace(flyer, blocks=blocks)


def _check_new_ids(flyer: Flyer, block: Block) -> None:
    existing = {b.id for b in iter_blocks(flyer.blocks)}
    for b in iter_blocks((block,)):
        if b.id in existing:
            raise LimitError(f"block id {b.id!r} is already used in this flyer")


def add_block(flyer: Flyer, block: Block, index: int | None = None) -> Flyer:
    """Insert at ``index`` in the top-level list (append when None)."""
    _check_new_ids(flyer, block)
    blocks = list(flyer.blocks)
    blocks.insert(len(blocks) if index is None else index, block)
    return replace(flyer, blocks=tuple(blocks))


def remove_block(flyer: Flyer, block_id: str) -> Flyer:
    return _edit_container(flyer, block_id, lambda c, i: c[:i] + c[i + 1 :])


def move_block(flyer: Flyer, block_id: str, new_index: int) -> Flyer:
    """Move a block within the list that holds it (top level or one column); the index is clamped."""

    def move(container: tuple[Block, ...], i: int) -> tuple[Block, ...]:
        rest = list(container[:i] + container[i + 1 :])
        rest.insert(max(0, min(new_index, len(rest))), container[i])
        return tuple(rest)

    return _edit_container(flyer, block_id, move)


def replace_block(flyer: Flyer, block: Block) -> Flyer:
    """Put ``block`` in place of the block with the same id."""
    return _edit_container(flyer, block.id, lambda c, i: c[:i] + (block,) + c[i + 1 :])


def set_page(flyer: Flyer, page: PageSpec) -> Flyer:
    return replace(flyer, page=page)


def set_theme(flyer: Flyer, name: str) -> Flyer:
    return replace(flyer, theme=name)


def set_print(flyer: Flyer, settings: PrintSettings) -> Flyer:
    return replace(flyer, print=settings)


# ---- statements --------------------------------------------------------------------------------------------


def statement_block_from(statement_id: int | None, text: str, citation: Citation) -> StatementBlock:
    return StatementBlock(id=new_block_id(), statement_id=statement_id, text=text, citation=citation)


def refresh_statement(flyer: Flyer, block_id: str, new_text: str) -> Flyer:
    """Take the corpus's current text into a statement block."""
    block = find_block(flyer, block_id)
    if block is None:
        raise _unknown(block_id)
    if not isinstance(block, StatementBlock):
        raise EditError(f"block {block_id!r} is not a statement")
    return replace_block(flyer, replace(block, text=new_text))


def stale_statements(flyer: Flyer, current_texts: Mapping[int, str]) -> list[str]:
    """Ids of statement blocks whose printed text differs from the corpus text (unknown ids are skipped)."""
    return [
        b.id
        for b in iter_blocks(flyer.blocks)
        if isinstance(b, StatementBlock)
        and b.statement_id is not None
        and b.statement_id in current_texts
        and current_texts[b.statement_id] != b.text
    ]


# ---- comparison tables -------------------------------------------------------------------------------------


def _table_block(flyer: Flyer, block_id: str) -> ComparisonBlock:
    block = find_block(flyer, block_id)
    if block is None:
        raise _unknown(block_id)
    if not isinstance(block, ComparisonBlock):
        raise EditError(f"block {block_id!r} is not a comparison table")
    return block


def _with_table(flyer: Flyer, block_id: str, fn: Callable[[ComparisonTable], ComparisonTable]) -> Flyer:
    block = _table_block(flyer, block_id)
    return replace_block(flyer, replace(block, table=fn(block.table)))


def _check_index(what: str, index: int, count: int) -> None:
    if not 0 <= index < count:
        raise EditError(f"{what} {index + 1} does not exist (the table has {count})")


def _insert(items: tuple[T, ...], index: int | None, item: T) -> tuple[T, ...]:
    out = list(items)
    out.insert(len(out) if index is None else index, item)
    return tuple(out)


def _move(items: tuple[T, ...], index: int, new_index: int) -> tuple[T, ...]:
    out = list(items)
    item = out.pop(index)
    out.insert(max(0, min(new_index, len(out))), item)
    return tuple(out)


def _set(items: tuple[T, ...], index: int, item: T) -> tuple[T, ...]:
    return items[:index] + (item,) + items[index + 1 :]


def _edit_cell(
    flyer: Flyer, block_id: str, row: int, col: int, fn: Callable[[Cell], Cell]
) -> Flyer:
    def edit(t: ComparisonTable) -> ComparisonTable:
        _check_index("row", row, len(t.criteria))
        _check_index("column", col, len(t.subjects))
        crit = t.criteria[row]
        cells = _set(crit.cells, col, fn(crit.cells[col]))
        return replace(t, criteria=_set(t.criteria, row, replace(crit, cells=cells)))

    return _with_table(flyer, block_id, edit)


def edit_cell(
    flyer: Flyer,
    block_id: str,
    row: int,
    col: int,
    text: str | None = None,
    verdict: Verdict | None | _Keep = KEEP,
    evidence: tuple[Citation, ...] | None = None,
) -> Flyer:
    """Change a cell; arguments left at their default keep the cell's current value."""

    def change(cell: Cell) -> Cell:
        return Cell(
            text=cell.text if text is None else text,
            verdict=cell.verdict if isinstance(verdict, _Keep) else verdict,
            evidence=cell.evidence if evidence is None else evidence,
        )

    return _edit_cell(flyer, block_id, row, col, change)


def add_evidence(flyer: Flyer, block_id: str, row: int, col: int, citation: Citation) -> Flyer:
    return _edit_cell(flyer, block_id, row, col, lambda c: replace(c, evidence=c.evidence + (citation,)))


def remove_evidence(flyer: Flyer, block_id: str, row: int, col: int, index: int) -> Flyer:
    def drop(cell: Cell) -> Cell:
        _check_index("evidence item", index, len(cell.evidence))
        return replace(cell, evidence=cell.evidence[:index] + cell.evidence[index + 1 :])

    return _edit_cell(flyer, block_id, row, col, drop)


def add_criterion(flyer: Flyer, block_id: str, label: str, index: int | None = None) -> Flyer:
    def add(t: ComparisonTable) -> ComparisonTable:
        crit = Criterion(label=label, cells=tuple(Cell() for _ in t.subjects))
        return replace(t, criteria=_insert(t.criteria, index, crit))

    return _with_table(flyer, block_id, add)


def remove_criterion(flyer: Flyer, block_id: str, row: int) -> Flyer:
    def remove(t: ComparisonTable) -> ComparisonTable:
        _check_index("row", row, len(t.criteria))
        return replace(t, criteria=t.criteria[:row] + t.criteria[row + 1 :])

    return _with_table(flyer, block_id, remove)


def move_criterion(flyer: Flyer, block_id: str, row: int, new_row: int) -> Flyer:
    def move(t: ComparisonTable) -> ComparisonTable:
        _check_index("row", row, len(t.criteria))
        return replace(t, criteria=_move(t.criteria, row, new_row))

    return _with_table(flyer, block_id, move)


def rename_criterion(flyer: Flyer, block_id: str, row: int, label: str) -> Flyer:
    def rename(t: ComparisonTable) -> ComparisonTable:
        _check_index("row", row, len(t.criteria))
        return replace(t, criteria=_set(t.criteria, row, replace(t.criteria[row], label=label)))

    return _with_table(flyer, block_id, rename)


def _map_rows(
    t: ComparisonTable, fn: Callable[[tuple[Cell, ...]], tuple[Cell, ...]]
) -> tuple[Criterion, ...]:
    return tuple(replace(c, cells=fn(c.cells)) for c in t.criteria)


def add_subject(flyer: Flyer, block_id: str, name: str, index: int | None = None) -> Flyer:
    def add(t: ComparisonTable) -> ComparisonTable:
        if len(t.subjects) >= MAX_SUBJECTS:
            raise LimitError(f"a comparison table has at most {MAX_SUBJECTS} subjects")
        return replace(
            t,
            subjects=_insert(t.subjects, index, name),
            criteria=_map_rows(t, lambda cells: _insert(cells, index, Cell())),
        )

    return _with_table(flyer, block_id, add)


def remove_subject(flyer: Flyer, block_id: str, col: int) -> Flyer:
    def remove(t: ComparisonTable) -> ComparisonTable:
        _check_index("column", col, len(t.subjects))
        if len(t.subjects) <= MIN_SUBJECTS:
            raise LimitError(f"a comparison table needs at least {MIN_SUBJECTS} subjects")
        return replace(
            t,
            subjects=t.subjects[:col] + t.subjects[col + 1 :],
            criteria=_map_rows(t, lambda cells: cells[:col] + cells[col + 1 :]),
        )

    return _with_table(flyer, block_id, remove)


def move_subject(flyer: Flyer, block_id: str, col: int, new_col: int) -> Flyer:
    def move(t: ComparisonTable) -> ComparisonTable:
        _check_index("column", col, len(t.subjects))
        return replace(
            t,
            subjects=_move(t.subjects, col, new_col),
            criteria=_map_rows(t, lambda cells: _move(cells, col, new_col)),
        )

    return _with_table(flyer, block_id, move)


def rename_subject(flyer: Flyer, block_id: str, col: int, name: str) -> Flyer:
    def rename(t: ComparisonTable) -> ComparisonTable:
        _check_index("column", col, len(t.subjects))
        return replace(t, subjects=_set(t.subjects, col, name))

    return _with_table(flyer, block_id, rename)
