"""Flyer → print-ready PDF: page geometry per print mode, fitting (shrink or grow), metadata, preflight."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import field, replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, LayoutError, PageTemplate

from organiser.errors import RenderError
from organiser.flyers.images import NO_IMAGES, ImageSource, RasterImage, read_flyer_images
from organiser.flyers.limits import check_flyer_size
from organiser.flyers.model import ComparisonBlock, Flyer, Headline, PageSpec, Paper, PrintMode
from organiser.printing.color import ColorMode, convert, enforcer, registration
from organiser.printing.layout.block_cache import BLOCKS
from organiser.printing.layout.blocks import Ctx, build_blocks, footer_paragraphs, is_poster
from organiser.printing.layout.facts import LayoutFacts
from organiser.printing.layout.fonts import font_name, register_fonts
from organiser.printing.layout.labels import is_rtl_lang, page_label
from organiser.printing.layout.late_text import LateTextCanvas
from organiser.printing.layout.sources import SourceIndex, iter_blocks
from organiser.printing.layout.text import ScriptParagraph, text_width
from organiser.printing.layout.themes import Theme, get_theme, min_body_size, min_table_size, paper_ratio, sizes_for
from organiser.printing.preflight import PreflightWarning, preflight
from organiser.printing.render.fitting import Fitter
from organiser.printing.render.justify import JustifyingFrame, SideRoom
from organiser.printing.render.layout_errors import layout_error_message
from organiser.printing.render.marks import PageGeometry, draw_crop_marks, set_boxes
from organiser.printing.render.measure import MeasureFrame, one_page
from organiser.printing.render.provenance import ProvenanceInfo, provenance_line
from organiser.printing.render.standards import Standard
from organiser.records import record

__all__ = ["PreflightWarning", "RenderOptions", "RenderResult", "render_flyer"]

HOME_MIN_MARGIN_MM = 10.0  # most printers cannot print the outer 3–5 mm
SHOP_SAFE_MM = 5.0  # text at least 5 mm inside the trim
PRINTABLE_EDGE_MM = 5.0  # the page number stays this far inside the trim (printer-safe and shop-safe)
FOLIO_GAP_MM = 1.5  # between the bottom of the body/footer and the page number below it


@record
class RenderOptions:
    """Per-export overrides; None means: take it from ``flyer.print`` / ``flyer.page``."""

    mode: PrintMode | None = None
    paper: Paper | None = None
    grayscale: bool | None = None
    cmyk: bool | None = None
    crop_marks: bool | None = None
    bleed_mm: float | None = None
    standards: tuple[Standard, ...] = ()  # "pdfx" (PDF/X-4, implies CMYK unless grayscale), "pdfa" (PDF/A-2b)
    # Where image references resolve: the flyer file's folder and/or its corpus. None: no image can be read.
    images: ImageSource | None = None


@record
class RenderResult:
    pdf: bytes
    page_count: int
    warnings: tuple[PreflightWarning, ...]
    colour: ColorMode = "rgb"  # the colour mode the PDF was written in
    smallest_pt: float = 0.0  # the smallest type size laid out (0: no text)


@record
class _Setup:
    paper: str
    width_mm: float
    height_mm: float
    print_mode: PrintMode
    colour: ColorMode
    margin_mm: float
    geo: PageGeometry
    images: Mapping[str, RasterImage] = field(default_factory=dict)


def _resolve(flyer: Flyer, o: RenderOptions) -> _Setup:
    ps = flyer.print
    mode: PrintMode = o.mode or ps.mode
    paper = o.paper or flyer.page.paper
    page = PageSpec(paper=paper, orientation=flyer.page.orientation, margin_mm=flyer.page.margin_mm)
    w, h = page.size_mm()
    gray = ps.grayscale if o.grayscale is None else o.grayscale
    cmyk = ps.cmyk if o.cmyk is None else o.cmyk
    cmyk = cmyk or "pdfx" in o.standards  # a PDF/X file for a press holds no RGB
    # Greyscale is DeviceGray whatever the press: it prints on the black plate alone.
    colour: ColorMode = "gray" if gray else ("cmyk" if cmyk else "rgb")
    # Small papers get proportionally smaller margins, but never below the printer-safe minimum.
    margin = min(max(flyer.page.margin_mm, 0.0), min(w, h) * 0.1)
    # The same text area in both modes (the shop's 5 mm safe area lies inside the home printer's 10 mm): the proof
    # printed at home breaks every line exactly where the shop's print does.
    margin = max(margin, HOME_MIN_MARGIN_MM, SHOP_SAFE_MM)
    if mode == "shop":
        bleed = ps.bleed_mm if o.bleed_mm is None else o.bleed_mm
        crop = ps.crop_marks if o.crop_marks is None else o.crop_marks
    else:
        bleed, crop = 0.0, False
    return _Setup(paper, w, h, mode, colour, margin,
                  PageGeometry.make(w, h, max(bleed, 0.0), bool(crop)))


def _intended_pages(flyer: Flyer) -> int:
    return 2 if flyer.print.double_sided else 1


class _Unsaved:
    """A laid-out document that is drawn and written only if this layout is the one kept.

    Fitting tries several sizes: trials are only measured (see ``measure.py``); drawing the content and writing
    the PDF (content streams, font subsets) happen once, for the build that is kept.
    """

    def __init__(self, write: Callable[[], bytes]) -> None:
        self._write, self._pdf = write, b""

    def pdf(self) -> bytes:
        if not self._pdf:
            self._pdf = self._write()
        return self._pdf


@record
class _Built:
    document: _Unsaved
    pages: int
    facts: LayoutFacts
    used: float  # content height laid out, all pages together (points)
    frame_h: float
    factor: float = 1.0
    total: int = 0  # the page total printed in the page numbers (0: none)
    air: float = 1.0
    sides: Mapping[int, SideRoom] = field(default_factory=dict)  # gaps and room left, per page

    @property
    def pdf(self) -> bytes:
        return self.document.pdf()


def _nothing(canv: Any, doc: Any) -> None:
    return None


def _build(flyer: Flyer, setup: _Setup, theme: Theme, sources: SourceIndex, factor: float,
           total: int = 0, air: float = 1.0, stretch: Mapping[int, float] | None = None,
           draw: bool = False) -> _Built:
    """One layout at ``factor``; ``total`` > 1 prints a page number "n / total" in the footer area.

    Without ``draw`` the content is only measured; the PDF of the result is drawn on first use.
    """
    geo = setup.geo
    sizes = replace(sizes_for(theme, setup.paper, factor), air=air)
    facts = LayoutFacts(paper=setup.paper, mode=setup.colour, intended_pages=_intended_pages(flyer),
                        factor=factor)
    margin = setup.margin_mm * mm
    o = geo.origin
    frame_w = geo.trim_w - 2 * margin
    frame_h_full = geo.trim_h - 2 * margin
    rtl = is_rtl_lang(flyer.lang)
    shop = setup.print_mode == "shop"
    ext = (margin + geo.bleed) if shop else 0.0
    ctx = Ctx(theme=theme, sizes=sizes, mode=setup.colour, sources=sources, facts=facts, width=frame_w,
              frame_height=frame_h_full, lang=flyer.lang, rtl=rtl, extend_left=ext, extend_right=ext,
              extend_top=ext, poster=is_poster(flyer.blocks), images=setup.images,
              headline=next((b.text for b in flyer.blocks if isinstance(b, Headline)), ""))

    footers = footer_paragraphs(flyer.blocks, ctx)
    foot_h = 0.0
    gap = sizes.gap
    numbered = total > 1 and not ctx.poster
    folio: ScriptParagraph | None = None
    folio_w = 0.0
    folio_y = o + margin  # baseline box of the page number: in the bottom margin when it has room
    if numbered:
        fstyle = ctx.style("small", theme.muted, align="end", hyphenate_lang=None)
        folio = ScriptParagraph(page_label(total, total, flyer.lang), fstyle, "ltr")
        folio_w = text_width(page_label(total, total, flyer.lang), fstyle) + sizes.small
        folio_h = folio.wrap(folio_w, frame_h_full)[1]
        if margin - FOLIO_GAP_MM * mm - folio_h >= PRINTABLE_EDGE_MM * mm:
            folio_y = o + margin - FOLIO_GAP_MM * mm - folio_h
        elif not footers:
            foot_h = folio_h + gap * 0.8
    reserve = folio_w if (folio is not None and folio_y == o + margin) else 0.0
    for p in footers:
        foot_h += p.wrap(frame_w - reserve, frame_h_full)[1]
    if footers:
        foot_h += gap * 1.2
    frame_h = frame_h_full - foot_h
    ctx.frame_height = frame_h
    ctx.cache = BLOCKS.session()
    story = build_blocks(flyer.blocks, ctx)
    if not story:
        from reportlab.platypus import Spacer as RLSpacer

        story = [RLSpacer(1, 1)]

    paper_col = convert(theme.paper, setup.colour)
    rule_col = convert(theme.rule, setup.colour)
    reg = registration(setup.colour)
    draw_background = shop and theme.paper.upper() not in ("#FFFFFF", "#FFF")
    provenance = provenance_line(sources)

    def on_page(canv: Any, doc: Any) -> None:
        info = canv._doc.info
        if provenance and not isinstance(info, ProvenanceInfo):
            # The doc template keeps (and restores) this very object: re-class it rather than replace it.
            info.__class__ = ProvenanceInfo
            info.provenance = provenance
        set_boxes(canv, geo)
        if draw_background:
            x1, y1, x2, y2 = geo.bleed_box
            canv.saveState()
            canv.setFillColor(paper_col)
            canv.rect(x1, y1, x2 - x1, y2 - y1, stroke=0, fill=1)
            canv.restoreState()
        if footers:
            y = o + margin
            for p in reversed(footers):
                p.drawOn(canv, o + margin + (reserve if rtl else 0.0), y)
                y += p.height
            canv.saveState()
            canv.setStrokeColor(rule_col)
            canv.setLineWidth(0.5)
            canv.line(o + margin, y + gap * 0.5, o + margin + frame_w, y + gap * 0.5)
            canv.restoreState()

    def on_page_end(canv: Any, doc: Any) -> None:
        if folio is not None:
            # Muted small type at the end side, under the footer (or beside its last line when the margin is tight).
            num = ScriptParagraph(page_label(doc.page, total, flyer.lang), folio.style, "ltr")
            num.wrap(folio_w, frame_h_full)
            x = o + margin if rtl else o + margin + frame_w - folio_w
            num.drawOn(canv, x, folio_y)
        if geo.crop_marks:
            draw_crop_marks(canv, geo, reg)

    buf = io.BytesIO()

    def body_frame() -> JustifyingFrame:
        return (JustifyingFrame if draw else MeasureFrame)(
            o + margin, o + margin + foot_h, frame_w, frame_h, leftPadding=0, rightPadding=0, topPadding=0,
            bottomPadding=0, id="body", stretch=stretch)
    frame = body_frame()
    canvas: Any = None
    if not draw and one_page(story, frame):
        ctx.cache.release()
        pages, last = 1, frame
    else:
        if not draw:
            frame = body_frame()  # a trial that did not plainly fit one page starts again, in a whole document
        doc = _document(flyer, buf, geo, theme, setup, sizes, frame, on_page if draw else _nothing,
                        on_page_end if draw else _nothing)
        try:
            doc.build(story, canvasmaker=LateTextCanvas)
        except LayoutError as exc:
            raise RenderError(layout_error_message(exc, setup.paper)) from None
        finally:
            ctx.cache.release()
        pages, last, canvas = doc.page, doc.frame, doc.canv
    facts.page_count = pages
    used_last = float(last._y1 + last._height - last._y)
    frame.close_side()

    def write() -> bytes:  # a measured layout is drawn (the same builds, from the block cache) when it is kept
        if not draw:
            return _build(flyer, setup, theme, sources, factor, total, air, stretch, draw=True).pdf
        canvas.save()
        return buf.getvalue()
    return _Built(_Unsaved(write), pages, facts, (pages - 1) * frame_h + used_last, frame_h, factor,
                  total, air, frame.sides)


def _document(flyer: Flyer, buf: io.BytesIO, geo: PageGeometry, theme: Theme, setup: _Setup, sizes: Any,
              frame: JustifyingFrame, on_page: Any, on_page_end: Any) -> BaseDocTemplate:
    """The one-template document of a build; a trial build's pages are not decorated (footers measured apart)."""
    doc = BaseDocTemplate(
        buf,
        pagesize=geo.media_size,
        pageTemplates=[PageTemplate(id="flyer", frames=[frame], onPage=on_page, onPageEnd=on_page_end)],
        title=flyer.title,
        author=flyer.organisation or "",
        subject=flyer.subject or flyer.title,
        keywords=list(flyer.keywords),
        creator="Organiser",
        producer="Organiser (ReportLab)",
        lang=flyer.lang or "en",
        displayDocTitle=True,
        initialFontName=font_name(theme.body_family),
        initialFontSize=sizes.body,
        enforceColorSpace=enforcer(setup.colour),
        invariant=1,
        pageCompression=1,
        leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
    )
    doc._doSave = 0  # ReportLab's switch: the canvas is saved later, and only for the build that is kept
    return doc


def _fitter(flyer: Flyer, setup: _Setup, theme: Theme, sources: SourceIndex) -> Fitter[_Built]:
    floor = min_body_size(setup.paper)
    body = sizes_for(theme, setup.paper, 1.0).body
    if any(isinstance(b, ComparisonBlock) for b in iter_blocks(flyer.blocks)):
        floor = min(floor, min_table_size(setup.paper))  # a chart's cells may go below the running text
    # Posters (A3 and up) are read from further away: their range reaches further.
    ceiling = theme.max_factor * max(1.0, paper_ratio(setup.width_mm, setup.height_mm)) ** 0.5

    def build(factor: float, total: int, air: float, stretch: Mapping[int, float] | None) -> _Built:
        # A justified build is the last step and almost always the one kept: it is drawn as it is laid out,
        # rather than measured now and laid out again to draw.
        return _build(flyer, setup, theme, sources, factor, total, air, stretch, draw=stretch is not None)
    return Fitter(build, min(floor / body, 1.0), ceiling)


def render_flyer(flyer: Flyer, options: RenderOptions = RenderOptions()) -> RenderResult:  # noqa: B008
    """Lay the flyer out: one side at readable sizes first, then (double-sided) the back, then more pages.

    Type shrinks to fit one page (never below the paper's readable minimum); a double-sided flyer that still
    does not fit uses the back at the largest size that fits two pages; what fits nowhere flows on and warns.
    What fits with room to spare grows (within the theme's range) until it fills its pages.
    """
    check_flyer_size(flyer)
    register_fonts()
    setup = replace(_resolve(flyer, options), images=read_flyer_images(flyer, options.images or NO_IMAGES))
    fit = _fitter(flyer, setup, get_theme(flyer.theme), SourceIndex.for_flyer(flyer))
    intended = _intended_pages(flyer)
    best = fit.build(1.0)
    if best.pages > 1:
        one = fit.shrink(best, 1)
        if one is not None:
            best = one
        elif intended > 1:
            # Front and back, numbered "1 / 2": the largest readable size that fits both sides.
            both = fit.build(1.0, intended)
            best = both if both.pages <= intended else (fit.shrink(both, intended) or both)
    if best.pages <= intended:  # what overflows its sides is already as small as it may be
        best = fit.grow(best, max(best.pages, 1))
        best = fit.aerate(best)
    best = fit.justify(fit.numbered(best))
    pdf, warnings = best.pdf, tuple(preflight(flyer, best.facts))
    if setup.colour != "rgb" or options.standards:
        # Screen RGB needs no colour rules at full size (imposed sheets get them in export for the hairlines).
        from organiser.printing.render.checks import output_checks  # here: an RGB render starts faster without
        from organiser.printing.render.finish import finish_pdf

        pdf = finish_pdf(pdf, setup.colour, options.standards)
        warnings += tuple(output_checks(pdf, setup.colour, options.standards))
    smallest = min((t.size for t in best.facts.texts), default=0.0)
    return RenderResult(pdf, best.pages, warnings, setup.colour, smallest)
