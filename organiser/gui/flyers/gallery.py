""""New flyer": a gallery of the templates — each a live thumbnail of how it starts — plus a blank page."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organiser.errors import OrganiserError
from organiser.flyers.model import Flyer
from organiser.gui.workers import Workers

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

Workspace = Any  # the FlyerWorkspace, which imports this module (no import cycles)
log = logging.getLogger(__name__)
THUMB = 150
NameRole = Qt.ItemDataRole.UserRole + 40


def _thumbnail_png(flyer: Flyer) -> bytes:
    from organiser.printing.render.pdf import render_flyer
    from organiser.printing.render.png import thumbnail_png


    return thumbnail_png(render_flyer(flyer).pdf, THUMB)


def _render_job(flyer: Flyer, _job: object) -> bytes:
    return _thumbnail_png(flyer)


def _no_thumbnail(message: str) -> None:
    log.info("no thumbnail: %s", message)


class NewFlyerDialog(QDialog):
    """Pick with the arrows (or type the first letters) and Enter; ``flyer()`` is the chosen start."""

    def __init__(self, corpus: Corpus, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New flyer"))
        self.setAccessibleName(self.tr("New flyer: choose a template"))
        from organiser.flyers.profile import load_profile
        from organiser.flyers.starters import blank_flyer, start_flyer
        from organiser.flyers.templates import list_templates

        profile = load_profile(corpus)
        self._flyers: dict[str, Flyer] = {"": blank_flyer(profile)}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, int(THUMB * 1.42)))
        self.list.setGridSize(QSize(THUMB + 40, int(THUMB * 1.42) + 48))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self._add(self.tr("Blank"), "", self.tr("An empty page with a headline: build it block by block."))
        for t in list_templates():
            try:
                self._flyers[t.name] = start_flyer(corpus, t.name, profile)
            except OrganiserError:
                log.warning("template %s could not start", t.name, exc_info=True)
                continue
            self._add(self.tr(t.title), t.name, self.tr(t.description))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 3)
        self.list.currentItemChanged.connect(self._show_description)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Templates start with real example text from your corpus. Text in [[double "
                              "brackets]] is a placeholder to replace; preflight reminds you of any left."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(4 * (THUMB + 40) + 60, int(THUMB * 1.42) * 2 + 260)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        for name, flyer in self._flyers.items():
            workers.submit(partial(_render_job, flyer), partial(self._thumbnail, name), _no_thumbnail, context=self)

    def _add(self, title: str, name: str, description: str) -> None:
        item = QListWidgetItem(title)
        item.setData(NameRole, name)
        item.setToolTip(description)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        pixmap = QPixmap(THUMB, int(THUMB * 1.42))
        pixmap.fill(Qt.GlobalColor.white)
        item.setIcon(QIcon(pixmap))
        self.list.addItem(item)

    def _thumbnail(self, name: str, png: object) -> None:
        image = QImage.fromData(png if isinstance(png, bytes) else b"")
        if image.isNull():
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NameRole) == name:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
                item.setData(Qt.ItemDataRole.UserRole + 41, True)  # thumbnail arrived (tests, screenshots)

    def _show_description(self, item: QListWidgetItem | None) -> None:
        self.description.setText(item.toolTip() if item is not None else "")

    def select(self, name: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(NameRole) == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def template_name(self) -> str | None:
        item = self.list.currentItem()
        return (str(item.data(NameRole)) or None) if item is not None else None

    def flyer(self) -> Flyer:
        return self._flyers[self.template_name() or ""]


def ask_new_flyer(ws: Workspace) -> Flyer | None:
    """Show the gallery; the chosen start becomes a new flyer (one undo step) and opens."""
    dialog = NewFlyerDialog(ws.corpus, ws.workers, ws)
    ws.gallery = dialog  # reachable while open (tests, screenshots)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        made: Flyer | None = ws.create_flyer(dialog.flyer())
        return made
    finally:
        ws.gallery = None
        dialog.deleteLater()
