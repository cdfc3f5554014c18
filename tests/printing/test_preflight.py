"""Preflight: every warning code is raised by a minimal flyer and absent from a clean one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image as PILImage

from organiser.flyers.images import ImageSource
from organiser.flyers.model import (
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    ImageBlock,
    PageSpec,
    QRBlock,
    Quote,
    StatementBlock,
    TextBlock,
    TwoColumns,
)
from organiser.printing.layout import themes
from organiser.printing.layout.facts import LayoutFacts, QrUse
from organiser.printing.preflight import preflight
from organiser.printing.render.pdf import RenderOptions, render_flyer
from tests.pdfcheck import sample_chart_flyer


def _codes(flyer: Flyer, options: RenderOptions = RenderOptions()) -> dict[str, list[str | None]]:  # noqa: B008
    out: dict[str, list[str | None]] = {}
    for w in render_flyer(flyer, options).warnings:
        assert w.message and w.message[0].isupper()
        out.setdefault(w.code, []).append(w.block_id)
    return out


def test_clean_flyer_has_no_warnings(tmp_path: Path) -> None:
    img = tmp_path / "big.png"
    PILImage.new("RGB", (1600, 1000), (200, 30, 40)).save(img)
    cit = Citation(statement_id=1, source_id=1, source_title="Open letter", source_date="2024")
    flyer = dataclasses.replace(sample_chart_flyer(paper="A5"), blocks=(
        Headline("h", "Clean"), StatementBlock("s", 1, "Sourced statement.", cit), Quote("q", "Said.", "Someone"),
        ImageBlock("i", img.name, width_mm=60), QRBlock("qr", "https://example.org", size_mm=25),
    ))
    assert _codes(flyer, RenderOptions(images=ImageSource(folder=tmp_path))) == {}
    for options in (RenderOptions(mode="shop"), RenderOptions(grayscale=True), RenderOptions(cmyk=True)):
        assert _codes(sample_chart_flyer(), options) == {}


def test_small_text_when_columns_are_too_narrow() -> None:
    subjects = tuple(f"S{i}" for i in range(3))
    table = ComparisonTable("t", subjects, (Criterion("c", tuple(Cell("some words here") for _ in subjects)),))
    # a chart squeezed into one column of a two-column section on A7
    flyer = Flyer(title="t", blocks=(TwoColumns("cols", (ComparisonBlock("tbl", table),), (TextBlock("x", "x"),)),),
                  page=PageSpec(paper="A7"))
    assert _codes(flyer)["small-text"] == ["tbl"]


def test_narrow_page_stacks_the_chart_instead_of_shrinking() -> None:
    subjects = tuple(f"S{i}" for i in range(5))
    table = ComparisonTable("t", subjects, (Criterion("c", tuple(Cell("some words here") for _ in subjects)),))
    flyer = Flyer(title="t", blocks=(ComparisonBlock("tbl", table),), page=PageSpec(paper="A6"))
    assert _codes(flyer) == {}


def test_overflow_when_text_cannot_fit_at_readable_size() -> None:
    flyer = Flyer(title="t", blocks=(TextBlock("t", "word " * 4000),), page=PageSpec(paper="A6"))
    assert "overflow" in _codes(flyer)


def test_missing_glyph_names_the_character_and_block() -> None:
    res = render_flyer(Flyer(title="t", blocks=(TextBlock("ok", "fine"), TextBlock("cjk", "漢字 solidarity"))))
    ws = [w for w in res.warnings if w.code == "missing-glyph"]
    assert [w.block_id for w in ws] == ["cjk"]
    assert "U+6F22" in ws[0].message


def test_unsourced_statement_and_quote() -> None:
    flyer = Flyer(title="t", blocks=(StatementBlock("s", None, "No source."), Quote("q", "Nobody said it.")))
    assert _codes(flyer)["unsourced"] == ["s", "q"]


def test_low_dpi_image(tmp_path: Path) -> None:
    img = tmp_path / "small.png"
    PILImage.new("RGB", (200, 150), (0, 0, 0)).save(img)
    flyer = Flyer(title="t", blocks=(ImageBlock("img", img.name, width_mm=100),))
    assert _codes(flyer, RenderOptions(images=ImageSource(folder=tmp_path)))["low-dpi"] == ["img"]


def test_low_contrast_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    pale = dataclasses.replace(themes.THEMES["campaign"], name="pale", ink="#B0B0B0")
    monkeypatch.setitem(themes.THEMES, "pale", pale)
    flyer = Flyer(title="t", blocks=(TextBlock("t", "Pale body text"),), theme="pale")
    assert _codes(flyer)["low-contrast"] == ["t"]


def test_low_contrast_when_grayscale_merges_two_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    # red on green: different hues, nearly the same grey on a photocopier
    clash = dataclasses.replace(themes.THEMES["campaign"], name="clash", band="#E53935", band_ink="#00A000")
    monkeypatch.setitem(themes.THEMES, "clash", clash)
    flyer = Flyer(title="t", blocks=(Headline("h", "Headline"),), theme="clash")
    assert _codes(flyer, RenderOptions(grayscale=True))["low-contrast"] == ["h"]


def test_qr_too_small() -> None:
    flyer = Flyer(title="t", blocks=(QRBlock("qr", "https://example.org/a/long/path?x=1", size_mm=15),))
    assert _codes(flyer)["qr-too-small"] == ["qr"]


def test_qr_thresholds_follow_paper_and_module_size() -> None:
    flyer = Flyer(title="t")
    assert preflight(flyer, LayoutFacts(paper="A5", qrs=[QrUse("q", 21, 25)])) == []
    assert preflight(flyer, LayoutFacts(paper="A4", qrs=[QrUse("q", 21, 25)]))
    assert preflight(flyer, LayoutFacts(paper="A3", qrs=[QrUse("q", 30, 25)]))
    # 41 modules + quiet zone in 20 mm: 0.41 mm modules are fine, 57 modules are not
    assert preflight(flyer, LayoutFacts(paper="A6", qrs=[QrUse("q", 20, 41)])) == []
    assert preflight(flyer, LayoutFacts(paper="A6", qrs=[QrUse("q", 20, 57)]))
