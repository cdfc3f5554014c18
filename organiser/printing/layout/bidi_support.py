"""Unicode bidi (UAX #9) levels and reordering via python-bidi, and the ``rlbidi`` shim ReportLab expects."""

from __future__ import annotations

import importlib
import re
import sys
import types
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from bidi import get_display
from bidi.mirror import MIRRORED as _MIRRORED

_STRONG_RTL = frozenset(("R", "AL"))
_EXPLICIT = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"))
_RTL_HINT = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI"))
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def first_strong(text: str) -> str | None:
    """'ltr' or 'rtl' for the first strong character of ``text``, None if it has none."""
    bidir = unicodedata.bidirectional
    for ch in text:
        t = bidir(ch)
        if t == "L":
            return "ltr"
        if t in _STRONG_RTL:
            return "rtl"
    return None


# No right-to-left character comes before Hebrew. Negated: a class reaching U+10FFFF takes ms to compile.
_FROM_HEBREW = re.compile("[^\\x00-\\u058f]")


def needs_bidi(text: str) -> bool:
    """False when every character is left-to-right or neutral (levels are then all 0 in an LTR paragraph)."""
    if _FROM_HEBREW.search(text) is None:
        return False  # the common case, found without a loop per character
    bidir = unicodedata.bidirectional
    return any(ch >= "\u0590" and bidir(ch) in _RTL_HINT for ch in text)


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level per character of one paragraph (before the line rule L1), per UAX #9.

    python-bidi's Rust implementation (the ``unicode-bidi`` crate) computes them: it passes every case of
    Unicode's BidiCharacterTest, including paired brackets (N0) and isolates.
    """
    if not text:
        return []
    if not rtl and not needs_bidi(text):
        return [0] * len(text)
    return list(_levels(text, 1 if rtl else 0))


_LEVEL = re.compile(r"Level\(\s*(\d+)")


@lru_cache(maxsize=4096)
def _levels(text: str, base: int) -> tuple[int, ...]:
    """Levels from the Rust implementation's debug dump (one level per UTF-8 byte of the text)."""
    dump = str(get_display(text, base_dir="LR"[base], debug=True))
    i = dump.index("levels: [")
    per_byte = [int(x) for x in _LEVEL.findall(dump, i, dump.index("]", i))]
    raw = text.encode("utf-8")
    levels = tuple(per_byte[k] for k in range(len(raw)) if raw[k] & 0xC0 != 0x80)
    if len(levels) != len(text):
        raise RuntimeError("python-bidi's debug output changed: pin python-bidi to a tested version")
    return levels


def line_levels(text: str, levels: Sequence[int], base: int) -> list[int]:
    """Apply rule L1: trailing whitespace and separators of a line take the paragraph level."""
    out = list(levels)
    bidir = unicodedata.bidirectional
    reset = True
    for i in range(len(text) - 1, -1, -1):
        t = bidir(text[i])
        if t in ("B", "S"):
            out[i] = base
            reset = True
        elif reset and (t in ("WS", "BN") or t in _EXPLICIT):
            out[i] = base
        else:
            reset = False
    return out


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: indices of the items in visual (left-to-right) order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    n = len(levels)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def mirror(ch: str) -> str:
    """Bidi_Mirroring_Glyph of ``ch`` (itself when it has none)."""
    return str(_MIRRORED.get(ch, ch))


def log2vis(
    text: str,
    base_direction: str | None = None,
    clean: bool = False,
    positions_V_to_L: list[int] | None = None,
    **_: Any,
) -> str:
    """Logical to visual string, the function ReportLab's textobject calls as ``rlbidi.log2vis``."""
    direction = (base_direction or "").upper()
    if direction in ("RTL", "R"):
        rtl = True
    elif direction in ("LTR", "L"):
        rtl = False
    else:
        rtl = first_strong(text) == "rtl"
    base = 1 if rtl else 0
    out: list[str] = []
    v2l: list[int] = []
    start = 0
    for seg in text.split("\n"):
        levels = line_levels(seg, resolve_levels(seg, rtl), base)
        for i in visual_order(levels):
            ch = seg[i]
            if clean and ch in BIDI_CONTROLS:
                continue
            out.append(mirror(ch) if levels[i] % 2 else ch)
            v2l.append(start + i)
        start += len(seg) + 1
        out.append("\n")
        v2l.append(start - 1)
    out.pop()
    v2l.pop()
    if positions_V_to_L is not None:
        positions_V_to_L[:] = v2l
    return "".join(out)


_PARAGRAPH_NAMES = (
    "rtlSupport", "bidiText", "bidiWordList", "isBidiStr", "bidiStrWrap", "isBidiList",
    "bidiListWrap", "BidiIndex", "bidiFragWord", "innerBidiStrWrap",
)


def _repair_reportlab(textobject: types.ModuleType) -> None:
    """reportlab.pdfgen was imported first (no bidi): re-run its textobject module and rebind the names
    canvas, paragraph and renderPM imported from it; the original classes are kept (subclasses use them)."""
    keep = {k: getattr(textobject, k) for k in ("PDFTextObject", "_PDFColorSetter")}
    importlib.reload(textobject)
    for k, v in keep.items():
        setattr(textobject, k, v)
    for mod_name in ("reportlab.pdfgen.canvas", "reportlab.graphics.renderPM"):
        mod = sys.modules.get(mod_name)
        if mod is not None and hasattr(mod, "bidiShapedText"):
            mod.bidiShapedText = textobject.bidiShapedText  # type: ignore[attr-defined]
    paragraph = sys.modules.get("reportlab.platypus.paragraph")
    if paragraph is not None:
        for name in _PARAGRAPH_NAMES:
            setattr(paragraph, name, getattr(textobject, name))


def install_rlbidi() -> None:
    """Put an ``rlbidi`` module (python-bidi based) into sys.modules for ReportLab's RTL drawString.

    Idempotent. If reportlab.pdfgen was already imported without it, ReportLab's text module is
    re-initialised so ``canvas.drawString(..., direction='RTL')`` still works.
    """
    if "rlbidi" not in sys.modules:
        mod = types.ModuleType("rlbidi", "python-bidi implementation of the rlbidi API used by ReportLab.")
        mod.log2vis = log2vis  # type: ignore[attr-defined]
        sys.modules["rlbidi"] = mod
    textobject = sys.modules.get("reportlab.pdfgen.textobject")
    if textobject is not None and not getattr(textobject, "rtlSupport", False):
        _repair_reportlab(textobject)
