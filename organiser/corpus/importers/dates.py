"""Dates written in running text ("2 November 2023", "February 24, 2022", "10/07/2023") as ISO 8601."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_UK = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
_UK_NOM = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
]
_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in (_EN, _UK, _UK_NOM, _RU):
        table.update({name: i + 1 for i, name in enumerate(names)})
    table.update({name[:3]: i + 1 for i, name in enumerate(_EN)})
    table["sept"] = 9
    return table


MONTHS = _month_table()
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FLAGS = re.IGNORECASE
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", _FLAGS)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", _FLAGS)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(\d{{4}})\b", _FLAGS)
_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понеділок|вівторок|середа|четвер|"
    r"п'ятниця|субота|неділя),?\s+",
    _FLAGS,
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: its ISO value and where it was written."""

    iso: str
    start: int
    end: int


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _mentions(context: str, month: int, day: int) -> bool:
    """Whether running text names this day with its month ("October 7", "7 October")."""
    name = _EN[month - 1]
    pattern = rf"\b{name}\s+{day}(?!\d)|(?<!\d){day}(?:st|nd|rd|th)?\s+(?:of\s+)?{name}\b"
    return re.search(pattern, context, _FLAGS) is not None


def _numeric(m: re.Match[str], context: str) -> str | None:
    """Day and month of a/b/yyyy: unambiguous when one exceeds 12; else the reading the text confirms,
    else day-first (the usage of most of the world)."""
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12:
        return _iso(year, b, a)
    if b > 12:
        return _iso(year, a, b)
    if _mentions(context, a, b) and not _mentions(context, b, a):
        return _iso(year, a, b)
    return _iso(year, b, a)


_Builder = Callable[[re.Match[str], str], "str | None"]
_RULES: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_ISO, lambda m, c: _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))),
    (_DAY_FIRST, lambda m, c: _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))),
    (_MONTH_FIRST, lambda m, c: _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))),
    (_NUMERIC, _numeric),
    (_MONTH_YEAR, lambda m, c: f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}"),
)


def find_dates(text: str, context: str = "") -> list[FoundDate]:
    """All dates in ``text`` in reading order; overlapping readings keep the most specific one.
    ``context`` is the whole document, used to settle 10/07/2023-style ambiguity."""
    found: list[FoundDate] = []
    for pattern, build in _RULES:
        for m in pattern.finditer(text):
            iso = build(m, context or text)
            if iso and not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(FoundDate(iso, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def first_date(text: str, context: str = "") -> str | None:
    """The first date written in ``text``."""
    found = find_dates(text, context)
    return found[0].iso if found else None


_YEAR_WORD = re.compile(r"\s+(?:р|г|року|года)\.?$", _FLAGS)


def _trim(text: str) -> str:
    return _YEAR_WORD.sub("", text.strip()).rstrip(' .)]”"')


def trailing_date(text: str, context: str = "") -> str | None:
    """The date that ends ``text`` (ignoring closing punctuation), as in a signature or a caption."""
    stripped = _trim(text)
    found = find_dates(stripped, context)
    return found[-1].iso if found and found[-1].end == len(stripped) else None


_LONGEST_DATE_LINE = 60  # "Wednesday 27 September 2023 р." fits easily; longer lines are prose


def is_date_only(text: str) -> bool:
    """Whether the whole text is one date, optionally with a weekday ("Thursday 2 November 2023")."""
    if len(text) > _LONGEST_DATE_LINE:
        return False
    body = _WEEKDAY.sub("", _trim(text))
    found = find_dates(body)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(body)
