"""Background jobs let go of their work once done: a long session must not keep every flyer and PDF it rendered."""

from __future__ import annotations

import gc
import logging
import weakref

import pytest
from pytestqt.qtbot import QtBot

from organiser.gui.workers import Workers


class Payload:
    """Stands for what a job's closure holds: a flyer, a PDF of a few hundred KB."""


@pytest.mark.parametrize("synchronous", [False, True])
def test_finished_and_failed_jobs_and_their_closures_are_freed(qtbot: QtBot, synchronous: bool,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The test's log capture would keep each failure's traceback (and through it the job): no record here.
    monkeypatch.setattr(logging.getLogger("organiser.gui.workers"), "disabled", True)
    workers = Workers(synchronous=synchronous)
    jobs, payloads, results = [], [], []

    def fail(_job: object) -> None:
        raise ValueError("boom")

    for i in range(40):
        payload = Payload()
        payloads.append(weakref.ref(payload))
        work = (lambda _job, p=payload: id(p)) if i % 4 else (lambda _job, p=payload: fail(p))
        jobs.append(weakref.ref(workers.submit(work, results.append, results.append)))
        del payload, work
    assert workers.wait(5000)
    qtbot.waitUntil(lambda: len(results) == 40, timeout=5000)
    gc.collect()
    assert sum(r() is not None for r in jobs) == 0
    assert sum(r() is not None for r in payloads) == 0
