"""Printing a flyer's editions: one edition, every edition (a file each or a page each), or two side by side.

A bilingual sheet sets each edition on half of the paper (an A4 sheet holds two A5 editions, side by side on a
landscape sheet or stacked on a portrait one), each laid out for its half in its own direction, not shrunk.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Literal

from organiser.atomic import write_files_atomically
from organiser.errors import RenderError
from organiser.flyers import editions
from organiser.flyers.model import PAPER_SIZES_MM, Flyer, Orientation, Paper
from organiser.printing.export import ExportOptions, ExportReport, export_flyer
from organiser.printing.preflight import PreflightWarning

BilingualLayout = Literal["side", "stacked"]
Warnings = tuple[PreflightWarning, ...]
LANGUAGE_NAMES = {"en": "English", "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "ru": "Russian"}
# The paper of half a sheet, in the same family (A4 → A5); Letter halves to A5 fitted into its half.
HALF_PAPER: dict[str, Paper] = {"A2": "A3", "A3": "A4", "A4": "A5", "A5": "A6", "A6": "A7", "Tabloid": "Letter",
                                "Letter": "A5"}
MM = 72 / 25.4
DEFAULTS = ExportOptions()


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, lang)


def edition_warnings(flyer: Flyer, lang: str) -> tuple[PreflightWarning, ...]:
    """What a translator still has to do before ``lang`` prints wholly in its language."""
    if lang == flyer.lang:
        return ()
    status = editions.status(flyer, lang)
    out = []
    if status.missing:
        out.append(PreflightWarning(
            "edition-missing", f"The {language_name(lang)} edition has {len(status.missing)} untranslated "
            f"text(s); they print in {language_name(flyer.lang)} (first: {status.missing[0]})"))
    if status.outdated:
        out.append(PreflightWarning(
            "edition-outdated", f"{len(status.outdated)} text(s) of the {language_name(lang)} edition are older "
            f"than the original (first: {status.outdated[0]})"))
    return tuple(out)


def export_edition(flyer: Flyer, lang: str, out_path: Path, options: ExportOptions = DEFAULTS) -> ExportReport:
    report = export_flyer(editions.localise(flyer, lang), out_path, options)
    return replace(report, warnings=report.warnings + edition_warnings(flyer, lang))


def edition_path(out_path: Path, lang: str) -> Path:
    """``flyer.pdf`` → ``flyer-ar.pdf``."""
    return out_path.with_name(f"{out_path.stem}-{lang}{out_path.suffix}")


def export_all_editions(flyer: Flyer, out_path: Path, options: ExportOptions = DEFAULTS,
                        one_file: bool = False) -> list[ExportReport]:
    """Every language of the flyer: a file each (``name-LANG.pdf``), or one PDF with the editions in turn."""
    langs = editions.all_languages(flyer)
    if not one_file:
        return [export_edition(flyer, lang, edition_path(out_path, lang), options) for lang in langs]
    if out_path.suffix.lower() != ".pdf":
        raise RenderError(f"{out_path}: every edition in one file needs a .pdf file")
    from pypdf import PdfReader, PdfWriter

    writer, pages = PdfWriter(), 0
    warnings: tuple[PreflightWarning, ...] = ()
    for lang in langs:
        pdf, count, found = _render(editions.localise(flyer, lang), options)
        reader = PdfReader(io.BytesIO(pdf))
        if not writer.pages and reader.metadata:
            writer.add_metadata(dict(reader.metadata))
        for page in reader.pages:
            writer.add_page(page)
        pages += count
        warnings += found + edition_warnings(flyer, lang)
    buffer = io.BytesIO()
    writer.write(buffer)
    write_files_atomically([(out_path, buffer.getvalue())])
    return [ExportReport(out_path, pages, len(writer.pages), warnings, (out_path,))]


def _render(flyer: Flyer, options: ExportOptions, bare: bool = False) -> tuple[bytes, int, Warnings]:
    """PDF bytes, page count and preflight findings of one (already localised) flyer."""
    from organiser.printing.render.pdf import RenderOptions, render_flyer

    result = render_flyer(flyer, RenderOptions(
        mode=options.mode, paper=None if bare else options.paper, grayscale=options.grayscale, cmyk=options.cmyk,
        crop_marks=False if bare else options.crop_marks, bleed_mm=0.0 if bare else None,
        images=options.images))
    return result.pdf, result.page_count, tuple(result.warnings)


def export_bilingual(flyer: Flyer, langs: tuple[str, str], out_path: Path, layout: BilingualLayout = "side",
                     options: ExportOptions = DEFAULTS) -> ExportReport:
    """Two editions on one sheet of the flyer's paper; each page of the first faces the same page of the second."""
    if out_path.suffix.lower() != ".pdf":
        raise RenderError(f"{out_path}: a bilingual sheet is written as a .pdf file")
    known = editions.all_languages(flyer)
    for lang in langs:
        if lang not in known:
            raise RenderError(f"the flyer has no {language_name(lang)} edition (it has: {', '.join(known)})")
    if langs[0] == langs[1]:
        raise RenderError("choose two different languages for a bilingual sheet")
    paper = options.paper or flyer.page.paper
    half = HALF_PAPER.get(paper)
    if half is None:
        raise RenderError(f"a bilingual sheet cannot be made from {paper} paper")
    sheet_w, sheet_h = PAPER_SIZES_MM[paper]  # portrait
    orientation: Orientation = "portrait" if layout == "side" else "landscape"
    sheet = (sheet_h, sheet_w) if layout == "side" else (sheet_w, sheet_h)
    halves = []
    warnings: tuple[PreflightWarning, ...] = ()
    for lang in langs:
        local = editions.localise(flyer, lang)
        local = replace(local, page=replace(local.page, paper=half, orientation=orientation))
        # Each half is a bare page (no bleed or marks): the sheet is the finished piece.
        pdf, _count, found = _render(local, options, bare=True)
        halves.append(pdf)
        warnings += found + edition_warnings(flyer, lang)
    pdf, sheets = _side_by_side(halves, sheet, layout)
    write_files_atomically([(out_path, pdf)])
    return ExportReport(out_path, sheets, sheets, warnings, (out_path,))


def _side_by_side(halves: list[bytes], sheet_mm: tuple[float, float], layout: BilingualLayout) -> tuple[bytes, int]:
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    readers = [PdfReader(io.BytesIO(pdf)) for pdf in halves]
    width, height = sheet_mm[0] * MM, sheet_mm[1] * MM
    cells = ([(0.0, 0.0), (width / 2, 0.0)] if layout == "side" else [(0.0, height / 2), (0.0, 0.0)])
    cell_w, cell_h = (width / 2, height) if layout == "side" else (width, height / 2)
    writer = PdfWriter()
    for index in range(max(len(r.pages) for r in readers)):
        page = PageObject.create_blank_page(width=width, height=height)
        for reader, (x, y) in zip(readers, cells, strict=True):
            if index >= len(reader.pages):
                continue
            half = reader.pages[index]
            box = half.trimbox
            w, h = float(box.width), float(box.height)
            scale = min(cell_w / w, cell_h / h)
            dx = x + (cell_w - w * scale) / 2 - float(box.left) * scale
            dy = y + (cell_h - h * scale) / 2 - float(box.bottom) * scale
            page.merge_transformed_page(half, Transformation().scale(scale, scale).translate(dx, dy))
        writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), len(writer.pages)
