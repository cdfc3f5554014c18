"""Chart tables that break only between rows: a reader compares the answers of one row side by side."""

from __future__ import annotations

from collections.abc import Hashable
from functools import partial
from typing import Any

from reportlab.platypus import Table

from organiser.printing.layout.recorded import Recording, draw_recorded


class WholeRowsTable(Table):  # type: ignore[misc]
    """A table that moves a row that does not fit to the next page instead of cutting it in two.

    Rows (and ranges styled ``NOSPLIT``, such as a criterion band and its answers) stay together; only what is
    taller than a whole page is split inside, so nothing is ever refused.
    """

    def __init__(self, *args: Any, **kw: Any) -> None:
        kw["splitInRow"] = 0
        super().__init__(*args, **kw)
        self._drawn: dict[Hashable, Recording] = {}

    def draw(self) -> None:
        """A table reused from the layout cache at the same size draws what it drew before (recorded.py)."""
        c = self.canv
        key = (getattr(self, "_wrapped_at", None), self._width, self._height, c._enforceColorSpace)
        draw_recorded(c, self._drawn, key, super().draw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        """ReportLab measures every cell again at each call; a table reused from the layout cache is wrapped at the
        same size by every fitting pass and the drawing build: the measures of the last call stand."""
        if getattr(self, "_wrapped_at", None) != (availWidth, availHeight):
            super().wrap(availWidth, availHeight)
            self._wrapped_at = (availWidth, availHeight)
        self.availWidth = availWidth
        return self._width, self._height

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],  # noqa: N802 - ReportLab's name
                  size: tuple[float, float]) -> None:
        """A cell holding one recordable flowable replays its placement too (ReportLab's list-cell branch)."""
        cell = cellval[0] if isinstance(cellval, (list, tuple)) and len(cellval) == 1 else None
        store = getattr(cell, "_drawn", None)
        if store is None:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        cur: Any = self.__dict__.get("_curcellstyle")
        if cur is not cellstyle:  # as ReportLab: the cell's colour and font carry to the next cell
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname
                    or cellstyle.fontsize != cur.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        s = cellstyle
        key = ("placed", pos, size, s.valign, s.alignment, s.leftPadding, s.rightPadding, s.topPadding,
               s.bottomPadding, canv._enforceColorSpace)
        draw_recorded(canv, store, key, partial(self._place, cell, cellstyle, pos, size))

    def _place(self, cell: Any, s: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:
        """ReportLab's ``_drawCell`` for a list of one flowable, after the colour and font are set."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        widths: list[float] = []
        heights: list[float] = []
        _, h = self._listCellGeom([cell], colwidth, s, W=widths, H=heights, aH=rowheight)
        if s.valign == "TOP":
            y = rowpos + rowheight - s.topPadding
        elif s.valign == "BOTTOM":
            y = rowpos + s.bottomPadding + h
        else:
            y = rowpos + (rowheight + s.bottomPadding - s.topPadding + h) / 2.0
        y += cell.getSpaceBefore()
        w, just = widths[0], s.alignment
        if just == "LEFT":
            x = colpos + s.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - s.rightPadding - w
        elif just in ("CENTRE", "CENTER"):
            x = colpos + (colwidth + s.leftPadding - s.rightPadding - w) / 2.0
        else:
            raise ValueError(f"Invalid justification {just!a}")
        y -= cell.getSpaceBefore()
        y -= heights[0]
        cell.drawOn(self.canv, x, y)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 - ReportLab API
        parts: list[Any] = super().split(availWidth, availHeight)
        frame = getattr(self, "_frame", None)
        if parts or (frame is not None and not frame._atTop):
            return parts
        # Alone at the top of a page and still too tall: split where it must, rather than fail.
        table: Any = self
        saved = table._nosplitCmds, table.splitInRow
        table._nosplitCmds, table.splitInRow = [], 1
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            table._nosplitCmds, table.splitInRow = saved
        return parts
