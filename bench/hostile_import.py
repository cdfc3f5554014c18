"""Hostile files against the importers: each read in its own process, with its wall time and peak memory.

Run: .venv/bin/python bench/hostile_import.py
Prints one line per file: seconds, peak MB, the answer. Targets: < 5 s and < 300 MB for every file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus.hostile_files import make_all  # noqa: E402

_READ = (
    "import sys; from pathlib import Path; from organiser.corpus.importers import read_document\n"
    "from organiser.errors import ImportRejected\n"
    "try:\n    read_document(Path(sys.argv[1])); print('imported')\n"
    "except ImportRejected as err:\n    print(err)\n"
    # Its own peak: a child's ru_maxrss (wait4) also counts the parent's memory at the moment it was spawned.
    "print(next(ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')))\n"
)


def main() -> None:
    worst_s = worst_mb = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for path, expected in make_all(Path(tmp)):
            start = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-c", _READ, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
            )
            _, status, _usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            assert process.stdout is not None and process.stderr is not None
            *lines, peak_kb = process.stdout.read().decode().strip().splitlines() or [""]
            if not peak_kb.isdigit():  # the reader stopped before reporting its peak
                lines, peak_kb = [*lines, peak_kb], "0"
            answer = "\n".join(lines)
            noise = process.stderr.read().decode().strip()
            peak_mb = int(peak_kb) / 1024
            worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, peak_mb)
            verdict = "ok" if expected in answer and not noise and status == 0 else "UNEXPECTED"
            print(f"{path.name:26} {seconds:5.2f} s {peak_mb:6.0f} MB  {verdict:10} {answer[:100]}")
    print(f"worst: {worst_s:.2f} s (target < 5 s, process start included), {worst_mb:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
