"""Export a flyer to a PDF or PNG file: render, impose (N-up or tiles), rasterise, write atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from organiser.atomic import write_files_atomically
from organiser.errors import RenderError
from organiser.flyers.images import ImageSource
from organiser.flyers.model import Flyer, Paper, PrintMode

if TYPE_CHECKING:
    from organiser.printing.render.pdf import PreflightWarning
    from organiser.printing.render.standards import Standard

SUFFIXES = (".pdf", ".png")


@dataclass(frozen=True)
class ExportOptions:
    """Per-export choices; ``None`` means "as the flyer's print settings say"."""

    mode: PrintMode | None = None
    paper: Paper | None = None
    nup: int | None = None  # 1, 2, 4 or 8 copies per sheet
    tile: str | None = None  # sheet size to tile a poster across, e.g. "A4"
    grayscale: bool | None = None
    cmyk: bool | None = None
    dpi: int = 150
    crop_marks: bool | None = None  # None: the default of the mode; with N-up, the cut marks
    double_sided: bool | None = None
    sheet: str = "A4"  # the sheet N-up copies are printed on (shops: SRA3 or SRA4)
    standards: tuple[str, ...] = ()  # "pdfx" (PDF/X-4 for a press), "pdfa" (PDF/A-2b for an archive)
    images: ImageSource | None = None  # where image references resolve (file folder, corpus); None: nowhere


@dataclass(frozen=True)
class ExportReport:
    path: Path
    pages: int  # flyer pages
    sheets: int  # pages of the written PDF (sheets after N-up or tiling)
    warnings: tuple[PreflightWarning, ...]
    files: tuple[Path, ...] = ()  # every file written (several for a multi-page PNG export)


def png_paths(out_path: Path, count: int) -> list[Path]:
    """``name.png`` for one page, else ``name-1.png``, ``name-2.png``..."""
    if count == 1:
        return [out_path]
    return [out_path.with_name(f"{out_path.stem}-{i}{out_path.suffix}") for i in range(1, count + 1)]


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _nup_warning(flyer: Flyer, options: ExportOptions, n: int) -> tuple[PreflightWarning, ...]:
    """Shrinking a big page onto a handout sheet makes its text too small to read."""
    from dataclasses import replace

    from organiser.printing.preflight import PreflightWarning
    from organiser.printing.render.impose import MM, nup_scale

    paper = options.paper or flyer.page.paper
    w, h = replace(flyer.page, paper=paper).size_mm()
    scale = nup_scale(n, (w * MM, h * MM), options.sheet)
    if scale >= 0.9:
        return ()
    target = {2: "A5", 4: "A6", 8: "A7"}[n] if options.sheet == "A4" else "a smaller page"
    return (PreflightWarning(
        "nup-shrunk",
        f"{n}-up prints this {paper} flyer at {scale:.0%} of its size; text may be too small to read "
        f"(make the page {target})",
    ),)


def export_flyer(flyer: Flyer, out_path: Path, options: ExportOptions = ExportOptions()) -> ExportReport:
    """Render ``flyer`` to ``out_path`` (.pdf or .png); raises RenderError with a plain message."""
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RenderError(f"{out_path}: unsupported file type {suffix or '(none)'} (use .pdf or .png)")
    nup = flyer.print.nup if options.nup is None else options.nup
    double_sided = flyer.print.double_sided if options.double_sided is None else options.double_sided
    if nup not in (1, 2, 4, 8):
        raise RenderError(f"cannot put {nup} copies on a sheet: use 1, 2, 4 or 8")
    if nup > 1 and options.tile:
        raise RenderError("choose N-up copies or poster tiling, not both")
    imposed = nup > 1 or options.tile is not None
    shop = (options.mode or flyer.print.mode) == "shop"
    shop_sheet = shop and nup > 1
    unknown = [s for s in options.standards if s not in ("pdfx", "pdfa")]
    if unknown:
        raise RenderError(f"unknown PDF standard {unknown[0]!r} (use pdfx or pdfa)")
    standards = cast("tuple[Standard, ...]", tuple(options.standards))
    # A PNG is for screens: no bleed or crop marks unless asked for.
    bare_page = imposed or (suffix == ".png" and options.crop_marks is not True)

    from organiser.printing.render.pdf import RenderOptions, render_flyer

    # Imposed pages are placed by their trim box: the page's own marks and bleed would only be clipped away.
    render_options = RenderOptions(
        mode=options.mode,
        paper=options.paper,
        grayscale=options.grayscale,
        cmyk=options.cmyk,
        crop_marks=False if bare_page else options.crop_marks,
        # Shop sheets cut every copy out on its own: each keeps its bleed (and gets its own marks on the sheet).
        bleed_mm=None if shop_sheet or not bare_page else 0.0,
        standards=standards,
        images=options.images,
    )
    result = render_flyer(flyer, render_options)
    pdf, sheets = result.pdf, result.page_count
    warnings = tuple(result.warnings)
    if shop_sheet:
        from organiser.printing.render.sheets import shop_nup

        warnings += _nup_warning(flyer, options, nup)
        pdf = shop_nup(pdf, cast(Literal[2, 4, 8], nup), options.sheet, crop_marks=options.crop_marks is not False,
                       double_sided=double_sided)
    elif nup > 1:
        from organiser.printing.render.impose import nup as impose_nup

        warnings += _nup_warning(flyer, options, nup)
        copies = cast(Literal[2, 4, 8], nup)
        pdf = impose_nup(pdf, copies, options.sheet, cut_marks=options.crop_marks is not False,
                         double_sided=double_sided)
    elif options.tile is not None:
        from organiser.printing.render.impose import tile

        pdf = tile(pdf, options.tile)
        sheets = _page_count(pdf)
    if imposed:
        # The sheets get the same colour rules (hairlines now measured at their scaled size) and standard.
        from organiser.printing.render.checks import output_checks
        from organiser.printing.render.finish import finish_pdf

        pdf = finish_pdf(pdf, result.colour, standards)
        layout_codes = {w.code for w in warnings}
        warnings += tuple(w for w in output_checks(pdf, result.colour, standards) if w.code not in layout_codes)

    if suffix == ".pdf":
        files = [(out_path, pdf)]
    else:
        from organiser.printing.render.png import pdf_to_png

        images = pdf_to_png(pdf, dpi=options.dpi)
        files = list(zip(png_paths(out_path, len(images)), images, strict=True))
    write_files_atomically(files)
    return ExportReport(
        path=out_path,
        pages=result.page_count,
        sheets=sheets,
        warnings=warnings,
        files=tuple(p for p, _ in files),
    )
