"""Full-text search of statements: filters, ranking and highlighted snippets in any script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from organiser.corpus import normalise

# Words in the original text, combining marks (harakat, niqqud, accents) included.
_ORIGINAL_WORD_RE = re.compile(r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+")
SNIPPET_CHARS = 180


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search (or a plain listing) by tag, language, source and publication date range."""

    tag: str | None = None
    lang: str | None = None
    source_id: int | None = None
    date_from: str | None = None  # ISO dates; a source dated "2023-11" counts as within 2023-11-01..2023-11-30
    date_to: str | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``statements s`` joined with ``sources src``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.tag:
            clauses.append("s.id IN (SELECT statement_id FROM statement_tags WHERE tag = ?)")
            params.append(self.tag)
        if self.lang:
            clauses.append("s.lang = ?")
            params.append(self.lang)
        if self.source_id is not None:
            clauses.append("s.source_id = ?")
            params.append(self.source_id)
        if self.date_from:
            clauses.append("src.date IS NOT NULL AND substr(src.date || '-99-99', 1, 10) >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("src.date IS NOT NULL AND substr(src.date, 1, 10) <= ?")
            params.append(self.date_to)
        return clauses, params


def _matches(word: str, terms: list[str], prefix_last: bool) -> bool:
    folded = normalise.fold(word)
    forms = [folded, *normalise.arabic_stems(folded)]
    for i, term in enumerate(terms):
        is_prefix = prefix_last and i == len(terms) - 1
        for form in forms:
            if form == term or (is_prefix and form.startswith(term)):
                return True
    return False


def highlight(text: str, query: str, prefix_last: bool = True) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet of ``text`` around the first match and the (start, end) spans of matched words in it."""
    terms = normalise.query_terms(query)
    if not terms:  # a plain listing: nothing to mark, only a short snippet
        if len(text) <= SNIPPET_CHARS:
            return text, ()
        cut = text.rfind(" ", SNIPPET_CHARS // 2, SNIPPET_CHARS)
        return text[: cut if cut > 0 else SNIPPET_CHARS] + " …", ()
    spans = [
        (m.start(), m.end()) for m in _ORIGINAL_WORD_RE.finditer(text) if _matches(m.group(), terms, prefix_last)
    ]
    if len(text) <= SNIPPET_CHARS or not spans:
        snippet_start, snippet_end = 0, min(len(text), SNIPPET_CHARS)
    else:
        snippet_start = max(0, spans[0][0] - SNIPPET_CHARS // 3)
        space = text.rfind(" ", 0, snippet_start)
        snippet_start = 0 if space < 0 or snippet_start == 0 else space + 1
        snippet_end = min(len(text), snippet_start + SNIPPET_CHARS)
    snippet = text[snippet_start:snippet_end]
    if snippet_end < len(text):
        cut = snippet.rfind(" ")
        snippet = (snippet[:cut] if cut > SNIPPET_CHARS // 2 else snippet) + " …"
    lead = "… " if snippet_start > 0 else ""
    shifted = tuple(
        (start - snippet_start + len(lead), end - snippet_start + len(lead))
        for start, end in spans
        if start >= snippet_start and end - snippet_start <= len(snippet.rstrip(" …"))
    )
    return lead + snippet, shifted
