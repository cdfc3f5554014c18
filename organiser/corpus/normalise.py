"""Search normalisation: one folded form of text for every script, used both when indexing and when querying.

FTS5's ``unicode61`` tokenizer folds Latin accents and case but not Arabic harakat, alef variants or attached
prefixes, nor Hebrew niqqud; so the corpus indexes this normalised form instead of the raw text, in two columns:
the exact (folded) words, and their other forms (``word_forms``). The query side lives in ``query``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from organiser.corpus import word_forms

# Letter variants folded to one form (chained str.replace: ~10x faster than str.translate with a dict).
_LETTER_FOLDS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ئ", "ي"),
    ("ؤ", "و"),
    ("ة", "ه"),
    ("ـ", ""),  # tatweel (kashida) is only a stretch of the line
    # Hebrew final letters fold to their base forms so a word typed without them still matches.
    ("ך", "כ"),
    ("ם", "מ"),
    ("ן", "נ"),
    ("ף", "פ"),
    ("ץ", "צ"),
    ("ʼ", "'"),
    ("’", "'"),
)

# Letters and digits (not "_", which FTS5 splits on); an apostrophe inside a word keeps it whole (м'ясо, Obama's).
_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

# Combining marks of the scripts we fold: Latin accents, Hebrew niqqud/cantillation, Arabic harakat. A mark right
# after a Cyrillic letter survives, so Ukrainian й and ї stay letters of their own.
_MARKS = re.compile(
    "(?<![\u0400-\u04ff])[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """Case-fold and strip diacritics (harakat, niqqud, Latin accents), keeping Ukrainian й/ї distinct."""
    # Words and queries repeat (highlighting folds every word of every hit); whole statements do not, and caching
    # them would only hold tens of MB after a large import.
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


_SHORT = 64


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    # casefold twice: compatibility forms (𝕬 → A) only get a case once decomposed, and İ only decomposes once folded.
    stripped = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()).casefold())
    folded = stripped if unicodedata.is_normalized("NFC", stripped) else unicodedata.normalize("NFC", stripped)
    for variant, base in _LETTER_FOLDS:
        if variant in folded:
            folded = folded.replace(variant, base)
    return folded


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text`` in order."""
    return _WORD_RE.findall(fold(text))


def index_form(text: str) -> str:
    """The exact-form column of the full-text index: one stored key per word, in order (phrases match on it)."""
    return " ".join(tokens(text)).replace("'", "")  # word_forms.key of each word, in one pass


def forms_form(text: str) -> str:
    """The word-form column: the other forms of each word (stems, lemmas, words without prefixes), in order."""
    return " ".join(filter(None, map(word_forms.index_forms_text, tokens(text))))


def search_columns(text: str) -> dict[str, str]:
    """The index column stored with a statement: the other forms of its words (``forms_form``).

    The exact-form column is not stored: the index computes it from the text (``index_form``, the SQL function
    ``organiser_exact``), as it does again when the statement is edited or deleted. Unicode case folding and
    normalisation are stable, so the words recomputed are the words that were indexed.
    """
    return {"search_forms": forms_form(text)}


def source_form(title: str | None, outlet: str | None, authors: Iterable[str]) -> str:
    """The index column of a statement's source: its title, outlet and authors in exact and other forms."""
    text = " ".join([title or "", outlet or "", *authors])
    return f"{index_form(text)} {forms_form(text)}".strip()
