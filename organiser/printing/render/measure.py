"""A page frame that lays flowables out without drawing them: fitting's trial builds only need their heights.

Drawing (shaping runs, writing text operators) is about half of a build; only the build that is kept is drawn.
Page decorations (footers, page numbers) are still drawn by the page template: they are few and cheap.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from organiser.printing.render.justify import JustifyingFrame


def _skip_draw(*args: Any, **kwargs: Any) -> None:
    return None


class MeasureFrame(JustifyingFrame):
    """The body frame of a trial build: flowables are wrapped, split and placed (and the sides' gaps and room
    logged) exactly as in a drawn build, but never drawn."""

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:  # noqa: N803 - ReportLab API
        # An instance attribute shadows the class's drawOn for this one placement.
        flowable.drawOn = _skip_draw
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            flowable.__dict__.pop("drawOn", None)

    add = _add
