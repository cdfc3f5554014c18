"""The Editions dialog: the open flyer in other languages, each text beside its original, with its state.

Every translation is an undoable edit of the flyer (through the workspace), so editions are saved, undone and
shared like any other change. Exports of an edition or a bilingual sheet run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.flyers import editions
from organiser.flyers.model import Flyer

if TYPE_CHECKING:
    from organiser.gui.flyers.workspace import FlyerWorkspace

# Languages an edition can be added in, each named in its own script.
LANGUAGES = {"en": "English", "uk": "Українська", "ar": "العربية", "he": "עברית", "ru": "Русский"}
RTL = {"ar", "he"}
ORIGINAL, TRANSLATION, STATE = range(3)


def language_label(lang: str) -> str:
    return LANGUAGES.get(lang, lang)


class EditionsDialog(QDialog):
    def __init__(self, host: FlyerWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Editions in other languages"))
        self.resize(860, 560)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Edition"))
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        label = QLabel(self.tr("&Edition:"))
        label.setBuddy(self.language)
        add = QPushButton(self.tr("&Add edition…"))
        add.clicked.connect(self.ask_add)
        self.remove = QPushButton(self.tr("&Remove edition"))
        self.remove.clicked.connect(self.remove_current)
        top = QHBoxLayout()
        for w in (label, self.language, add, self.remove):
            top.addWidget(w)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Original"), self.tr("Translation"), self.tr("State")])
        self.model.itemChanged.connect(self._on_item_changed)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Texts of the edition"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ORIGINAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.export_button = QPushButton(self.tr("E&xport this edition…"))
        self.export_button.clicked.connect(self.ask_export)
        self.bilingual_button = QPushButton(self.tr("&Bilingual sheet…"))
        self.bilingual_button.clicked.connect(self.ask_bilingual)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.bilingual_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        host.session.flyer_changed.connect(lambda _flyer: self.refresh())
        self._filling = False
        self.refresh()

    # ---- showing ---------------------------------------------------------------------------------------------

    def current_lang(self) -> str | None:
        data = self.language.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        flyer = self.host.current_flyer()
        langs = editions.all_languages(flyer)[1:] if flyer else []
        wanted = self.current_lang()
        if [self.language.itemData(i) for i in range(self.language.count())] != langs:
            self.language.blockSignals(True)
            self.language.clear()
            for lang in langs:
                self.language.addItem(language_label(lang), lang)
            if wanted in langs:
                self.language.setCurrentIndex(langs.index(wanted))
            self.language.blockSignals(False)
        shown = self.current_lang()
        for w in (self.remove, self.export_button, self.bilingual_button, self.view):
            w.setEnabled(shown is not None)
        self._fill(flyer, shown)

    def _fill(self, flyer: Flyer | None, lang: str | None) -> None:
        self._filling = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            if flyer is None or lang is None:
                self.summary.setText(self.tr("This flyer has no editions yet. Add one to translate its texts."))
                return
            status = editions.status(flyer, lang)
            current = editions.edition(flyer, lang)
            translated = {t.key: t.text for t in current.texts} if current else {}
            for slot in editions.text_slots(flyer):
                original = QStandardItem(slot.text)
                original.setEditable(False)
                original.setToolTip(slot.place)
                translation = QStandardItem(translated.get(slot.key, ""))
                translation.setData(slot.key, Qt.ItemDataRole.UserRole)
                if lang in RTL:
                    translation.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                state = QStandardItem(self._state_text(slot.key, status))
                state.setEditable(False)
                if slot.key in status.missing or slot.key in status.outdated:
                    state.setForeground(QBrush(QColor("#B00020")))
                self.model.appendRow([original, translation, state])
            done = status.total - len(status.missing) - len(status.outdated)
            text = self.tr("%1 of %2 texts translated.").replace("%1", str(done)).replace("%2", str(status.total))
            if status.outdated:
                text += " " + self.tr("%1 are older than the original: check them.").replace(
                    "%1", str(len(status.outdated)))
            if status.missing:
                text += " " + self.tr("Untranslated texts print in the original language.")
            self.summary.setText(text)
        finally:
            self._filling = False

    def _state_text(self, key: str, status: editions.EditionStatus) -> str:
        if key in status.missing:
            return self.tr("missing")
        if key in status.outdated:
            return self.tr("older than the original")
        return self.tr("done")

    # ---- editing ---------------------------------------------------------------------------------------------

    def _on_item_changed(self, item: QStandardItem) -> None:
        lang = self.current_lang()
        if self._filling or lang is None or item.column() != TRANSLATION:
            return
        key, text = str(item.data(Qt.ItemDataRole.UserRole)), item.text()
        self.host.edit(lambda f: editions.set_text(f, lang, key, text), self.tr("Translate text"),
                       ("edition", lang, key))

    def ask_add(self) -> None:
        flyer = self.host.current_flyer()
        if flyer is None:
            return
        free = [lang for lang in LANGUAGES if lang not in editions.all_languages(flyer)]
        if not free:
            return
        names = [language_label(lang) for lang in free]
        name, ok = QInputDialog.getItem(self, self.tr("Add edition"), self.tr("Language of the new edition:"), names,
                                        0, False)
        if ok and name in names:
            lang = free[names.index(name)]
            if self.host.edit(lambda f: editions.add_edition(f, lang), self.tr("Add edition")):
                self.refresh()
                self.language.setCurrentIndex(self.language.findData(lang))

    def remove_current(self) -> None:
        lang = self.current_lang()
        if lang is not None:
            self.host.edit(lambda f: editions.remove_edition(f, lang), self.tr("Remove edition"))

    def select_text(self, row: int) -> QModelIndex:
        index = self.model.index(row, TRANSLATION)
        self.view.setCurrentIndex(index)
        return index

    # ---- exporting -------------------------------------------------------------------------------------------

    def ask_export(self, path: Path | None = None) -> None:
        flyer, lang = self.host.current_flyer(), self.current_lang()
        if flyer is None or lang is None:
            return
        if path is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export edition"), f"{flyer.title}-{lang}.pdf",
                                                   self.tr("PDF files (*.pdf)"))
            if not name:
                return
            path = Path(name)
        from organiser.printing.editions import export_edition

        self._run(lambda: export_edition(flyer, lang, path, self._options()))

    def ask_bilingual(self, path: Path | None = None, layout: str = "side") -> None:
        flyer, lang = self.host.current_flyer(), self.current_lang()
        if flyer is None or lang is None:
            return
        if path is None:
            choices = [self.tr("Side by side"), self.tr("Stacked")]
            choice, ok = QInputDialog.getItem(self, self.tr("Bilingual sheet"),
                                              self.tr("How the two editions share the sheet:"), choices, 0, False)
            if not ok:
                return
            layout = "side" if choice == choices[0] else "stacked"
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export bilingual sheet"),
                                                   f"{flyer.title}-{flyer.lang}-{lang}.pdf",
                                                   self.tr("PDF files (*.pdf)"))
            if not name:
                return
            path = Path(name)
        from organiser.printing.editions import export_bilingual

        pair = (flyer.lang, lang)
        self._run(lambda: export_bilingual(flyer, pair, path, layout, self._options()))  # type: ignore[arg-type]

    def _options(self) -> Any:
        """Export options whose images come from the corpus (where the app keeps every image it adds)."""
        from organiser.flyers.images import ImageSource
        from organiser.printing.export import ExportOptions

        return ExportOptions(images=ImageSource(corpus_path=self.host.corpus.path))

    def _run(self, work: Any) -> None:
        def done(report: Any) -> None:
            found = f" {self.tr('Preflight:')} {report.warnings[0].message}" if report.warnings else ""
            self.host.status_message.emit(self.tr("Saved %1.").replace("%1", str(report.path)) + found)

        def failed(message: str) -> None:
            self.host.status_message.emit(self.tr("Export failed: %1").replace("%1", message))

        self.host.workers.submit(lambda _job: work(), done, failed, context=self)
