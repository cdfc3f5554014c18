"""Importers side by side and importers stopped by a signal: writers wait their turn, workers die with the parent."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORDS = "the council budget housing rent tenants school transport workers union wage climate water energy".split()


def _write_texts(folder: Path, count: int, paragraphs: int) -> list[Path]:
    files = []
    for i in range(count):
        r = random.Random(i)
        lines = [" ".join(r.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(paragraphs)]
        path = folder / f"doc{i:03d}.txt"
        path.write_text(f"Statement {i}\n\n" + "\n\n".join(lines), encoding="utf-8")
        files.append(path)
    return files


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """200 text files of ~35 KB: enough for the import to read them in worker processes for a few seconds."""
    return _write_texts(tmp_path_factory.mktemp("texts"), 200, 360)


@pytest.fixture(scope="module")
def short_texts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """120 short files: many small write transactions from each importer."""
    return _write_texts(tmp_path_factory.mktemp("short"), 120, 12)


def _organiser(db: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "organiser", "--db", str(db), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_imports_into_one_corpus_both_store_everything(short_texts: list[Path], tmp_path: Path) -> None:
    texts = short_texts
    db = tmp_path / "corpus.db"
    subprocess.run([sys.executable, "-m", "organiser", "--db", str(db), "sources"], check=True, capture_output=True)
    first, second = _organiser(db, "import", *texts[:80]), _organiser(db, "import", *texts[40:120])
    outputs = [p.communicate(timeout=120) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [err[-500:] for _out, err in outputs]
    assert not any("locked" in out + err for out, err in outputs)
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT original_name FROM sources WHERE original_name LIKE 'doc%'")]
    assert sorted(names) == sorted(p.name for p in texts[:120])  # each once: the overlap is seen as duplicates


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_import_workers_end_with_the_importer(texts: list[Path], tmp_path: Path, signum: int) -> None:
    db = tmp_path / "corpus.db"
    importer = _organiser(db, "import", texts[0].parent)
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _descendants(importer.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the import did not start worker processes"
    time.sleep(0.3)
    workers |= _descendants(importer.pid)
    os.kill(importer.pid, signum)
    _out, err = importer.communicate(timeout=30)
    if signum != signal.SIGKILL:  # a plain line, no traceback
        assert importer.returncode == 128 + signum and "Traceback" not in err
        assert err.strip().splitlines()[-1].startswith(f"error: stopped by {signal.Signals(signum).name}")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert [p for p in workers if _alive(p)] == []
    with sqlite3.connect(db) as conn:  # whatever was stored is whole
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
