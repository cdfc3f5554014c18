"""The app side of image and print safety: chosen images go into the corpus; print jobs leave no files behind."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from organiser.errors import RenderError
from organiser.flyers import ops
from organiser.flyers.images import CORPUS_PREFIX
from organiser.flyers.model import ImageBlock
from organiser.gui.flyers import exporting, printing
from organiser.gui.flyers.preview import _render
from tests.gui.flyer_support import make_workspace, simple_flyer, store_and_open


def test_an_image_chosen_in_the_app_is_copied_into_the_corpus_and_previews(
        qtbot: QtBot, corpus_path: Path, tmp_path: Path) -> None:
    ws = make_workspace(qtbot, corpus_path)
    photo = tmp_path / "march.png"
    PILImage.new("RGB", (400, 300), "red").save(photo)
    adder = ws.editor.properties.image_adder
    assert adder is not None
    ref = adder(photo)
    assert ref.startswith(CORPUS_PREFIX)
    photo.unlink()  # the flyer no longer depends on the file
    store_and_open(ws, simple_flyer())
    assert ws.edit(lambda f: ops.add_block(f, ImageBlock("img", ref)), "Add image")
    current = ws.current_flyer()
    assert current is not None and current.blocks[-1] == ImageBlock("img", ref)
    # What the preview renders (the workspace's renderer reads images from this corpus only).
    assert _render(current, ws.renderer._images).pdf.startswith(b"%PDF")
    with pytest.raises(RenderError, match="only use images added in the app"):
        _render(ops.add_block(current, ImageBlock("abs", str(tmp_path / "x.png"))), ws.renderer._images)


def test_printing_removes_its_temporary_pdf(qtbot: QtBot, corpus_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ws = make_workspace(qtbot, corpus_path)
    store_and_open(ws, simple_flyer())
    stale = Path(tempfile.mkdtemp(prefix=exporting.PRINT_PREFIX))
    old = time.time() - exporting.STALE_PRINT_S - 60
    os.utime(stale, (old, old))
    sent: list[Path] = []

    class Dialog:
        def __init__(self, *_a: object) -> None: ...
        def setWindowTitle(self, _t: str) -> None: ...  # noqa: N802
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", Dialog)

    def fake_print(pdf: Path, _printer: object) -> str:
        assert pdf.read_bytes().startswith(b"%PDF")
        sent.append(pdf)
        return "sent"

    monkeypatch.setattr(printing, "print_pdf", fake_print)
    from tests.gui.modal import when_modal

    when_modal(lambda dialog: dialog.accept())  # the print options (N-up, marks, mode) as they are
    exporting.ask_and_print(ws)
    assert sent and not sent[0].exists() and not sent[0].parent.exists()
    assert not stale.exists()


def test_choose_image_stores_it_or_says_why_not(qtbot: QtBot, corpus_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from organiser.gui.textdir import AutoLineEdit

    ws = make_workspace(qtbot, corpus_path)
    panel = ws.editor.properties
    line = AutoLineEdit()
    photo, fake = tmp_path / "ok.png", tmp_path / "fake.png"
    PILImage.new("RGB", (40, 30), "red").save(photo)
    fake.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    panel._browse(line)
    assert line.text().startswith(CORPUS_PREFIX)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    panel._browse(line)
    assert line.text().startswith(CORPUS_PREFIX) and len(warnings) == 1 and "not a PNG, JPEG" in warnings[0]
