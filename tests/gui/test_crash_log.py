"""The log is private and holds no user text; a crash leaves its stack there; the next start says so."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.gui import app
from organiser.gui.crash import clear_running, mark_running, unexpected_exit_message

FLYER_TEXT = "Secret meeting at Olena's flat, 7 pm"


@pytest.fixture(autouse=True)
def _own_log_handler() -> object:
    """setup_logging() points faulthandler at the log: give it back to pytest's stderr afterwards."""
    yield None
    import faulthandler

    from organiser.gui.crash import PrivateLogHandler

    logger = logging.getLogger("organiser")
    for handler in [h for h in logger.handlers if isinstance(h, PrivateLogHandler)]:
        logger.removeHandler(handler)
        handler.close()
    faulthandler.enable(file=sys.__stderr__, all_threads=True)


def test_the_log_is_private_and_its_tracebacks_hold_no_flyer_text() -> None:
    old = os.umask(0o022)
    try:
        path = app.setup_logging()
        try:
            raise ValueError(f"cannot fit {FLYER_TEXT!r} on the page")
        except ValueError:
            logging.getLogger("organiser.gui.flyers").exception("the preview failed")
        for handler in logging.getLogger("organiser").handlers:
            handler.flush()
    finally:
        os.umask(old)
    text = path.read_text(encoding="utf-8")
    assert "the preview failed" in text and "builtins.ValueError" in text and "test_crash_log.py" in text
    assert "Olena" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_crash_writes_its_stack_to_the_log_and_the_next_start_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    script = ("import faulthandler; from organiser.gui import app; from organiser.gui.crash import mark_running; "
              "p = app.setup_logging(); mark_running(p.parent); faulthandler._sigsegv()")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    log_path = tmp_path / "data" / "organiser" / "organiser.log"
    logged = log_path.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in logged and "<module>" in logged
    folder = log_path.parent
    assert mark_running(folder) is True  # the dead session's marker
    message = unexpected_exit_message(log_path)
    assert "closed unexpectedly" in message and "saved" in message and str(log_path) in message
    clear_running(folder)
    assert mark_running(folder) is False  # a clean exit leaves nothing to report
    clear_running(folder)


def test_another_running_instance_is_not_taken_for_a_crash(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / "organiser.running").write_text(str(sleeper.pid))
        assert mark_running(tmp_path) is False
    finally:
        sleeper.kill()
        sleeper.wait()


def test_quitting_while_thumbnails_render_exits_cleanly(tmp_path: Path) -> None:
    """The window closes at once after the flyer side loads, while the library still renders thumbnails: the
    render thread must be done before the interpreter (and PDFium with it) shuts down — no segfault at exit."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "ORGANISER_BENCH_STARTUP": "workspace", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "organiser", "--db", str(tmp_path / "corpus.db")], env=env,
                          capture_output=True, text=True, timeout=120)
    logged = (tmp_path / "data" / "organiser" / "organiser.log").read_text(encoding="utf-8")
    assert done.returncode == 0 and "Fatal Python error" not in logged, logged[-2000:]
    assert "loaded=True" in done.stdout
    assert not (tmp_path / "data" / "organiser" / "organiser.running").exists()
    wal = tmp_path / "corpus.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed on quit: corpus.db alone is everything


def test_sigterm_closes_the_window_like_quit(tmp_path: Path) -> None:
    """Logging out sends SIGTERM: the app saves, checkpoints and ends as on Quit, not as after a crash."""
    import signal
    import time

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen"}
    app_process = subprocess.Popen([sys.executable, "-m", "organiser", "--db", str(tmp_path / "corpus.db")], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log_path = tmp_path / "data" / "organiser" / "organiser.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "daily backup" not in (log_path.read_text() if log_path.exists() else ""):
        time.sleep(0.1)
    app_process.send_signal(signal.SIGTERM)
    app_process.communicate(timeout=30)
    assert app_process.returncode == 0
    assert not (tmp_path / "data" / "organiser" / "organiser.running").exists()
    assert "Fatal Python error" not in log_path.read_text()
    assert (tmp_path / "backups").is_dir()
