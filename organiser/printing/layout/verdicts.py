"""Verdict marks drawn as shapes, chart cells that hang text beside a mark, and the marks' legend."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from organiser.printing.layout.text import ScriptParagraph, TextStyle


class VerdictMark(Flowable):  # type: ignore[misc]
    """One verdict as a drawn circle mark (never a font glyph): ✓ ✗ ◐ ~ ?."""

    def __init__(self, verdict: str, size: float, fill: Color, ink: Color, paper: Color) -> None:
        super().__init__()
        self.verdict = verdict
        self.size = size
        self.fill = fill
        self.ink = ink
        self.paper = paper
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        draw_mark(self.canv, self.verdict, 0.0, 0.0, self.size, self.fill, self.ink, self.paper)


def draw_mark(canv: Any, verdict: str, x: float, y: float, d: float, fill: Color, ink: Color,
              paper: Color) -> None:
    """Draw a verdict mark of diameter ``d`` with its lower-left corner at (x, y)."""
    r = d / 2
    cx, cy = x + r, y + r
    lw = max(r * 0.2, 0.6)
    canv.saveState()
    canv.setLineCap(1)
    canv.setLineJoin(1)
    if verdict in ("yes", "no"):
        canv.setFillColor(fill)
        canv.circle(cx, cy, r, stroke=0, fill=1)
        canv.setStrokeColor(ink)
        canv.setLineWidth(lw * 1.1)
        if verdict == "yes":
            p = canv.beginPath()
            p.moveTo(cx - 0.45 * r, cy + 0.02 * r)
            p.lineTo(cx - 0.12 * r, cy - 0.32 * r)
            p.lineTo(cx + 0.45 * r, cy + 0.36 * r)
            canv.drawPath(p, stroke=1, fill=0)
        else:
            k = 0.32 * r
            canv.line(cx - k, cy - k, cx + k, cy + k)
            canv.line(cx - k, cy + k, cx + k, cy - k)
    else:
        ring = max(r * 0.16, 0.5)
        canv.setStrokeColor(fill)
        canv.setFillColor(paper)
        canv.setLineWidth(ring)
        if verdict == "unknown":
            canv.setDash(max(r * 0.28, 0.8), max(r * 0.2, 0.6))
        canv.circle(cx, cy, r - ring / 2, stroke=1, fill=1)
        canv.setDash()
        if verdict == "partly":
            canv.setFillColor(fill)
            canv.wedge(cx - r, cy - r, cx + r, cy + r, 90, 180, stroke=0, fill=1)
        elif verdict == "arguably":
            canv.setLineWidth(lw)
            p = canv.beginPath()
            p.moveTo(cx - 0.5 * r, cy - 0.1 * r)
            p.curveTo(cx - 0.3 * r, cy + 0.32 * r, cx - 0.08 * r, cy + 0.22 * r, cx, cy)
            p.curveTo(cx + 0.08 * r, cy - 0.22 * r, cx + 0.3 * r, cy - 0.32 * r, cx + 0.5 * r, cy + 0.1 * r)
            canv.drawPath(p, stroke=1, fill=0)
        else:  # unknown: a drawn question mark
            canv.setLineWidth(lw * 0.9)
            q = 0.24 * r
            p = canv.beginPath()
            p.arc(cx - q, cy + 0.2 * r - q, cx + q, cy + 0.2 * r + q, startAng=160, extent=-230)
            p.lineTo(cx, cy - 0.16 * r)
            canv.drawPath(p, stroke=1, fill=0)
            canv.setFillColor(fill)
            canv.circle(cx, cy - 0.42 * r, lw * 0.55, stroke=0, fill=1)
    canv.restoreState()


def _mark_offset(style: TextStyle, d: float) -> float:
    """Distance from a paragraph's top to a mark's top so the mark centres on the first line's capitals."""
    face = pdfmetrics.getFont(style.font).face
    asc, desc = face.ascent / 1000.0, -face.descent / 1000.0
    size, leading = float(style.size), style.line_height
    baseline = (leading - size * (asc + desc)) / 2 + size * asc
    return float(max(baseline - size * 0.36 - d / 2, 0.0))


class MarkedCell(Flowable):  # type: ignore[misc]
    """A table cell: optional verdict mark at the start side of the first line, the text hanging beside it.

    Also used without a mark for any paragraph in a padded table cell, because it splits safely in-row.
    """

    def __init__(self, mark: VerdictMark | None, para: ScriptParagraph, gap: float, rtl: bool,
                 indent: float | None = None) -> None:
        super().__init__()
        self.mark = mark
        self.para = para
        self.rtl = rtl
        self.indent = indent if indent is not None else ((mark.size + gap) if mark is not None else 0.0)
        self._dy = _mark_offset(para.style, mark.size) if mark is not None else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, h = self.para.wrap(availWidth - self.indent, availHeight)
        mh = (self.mark.size + self._dy) if self.mark is not None else 0.0
        self.width, self.height = availWidth, max(h, mh)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # ReportLab's in-row table split passes the cell width *with* its padding: keep the wrapped width.
        if self.width and self.width < availWidth:
            availWidth = self.width
        parts = self.para.split(availWidth - self.indent, availHeight)
        if len(parts) < 2:
            return []
        return [MarkedCell(self.mark, parts[0], 0, self.rtl, self.indent),
                MarkedCell(None, parts[1], 0, self.rtl, self.indent)]

    def draw(self) -> None:
        c = self.canv
        self.para.drawOn(c, 0.0 if self.rtl else self.indent, self.height - self.para.height)
        if self.mark is not None:
            x = self.width - self.mark.size if self.rtl else 0.0
            self.mark.drawOn(c, x, self.height - self._dy - self.mark.size)


class Legend(Flowable):  # type: ignore[misc]
    """Mark + word pairs in a row (wrapping when needed), from the start side."""

    def __init__(self, items: list[tuple[VerdictMark, ScriptParagraph, float]], gap: float, rtl: bool,
                 space_before: float, space_after: float) -> None:
        super().__init__()
        self.items = items
        self.gap = gap
        self.rtl = rtl
        self.space_before = space_before
        self.space_after = space_after
        self._rows: list[list[int]] = []

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_after

    def _item_w(self, i: int) -> float:
        mark, _, tw = self.items[i]
        return mark.size + self.gap * 0.4 + tw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        rows: list[list[int]] = [[]]
        used = 0.0
        for i in range(len(self.items)):
            w = self._item_w(i)
            if rows[-1] and used + self.gap * 1.6 + w > availWidth:
                rows.append([])
                used = 0.0
            used += (self.gap * 1.6 if rows[-1] else 0.0) + w
            rows[-1].append(i)
        self._rows = rows
        line = max((p.style.line_height for _, p, _ in self.items), default=0.0)
        self.width, self.height = availWidth, line * len(rows)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        line = self.height / max(len(self._rows), 1)
        for r, row in enumerate(self._rows):
            top = self.height - r * line
            x = self.width if self.rtl else 0.0
            for i in row:
                mark, para, tw = self.items[i]
                pw = tw + 1.0
                para.wrap(pw, line)
                dy = _mark_offset(para.style, mark.size)
                if self.rtl:
                    mark.drawOn(c, x - mark.size, top - dy - mark.size)
                    para.drawOn(c, x - mark.size - self.gap * 0.4 - pw, top - para.height)
                    x -= self._item_w(i) + self.gap * 1.6
                else:
                    mark.drawOn(c, x, top - dy - mark.size)
                    para.drawOn(c, x + mark.size + self.gap * 0.4, top - para.height)
                    x += self._item_w(i) + self.gap * 1.6
