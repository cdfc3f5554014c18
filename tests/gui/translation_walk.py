"""Collect every string a window shows (labels, buttons, menus, tooltips, accessible names, headers…) and find
the ones still in English: equal to a source text of the translations (placeholders match anything)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from organiser.assets import resource_path

# Names that are the same in every language on purpose: formats, paper sizes, the product.
DELIBERATE = {"PDF", "CSV", "PNG", "A3", "A4", "A5", "A6", "Letter", "QR", "Organiser", "English"}
_TAG = re.compile(r"<[^>]+>")
_SHORTCUT = re.compile(r"\s*\([^()]*\)$")  # "Zoom in (Ctrl++)": the name before the keys


@cache
def english_sources(lang: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """Source texts whose ``lang`` translation differs from the English (deliberately equal ones are not
    mistakes): exact texts, and patterns for texts with ``%1``/``%n`` placeholders."""
    root = ET.parse(resource_path("translations", f"organiser_{lang}.ts")).getroot()
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        translated = forms or [translation.text or ""] if translation is not None else []
        if source in translated:
            continue
        plain = _plain(source)
        if re.search(r"%(\d|n)", plain):
            regex = re.sub(r"%(\d+|n)", ".+", re.escape(plain).replace(r"\%", "%"))
            patterns.append(re.compile(f"^{regex}$", re.DOTALL))
        else:
            exact.add(plain)
    return frozenset(exact), tuple(patterns)


def _plain(text: str) -> str:
    return _TAG.sub("", text).replace("&", "").strip()


def untranslated(texts: Iterator[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    exact, patterns = english_sources(lang)
    found = []
    for where, text in texts:
        for candidate in {_plain(text), _plain(_SHORTCUT.sub("", text))}:
            if not candidate or candidate in DELIBERATE:
                continue
            if candidate in exact or any(p.match(candidate) for p in patterns):
                found.append((where, text))
                break
    return found


def _model_headers(model: QAbstractItemModel) -> Iterator[str]:
    for column in range(model.columnCount(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    for kind, text in (("text", action.text()), ("tooltip", action.toolTip()), ("status tip", action.statusTip()),
                       ("icon text", action.iconText())):
        yield f"{where} action {action.objectName() or action.text()!r} {kind}", text
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _menu_texts(menu, where)


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} menu title", menu.title()
    for action in menu.actions():
        yield from _action_texts(action, f"{where} menu {menu.title()!r}")


def visible_texts(root: QWidget, content_views: tuple[QWidget, ...] = ()) -> Iterator[tuple[str, str]]:
    """(where, text) for every string of ``root`` and its children, shown or hidden; the cells of item views
    are content (statements, flyer text) and left out, except ``QComboBox`` entries and the headers of tables
    that are not in ``content_views``."""
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        if w.isWindow() or isinstance(w, QMainWindow):
            yield f"{where} window title", w.windowTitle()
        yield f"{where} tooltip", w.toolTip()
        yield f"{where} accessible name", w.accessibleName()
        yield f"{where} status tip", w.statusTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield f"{where} text", w.text()
        elif isinstance(w, QLineEdit):
            yield f"{where} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
        elif isinstance(w, QGroupBox):
            yield f"{where} title", w.title()
        elif isinstance(w, QTextBrowser) and w not in content_views:
            for line in w.toPlainText().splitlines():
                yield f"{where} line", line
        elif isinstance(w, QMenu):
            yield from _menu_texts(w, where)
        if isinstance(w, QTableView) and w not in content_views and w.model() is not None:
            for header in _model_headers(w.model()):
                yield f"{where} header", header
        for action in w.actions():
            yield from _action_texts(action, where)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from _action_texts(action, "menu bar")
