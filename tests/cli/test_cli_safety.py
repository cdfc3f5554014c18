"""Hostile input at the command line: impossible ids, control characters in names, images outside the flyer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image as PILImage

from organiser.flyers.file_format import dumps
from organiser.flyers.model import Flyer, Headline, ImageBlock
from tests.cli.conftest import run_organiser

HUGE = "99999999999999999999"


@pytest.mark.parametrize(("args", "kind"), [
    (("flyer", "show", HUGE), "flyer"),
    (("flyer", "delete", HUGE), "flyer"),
    (("table", "export", HUGE, "-o", "x.csv"), "flyer"),
    (("tag", HUGE, "x"), "statement"),
    (("statements", "--source", HUGE), "source"),
    (("bundle", "export", "-o", "x.organiser", "--flyer", HUGE), "flyer"),
])
def test_an_id_beyond_the_corpus_is_there_is_no(db: Path, args: tuple[str, ...], kind: str) -> None:
    res = run_organiser(db, *args)
    assert res.returncode == 1
    assert res.stderr == f"error: There is no {kind} {HUGE}.\n"


def test_an_id_that_is_not_a_number_is_a_usage_error(db: Path) -> None:
    res = run_organiser(db, "flyer", "show", "12abc")
    assert res.returncode == 2 and "is not a flyer id" in res.stderr and "Traceback" not in res.stderr


def test_a_limit_beyond_sqlite_is_a_usage_error(db: Path) -> None:
    for limit in (HUGE, "-5", "x"):
        res = run_organiser(db, "search", "peace", "--limit", limit)
        assert res.returncode == 2 and "is not a whole number" in res.stderr and "Traceback" not in res.stderr


def test_file_names_are_printed_with_control_characters_escaped(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\n\x1b[31mred.txt").write_text("A statement that is long enough to be kept as one.\n\n"
                                                   "Another statement, also long enough to be kept.")
    (folder / "empty\x1b]0;title\x07.txt").write_text("")
    res = run_organiser(db, "import", str(folder))
    out = res.stdout + res.stderr
    assert "\x1b" not in out and "\x07" not in out
    assert "evil\\n\\x1b[31mred.txt" in out and "empty\\x1b]0;title\\x07.txt" in out
    assert len([line for line in out.splitlines() if "evil" in line]) == 1


def test_render_refuses_an_absolute_image_path_and_writes_no_pdf(db: Path, tmp_path: Path) -> None:
    secret = tmp_path / "private.png"
    PILImage.new("RGB", (20, 20), "black").save(secret)
    shared = tmp_path / "shared"
    shared.mkdir()
    flyer = shared / "f.json"
    flyer.write_text(dumps(Flyer("T", (ImageBlock("img", str(secret)),))), encoding="utf-8")
    res = run_organiser(db, "render", str(flyer), "-o", str(shared / "out.pdf"))
    assert res.returncode == 1 and len(res.stderr.splitlines()) == 1
    assert "absolute paths are not allowed" in res.stderr and "block img" in res.stderr
    assert not (shared / "out.pdf").exists()


def test_flyer_import_brings_its_images_into_the_corpus(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "from-a-friend"
    folder.mkdir()
    PILImage.new("RGB", (300, 200), "red").save(folder / "march.png")
    flyer = folder / "f.json"
    flyer.write_text(dumps(Flyer("T", (Headline("h", "Hi"), ImageBlock("img", "march.png")))), encoding="utf-8")
    res = run_organiser(db, "flyer", "import", str(flyer))
    assert res.returncode == 0, res.stderr
    flyer_id = res.stdout.strip()
    (folder / "march.png").unlink()  # the stored flyer no longer needs the file
    shown = json.loads(run_organiser(db, "flyer", "show", flyer_id).stdout)
    assert shown["flyer"]["blocks"][1]["path"].startswith("corpus:")
    res = run_organiser(db, "flyer", "export", flyer_id, "-o", str(tmp_path / "out.pdf"))
    assert res.returncode == 0, res.stderr


def test_flyer_import_of_a_200_mb_file_is_refused_quickly(db: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    res = run_organiser(db, "flyer", "import", str(big))
    assert res.returncode == 1 and "larger than the 8 MB a flyer may have" in res.stderr


def test_a_full_corpus_is_one_line_not_a_traceback(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """SQLite's own "database or disk is full", made by capping the file at its current size."""
    import organiser.cli as cli
    from organiser.corpus.store import Corpus

    def full_corpus(_args: object) -> Corpus:
        corpus = Corpus(db)
        pages = corpus.db.execute("PRAGMA page_count").fetchone()[0]
        corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        corpus.db.execute(f"PRAGMA max_page_count = {pages}")
        return corpus

    monkeypatch.setattr(cli, "_open_corpus", full_corpus)
    flyer = tmp_path / "f.json"
    flyer.write_text(dumps(Flyer("T", (Headline("h", "x" * 200_000),))), encoding="utf-8")
    assert cli.main(["flyer", "import", str(flyer)]) == 1
    err = capsys.readouterr().err
    assert err == "error: the corpus could not be changed (database or disk is full)\n"
    statement = json.loads(run_organiser(db, "statements", "--json").stdout)[0]["id"]
    assert cli.main(["tag", str(statement), "y" * 300_000]) == 1
    assert "database or disk is full" in capsys.readouterr().err


def test_library_warnings_stay_off_the_terminal(db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n")
    res = run_organiser(db, "import", str(broken))
    assert res.returncode == 1
    assert res.stderr.splitlines() == [f"{broken}: rejected: not a valid PDF (the file is damaged)"]
