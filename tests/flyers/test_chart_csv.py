"""Comparison charts as CSV: encodings, delimiters, verdicts, shape errors and round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.errors import ImportRejected, RenderError
from organiser.flyers.chart_csv import chart_flyer, first_table, read_chart_csv, verdict_of, write_chart_csv
from organiser.flyers.model import Cell, ComparisonBlock, ComparisonTable, Criterion, Headline, SourcesBlock

CHART = (
    ",Israel in Palestine,Russia in Ukraine\n"
    "Invasion and occupation?,Yes. More than 75 years,\"Yes – since 2014, full-scale in 2022\"\n"
    "Genocide?,Arguably. Many scholars say so,Partly documented\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "chart.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_reads_subjects_criteria_and_verdicts(tmp_path: Path) -> None:
    t = read_chart_csv(_write(tmp_path, CHART.encode()))
    assert t.title == "chart" and t.subjects == ("Israel in Palestine", "Russia in Ukraine")
    assert [c.label for c in t.criteria] == ["Invasion and occupation?", "Genocide?"]
    assert t.criteria[0].cells[1] == Cell("Yes – since 2014, full-scale in 2022", "yes")
    assert [c.verdict for c in t.criteria[1].cells] == ["arguably", "partly"]
    assert read_chart_csv(_write(tmp_path, CHART.encode()), title="Mine").title == "Mine"


@pytest.mark.parametrize(("text", "verdict"), [
    ("Yes.", "yes"), ("yes", "yes"), ("No – never", "no"), ("No, but", "no"), ("Arguably.", "arguably"),
    ("Partly funded", "partly"), ("Nobody knows", None), ("Yesterday", None), ("Arguably the worst", None),
    ("", None),
])
def test_verdict_prefixes(text: str, verdict: str | None) -> None:
    assert verdict_of(text) == verdict


def test_bom_semicolons_and_short_rows(tmp_path: Path) -> None:
    data = "\ufeffКритерій;Україна;Росія;Ізраїль\nОкупація?;Ні;Так.\n".encode()
    t = read_chart_csv(_write(tmp_path, data))
    assert t.criterion_heading == "Критерій" and t.subjects == ("Україна", "Росія", "Ізраїль")
    assert t.criteria[0].cells == (Cell("Ні", "no"), Cell("Так.", "yes"), Cell(""))


@pytest.mark.parametrize(("encoding", "text"), [("cp1251", "Україна"), ("cp1252", "Café")])
def test_falls_back_to_windows_code_pages(tmp_path: Path, encoding: str, text: str) -> None:
    data = f";{text} one;{text} two\nrow;a;b\n".encode(encoding)
    assert read_chart_csv(_write(tmp_path, data)).subjects == (f"{text} one", f"{text} two")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "chart.csv: the file is empty"),
    (b"\n,,\n", "chart.csv: the file is empty"),
    (b",A\nrow,x\n", "chart.csv: line 1: a comparison chart needs 2 to 5 subjects in the first row, found 1"),
    (b",A,B,C,D,E,F\n", "chart.csv: line 1: a comparison chart needs 2 to 5 subjects in the first row"),
    (b",A,B\nrow,x,y\nrow2,x,y,z\n", "chart.csv: line 3: 3 cells but the chart has 2 subjects"),
    (b",A,B\n", "chart.csv: no criteria"),
])
def test_shape_errors_name_the_file_and_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(ImportRejected) as err:
        read_chart_csv(path)
    assert str(err.value).startswith(f"{path.parent}/{message}")


def test_round_trip_with_bom_commas_quotes_and_rtl(tmp_path: Path) -> None:
    table = ComparisonTable("Chart", ("ישראל", "روسيا", "A, \"quoted\""), (
        Criterion("Occupation?", (Cell("Yes. long", "yes"), Cell("لا شيء", None), Cell("multi\nline"))),
        Criterion("Other", (Cell(), Cell("Partly so", "partly"), Cell("No –", "no"))),
    ), criterion_heading="Question")
    path = tmp_path / "out.csv"
    write_chart_csv(table, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" not in raw
    assert read_chart_csv(path, title="Chart") == table
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_failure_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match="cannot write .*file/out.csv: not a directory"):
        write_chart_csv(ComparisonTable("t", ("a", "b"), ()), blocker / "out.csv")


def test_chart_flyer_has_headline_table_and_sources() -> None:
    table = ComparisonTable("Title", ("a", "b"), (Criterion("c", (Cell(), Cell())),))
    f = chart_flyer(table)
    assert [type(b) for b in f.blocks] == [Headline, ComparisonBlock, SourcesBlock]
    assert f.title == "Title" and first_table(f) == table


@pytest.mark.parametrize(("text", "verdict"), [
    ("Так.", "yes"), ("Так, але не скрізь", "yes"), ("Так само", None), ("Ні – ніколи", "no"), ("Ні", "no"),
    ("Частково задокументовано", "partly"), ("Можливо.", "arguably"), ("Імовірно, так", "arguably"),
    ("Невідомо", "unknown"),
    ("نعم.", "yes"), ("نَعَم، منذ 1948", "yes"), ("لا", "no"), ("لا شيء", None), ("جزئياً مثبت", "partly"),
    ("جزئيًا", "partly"), ("ربّما.", "arguably"), ("غير معروف", "unknown"), ("\u200fنعم.", "yes"),
    ("כן.", "yes"), ("לא – מעולם", "no"), ("לא ידוע.", "unknown"), ("חלקית מתועד", "partly"), ("אולי.", "arguably"),
    ("כנראה", None),
])
def test_verdict_words_in_ukrainian_arabic_and_hebrew(text: str, verdict: str | None) -> None:
    assert verdict_of(text) == verdict


def test_csv_in_each_language_gives_verdicts(tmp_path: Path) -> None:
    data = (
        "\ufeff,Україна,Росія\nОкупація?,Так.,Ні\nГеноцид?,Частково,Можливо.\n"
        "احتلال؟,نعم.,لا\nإبادة؟,جزئيا,ربما\nכיבוש?,כן.,לא\nרצח עם?,חלקית,אולי\n"
    ).encode()
    t = read_chart_csv(_write(tmp_path, data))
    assert [[c.verdict for c in crit.cells] for crit in t.criteria] == [["yes", "no"], ["partly", "arguably"]] * 3
    assert t.criteria[0].cells[0].text == "Так."  # the text is kept as written


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Yes", "No", "Partly", "Arguably", "Unknown"]),
    ("uk", ["Так", "Ні", "Частково", "Можливо", "Невідомо"]),
    ("ar-EG", ["نعم", "لا", "جزئيا", "ربما", "غير معروف"]),
    ("he", ["כן", "לא", "חלקית", "אולי", "לא ידוע"]),
])
def test_export_writes_verdict_words_in_the_flyers_language_and_reads_them_back(
    tmp_path: Path, lang: str, words: list[str]
) -> None:
    verdicts = ("yes", "no", "partly", "arguably", "unknown")
    table = ComparisonTable("Chart", ("A", "B"), (
        Criterion("Given in the editor", tuple(Cell(verdict=v) for v in verdicts[:2])),
        Criterion("With text", (Cell("More than 75 years", "partly"), Cell("Arguably. Many say so", "arguably"))),
        Criterion("Unknown", (Cell("", "unknown"), Cell("No verdict here"))),
    ))
    path = tmp_path / "out.csv"
    write_chart_csv(table, path, lang=lang)
    rows = [line.split(",", 2) for line in path.read_text(encoding="utf-8-sig").splitlines()]
    assert rows[1][1:] == [words[0], words[1]]
    assert rows[2][1] == f"{words[2]}. More than 75 years"
    assert rows[2][2] == f"{words[3]}. Many say so"
    assert rows[3][1:] == [words[4], "No verdict here"]
    back = read_chart_csv(path)
    assert [[c.verdict for c in crit.cells] for crit in back.criteria] == [
        ["yes", "no"], ["partly", "arguably"], ["unknown", None],
    ]


def test_export_keeps_a_verdict_word_already_in_the_flyers_language() -> None:
    from organiser.flyers.chart_csv import exported_cell_text

    assert exported_cell_text(Cell("نَعَم، منذ 1948", "yes"), "ar") == "نَعَم، منذ 1948"
    assert exported_cell_text(Cell("نَعَم، منذ 1948", "yes"), "uk") == "Так، منذ 1948"
    assert exported_cell_text(Cell("No –", "partly"), "en") == "Partly. No –"
