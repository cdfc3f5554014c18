"""Verdict word badges and the chart cells that set their text beside a badge."""

from __future__ import annotations

from collections.abc import Hashable

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from organiser.printing.layout.recorded import Recording, draw_recorded
from organiser.printing.layout.text import ScriptParagraph, TextStyle, text_width
from organiser.printing.layout.text_style import restyle


class VerdictBadge(Flowable):  # type: ignore[misc]
    """A verdict as a word in capitals on a small tag: YES / NO filled, PARTLY / ARGUABLY outlined, UNKNOWN
    dashed. The word itself carries the meaning, so the badge reads in greyscale and at arm's length."""

    def __init__(self, verdict: str, word: str, style: TextStyle, fill: Color, ink: Color, paper: Color) -> None:
        super().__init__()
        self.verdict = verdict
        self.filled = verdict in ("yes", "no")
        colour = ink if self.filled else fill
        self.style = restyle(style, bold=True, uppercase=True, color=colour, hyphenate_lang=None, lang=None,
                             balance=False, first_indent=0.0, leading=style.size * 1.0)
        self.para = ScriptParagraph(word, self.style)
        self.fill = fill
        self.paper = paper
        self.pad_x = style.size * 0.35
        self.word_w = text_width(word, self.style)
        self.width = self.word_w + 2 * self.pad_x
        self.height = self.size = style.size * 1.3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def clone(self) -> VerdictBadge:
        new = VerdictBadge.__new__(VerdictBadge)
        new.__dict__.update(self.__dict__)
        new.para = self.para.clone()
        return new

    def draw(self) -> None:
        c = self.canv
        lw = max(self.style.size * 0.09, 0.6)
        c.saveState()
        if self.filled:
            c.setFillColor(self.fill)
            c.roundRect(0, 0, self.width, self.height, self.height * 0.18, stroke=0, fill=1)
        else:
            c.setStrokeColor(self.fill)
            c.setFillColor(self.paper)
            c.setLineWidth(lw)
            if self.verdict == "unknown":
                c.setDash(lw * 2.5, lw * 1.5)
            c.roundRect(lw / 2, lw / 2, self.width - lw, self.height - lw, self.height * 0.18, stroke=1, fill=1)
        c.restoreState()
        # The word's own width, not width - 2 pads: the difference can round below it and break the word.
        self.para.wrap(self.word_w, self.height)
        self.para.drawOn(c, self.pad_x, (self.height - self.para.height) / 2 - self.style.size * 0.02)


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

    def __init__(self, mark: VerdictBadge | None, para: ScriptParagraph, gap: float, rtl: bool,
                 indent: float | None = None) -> None:
        super().__init__()
        self.mark = mark
        self.rtl = rtl
        run_in = isinstance(mark, VerdictBadge) and indent is None and (para.direction == "rtl") == rtl
        if run_in and mark is not None:
            # The badge opens the first line and the text runs on after it (no hanging column of white).
            para = para.restyled(restyle(para.style, first_indent=mark.width + gap))
            indent = 0.0
        self.para = para
        self.indent = indent if indent is not None else ((mark.width + gap) if mark is not None else 0.0)
        self._dy = _mark_offset(para.style, mark.height) if mark is not None else 0.0
        self._drawn: dict[Hashable, Recording] = {}  # shared with clones (recorded.py)

    def clone(self) -> MarkedCell:
        """A copy for another build (``cell_cache.py``): its paragraph reuses this one's line breaks."""
        new = MarkedCell.__new__(MarkedCell)
        new.__dict__.update(self.__dict__)
        new.para = self.para.clone()
        new.mark = self.mark.clone() if self.mark is not None else None
        return new

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, h = self.para.wrap(availWidth - self.indent, availHeight)
        mh = (self.mark.height + self._dy) if self.mark is not None else 0.0
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
        draw_recorded(c, self._drawn, (self.width, self.height, c._enforceColorSpace), self._draw)

    def _draw(self) -> None:
        c = self.canv
        self.para.drawOn(c, 0.0 if self.rtl else self.indent, self.height - self.para.height)
        if self.mark is not None:
            x = self.width - self.mark.width if self.rtl else 0.0
            self.mark.drawOn(c, x, self.height - self._dy - self.mark.height)
