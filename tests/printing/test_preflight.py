"""Preflight: every warning code is raised by a minimal flyer and absent from a clean one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image as PILImage

from organiser.flyers.images import ImageSource
from organiser.flyers.model import (
    CallToAction,
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    EventBlock,
    Flyer,
    Headline,
    ImageBlock,
    PageSpec,
    QRBlock,
    Quote,
    SourcesBlock,
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
        ImageBlock("i", img.name, width_mm=60), QRBlock("qr", "https://ukraine-solidarity.org", size_mm=25),
        SourcesBlock("src"),
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


def test_a_citation_number_without_a_sources_list_is_flagged() -> None:
    cit = Citation(statement_id=1, source_id=1, source_title="Open letter", source_date="2024")
    table = ComparisonTable("T", ("A", "B"), (Criterion("c", (Cell("x", evidence=(cit,)), Cell("y"))),))
    flyer = Flyer("f", blocks=(Headline("h", "Chart"), ComparisonBlock("chart", table)))
    assert _codes(flyer).get("dangling-citation") == ["chart"]
    with_sources = dataclasses.replace(flyer, blocks=(*flyer.blocks, SourcesBlock("src")))
    assert "dangling-citation" not in _codes(with_sources)


@pytest.mark.parametrize("url", ["https://", "", "https://example.org", "http://www.example.com/x",
                                 "[[Link to your group's page]]", "https://localhost/a", "https://our site.org",
                                 "https://mygroup"])
def test_a_qr_code_that_leads_nowhere_is_flagged(url: str) -> None:
    flyer = Flyer("f", blocks=(Headline("h", "Scan me"), QRBlock("qr", url, size_mm=30)))
    assert _codes(flyer).get("qr-url") == ["qr"]


def test_real_looking_qr_links_pass() -> None:
    for url in ("https://ukraine-solidarity.org", "commons.com.ua/en/", "http://www.x.org/a?b=c"):
        flyer = Flyer("f", blocks=(Headline("h", "Scan me"), QRBlock("qr", url, size_mm=30)))
        assert "qr-url" not in _codes(flyer), url


def test_leftover_template_placeholders_are_flagged() -> None:
    flyer = Flyer("[[Headline]]", blocks=(Headline("h", "Meeting"), TextBlock("t", "Come to [[Where: venue]] at "
                                                                            "[[When]]")))
    warnings = render_flyer(flyer).warnings
    found = [(w.code, w.block_id) for w in warnings if w.code == "placeholder"]
    assert found == [("placeholder", None), ("placeholder", "t")]
    assert "“Where: venue” (and 1 more in this block)" in warnings[1].message


def test_an_event_without_time_or_place_is_flagged() -> None:
    flyer = Flyer("f", blocks=(EventBlock("e", "Vigil", when="Friday 18:00"),))
    assert [w.message for w in render_flyer(flyer).warnings] == [
        "The event says nothing about where: readers cannot come."]
    both = Flyer("f", blocks=(EventBlock("e", "Vigil", when="[[When]]"),))
    found = [w.message for w in render_flyer(both).warnings if w.code == "event-incomplete"]
    assert "when or where" in found[0]  # a placeholder left in WHEN counts as nothing said
    assert "event-incomplete" not in _codes(Flyer("f", blocks=(EventBlock("e", "Vigil", "Fri 6pm", "Town hall"),)))


def test_a_call_to_action_must_lead_somewhere() -> None:
    nowhere = Flyer("f", blocks=(Headline("h", "Join"), CallToAction("a", "Join us")))
    assert _codes(nowhere).get("action-incomplete") == ["a"]
    sample = Flyer("f", blocks=(CallToAction("a", "Join us", "example.org/join"),))
    codes = _codes(sample)
    assert codes.get("action-url") == ["a"] and codes.get("qr-url") is None
    hinted = Flyer("f", blocks=(CallToAction("a", "", "[[Your group's website]]", "[[Email or phone]]"),))
    codes = _codes(hinted)
    assert codes.get("placeholder") == ["a"] and "action-url" not in codes  # one warning says it
    good = Flyer("f", blocks=(CallToAction("a", "", "", "+380 67 000 0000"),))
    assert _codes(good) == {}
    qr = Flyer("f", blocks=(CallToAction("a", "Join", "lviv-solidarity.org/a/very/long/path/" + "x" * 120,
                                          size_mm=12),))
    assert _codes(qr).get("qr-too-small") == ["a"]  # the code is checked like any QR code
