"""The layout context every block builder receives: theme, sizes, colour mode, geometry and fact log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from organiser.flyers.images import RasterImage
from organiser.printing.color import ColorMode, convert
from organiser.printing.layout.facts import LayoutFacts, TextUse
from organiser.printing.layout.flowables import KeepWith
from organiser.printing.layout.fonts import font_name
from organiser.printing.layout.sources import SourceIndex
from organiser.printing.layout.text import ScriptParagraph, TextStyle
from organiser.printing.layout.themes import Sizes, Theme

if TYPE_CHECKING:
    from organiser.printing.layout.block_cache import CacheSession

# en_US patterns break "mil-i-tary", "de-moc-racy" where en_GB gives "milit-ary", "demo-cracy".
_HYPHEN_LANGS = {"en": "en_US", "uk": "uk"}


@dataclass
class Ctx:
    """Everything a block needs to become flowables: theme, sizes, colour mode, geometry and fact log."""

    theme: Theme
    sizes: Sizes
    mode: ColorMode
    sources: SourceIndex
    facts: LayoutFacts
    width: float  # column width in points
    frame_height: float
    lang: str = "en"
    rtl: bool = False  # the flyer's own direction (table column order, image alignment)
    extend_left: float = 0.0  # how far a full-bleed band may run past the column (shop mode, top level)
    extend_right: float = 0.0
    extend_top: float = 0.0
    poster: bool = False  # slogan poster: the headline fills the page
    poster_size: float = 0.0  # the headline size chosen for a poster (subheadings follow it)
    top: bool = True  # laid out straight into the page frame (not inside a table cell or column)
    images: Mapping[str, RasterImage] = field(default_factory=dict)  # checked before layout, by reference
    headline: str = ""  # the flyer's headline (a chart title that repeats it is not printed twice)
    cache: CacheSession | None = None  # built blocks reused across fitting passes and renders (block_cache.py)
    previous: list[Any] | None = None  # while a block is built: its last version's flowables, handed over

    def col(self, hex_colour: str) -> Color:
        return convert(hex_colour, self.mode)

    def style(
        self, role: str, colour: str | None = None, **kw: Any
    ) -> TextStyle:
        """A text style for a role: headline, subheading, body, quote, small, table, label."""
        return _role_style(self.theme, self.sizes, self.mode, self.lang, role, colour, tuple(sorted(kw.items())))

    def para(
        self, text: str, block_id: str, role: str, colour: str | None = None, bg: str | None = None,
        fact_role: str | None = None, **kw: Any,
    ) -> ScriptParagraph:
        """A paragraph of user text, logged for the legibility checks."""
        st = self.style(role, colour, **kw)
        fr = fact_role or (
            "small" if role in ("small", "label") else "large" if role == "headline" else "body")
        self.facts.texts.append(TextUse(
            block_id, float(st.size), fr, colour or self.theme.ink, bg or self.theme.paper, st.bold))
        return ScriptParagraph(text, st)

    def sub(self, width: float) -> Ctx:
        """The context of a column inside this one (no bleed; the block's last version is not its columns')."""
        return replace(self, width=width, extend_left=0.0, extend_right=0.0, extend_top=0.0, top=False,
                       previous=None)

    def keep(self, head: list[Flowable], follow: list[Flowable] | None = None, lines: float = 3.0) -> list[Flowable]:
        """``head`` preceded by a conditional frame break: a heading never ends a page without what follows it.

        ``follow`` is the first entry that must come along (capped at ``lines`` body lines); without it, room
        for ``lines`` body lines is kept.
        """
        if not self.top:
            return head
        line = self.sizes.body * self.sizes.body_leading
        if follow:
            return [KeepWith(head, follow, cap=line * lines), *head]
        return [KeepWith(head, need=line * lines), *head]


def base_table_style(ctx: Ctx, pad: float) -> list[tuple[Any, ...]]:
    """Common table commands; the FONT line keeps Helvetica out of the PDF even in empty cells."""
    return [
        ("FONT", (0, 0), (-1, -1), font_name(ctx.theme.body_family), ctx.sizes.body),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
    ]


@lru_cache(maxsize=1024)
def _role_style(t: Theme, s: Sizes, mode: ColorMode, lang: str, role: str, colour: str | None,
                kw: tuple[tuple[str, Any], ...]) -> TextStyle:
    """One object per style: every build asks for the same few, and layout memos key on them."""
    size = {
        "headline": s.headline, "subheading": s.subheading, "body": s.body, "quote": s.body * 1.15,
        "small": s.small, "table": s.table, "label": s.small,
    }[role]
    family = t.heading_family if role in ("headline", "subheading") else t.body_family
    bold = role in ("headline", "subheading", "label")
    leading = size * (s.headline_leading if role == "headline" else s.body_leading)
    if role == "subheading":
        leading = size * 1.2
    hyph = _HYPHEN_LANGS.get(lang.split("-")[0]) if role in ("body", "quote", "table") else None
    base = TextStyle(
        family=family, size=round(size, 2), leading=round(leading, 2), bold=bold,
        color=convert(colour or t.ink, mode), hyphenate_lang=hyph, lang=lang or "en",
        balance=role in ("headline", "subheading"),
    )
    return replace(base, **dict(kw)) if kw else base
