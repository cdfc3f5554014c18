"""Preflight: print and legibility checks on a laid-out flyer, each warning tied to a block."""

from __future__ import annotations

from organiser.flyers.model import (
    BulletList,
    CallToAction,
    ComparisonBlock,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    StatementBlock,
    Subheading,
    TextBlock,
)
from organiser.flyers.placeholders import placeholders_in
from organiser.flyers.profile import website_url
from organiser.printing.color import as_rgb, contrast_ratio
from organiser.printing.layout.facts import LayoutFacts
from organiser.printing.layout.fonts import missing_glyphs
from organiser.printing.layout.sources import block_citations, is_sourced, iter_blocks
from organiser.printing.layout.themes import MIN_SMALL_SIZE, min_body_size, min_table_size
from organiser.records import record


@record
class PreflightWarning:
    """One problem a user can fix: a stable ``code``, a plain message and the block it concerns."""

    code: str
    message: str
    block_id: str | None = None


def _block_texts(block: object) -> list[str]:
    if isinstance(block, (Headline, Subheading, TextBlock, FooterBlock)):
        return [block.text]
    if isinstance(block, StatementBlock):
        return [block.text, block.citation.source_title, block.citation.source_date or ""]
    if isinstance(block, Quote):
        out = [block.text, block.attribution]
        if block.citation is not None:
            out += [block.citation.source_title, block.citation.source_date or ""]
        return out
    if isinstance(block, BulletList):
        return [block.title, *block.items]
    if isinstance(block, ComparisonBlock):
        t = block.table
        out = [t.title, t.criterion_heading, *t.subjects]
        for crit in t.criteria:
            out.append(crit.label)
            for cell in crit.cells:
                out.append(cell.text)
                out += [e.source_title for e in cell.evidence]
        return out
    if isinstance(block, ImageBlock):
        return [block.caption, block.credit]
    if isinstance(block, QRBlock):
        return [block.caption]
    if isinstance(block, EventBlock):
        return [block.what, block.when, block.where, *block.speakers, block.details]
    if isinstance(block, SourcesBlock):
        return [block.title]
    if isinstance(block, CallToAction):
        return [block.text, block.website, block.contact]
    if isinstance(block, Signatories):
        return [block.title, *block.items, block.note]
    return []


def qr_min_mm(paper: str) -> float:
    """Smallest printed QR width for the reading distance a paper size implies."""
    if paper in ("A5", "A6", "A7"):
        return 20.0
    if paper in ("A4", "Letter"):
        return 25.0
    return 40.0


QR_MIN_MODULE_MM = 0.4
MIN_PPI = 150.0
_BODY_CONTRAST, _LARGE_CONTRAST = 4.5, 3.0


def _chars(chars: set[str]) -> str:
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in sorted(chars)[:8])


_PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost", "your-group", "yourgroup")


def url_problem(url: str) -> str | None:
    """Why a QR link looks like it leads nowhere (None when it looks like a real address)."""
    text = url.strip()
    if not text or text.rstrip("/") in ("https:", "http:", "https://", "http://", "www"):
        return "has no address yet"
    if placeholders_in(text) or "{" in text:
        return "still holds a placeholder"
    if any(c.isspace() for c in text):
        return "has spaces in it"
    rest = text.split("://", 1)[1] if "://" in text else text
    host = rest.split("/", 1)[0].split("?", 1)[0].split("@")[-1].split(":")[0].lower().removeprefix("www.")
    if "." not in host or host.endswith(".") or host.startswith("."):
        return f"has no real web address (“{host or text}”)"
    if host in _PLACEHOLDER_HOSTS or host.startswith(("example.", "your")) or host.endswith(".example"):
        return f"points to a sample address ({host})"
    return None


def _action_checks(block: CallToAction) -> list[PreflightWarning]:
    """A call to action that gives readers nowhere to go, or a web address that leads nowhere."""
    if not block.website.strip() and not block.contact.strip():
        return [PreflightWarning(
            "action-incomplete", "The call to action gives no website or contact: readers cannot reach you.",
            block.id)]
    problem = url_problem(website_url(block.website)) if block.website.strip() else None
    if problem is None or placeholders_in(block.website):  # a placeholder is reported as one already
        return []
    return [PreflightWarning(
        "action-url", f"The call to action's web address {problem}: readers who look it up will find nothing.",
        block.id)]


def content_checks(flyer: Flyer) -> list[PreflightWarning]:
    """Checks of what the flyer says rather than how it prints: placeholders left from a template, links that
    lead nowhere, citation numbers without a Sources list, events without a time or a place."""
    out: list[PreflightWarning] = []
    for hint in placeholders_in(flyer.title):
        out.append(PreflightWarning("placeholder", f"The flyer's name is still the placeholder “{hint}”."))
    has_sources = any(isinstance(b, SourcesBlock) for b in iter_blocks(flyer.blocks))
    dangling = False
    for block in iter_blocks(flyer.blocks):
        hints = [h for t in _block_texts(block) for h in placeholders_in(t)]
        if hints:
            out.append(PreflightWarning(
                "placeholder", f"Replace the template's placeholder “{hints[0]}”"
                + (f" (and {len(hints) - 1} more in this block)" if len(hints) > 1 else "") + ".", block.id))
        if isinstance(block, QRBlock):
            problem = url_problem(block.url)
            if problem:
                out.append(PreflightWarning(
                    "qr-url", f"The QR code's link {problem}: a phone that scans it will find nothing.",
                    block.id))
        if isinstance(block, CallToAction):
            out += _action_checks(block)
        if isinstance(block, EventBlock):
            lacking = [name for name, value in (("when", block.when), ("where", block.where))
                       if not value.strip() or placeholders_in(value)]
            if lacking:  # empty, or still the template's placeholder
                out.append(PreflightWarning(
                    "event-incomplete", f"The event says nothing about {' or '.join(lacking)}: readers cannot come.",
                    block.id))
        # Quotes carry their source on the line under them; a chart's cells only by number into the list.
        if not has_sources and not dangling and isinstance(block, ComparisonBlock) \
                and any(is_sourced(c) for c in block_citations(block)):
            dangling = True
            out.append(PreflightWarning(
                "dangling-citation",
                "The chart's evidence is not printed: without a Sources list its cells cannot point to their "
                "sources. Add a Sources block.", block.id))
    return out


def preflight(flyer: Flyer, facts: LayoutFacts) -> list[PreflightWarning]:
    """Every warning for ``flyer`` as laid out in ``facts``, in block order; [] when it is ready to print."""
    out: list[PreflightWarning] = content_checks(flyer)
    # Content checks that need no layout.
    for block in iter_blocks(flyer.blocks):
        missing: set[str] = set()
        for t in _block_texts(block):
            if t:
                missing |= missing_glyphs(t)
        if missing:
            out.append(PreflightWarning(
                "missing-glyph", f"No bundled font can print {_chars(missing)}; it will show as a blank box.",
                block.id))
        if isinstance(block, StatementBlock) and not is_sourced(block.citation):
            out.append(PreflightWarning(
                "unsourced", "This statement has no source: add it so readers can check it.", block.id))
        if isinstance(block, Quote) and not is_sourced(block.citation) and not block.attribution.strip():
            out.append(PreflightWarning(
                "unsourced", "This quote has no source or attribution.", block.id))

    # Size and legibility of what was laid out.
    body_min = min_body_size(facts.paper)
    seen_small: set[str] = set()
    seen_contrast: set[str] = set()
    for tu in facts.texts:
        limit = {"small": MIN_SMALL_SIZE, "table": min_table_size(facts.paper)}.get(tu.role, body_min)
        if tu.size + 1e-6 < limit and tu.block_id not in seen_small:
            seen_small.add(tu.block_id)
            out.append(PreflightWarning(
                "small-text",
                f"Text is {tu.size:.1f} pt, below the readable {limit:g} pt for {facts.paper}: "
                "shorten it or use a larger paper.",
                tu.block_id))
        large = tu.size >= 18 or (tu.bold and tu.size >= 14) or tu.role == "large"
        need = _LARGE_CONTRAST if large else _BODY_CONTRAST
        ratio = contrast_ratio(as_rgb(tu.fg, facts.mode), as_rgb(tu.bg, facts.mode))
        if ratio < need and tu.block_id not in seen_contrast:
            seen_contrast.add(tu.block_id)
            how = " in grayscale" if facts.mode == "gray" else ""
            out.append(PreflightWarning(
                "low-contrast",
                f"Text contrast{how} is {ratio:.1f}:1, below {need:g}:1: it will be hard to read.",
                tu.block_id))
    for im in facts.images:
        if im.printed_width_mm <= 0:
            continue
        ppi = im.px_width / (im.printed_width_mm / 25.4)
        if ppi < MIN_PPI:
            out.append(PreflightWarning(
                "low-dpi",
                f"The image is {ppi:.0f} ppi at its printed size ({im.printed_width_mm:.0f} mm wide); "
                f"it needs {MIN_PPI:.0f} ppi to print sharply: use a larger image or print it smaller.",
                im.block_id))
    for qr in facts.qrs:
        need_mm = qr_min_mm(facts.paper)
        module = qr.size_mm / (qr.modules + 8) if qr.modules else qr.size_mm
        if qr.size_mm + 1e-6 < need_mm or module < QR_MIN_MODULE_MM:
            out.append(PreflightWarning(
                "qr-too-small",
                f"The QR code is {qr.size_mm:.0f} mm wide (modules {module:.2f} mm); on {facts.paper} it "
                "needs "
                f"at least {need_mm:.0f} mm and 0.4 mm modules to scan: make it bigger or shorten the URL.",
                qr.block_id))
    for bid in facts.oversized:
        out.append(PreflightWarning(
            "overflow", "This block is taller than a page and was split or scaled down.", bid))
    if facts.page_count > facts.intended_pages:
        out.append(PreflightWarning(
            "overflow",
            f"The content does not fit on {facts.intended_pages} page"
            f"{'s' if facts.intended_pages > 1 else ''} even at the smallest readable size: "
            f"it flowed onto {facts.page_count} pages.",
            None))
    return out
