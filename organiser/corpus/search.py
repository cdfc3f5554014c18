"""Full-text search of statements: filters, tiered ranking and highlighted snippets in any script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from organiser.corpus import normalise
from organiser.corpus import query as query_module
from organiser.corpus.query import Query, Term

if TYPE_CHECKING:
    from sqlite_utils import Database

# Words in the original text, combining marks (harakat, niqqud, accents) and inner apostrophes included.
_LETTERS = r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+"
_ORIGINAL_WORD_RE = re.compile(f"{_LETTERS}(?:['’ʼ]{_LETTERS})*")
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


@lru_cache(maxsize=65_536)
def _matches(word: str, terms: tuple[Term, ...]) -> bool:
    return any(term.matches(token) for token in normalise.tokens(word) for term in terms)


def _marked(text: str, query: Query) -> list[tuple[int, int]]:
    """Spans of the words to mark: any form of a single query word, and whole runs of a quoted phrase."""
    words = [(m.start(), m.end(), m.group()) for m in _ORIGINAL_WORD_RE.finditer(text)]
    singles = tuple(g[0] for g in query.groups if len(g) == 1)
    marked = {i for i, (_, _, word) in enumerate(words) if singles and _matches(word, singles)}
    for group in (g for g in query.groups if len(g) > 1):
        n = len(group)
        for i in range(len(words) - n + 1):
            if all(_matches(words[i + j][2], (group[j],)) for j in range(n)):
                marked.update(range(i, i + n))
    return [(words[i][0], words[i][1]) for i in sorted(marked)]


def highlight(
    text: str, query: str | Query | None, prefix_last: bool = True
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet of ``text`` around the first match and the (start, end) spans of matched words in it.

    A word is marked when it is any form of a query word, so ``rights`` is marked for ``right``; the words of a
    quoted phrase are marked where they stand together.
    """
    parsed = query_module.parse(query, prefix_last) if isinstance(query, str) else query
    if parsed is None:  # a plain listing: nothing to mark, only a short snippet
        if len(text) <= SNIPPET_CHARS:
            return text, ()
        cut = text.rfind(" ", SNIPPET_CHARS // 2, SNIPPET_CHARS)
        return text[: cut if cut > 0 else SNIPPET_CHARS] + " …", ()
    spans = _marked(text, parsed)
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


# Ranking every match of a very common word costs ~50 ms on 100k statements; ranking the first RANK_CANDIDATES
# matches (in index order) keeps any query within a frame. Rarer words rank exactly.
RANK_CANDIDATES = 1500
# Matches through a source come by whole sources (every statement of a source titled with the word): ranking
# fewer of them keeps a word that is in the title of a huge source as fast as a common word.
SOURCE_RANK_CANDIDATES = 300
# bm25 weights of (search_text, search_forms, search_source): inside a tier, exact words weigh most.
_BM25 = "bm25(statements_fts, 4.0, 1.0, 0.5)"


def ranked_ids(db: Database, query: Query, filters: SearchFilters, limit: int) -> list[tuple[int, float]]:
    """(statement id, rank) of the best ``limit`` matches, best first.

    Exact-form matches come first, then matches in other word forms, then statements whose source's title,
    outlet or authors supply the missing words. The rank says which: ``tier + 1 / (1 - bm25)``, so 1.x is an
    exact match, 2.x another form, 3.x a match through the source; lower is better, as with bm25. A later
    tier is only queried when the earlier ones found fewer than ``limit``.
    """
    clauses, params = filters.where()
    where = " AND ".join(["statements_fts MATCH ?", *clauses])
    # Joining inside the candidate query costs ~4x on a common word: only filters need it.
    joins = (
        "JOIN statements s ON s.id = statements_fts.rowid LEFT JOIN sources src ON src.id = s.source_id "
        if clauses else ""
    )
    found: dict[int, float] = {}
    tiers = (
        (1, query.exact_match(), False, RANK_CANDIDATES),
        (2, query.forms_match(), True, RANK_CANDIDATES),
        (3, query.source_match(), True, SOURCE_RANK_CANDIDATES),
    )
    for tier, match, check_phrase, ranked in tiers:
        need = limit - len(found)
        if need <= 0:
            break
        verify = check_phrase and query.has_phrase
        candidates = (
            f"WITH hits AS (SELECT statements_fts.rowid AS id, {_BM25} AS rank FROM statements_fts {joins}"
            f"WHERE {where} LIMIT {ranked}) "
        )
        if verify:  # the texts of every candidate, best first, to check the phrases word by word
            sql = candidates + (
                "SELECT hits.id, hits.rank, s.text, src.title, src.outlet, src.authors FROM hits "
                "JOIN statements s ON s.id = hits.id LEFT JOIN sources src ON src.id = s.source_id "
                "ORDER BY hits.rank, hits.id"
            )
        else:
            sql = candidates + (
                f"SELECT id, rank, NULL, NULL, NULL, NULL FROM hits ORDER BY rank, id LIMIT {int(limit)}"
            )
        for statement_id, bm25, text, title, outlet, authors in db.execute(sql, [match, *params]):
            if statement_id in found:
                continue
            if verify and not query.phrase_in(text, *((title, outlet, authors) if tier == 3 else ())):
                continue
            found[statement_id] = tier + 1.0 / (1.0 - min(float(bm25), 0.0))
            if len(found) >= limit:
                break
    return list(found.items())
