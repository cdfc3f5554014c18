"""A user's search query: words and quoted phrases, as FTS5 expressions for each match tier and as a word matcher.

Every term is quoted in the expressions, so no input is an FTS5 syntax error. Three tiers, tried in order:

1. ``exact_match``: every word in its exact (folded) form in the statement; a phrase is an FTS5 phrase.
2. ``forms_match``: every word in any of its forms (stem, lemma, without prefixes) in the statement.
3. ``source_match``: every word in the statement or in its source's title, outlet or authors.

Phrases in tiers 2 and 3 are checked word by word with ``phrase_in`` (forms are not stored word-aligned).
"""

from __future__ import annotations

from dataclasses import dataclass

from organiser.corpus import normalise, word_forms

TEXT_COLUMNS = "{search_text}"
FORM_COLUMNS = "{search_text search_forms}"
SOURCE_COLUMNS = "{search_text search_forms search_source}"


def _quoted(text: str, prefix: bool) -> str:
    return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")


@dataclass(frozen=True)
class Term:
    """One query word: its stored key and the forms that stand for it; ``prefix`` while it is still being typed."""

    key: str
    forms: tuple[str, ...]
    prefix: bool = False

    @classmethod
    def of(cls, token: str, prefix: bool = False) -> Term:
        return cls(word_forms.key(token), word_forms.query_forms(token, prefix), prefix)

    def is_exact(self, token: str) -> bool:
        """``token`` (folded) is this very word."""
        k = word_forms.key(token)
        return k == self.key or (self.prefix and k.startswith(self.key))

    def matches(self, token: str) -> bool:
        """``token`` (folded) is this word in any form: the same test the index makes, done in Python."""
        if self.is_exact(token):
            return True
        stored = (word_forms.key(token), *word_forms.index_forms(token))
        if self.prefix:
            return any(s.startswith(f) for s in stored for f in self.forms)
        return any(s in self.forms for s in stored)

    def any_form(self) -> str:
        return "(" + " OR ".join(_quoted(f, self.prefix) for f in self.forms) + ")"


@dataclass(frozen=True)
class Query:
    """Groups of terms; a group of two or more terms is a phrase."""

    groups: tuple[tuple[Term, ...], ...]

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for group in self.groups for t in group)

    @property
    def has_phrase(self) -> bool:
        return any(len(g) > 1 for g in self.groups)

    def exact_match(self) -> str:
        parts = [_quoted(" ".join(t.key for t in g), g[-1].prefix) for g in self.groups]
        return f"{TEXT_COLUMNS} : ({' AND '.join(parts)})"

    def forms_match(self) -> str:
        return f"{FORM_COLUMNS} : ({' AND '.join(t.any_form() for t in self.terms)})"

    def source_match(self) -> str:
        return f"{SOURCE_COLUMNS} : ({' AND '.join(t.any_form() for t in self.terms)})"

    def phrase_in(self, *texts: str | None) -> bool:
        """Every phrase of the query occurs, word after word in any form, in one of ``texts``."""
        token_lists = [normalise.tokens(t) for t in texts if t]
        return all(
            any(_occurs(group, tokens) for tokens in token_lists) for group in self.groups if len(group) > 1
        )


def _occurs(group: tuple[Term, ...], tokens: list[str]) -> bool:
    n = len(group)
    return any(all(group[j].matches(tokens[i + j]) for j in range(n)) for i in range(len(tokens) - n + 1))


def parse(text: str, prefix_last: bool = True) -> Query | None:
    """The query in ``text``: quoted parts are phrases (an unclosed quote runs to the end), the rest single words.

    ``prefix_last`` makes the last word a prefix (search as you type), unless a closing quote ends the query.
    """
    segments = text.split('"')
    groups: list[list[str]] = []
    for i, segment in enumerate(segments):
        tokens = normalise.tokens(segment)
        if i % 2:  # inside quotes
            if tokens:
                groups.append(tokens)
        else:
            groups.extend([t] for t in tokens)
    if not groups:
        return None
    closed_at_end = len(segments) % 2 == 1 and len(segments) > 1 and not normalise.tokens(segments[-1])
    prefix = prefix_last and not closed_at_end
    last = len(groups) - 1
    return Query(
        tuple(
            tuple(Term.of(t, prefix and gi == last and ti == len(g) - 1) for ti, t in enumerate(g))
            for gi, g in enumerate(groups)
        )
    )
