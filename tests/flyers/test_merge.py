"""Data merge: {field} placeholders in any text, filled from CSV rows; missing fields reported per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.flyers.merge import MergeError, fields_in, merge_all, merge_row, parse_rows, read_rows
from organiser.flyers.model import (
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    EventBlock,
    Flyer,
    Headline,
    QRBlock,
)

FLYER = Flyer("Meeting in {City}", blocks=(
    Headline("h", "Meeting in {city}"),
    EventBlock("e", "Public meeting", when="{time}", where="{ Venue }", speakers=("{speaker}",)),
    QRBlock("q", "https://example.net/{city}"),
    ComparisonBlock("c", ComparisonTable("{city} vs others", ("{city}", "B"), (Criterion("x", (Cell("{time}"),
                                                                                              Cell("-"))),))),
))


def test_fields_are_found_in_every_kind_of_text() -> None:
    assert fields_in(FLYER) == ["City", "time", "Venue", "speaker"]


def test_a_row_fills_every_field_whatever_its_case() -> None:
    table = parse_rows("City,Venue,time,speaker\nKyiv,Podil hall,18:00,Olena\n")
    merged, missing = merge_row(FLYER, table.rows[0])
    assert missing == ()
    assert merged.title == "Meeting in Kyiv"
    event = merged.blocks[1]
    assert isinstance(event, EventBlock) and (event.when, event.where, event.speakers) == ("18:00", "Podil hall",
                                                                                           ("Olena",))
    assert isinstance(merged.blocks[2], QRBlock) and merged.blocks[2].url == "https://example.net/Kyiv"
    chart = merged.blocks[3]
    assert isinstance(chart, ComparisonBlock) and chart.table.subjects[0] == "Kyiv"


def test_missing_fields_are_reported_per_row_and_names_come_from_the_first_column() -> None:
    table = parse_rows("city;venue;time\nKyiv;Hall;18:00\nLviv;;\nKyiv;Other;19:00\n")
    rows = merge_all(FLYER, table)
    assert [r.name for r in rows] == ["Kyiv", "Lviv", "Kyiv (2)"]
    assert rows[0].missing == ("speaker",)
    assert rows[1].missing == ("time", "Venue", "speaker")
    assert table.line(1) == 3


@pytest.mark.parametrize(("text", "reason"), [("", "empty"), ("city,venue\n", "no rows"), (",,\n1,2,3\n", "name")])
def test_unusable_tables_get_one_plain_reason(text: str, reason: str) -> None:
    with pytest.raises(MergeError, match=reason):
        parse_rows(text)


def test_read_rows_takes_a_spreadsheet_csv_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes("\ufeffМісто,venue\nКиїв,Зала\n".encode())
    table = read_rows(path)
    assert table.columns == ("Місто", "venue") and table.rows[0]["місто"] == "Київ"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(MergeError, match="UTF-8"):
        read_rows(path)
    with pytest.raises(MergeError, match="cannot read"):
        read_rows(tmp_path / "nope.csv")
