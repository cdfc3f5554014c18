"""Background jobs: a QRunnable runs a function off the GUI thread and posts progress and results back."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from organiser.errors import OrganiserError
from organiser.gui.i18n import arg

log = logging.getLogger(__name__)


class Job(QObject):
    """The GUI-thread handle of one background task: its signals, and the cancel flag the task polls.

    The work function receives the job and calls ``job.report(done, total)`` and ``job.cancelled()``;
    whatever it returns arrives in ``finished``; an ``OrganiserError`` arrives in ``failed`` as its message,
    any other exception is logged and arrives in ``failed`` as a plain sentence.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    # Emitted from the worker thread; queued to the slots below, which run in this object's (GUI) thread.
    _progress_posted = Signal(int, int)
    _finished_posted = Signal(object)
    _failed_posted = Signal(str)

    def __init__(self, fn: Callable[[Job], Any], *, synchronous: bool, parent: QObject | None = None,
                 on_done: Callable[[Job], None] | None = None) -> None:
        super().__init__(parent)
        self._fn: Callable[[Job], Any] | None = fn
        self._on_done = on_done
        self._cancel = threading.Event()
        self.done = False
        kind = Qt.ConnectionType.DirectConnection if synchronous else Qt.ConnectionType.QueuedConnection
        self._progress_posted.connect(self._on_progress, kind)
        self._finished_posted.connect(self._on_finished, kind)
        self._failed_posted.connect(self._on_failed, kind)

    # ---- called by the work function (any thread) -----------------------------------------------

    def report(self, done: int, total: int) -> None:
        try:
            self._progress_posted.emit(done, total)
        except RuntimeError:  # the window closed while the task ran
            self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # ---- called in the GUI thread ---------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        """Run the work function in the calling thread (the runnable calls this in a pool thread)."""
        # Drop the work function at once: its closure (a flyer, a PDF) must not live as long as this handle.
        fn, self._fn = self._fn, None
        if fn is None:
            return
        try:
            result = fn(self)
        except OrganiserError as err:
            self._post(self._failed_posted, str(err))
        except Exception as err:  # a bug: log it, show one plain line
            log.exception("background task failed")
            message = arg(QCoreApplication.translate(
                "Workers", "The task stopped because of an unexpected problem (%1)."), type(err).__name__)
            self._post(self._failed_posted, message)
        else:
            self._post(self._finished_posted, result)

    def _post(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed while the task ran: nobody is left to tell
            log.debug("background task finished after its receiver was deleted")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)
        self._release()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.done = True
        self.failed.emit(message)
        self._release()

    def _release(self) -> None:
        """Tell the owner this job is over (it drops its reference). A plain callback, not a signal connection:
        a lambda connected to the job's own signal and naming the job is a cycle through Qt that Python's
        garbage collector cannot see, and every job (with whatever its work function held) would leak."""
        callback, self._on_done = self._on_done, None
        if callback is not None:
            callback(self)


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job: Job | None = job

    def run(self) -> None:
        # The binding may keep this wrapper after the pool is done with it: let go of the job (and its closure).
        job, self._job = self._job, None
        if job is not None:
            job.run()


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class SynchronousPool:
    """Runs each runnable at once in the calling thread: deterministic tests (Picard's fake thread pool)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


def _while_alive(context: QObject | None, callback: Callable[..., None]) -> Callable[..., None]:
    if context is None:
        return callback

    def guarded(*args: Any) -> None:
        if shiboken6.isValid(context):
            callback(*args)

    return guarded


class Workers:
    """Starts jobs on a thread pool, or inline when ``synchronous`` (tests)."""

    def __init__(
        self, *, synchronous: bool = False, max_threads: int | None = None, keep_threads: bool = False
    ) -> None:
        self.synchronous = synchronous
        self._pool: Pool
        if synchronous:
            self._pool = SynchronousPool()
        else:
            pool = QThreadPool()
            if max_threads:
                pool.setMaxThreadCount(max_threads)
            if keep_threads:  # per-thread resources (a SQLite connection) stay valid
                pool.setExpiryTimeout(-1)
            self._qpool = pool
            self._pool = pool
        self._jobs: set[Job] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[Job], Any],
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        context: QObject | None = None,
    ) -> Job:
        """Run ``fn`` off the GUI thread; the callbacks run on the GUI thread, and not at all once ``context``
        (the widget or model they belong to) has been deleted — a late result must not touch a dead object."""
        job = Job(fn, synchronous=self.synchronous, on_done=self._jobs.discard)
        if self._closed:  # the window is closing: late requests (a queued thumbnail, a preview) never start
            return job
        if on_progress:
            job.progress.connect(_while_alive(context, on_progress))
        if on_finished:
            job.finished.connect(_while_alive(context, on_finished))
        if on_failed:
            job.failed.connect(_while_alive(context, on_failed))
        # Keep the handle alive until it reports back; Qt would otherwise lose the queued calls.
        self._jobs.add(job)
        self._pool.start(_JobRunnable(job))
        return job

    def shutdown(self, msecs: int = 5000) -> bool:
        """Start nothing more and wait for what runs: no job may still be inside a library (PDFium,
        ReportLab) when the interpreter shuts down and those libraries tear themselves down."""
        self._closed = True
        return self.wait(msecs)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for running jobs (used on quit and by benchmarks)."""
        if self.synchronous:
            return True
        return bool(self._qpool.waitForDone(msecs))
