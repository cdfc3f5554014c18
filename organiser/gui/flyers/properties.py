"""The properties panel: a form with one field per editable attribute of the selected block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.errors import OrganiserError
from organiser.flyers.model import Block, StatementBlock
from organiser.gui.flyers.block_model import kind_label
from organiser.gui.i18n import QT_TRANSLATE_NOOP, arg
from organiser.gui.textdir import AutoLineEdit, AutoTextEdit

FieldKind = Literal["line", "text", "lines", "check", "mm", "path"]

# attribute, label (translated when shown), editor kind — per block kind. Charts have their own editor.
FIELDS: dict[str, list[tuple[str, str, FieldKind]]] = {
    "headline": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Headline"), "text"),
    ],
    "subheading": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Subheading"), "line"),
    ],
    "text": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Text"), "text"),
    ],
    "footer": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Footer text"), "text"),
    ],
    "statement": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Printed text"), "text"),
    ],
    "quote": [
        ("text", QT_TRANSLATE_NOOP("Fields", "Quote"), "text"),
        ("attribution", QT_TRANSLATE_NOOP("Fields", "Attribution"), "line"),
    ],
    "bullets": [
        ("title", QT_TRANSLATE_NOOP("Fields", "Title"), "line"),
        ("items", QT_TRANSLATE_NOOP("Fields", "Items (one per line)"), "lines"),
        ("numbered", QT_TRANSLATE_NOOP("Fields", "Numbered"), "check"),
    ],
    "image": [
        ("path", QT_TRANSLATE_NOOP("Fields", "Image file"), "path"),
        ("caption", QT_TRANSLATE_NOOP("Fields", "Caption"), "line"),
        ("credit", QT_TRANSLATE_NOOP("Fields", "Credit"), "line"),
        ("width_mm", QT_TRANSLATE_NOOP("Fields", "Width (mm, 0 = full)"), "mm"),
    ],
    "qr": [
        ("url", QT_TRANSLATE_NOOP("Fields", "Link"), "line"),
        ("caption", QT_TRANSLATE_NOOP("Fields", "Caption"), "line"),
        ("size_mm", QT_TRANSLATE_NOOP("Fields", "Size (mm)"), "mm"),
    ],
    "event": [
        ("what", QT_TRANSLATE_NOOP("Fields", "What"), "line"),
        ("when", QT_TRANSLATE_NOOP("Fields", "When"), "line"),
        ("where", QT_TRANSLATE_NOOP("Fields", "Where"), "line"),
        ("speakers", QT_TRANSLATE_NOOP("Fields", "Speakers (one per line)"), "lines"),
        ("details", QT_TRANSLATE_NOOP("Fields", "Details"), "text"),
    ],
    "sources": [
        ("title", QT_TRANSLATE_NOOP("Fields", "Title"), "line"),
    ],
    "spacer": [
        ("height_mm", QT_TRANSLATE_NOOP("Fields", "Height (mm)"), "mm"),
    ],
    "action": [
        ("text", QT_TRANSLATE_NOOP("Fields", "What to do (e.g. Join us)"), "line"),
        ("website", QT_TRANSLATE_NOOP("Fields", "Website"), "line"),
        ("contact", QT_TRANSLATE_NOOP("Fields", "Email or phone"), "line"),
        ("qr", QT_TRANSLATE_NOOP("Fields", "QR code to the website"), "check"),
        ("size_mm", QT_TRANSLATE_NOOP("Fields", "QR code size (mm)"), "mm"),
    ],
    "signatories": [
        ("title", QT_TRANSLATE_NOOP("Fields", "Title"), "line"),
        ("items", QT_TRANSLATE_NOOP("Fields", "Signatories (one per line: Name — role, organisation)"), "lines"),
        ("note", QT_TRANSLATE_NOOP("Fields", "After the names (e.g. and 270 others)"), "line"),
    ],
}


# Grey text shown in an empty field: what prints when it stays empty.
HINTS: dict[tuple[str, str], str] = {
    ("action", "text"): QT_TRANSLATE_NOOP("Fields", "Empty: “Get involved” in the flyer's language"),
    ("signatories", "title"): QT_TRANSLATE_NOOP("Fields", "Empty: “Signatories” over a list of more than three"),
}


class BlockProperties(QWidget):
    """Shows the selected block; every change emits ``edited(new_block, attribute)``."""

    edited = Signal(object, str)
    take_new_text = Signal(str)  # block id of a stale statement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Block properties"))
        self._block: Block | None = None
        # Copies a chosen image into the corpus and returns its reference (set by the workspace); without it the
        # chosen file's path is used as it is.
        self.image_adder: Callable[[Path], str] | None = None
        self._editors: dict[str, QWidget] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self.tr("Select a block to edit it."))
        self._title.setWordWrap(True)
        outer.addWidget(self._title)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        outer.addWidget(self._form_host)
        self._stale_row = QWidget()
        stale_layout = QHBoxLayout(self._stale_row)
        stale_layout.setContentsMargins(0, 0, 0, 0)
        self._stale_label = QLabel()
        self._stale_label.setWordWrap(True)
        self._stale_button = QPushButton(self.tr("Take the new text"))
        self._stale_button.setAccessibleName(self.tr("Take the corpus's new text for this statement"))
        self._stale_button.clicked.connect(self._on_take_new)
        stale_layout.addWidget(self._stale_label, 1)
        stale_layout.addWidget(self._stale_button)
        outer.addWidget(self._stale_row)
        self._stale_row.hide()
        self._source = QLabel()
        self._source.setWordWrap(True)
        outer.addWidget(self._source)
        outer.addStretch(1)

    @property
    def block(self) -> Block | None:
        return self._block

    def fields(self) -> list[QWidget]:
        """The focusable widgets of the form, in the order they are shown (for the Tab order)."""
        out: list[QWidget] = []
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                out.append(widget)
            else:  # a row of several (the image path and its Choose… button)
                out += [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        return out + [self._stale_button]

    def editor(self, attribute: str) -> QWidget | None:
        return self._editors.get(attribute)

    def set_block(self, block: Block | None, new_corpus_text: str | None = None) -> None:
        """Show ``block``; rebuild the form only when the block (or its kind) changes, else refresh values."""
        same = block is not None and self._block is not None and block.id == self._block.id
        self._block = block
        self._loading = True
        try:
            if not same:
                self._rebuild(block)
            elif block is not None:
                for attribute, editor in self._editors.items():
                    self._load(editor, getattr(block, attribute))
        finally:
            self._loading = False
        self._show_statement_info(block, new_corpus_text)

    def _rebuild(self, block: Block | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors = {}
        if block is None:
            self._title.setText(self.tr("Select a block to edit it."))
            return
        self._title.setText(f"<b>{escape(kind_label(block.kind))}</b>")
        fields = FIELDS.get(block.kind, [])
        if not fields:
            nothing = arg(self.tr("%1 — nothing to set."), f"<b>{escape(kind_label(block.kind))}</b>")
            self._title.setText(nothing)
        for attribute, source_label, kind in fields:
            label = QCoreApplication.translate("Fields", source_label)
            row_widget, editor = self._make(label, kind)
            hint = HINTS.get((block.kind, attribute))
            if hint is not None and isinstance(editor, AutoLineEdit):
                editor.setPlaceholderText(QCoreApplication.translate("Fields", hint))
            self._load(editor, getattr(block, attribute))
            self._editors[attribute] = editor
            self._connect(editor, attribute)
            self._form.addRow(label, row_widget)

    def _make(self, label: str, kind: FieldKind) -> tuple[QWidget, QWidget]:
        """(the widget placed in the form, the widget holding the value)."""
        editor: QWidget
        if kind in ("text", "lines"):
            editor = AutoTextEdit()
            editor.setMinimumHeight(60)
        elif kind == "check":
            editor = QCheckBox()
        elif kind == "mm":
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 400.0)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" mm"))
            editor = spin
        else:
            editor = AutoLineEdit()
        editor.setAccessibleName(label)
        editor.setProperty("field_kind", kind)
        if kind == "path" and isinstance(editor, AutoLineEdit):
            line = editor
            browse = QPushButton(self.tr("Choose…"))
            browse.setAccessibleName(self.tr("Choose an image file"))
            browse.clicked.connect(lambda: self._browse(line))
            host = QWidget()
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(line, 1)
            row.addWidget(browse)
            return host, editor
        return editor, editor

    def _connect(self, editor: QWidget, attribute: str) -> None:
        if isinstance(editor, AutoTextEdit):
            editor.textChanged.connect(lambda: self._changed(attribute))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _on: self._changed(attribute))
        elif isinstance(editor, QDoubleSpinBox):
            editor.valueChanged.connect(lambda _v: self._changed(attribute))
        elif isinstance(editor, AutoLineEdit):
            editor.textChanged.connect(lambda _t: self._changed(attribute))

    def _browse(self, line: AutoLineEdit) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), "",
                                                    self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff)"))
        if not path:
            return
        if self.image_adder is None:
            line.setText(path)
            return
        try:
            line.setText(self.image_adder(Path(path)))
        except OrganiserError as err:  # not an image, too large, a decompression bomb...: one line
            QMessageBox.warning(self, self.tr("Image not added"), str(err))

    @staticmethod
    def _load(editor: QWidget, value: Any) -> None:
        if isinstance(editor, AutoTextEdit):
            text = "\n".join(value) if isinstance(value, tuple) else str(value or "")
            editor.set_text_keeping_cursor(text)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0.0))
        elif isinstance(editor, AutoLineEdit) and editor.text() != str(value or ""):
            editor.setText(str(value or ""))
            if not editor.hasFocus():  # a long address shows its start, not its end, until it is edited
                editor.setCursorPosition(0)

    def _value(self, attribute: str) -> Any:
        editor = self._editors[attribute]
        if isinstance(editor, AutoTextEdit):
            text = editor.toPlainText()
            if editor.property("field_kind") == "lines":
                return tuple(line.strip() for line in text.splitlines() if line.strip())
            return text
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QDoubleSpinBox):
            value = editor.value()
            return None if attribute == "width_mm" and value == 0.0 else value
        if isinstance(editor, AutoLineEdit):
            return editor.text()
        return None

    def _changed(self, attribute: str) -> None:
        if self._loading or self._block is None or attribute not in self._editors:
            return
        value = self._value(attribute)
        if getattr(self._block, attribute) == value:
            return
        block = replace(self._block, **{attribute: value})
        self._block = block
        self.edited.emit(block, attribute)

    def _show_statement_info(self, block: Block | None, new_corpus_text: str | None) -> None:
        if isinstance(block, StatementBlock):
            c = block.citation
            where = c.attribution().lstrip("— ") or self.tr("no source recorded")
            self._source.setText(arg(self.tr("From: %1"), where) + (f"\n{c.source_url}" if c.source_url else ""))
            self._source.show()
        else:
            self._source.hide()
        stale = isinstance(block, StatementBlock) and new_corpus_text is not None
        self._stale_row.setVisible(stale)
        if stale:
            self._stale_label.setText(arg(self.tr("⚠ This statement has been edited in the corpus since it was "
                                                  "added:\n“%1”"), new_corpus_text))

    def _on_take_new(self) -> None:
        if self._block is not None:
            self.take_new_text.emit(self._block.id)
