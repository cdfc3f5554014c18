"""Soak test: a scripted GUI session with random actions for a long time; counts crashes, measures memory growth.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py [--minutes 20] [--seed 1]
      (or under a real X server: xvfb-run -a .venv/bin/python bench/soak.py)

The session runs in a child process with ``faulthandler`` on, so a crash (segfault, abort) prints its stack and
is counted instead of taking the measurement down. Actions, every 40–200 ms on real worker threads: searches,
statement edits, headline edits, block moves, chart cell edits, undo/redo, preview zoom/fit/page moves, exports
(PDF and PNG) and flyer switches. Targets: zero crashes, resident memory after warm-up growing by under 20 %.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = "housing rent budget school hospital workers union wage climate transport water energy".split()
WORDS += ["житло", "бюджет", "школа", "ميزانية", "سكن", "דיור", "תקציב"]


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def child(minutes: float, seed: int, warmup_s: float, trace: bool) -> int:
    """The GUI session itself; prints one ``SOAK`` line per sample and a final summary."""
    faulthandler.enable(all_threads=True)
    if trace:
        import tracemalloc

        tracemalloc.start(8)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from organiser.flyers.model import ComparisonBlock, Headline
    from organiser.flyers.seeding import open_corpus
    from organiser.gui.flyers.exporting import export_to
    from organiser.gui.main_window import MainWindow
    from organiser.gui.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="organiser-soak-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    corpus = open_corpus(tmp / "corpus.db")
    window = MainWindow(corpus, Settings(), load_workspace=True)
    window.resize(1400, 900)
    window.show()
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    errors: list[str] = []
    samples: list[tuple[float, int]] = []
    started = time.monotonic()
    end = started + minutes * 60

    def on_error(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        errors.append(f"{exc_type.__name__}: {exc}")
        print(f"SOAK error {exc_type.__name__}: {exc}", flush=True)

    sys.excepthook = on_error  # type: ignore[assignment]

    def ws() -> object:
        return window.workspace

    def search() -> None:
        window.corpus_view.search_edit.setText(rng.choice(WORDS)[: rng.randint(2, 8)])

    def edit_statement() -> None:
        statements = corpus.statements(limit=50)
        if statements:
            s = rng.choice(statements)
            base = s.text.split(" ¶", 1)[0]  # the edit replaces its own marker: the text does not grow
            window.edits.edit_text(s.id, f"{base} ¶{rng.randint(0, 99)}")

    def edit_headline() -> None:
        w = window.workspace
        flyer = w.current_flyer() if w else None
        if w and flyer:
            for block in flyer.blocks:
                if isinstance(block, Headline):
                    text = f"Headline {rng.randint(0, 9999)}"
                    w.edit(lambda f, b=block, t=text: replace(f, blocks=tuple(
                        replace(x, text=t) if x.id == b.id else x for x in f.blocks)), "Edit headline")
                    return

    def move_block() -> None:
        w = window.workspace
        flyer = w.current_flyer() if w else None
        if w and flyer and len(flyer.blocks) > 1:
            block = rng.choice(flyer.blocks)
            w.editor.move_block_to(block.id, rng.randrange(len(flyer.blocks)))

    def chart_edit() -> None:
        w = window.workspace
        flyer = w.current_flyer() if w else None
        if not (w and flyer):
            return
        chart = next((b for b in flyer.blocks if isinstance(b, ComparisonBlock)), None)
        if chart is None:
            return
        w.editor.select_block(chart.id)
        model = w.editor.chart.model
        if model.rowCount() and model.columnCount():
            index = model.index(rng.randrange(model.rowCount()), rng.randrange(model.columnCount()))
            model.setData(index, f"cell {rng.randint(0, 999)}")

    def undo_redo() -> None:
        stack = window.undo_stack
        for _ in range(rng.randint(1, 4)):
            stack.undo() if rng.random() < 0.6 else stack.redo()

    def preview() -> None:
        w = window.workspace
        if w:
            pane = w.preview
            rng.choice([lambda: pane.zoom_by(1.25), lambda: pane.zoom_by(0.8), lambda: pane.fit("width"),
                        lambda: pane.fit("page"), lambda: pane.go_to_page(rng.randrange(max(1, pane.page_count())))])()

    def export() -> None:
        w = window.workspace
        if w and w.current_flyer() and not w.renderer.busy:
            fmt = rng.choice(["pdf", "pdf", "png"])
            export_to(w, tmp / f"out.{fmt}", {"dpi": 60} if fmt == "png" else {}, progress=False)

    def switch_flyer() -> None:
        w = window.workspace
        if w:
            flyers = w.corpus.list_flyers()
            if flyers:
                w.open_flyer(rng.choice(flyers).id)

    actions = [(search, 4), (edit_statement, 2), (edit_headline, 4), (move_block, 2), (chart_edit, 3),
               (undo_redo, 3), (preview, 3), (export, 1), (switch_flyer, 2)]
    population = [a for a, _w in actions]
    weights = [w for _a, w in actions]

    def step() -> None:
        if time.monotonic() >= end:
            finish()
            return
        action = rng.choices(population, weights)[0]
        counts[action.__name__] += 1
        action()
        QTimer.singleShot(rng.randint(40, 200), step)

    baseline: list[object] = []

    def sample() -> None:
        at = time.monotonic() - started
        if trace and not baseline and at >= warmup_s:
            import tracemalloc

            baseline.append(tracemalloc.take_snapshot())
        samples.append((at, _rss_kb()))
        print(f"SOAK t={at:7.1f}s rss_kb={samples[-1][1]} actions={sum(counts.values())}", flush=True)

    def finish() -> None:
        sample()
        if trace:
            import tracemalloc

            top = tracemalloc.take_snapshot().compare_to(baseline[0], "traceback")[:8]
            for stat in top:
                print(f"SOAK grew {stat.size_diff / 1024:8.0f} KiB in {stat.count_diff:6d} blocks at", flush=True)
                for line in stat.traceback.format()[-8:]:
                    print("     ", line, flush=True)
        window.close()
        after = [kb for t, kb in samples if t >= warmup_s]
        base = after[0] if after else samples[0][1]
        peak = max(after) if after else base
        final = samples[-1][1]
        print(f"SOAK done minutes={minutes} actions={sum(counts.values())} errors={len(errors)} "
              f"rss_after_warmup_kb={base} rss_final_kb={final} rss_peak_kb={peak} "
              f"growth_final_pct={(final - base) * 100 / base:.1f} growth_peak_pct={(peak - base) * 100 / base:.1f}",
              flush=True)
        print("SOAK actions " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())), flush=True)
        app.quit()

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(30_000)
    QTimer.singleShot(1500, step)
    sample()
    status = app.exec()
    corpus.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if errors else int(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup", type=float, default=180.0, help="seconds before the memory baseline")
    parser.add_argument("--trace", action="store_true", help="print where Python memory grew after warm-up")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.minutes, args.seed, min(args.warmup, args.minutes * 60 / 4), args.trace)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-X", "faulthandler", __file__, "--child", "--minutes",
                           str(args.minutes), "--seed", str(args.seed), "--warmup", str(args.warmup)]
                          + (["--trace"] if args.trace else []),
                          env=env, check=False)
    crashed = proc.returncode < 0 or proc.returncode > 1
    print(f"SOAK result exit={proc.returncode} crashes={int(crashed)} wall_s={time.monotonic() - t0:.0f}", flush=True)
    return 1 if proc.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
