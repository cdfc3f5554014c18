"""Application start-up: QApplication, the log file, plain-language error reporting, and the main window."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser.errors import OrganiserError
from organiser.gui.i18n import arg

log = logging.getLogger("organiser")
_STARTED = time.perf_counter()
_state: dict[str, object] = {}
HEAVY_MODULES = ("reportlab", "pypdf", "pypdfium2", "docx", "bs4")


def log_file() -> Path:
    from platformdirs import user_data_path

    return user_data_path("organiser", appauthor=False) / "organiser.log"


def setup_logging() -> Path:
    """The private log (0600, no user text in tracebacks) with ``faulthandler`` writing crash stacks into it."""
    from organiser.gui.crash import PrivateFormatter, PrivateLogHandler

    path = log_file()
    for old in [h for h in log.handlers if isinstance(h, PrivateLogHandler)]:
        log.removeHandler(old)
        old.close()
    try:
        handler: logging.Handler = PrivateLogHandler(path)
    except OSError:  # a read-only home: crash stacks and errors go to the terminal instead
        import faulthandler

        handler = logging.StreamHandler()
        faulthandler.enable(all_threads=True)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def plain_message(exc: BaseException) -> str:
    """The one line a person sees: our errors in their own words, others as what happened and the log."""
    if isinstance(exc, OrganiserError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        name = f" ({exc.filename})" if exc.filename else ""
        return arg(QCoreApplication.translate("App", "The system refused: %1."), f"{exc.strerror}{name}")
    text = QCoreApplication.translate("App", "Something went wrong (%1). The details were written to %2.")
    return arg(text, type(exc).__name__, str(log_file()))


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; show the user one line in the status bar and a non-blocking message box."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    message = plain_message(exc)
    window = _state.get("window")
    show_status = getattr(window, "show_status", None)
    if callable(show_status):
        show_status(message)
    if _state.get("box_open"):
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Organiser",
        message,
        QMessageBox.StandardButton.Ok,
        window if isinstance(window, QWidget) else None,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _state.pop("box_open", None))
    _state["box_open"] = True
    box.open()


class _FirstFrame(QObject):
    """Calls back once, just after the window's first expose has been painted."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Expose
            and getattr(watched, "isExposed", lambda: 0)()
        ):
            self._done = True
            QTimer.singleShot(0, self._callback)
        return False


def _phases(marks: dict[str, float]) -> str:
    """Milliseconds spent in each start-up step, from this module's import to the first frame."""
    out, last = [], _STARTED
    for name, at in [*marks.items(), ("frame", time.perf_counter())]:
        out.append(f"{name}:{(at - last) * 1000:.0f}")
        last = at
    return ",".join(out)


def _vm_hwm_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(db_path: Path | None) -> int:
    """Start the desktop app on ``db_path`` (default corpus when None); returns the exit status."""
    log_path = setup_logging()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    marks = {"modules": time.perf_counter()}
    app = QApplication.instance() or QApplication(sys.argv)
    marks["qapp"] = time.perf_counter()
    assert isinstance(app, QApplication)
    app.setApplicationName("Organiser")
    app.setOrganizationName("Organiser")
    app.setApplicationDisplayName("Organiser")
    app.setDesktopFileName("organiser")  # matches organiser.desktop (organiser install-desktop)
    from organiser.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    sys.excepthook = excepthook
    from organiser.corpus.store import default_db_path
    from organiser.flyers.seeding import open_corpus
    from organiser.gui import i18n
    from organiser.gui.main_window import MainWindow
    from organiser.gui.settings import Settings

    marks["imports"] = time.perf_counter()
    settings = Settings()
    language = i18n.install(app, i18n.choose_language(settings.ui_language()))
    marks["language"] = time.perf_counter()
    log.info("window language: %s", language)

    try:
        corpus = open_corpus(db_path or default_db_path())
    except OrganiserError as err:
        log.error("cannot open corpus: %s", err)
        QMessageBox.critical(None, "Organiser", str(err))
        return 1
    log.info("started on %s (log %s)", corpus.path, log_path)
    from organiser.gui.crash import clear_running, mark_running, unexpected_exit_message

    crashed = mark_running(log_path.parent)
    screenshot = os.environ.get("ORGANISER_SCREENSHOT")
    marks["corpus"] = time.perf_counter()
    window = MainWindow(corpus, settings, load_workspace=False)
    marks["window"] = time.perf_counter()
    _state["window"] = window
    if screenshot:
        window.resize(
            int(os.environ.get("ORGANISER_SCREENSHOT_WIDTH", 1400)),
            int(os.environ.get("ORGANISER_SCREENSHOT_HEIGHT", 900)),
        )
        window.move(0, 0)

    def first_frame() -> None:
        if os.environ.get("ORGANISER_BENCH_STARTUP"):
            heavy = [m for m in HEAVY_MODULES if m in sys.modules]
            rows = window.corpus_view.model.rowCount()
            print(
                f"ORGANISER_MAPPED seconds={time.perf_counter() - _STARTED:.4f} rows={rows} "
                f"vmhwm_kb={_vm_hwm_kb()} heavy={','.join(heavy) or '-'} "
                f"phases={_phases(marks)}",
                flush=True,
            )
            if os.environ.get("ORGANISER_BENCH_STARTUP") != "workspace":
                window.close()
                return
        if crashed:
            _tell(window, unexpected_exit_message(log_path))
        if not screenshot:
            from organiser.gui.backups import start_daily_backup

            start_daily_backup(window)
        started = time.perf_counter()
        window.load_workspace()
        if os.environ.get("ORGANISER_BENCH_STARTUP"):
            print(
                f"ORGANISER_WORKSPACE seconds={time.perf_counter() - started:.4f} "
                f"loaded={window.workspace is not None}",
                flush=True,
            )
            window.close()
            return
        if screenshot:
            delay = int(os.environ.get("ORGANISER_SCREENSHOT_DELAY_MS", 1500))
            QTimer.singleShot(delay, lambda: _grab(window, Path(screenshot)))

    _close_on_terminate(window)
    watcher = _FirstFrame(first_frame)
    window.show()
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(watcher)
    status = app.exec()
    corpus.close()  # checkpoints: corpus.db alone is the whole corpus after quitting
    clear_running(log_path.parent)
    return int(status)


def _close_on_terminate(window: QWidget) -> None:
    """SIGTERM and SIGHUP (logging out, ``kill``) close the window as the Quit command does: edits saved, the
    corpus checkpointed. Python runs signal handlers only between bytecodes, so a timer wakes it twice a second."""
    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    waker = QTimer(window)
    waker.timeout.connect(lambda: None)
    waker.start(500)


def _tell(window: QWidget, message: str) -> None:
    """A message that does not block start-up (the window works while it shows)."""
    log.warning("the previous session ended unexpectedly")
    box = QMessageBox(QMessageBox.Icon.Information, "Organiser", message, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _state["crash_box"] = box


def _grab(window: QWidget, path: Path) -> None:
    ok = window.grab().save(str(path))
    print(f"ORGANISER_SCREENSHOT {'saved' if ok else 'FAILED'} {path}", flush=True)
    window.close()
