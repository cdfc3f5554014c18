"""Editing a source's provenance (title, outlet, date, link, authors, rights) as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from organiser.corpus.records import Source
from organiser.errors import OrganiserError
from organiser.gui.corpus.session import CorpusSession


def details_of(source: Source) -> dict[str, Any]:
    return {"title": source.title, "outlet": source.outlet or "", "date": source.date or "",
            "url": source.url or "", "authors": list(source.authors), "rights": source.rights or ""}


class EditSource(QUndoCommand):
    """Before/after details of one source; flyers quoting it are then marked as changed."""

    def __init__(self, session: CorpusSession, source_id: int, before: dict[str, Any], after: dict[str, Any],
                 text: str) -> None:
        super().__init__(text)
        self.session, self.source_id, self.before, self.after = session, source_id, before, after

    def _set(self, details: dict[str, Any]) -> None:
        self.session.corpus.update_source(self.source_id, details)
        self.session.sources_updated()

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class SourceDialog(QDialog):
    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source details"))
        self.setAccessibleName(self.tr("Source details"))
        self.setMinimumWidth(460)
        d = details_of(source)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"title": self.tr("&Title"), "outlet": self.tr("&Outlet or publisher"),
                  "date": self.tr("&Date (YYYY-MM-DD)"), "url": self.tr("&Link"),
                  "authors": self.tr("&Authors (separated by ;)"), "rights": self.tr("&Rights")}
        for key, label in labels.items():
            edit = QLineEdit("; ".join(d[key]) if key == "authors" else str(d[key]))
            edit.setAccessibleName(label.replace("&", ""))
            self.edits[key] = edit
            form.addRow(label, edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Flyers that quote this source show that its details changed.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def details(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        out["authors"] = [a.strip() for a in self.edits["authors"].text().split(";") if a.strip()]
        return out

    def _accept(self) -> None:
        if not self.edits["title"].text().strip():
            self.error.setText(self.tr("A source needs a title."))
            return
        self.accept()


def edit_source(session: CorpusSession, stack: QUndoStack, source: Source, details: dict[str, Any]) -> str | None:
    """Push the change (None), or say in one line why it could not be made."""
    before = details_of(source)
    after = {**before, **details}
    if after == before:
        return None
    try:
        session.corpus.source(source.id)  # still there?
        text = QCoreApplication.translate("SourceDialog", "Edit source “%1”").replace("%1", source.title[:30])
        stack.push(EditSource(session, source.id, before, after, text))
    except (OrganiserError, ValueError) as err:
        return str(err)
    return None
