"""The detail pane: a whole statement (in its own direction) with its source's metadata and its tags."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from organiser.corpus.records import Source, Statement
from organiser.gui.textdir import is_rtl

EMPTY_HTML = "<p style='color:#777'>Select a statement to see it whole, with its source.</p>"


def _dir(text: str) -> str:
    return "rtl" if is_rtl(text) else "ltr"


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()] or [text]
    return "".join(
        f"<p dir='{_dir(b)}' style='font-size:large; margin-bottom:8px'>"
        f"{escape(b).replace(chr(10), '<br>')}</p>"
        for b in blocks
    )


def source_rows(source: Source) -> list[tuple[str, str]]:
    """(label, HTML value) pairs for the metadata a citation needs; missing fields are left out."""
    rows: list[tuple[str, str]] = [("Source", f"<b>{escape(source.title or '(untitled)')}</b>")]
    if source.outlet:
        rows.append(("Outlet", escape(source.outlet)))
    if source.date:
        rows.append(("Date", escape(source.date)))
    if source.url:
        rows.append(("URL", f"<a href='{escape(source.url, quote=True)}'>{escape(source.url)}</a>"))
    if source.authors:
        shown = ", ".join(source.authors[:12]) + (
            f" and {len(source.authors) - 12} more" if len(source.authors) > 12 else ""
        )
        rows.append(("Authors", escape(shown)))
    if source.rights:
        rows.append(("Rights", escape(source.rights)))
    if source.original_name:
        rows.append(("File", escape(source.original_name)))
    return rows


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#666; padding-right:10px' valign='top'>{label}</td><td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


def statement_html(statement: Statement, source: Source | None) -> str:
    parts = [_paragraphs(statement.text)]
    if statement.edited:
        parts.append("<p style='color:#8a5a00'><i>Edited here; the imported text is kept.</i></p>")
    parts.append("<hr>")
    if source is not None:
        parts.append(_table(source_rows(source)))
        if statement.position is not None:
            parts.append(
                f"<p style='color:#666'>Paragraph {statement.position + 1} of "
                f"{source.statement_count} in this source.</p>"
            )
    else:
        parts.append("<p style='color:#666'>Written here; no source.</p>")
    tags = ", ".join(escape(t) for t in statement.tags) if statement.tags else "<i>none</i>"
    lang = f" · language: {escape(statement.lang)}" if statement.lang else ""
    parts.append(f"<p><span style='color:#666'>Tags:</span> {tags}<span style='color:#666'>{lang}</span></p>")
    return "".join(parts)


def source_html(source: Source) -> str:
    return _table(source_rows(source)) + (f"<p style='color:#666'>{source.statement_count} statements.</p>")


class StatementDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Statement details")
        self.setOpenExternalLinks(True)
        self.statement: Statement | None = None
        self.clear_statement()

    def show_statement(self, statement: Statement, source: Source | None) -> None:
        self.statement = statement
        self.setHtml(statement_html(statement, source))

    def clear_statement(self) -> None:
        self.statement = None
        self.setHtml(EMPTY_HTML)
