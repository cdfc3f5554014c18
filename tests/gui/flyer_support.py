"""Shared helpers of the flyer GUI tests: a workspace with synchronous rendering, flyers to edit, PDF text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.flyers import ops
from organiser.flyers.model import (
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Flyer,
    Headline,
    SourcesBlock,
    TextBlock,
)
from organiser.flyers.storage import save_flyer
from organiser.gui.flyers.workspace import FlyerWorkspace
from organiser.gui.workers import Workers


def make_workspace(qtbot: QtBot, corpus_path: Path, stack: QUndoStack | None = None,
                   synchronous: bool = True) -> FlyerWorkspace:
    ws = FlyerWorkspace(corpus_path, stack or QUndoStack(), workers=Workers(synchronous=synchronous))
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    return ws


def simple_flyer() -> Flyer:
    return Flyer(title="Test flyer", blocks=(
        Headline("h1", "Housing for all"),
        TextBlock("t1", "First paragraph."),
        TextBlock("t2", "Second paragraph."),
        SourcesBlock("src"),
    ))


def chart_flyer() -> Flyer:
    table = ComparisonTable(
        title="Two cities",
        subjects=("Alpha", "Beta"),
        criteria=(
            Criterion("Rent control", (Cell("Strict", "yes"), Cell("None", "no"))),
            Criterion("Public housing", (Cell("Plenty", "yes"), Cell("Some", "partly"))),
            Criterion("Tenant unions", (Cell("Strong"), Cell("Weak"))),
        ),
        criterion_heading="Policy",
    )
    return Flyer(title="Chart", blocks=(Headline("h1", "Compare"), ComparisonBlock("chart", table)))


def store_and_open(ws: FlyerWorkspace, flyer: Flyer) -> Flyer:
    flyer_id = save_flyer(ws.corpus, flyer)
    ws.library.refresh()
    assert ws.open_flyer(flyer_id)
    current = ws.current_flyer()
    assert current is not None
    return current


def block_ids(flyer: Flyer | None) -> list[str]:
    assert flyer is not None
    return [b.id for b in flyer.blocks]


def first_statement_with_source(corpus: Corpus, query: str) -> int:
    hits = corpus.search(query, limit=20)
    for hit in hits:
        if hit.statement.source.title:
            return hit.statement.id
    raise AssertionError(f"no statement with a source matches {query!r}")


__all__ = ["block_ids", "chart_flyer", "first_statement_with_source", "make_workspace", "ops", "simple_flyer",
           "store_and_open"]
