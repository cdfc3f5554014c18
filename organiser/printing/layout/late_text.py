"""Text drawn as a reusable program and given its font codes when its page ends.

ReportLab numbers a TrueType subset's characters in the order a document first draws them, so drawn text cannot
be reused from one document to the next: an edit re-renders the whole page and every paragraph is encoded again.
Here a paragraph is drawn once into a ``LateProgram`` — PDF operators with ``LateRun``s in place of encoded
strings — that any later render of the same paragraph appends as it is. When a page ends
(``LateTextCanvas.showPage``) the characters its programs need are numbered in code-point order (printable ASCII
keeps its own code, as ReportLab sets it) and every program is written with those numbers: the same document
always gives the same bytes, whatever was rendered before. A program keeps what it was written as under the last
numbering, so a page whose characters did not change (most re-renders after an edit) writes the paragraphs it
already wrote without encoding them again.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

_ESCAPED = [escapePDF(bytes((code,))) for code in range(256)]  # one subset code as it is written in a PDF string
_MAX_NUMBERINGS = 256


class LateRun:
    """A run of text in one font and size, encoded when its page ends."""

    __slots__ = ("font", "size", "leading", "text")

    def __init__(self, font: str, size: float, leading: float, text: str) -> None:
        self.font, self.size, self.leading, self.text = font, size, leading, text

    def __repr__(self) -> str:
        return f"LateRun({self.font!r}, {self.size}, {self.text!r})"


class LateProgram:
    """A paragraph's text object ("BT … ET") as PDF operators (str) and LateRuns, in drawing order."""

    __slots__ = ("items", "chars", "written")

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = tuple(items)
        chars: dict[str, set[str]] = {}
        for item in self.items:
            if type(item) is LateRun:
                chars.setdefault(item.font, set()).update(item.text)
        self.chars = {font: frozenset(found) for font, found in chars.items()}
        self.written: tuple[int, str] = (-1, "")  # (numbering, the program written with it)


def emit(canv: Any, program: LateProgram) -> None:
    """Append ``program`` to the page: as it is on a ``LateTextCanvas``, encoded now on any other canvas."""
    canv._code.append(program)
    if isinstance(canv, LateTextCanvas):
        canv.late_text = True
    else:
        resolve(canv, len(canv._code) - 1)


class LateTextCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose pages may hold LatePrograms; they are written just before the page is closed."""

    late_text = False

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        if self.late_text:
            resolve(self)
            self.late_text = False
        super().showPage()


_numberings: dict[tuple[Any, ...], int] = {}
_numberings_lock = threading.Lock()
_next_numbering = itertools.count(1)


def _numbering_id(key: tuple[Any, ...]) -> int:
    """A number standing for one numbering of characters: equal keys, equal numbers; never reused."""
    with _numberings_lock:
        found = _numberings.get(key)
        if found is None:
            if len(_numberings) >= _MAX_NUMBERINGS:
                _numberings.clear()  # programs holding an old number simply write themselves again
            found = _numberings[key] = next(_next_numbering)
        return found


def resolve(canv: Any, start: int = 0) -> None:
    """Replace the LatePrograms in the canvas's page (from ``start``) by PDF text, numbering new characters in
    code-point order."""
    code = canv._code
    doc = canv._doc
    where = [i for i in range(start, len(code)) if type(code[i]) is LateProgram]
    if not where:
        return
    chars: dict[str, set[str]] = {}
    for i in where:
        for name, found in code[i].chars.items():
            chars.setdefault(name, set()).update(found)
    fonts: dict[str, tuple[Any, str]] = {}
    fresh = True  # no character of these fonts numbered before in this document: the numbering can be shared
    key: list[Any] = []
    for name in sorted(chars):
        font = pdfmetrics.getFont(name)
        font.splitString("", doc)  # makes the font's numbering for this document if it has none yet
        state = font.state[doc]
        fresh = fresh and state.nextCode == 1
        new = "".join(sorted(ch for ch in chars[name] if ord(ch) not in state.assignments))
        if new:
            font.splitString(new, doc)
        fonts[name] = (font, font.getSubsetInternalName(0, doc))
        # Printable ASCII keeps its own code in every document (ReportLab's readable first subset): only the
        # other characters, numbered in order, make one numbering differ from another.
        numbered = chars[name] if not font._asciiReadable else (ch for ch in chars[name] if not " " <= ch <= "~")
        key.append((name, fonts[name][1], frozenset(numbered)))
    numbering = _numbering_id(tuple(key)) if fresh else 0
    tables: dict[str, dict[int, str]] = {}
    for i in where:
        program = code[i]
        if numbering and program.written[0] == numbering:
            code[i] = program.written[1]
            continue
        for name in program.chars:
            if name not in tables:
                tables[name] = _table(chars[name], fonts[name][0].state[doc].assignments)
        text = _write(canv, program.items, fonts, tables)
        if numbering:
            program.written = (numbering, text)
        code[i] = text


def _write(canv: Any, items: tuple[Any, ...], fonts: dict[str, tuple[Any, str]],
           tables: dict[str, dict[int, str]]) -> str:
    """One program as PDF text operators: a font is set where a run's font, size or subset changes."""
    doc = canv._doc
    out: list[str] = []
    current: tuple[str, float, int] | None = None
    for item in items:
        if type(item) is not LateRun:
            out.append(item)
            continue
        font, subset0 = fonts[item.font]
        if isinstance(item.text, ShapedStr):  # positioned glyphs (Arabic): ReportLab's own writer
            scratch = canv.beginText()
            scratch.setFont(item.font, item.size, item.leading)
            out.append(scratch._formatText(item.text))
            current = (item.font, item.size, scratch._curSubset)
            continue
        text = item.text.translate(tables[item.font])
        if text.isascii():
            if current != (item.font, item.size, 0):
                out.append(f"{subset0} {fp_str(item.size)} Tf {fp_str(item.leading)} TL")
                current = (item.font, item.size, 0)
            out.append(f"({text}) Tj")
            continue
        for subset, data in font.splitString(item.text, doc):  # beyond the first 256 characters: more subsets
            if current != (item.font, item.size, subset):
                out.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(item.size)} Tf "
                           f"{fp_str(item.leading)} TL")
                current = (item.font, item.size, subset)
            out.append(f"({escapePDF(data)}) Tj")
    return " ".join(out)


def _table(chars: set[str], assigned: dict[int, int]) -> dict[int, str]:
    """Character → escaped code (``str.translate``) for ``chars`` numbered in the font's first subset.

    A character the font lacks is written as code 0 (.notdef) and a no-break space as the space, as ReportLab
    does; one numbered in a later subset is left as it is (not ASCII), which sends its run to the general path.
    """
    table: dict[int, str] = {}
    for ch in chars:
        o = ord(ch)
        code = assigned.get(32 if o == 0xA0 else o, 0)
        if code < 256:
            table[o] = _ESCAPED[code]
    return table
