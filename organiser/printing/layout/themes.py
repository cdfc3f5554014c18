"""Themes: a palette, a type pairing and a type scale that any flyer template can wear."""

from __future__ import annotations

import math
from dataclasses import field
from typing import Literal

from organiser.flyers.model import PAPER_SIZES_MM
from organiser.records import record

BandStyle = Literal["filled", "rule", "outline"]

_A4_AREA = 210.0 * 297.0


@record
class TypeScale:
    """Sizes relative to the body size (body = 1.0); the headline ratio is for an A4 page."""

    headline: float = 3.0
    subheading: float = 1.45
    body: float = 1.0
    small: float = 0.78
    table: float = 0.86
    headline_leading: float = 1.08
    body_leading: float = 1.34


@record
class VerdictColours:
    """Fill colour of each verdict mark; the glyph inside is drawn in ``mark_ink``."""

    yes: str
    no: str
    partly: str
    arguably: str
    unknown: str
    mark_ink: str = "#FFFFFF"

    def for_verdict(self, verdict: str) -> str:
        return str(getattr(self, verdict))


@record
class Theme:
    """Everything visual a flyer needs that is not its content. Colours are ``#RRGGBB`` strings."""

    name: str
    title: str
    description: str
    ink: str  # body text
    accent: str  # rules, quote bars, marks
    accent_ink: str  # text on an accent-coloured fill
    paper: str  # page background (white means: no background is drawn)
    muted: str  # attributions, captions, small print (still ≥ 4.5:1 on paper)
    rule: str  # dividers and table lines
    band: str  # headline band fill (or its outline/rule colour)
    band_ink: str  # headline text on the band
    heading_ink: str  # subheadings and titles on paper
    header_bg: str  # table header row
    header_ink: str
    zebra: str  # alternate table rows ("" = none)
    verdicts: VerdictColours
    heading_family: str = "sans"
    body_family: str = "sans"
    band_style: BandStyle = "filled"
    base_size: float = 11.0  # body size on A4 before fitting
    max_factor: float = 1.4  # how far fitting may grow the type to fill a page with little on it
    scale: TypeScale = field(default_factory=TypeScale)
    uppercase_headline: bool = False


@record
class Sizes:
    """Absolute point sizes for one paper size and one fitting factor."""

    headline: float
    subheading: float
    body: float
    small: float
    table: float
    headline_leading: float
    body_leading: float
    air: float = 1.0  # > 1 opens the space between blocks and items to fill a page the type cannot fill

    @property
    def gap(self) -> float:
        """The vertical rhythm unit between blocks."""
        return self.body * 0.9 * self.air


def paper_ratio(width_mm: float, height_mm: float) -> float:
    """Linear size of a page relative to A4 (A5 ≈ 0.71, A3 ≈ 1.41)."""
    return math.sqrt((width_mm * height_mm) / _A4_AREA)


def min_body_size(paper: str) -> float:
    """Smallest readable body size for a paper: 8 pt for A6/A7 handouts, 9 pt otherwise."""
    return 8.0 if paper in ("A6", "A7") else 9.0


MIN_SMALL_SIZE = 6.5


def min_table_size(paper: str) -> float:
    """Smallest size of a chart's cells: short lines read like a timetable.

    On small handouts (A5 and below) they may go to the hand-held 8 pt so a chart keeps its rows on one side;
    on larger papers they keep the body minimum.
    """
    return 8.0 if paper in ("A5", "A6", "A7") else min_body_size(paper)


def sizes_for(theme: Theme, paper: str, factor: float = 1.0) -> Sizes:
    """Type sizes for ``paper``: the headline follows the page, the body changes slowly and stays readable."""
    w, h = PAPER_SIZES_MM[paper]
    r = paper_ratio(w, h)
    floor = min_body_size(paper)
    natural = max(theme.base_size * r**0.4, floor) * factor
    # Running text never goes under the paper's floor; only a chart shrinks further, to its own floor.
    body = max(natural, floor)
    s = theme.scale
    # Growing to fill a page is for the reading text: the headline grows a third as fast, so it keeps its lines.
    head_factor = factor if factor <= 1.0 else 1.0 + (factor - 1.0) / 3
    # Small handouts (A6) are read in the hand: the headline shrinks faster than the page there.
    headline = max(theme.base_size * s.headline * r ** (0.9 if r >= 0.7 else 1.2) * head_factor, body * 1.6)
    return Sizes(
        headline=round(headline, 2),
        subheading=round(body * s.subheading, 2),
        body=round(body, 2),
        small=round(max(body * s.small, MIN_SMALL_SIZE), 2),
        table=round(max(max(body * s.table, floor) * min(natural / floor, 1.0), min_table_size(paper)), 2),
        headline_leading=s.headline_leading,
        body_leading=s.body_leading,
    )


_CAMPAIGN = Theme(
    name="campaign",
    title="Campaign",
    description="Bold sans-serif with a strong red headline band: the default for flyers and charts.",
    ink="#1A1A1A",
    accent="#C8102E",
    accent_ink="#FFFFFF",
    paper="#FFFFFF",
    muted="#4D4D4D",
    rule="#BDBDBD",
    band="#C8102E",
    band_ink="#FFFFFF",
    heading_ink="#A00D25",
    header_bg="#C8102E",
    header_ink="#FFFFFF",
    zebra="#F4F1F1",
    verdicts=VerdictColours(
        yes="#C8102E", no="#1A1A1A", partly="#C8102E", arguably="#C8102E", unknown="#6B6B6B"
    ),
)

_NEWSPRINT = Theme(
    name="newsprint",
    title="Newsprint",
    description="Serif body and headline, black with one deep-blue accent, ruled like a newspaper page.",
    ink="#111111",
    accent="#1F4E79",
    accent_ink="#FFFFFF",
    paper="#FFFFFF",
    muted="#4A4A4A",
    rule="#9E9E9E",
    band="#111111",
    band_ink="#111111",
    heading_ink="#1F4E79",
    header_bg="#1F4E79",
    header_ink="#FFFFFF",
    zebra="#F1F4F8",
    verdicts=VerdictColours(
        yes="#1F4E79", no="#111111", partly="#1F4E79", arguably="#1F4E79", unknown="#6B6B6B"
    ),
    heading_family="serif",
    body_family="serif",
    band_style="rule",
    base_size=10.5,
)

_NIGHT = Theme(
    name="night",
    title="Night",
    description="A deep navy headline band with warm yellow type; calm sans-serif body.",
    ink="#16161D",
    accent="#E0A100",
    accent_ink="#16161D",
    paper="#FFFFFF",
    muted="#4D4D55",
    rule="#C4C4CC",
    band="#1B1F3B",
    band_ink="#FFD23F",
    heading_ink="#1B1F3B",
    header_bg="#1B1F3B",
    header_ink="#FFFFFF",
    zebra="#F2F2F6",
    verdicts=VerdictColours(
        yes="#1B1F3B", no="#B3261E", partly="#1B1F3B", arguably="#1B1F3B", unknown="#6B6B73"
    ),
    uppercase_headline=True,
)

_SOLIDARITY = Theme(
    name="solidarity",
    title="Solidarity",
    description="Blue headline band with yellow type and condensed headings: for marches and joint actions.",
    ink="#14213D",
    accent="#0057B7",
    accent_ink="#FFFFFF",
    paper="#FFFFFF",
    muted="#44506A",
    rule="#B8C4D9",
    band="#0057B7",
    band_ink="#FFD700",
    heading_ink="#00449A",
    header_bg="#0057B7",
    header_ink="#FFFFFF",
    zebra="#EEF3FA",
    verdicts=VerdictColours(
        yes="#0057B7", no="#14213D", partly="#0057B7", arguably="#0057B7", unknown="#6B7488"
    ),
    heading_family="display",
)

_PHOTOCOPY = Theme(
    name="photocopy",
    title="Photocopy",
    description="Pure black and white for photocopiers and toner saving: outlines instead of filled bands.",
    ink="#000000",
    accent="#000000",
    accent_ink="#FFFFFF",
    paper="#FFFFFF",
    muted="#333333",
    rule="#000000",
    band="#000000",
    band_ink="#000000",
    heading_ink="#000000",
    header_bg="#FFFFFF",
    header_ink="#000000",
    zebra="",
    verdicts=VerdictColours(
        yes="#000000", no="#000000", partly="#000000", arguably="#000000", unknown="#000000"
    ),
    band_style="outline",
)

THEMES: dict[str, Theme] = {t.name: t for t in (_CAMPAIGN, _NEWSPRINT, _NIGHT, _SOLIDARITY, _PHOTOCOPY)}
DEFAULT_THEME = "campaign"


def get_theme(name: str) -> Theme:
    """The theme called ``name``; an unknown name gives the default theme rather than an error."""
    return THEMES.get(name) or THEMES[DEFAULT_THEME]
