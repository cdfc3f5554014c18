"""The corpus table models: qtmodeltester, roles, and drag-out MIME data."""

from __future__ import annotations

import json

from pytestqt.modeltest import ModelTester

from organiser.corpus.store import Corpus
from organiser.gui.corpus.source_model import SourceIdRole, SourceModel
from organiser.gui.corpus.statement_model import (
    STATEMENT_IDS_MIME,
    HitRole,
    SpansRole,
    StatementIdRole,
    StatementModel,
)


def test_statement_model_passes_modeltester(qtmodeltester: ModelTester, corpus: Corpus) -> None:
    model = StatementModel()
    model.set_hits(corpus.search("solidarity"))
    qtmodeltester.check(model, force_py=True)
    model.set_hits([])
    qtmodeltester.check(model, force_py=True)


def test_source_model_passes_modeltester(qtmodeltester: ModelTester, corpus: Corpus) -> None:
    model = SourceModel()
    model.set_sources(corpus.sources())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert isinstance(model.index(0, 0).data(SourceIdRole), int)


def test_statement_roles_carry_hit_and_match_spans(corpus: Corpus) -> None:
    model = StatementModel()
    hits = corpus.search("genocide")
    model.set_hits(hits)
    index = model.index(0, 0)
    assert index.data(StatementIdRole) == hits[0].statement.id
    assert index.data(HitRole) == hits[0]
    spans = index.data(SpansRole)
    snippet = index.data()
    assert spans and all(snippet[a:b].lower().startswith("genocid") for a, b in spans)
    assert model.index(0, 1).data() == hits[0].statement.source.title
    assert model.index(0, 2).data() == hits[0].statement.source.date


def test_drag_mime_data_carries_statement_ids_and_text(corpus: Corpus) -> None:
    model = StatementModel()
    hits = corpus.search("occupation")
    model.set_hits(hits)
    assert STATEMENT_IDS_MIME in model.mimeTypes()
    mime = model.mimeData([model.index(0, 0), model.index(0, 2), model.index(1, 1)])
    ids = json.loads(bytes(mime.data(STATEMENT_IDS_MIME).data()).decode())
    assert ids == [hits[0].statement.id, hits[1].statement.id]
    assert hits[0].statement.text in mime.text()
    assert hits[0].statement.source.title in mime.text()
