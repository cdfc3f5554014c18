"""The detail pane: a whole statement (in its own direction) with its source's metadata and its tags."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTextBrowser, QWidget

from organiser.corpus.records import Source, Statement
from organiser.gui.i18n import arg, language_name
from organiser.gui.textdir import is_rtl


def empty_html() -> str:
    text = QCoreApplication.translate("Detail", "Select a statement to see it whole, with its source.")
    return f"<p style='color:#777'>{escape(text)}</p>"


def _dir(text: str) -> str:
    return "rtl" if is_rtl(text) else "ltr"


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()] or [text]
    return "".join(
        f"<p dir='{_dir(b)}' style='font-size:large; margin-bottom:8px'>"
        f"{escape(b).replace(chr(10), '<br>')}</p>"
        for b in blocks
    )


class Detail(QObject):
    """Plural texts of the detail pane (a QObject because pyside6-lupdate reads plural forms only from tr())."""

    def more(self, n: int) -> str:
        return self.tr("%1 and %n more", "", n)

    def statement_count(self, n: int) -> str:
        return self.tr("%n statement(s).", "", n)


def source_rows(source: Source) -> list[tuple[str, str]]:
    """(label, HTML value) pairs for the metadata a citation needs; missing fields are left out."""
    translate = QCoreApplication.translate
    title = source.title or translate("Detail", "(untitled)")
    rows: list[tuple[str, str]] = [(translate("Detail", "Source"), f"<b>{escape(title)}</b>")]
    if source.outlet:
        rows.append((translate("Detail", "Outlet"), escape(source.outlet)))
    if source.date:
        rows.append((translate("Detail", "Date"), escape(source.date)))
    if source.url:
        rows.append((translate("Detail", "URL"),
                     f"<a href='{escape(source.url, quote=True)}'>{escape(source.url)}</a>"))
    if source.authors:
        shown = ", ".join(source.authors[:12])
        if len(source.authors) > 12:
            shown = arg(Detail().more(len(source.authors) - 12), shown)
        rows.append((translate("Detail", "Authors"), escape(shown)))
    if source.rights:
        rows.append((translate("Detail", "Rights"), escape(source.rights)))
    if source.original_name:
        rows.append((translate("Detail", "File"), escape(source.original_name)))
    return rows


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#666; padding-right:10px; padding-left:10px' valign='top'>{escape(label)}</td>"
        f"<td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


def statement_html(statement: Statement, source: Source | None) -> str:
    translate = QCoreApplication.translate
    parts = [_paragraphs(statement.text)]
    if statement.edited:
        edited = translate("Detail", "Edited here; the imported text is kept.")
        parts.append(f"<p style='color:#8a5a00'><i>{escape(edited)}</i></p>")
    parts.append("<hr>")
    if source is not None:
        parts.append(_table(source_rows(source)))
        if statement.position is not None:
            where = arg(translate("Detail", "Paragraph %1 of %2 in this source."),
                        statement.position + 1, source.statement_count)
            parts.append(f"<p style='color:#666'>{escape(where)}</p>")
    else:
        parts.append(f"<p style='color:#666'>{escape(translate('Detail', 'Written here; no source.'))}</p>")
    none = escape(translate("Detail", "none"))
    tags = ", ".join(escape(t) for t in statement.tags) if statement.tags else f"<i>{none}</i>"
    lang = ""
    if statement.lang:
        lang = " · " + escape(arg(translate("Detail", "language: %1"), language_name(statement.lang)))
    label = escape(translate("Detail", "Tags:"))
    parts.append(f"<p><span style='color:#666'>{label}</span> {tags}<span style='color:#666'>{lang}</span></p>")
    return "".join(parts)


def source_html(source: Source) -> str:
    count = escape(Detail().statement_count(source.statement_count))
    return _table(source_rows(source)) + f"<p style='color:#666'>{count}</p>"


class StatementDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Statement details"))
        self.setOpenExternalLinks(True)
        self.statement: Statement | None = None
        self.clear_statement()

    def show_statement(self, statement: Statement, source: Source | None) -> None:
        self.statement = statement
        self.setHtml(statement_html(statement, source))

    def clear_statement(self) -> None:
        self.statement = None
        self.setHtml(empty_html())
