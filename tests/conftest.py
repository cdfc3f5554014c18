"""Shared fixtures: every test gets its own corpus file and never touches the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORGANISER_DB"] = os.path.join(os.path.dirname(__file__), "..", ".pytest_cache", "never-used.db")

from organiser.corpus.store import Corpus  # noqa: E402
from organiser.flyers.seeding import open_corpus  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("ORGANISER_DB", str(home / "data" / "organiser" / "corpus.db"))


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeded corpus built once per session; tests copy it rather than importing again."""
    path = tmp_path_factory.mktemp("seeded") / "corpus.db"
    open_corpus(path).close()
    return path


@pytest.fixture
def seeded_corpus(seeded_db_template: Path, tmp_path: Path) -> Iterator[Corpus]:
    import shutil

    path = tmp_path / "corpus.db"
    shutil.copy(seeded_db_template, path)
    corpus = Corpus(path)
    yield corpus
    corpus.close()


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Iterator[Corpus]:
    corpus = Corpus(tmp_path / "empty.db")
    yield corpus
    corpus.close()
