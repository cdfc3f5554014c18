"""Vertical justification: the space between blocks grows so a side ends at its foot, not in a band of white.

A side whose next block did not fit, or a back that ends early, would otherwise leave white above the footer. The
layout is set once and measured (the gaps between blocks and the room left on every side); the kept build is set
again with each side's room shared among its gaps in proportion to their size. The second setting only moves what
it draws: every break stays where the first one put it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Frame, Spacer
from reportlab.platypus.flowables import BalancedColumns

from organiser.records import record

MAX_STRETCH = 6.0  # a gap grows by at most this many times its own size
MAX_GAP = 0.07  # and never past this share of the side's height: a sparse side keeps its blocks together
JUSTIFY_FROM = 0.03  # a side with less room than this (of its height) is left as it is


@record
class SideRoom:
    """What a side has to share: its gaps between blocks (points) and the room under its last line."""

    gaps: tuple[float, ...]
    room: float
    movable: bool = True  # False where the page was laid out in other frames (balanced columns)


def extra(gap: float, k: float, height: float) -> float:
    """What a gap of ``gap`` points gains at stretch ``k`` on a side ``height`` points high."""
    return min(gap * k, max(MAX_GAP * height - gap, 0.0))


def stretches(sides: Mapping[int, SideRoom], height: float) -> dict[int, float]:
    """How much each side's gaps grow (0.5: by half their size): the most that still fits the room, capped."""
    out: dict[int, float] = {}
    for page, side in sides.items():
        if not side.movable or not any(side.gaps) or side.room <= height * JUSTIFY_FROM:
            continue
        lo, hi = 0.0, MAX_STRETCH
        for _ in range(30):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if sum(extra(g, mid, height) for g in side.gaps) <= side.room else (lo, mid)
        if lo > 0.01:
            out[page] = lo
    return out


class JustifyingFrame(Frame):  # type: ignore[misc]
    """The body frame: logs its gaps and room per side, and draws each side's blocks lower by the stretch given."""

    def __init__(self, *args: Any, stretch: Mapping[int, float] | None = None, **kw: Any) -> None:
        self.stretch = dict(stretch or {})
        self.sides: dict[int, SideRoom] = {}
        self._page = 0
        self._gaps: list[float] = []
        self._shift = self._after = 0.0
        self._movable = True
        super().__init__(*args, **kw)

    def _reset(self) -> None:
        self.close_side()
        super()._reset()

    def close_side(self) -> None:
        """Record the side just set (called when a new one begins, and once after the build)."""
        if self._page:
            self.sides[self._page] = SideRoom(tuple(self._gaps), max(self._y - self._y1p, 0.0), self._movable)
        self._page = 0

    def _add(self, flowable: Any, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 - ReportLab API
        page = canv.getPageNumber()
        if page != self._page:
            self._page, self._gaps, self._shift, self._after, self._movable = page, [], 0.0, 0.0, True
        if isinstance(flowable, BalancedColumns):
            self._movable = False
        gap = 0.0 if self._atTop else self._after + float(flowable.getSpaceBefore())
        k = 0.0 if isinstance(flowable, Spacer) else self.stretch.get(page, 0.0)
        more = extra(gap, k, self._height) if k and gap > 0 else 0.0
        y0 = self._y
        moved = self._shift + more
        if moved:
            canv.saveState()
            canv.translate(0, -moved)
        try:
            done = int(super()._add(flowable, canv, trySplit))
        finally:
            if moved:
                canv.restoreState()
        if done and self._y != y0:
            if isinstance(flowable, Spacer):  # white space: part of the gap before the next block
                self._after += y0 - self._y
                return done
            self._gaps.append(gap)
            self._shift += more
            self._after = float(flowable.getSpaceAfter())
        return done

    add = _add  # ReportLab calls ``add``, bound to the base class's ``_add``
