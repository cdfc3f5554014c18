"""Start-up and typing benchmarks of the real app: window mapped with the corpus listed, memory, event-loop blocks.

Run under a display: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python bench/startup.py [--statements N]
Each start-up is a whole process (``python -m organiser --db X``) that prints a marker once its first frame is
drawn (ORGANISER_BENCH_STARTUP=1) and quits; the time is from spawning the process to reading that marker.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
QUERIES = ("the", "sol", "peace freedom", "люди", "الاحتلال", "שלום", "t", "zanzibarite")
WORDS = {
    "en": "the people solidarity occupation war peace freedom workers union letter resist justice land rights city",
    "uk": "люди солідарність окупація війна мир свобода робітники спілка лист рух опір справедливість земля права",
    "ar": "الناس التضامن الاحتلال الحرب السلام الحرية العمال النقابة رسالة الحركة المقاومة العدالة الأرض الحقوق",
    "he": "אנשים סולידריות כיבוש מלחמה שלום חופש עובדים איגוד מכתב תנועה התנגדות צדק אדמה זכויות עיר",
}


def report(name: str, value: float, unit: str, target: float | None) -> None:
    verdict = "" if target is None else ("ok" if value < target else "OVER TARGET")
    goal = "" if target is None else f"(target < {target:g} {unit})"
    print(f"{name:<62} {value:9.3f} {unit:<3} {goal} {verdict}", flush=True)


def build_corpus(path: Path, statements: int) -> None:
    """The samples plus ``statements`` generated ones in 4 scripts, 100 per source, some tagged."""
    sys.path.insert(0, str(ROOT))
    from organiser.corpus import normalise
    from organiser.flyers.seeding import open_corpus

    rng = random.Random(4)
    corpus = open_corpus(path)  # imports the samples
    langs = list(WORDS)
    vocab = {lang: words.split() for lang, words in WORDS.items()}
    with corpus.db.atomic():
        rows = []
        source_id = None
        for i in range(statements):
            if i % 100 == 0:
                source_id = corpus.db.table("sources").insert({
                    "title": f"Generated source {i // 100}", "outlet": "Bench", "content_hash": f"bench-{i}",
                    "date": f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 9}",
                }).last_pk
            lang = langs[i % 4]
            text = " ".join(rng.choice(vocab[lang]) for _ in range(40)).capitalize() + "."
            if i % 20_000 == 7:
                text += " zanzibarite"
            rows.append({"source_id": source_id, "position": i % 100, "text": text, "original_text": text,
                         "lang": lang, "edited": 0, **normalise.search_columns(text)})
        corpus.db.table("statements").insert_all(rows, batch_size=5000)
        tags = ("housing", "rent", "war", "peace")
        corpus.db.table("statement_tags").insert_all(
            ({"statement_id": r, "tag": rng.choice(tags)} for r in range(1, statements, 7)), ignore=True
        )
    corpus.close()


def start_once(db: Path, env: dict[str, str]) -> dict[str, str]:
    started = time.perf_counter()
    proc = subprocess.Popen([str(PYTHON), "-m", "organiser", "--db", str(db)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    fields: dict[str, str] = {}
    for line in proc.stdout:
        if line.startswith("ORGANISER_MAPPED"):
            fields = dict(part.split("=", 1) for part in line.split()[1:])
            fields["wall"] = f"{time.perf_counter() - started:.4f}"
            break
    proc.communicate(timeout=30)
    if not fields:
        raise SystemExit(f"the app did not report its first frame (exit {proc.returncode}): {proc.stderr}")
    return fields


def bench_startup(label: str, db: Path, runs: int, target_s: float, env: dict[str, str]) -> None:
    start_once(db, env)  # warm the page cache and Python's bytecode cache
    results = [start_once(db, env) for _ in range(runs)]
    walls = [float(r["wall"]) for r in results]
    report(f"start-up to first frame, {label} (median of {runs}, warm)", statistics.median(walls), "s", target_s)
    median_run = sorted(results, key=lambda r: float(r["wall"]))[len(results) // 2]
    print(f"    runs: {', '.join(f'{w:.3f}' for w in walls)}; rows listed: {results[0]['rows']}; "
          f"heavy modules loaded at that point: {results[0]['heavy']}", flush=True)
    print(f"    in-app ms (median run, after interpreter start and CLI parsing): {median_run.get('phases', '?')}",
          flush=True)
    if "vmhwm_kb" in results[0]:
        peak = max(int(r["vmhwm_kb"]) for r in results) / 1024
        report(f"peak resident memory (VmHWM) at first frame, {label}", peak, "MB", 300)


def bench_typing(db: Path) -> None:
    """Type queries key by key into the real window; a 1 ms heartbeat timer measures the worst event-loop block."""
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from organiser.corpus.store import Corpus
    from organiser.gui.main_window import MainWindow
    from organiser.gui.settings import Settings

    app = QApplication.instance() or QApplication([])
    corpus = Corpus(db)
    window = MainWindow(corpus, Settings(Path(tempfile.mkdtemp()) / "ui.ini"), load_workspace=False)
    window.show()
    view = window.corpus_view
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "worst": 0, "measuring": False}

    def beat() -> None:
        now = clock.elapsed()
        if state["measuring"]:
            state["worst"] = max(state["worst"], now - state["last"])
        state["last"] = now

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(beat)
    heart.start(1)

    def pump(ms: int) -> None:
        end = clock.elapsed() + ms
        while clock.elapsed() < end:
            app.processEvents()
            time.sleep(0.0005)

    pump(500)  # filter lists, first paint
    query_ms: list[float] = []
    inline_ms: list[float] = []
    for query in QUERIES:
        view.search_edit.clear()
        pump(300)
        state["measuring"] = True
        state["last"] = clock.elapsed()
        for ch in query:  # a fast typist: 70 ms a key, slower than the 80 ms debounce only at the end
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(view.search_edit, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                                        Qt.KeyboardModifier.NoModifier, ch))
            pump(70)
        pump(400)
        while view.runner.busy:
            pump(20)
        state["measuring"] = False
        query_ms.append(view.runner.last_query_ms)
        started = time.perf_counter()
        corpus.search(query, view.filters(), limit=200)
        inline_ms.append((time.perf_counter() - started) * 1000)
    report("search-as-you-type: worst event-loop block while typing", float(state["worst"]), "ms", 30)
    print(f"    queries: {', '.join(QUERIES)}", flush=True)
    print(f"    query time on the search thread (last query of each): "
          f"{', '.join(f'{m:.0f}' for m in query_ms)} ms; the same queries inline would block "
          f"up to {max(inline_ms):.0f} ms", flush=True)
    window.close()
    corpus.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "organiser-bench",
                        help="folder for the generated corpora (reused between runs)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        raise SystemExit('No display: run under xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python '
                         "bench/startup.py")
    args.cache.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp())
    env = {**os.environ, "ORGANISER_BENCH_STARTUP": "1", "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data")}
    env.pop("QT_QPA_PLATFORM", None)

    samples = args.cache / "samples.db"
    if not samples.exists():
        build_corpus(samples, 0)
    bench_startup("sample corpus", samples, args.runs, 0.45, env)

    big = args.cache / f"generated-{args.statements}.db"
    if not big.exists():
        started = time.perf_counter()
        build_corpus(big, args.statements)
        print(f"    (generated {args.statements:,} statements in {time.perf_counter() - started:.1f} s; cached "
              f"in {big})", flush=True)
    bench_startup(f"{args.statements:,} statements", big, args.runs, 0.8, env)
    bench_typing(big)


if __name__ == "__main__":
    main()
