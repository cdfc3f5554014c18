"""Benchmark: batch output — a data merge of 100 rows into 100 PDFs, and every edition of a flyer exported.

Both in-process (the GUI's path) and as the command a user types (`organiser flyer merge ID rows.csv -o DIR/`,
`organiser flyer export ID --edition all -o OUT.pdf`), run the way the installed app runs (bytecode cached).
Run: python bench/batch.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from merge import flyer as event_flyer  # noqa: E402

from organiser.flyers.merge import parse_rows  # noqa: E402
from organiser.printing.merge_export import export_merge  # noqa: E402

ROWS = 100
MERGE_TARGET_S = 3.0
EDITION_TARGET_S = 0.2


def rows(n: int = ROWS, first: int = 1) -> str:
    lines = ["city,venue,time,speaker,group,contact,link"]
    for i in range(first - 1, first - 1 + n):
        city = f"Town {i + 1}"
        lines.append(f"{city},Community hall {i % 7 + 1},Saturday {10 + i % 9}:00,Speaker {i % 5 + 1},"
                     f"{city} Solidarity,town{i + 1}[at]solidarity.org,town{i + 1}-solidarity.org/meeting")
    return "\n".join(lines) + "\n"


def _env() -> dict[str, str]:
    # As installed software runs: bytecode kept (a wheel install compiles it), the user cache warm.
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(cmd: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=_env())
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:])  # the first run warms the OS file cache and writes the bytecode


def line(name: str, seconds: float, target: float) -> None:
    ok = "ok " if seconds <= target else "SLOW"
    print(f"{ok} {name:<58} {seconds:7.3f} s  (target ≤ {target:g} s)")


def clear_layout_caches() -> None:
    """Nothing laid out before: built blocks, line breaks and QR codes forgotten (fonts stay loaded)."""
    from render import clear_layout_caches as clear

    from organiser.printing.layout.qr_code import qr_modules

    clear()
    qr_modules.cache_clear()


def merge_in_process(tmp: Path) -> float:
    f = event_flyer()
    export_merge(f, parse_rows(rows(3, first=10_000)), tmp / "warm")  # fonts and ReportLab loaded, as in the app
    times = []
    for k in range(3):
        table = parse_rows(rows(first=1 + k * ROWS))  # rows never merged before: every QR code is new
        clear_layout_caches()
        t0 = time.perf_counter()
        report = export_merge(f, table, tmp / f"m{k}")
        times.append(time.perf_counter() - t0)
        assert report.made == ROWS and not report.errors, report.errors
    return statistics.median(times)


def editions_in_process(tmp: Path) -> tuple[float, int]:
    from organiser.flyers import editions
    from organiser.printing.editions import export_all_editions

    flyer = _edition_flyer()
    langs = len(editions.all_languages(flyer))
    export_all_editions(flyer, tmp / "warm.pdf")
    times = []
    for k in range(3):
        clear_layout_caches()
        t0 = time.perf_counter()
        export_all_editions(flyer, tmp / f"e{k}.pdf")
        times.append(time.perf_counter() - t0)
    return statistics.median(times), langs


def _edition_flyer():  # type: ignore[no-untyped-def]
    """The sample with the most bundled editions (the chart: English, Ukrainian, Arabic, Hebrew)."""
    from organiser.flyers import editions
    from organiser.flyers.sample_editions import with_sample_editions
    from organiser.flyers.samples import install_samples
    from organiser.flyers.seeding import open_corpus
    from organiser.flyers.storage import get_flyer

    with tempfile.TemporaryDirectory() as tmp:
        corpus = open_corpus(Path(tmp) / "c.db")
        install_samples(corpus)
        flyers = [with_sample_editions(get_flyer(corpus, s.id)) for s in corpus.list_flyers()]
        corpus.close()
    return max(flyers, key=lambda f: len(editions.all_languages(f)))


def commands(tmp: Path) -> tuple[float, float, int]:
    from organiser.flyers import editions
    from organiser.flyers.seeding import open_corpus
    from organiser.flyers.storage import save_flyer

    db = tmp / "cmd.db"
    corpus = open_corpus(db)
    merge_id = save_flyer(corpus, event_flyer())
    ed = _edition_flyer()
    edition_id = save_flyer(corpus, ed)
    corpus.close()
    (tmp / "rows.csv").write_text(rows(), encoding="utf-8")
    base = [sys.executable, "-m", "organiser", "--db", str(db), "flyer"]
    merge = _run(base + ["merge", str(merge_id), str(tmp / "rows.csv"), "-o", str(tmp / "out") + "/"])
    export = _run(base + ["export", str(edition_id), "--edition", "all", "-o", str(tmp / "ed.pdf")])
    return merge, export, len(editions.all_languages(ed))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="organiser-batch-") as name:
        tmp = Path(name)
        line(f"merge {ROWS} rows → {ROWS} PDFs, in-process", merge_in_process(tmp), MERGE_TARGET_S)
        total, langs = editions_in_process(tmp)
        line(f"every edition ({langs}) of the chart sample, a file each, in-process / edition", total / langs,
             EDITION_TARGET_S)
        merge, export, langs = commands(tmp)
        line(f"`organiser flyer merge ID rows.csv -o DIR/` ({ROWS} rows, whole process)", merge, MERGE_TARGET_S)
        line(f"`organiser flyer export ID --edition all` ({langs}), whole process / edition", export / langs,
             EDITION_TARGET_S)


if __name__ == "__main__":
    main()
