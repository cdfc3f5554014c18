"""`organiser flyer merge ID ROWS.csv -o DIR/`: one PDF per row, named from the first column; bad rows one line each."""

from __future__ import annotations

from pathlib import Path

from organiser.corpus.store import Corpus
from organiser.flyers.model import EventBlock, Flyer, Headline, QRBlock, SourcesBlock
from organiser.flyers.storage import save_flyer
from tests.cli.conftest import run_organiser
from tests.pdfcheck import pdf_text

ROWS = ("city,venue,time,link\nKyiv,Podil hall,18:00,kyiv-group.org\nLviv,,19:00,lviv-group.org\n"
        "Odesa,Port club,17:30,odesa-group.org\n")


def _flyer(db: Path) -> int:
    flyer = Flyer("Meeting", blocks=(Headline("h", "Solidarity meeting in {city}"),
                                     EventBlock("e", "Public meeting", when="{time}", where="{venue}"),
                                     QRBlock("q", "https://{link}", size_mm=30), SourcesBlock("s")))
    with Corpus(db) as corpus:
        return save_flyer(corpus, flyer)


def test_merge_makes_one_pdf_per_row_and_names_the_bad_row(db: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(ROWS, encoding="utf-8")
    out = tmp_path / "out"
    done = run_organiser(db, "flyer", "merge", str(_flyer(db)), str(rows), "-o", str(out))
    assert done.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["Kyiv.pdf", "Odesa.pdf"]
    assert "Podil hall" in pdf_text((out / "Kyiv.pdf").read_bytes())
    assert "Solidarity meeting in Odesa" in " ".join(pdf_text((out / "Odesa.pdf").read_bytes()).split())
    errors = [line for line in done.stderr.splitlines() if line]
    assert errors == ["error: Row 2 (line 3, “Lviv”): no value for venue."]
    assert "2 of 3 rows made" in done.stdout and "Traceback" not in done.stderr


def test_merge_into_one_file_and_refuse_a_bad_table(db: Path, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(ROWS.replace("Lviv,,", "Lviv,Square,"), encoding="utf-8")
    out = tmp_path / "one"
    flyer_id = str(_flyer(db))
    done = run_organiser(db, "flyer", "merge", flyer_id, str(rows), "-o", str(out), "--one-file")
    assert done.returncode == 0, done.stderr
    [merged] = list(out.iterdir())
    assert merged.name == "Meeting (merged).pdf"
    text = pdf_text(merged.read_bytes())
    assert all(city in text for city in ("Kyiv", "Lviv", "Odesa"))
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    bad = run_organiser(db, "flyer", "merge", flyer_id, str(empty), "-o", str(out))
    assert bad.returncode != 0 and "empty" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
