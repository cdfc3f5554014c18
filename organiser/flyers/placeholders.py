"""Template placeholders: ``[[What to write here]]`` marks text a new flyer's author must replace."""

from __future__ import annotations

import re

from organiser.flyers.model import Flyer
from organiser.flyers.texts import iter_texts
from organiser.records import record

OPEN, CLOSE = "[[", "]]"
PLACEHOLDER_RE = re.compile(r"\[\[([^\[\]]{1,200})\]\]")


def placeholder(hint: str) -> str:
    """The marked text shown in the editor and flagged by preflight until it is replaced."""
    return f"{OPEN}{hint}{CLOSE}"


def placeholders_in(text: str) -> list[str]:
    """The hints of every placeholder left in ``text``."""
    return [m.group(1).strip() for m in PLACEHOLDER_RE.finditer(text)]


def has_placeholder(text: str) -> bool:
    return PLACEHOLDER_RE.search(text) is not None


@record
class LeftOver:
    """A placeholder still in the flyer: where it is and what it asks for."""

    block_id: str | None
    field: str
    hint: str


def leftovers(flyer: Flyer) -> list[LeftOver]:
    """Every placeholder still in the flyer (the title included), in reading order."""
    out: list[LeftOver] = []
    for block_id, field, text in iter_texts(flyer):
        out += [LeftOver(block_id, field, hint) for hint in placeholders_in(text)]
    return out
