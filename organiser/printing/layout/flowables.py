"""Small custom flowables: headline band, hanging-indent item, verdict mark, rule and quote bar."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from organiser.printing.layout.text import ScriptParagraph, frame_width

BAND_FILLED, BAND_RULE, BAND_OUTLINE = "filled", "rule", "outline"


class Band(Flowable):  # type: ignore[misc]
    """A headline on a colour band (filled / outlined) or between rules; may extend past the frame."""

    def __init__(
        self,
        para: ScriptParagraph,
        style: str,
        fill: Color,
        pad: float,
        extend_left: float = 0.0,
        extend_right: float = 0.0,
        extend_top: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.para = para
        self.band_style = style
        self.fill = fill
        self.pad = pad
        self.extend_left = extend_left
        self.extend_right = extend_right
        self.extend_top = extend_top
        self.space_after = space_after
        self._inset = 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Text sits inside the band, at the same measure whether or not the band bleeds (shop mode): the home
        # proof breaks the headline exactly where the shop's print does.
        self._inset = 0.0 if self.band_style == BAND_RULE else self.pad
        _, h = self.para.wrap(availWidth - 2 * self._inset, availHeight)
        self.width = availWidth
        self.height = h + 2 * self.pad
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        availWidth = frame_width(self, availWidth)  # noqa: N806 - ReportLab splits at the frame's full width
        # Only a headline taller than a page gets here: continue its band on the next page.
        self.wrap(availWidth, availHeight)
        parts = self.para.split(availWidth - 2 * self._inset, availHeight - 2 * self.pad)
        if len(parts) < 2:
            return []
        first = Band(parts[0], self.band_style, self.fill, self.pad, self.extend_left, self.extend_right,
                     self.extend_top, 0.0)
        rest = Band(parts[1], self.band_style, self.fill, self.pad, self.extend_left, self.extend_right,
                    0.0, self.space_after)
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        c.saveState()
        if self.band_style == BAND_FILLED:
            c.setFillColor(self.fill)
            c.rect(-self.extend_left, 0, w + self.extend_left + self.extend_right, h + self.extend_top,
                   stroke=0, fill=1)
        elif self.band_style == BAND_OUTLINE:
            c.setStrokeColor(self.fill)
            lw = max(1.2, self.pad * 0.18)
            c.setLineWidth(lw)
            c.rect(lw / 2, lw / 2, w - lw, h - lw, stroke=1, fill=0)
        else:
            c.setStrokeColor(self.fill)
            c.setLineWidth(max(2.5, self.pad * 0.35))
            c.line(0, h, w, h)
            c.setLineWidth(0.75)
            c.line(0, 0, w, 0)
        c.restoreState()
        self.para.drawOn(c, self._inset, self.pad)


class Hanging(Flowable):  # type: ignore[misc]
    """A list item: marker in a column at the start side, text hanging beside it; splits across pages."""

    def __init__(
        self,
        marker: Flowable | None,
        body: ScriptParagraph,
        indent: float,
        rtl: bool,
        marker_dy: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.marker = marker
        self.body = body
        self.indent = indent
        self.rtl = rtl
        self.marker_dy = marker_dy
        self.space_after = space_after

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, h = self.body.wrap(availWidth - self.indent, availHeight)
        mh = 0.0
        if self.marker is not None:
            _, mh = self.marker.wrap(self.indent, availHeight)
        self.width, self.height = availWidth, max(h, mh + self.marker_dy)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        availWidth = frame_width(self, availWidth)  # noqa: N806 - ReportLab splits at the frame's full width
        parts = self.body.split(availWidth - self.indent, availHeight)
        if len(parts) < 2:
            return []
        first = Hanging(self.marker, parts[0], self.indent, self.rtl, self.marker_dy)
        rest = Hanging(None, parts[1], self.indent, self.rtl, 0.0, self.space_after)
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        bx = 0.0 if self.rtl else self.indent
        self.body.drawOn(c, bx, self.height - self.body.height)
        if self.marker is not None:
            mw, mh = self.marker.wrap(self.indent, self.height)
            mx = self.width - self.indent if self.rtl else 0.0
            self.marker.drawOn(c, mx, self.height - self.marker_dy - mh)


class Dot(Flowable):  # type: ignore[misc]
    """A bullet drawn as a shape (no font glyph), placed at the end of its column next to the text."""

    def __init__(self, size: float, colour: Color, rtl: bool, square: bool = False) -> None:
        super().__init__()
        self.size = size
        self.colour = colour
        self.rtl = rtl
        self.square = square

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.size
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.size
        gap = s * 1.4
        x = gap if self.rtl else self.width - gap - s
        c.saveState()
        c.setFillColor(self.colour)
        if self.square:
            c.rect(x, 0, s, s, stroke=0, fill=1)
        else:
            c.circle(x + s / 2, s / 2, s / 2, stroke=0, fill=1)
        c.restoreState()


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line across the column."""

    def __init__(self, colour: Color, thickness: float, space: float) -> None:
        super().__init__()
        self.colour = colour
        self.thickness = thickness
        self.space = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.thickness + 2 * self.space
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.thickness)
        y = self.height / 2
        c.line(0, y, self.width, y)
        c.restoreState()


class Stack(Flowable):  # type: ignore[misc]
    """Flowables stacked with a bar at the start side (quotes); splits between and inside its parts."""

    def __init__(
        self,
        parts: Sequence[Flowable],
        bar: Color | None,
        bar_width: float,
        indent: float,
        rtl: bool,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.parts = list(parts)
        self.bar = bar
        self.bar_width = bar_width
        self.indent = indent
        self.rtl = rtl
        self.space_before = space_before
        self.space_after = space_after
        self._sizes: list[tuple[float, float]] = []

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.space_after

    def _inner_gap(self, i: int) -> float:
        if i == 0:
            return 0.0
        prev, cur = self.parts[i - 1], self.parts[i]
        return max(float(prev.getSpaceAfter()), float(cur.getSpaceBefore()))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        inner = availWidth - self.indent
        self._sizes = [p.wrap(inner, availHeight) for p in self.parts]
        self.width = availWidth
        self.height = sum(h for _, h in self._sizes) + sum(self._inner_gap(i) for i in range(len(self.parts)))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        availWidth = frame_width(self, availWidth)  # noqa: N806 - ReportLab splits at the frame's full width
        self.wrap(availWidth, availHeight)
        inner = availWidth - self.indent
        used = 0.0
        for i, p in enumerate(self.parts):
            used += self._inner_gap(i)
            h = self._sizes[i][1]
            if used + h <= availHeight + 1e-6:
                used += h
                continue
            pieces: list[Any] = p.split(inner, availHeight - used)
            head = self.parts[:i] + (pieces[:1] if len(pieces) > 1 else [])
            tail = (pieces[1:] if len(pieces) > 1 else [p]) + self.parts[i + 1:]
            if not head:
                return []
            return [
                Stack(head, self.bar, self.bar_width, self.indent, self.rtl, self.space_before, 0.0),
                Stack(tail, self.bar, self.bar_width, self.indent, self.rtl, 0.0, self.space_after),
            ]
        return [self]

    def draw(self) -> None:
        c = self.canv
        if self.bar is not None:
            c.saveState()
            c.setFillColor(self.bar)
            x = self.width - self.bar_width if self.rtl else 0.0
            c.rect(x, 0, self.bar_width, self.height, stroke=0, fill=1)
            c.restoreState()
        y = self.height
        x = 0.0 if self.rtl else self.indent
        for i, (p, (_, h)) in enumerate(zip(self.parts, self._sizes, strict=True)):
            y -= self._inner_gap(i) + h
            p.drawOn(c, x, y)


class KeepWith(Flowable):  # type: ignore[misc]
    """Starts a new frame unless ``head`` and the first ``need`` points of what follows fit in this one.

    Put before a heading (subheading, list title, "Sources", table title) so it never ends a page on its own.
    Inside a table cell (no frame) it does nothing.
    """

    locChanger = 1

    def __init__(self, head: Sequence[Flowable], follow: Sequence[Flowable] = (), need: float = 0.0,
                 cap: float | None = None) -> None:
        super().__init__()
        self.head, self.follow, self.need, self.cap = list(head), list(follow), need, cap
        self.width = self.height = 0.0

    def _required(self, aw: float, ah: float) -> float:
        h = 0.0
        for i, f in enumerate(self.head):
            h += f.wrap(aw, ah)[1] + (f.getSpaceBefore() if i else 0.0) + f.getSpaceAfter()
        after = self.need
        for f in self.follow:
            after += f.wrap(aw, ah)[1] + f.getSpaceBefore()
        if self.cap is not None:
            after = min(after, self.cap)
        return h + after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = getattr(getattr(self, "_doctemplate", None), "frame", None)
        if frame is None or getattr(frame, "_atTop", True):
            return 0.0, 0.0
        need = self._required(availWidth, availHeight)
        if availHeight + 1e-6 < need <= frame._height:
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class WithTail(Flowable):  # type: ignore[misc]
    """A splittable flowable and a short tail kept with its end: a legend under the last rows of its table, an
    attribution under the last lines of its statement."""

    def __init__(self, table: Flowable, tail: Flowable) -> None:
        super().__init__()
        self.table, self.tail = table, tail
        self._th = self._lh = 0.0

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return float(self.table.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return float(self.tail.getSpaceAfter())

    def _tail_h(self, aw: float, ah: float) -> float:
        return float(self.tail.wrap(aw, ah)[1] + self.tail.getSpaceBefore())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, self._th = self.table.wrap(availWidth, availHeight)
        self._lh = self._tail_h(availWidth, availHeight)
        self.width, self.height = availWidth, self._th + self._lh
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        availWidth = frame_width(self, availWidth)  # noqa: N806 - ReportLab splits at the frame's full width
        # The tail goes with the last part: this page is filled to its foot. Only when the text would end here
        # without room for its tail are the last lines kept back to go with it.
        parts = self.table.split(availWidth, availHeight)
        room = availHeight
        if len(parts) < 2:
            room = availHeight - self._tail_h(availWidth, availHeight)
            parts = self.table.split(availWidth, room) if room > 1.0 else []
        # An empty first part (ReportLab's in-row split at no height) would loop: move the whole to the next frame.
        if len(parts) < 2 or parts[0].wrap(availWidth, room)[1] <= 1.0:
            return []
        return [parts[0], WithTail(parts[1], self.tail)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - ReportLab API
        tw = float(getattr(self.table, "_width", self.width) or self.width)
        self.table.drawOn(canvas, x + max(self.width - tw, 0.0) / 2, y + self._lh)
        self.tail.drawOn(canvas, x, y)
