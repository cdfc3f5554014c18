"""The per-block layout cache and the memos behind it: edits show, output is the same with or without them."""

from __future__ import annotations

import dataclasses
import pickle
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from organiser.flyers.model import Cell, ComparisonBlock, Flyer, Headline, QRBlock, TextBlock
from organiser.printing.layout import line_items, text
from organiser.printing.layout.block_cache import BLOCKS, BlockCache
from organiser.printing.layout.cell_cache import CELLS
from organiser.printing.layout.facts import LayoutFacts
from organiser.printing.layout.font_cache import load_face
from organiser.printing.layout.fonts import FONT_DIR
from organiser.printing.layout.sources import SourceIndex
from organiser.printing.layout.themes import get_theme, sizes_for
from organiser.printing.render.pdf import render_flyer
from tests.pdfcheck import pdf_text, sample_chart_flyer
from tests.printing.test_render_pdf import _in, _png, all_blocks_flyer


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Renders as if nothing were cached: every block built and every line broken afresh."""
    monkeypatch.setattr(BLOCKS, "max_entries", 0)
    BLOCKS.clear()
    for memo in (text._BREAKS, line_items.ITEMS, CELLS):
        monkeypatch.setattr(memo, "max_entries", 0)
        memo.clear()
    yield
    BLOCKS.clear()


def _with_cell(flyer: Flyer, new_text: str) -> Flyer:
    blocks = list(flyer.blocks)
    i = next(k for k, b in enumerate(blocks) if isinstance(b, ComparisonBlock))
    chart = blocks[i]
    assert isinstance(chart, ComparisonBlock)
    crit = list(chart.table.criteria)
    cells = list(crit[0].cells)
    cells[0] = Cell(new_text, cells[0].verdict, cells[0].evidence)
    crit[0] = dataclasses.replace(crit[0], cells=tuple(cells))
    blocks[i] = dataclasses.replace(chart, table=dataclasses.replace(chart.table, criteria=tuple(crit)))
    return dataclasses.replace(flyer, blocks=tuple(blocks))


def _long_chart() -> Flyer:
    """A chart over several A6 pages: tables and paragraphs split across pages, blocks reused after a split."""
    flyer = sample_chart_flyer(paper="A6")
    blocks = list(flyer.blocks)
    i = next(k for k, b in enumerate(blocks) if isinstance(b, ComparisonBlock))
    chart = blocks[i]
    assert isinstance(chart, ComparisonBlock)
    blocks[i] = dataclasses.replace(chart, table=dataclasses.replace(
        chart.table, criteria=chart.table.criteria * 4))
    return dataclasses.replace(flyer, blocks=tuple(blocks))


def test_an_edited_cell_prints_its_new_text_and_not_the_old_one() -> None:
    flyer = _with_cell(sample_chart_flyer(), "Annexation recorded by Quartermaine.")
    assert "Quartermaine" in pdf_text(render_flyer(flyer).pdf)
    edited = _with_cell(flyer, "Annexation recorded by Wolstenholme.")
    out = pdf_text(render_flyer(edited).pdf)
    assert "Wolstenholme" in out
    assert "Quartermaine" not in out
    assert "Quartermaine" in pdf_text(render_flyer(flyer).pdf)  # and back: the old entry still serves


def test_same_output_with_and_without_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    img = _png(tmp_path / "photo.png")
    flyers = [sample_chart_flyer(), sample_chart_flyer(paper="A6", rtl_cells=True), all_blocks_flyer(img),
              _long_chart()]
    warm = [render_flyer(f, _in(tmp_path)) for f in flyers]
    again = [render_flyer(f, _in(tmp_path)) for f in flyers]  # every block and line from the cache
    with monkeypatch.context() as m:
        m.setattr(BLOCKS, "max_entries", 0)
        BLOCKS.clear()
        for memo in (text._BREAKS, line_items.ITEMS, CELLS):
            m.setattr(memo, "max_entries", 0)
            memo.clear()
        cold = [render_flyer(f, _in(tmp_path)) for f in flyers]
    assert warm[-1].page_count > 2
    for a, b, c in zip(warm, again, cold, strict=True):
        assert a.pdf == b.pdf == c.pdf
        assert a.warnings == b.warnings == c.warnings
        assert a.page_count == c.page_count and a.smallest_pt == c.smallest_pt


def test_fitting_and_re_renders_reuse_built_blocks() -> None:
    flyer = sample_chart_flyer()
    render_flyer(flyer)
    hits, misses = BLOCKS.hits, BLOCKS.misses
    render_flyer(flyer)
    assert BLOCKS.misses == misses  # every block of every fitting pass was built before
    assert BLOCKS.hits > hits


def test_one_edited_block_is_the_only_one_built_again() -> None:
    blocks = (Headline("h", "Meeting tonight"), TextBlock("a", "First paragraph."), TextBlock("b", "Second."))
    flyer = Flyer("Notice", blocks)
    render_flyer(flyer)
    render_flyer(flyer)
    misses = BLOCKS.misses
    edited = dataclasses.replace(flyer, blocks=(*blocks[:2], TextBlock("b", "Second, edited.")))
    assert "edited" in pdf_text(render_flyer(edited).pdf)
    passes = BLOCKS.misses - misses
    assert 1 <= passes <= 6  # the edited block once per fitting pass at most; the others came from the cache


class _Ctx:
    """Only what the cache key and the fact log read of a layout context."""

    def __init__(self) -> None:
        self.theme = get_theme("campaign")
        self.sizes = sizes_for(self.theme, "A4")
        self.mode, self.width, self.frame_height, self.lang, self.rtl = "rgb", 100.0, 200.0, "en", False
        self.extend_left = self.extend_right = self.extend_top = 0.0
        self.poster, self.poster_size, self.top, self.headline = False, 0.0, True, ""
        self.images: dict[str, object] = {}
        self.sources, self.facts, self.cache = SourceIndex(), LayoutFacts(), None


def test_cache_is_bounded_least_recent_first() -> None:
    cache = BlockCache(max_entries=2)
    session = cache.session()
    for n in range(5):
        session.build((TextBlock(f"t{n}", "x"),), _Ctx(), list)
    session.release()
    assert len(cache) == 2
    again = cache.session()
    again.build((TextBlock("t4", "x"),), _Ctx(), list)  # the most recent one is kept
    again.build((TextBlock("t0", "x"),), _Ctx(), list)  # the oldest one is gone
    assert (cache.hits, cache.misses) == (1, 6)


def test_unhashable_blocks_are_built_without_the_cache() -> None:
    @dataclasses.dataclass(frozen=True)
    class Odd:
        items: list[str]

    cache = BlockCache()
    built = cache.session().build((Odd(["a"]),), _Ctx(), lambda: ["made"])  # type: ignore[list-item]
    assert built == ["made"] and (cache.hits, cache.misses) == (0, 0)


def test_threads_rendering_at_once_get_the_same_pdf() -> None:
    flyers = [sample_chart_flyer(), _with_cell(sample_chart_flyer(), "Another answer entirely.")]
    expected = [render_flyer(f).pdf for f in flyers]
    results: dict[int, bytes] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for _ in range(3):
                results[k] = render_flyer(flyers[k % 2]).pdf
                assert results[k] == expected[k % 2]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_qr_code_renders_the_same_with_and_without_the_cache(no_cache: None) -> None:
    flyer = Flyer("QR", (Headline("h", "Scan"), QRBlock("q", "https://example.org/a", caption="Example")))
    assert render_flyer(flyer).pdf == render_flyer(flyer).pdf


def test_font_face_cache_survives_a_damaged_file() -> None:
    path = FONT_DIR / "NotoSansHebrew-Regular.ttf"
    first = load_face(path)  # parsed and stored
    from organiser.printing.layout.font_cache import _cache_file

    stored = _cache_file(path)
    assert stored is not None and stored.exists()
    again = load_face(path)
    assert again.charToGlyph == first.charToGlyph and again._pdfScale(500) == first._pdfScale(500)
    stored.write_bytes(b"not a pickle")
    assert load_face(path).charToGlyph == first.charToGlyph
    assert isinstance(pickle.loads(stored.read_bytes()), type(first))  # rewritten


def test_an_edited_chart_cell_is_the_only_text_laid_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    flyer = sample_chart_flyer()
    render_flyer(flyer)
    made: list[str] = []
    original = text.ScriptParagraph.__init__

    def spy(self: text.ScriptParagraph, *args: Any, **kw: Any) -> None:
        made.append(args[0])
        original(self, *args, **kw)

    monkeypatch.setattr(text.ScriptParagraph, "__init__", spy)
    edited = _with_cell(flyer, "Annexation recorded by Quartermaine.")
    assert "Quartermaine" in pdf_text(render_flyer(edited).pdf)
    # The other answers, the criteria and the subjects come from the cell templates: only the new answer is set.
    chart = next(b for b in edited.blocks if isinstance(b, ComparisonBlock)).table
    others = {c.text for row in chart.criteria for c in row.cells[1:]} | {row.label for row in chart.criteria}
    others |= {c.text for row in chart.criteria[1:] for c in row.cells[:1]} | set(chart.subjects)
    made_words = {t.split(" [")[0] for t in made}
    assert "Annexation recorded by Quartermaine." in made_words
    assert not any(o.split(". ", 1)[-1] in t for o in others for t in made_words)


def test_trials_measured_without_a_document_fit_exactly_as_with_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.printing.render import pdf

    img = _png(tmp_path / "photo.png")
    flyers = [sample_chart_flyer(), sample_chart_flyer(paper="A6", rtl_cells=True), all_blocks_flyer(img),
              _long_chart(), Flyer("Notice", (Headline("h", "Meeting tonight"), TextBlock("a", "At the library.")))]
    quick = [render_flyer(f, _in(tmp_path)) for f in flyers]
    monkeypatch.setattr(pdf, "one_page", lambda *args: False)
    whole = [render_flyer(f, _in(tmp_path)) for f in flyers]
    for a, b in zip(quick, whole, strict=True):
        assert a.pdf == b.pdf and a.smallest_pt == b.smallest_pt


@pytest.mark.parametrize("paper", ["A4", "A3", "Letter"])
@pytest.mark.parametrize("theme", ["campaign", "newspaper"])
def test_a_chart_measured_from_its_cells_is_exactly_as_tall_as_reportlabs_table(
        paper: str, theme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.printing.layout.chart_rows import WholeRowsTable
    from organiser.printing.layout.chart_table import ChartTable

    checked: list[float] = []
    measure = ChartTable._measure

    def both(self: ChartTable, room: float) -> float | None:
        height = measure(self, room)
        if height is not None:
            real = WholeRowsTable([[[c[0].clone()] for c in row] for row in self.rows], colWidths=self.widths,
                                  **self.kw)
            real.setStyle(self.commands)
            assert real.wrap(*self._wrapped_at) == (self._width(), height)  # type: ignore[misc]
            checked.append(height)
        return height

    monkeypatch.setattr(ChartTable, "_measure", both)
    for flyer in (sample_chart_flyer(paper=paper, theme=theme),
                  sample_chart_flyer(paper=paper, theme=theme, lang="ar", rtl_cells=True),
                  _with_cell(sample_chart_flyer(paper=paper, theme=theme), "A much longer answer " * 12)):
        BLOCKS.clear()
        render_flyer(flyer)
    assert len(checked) >= 6


def test_edits_back_and_forth_print_exactly_what_a_fresh_render_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    chart = sample_chart_flyer()
    versions = [chart, _with_cell(chart, "Annexation recorded by Quartermaine."),
                _with_cell(chart, "Annexation recorded by Wolstenholme."), chart]
    typed = [render_flyer(v).pdf for v in versions]  # each edit takes over the rows of the version before
    with monkeypatch.context() as m:
        m.setattr(BLOCKS, "max_entries", 0)
        for memo in (text._BREAKS, line_items.ITEMS, CELLS):
            m.setattr(memo, "max_entries", 0)
            memo.clear()
        BLOCKS.clear()
        fresh = [render_flyer(v).pdf for v in versions]
    assert typed == fresh
    assert typed[0] == typed[3] and typed[1] != typed[2]
