"""Text drawn as a reusable program and given its font codes when its page ends.

ReportLab numbers a TrueType subset's characters in the order a document first draws them, so drawn text cannot
be reused from one document to the next: an edit re-renders the whole page and every paragraph is encoded again.
Here a paragraph is drawn once into a *program* — PDF operators with ``LateRun``s in place of encoded strings —
that any later render of the same paragraph appends as it is. When a page ends (``LateTextCanvas.showPage``) the
characters its runs need are numbered in code-point order, then every run is written with those numbers: the same
document always gives the same bytes, whatever was rendered before.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

_ESCAPED = [escapePDF(bytes((code,))) for code in range(256)]  # one subset code as it is written in a PDF string


class LateRun:
    """A run of text in one font and size, encoded when its page ends."""

    __slots__ = ("font", "size", "leading", "text")

    def __init__(self, font: str, size: float, leading: float, text: str) -> None:
        self.font, self.size, self.leading, self.text = font, size, leading, text

    def __repr__(self) -> str:
        return f"LateRun({self.font!r}, {self.size}, {self.text!r})"


Program = tuple[Any, ...]  # PDF operators (str) and LateRuns, in drawing order


def emit(canv: Any, program: Program) -> None:
    """Append ``program`` to the page: as it is on a ``LateTextCanvas``, encoded now on any other canvas."""
    if isinstance(canv, LateTextCanvas):
        canv._code.extend(program)
        canv.late_runs = True
    else:
        start = len(canv._code)
        canv._code.extend(program)
        resolve(canv, start)


class LateTextCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose pages may hold LateRuns; they are encoded just before the page is closed."""

    late_runs = False

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        if self.late_runs:
            resolve(self)
            self.late_runs = False
        super().showPage()


def resolve(canv: Any, start: int = 0) -> None:
    """Replace the LateRuns in the canvas's page (from ``start``) by PDF text operators, numbering new characters
    in code-point order."""
    code = canv._code
    doc = canv._doc
    chars: dict[str, set[str]] = {}
    for item in code[start:]:
        if type(item) is LateRun:
            chars.setdefault(item.font, set()).update(item.text)
    if not chars:
        return
    tables: dict[str, tuple[Any, dict[int, str], str]] = {}
    for name in sorted(chars):
        font = pdfmetrics.getFont(name)
        font.splitString("", doc)  # makes the font's numbering for this document if it has none yet
        assigned = font.state[doc].assignments
        new = "".join(sorted(ch for ch in chars[name] if ord(ch) not in assigned))
        if new:
            font.splitString(new, doc)
        tables[name] = (font, _table(font, doc), font.getSubsetInternalName(0, doc))
    current: tuple[str, float, int] | None = None
    scratch: Any = None
    for i in range(start, len(code)):
        item = code[i]
        if type(item) is not LateRun:
            if item == "BT":
                current = None  # a new text object: its first run sets the font
            continue
        font, table, subset0 = tables[item.font]
        if isinstance(item.text, ShapedStr):  # positioned glyphs (Arabic): ReportLab's own writer
            if scratch is None:
                scratch = canv.beginText()
            scratch.setFont(item.font, item.size, item.leading)
            scratch._curSubset = -1
            code[i] = scratch._formatText(item.text)
            current = (item.font, item.size, scratch._curSubset)
            continue
        text = item.text.translate(table)
        if text.isascii():
            out = f"({text}) Tj"
            if current != (item.font, item.size, 0):
                out = f"{subset0} {fp_str(item.size)} Tf {fp_str(item.leading)} TL {out}"
                current = (item.font, item.size, 0)
            code[i] = out
            continue
        parts = []  # characters beyond the first 256 of this font: several subsets
        for subset, data in font.splitString(item.text, doc):
            if current != (item.font, item.size, subset):
                parts.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(item.size)} Tf "
                             f"{fp_str(item.leading)} TL")
                current = (item.font, item.size, subset)
            parts.append(f"({escapePDF(data)}) Tj")
        code[i] = " ".join(parts)


def _table(font: Any, doc: Any) -> dict[int, str]:
    """Character → escaped code for the characters of ``font``'s first subset in ``doc`` (``str.translate``).

    A character the font lacks is written as code 0 (.notdef), as ReportLab does; one in a later subset is left
    as it is (not ASCII), which sends its run to the general path.
    """
    assignments = font.state[doc].assignments
    table = {ch: _ESCAPED[0] for ch in range(128)}
    table.update({ch: _ESCAPED[code] for ch, code in assignments.items() if code < 256})
    table[0xA0] = table.get(32, _ESCAPED[0])
    return table
