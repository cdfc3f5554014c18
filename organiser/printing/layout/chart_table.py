"""The side-by-side chart table, measured from its cells: ReportLab's table is made only to split or draw it.

Fitting sets a chart at several type sizes and keeps one; ReportLab's ``Table`` costs its construction, its style
commands applied cell by cell and a measuring pass at each size. A trial only needs the height, which is the sum of
the rows' tallest cells plus their padding: ``ChartTable`` computes exactly what ``Table._calc_height`` computes for
this kind of table (no spans, rows sized by their content, one flowable per cell), from paddings read once per
table shape. Anything beyond that — a table taller than the room, a split, the drawing — goes to the real table.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any

from reportlab.platypus import Flowable, TableStyle

from organiser.printing.layout.chart_rows import WholeRowsTable

_CELL_ROOM = 72000  # the height ReportLab's table offers a cell when it measures it


Paddings = tuple[tuple[tuple[float, float, float, float], ...], ...]
_known: dict[Hashable, Paddings] = {}
_known_lock = threading.Lock()
_MAX_SHAPES = 256


def _paddings(rows: int, widths: list[float], commands: list[Any], kw: dict[str, Any]) -> Paddings:
    """(left, right, top, bottom) padding of every cell of a table of this shape, as ReportLab resolves them."""
    padding = [command for command in commands if command[0].endswith("PADDING")]  # the only ones that count
    key = (rows, tuple(widths), tuple(map(tuple, padding)), tuple(sorted(kw.items())))
    with _known_lock:
        found = _known.get(key)
    if found is None:
        skeleton = WholeRowsTable([[""] * len(widths) for _ in range(rows)], colWidths=list(widths), **kw)
        skeleton.setStyle(TableStyle(padding))
        found = tuple(tuple((s.leftPadding, s.rightPadding, s.topPadding, s.bottomPadding) for s in row)
                      for row in skeleton._cellStyles)
        with _known_lock:
            if len(_known) >= _MAX_SHAPES:
                _known.clear()
            _known[key] = found
    return found


class ChartTable(Flowable):  # type: ignore[misc]
    """A ``WholeRowsTable`` of one flowable per cell, measured without being made."""

    def __init__(self, rows: list[list[Any]], widths: list[float], commands: list[Any],
                 parts: dict[Hashable, Any] | None = None, **kw: Any) -> None:
        super().__init__()
        self.rows, self.widths, self.commands, self.kw = rows, widths, commands, kw
        self.parts = parts or {}  # the rows by what they were made from: the next version of the chart takes them
        self.hAlign = kw.get("hAlign", "CENTER")
        self._table: WholeRowsTable | None = None
        self._wrapped_at: tuple[float, float] | None = None
        self._pads = _paddings(len(rows), widths, commands, kw)

    def table(self) -> WholeRowsTable:
        """ReportLab's table of these cells (made once)."""
        if self._table is None:
            table = WholeRowsTable(self.rows, colWidths=list(self.widths), **self.kw)
            table.setStyle(TableStyle(self.commands))
            self._table = table
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self._wrapped_at = (availWidth, availHeight)
        if self._table is None:
            height = self._measure(availHeight)
            if height is not None:
                self.width, self.height = self._width(), height
                return self.width, self.height
        self.width, self.height = self.table().wrap(availWidth, availHeight)
        return self.width, self.height

    def _width(self) -> float:
        width = 0.0
        for w in self.widths:  # as ``Table._calc_width`` adds the given column widths
            width += w
        return width

    def _measure(self, room: float) -> float | None:
        """``Table._calc_height`` for this table: None when it would not fit ``room`` (ReportLab decides then)."""
        heights: list[float] = []
        total = 0.0
        for row, pads in zip(self.rows, self._pads, strict=True):
            tallest = 0.0
            for cell, width, (left, right, top, bottom) in zip(row, self.widths, pads, strict=True):
                flowable = cell[0]
                t = flowable.wrapOn(getattr(self, "canv", None), width - left - right, _CELL_ROOM - top - bottom)[1]
                t += bottom + top
                if t > tallest:
                    tallest = t
            heights.append(tallest)
            total += tallest
            if total > room:
                return None
        height = c = 0.0
        for h in reversed(heights):  # the compensated sum ReportLab uses for the row positions
            y = h - c
            t = height + y
            c = (t - height) - y
            height = t
        return height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 - ReportLab API
        return list(self.table().split(availWidth, availHeight))

    def draw(self) -> None:
        table = self.table()
        table.wrap(*(self._wrapped_at or (self.width, self.height)))
        table.canv = self.canv
        try:
            table.draw()
        finally:
            del table.canv
