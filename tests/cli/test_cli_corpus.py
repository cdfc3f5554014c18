"""The corpus commands as a user runs them: a real process, its output lines, its exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import run_organiser


def test_import_reports_each_file_and_exits_1_when_one_was_rejected(db: Path, tmp_path: Path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letter.md").write_text("# Stop the bombing\n\nWe, trade unionists of Lviv, call for peace.\n", "utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    result = run_organiser(db, "import", str(folder), "--tag", "unions")
    assert result.returncode == 1
    assert "letter.md: imported 1 statement" in result.stdout
    assert "broken.docx: rejected: " in result.stderr and "Traceback" not in result.stderr
    again = run_organiser(db, "import", str(folder / "letter.md"))
    assert again.returncode == 0 and "already in the corpus" in again.stdout
    tagged = json.loads(run_organiser(db, "statements", "--tag", "unions", "--json").stdout)
    assert [s["text"] for s in tagged] == ["We, trade unionists of Lviv, call for peace."]


def test_search_json_carries_statement_and_source_fields(db: Path):
    result = run_organiser(db, "search", "Vyhovsky", "--json")
    assert result.returncode == 0
    (hit,) = json.loads(result.stdout)
    assert "Vyhovsky" in hit["text"] and hit["lang"] == "en" and hit["tags"] == []
    assert hit["source"]["title"] == "From Ukraine to Palestine, occupation is a crime"
    assert hit["source"]["date"] == "2025-07"
    for query in ("budget-housing", '"', "NEAR("):
        assert run_organiser(db, "search", query).returncode == 0


def test_sources_statements_and_tag(db: Path):
    sources = json.loads(run_organiser(db, "sources", "--json").stdout)
    letter = next(s for s in sources if s["title"] == "Ukrainian Letter of Solidarity with Palestinian people")
    assert letter["date"] == "2023-11-02" and letter["outlet"] == "International Viewpoint"
    assert letter["url"] == "https://internationalviewpoint.org/spip.php?article8300"
    statements = json.loads(run_organiser(db, "statements", "--source", str(letter["id"]), "--json").stdout)
    assert statements[0]["text"].startswith("We, Ukrainian researchers")
    assert run_organiser(db, "tag", str(statements[0]["id"]), "letter", "ukraine").returncode == 0
    tagged = json.loads(run_organiser(db, "statements", "--tag", "letter", "--json").stdout)
    assert [s["id"] for s in tagged] == [statements[0]["id"]]


def test_usage_and_missing_ids_are_plain_errors(db: Path):
    assert run_organiser(db, "search").returncode == 2
    missing = run_organiser(db, "tag", "999999", "x")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: There is no statement 999999."


def test_the_window_without_a_screen_explains_instead_of_crashing(db: Path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "organiser", "--db", str(db)], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 1
    assert "no screen" in result.stderr and "xvfb-run" in result.stderr and "Traceback" not in result.stderr
