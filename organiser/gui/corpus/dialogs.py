"""Small dialogs of the corpus side: write or edit a statement, edit its tags, the import summary."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from organiser.corpus.records import ImportOutcome
from organiser.gui.i18n import arg


def parse_tags(text: str) -> list[str]:
    seen: list[str] = []
    for part in text.split(","):
        tag = part.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


class StatementEditor(QDialog):
    """Text (any script; each paragraph runs in its own direction) and, for a new statement, tags."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str = "",
        *,
        with_tags: bool = False,
        known_tags: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Statement text"))
        self.text_edit.setTabChangesFocus(True)
        option = self.text_edit.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.text_edit.document().setDefaultTextOption(option)
        self.text_edit.setPlainText(text)
        self.tags_edit: QLineEdit | None = None
        form = QFormLayout()
        form.addRow(self.tr("&Text"), self.text_edit)
        if with_tags:
            self.tags_edit = tags_line_edit(self, known_tags)
            form.addRow(self.tr("T&ags"), self.tags_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def tags(self) -> list[str]:
        return parse_tags(self.tags_edit.text()) if self.tags_edit else []


def tags_line_edit(parent: QWidget, known_tags: Sequence[str]) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(QCoreApplication.translate("Tags", "comma-separated, e.g. housing, budget"))
    edit.setAccessibleName(QCoreApplication.translate("Tags", "Tags, separated by commas"))
    completer = QCompleter(list(known_tags), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)
    return edit


class TagDialog(QDialog):
    """Edit a statement's tags as one comma-separated line."""

    def __init__(self, parent: QWidget | None, current: Sequence[str], known_tags: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumWidth(420)
        self._current = list(current)
        self.edit = tags_line_edit(self, known_tags)
        self.edit.setText(", ".join(current))
        label = QLabel(self.tr("&Tags of this statement:"))
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def changes(self) -> tuple[list[str], list[str]]:
        """(added, removed) relative to the tags the dialog opened with."""
        wanted = parse_tags(self.edit.text())
        return [t for t in wanted if t not in self._current], [t for t in self._current if t not in wanted]


class ImportSummary(QObject):
    """The import's outcome in words (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def counts(self, outcomes: Sequence[ImportOutcome], cancelled: bool) -> str:
        imported = [o for o in outcomes if o.status == "imported"]
        statements = sum(o.statements for o in imported)
        duplicates = sum(o.status == "duplicate" for o in outcomes)
        rejected = sum(o.status == "rejected" for o in outcomes)
        text = arg(self.tr("%n file(s) imported (%1), %2, %3.", "", len(imported)),
                   self.tr("%n statement(s)", "", statements), self.tr("%n already in the corpus", "", duplicates),
                   self.tr("%n rejected", "", rejected))
        return arg(self.tr("Import cancelled. %1"), text) if cancelled else text

    def line(self, outcome: ImportOutcome) -> str:
        """The summary's line for one file (the CLI prints ``outcome.line()``, in English)."""
        if outcome.status == "imported":
            return arg(self.tr("%1: imported %n statement(s)", "", outcome.statements), outcome.path)
        if outcome.status == "duplicate":
            return arg(self.tr("%1: already in the corpus"), outcome.path)
        return arg(self.tr("%1: rejected: %2"), outcome.path, outcome.reason)


def summary_counts(outcomes: Sequence[ImportOutcome], cancelled: bool = False) -> str:
    return ImportSummary().counts(outcomes, cancelled)


def outcome_line(outcome: ImportOutcome) -> str:
    return ImportSummary().line(outcome)


class ImportSummaryDialog(QDialog):
    """What happened to each file: rejected first (with the reason), then imported, then already there."""

    def __init__(
        self, parent: QWidget | None, outcomes: Sequence[ImportOutcome], cancelled: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import summary"))
        self.resize(640, 360)
        self.outcomes = list(outcomes)
        self.headline = QLabel(summary_counts(outcomes, cancelled))
        self.headline.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Imported files"))
        self.list.setWordWrap(True)
        style = self.style()
        icons = {
            "rejected": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "imported": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "duplicate": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        order = {"rejected": 0, "imported": 1, "duplicate": 2}
        for outcome in sorted(outcomes, key=lambda o: order[o.status]):
            item = QListWidgetItem(icons[outcome.status], outcome_line(outcome))
            item.setData(Qt.ItemDataRole.UserRole, outcome.status)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
