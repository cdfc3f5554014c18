"""Chart cells kept as templates: an edit to one answer lays out that cell alone, not the whole chart.

A chart is one block, so any change to it misses the block cache; its cells mostly did not change. Each cell is
built once per key (its text, verdict, styles and colours) and kept unwrapped and undrawn; a build gets a clone
that shares the template's line breaks per width (``ScriptParagraph.clone``), so a clone wraps at no cost and
two builds never share a flowable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Protocol, TypeVar

from organiser.printing.layout.memo import Memo

MAX_CELLS = 2048  # a chart has ~20-60 cells; fitting sizes and recent edits multiply them


class Clonable(Protocol):
    def clone(self) -> Clonable: ...


C = TypeVar("C", bound=Clonable)


class Setting:
    """What all cells of one chart build share (styles, colours), hashed once: a cell's key holds this.

    ``Setting.of`` gives the same object for equal values, so the cells' keys compare by identity.
    """

    __slots__ = ("values", "_hash")

    def __init__(self, *values: Hashable) -> None:
        self.values = values
        self._hash = hash(values)

    @classmethod
    def of(cls, *values: Hashable) -> Setting:
        made = cls(*values)
        with _settings_lock:
            known = _settings.get(made)
            if known is None:
                if len(_settings) >= MAX_SETTINGS:
                    _settings.clear()
                known = _settings[made] = made
            return known

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Setting) and self._hash == other._hash
                                 and self.values == other.values)

class Row(list):  # type: ignore[type-arg]
    """A chart row of cells (each a list of one flowable), cloned cell by cell."""

    def clone(self) -> Row:
        return Row([[flowable.clone() for flowable in cell] for cell in self])


CELLS: Memo[Clonable] = Memo(MAX_CELLS)
MAX_SETTINGS = 256
_settings: dict[Setting, Setting] = {}
_settings_lock = threading.Lock()


def cell(key: Hashable, make: Callable[[], C]) -> C:
    """A fresh copy of the cell ``make()`` builds for ``key`` (built once per key)."""
    try:
        template = CELLS.get(key)
    except TypeError:  # something unhashable in the key: not kept
        return make()
    if template is None:
        template = make()
        CELLS.put(key, template)
    return template.clone()  # type: ignore[return-value]
