"""ScriptParagraph: markup-free ReportLab flowable with shaping, bidi reordering and per-run font fallback."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Literal

from reportlab.lib.colors import toColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from organiser.printing.layout.bidi_support import needs_bidi, resolve_levels
from organiser.printing.layout.fonts import font_for_char, font_scale
from organiser.printing.layout.hyphen import hyphen_splits
from organiser.printing.layout.late_text import LateProgram, LateRun, emit
from organiser.printing.layout.line_items import DIRECTION_MARKS, Item, line_items
from organiser.printing.layout.memo import Memo
from organiser.printing.layout.text_style import (
    Align,
    Direction,
    TextStyle,
    _word_width,
    normalise,
    paragraph_direction,
    text_width,
)

__all__ = ["Align", "Direction", "ScriptParagraph", "TextStyle", "frame_width", "normalise", "paragraph_direction",
           "text_width"]

_WORDS = re.compile(r"[^ \n]+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LOOSE = 0.28  # a line is loose (worth a hyphen) when more than this share of the measure would stay empty
_MAX_HYPHEN_RUN = 2
# Line breaks per (text, style, width): pure results, reused by every fitting pass and re-render.
_BREAKS: Memo[tuple[str, tuple[tuple[int, int, float, bool, bool], ...]]] = Memo(8192)


def frame_width(flowable: Flowable, avail: float) -> float:
    """The width to split at: ReportLab's Frame.split passes the frame's full width, ignoring an Indenter."""
    frame = getattr(flowable, "_frame", None)
    get = getattr(frame, "_getAvailableWidth", None)
    return float(get()) if get is not None else avail


@dataclass
class _Line:
    start: int
    end: int
    width: float
    last: bool
    hyphen: bool = False


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A plain-text paragraph (never parsed as markup) for Latin, Cyrillic, Arabic and Hebrew."""

    def __init__(
        self, text: str, style: TextStyle, direction: Literal["auto", "ltr", "rtl"] = "auto"
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._display = normalise(text, style.uppercase, style.lang)
        self.direction: Direction = paragraph_direction(self._display) if direction == "auto" else direction
        self.min_font_size_used: float = float(style.size)
        self._line_h: float | None = None
        self.lines: list[str] = []
        self._lines: list[_Line] = []
        self._wrapped_for: float | None = None
        # Breaks per width, shared by this paragraph's clones (values are never changed in place).
        self._wraps: dict[float, tuple[str, list[_Line], list[str]]] = {}
        self._programs: dict[float | None, LateProgram] = {}  # drawn text per width, shared the same way
        self._levels: list[int] | None = None
        self.width = 0.0
        self.height = 0.0

    def clone(self) -> ScriptParagraph:
        """A copy to lay out and draw in another build; it reuses this paragraph's line breaks."""
        new = ScriptParagraph.__new__(ScriptParagraph)
        new.__dict__.update(self.__dict__)
        return new

    def restyled(self, style: TextStyle) -> ScriptParagraph:
        """This text in ``style``, which must set it the same way (case, language): only its layout is new."""
        new = self.clone()
        new.style = style
        new._wraps, new._programs = {}, {}
        new._line_h, new._wrapped_for, new._lines, new.lines, new._levels = None, None, [], [], None
        return new

    @property
    def line_h(self) -> float:
        """Baseline-to-baseline distance: Arabic set larger than the Latin (fonts.font_scale) and with its tall
        letters and deep descenders needs the leading to open with it, or the lines touch."""
        if self._line_h is None:
            arabic = _ARABIC.search(self._display)
            scale = font_scale(font_for_char(arabic[0], self.style.font)) * 1.06 if arabic else 1.0
            self._line_h = self.style.line_height * max(scale, 1.0)
        return self._line_h

    def __repr__(self) -> str:
        return f"ScriptParagraph({self.text[:40]!r}, direction={self.direction!r})"

    # -- layout -------------------------------------------------------------------------------------
    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return float(self.style.space_before)

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return float(self.style.space_after)

    def minWidth(self) -> float:  # noqa: N802 - ReportLab API
        pref, size = self.style.font, float(self.style.size)
        return max((_word_width(w, pref, size) for w in _WORDS.findall(self._display)), default=0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth and availWidth in self._wraps:
            self._display, self._lines, self.lines = self._wraps[availWidth]
            self._wrapped_for = availWidth
        elif self._wrapped_for != availWidth:
            key = (self._display, self.style, float(availWidth))
            known = _BREAKS.get(key)
            if known is not None:
                self._display, self._lines = known[0], [_Line(*ln) for ln in known[1]]
            else:
                self._lines = self._break_lines(max(float(availWidth), 0.0))
                if self.style.balance and len(self._lines) > 1:
                    self._lines = self._balanced(max(float(availWidth), 0.0), self._lines)
                    if self._words_on(self._lines[-1]) < 2 and self._bind_last_words(float(availWidth)):
                        self._lines = self._balanced(float(availWidth), self._break_lines(float(availWidth)))
                _BREAKS.put(key, (self._display, tuple(
                    (ln.start, ln.end, ln.width, ln.last, ln.hyphen) for ln in self._lines)))
            self._wrapped_for = availWidth
            d = self._display
            self.lines = [d[ln.start:ln.end] + ("-" if ln.hyphen else "") for ln in self._lines]
            self._wraps[availWidth] = (d, self._lines, self.lines)
        self.width = float(availWidth)
        self.height = len(self._lines) * self.line_h
        return self.width, self.height

    def _balanced(self, avail: float, lines: list[_Line]) -> list[_Line]:
        """The narrowest measure that keeps the line count: even lines, no lone word at the end if avoidable."""
        count = len(lines)
        # Never narrower than the longest word: a measure below it keeps the line count by breaking inside a word.
        lo, hi = max(avail * 0.3, min(self.minWidth(), avail)), avail
        best = lines
        for _ in range(9):
            mid = (lo + hi) / 2
            trial = self._break_lines(mid)
            if len(trial) <= count and all(ln.width <= mid + 0.01 for ln in trial):
                hi, best = mid, trial
            else:
                lo = mid
        if self._words_on(best[-1]) < 2 <= self._words_on(best[-2]) if len(best) > 1 else False:
            # Still one word alone: pull one more word down from the line above by narrowing that line.
            prev = best[-2]
            trial = self._break_lines(max(prev.width - 0.01 - self._last_word_width(prev), avail * 0.3,
                                          min(self.minWidth(), avail)))
            if len(trial) == count and self._words_on(trial[-1]) >= 2:
                best = trial
        return best

    def _bind_last_words(self, avail: float) -> bool:
        """Tie the last two words of each line group with a no-break space when they fit a line together."""
        d = self._display
        cut = d.rstrip().rfind(" ")
        if cut <= 0 or "\n" in d[cut:]:
            return False
        pair = _WORDS.findall(d[:cut])[-1:] + [d[cut + 1:].strip()]
        if _word_width("\u00a0".join(pair), self.style.font, float(self.style.size)) > avail * 0.9:
            return False
        self._display = d[:cut] + "\u00a0" + d[cut + 1:]  # same length: offsets and levels stay valid
        return True

    def _words_on(self, line: _Line) -> int:
        return len(_WORDS.findall(self._display[line.start:line.end]))

    def _last_word_width(self, line: _Line) -> float:
        words = _WORDS.findall(self._display[line.start:line.end])
        return _word_width(words[-1], self.style.font, float(self.style.size)) if words else 0.0

    def _break_lines(self, avail: float) -> list[_Line]:
        d = self._display
        pref, size = self.style.font, float(self.style.size)
        space = _word_width(" ", pref, size)
        hy_lang = self.style.hyphenate_lang
        lines: list[_Line] = []
        seg_start = 0
        run = 0  # hyphenated lines in a row
        indent = self.style.first_indent
        full = avail
        for seg in d.split("\n"):
            cur: _Line | None = None
            prev_end = seg_start
            for m in _WORDS.finditer(seg):
                s, e = seg_start + m.start(), seg_start + m.end()
                w = _word_width(d[s:e], pref, size)
                avail = full - indent if not lines else full
                if cur is not None:
                    gap = (s - prev_end) * space
                    if cur.width + gap + w <= avail:
                        cur.end, cur.width, prev_end = e, cur.width + gap + w, e
                        continue
                    room = avail - cur.width - gap
                    # A typesetter's rule: hyphenate only a loose line, never the paragraph's last word, and
                    # never a third line in a row.
                    if (hy_lang and room > avail * _LOOSE and e < seg_start + len(seg.rstrip())
                            and run < _MAX_HYPHEN_RUN):
                        s = self._hyphenate(cur, s, e, room, hy_lang)
                        w = _word_width(d[s:e], pref, size)
                    run = run + 1 if cur.hyphen else 0
                    lines.append(cur)
                    avail = full
                while w > avail and e - s > 1:  # a word longer than the line: hyphenate, else break anywhere
                    piece = _Line(s, s, 0.0, False)
                    k = self._hyphenate(piece, s, e, avail, hy_lang) if hy_lang else s
                    if k == s:
                        k = self._fit_chars(s, e, avail)
                        piece = _Line(s, k, _word_width(d[s:k], pref, size), False)
                    lines.append(piece)
                    avail = full
                    s = k
                    w = _word_width(d[s:e], pref, size)
                cur, prev_end = _Line(s, e, w, False), e
            if cur is None:
                cur = _Line(seg_start, seg_start, 0.0, False)
            cur.last = True
            lines.append(cur)
            seg_start += len(seg) + 1
        if d.strip() == "":
            return []
        return lines

    def _fit_chars(self, s: int, e: int, avail: float) -> int:
        """Largest k (s < k < e, not before a combining mark) so that d[s:k] fits ``avail``."""
        d, pref, size = self._display, self.style.font, float(self.style.size)
        lo, hi = s + 1, e - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _word_width(d[s:mid], pref, size) <= avail:
                lo = mid
            else:
                hi = mid - 1
        k = lo
        while k > s + 1 and unicodedata.combining(d[k]):
            k -= 1
        return k

    def _hyphenate(self, cur: _Line, s: int, e: int, room: float, lang: str) -> int:
        """Put the longest fitting hyphenated prefix of word d[s:e] on ``cur``; return the rest's start."""
        d, pref, size = self._display, self.style.font, float(self.style.size)
        space = _word_width(" ", pref, size)
        for cut in hyphen_splits(d[s:e], lang):
            w = _word_width(d[s:s + cut] + "-", pref, size)
            if w <= room:
                cur.width += (s - cur.end) * space + w
                cur.end, cur.hyphen = s + cut, True
                return s + cut
        return s

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        availWidth = frame_width(self, availWidth)  # noqa: N806 - ReportLab splits at the frame's full width
        self.wrap(availWidth, availHeight)
        n = int((availHeight + 1e-6) // self.line_h)
        if n >= len(self._lines):
            return [self]
        if n <= 0:
            return []
        if len(self._lines) - n < 2 <= n - 1:
            n -= 1  # no widow: the last line of a paragraph never stands alone at the top of a page
        if n > 1 and self._lines[n - 1].hyphen:
            n -= 1  # never hyphenate across a page or side
        if n < 2:
            return []  # no orphan: a paragraph's first line never stands alone at the foot of a page
        cut = self._lines[n].start
        d, levels = self._display, self._paragraph_levels()
        first = ScriptParagraph(d[:cut], replace(self.style, space_after=0, uppercase=False), self.direction)
        rest = ScriptParagraph(d[cut:], replace(self.style, space_before=0, uppercase=False, first_indent=0.0),
                               self.direction)
        first._lines = [replace(ln) for ln in self._lines[:n]]
        first._lines[-1].last = self._lines[n - 1].last
        rest._lines = [replace(ln, start=ln.start - cut, end=ln.end - cut) for ln in self._lines[n:]]
        for part, lv, ls in ((first, levels[:cut], self.lines[:n]), (rest, levels[cut:], self.lines[n:])):
            part._levels, part.lines, part._wrapped_for = lv, ls, availWidth
        return [first, rest]

    # -- drawing ------------------------------------------------------------------------------------
    def _paragraph_levels(self) -> list[int]:
        if self._levels is None:
            rtl = self.direction == "rtl"
            d = self._display
            if not rtl and not needs_bidi(d):
                self._levels = [0] * len(d)
            else:
                levels: list[int] = []
                for seg in d.split("\n"):
                    levels.extend(resolve_levels(seg, rtl))
                    levels.append(1 if rtl else 0)
                self._levels = levels[: len(d)]
        return self._levels

    def _line_items(self, line: _Line, justify: bool) -> tuple[Item, ...]:
        """(drawable, font, width, is_space, font size, character) items of one line in visual order."""
        text = self._display[line.start:line.end] + ("-" if line.hyphen else "")
        raw = self._paragraph_levels()[line.start:line.end]
        return line_items(text, raw, self.style.font, float(self.style.size), 1 if self.direction == "rtl" else 0,
                          justify, line.hyphen)

    def draw(self) -> None:
        if not self._lines:
            return
        program = self._programs.get(self._wrapped_for)
        if program is None:
            program = self._program()
            self._programs[self._wrapped_for] = program
        st = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(toColor(st.color) if isinstance(st.color, str) else st.color)
        emit(canv, program)
        canv.restoreState()

    def _program(self) -> LateProgram:
        """The text operators of this paragraph as laid out (``late_text.py``): drawn again without work."""
        st = self.style
        size, leading = float(st.size), self.line_h
        rtl = self.direction == "rtl"
        align = st.align
        if align == "start":
            align = "end" if rtl else "start"
        elif align == "end":
            align = "start" if rtl else "end"
        face = pdfmetrics.getFont(st.font).face
        asc, desc = face.ascent / 1000.0, -face.descent / 1000.0
        first_baseline = self.height - (leading - size * (asc + desc)) / 2 - size * asc
        out: list[Any] = ["BT"]
        for n, line in enumerate(self._lines):
            justify = align == "justify" and not line.last
            items = self._line_items(line, justify)
            natural = sum(it[2] for it in items)
            extra = 0.0
            ind = st.first_indent if n == 0 else 0.0
            width = self.width - ind
            if justify:
                n_spaces = sum(len(it[0]) for it in items if it[3])
                extra = (width - natural) / n_spaces if n_spaces else 0.0
                x = 0.0 if not rtl or n_spaces else width - natural
            elif align == "justify":
                x = width - natural if rtl else 0.0
            elif align == "end":
                x = width - natural
            elif align == "center":
                x = (width - natural) / 2
            else:
                x = 0.0
            x += 0.0 if rtl else ind  # the indent is at the start side: left in LTR, right in RTL
            y = first_baseline - n * leading
            for s, font, w, is_space, fsize, actual in items:
                if is_space:
                    x += w + extra * len(s)
                    continue
                if s.strip():
                    out.append(f"1 0 0 1 {fp_str(x, y)} Tm")
                    if actual:  # the mirrored glyph reads as the character it stands for
                        out.append(f"/Span <</ActualText <FEFF{ord(actual):04X}>>> BDC")
                    marks = not w and s[0] in DIRECTION_MARKS
                    if marks:  # fonts draw a dotted symbol for them: text only, not ink
                        out.append("3 Tr")
                    out.append(LateRun(font, fsize, leading, s))
                    if marks:
                        out.append("0 Tr")
                    if actual:
                        out.append("EMC")
                x += w
        out.append("ET")
        return LateProgram(out)
