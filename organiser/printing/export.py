"""Export a flyer to a PDF or PNG file: render, impose (N-up or tiles), rasterise, write atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from organiser.atomic import write_files_atomically
from organiser.errors import RenderError
from organiser.flyers.images import ImageSource
from organiser.flyers.model import Flyer, Paper, PrintMode
from organiser.records import record

if TYPE_CHECKING:
    from organiser.printing.render.pdf import PreflightWarning
    from organiser.printing.render.standards import Standard

SUFFIXES = (".pdf", ".png")


@record
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
    force: bool = False  # print an N-up sheet even when its type would be under the readable minimum


@record
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


MIN_NUP_PT = 6.0  # smallest type an N-up handout may print without being forced
_ISO = ("A2", "A3", "A4", "A5", "A6", "A7")
_STEPS = {2: 1, 4: 2, 8: 3}


def cell_paper(n: int, sheet: str) -> Paper | None:
    """The paper one of ``n`` copies occupies on ``sheet`` (4-up on A4: A6), None if there is no such paper."""
    # SRA sheets are the A size plus room for bleed and marks: copies are laid out for the A size's cells.
    base = {"Letter": "A4", "Tabloid": "A3", "SRA3": "A3", "SRA4": "A4"}.get(sheet, sheet)
    if base not in _ISO or n not in _STEPS:
        return None
    i = _ISO.index(base) + _STEPS[n]
    return cast(Paper, _ISO[i]) if i < len(_ISO) else None


def _nup_scale(flyer: Flyer, paper: Paper, n: int, sheet: str) -> float:
    from dataclasses import replace

    from organiser.printing.render.impose import MM, nup_scale

    w, h = replace(flyer.page, paper=paper).size_mm()
    return nup_scale(n, (w * MM, h * MM), sheet)


def _nup_check(smallest_pt: float, scale: float, n: int, force: bool) -> tuple[PreflightWarning, ...]:
    """An N-up sheet whose smallest type falls under 6 pt is refused (or, forced, printed with a warning)."""
    printed = smallest_pt * scale
    if printed >= MIN_NUP_PT:
        return ()
    reason = (f"{n}-up would print text at {printed:.1f} pt, under the {MIN_NUP_PT:.0f} pt that can be read: "
              f"print fewer copies per sheet")
    if not force:
        raise RenderError(reason + " (or force it)")
    from organiser.printing.preflight import PreflightWarning

    return (PreflightWarning("nup-shrunk", reason),)


def export_flyer(flyer: Flyer, out_path: Path, options: ExportOptions = ExportOptions()) -> ExportReport:  # noqa: B008
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
    # N-up re-lays the flyer for the cell (4-up on A4: an A6 layout, imposed) instead of shrinking the big page.
    paper = options.paper or (cell_paper(nup, options.sheet) if nup > 1 else None)
    render_options = RenderOptions(
        mode=options.mode,
        paper=paper,
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

        scale = _nup_scale(flyer, paper or flyer.page.paper, nup, options.sheet)
        warnings += _nup_check(result.smallest_pt, scale, nup, options.force)
        pdf = shop_nup(pdf, cast(Literal[2, 4, 8], nup), options.sheet, crop_marks=options.crop_marks is not False,
                       double_sided=double_sided)
    elif nup > 1:
        from organiser.printing.render.impose import nup as impose_nup

        scale = _nup_scale(flyer, paper or flyer.page.paper, nup, options.sheet)
        warnings += _nup_check(result.smallest_pt, scale, nup, options.force)
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
