"""organiser bundle export / import as a user runs them: two corpus files, one summary line each way."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import run_organiser


def test_export_then_import_into_another_corpus(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    shutil.copy(db, other)
    res = run_organiser(db, "flyer", "new", "--template", "event", "--title", "Vigil on Friday")
    assert res.returncode == 0, res.stderr
    bundle = tmp_path / "share.organiser"
    res = run_organiser(db, "bundle", "export", "-o", str(bundle), "--from", "Ukraine Information Group")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"wrote {bundle}: ") and " flyers, " in res.stdout
    res = run_organiser(other, "bundle", "import", str(bundle))
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("share.organiser: shared by Ukraine Information Group on ")
    assert " 0 conflicts" in res.stdout and "Vigil on Friday" in run_organiser(other, "flyer", "list").stdout
    again = run_organiser(other, "bundle", "import", str(bundle))
    assert "0 added, 0 updated" in again.stdout


def test_a_damaged_bundle_is_one_line_and_exit_1(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b[2J.organiser"
    bad.write_bytes(b"PK\x03\x04 not really")
    res = run_organiser(db, "bundle", "import", str(bad))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr == "error: bad\\x1b[2J.organiser: not an Organiser bundle (not a readable zip file)\n"


def test_choosing_a_source_that_does_not_exist(db: Path, tmp_path: Path) -> None:
    res = run_organiser(db, "bundle", "export", "-o", str(tmp_path / "x.organiser"), "--source", "4242")
    assert res.returncode == 1 and res.stderr == "error: There is no source 4242.\n"
    assert not (tmp_path / "x.organiser").exists()
