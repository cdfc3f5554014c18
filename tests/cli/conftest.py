"""CLI tests run the real program as a user does: a subprocess on a copy of the seeded corpus."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run_organiser(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "organiser", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def db(seeded_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    shutil.copy(seeded_db_template, path)
    return path
