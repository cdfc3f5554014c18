"""Search as you type without blocking the window: queries run on a worker thread with its own connection."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from organiser.corpus.records import SearchHit
from organiser.corpus.search import SearchFilters
from organiser.corpus.store import Corpus
from organiser.corpus.word_forms import warm_up
from organiser.gui.workers import Job, Workers

RESULT_LIMIT = 200
WARM_UP_DELAY_MS = 700  # after the first frame, before most people type: the search thread gets ready
T = TypeVar("T")

_local = threading.local()


def _thread_corpus(path: Path) -> Corpus:
    """The calling thread's own connection (sqlite3 connections must stay in their thread)."""
    cache: dict[Path, Corpus] = getattr(_local, "corpora", None) or {}
    _local.corpora = cache
    if path not in cache:
        cache[path] = Corpus(path)
    return cache[path]


@dataclass(frozen=True)
class _Request:
    generation: int
    query: str
    filters: SearchFilters


class SearchRunner(QObject):
    """``request()`` returns a generation number; ``results`` carries the newest finished generation only."""

    results = Signal(int, object)  # generation, list[SearchHit]
    failed = Signal(str)

    def __init__(
        self, corpus: Corpus, *, synchronous: bool, parent: QObject | None = None, limit: int = RESULT_LIMIT
    ) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._workers = Workers(synchronous=synchronous, max_threads=1, keep_threads=True)
        # Other reads (the filter lists: a second at a million statements) on a thread of their own, so the
        # first query typed after start-up does not wait for them.
        self._side = Workers(synchronous=synchronous, max_threads=1, keep_threads=True)
        self._limit = limit
        self._generation = 0
        self._running = False
        self._pending: _Request | None = None
        self.last_query_ms = 0.0
        if not synchronous:
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        """Open the search thread's connection and load the word-form dictionaries while nobody types."""
        path = self._corpus.path

        def work(_job: Job) -> None:
            _thread_corpus(path)
            warm_up()

        self._workers.submit(work, context=self)

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, query: str, filters: SearchFilters) -> int:
        self._generation += 1
        self._pending = _Request(self._generation, query, filters)
        if not self._running:
            self._start_pending()
        return self._generation

    def _start_pending(self) -> None:
        request, self._pending = self._pending, None
        if request is None:
            return
        self._running = True
        synchronous = self._workers.synchronous
        path, limit, gui_corpus = self._corpus.path, self._limit, self._corpus

        def work(_job: Job) -> tuple[int, list[SearchHit], float]:
            corpus = gui_corpus if synchronous else _thread_corpus(path)
            started = time.perf_counter()
            hits = corpus.search(request.query, request.filters, limit=limit)
            return request.generation, hits, (time.perf_counter() - started) * 1000

        self._workers.submit(work, self._on_finished, self._on_failed, context=self)

    def _on_finished(self, result: tuple[int, list[SearchHit], float]) -> None:
        generation, hits, elapsed = result
        self._running = False
        self.last_query_ms = elapsed
        if generation == self._generation:
            self.results.emit(generation, hits)
        self._start_pending()

    def _on_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)
        self._start_pending()

    def call(self, fn: Callable[[Corpus], T], on_done: Callable[[T], None]) -> None:
        """Run ``fn`` with its thread's own connection (inline when synchronous); ``on_done`` gets its result."""
        synchronous = self._workers.synchronous
        path, gui_corpus = self._corpus.path, self._corpus

        def work(_job: Job) -> T:
            return fn(gui_corpus if synchronous else _thread_corpus(path))

        self._side.submit(work, on_done, self.failed.emit, context=self)

    def wait(self, msecs: int = 5000) -> bool:
        return self._workers.wait(msecs) and self._side.wait(msecs)
