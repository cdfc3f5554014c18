"""Atomic writes leave no litter: part files of killed writers are removed by the next write to the folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from organiser.atomic import clean_stale_parts, write_files_atomically


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_parts_of_dead_writers_are_removed_others_kept(tmp_path: Path) -> None:
    dead = tmp_path / f".flyer.pdf.{_dead_pid()}-abcd1234.part"
    alive = tmp_path / f".flyer.pdf.{os.getppid()}-abcd1234.part"
    legacy_old = tmp_path / ".flyer.pdf.abcd1234.part"
    legacy_new = tmp_path / ".other.pdf.wxyz9876.part"
    foreign = tmp_path / ".flyer.pdf.notours.partial"
    for path in (dead, alive, legacy_old, legacy_new, foreign):
        path.write_bytes(b"x")
    os.utime(legacy_old, (time.time() - 7200, time.time() - 7200))
    write_files_atomically([(tmp_path / "flyer.pdf", b"%PDF")])
    assert not dead.exists() and not legacy_old.exists()
    assert alive.exists() and legacy_new.exists() and foreign.exists()
    assert (tmp_path / "flyer.pdf").read_bytes() == b"%PDF"


def test_an_export_killed_mid_write_is_cleaned_on_the_next_run(tmp_path: Path) -> None:
    script = (
        "import sys, time, organiser.atomic as a\n"
        "from pathlib import Path\n"
        "real = a.os.replace\n"
        "def stall(*args):\n"
        "    print('writing', flush=True); time.sleep(60)\n"
        "a.os.replace = stall\n"
        f"a.write_files_atomically([(Path({str(tmp_path / 'out.pdf')!r}), b'x' * 1000)])\n"
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # the kill left one
    removed = clean_stale_parts(tmp_path)
    assert len(removed) == 1 and not any(p.name.endswith(".part") for p in tmp_path.iterdir())
