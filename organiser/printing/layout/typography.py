"""Typographic text at render time: quotes, apostrophes, dashes and no-break spaces per language.

The stored text keeps what the organiser typed (straight quotes, hyphen-minus, ordinary spaces); only the printed
page gets the typesetter's characters. Every rule is idempotent: typesetting typeset text changes nothing, which
matters because a paragraph split across pages is rebuilt from its already typeset display text.
"""

from __future__ import annotations

import re
from functools import lru_cache

NBSP = "\u00a0"

# Opening and closing double quotes, and the closing single quote used as the apostrophe, per base language.
_QUOTES: dict[str, tuple[str, str]] = {
    "en": ("\u201c", "\u201d"), "uk": ("\u00ab", "\u00bb"), "ru": ("\u00ab", "\u00bb"),
    "ar": ("\u00ab", "\u00bb"), "he": ("\u201e", "\u201d"),
}
_SINGLE: dict[str, tuple[str, str]] = {
    "en": ("\u2018", "\u2019"), "uk": ("\u201e", "\u201c"), "ru": ("\u201e", "\u201c"),
    "ar": ("\u2039", "\u203a"), "he": ("\u201a", "\u2019"),
}
# Spaced dash between words: en dash in English, em dash in Ukrainian/Russian, en dash in Arabic/Hebrew.
_DASH = {"en": "\u2013", "uk": "\u2014", "ru": "\u2014", "ar": "\u2013", "he": "\u2013"}

_OPEN_CONTEXT = r"(^|(?<=[\s(\[{\u2014\u2013\u00a0/]))"
_HEB = "\u05d0-\u05ea"

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
             "Nov", "Dec")
MONTHS_UK = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
             "серпень", "вересень", "жовтень", "листопад", "грудень")
MONTH_WORDS = frozenset(m.lower() for m in MONTHS_EN + MONTHS_UK)

_UNITS = (r"%|‰|km|m|cm|mm|kg|g|t|ha|h|min|s|pt|€|\$|£|₴|₪|грн|км|м|кг|т|га|год|хв|тис\.?|млн|млрд|"
          r"million|billion|thousand|per\s?cent|mln|bn|BC|AD|р\.|рр\.|року|роки|років|pp?\.")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS_EN + MONTHS_UK), key=len, reverse=True))

_NUM_UNIT = re.compile(rf"(\d[\d.,]*) (?=(?:{_UNITS})(?![^\W\d_]))")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) (?=(?:{_MONTH_ALT})\b)")
_MONTH_DAY = re.compile(rf"\b((?:{_MONTH_ALT})) (?=\d{{1,4}}\b)")
_NUM_SIGN = re.compile(r"(?<![\w])(№|No\.|§|p\.|pp\.|ст\.|с\.) (?=\d)")
# Ukrainian/Russian one-letter prepositions and conjunctions stay with the next word.
_SHORT_SLAVIC = re.compile(r"(?<![^\s(«„\"\u00a0])([ВвУуІіЙйЗзАаОоИиКкСсЯя]) (?=\S)")
_SHORT_EN = re.compile(r"(?<![^\s(\"\u00a0])([Aa]|I) (?=\S)")
_SPACED_HYPHEN = re.compile(r"(?<=\S) +(?:-{1,3}|\u2013|\u2014) +(?=\S)")
_SPACE_BEFORE_DASH = re.compile(r" (?=[\u2013\u2014](?: |$))")


def _base(lang: str | None) -> str:
    return (lang or "en").split("-")[0].split("_")[0].lower()


def _quotes(text: str, lang: str) -> str:
    if '"' not in text and "'" not in text:
        return text
    o, c = _QUOTES.get(lang, _QUOTES["en"])
    so, sc = _SINGLE.get(lang, _SINGLE["en"])
    if lang == "he":
        # Geresh and gershayim inside Hebrew words (ג'ורג', צה"ל) are letters' marks, not quotes.
        text = re.sub(rf"(?<=[{_HEB}])'", "\u05f3", text)
        text = re.sub(rf'(?<=[{_HEB}])"(?=[{_HEB}])', "\u05f4", text)
    # Apostrophe inside or at the end of a word (Israel's, п'ять, the '90s) is the typographic apostrophe.
    text = re.sub(r"(?<=[^\W_])'(?=[^\W_])", "\u2019", text)
    text = re.sub(r"(?<=[^\W_]s)'(?=\s|$|[.,;:!?])", "\u2019", text) if lang == "en" else text
    text = re.sub(_OPEN_CONTEXT + '"', lambda m: m.group(1) + o, text)
    text = text.replace('"', c)
    text = re.sub(_OPEN_CONTEXT + "'", lambda m: m.group(1) + so, text)
    return text.replace("'", sc if lang != "en" else "\u2019")


@lru_cache(maxsize=16384)
def typeset(text: str, lang: str | None) -> str:
    """``text`` with the language's quotes, apostrophes, dashes and no-break spaces."""
    base = _base(lang)
    text = _quotes(text, base)
    text = _SPACED_HYPHEN.sub(" " + _DASH.get(base, "\u2013") + " ", text)
    text = _SPACE_BEFORE_DASH.sub(NBSP, text)  # no line starts with a dash
    text = _NUM_UNIT.sub(r"\1" + NBSP, text)
    text = _DAY_MONTH.sub(r"\1" + NBSP, text)
    text = _MONTH_DAY.sub(r"\1" + NBSP, text)
    text = _NUM_SIGN.sub(r"\1" + NBSP, text)
    if base in ("uk", "ru"):
        text = _SHORT_SLAVIC.sub(r"\1" + NBSP, text)
    elif base == "en":
        text = _SHORT_EN.sub(r"\1" + NBSP, text)
    return text


_SCRIPT_LANG = (("\u0600", "\u06ff", "ar"), ("\u0590", "\u05ff", "he"), ("\u0400", "\u04ff", "uk"))


@lru_cache(maxsize=16384)
def text_lang(text: str, lang: str | None) -> str:
    """The language whose conventions fit ``text``: the flyer's, unless the paragraph is in another script.

    A slogan poster in English carries a Ukrainian and an Arabic line; each gets its own quotes and spacing.
    """
    base = _base(lang)
    counts = {"ar": 0, "he": 0, "uk": 0, "latin": 0}
    for ch in text:
        if ch.isalpha():
            for lo, hi, code in _SCRIPT_LANG:
                if lo <= ch <= hi:
                    counts[code] += 1
                    break
            else:
                counts["latin"] += 1
    script = max(counts, key=lambda k: counts[k])
    if counts[script] == 0:
        return base
    if script == "latin":
        return base if base not in ("uk", "ru", "ar", "he") else "en"
    if script == "uk":
        return base if base in ("uk", "ru") else "uk"
    return script
