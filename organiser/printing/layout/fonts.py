"""Bundled DejaVu fonts: registration with ReportLab, per-character fallback and missing-glyph checks."""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from organiser.assets import resource_path

FONT_DIR: Path = resource_path("fonts")


@dataclass(frozen=True)
class FontFamily:
    """One typeface: a registered ReportLab font name and TTF file per style."""

    regular: tuple[str, str]
    bold: tuple[str, str]
    italic: tuple[str, str]
    bold_italic: tuple[str, str]


_SANS = ("Org-Sans", "DejaVuSans.ttf")
_SANS_BOLD = ("Org-Sans-Bold", "DejaVuSans-Bold.ttf")
_SANS_OBLIQUE = ("Org-Sans-Oblique", "DejaVuSans-Oblique.ttf")
_SERIF = ("Org-Serif", "DejaVuSerif.ttf")
_SERIF_BOLD = ("Org-Serif-Bold", "DejaVuSerif-Bold.ttf")
_SERIF_ITALIC = ("Org-Serif-Italic", "DejaVuSerif-Italic.ttf")
_CONDENSED_BOLD = ("Org-Condensed-Bold", "DejaVuSansCondensed-Bold.ttf")

# No bold-italic files are bundled: bold-italic falls back to bold (legibility over style).
FAMILIES: dict[str, FontFamily] = {
    "sans": FontFamily(_SANS, _SANS_BOLD, _SANS_OBLIQUE, _SANS_BOLD),
    "serif": FontFamily(_SERIF, _SERIF_BOLD, _SERIF_ITALIC, _SERIF_BOLD),
    "condensed": FontFamily(_SANS, _CONDENSED_BOLD, _SANS_OBLIQUE, _CONDENSED_BOLD),
}

_ALL_FONTS: tuple[tuple[str, str], ...] = (
    _SANS, _SANS_BOLD, _SANS_OBLIQUE, _SERIF, _SERIF_BOLD, _SERIF_ITALIC, _CONDENSED_BOLD,
)
# Fallback search order: the two files that cover Latin, Cyrillic, Arabic and Hebrew come first.
_FALLBACK_REGULAR = ("Org-Sans", "Org-Sans-Bold", "Org-Serif", "Org-Sans-Oblique", "Org-Serif-Italic")
_FALLBACK_BOLD = ("Org-Sans-Bold", "Org-Sans", "Org-Serif-Bold", "Org-Condensed-Bold", "Org-Serif")

class SubsetFont(TTFont):  # type: ignore[misc]
    """A TTF whose subsets get tags unique to their glyphs and a ToUnicode map to base letters.

    ReportLab tags every first subset ``AAAAAA+``, so two of our PDFs merged into one share a tag for different
    glyph sets; and Arabic glyphs map to presentation forms (U+FExx), which search and copy do not match.
    """

    def addObjects(self, doc: object) -> None:  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        if state is None:
            super().addObjects(doc)
            return
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = f"{subset_tag(self.face.name, subset)}+{self.face.name.decode('latin-1')}"
            base += self.face.subfontNameX.decode("latin-1")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(c) for c in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base, subset)
            if doc.compression:  # type: ignore[attr-defined]
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)  # type: ignore[attr-defined]
            font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
            doc.Reference(font, internal)  # type: ignore[attr-defined]
            doc.idToObject["BasicFonts"].dict[internal] = font  # type: ignore[attr-defined]
        del self.state[doc]


def subset_tag(face_name: bytes, subset: list[int]) -> str:
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
# Parsing one TTF costs ~20 ms: the two files that cover every script load first, the other styles on first use.
_CORE = ("Org-Sans", "Org-Sans-Bold")
_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
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
            font = SubsetFont(name, str(FONT_DIR / _FILES[name]))
            pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(font.face.charToGlyph)


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
            # "condensed" shares the sans regular: the first family (sans) owns its bold/italic mapping.
            if fam.regular[0] in done:
                continue
            done.add(fam.regular[0])
            addMapping(fam.regular[0], 0, 0, fam.regular[0])
            addMapping(fam.regular[0], 1, 0, fam.bold[0])
            addMapping(fam.regular[0], 0, 1, fam.italic[0])
            addMapping(fam.regular[0], 1, 1, fam.bold_italic[0])
        _mapped = True


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


def has_glyph(font: str, ch: str) -> bool:
    """Whether a registered bundled font maps this character."""
    if font in _FILES:
        _ensure(font)
    cov = _coverage.get(font)
    return cov is not None and ord(ch) in cov


@lru_cache(maxsize=8192)
def font_for_char(ch: str, preferred: str) -> str:
    """``preferred`` if it has the glyph, else a bundled font that has it, else ``preferred``."""
    register_fonts()
    if preferred in _FILES:
        _ensure(preferred)
    code = ord(ch[0]) if ch else 0
    cov = _coverage.get(preferred)
    if cov is None or code in cov:
        return preferred
    order = _FALLBACK_BOLD if "Bold" in preferred else _FALLBACK_REGULAR
    for name in order:
        _ensure(name)
        if code in _coverage[name]:
            return name
    return preferred


def _ignorable(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return ch.isspace() or cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Cs")


def missing_glyphs(text: str) -> set[str]:
    """Characters that no bundled font can draw (whitespace, controls and bidi marks ignored)."""
    register_fonts()
    out: set[str] = set()
    for ch in set(text):
        code = ord(ch)
        if any(code in cov for cov in list(_coverage.values())) or _ignorable(ch):
            continue
        _ensure_all()  # rare: only a character the core fonts lack needs the other styles parsed
        if not any(code in cov for cov in _coverage.values()):
            out.add(ch)
    return out
