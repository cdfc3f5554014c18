"""Benchmark: two `organiser import` processes of 1,000 files each into one corpus, at the same time.

Run: .venv/bin/python bench/concurrent_import.py [--files 1000]
Target: all 2,000 files stored, none rejected as "database is locked" (writers begin IMMEDIATE and wait).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = "council budget housing rent tenants school transport workers union wage climate water energy".split()


def _texts(folder: Path, prefix: str, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        r = random.Random(f"{prefix}{i}")
        lines = [" ".join(r.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(r.randint(8, 40))]
        (folder / f"{prefix}{i:04d}.txt").write_text(f"{prefix} {i}\n\n" + "\n\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="organiser-concurrent-"))
    try:
        _texts(tmp / "a", "a", args.files)
        _texts(tmp / "b", "b", args.files)
        db = tmp / "corpus.db"
        subprocess.run([sys.executable, "-m", "organiser", "--db", str(db), "sources"], check=True,
                       capture_output=True)
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-m", "organiser", "--db", str(db), "import", str(tmp / d)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in ("a", "b")]
        outputs = [p.communicate() for p in procs]
        seconds = time.perf_counter() - started
        rejected = sum(err.count("rejected") for _out, err in outputs)
        locked = sum((out + err).count("locked") for out, err in outputs)
        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT count(*) FROM sources WHERE original_name GLOB '[ab][0-9]*'").fetchone()[0]
        print(f"two imports of {args.files} files: {stored} of {2 * args.files} stored, {rejected} rejected "
              f"({locked} 'locked'), exit codes {[p.returncode for p in procs]}, {seconds:.1f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
