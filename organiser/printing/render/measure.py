"""A page frame that lays flowables out without drawing them: fitting's trial builds only need their heights.

Drawing (shaping runs, writing text operators) is about half of a build; only the build that is kept is drawn.
A trial whose story plainly fits one page is measured in its frame alone, without a document (``one_page``).
"""

from __future__ import annotations

import io
import threading
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from organiser.printing.layout.chart_rows import WholeRowsTable
from organiser.printing.layout.chart_table import ChartTable
from organiser.printing.layout.flowables import Band, Dot, Hanging, Rule
from organiser.printing.layout.qr_code import QrMark
from organiser.printing.layout.text import ScriptParagraph
from organiser.printing.render.justify import JustifyingFrame

# Flowables a document adds to its frame as they are, with no page action of their own.
_PLAIN = frozenset((ScriptParagraph, ChartTable, WholeRowsTable, Spacer, Band, Dot, Hanging, Rule, QrMark))


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


_scratch = threading.local()


def one_page(story: list[Flowable], frame: MeasureFrame) -> bool:
    """Lay ``story`` into ``frame`` as ReportLab's document does when all of it fits the first page.

    False as soon as that is not plainly so (a flowable kept with the next, a page action, one that does not fit):
    the caller then measures with a whole document, in a fresh frame. Nothing is drawn: the canvas the flowables
    are laid out against is one per thread, never written.
    """
    if not all(type(f) in _PLAIN and not f.getKeepWithNext() for f in story):
        return False
    canv = getattr(_scratch, "canvas", None)
    if canv is None:
        canv = _scratch.canvas = Canvas(io.BytesIO())
    return all(frame.add(f, canv, trySplit=1) for f in story)
