"""A private log that never holds the user's words, a crash stack in it, and a word after an abnormal exit.

- The log file is 0600 in a 0700 folder. Tracebacks keep where the error happened (files, lines, functions)
  and the exception's type, never its message, which can quote flyer or statement text.
- ``faulthandler`` writes the stack of every thread to the log if the process dies of a signal (a segfault in
  a binding, an abort), where Python's own handling never runs.
- A marker file exists while the app runs; finding one at start-up (from a process that is gone) means the
  last session ended abnormally, and the window says so, and where the log is.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication

from organiser.gui.i18n import arg
from organiser.private import open_private, private_file, private_folder

MARKER = "organiser.running"


class PrivateFormatter(logging.Formatter):
    """Tracebacks without exception messages (they may contain the user's text)."""

    def formatException(self, ei: Any) -> str:  # noqa: N802
        _type, exc, tb = ei
        lines = ["Traceback (most recent call last):"]
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in traceback.extract_tb(tb)]
        chain: list[str] = []
        while exc is not None and len(chain) < 10:
            chain.append(f"{type(exc).__module__}.{type(exc).__qualname__} (message withheld: it may quote "
                         "the user's text)")
            exc = exc.__cause__ or exc.__context__
        return "\n".join(lines + chain)

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # never reuse a cached traceback formatted with its message
        return super().format(record)


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files are created 0600; ``faulthandler`` follows it to the new file on rotation."""

    def __init__(self, path: Path) -> None:
        private_folder(path.parent, tighten=True)
        private_file(path)
        self._fault_file: IO[str] | None = None
        super().__init__(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        self._enable_faulthandler()

    def _open(self) -> Any:
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                    opener=open_private)

    def doRollover(self) -> None:  # noqa: N802
        super().doRollover()
        for old in Path(self.baseFilename).parent.glob(Path(self.baseFilename).name + ".*"):
            private_file(old)
        self._enable_faulthandler()

    def _enable_faulthandler(self) -> None:
        old = self._fault_file
        self._fault_file = open(self.baseFilename, "a", encoding="utf-8", opener=open_private)  # noqa: SIM115
        faulthandler.enable(file=self._fault_file, all_threads=True)
        if old is not None:
            old.close()

    def close(self) -> None:
        super().close()
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def mark_running(folder: Path) -> bool:
    """Leave the marker for this session; True when the previous session ended without removing its own."""
    marker = folder / MARKER
    crashed = False
    try:
        pid = int(marker.read_text().strip() or 0)
    except (OSError, ValueError):
        pid = -1 if marker.exists() else 0
    if pid and (pid < 0 or (pid != os.getpid() and not _alive(pid))):
        crashed = True
    try:
        private_folder(folder)
        with open(marker, "w", encoding="ascii", opener=open_private) as fh:
            fh.write(str(os.getpid()))
    except OSError:
        pass
    return crashed


def clear_running(folder: Path) -> None:
    """A clean exit: the next start has nothing to report."""
    marker = folder / MARKER
    try:
        if marker.read_text().strip() == str(os.getpid()):
            marker.unlink()
    except OSError:
        pass


def unexpected_exit_message(log_path: Path) -> str:
    return arg(QCoreApplication.translate(
        "Crash", "Organiser closed unexpectedly last time. Your work was saved: flyers and statements are stored "
                 "as you edit them. What happened is written in the log: %1"), log_path)
