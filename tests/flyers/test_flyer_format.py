"""The flyer file format: round trips, schema errors that name the file and field, versions."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser.errors import FlyerFormatError
from organiser.flyers import file_format as ff
from organiser.flyers.model import (
    PAPERS,
    VERDICTS,
    Block,
    BulletList,
    CallToAction,
    Cell,
    Citation,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Divider,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    ImageBlock,
    PageSpec,
    PrintSettings,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    Spacer,
    StatementBlock,
    Subheading,
    TextBlock,
    TwoColumns,
)

# ---- strategies (also used by test_ops) --------------------------------------------------------------------

texts = st.text(max_size=30)
mm = st.floats(min_value=0.5, max_value=90, allow_nan=False, allow_infinity=False)
ids = st.integers(min_value=1, max_value=10**6)
citations = st.builds(
    Citation,
    statement_id=st.none() | ids,
    source_id=st.none() | ids,
    source_title=texts,
    source_date=st.none() | texts,
    source_url=st.none() | texts,
    outlet=st.none() | texts,
)
cells = st.builds(Cell, text=texts, verdict=st.none() | st.sampled_from(VERDICTS),
                  evidence=st.lists(citations, max_size=2).map(tuple))


@st.composite
def tables(draw: st.DrawFn) -> ComparisonTable:
    n = draw(st.integers(2, 5))
    criteria = draw(st.lists(
        st.builds(Criterion, label=texts, cells=st.lists(cells, min_size=n, max_size=n).map(tuple)),
        max_size=4,
    ))
    return ComparisonTable(title=draw(texts), subjects=tuple(draw(st.lists(texts, min_size=n, max_size=n))),
                           criteria=tuple(criteria), criterion_heading=draw(texts))


def _leaf_blocks(bid: st.SearchStrategy[str]) -> st.SearchStrategy[Block]:
    return st.one_of(
        st.builds(Headline, id=bid, text=texts),
        st.builds(Subheading, id=bid, text=texts),
        st.builds(TextBlock, id=bid, text=texts),
        st.builds(StatementBlock, id=bid, statement_id=st.none() | ids, text=texts, citation=citations),
        st.builds(Quote, id=bid, text=texts, attribution=texts, citation=st.none() | citations),
        st.builds(BulletList, id=bid, items=st.lists(texts, max_size=3).map(tuple), title=texts,
                  numbered=st.booleans()),
        st.builds(ComparisonBlock, id=bid, table=tables()),
        st.builds(ImageBlock, id=bid, path=texts, caption=texts, credit=texts, width_mm=st.none() | mm),
        st.builds(QRBlock, id=bid, url=texts, caption=texts, size_mm=mm),
        st.builds(EventBlock, id=bid, what=texts, when=texts, where=texts,
                  speakers=st.lists(texts, max_size=3).map(tuple), details=texts),
        st.builds(CallToAction, id=bid, text=texts, website=texts, contact=texts, qr=st.booleans(), size_mm=mm),
        st.builds(Signatories, id=bid, items=st.lists(texts, max_size=3).map(tuple), title=texts, note=texts),
        st.builds(FooterBlock, id=bid, text=texts),
        st.builds(SourcesBlock, id=bid, title=texts),
        st.builds(Divider, id=bid),
        st.builds(Spacer, id=bid, height_mm=mm),
    )


@st.composite
def flyers(draw: st.DrawFn, max_blocks: int = 6) -> Flyer:
    counter = iter(range(10**6))
    bid = st.builds(lambda: f"b{next(counter):04d}")
    leaf = _leaf_blocks(bid)
    columns = st.builds(TwoColumns, id=bid, left=st.lists(leaf, max_size=2).map(tuple),
                        right=st.lists(leaf, max_size=2).map(tuple))
    blocks = draw(st.lists(leaf | columns, max_size=max_blocks))
    return Flyer(
        title=draw(texts),
        blocks=tuple(blocks),
        page=draw(st.builds(PageSpec, paper=st.sampled_from(PAPERS),
                            orientation=st.sampled_from(("portrait", "landscape")), margin_mm=mm)),
        theme=draw(st.sampled_from(("campaign", "plain"))),
        print=draw(st.builds(PrintSettings, mode=st.sampled_from(("home", "shop")), grayscale=st.booleans(),
                             cmyk=st.booleans(), bleed_mm=st.floats(0, 20), crop_marks=st.booleans(),
                             nup=st.sampled_from((1, 2, 4, 8)), double_sided=st.booleans())),
        lang=draw(st.sampled_from(("en", "uk", "ar", "he"))),
        organisation=draw(texts),
        subject=draw(texts),
        keywords=tuple(draw(st.lists(texts, max_size=3))),
        template=draw(st.none() | texts),
        id=draw(st.none() | ids),
    )


# ---- tests -------------------------------------------------------------------------------------------------


def _chart() -> Flyer:
    table = ComparisonTable(
        "Occupation", ("Israel in Palestine", "Russia in Ukraine"),
        (Criterion("Invasion?", (Cell("Yes.", "yes", (Citation(3, 1, "Letter"),)), Cell("Yes", "yes"))),),
    )
    columns = TwoColumns("b3", left=(TextBlock("b4", "عربي"),), right=(Divider("b5"),))
    return Flyer(title="Chart", blocks=(Headline("b1", "Hi"), ComparisonBlock("b2", table), columns))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flyers())
def test_any_flyer_round_trips_through_json(flyer: Flyer) -> None:
    assert ff.flyer_from_dict(ff.flyer_to_dict(flyer)) == flyer
    assert ff.loads(ff.dumps(flyer), "x.json") == flyer


@settings(max_examples=30, deadline=None)
@given(tables())
def test_any_table_round_trips(table: ComparisonTable) -> None:
    assert ff.table_from_dict(json.loads(json.dumps(ff.table_to_dict(table))), "t") == table


def test_file_names_format_and_version_and_puts_kind_first() -> None:
    d = ff.flyer_to_dict(_chart())
    assert (d["format"], d["version"]) == ("organiser-flyer", ff.FORMAT_VERSION)
    assert list(d["flyer"]["blocks"][0])[0] == "kind"


def test_minimal_hand_written_file_takes_defaults() -> None:
    text = json.dumps({"format": "organiser-flyer", "version": 1, "flyer": {
        "title": "T", "page": {"paper": "A5", "margin_mm": 12},
        "blocks": [{"kind": "spacer", "id": "s"}, {"kind": "headline", "id": "h", "text": "x"}]}})
    f = ff.loads(text, "min.json")
    assert f.page == PageSpec("A5", "portrait", 12.0) and isinstance(f.page.margin_mm, float)
    assert f.blocks == (Spacer("s"), Headline("h", "x")) and f.print == PrintSettings()


def _mutated(mutate: Any) -> dict[str, Any]:
    d = ff.flyer_to_dict(_chart())
    mutate(d["flyer"])
    return d


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda f: f["page"].update(paper="B9"),
     "chart.json: page.paper: 'B9' is not one of A2, A3, A4, A5, A6, A7, Letter, Tabloid"),
    (lambda f: f["blocks"][1]["table"]["criteria"][0]["cells"].append({"text": "x"}),
     "chart.json: blocks[1].table.criteria[0].cells: 3 cells but the table has 2 subjects"),
    (lambda f: f["blocks"][1]["table"]["criteria"][0]["cells"][0].update(verdict="maybe"),
     "chart.json: blocks[1].table.criteria[0].cells[0].verdict: 'maybe' is not one of yes, no, partly, "
     "arguably, unknown, null"),
    (lambda f: f["blocks"][0].pop("text"), "chart.json: blocks[0]: missing field 'text'"),
    (lambda f: f["blocks"][2]["left"][0].update(colour="red"),
     "chart.json: blocks[2].left[0]: unknown field 'colour'"),
    (lambda f: f["blocks"][2]["right"][0].update(kind="banner"),
     "chart.json: blocks[2].right[0].kind: 'banner'"),
    (lambda f: f["print"].update(mode="office"), "chart.json: print.mode: 'office' is not one of home, shop"),
    (lambda f: f["blocks"][1]["table"].update(subjects=["a", "b", "c", "d", "e", "f"]),
     "chart.json: blocks[1].table.subjects: allows at most 5 items, has 6"),
    (lambda f: f["blocks"][1]["table"]["criteria"][0]["cells"][0]["evidence"][0].update(statement_id="3"),
     "chart.json: blocks[1].table.criteria[0].cells[0].evidence[0].statement_id: expected integer or null"),
    (lambda f: f["blocks"][2]["left"][0].update(id="b1"),
     "chart.json: blocks[2].left[0].id: block id 'b1' is used twice"),
    (lambda f: f.update(title=3), "chart.json: title: expected string, got a number"),
])
def test_invalid_file_names_file_and_field(mutate: Any, message: str) -> None:
    with pytest.raises(FlyerFormatError) as err:
        ff.flyer_from_dict(_mutated(mutate), "chart.json")
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_newer_version_is_a_clear_error() -> None:
    d = ff.flyer_to_dict(_chart())
    d["version"] = 3
    with pytest.raises(FlyerFormatError, match=r"x.json: flyer format version 3 is newer .* update Organis"):
        ff.flyer_from_dict(d, "x.json")


@pytest.mark.parametrize(("text", "message"), [
    ("{", "bad.json: not valid JSON (line 1"),
    ("[]", "bad.json: not a flyer file"),
    ('{"format": "other", "version": 1}', "bad.json: not a flyer file"),
    ('{"format": "organiser-flyer", "version": 1}', "bad.json: missing field 'flyer'"),
])
def test_not_a_flyer(text: str, message: str) -> None:
    with pytest.raises(FlyerFormatError) as err:
        ff.loads(text, "bad.json")
    assert str(err.value).startswith(message)


def test_table_from_dict_checks_cells_against_subjects() -> None:
    d = ff.table_to_dict(_chart().blocks[1].table)  # type: ignore[union-attr]
    d["criteria"][0]["cells"].pop()
    with pytest.raises(FlyerFormatError, match=r"^t.json: criteria\[0\].cells: 1 cells but the table has 2"):
        ff.table_from_dict(d, "t.json")


def test_load_reads_utf8_with_bom(tmp_path: Any) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b"\xef\xbb\xbf" + ff.dumps(_chart()).encode())
    assert ff.load(path) == _chart()
    with pytest.raises(FlyerFormatError, match="missing.json: cannot read: no such file"):
        ff.load(tmp_path / "missing.json")


def test_schema_is_valid_draft_2020_12_and_describes_every_block_kind() -> None:
    from jsonschema import Draft202012Validator

    from organiser.flyers.model import BLOCK_TYPES

    schema = json.loads(ff.SCHEMA_PATH.read_text())
    Draft202012Validator.check_schema(schema)
    assert set(BLOCK_TYPES) <= set(schema["$defs"])


def test_jsonschema_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, organiser.flyers.file_format; print('jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_schema_is_compiled_once_into_the_cache_and_reused(tmp_path: Any, monkeypatch: Any) -> None:
    from organiser.flyers import fast_schema

    monkeypatch.setenv("ORGANISER_CACHE", str(tmp_path))
    fast_schema.fast_validator.cache_clear()
    try:
        assert ff.flyer_from_dict(ff.flyer_to_dict(_chart())) == _chart()
        (cached,) = tmp_path.glob("flyer_schema_file_*.marshal")
        fast_schema.fast_validator.cache_clear()
        monkeypatch.setattr(fast_schema, "_generate", lambda _d: pytest.fail("compiled again"))
        assert ff.flyer_from_dict(ff.flyer_to_dict(_chart())) == _chart()  # read from the cache
        bad = ff.flyer_to_dict(_chart())
        bad["flyer"]["blocks"][0]["text"] = 5
        with pytest.raises(FlyerFormatError, match=r"blocks\[0\]\.text"):  # jsonschema still names the field
            ff.flyer_from_dict(bad, "x.json")
        assert cached.is_file()
    finally:
        fast_schema.fast_validator.cache_clear()


def test_a_file_written_with_the_retired_verdict_legend_switch_still_opens() -> None:
    """Files from before the verdict badges carried words hold ``show_legend``: it is read past, never written."""
    chart = {"kind": "comparison", "id": "c1", "show_legend": False, "table": {
        "title": "t", "subjects": ["A", "B"], "criteria": [{"label": "q", "cells": [{"text": "x"}, {"text": "y"}]}]}}
    inner = dict(chart, id="c2", show_legend=True)
    doc = {"format": "organiser-flyer", "version": 1, "flyer": {"title": "Old chart", "blocks": [
        chart, {"kind": "columns", "id": "k", "left": [inner], "right": []}]}}
    before = json.dumps(doc)
    flyer = ff.flyer_from_dict(doc, "old.json")
    assert json.dumps(doc) == before  # the caller's document is not changed
    assert isinstance(flyer.blocks[0], ComparisonBlock) and flyer.blocks[0].table.subjects == ("A", "B")
    assert "show_legend" not in ff.dumps(flyer)
    # Anything else unknown is still an error: a typo must not be silently ignored.
    doc["flyer"]["blocks"][0]["show_legnd"] = True
    with pytest.raises(FlyerFormatError, match=r"blocks\[0\].*unknown field 'show_legnd'"):
        ff.flyer_from_dict(doc, "old.json")


def test_call_to_action_and_signatories_round_trip_with_defaults() -> None:
    doc = {"format": "organiser-flyer", "version": 2, "flyer": {"title": "Letter", "blocks": [
        {"kind": "signatories", "id": "s", "items": ["Olena Kovalenko — historian, Kyiv"]},
        {"kind": "action", "id": "a", "website": "lviv-solidarity.org", "size_mm": 32}]}}
    flyer = ff.flyer_from_dict(doc)
    assert flyer.blocks == (Signatories("s", ("Olena Kovalenko — historian, Kyiv",)),
                            CallToAction("a", website="lviv-solidarity.org", size_mm=32.0))
    assert ff.loads(ff.dumps(flyer)) == flyer
    bad = json.loads(json.dumps(doc))
    bad["flyer"]["blocks"][1]["qr"] = "yes"
    with pytest.raises(FlyerFormatError, match=r"blocks\[1\]\.qr: expected boolean"):
        ff.flyer_from_dict(bad, "x.json")
