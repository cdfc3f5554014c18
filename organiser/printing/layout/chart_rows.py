"""Chart tables that break only between rows: a reader compares the answers of one row side by side."""

from __future__ import annotations

from collections.abc import Hashable
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
