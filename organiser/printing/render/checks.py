"""Preflight of the written PDF: what a print shop's own preflight would reject, read from the file itself.

The layout checks (``printing.preflight``) see blocks; these see the bytes that leave the app: small text in
rich black, total ink, hairlines, RGB in CMYK output, unembedded fonts, and what PDF/X or PDF/A need.
"""

from __future__ import annotations

import io
from typing import Any

from organiser.printing.color import ColorMode
from organiser.printing.icc import TOTAL_INK_LIMIT
from organiser.printing.preflight import PreflightWarning
from organiser.printing.render.colour_rules import (
    IDENTITY,
    MIN_STROKE_PT,
    SMALL_TEXT_PT,
    Areas,
    Colour,
    Rewriter,
    level_of,
)
from organiser.printing.render.standards import Standard

MAX_IMAGE_SAMPLE = 256  # images are checked for total ink on a thumbnail of at most this many pixels a side


class _Inspector(Rewriter):
    """Walks the page like the colour rules do, changing nothing, and keeps what it saw."""

    def __init__(self, pdf: Any) -> None:
        super().__init__(pdf, "rgb")
        self.rich_small_text = 0
        self.max_ink = 0.0
        self.thinnest = 99.0
        self.rgb_ops = 0
        self.rgb_images = 0
        self.image_ink = 0.0

    def note(self, kind: str, colour: Colour, measure: float, where: tuple[float, float]) -> None:
        space, v = colour
        if space == "rgb":
            self.rgb_ops += 1
        if space == "cmyk":
            if kind == "text" and measure < SMALL_TEXT_PT and level_of(colour) < 0.6 and sum(v[:3]) > 0.02:
                self.rich_small_text += 1
            if kind == "fill":
                self.max_ink = max(self.max_ink, sum(v))
        if kind == "stroke":
            self.thinnest = min(self.thinnest, measure)

    def note_image(self, xobj: Any) -> None:
        cs = xobj.get("/ColorSpace")
        name = str(cs) if cs is not None else ""
        if "DeviceRGB" in name or (name.startswith("[") and "/ICCBased" in name and _icc_n(cs) == 3):
            self.rgb_images += 1
        if "DeviceCMYK" in name:
            self.image_ink = max(self.image_ink, _image_max_ink(xobj))


def _icc_n(cs: Any) -> int:
    try:
        return int(cs[1].get("/N", 0))
    except (IndexError, TypeError, AttributeError):
        return 0


def _image_max_ink(xobj: Any) -> float:
    """Highest C+M+Y+K of a CMYK image (on a thumbnail: a shop's limit is about areas, not single dots)."""
    from pikepdf import PdfImage

    try:
        im = PdfImage(xobj).as_pil_image()
    except Exception:  # an image pikepdf cannot decode is reported by the shop's RIP, not here
        return 0.0
    if im.mode != "CMYK":
        return 0.0
    im.thumbnail((MAX_IMAGE_SAMPLE, MAX_IMAGE_SAMPLE))
    data = im.tobytes()
    if xobj.get("/Decode") is not None and float(xobj.Decode[0]) == 1.0:  # Adobe's inverted CMYK JPEG
        data = bytes(255 - b for b in data)
    return max((sum(data[i:i + 4]) for i in range(0, len(data), 4)), default=0) / 255


def _fonts_not_embedded(pdf: Any) -> list[str]:
    missing: list[str] = []
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for _, font in fonts.items():
            fd = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                fd = font.DescendantFonts[0].get("/FontDescriptor")
            if fd is None or not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont", "?")).lstrip("/"))
    return sorted(set(missing))


def _has_intent(pdf: Any, subtype: str) -> bool:
    intents = pdf.Root.get("/OutputIntents")
    return intents is not None and any(i.get("/S") == subtype and "/DestOutputProfile" in i for i in intents)


def output_checks(pdf_bytes: bytes, colour: ColorMode, standards: tuple[Standard, ...] = ()
                  ) -> list[PreflightWarning]:
    """Warnings about the written file; [] for what the colour rules and standards steps produce."""
    import pikepdf

    out: list[PreflightWarning] = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        seen = _Inspector(pdf)
        for page in pdf.pages:
            seen.rewrite(page.obj, page.obj.get("/Resources"), IDENTITY, Areas())
        cmyk_out = colour == "cmyk" or "pdfx" in standards
        if seen.rich_small_text:
            out.append(PreflightWarning(
                "rich-black-text", "Small text is printed in several inks: use 100 % black (K) so it stays sharp."))
        ink = max(seen.max_ink, seen.image_ink)
        if ink > TOTAL_INK_LIMIT + 0.005:
            out.append(PreflightWarning(
                "total-ink", f"Some areas use {ink:.0%} ink; print shops accept at most {TOTAL_INK_LIMIT:.0%}."))
        if seen.thinnest < MIN_STROKE_PT - 0.005:
            out.append(PreflightWarning(
                "hairline", f"A line is {seen.thinnest:.2f} pt thin; presses do not hold lines under "
                            f"{MIN_STROKE_PT} pt."))
        if cmyk_out and (seen.rgb_ops or seen.rgb_images):
            out.append(PreflightWarning(
                "rgb-in-cmyk", f"The CMYK file still holds RGB colour ({seen.rgb_ops} colours, "
                               f"{seen.rgb_images} images): the shop will convert it without your say."))
        missing = _fonts_not_embedded(pdf)
        if missing:
            out.append(PreflightWarning("font-not-embedded", f"Fonts not embedded: {', '.join(missing)}."))
        if "pdfx" in standards and not _has_intent(pdf, "/GTS_PDFX"):
            out.append(PreflightWarning(
                "no-output-intent", "PDF/X was asked for but the file names no output condition (OutputIntent)."))
        if "pdfa" in standards and not _has_intent(pdf, "/GTS_PDFA1"):
            out.append(PreflightWarning(
                "no-output-intent", "PDF/A was asked for but the file has no colour profile (OutputIntent)."))
    return out
