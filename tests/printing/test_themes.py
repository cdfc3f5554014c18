"""Themes: the built-in set, legible palettes, the type scale per paper, and every theme rendering cleanly."""

from __future__ import annotations

import dataclasses

import pytest

from organiser.flyers.model import PageSpec
from organiser.printing.color import contrast_ratio, gray_level, parse_hex
from organiser.printing.layout.themes import THEMES, get_theme, min_body_size, sizes_for
from organiser.printing.render.pdf import RenderOptions, render_flyer
from tests.pdfcheck import colour_operators, sample_chart_flyer


def _contrast(a: str, b: str) -> float:
    return contrast_ratio(parse_hex(a), parse_hex(b))


def test_builtin_themes() -> None:
    assert {"campaign", "newsprint", "night", "solidarity", "photocopy"} <= set(THEMES)
    for name, theme in THEMES.items():
        assert theme.name == name and theme.title and theme.description


def test_unknown_theme_falls_back_to_default() -> None:
    assert get_theme("no-such-theme").name == "campaign"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_palettes_are_legible(name: str) -> None:
    t = THEMES[name]
    for fg in (t.ink, t.muted, t.heading_ink):
        assert _contrast(fg, t.paper) >= 4.5
        assert _contrast(fg, t.zebra or t.paper) >= 4.5
    assert _contrast(t.header_ink, t.header_bg) >= 4.5
    band_bg = t.band if t.band_style == "filled" else t.paper
    assert _contrast(t.band_ink, band_bg) >= 3.0  # headline = large text


def test_photocopy_is_black_and_white() -> None:
    t = THEMES["photocopy"]
    assert t.band_style == "outline" and not t.zebra
    colours = [t.ink, t.accent, t.muted, t.rule, t.band, t.band_ink, t.heading_ink, t.header_ink,
               *(t.verdicts.for_verdict(v) for v in ("yes", "no", "partly", "arguably", "unknown"))]
    for c in colours:
        r, g, b = parse_hex(c)
        assert r == g == b
        assert gray_level((r, g, b)) <= 0.4  # no grey lighter than 60 % K


def test_type_scale_per_paper() -> None:
    t = get_theme("campaign")
    a4, a6, a3 = sizes_for(t, "A4"), sizes_for(t, "A6"), sizes_for(t, "A3")
    assert a4.headline >= 28
    assert a6.body < a4.body < a3.body and a6.headline < a4.headline < a3.headline
    for paper in ("A2", "A3", "A4", "A5", "A6", "A7", "Letter", "Tabloid"):
        s = sizes_for(t, paper)
        assert s.body >= min_body_size(paper) and s.table >= min_body_size(paper) and s.small >= 6.5
        assert 1.2 <= s.body_leading <= 1.4


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("paper", ["A4", "A5", "Letter"])
@pytest.mark.parametrize("mode", ["home", "shop"])
def test_every_theme_renders_the_chart_cleanly(name: str, paper: str, mode: str) -> None:
    flyer = dataclasses.replace(sample_chart_flyer(theme=name), page=PageSpec(paper=paper))  # type: ignore[arg-type]
    res = render_flyer(flyer, RenderOptions(mode=mode))  # type: ignore[arg-type]
    if paper == "A5":
        # the full chart is too much text for one A5 side at 9 pt: it flows (and says so), nothing else
        assert {w.code for w in res.warnings} == {"overflow"}
    else:
        assert res.warnings == (), res.warnings


def test_photocopy_theme_draws_only_greys() -> None:
    res = render_flyer(sample_chart_flyer(theme="photocopy"))
    for op, nums in colour_operators(res.pdf):
        if op in ("rg", "RG"):
            assert nums[0] == nums[1] == nums[2]
