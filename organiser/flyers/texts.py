"""Every piece of user text in a flyer, to read (placeholders, merge fields) or to rewrite in one pass."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from typing import Any

from organiser.flyers.model import Block, ComparisonBlock, Criterion, Flyer, TwoColumns

# Attributes that hold text a reader sees (or a link a phone opens); ids, kinds, paths and numbers are not text.
_TEXT_ATTRIBUTES = frozenset({"text", "title", "attribution", "items", "caption", "credit", "url", "what", "when",
                              "where", "speakers", "details", "website", "contact", "note"})

TextFn = Callable[[str], str]


def _is_text(block: Block, name: str) -> bool:
    return name in _TEXT_ATTRIBUTES and not isinstance(block, (ComparisonBlock, TwoColumns))


def iter_texts(flyer: Flyer) -> Iterator[tuple[str | None, str, str]]:
    """(block id or None for the flyer itself, field name, text) for every non-empty text, in reading order."""
    if flyer.title:
        yield None, "title", flyer.title
    yield from _block_texts(flyer.blocks)


def _block_texts(blocks: tuple[Block, ...]) -> Iterator[tuple[str | None, str, str]]:
    for block in blocks:
        if isinstance(block, TwoColumns):
            yield from _block_texts(block.left)
            yield from _block_texts(block.right)
            continue
        if isinstance(block, ComparisonBlock):
            t = block.table
            for name, value in (("title", t.title), ("criterion_heading", t.criterion_heading)):
                if value:
                    yield block.id, name, value
            for subject in t.subjects:
                yield block.id, "subjects", subject
            for crit in t.criteria:
                yield block.id, "criteria", crit.label
                for cell in crit.cells:
                    if cell.text:
                        yield block.id, "cells", cell.text
            continue
        for f in fields(block):
            if not _is_text(block, f.name):
                continue
            value = getattr(block, f.name)
            for text in value if isinstance(value, tuple) else (value,):
                if isinstance(text, str) and text:
                    yield block.id, f.name, text


def _map_block(block: Block, fn: TextFn) -> Block:
    if isinstance(block, TwoColumns):
        return replace(block, left=tuple(_map_block(b, fn) for b in block.left),
                       right=tuple(_map_block(b, fn) for b in block.right))
    if isinstance(block, ComparisonBlock):
        t = block.table
        criteria = tuple(Criterion(fn(c.label), tuple(replace(cell, text=fn(cell.text)) for cell in c.cells))
                         for c in t.criteria)
        table = replace(t, title=fn(t.title), criterion_heading=fn(t.criterion_heading),
                        subjects=tuple(fn(s) for s in t.subjects), criteria=criteria)
        return replace(block, table=table)
    changes: dict[str, Any] = {}
    for f in fields(block):
        if not _is_text(block, f.name):
            continue
        value = getattr(block, f.name)
        if isinstance(value, tuple):
            changes[f.name] = tuple(fn(v) if isinstance(v, str) else v for v in value)
        elif isinstance(value, str):
            changes[f.name] = fn(value)
    return replace(block, **changes) if changes else block


def map_texts(flyer: Flyer, fn: TextFn) -> Flyer:
    """The flyer with ``fn`` applied to its title and to every text of every block (charts included)."""
    return replace(flyer, title=fn(flyer.title), blocks=tuple(_map_block(b, fn) for b in flyer.blocks))
