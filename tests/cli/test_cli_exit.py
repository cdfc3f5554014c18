"""A finished command leaves without tearing the interpreter down: nothing it said or wrote may be lost on the way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from organiser.flyers.file_format import dumps
from organiser.flyers.model import Flyer, Headline, TextBlock
from tests.cli.conftest import run_organiser


def test_render_output_and_message_survive_the_quick_exit(db: Path, tmp_path: Path) -> None:
    flyer, out = tmp_path / "f.json", tmp_path / "f.pdf"
    flyer.write_text(dumps(Flyer("T", (Headline("h", "Housing is a right"), TextBlock("t", "Meet us on Thursday.")))),
                     encoding="utf-8")
    done = run_organiser(db, "render", str(flyer), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote ") and done.stdout.endswith("\n")  # flushed through the pipe, whole
    text = PdfReader(out).pages[0].extract_text()
    assert "Housing is a right" in text and "Thursday" in text


def test_a_failed_command_still_says_why_and_exits_1(db: Path, tmp_path: Path) -> None:
    done = run_organiser(db, "render", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert "missing.json" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_listing_reaches_the_pipe_whole(db: Path) -> None:
    done = run_organiser(db, "sources")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        count = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    assert count > 0 and len(done.stdout.strip().splitlines()) >= count


def test_a_corpus_change_is_stored_and_closed_before_the_exit(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Tenants' meeting\n\nThe tenants agreed to meet every Thursday at the library.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "organiser", "--db", str(db), "import", str(text)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0  # checkpointed: closed
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT original_name FROM sources")]
    assert "note.txt" in names
