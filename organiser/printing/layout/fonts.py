"""Bundled Noto type (Latin/Cyrillic faces paired with Arabic and Hebrew partners), registration, run fallback.

Noto is split per script: Noto Sans has no Arabic or Hebrew, Noto Sans Arabic no A–Z, Noto Sans Hebrew no digits or
punctuation. Each Latin face therefore names the Arabic and Hebrew faces designed to sit beside it, and a character
none of them has falls back to DejaVu Sans (kept only as the last glyph fallback).
"""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from fnmatch import fnmatch
from functools import lru_cache, partial
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTEncoding, TTFont

from organiser.assets import resource_path
from organiser.printing.layout.font_cache import load_face
from organiser.printing.layout.font_objects import RememberedDictionary, RememberedFont, written_array, written_stream
from organiser.records import record

FONT_DIR: Path = resource_path("fonts")


@record
class FontFamily:
    """One typeface: a registered ReportLab font name and TTF file per style."""

    regular: tuple[str, str]
    bold: tuple[str, str]
    italic: tuple[str, str]
    bold_italic: tuple[str, str]


_SANS = ("Org-Sans", "NotoSans-Regular.ttf")
_SANS_BOLD = ("Org-Sans-Bold", "NotoSans-Bold.ttf")
_SANS_ITALIC = ("Org-Sans-Italic", "NotoSans-Italic.ttf")
_SANS_BOLD_ITALIC = ("Org-Sans-BoldItalic", "NotoSans-BoldItalic.ttf")
_SERIF = ("Org-Serif", "NotoSerif-Regular.ttf")
_SERIF_BOLD = ("Org-Serif-Bold", "NotoSerif-Bold.ttf")
_SERIF_ITALIC = ("Org-Serif-Italic", "NotoSerif-Italic.ttf")
_DISPLAY_BOLD = ("Org-Display-Bold", "NotoSansDisplay-Bold.ttf")
_AR_SANS = ("Org-Arabic", "NotoSansArabic-Regular.ttf")
_AR_SANS_BOLD = ("Org-Arabic-Bold", "NotoSansArabic-Bold.ttf")
_AR_NASKH = ("Org-Naskh", "NotoNaskhArabic-Regular.ttf")
_AR_NASKH_BOLD = ("Org-Naskh-Bold", "NotoNaskhArabic-Bold.ttf")
_HE_SANS = ("Org-Hebrew", "NotoSansHebrew-Regular.ttf")
_HE_SANS_BOLD = ("Org-Hebrew-Bold", "NotoSansHebrew-Bold.ttf")
_HE_SERIF = ("Org-Hebrew-Serif", "NotoSerifHebrew-Regular.ttf")
_HE_SERIF_BOLD = ("Org-Hebrew-Serif-Bold", "NotoSerifHebrew-Bold.ttf")
_FALLBACK = ("Org-Fallback", "DejaVuSans.ttf")
_FALLBACK_BOLD = ("Org-Fallback-Bold", "DejaVuSans-Bold.ttf")

# Pairings: sans body with sans headlines; serif (Naskh, serif Hebrew) for the newspaper look; "display" is the
# tighter Noto Sans Display bold for headlines and bands (its regular/italic are the sans ones).
FAMILIES: dict[str, FontFamily] = {
    "sans": FontFamily(_SANS, _SANS_BOLD, _SANS_ITALIC, _SANS_BOLD_ITALIC),
    "serif": FontFamily(_SERIF, _SERIF_BOLD, _SERIF_ITALIC, _SERIF_BOLD),
    "display": FontFamily(_SANS, _DISPLAY_BOLD, _SANS_ITALIC, _DISPLAY_BOLD),
}

_ALL_FONTS: tuple[tuple[str, str], ...] = (
    _SANS, _SANS_BOLD, _SANS_ITALIC, _SANS_BOLD_ITALIC, _SERIF, _SERIF_BOLD, _SERIF_ITALIC, _DISPLAY_BOLD,
    _AR_SANS, _AR_SANS_BOLD, _AR_NASKH, _AR_NASKH_BOLD, _HE_SANS, _HE_SANS_BOLD, _HE_SERIF, _HE_SERIF_BOLD,
    _FALLBACK, _FALLBACK_BOLD,
)


class SubsetFont(TTFont):  # type: ignore[misc]
    """A TTF whose subsets get tags unique to their glyphs and a ToUnicode map to base letters.

    ReportLab tags every first subset ``AAAAAA+``, so two of our PDFs merged into one share a tag for different
    glyph sets; and Arabic glyphs map to presentation forms (U+FExx), which search and copy do not match.
    """

    @classmethod
    def from_face(cls, name: str, face: Any) -> SubsetFont:
        """The font of an already parsed face (``font_cache``): what ``TTFont.__init__`` does after parsing."""
        font = cls.__new__(cls)
        font.fontName = name
        font.face = face
        font.encoding = TTEncoding()
        font.state = WeakKeyDictionary()
        font._asciiReadable = rl_config.ttfAsciiReadable
        font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
        return font

    def addObjects(self, doc: object) -> None:  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        state.frozen = 1
        face = self.face
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            glyphs = tuple(subset)
            base = f"{subset_tag(face.name, glyphs)}+{face.name.decode('latin-1')}"
            base += face.subfontNameX.decode("latin-1")
            font = RememberedFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = written_array(doc, ("widths", self.fontName, glyphs), partial(_widths, face, subset))
            cmap = written_stream(doc, ("cmap", self.fontName, glyphs), partial(_cmap, base, subset))
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)  # type: ignore[attr-defined]
            font.FontDescriptor = self._descriptor(doc, base, glyphs)
            doc.Reference(font, internal)  # type: ignore[attr-defined]
            doc.idToObject["BasicFonts"].dict[internal] = font  # type: ignore[attr-defined]
        del self.state[doc]

    def _descriptor(self, doc: Any, fontname: str, glyphs: tuple[int, ...]) -> Any:
        """ReportLab's ``addSubsetObjects`` with the font file written once per glyph set."""
        face = self.face

        def font_file() -> tuple[bytes, dict[str, Any]]:
            data = face.makeSubset(list(glyphs))
            return data, {"Length1": len(data)}

        stream = written_stream(doc, ("file", self.fontName, glyphs), font_file)
        file_ref = doc.Reference(stream, f"fontFile:{face.filename}({fontname})")
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = RememberedDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname), "ItalicAngle": face.italicAngle, "StemV": face.stemV,
            "FontFile2": file_ref, "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


def _widths(face: Any, subset: list[int]) -> list[int]:
    return [face.getCharWidth(c) for c in subset]


def _cmap(name: str, subset: list[int]) -> tuple[str, dict[str, Any]]:
    return to_unicode_cmap(name, subset), {}


@lru_cache(maxsize=512)
def subset_tag(face_name: bytes, subset: tuple[int, ...]) -> str:
    """Six capital letters from the font and its glyph set: equal only for the same glyphs of the same font."""
    digest = hashlib.sha256(face_name + b"|" + ",".join(map(str, subset)).encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])


def _unicode_of(code: int) -> str:
    """What a glyph stands for: Arabic presentation forms as their letter.

    Ligatures (lam-alef) keep their own code point: extractors that reorder right-to-left text by position
    would otherwise swap the two letters of one glyph.
    """
    ch = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        base = unicodedata.normalize("NFKC", ch)
        return base if len(base) == 1 and base.strip() else ch
    return ch


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """ToUnicode CMap of one single-byte subset, as ReportLab writes it but with base letters."""
    rows = [f"<{i:02X}> <{_unicode_of(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def", f"/CMapName /{name} def",
        "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *rows, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


_FILES = dict(_ALL_FONTS)

# Script partners of each Latin face, in search order; DejaVu last, the other weight's chain after it.
_REG_SANS = ("Org-Arabic", "Org-Hebrew", "Org-Fallback")
_BOLD_SANS = ("Org-Arabic-Bold", "Org-Hebrew-Bold", "Org-Fallback-Bold")
_REG_SERIF = ("Org-Naskh", "Org-Hebrew-Serif", "Org-Fallback")
_BOLD_SERIF = ("Org-Naskh-Bold", "Org-Hebrew-Serif-Bold", "Org-Fallback-Bold")
_PARTNERS: dict[str, tuple[str, ...]] = {
    "Org-Sans": _REG_SANS + _BOLD_SANS,
    "Org-Sans-Italic": _REG_SANS + _BOLD_SANS,
    "Org-Sans-Bold": _BOLD_SANS + _REG_SANS,
    "Org-Sans-BoldItalic": _BOLD_SANS + _REG_SANS,
    "Org-Display-Bold": _BOLD_SANS + _REG_SANS,
    "Org-Serif": _REG_SERIF + _REG_SANS,
    "Org-Serif-Italic": _REG_SERIF + _REG_SANS,
    "Org-Serif-Bold": _BOLD_SERIF + _BOLD_SANS,
}
_DEFAULT_PARTNERS = _REG_SANS + _BOLD_SANS

# Arabic and Hebrew drawn at the Latin size look small: Noto Sans Arabic's heh is 471 units high against the Latin
# x-height of 536, Naskh's 408; Hebrew letters (593 sans, 647 serif) already sit between x-height and cap height.
# Factors bring the Arabic bowl to about the Latin x-height and keep the alef below 1.15 × cap height.
_SCALE: dict[str, float] = {
    "Org-Arabic": 1.1, "Org-Arabic-Bold": 1.1, "Org-Naskh": 1.2, "Org-Naskh-Bold": 1.2,
    "Org-Hebrew-Serif": 0.96, "Org-Hebrew-Serif-Bold": 0.96,
}

# Parsing one TTF costs ~20 ms: the body faces load first, the others on first use.
_CORE = ("Org-Sans", "Org-Sans-Bold")
_lock = threading.Lock()
_coverage: dict[str, frozenset[str]] = {}  # characters each font maps: a whole word is checked in one step
_mapped = False


def _ensure(name: str) -> None:
    """Register one bundled font (if it is not yet) and record which characters it covers."""
    if name in _coverage:
        return
    with _lock:
        if name in _coverage:
            return
        # getFont() on an unknown name first searches ReportLab's AFM files (~8 ms each): ask the registry instead.
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
        else:
            font = SubsetFont.from_face(name, load_face(FONT_DIR / _FILES[name]))
            pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(map(chr, font.face.charToGlyph))


def _ensure_all() -> None:
    for name, _ in _ALL_FONTS:
        _ensure(name)


def register_fonts() -> None:
    """Register the fonts every flyer needs and the family mappings (idempotent); other styles load on use."""
    global _mapped
    for name in _CORE:
        _ensure(name)
    if not _mapped:
        done: set[str] = set()
        for fam in FAMILIES.values():
            # "display" shares the sans regular: the first family (sans) owns its bold/italic mapping.
            if fam.regular[0] in done:
                continue
            done.add(fam.regular[0])
            addMapping(fam.regular[0], 0, 0, fam.regular[0])
            addMapping(fam.regular[0], 1, 0, fam.bold[0])
            addMapping(fam.regular[0], 0, 1, fam.italic[0])
            addMapping(fam.regular[0], 1, 1, fam.bold_italic[0])
        _mapped = True


@lru_cache(maxsize=64)  # asked for every run of every line: registered once, then a lookup
def font_name(family: str, bold: bool = False, italic: bool = False) -> str:
    """Registered font name for a family and style; unknown families raise KeyError."""
    register_fonts()
    fam = FAMILIES[family]
    if bold and italic:
        name = fam.bold_italic[0]
    elif bold:
        name = fam.bold[0]
    elif italic:
        name = fam.italic[0]
    else:
        name = fam.regular[0]
    _ensure(name)
    return name


def covers(font: str, text: str) -> bool:
    """Whether a registered bundled font maps every character of ``text`` (a word set in one font)."""
    chars = _coverage.get(font)
    return chars is not None and chars.issuperset(text)


def has_glyph(font: str, ch: str) -> bool:
    """Whether a registered bundled font maps this character."""
    if font in _FILES:
        _ensure(font)
    cov = _coverage.get(font)
    return cov is not None and ch in cov


@lru_cache(maxsize=8192)
def font_for_char(ch: str, preferred: str) -> str:
    """``preferred`` if it has the glyph, else a bundled font that has it, else ``preferred``."""
    register_fonts()
    if preferred in _FILES:
        _ensure(preferred)
    first = ch[0] if ch else "\0"
    cov = _coverage.get(preferred)
    if cov is None or first in cov:
        return preferred
    for name in _PARTNERS.get(preferred, _DEFAULT_PARTNERS):
        _ensure(name)
        if first in _coverage[name]:
            return name
    return preferred


def font_scale(font: str) -> float:
    """Size factor that matches a script partner's letters to the Latin face's (1.0 for Latin faces)."""
    return _SCALE.get(font, 1.0)


def _ignorable(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return ch.isspace() or cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Cs")


def missing_glyphs(text: str) -> set[str]:
    """Characters that no bundled font can draw (whitespace, controls and bidi marks ignored)."""
    return set(_missing(text))


@lru_cache(maxsize=4096)
def _missing(text: str) -> frozenset[str]:
    """Preflight asks about every text of a flyer on every render: the answer per text never changes."""
    register_fonts()
    out: set[str] = set()
    for ch in set(text):
        if any(ch in cov for cov in list(_coverage.values())) or _ignorable(ch):
            continue
        _ensure_all()  # rare: only a character the core fonts lack needs the other styles parsed
        if not any(ch in cov for cov in _coverage.values()):
            out.add(ch)
    return frozenset(out)
