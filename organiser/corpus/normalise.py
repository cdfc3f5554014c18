"""Search normalisation: one folded form of text for every script, used both when indexing and when querying.

FTS5's ``unicode61`` tokenizer folds Latin accents and case but not Arabic harakat, alef variants or attached
prefixes, nor Hebrew niqqud; so the corpus indexes this normalised form instead of the raw text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ـ": None,  # tatweel (kashida) is only a stretch of the line
    }
)
# Hebrew final letters fold to their base forms so a word typed without them still matches.
_HEBREW_FOLD = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})

# Longest first: the conjunction/preposition + article clusters glued to Arabic words.
_ARABIC_PREFIXES = ("وبال", "وكال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ك", "ل")
_MIN_STEM = 3

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


# Combining marks of the scripts we fold: Latin accents, Hebrew niqqud/cantillation, Arabic harakat. A mark right
# after a Cyrillic letter survives, so Ukrainian й and ї stay letters of their own.
_MARKS = re.compile(
    "(?<![\u0400-\u04ff])[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-fold and strip diacritics (harakat, niqqud, Latin accents), keeping Ukrainian й/ї distinct."""
    # casefold twice: compatibility forms (𝕬 → A) only get a case once decomposed, and İ only decomposes once folded.
    stripped = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()).casefold())
    folded = unicodedata.normalize("NFC", stripped)
    return folded.translate(_ARABIC_FOLD).translate(_HEBREW_FOLD).replace("ʼ", "'").replace("’", "'")


def arabic_stems(word: str) -> Iterator[str]:
    """The word without each attached prefix that leaves a stem of at least three letters."""
    if not word or not _is_arabic(word[0]):
        return
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            yield word[len(prefix) :]


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text`` in order."""
    return _WORD_RE.findall(fold(text))


def index_form(text: str) -> str:
    """The text stored in the full-text index: folded tokens plus prefix-stripped Arabic stems."""
    out: list[str] = []
    for token in tokens(text):
        out.append(token)
        if _is_arabic(token[0]):
            out.extend(arabic_stems(token))
    return " ".join(out)


def query_terms(text: str) -> list[str]:
    """Folded terms of a user's query; Arabic words reduced to their shortest stem so any prefixed form matches."""
    terms: list[str] = []
    for token in tokens(text):
        stems = list(arabic_stems(token))
        terms.append(min(stems, key=len) if stems else token)
    return terms


def fts_query(text: str, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for any user input: every term quoted, so no input is a syntax error.

    ``prefix_last`` makes the last term a prefix match, which is what search-as-you-type needs.
    """
    terms = query_terms(text)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if prefix_last:
        quoted[-1] += "*"
    return " ".join(quoted)
