"""Hostile flyer JSON: every case is one plain FlyerFormatError, never ValueError, RecursionError or a slow accept."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser.errors import FlyerFormatError
from organiser.flyers.file_format import MAX_FLYER_BYTES, dumps, load, loads
from organiser.flyers.model import Flyer, Headline


def envelope(flyer: dict[str, Any]) -> str:
    return json.dumps({"format": "organiser-flyer", "version": 1, "flyer": flyer})


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_that_are_not_finite_are_refused(number: str) -> None:
    text = envelope({"title": "t", "page": {"margin_mm": 0}}).replace('"margin_mm": 0', f'"margin_mm": {number}')
    with pytest.raises(FlyerFormatError, match="f.json: .*number"):
        loads(text, "f.json")


def test_100k_levels_of_json_are_refused_with_a_reason() -> None:
    with pytest.raises(FlyerFormatError, match="nested"):
        loads("[" * 100_000 + "]" * 100_000, "deep.json")
    with pytest.raises(FlyerFormatError, match="nested"):
        loads('{"a":' * 100_000 + "1" + "}" * 100_000, "deep.json")


def test_columns_nested_200_deep_are_refused_with_a_reason() -> None:
    block: dict[str, Any] = {"kind": "text", "id": "x", "text": "a"}
    for i in range(200):
        block = {"kind": "columns", "id": f"c{i}", "left": [block], "right": []}
    with pytest.raises(FlyerFormatError, match="nested more than"):
        loads(envelope({"title": "t", "blocks": [block]}), "cols.json")


def test_a_200_mb_flyer_file_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:  # sparse: no 200 MB written to the disk
        fh.truncate(200 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(FlyerFormatError, match="larger than the 8 MB"):
        load(big)
    assert time.perf_counter() - started < 0.5
    assert MAX_FLYER_BYTES == 8 * 1024 * 1024


def test_a_fifo_flyer_file_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    with pytest.raises(FlyerFormatError, match="not a regular file"):
        load(fifo)


def test_a_normal_flyer_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text(dumps(Flyer("T", (Headline("h", "Hello"),))), encoding="utf-8")
    assert load(path).blocks[0] == Headline("h", "Hello")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)
_keys = st.sampled_from(["title", "blocks", "page", "print", "theme", "lang", "keywords", "id", "kind", "text",
                         "left", "right", "table", "margin_mm", "paper", "nup"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flyer=st.dictionaries(_keys, _json, max_size=6))
def test_any_json_document_loads_or_is_one_plain_error(flyer: dict[str, Any]) -> None:
    try:
        text = json.dumps({"format": "organiser-flyer", "version": 1, "flyer": flyer})
    except ValueError:
        return
    try:
        loads(text, "fuzz.json")
    except FlyerFormatError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.json")
