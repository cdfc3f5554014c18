"""Why a search found nothing, in one sentence the user can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from organiser.corpus.language import detect_language
from organiser.corpus.search import SearchFilters
from organiser.gui.i18n import language_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("CorpusView", text)


def empty_hint(query: str, filters: SearchFilters, languages: list[str], statement_count: int) -> str:
    """The message shown instead of "0 statements": what was searched, and what to try."""
    if statement_count == 0:
        return _tr("The corpus is empty: import texts (Ctrl+I) or drop files on the window.")
    active = [f for f in (filters.tag, filters.lang, filters.source_id, filters.date_from, filters.date_to)
              if f not in (None, "")]
    text = _tr("No statement matches “%1”.").replace("%1", query.strip()) if query.strip() else \
        _tr("No statement matches these filters.")
    if active:
        return text + " " + _tr("Try “Clear filters”: %n filter(s) are narrowing the search.").replace(
            "%n", str(len(active)))
    wanted = detect_language(query) if query.strip() else None
    if wanted and languages and wanted not in languages:
        have = ", ".join(language_name(code) for code in languages)
        return text + " " + _tr("The corpus has texts in %1 only; import texts in %2 to search them.").replace(
            "%1", have).replace("%2", language_name(wanted))
    if languages == ["en"]:
        return text + " " + _tr("The corpus (the samples, for a start) is in English only: import your own "
                                "texts to search them.")
    return text + " " + _tr("Try fewer or other words; any word form of the language matches.")
