"""Every Qt model of the flyer workspace passes pytest-qt's model tester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from organiser.corpus.store import Corpus
from organiser.flyers.model import ComparisonBlock
from organiser.flyers.storage import save_flyer
from organiser.gui.flyers.block_model import BlockIdRole, BlockListModel, StaleRole
from organiser.gui.flyers.chart_model import ChartTableModel, EvidenceRole, VerdictRole
from organiser.gui.flyers.library import FlyerIdRole, LibraryModel, _blank_page
from organiser.gui.flyers.preflight_panel import BlockRole, PreflightModel
from organiser.gui.workers import Workers
from organiser.printing.preflight import PreflightWarning
from tests.gui.flyer_support import chart_flyer, simple_flyer


def test_block_list_model(qtmodeltester: ModelTester) -> None:
    model = BlockListModel()
    model.set_blocks(simple_flyer().blocks)
    qtmodeltester.check(model)
    assert model.index(1).data(BlockIdRole) == "t1"
    assert "First paragraph" in model.index(1).data()
    model.set_stale(frozenset({"t1"}))
    assert model.index(1).data(StaleRole) is True
    assert model.index(1).data().startswith("⚠")
    model.set_blocks(chart_flyer().blocks)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_chart_table_model(qtmodeltester: ModelTester) -> None:
    model = ChartTableModel()
    block = chart_flyer().blocks[1]
    assert isinstance(block, ComparisonBlock)
    model.set_block(block)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Beta"
    assert model.index(0, 0).data(VerdictRole) == "yes"
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "Strict"
    assert model.index(0, 0).data(EvidenceRole) == []
    requests: list[tuple[int, int, str]] = []
    model.cell_edit_requested.connect(lambda r, c, t: requests.append((r, c, t)))
    assert model.setData(model.index(2, 1), "Growing")
    assert requests == [(2, 1, "Growing")]
    assert model.index(2, 1).data(Qt.ItemDataRole.EditRole) == "Weak"  # the document changes it, not the model
    model.set_block(None)
    qtmodeltester.check(model)


def test_preflight_model(qtmodeltester: ModelTester) -> None:
    model = PreflightModel()
    model.set_warnings((PreflightWarning("unsourced-quote", "A quote has no source.", "q1"),
                        PreflightWarning("overflow", "The flyer runs onto 2 pages.")))
    qtmodeltester.check(model)
    assert model.index(0).data(BlockRole) == "q1"
    assert "no source" in model.index(0).data()


def test_library_model_with_thumbnails(qtbot: QtBot, qtmodeltester: ModelTester, corpus: Corpus) -> None:
    ids = [save_flyer(corpus, simple_flyer()), save_flyer(corpus, chart_flyer())]
    model = LibraryModel(corpus, Workers(synchronous=True))
    model.refresh()
    qtmodeltester.check(model)
    assert sorted(model.index(r).data(FlyerIdRole) for r in range(2)) == sorted(ids)
    icon = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert model.pending == 0


def test_thumbnails_wait_while_the_preview_renders(qtbot: QtBot, corpus: Corpus) -> None:
    save_flyer(corpus, simple_flyer())
    save_flyer(corpus, chart_flyer())
    model = LibraryModel(corpus, Workers(synchronous=True))
    previewing = [True]
    model.hold_while(lambda: previewing[0])
    model.refresh()
    qtbot.wait(150)
    assert model.pending == model.rowCount() >= 2  # nothing rendered beside the preview
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).cacheKey() == _blank_page().cacheKey()
    previewing[0] = False
    qtbot.waitUntil(lambda: model.pending == 0, timeout=5000)  # the preview is done: the thumbnails follow


def test_no_qtpdf_until_a_pdf_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "import organiser.gui.flyers.workspace; "
            "print(any(m.startswith('PySide6.QtPdf') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False"
