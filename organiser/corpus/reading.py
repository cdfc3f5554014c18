"""Reading many files for an import: parsed in worker processes on every core, handed back in order."""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.errors import ImportRejected

if TYPE_CHECKING:
    from organiser.corpus.importers.document import ImportedDocument

# Starting worker processes costs ~0.2 s: below this many files one process is faster.
PARALLEL_FROM = 40
_CHUNK = 8


def read_one(path: Path, languages: Sequence[str] = ()) -> ImportedDocument | ImportRejected:
    """The document, or the reason it was rejected (returned, so it crosses the process boundary as data).
    ``languages`` (the corpus's, main first) guide OCR of scans."""
    from organiser.corpus.importers import read_document

    try:
        return read_document(path, languages)
    except ImportRejected as err:
        return err


def read_all(
    files: Sequence[Path], languages: Sequence[str] = ()
) -> Generator[tuple[Path, ImportedDocument | ImportRejected], None, None]:
    """Each file with its document or rejection, in the order given; closing the iterator stops the workers."""
    workers = min(os.cpu_count() or 1, 4)
    read = functools.partial(read_one, languages=tuple(languages))
    if len(files) < PARALLEL_FROM or workers < 2:
        for path in files:
            yield path, read(path)
        return
    # "spawn": forking a process that runs Qt or SQLite threads is unsafe.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    done = 0
    try:
        for result in pool.map(read, files, chunksize=_CHUNK):
            yield files[done], result
            done += 1
    except BrokenProcessPool:  # a worker died (out of memory...): read the rest here
        for path in files[done:]:
            yield path, read(path)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
