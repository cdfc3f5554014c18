"""Search recall on real documents: queries written from the texts in shared/real-docs, and how recall is measured.

Each case is a query as an organiser would type it and the forms of that word that occur in the documents
(inflections, possessives, attached prefixes), written out by hand after reading the texts. A statement is
expected for a query when one of its words is one of those forms; the check folds case and diacritics (niqqud,
harakat), Arabic letter variants and Hebrew final letters on its own, independent of the search code.
Recall of a language = expected (query, statement) pairs found / all expected pairs.

The documents are used where they lie (``REAL_DOCS``); nothing of them is copied into the repository.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

REAL_DOCS = Path(__file__).resolve().parents[3] / "shared" / "real-docs"
LANGS = ("en", "uk", "ar", "he")


def real_docs_folder() -> Path | None:
    """shared/real-docs next to the repository (or ORGANISER_REAL_DOCS), if it is there."""
    import os

    candidates = [Path(os.environ["ORGANISER_REAL_DOCS"])] if os.environ.get("ORGANISER_REAL_DOCS") else []
    candidates.append(REAL_DOCS)
    return next((c for c in candidates if (c / "SOURCES.md").is_file()), None)


# (query, forms of its word found in the documents)
CASES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "en": [
        ("right", ("right", "rights")),
        ("rights", ("right", "rights")),
        ("guns", ("gun", "guns")),
        ("sanction", ("sanction", "sanctions")),
        ("Obama's", ("obama", "obama's")),
        ("freedom", ("freedom", "freedoms")),
        ("country", ("country", "countries")),
        ("family", ("family", "families")),
        ("laws", ("law", "laws")),
        ("government", ("government", "governments")),
        ("work", ("work", "works", "worked", "working")),
        ("protected", ("protect", "protects", "protected")),
        ("election", ("election", "elections")),
        ("nation", ("nation", "nations")),
        ("child", ("child", "children")),
        ("women", ("woman", "women")),
    ],
    "uk": [
        ("свобода", ("свобода", "свободи", "свободі", "свободу", "свободою", "свобод")),
        ("Крим", ("крим", "криму", "кримом", "кримі")),
        ("окупація", ("окупація", "окупації", "окупацію", "окупацією")),
        ("право", ("право", "права", "праву", "правом", "праві", "прав", "правами", "правах")),
        ("людина", ("людина", "людини", "людині", "людину", "людиною", "люди", "людей", "людям", "людьми")),
        ("Україна", ("україна", "україни", "україні", "україну", "україною")),
        ("Росія", ("росія", "росії", "росію", "росією")),
        ("війна", ("війна", "війни", "війні", "війну", "війною")),
        ("держава", ("держава", "держави", "державі", "державу", "державою", "державам", "державами")),
        ("освіта", ("освіта", "освіти", "освіті", "освіту", "освітою")),
        ("сім'я", ("сім'я", "сім'ї", "сім'ю", "сім'єю")),
        ("закон", ("закон", "закону", "законом", "закони", "законами", "законів")),
        ("народ", ("народ", "народу", "народи", "народів", "народами", "народом")),
        ("влада", ("влада", "влади", "владі", "владу", "владою")),
        ("діти", ("діти", "дітей", "дітьми", "дітям", "дитина", "дитини")),
        ("праця", ("праця", "праці", "працю", "працею")),
        ("Москва", ("москва", "москви", "москві", "москву")),
        ("суд", ("суд", "суду", "судом", "суди", "судами", "судів")),
    ],
    "ar": [
        ("حقوق", ("حقوق", "الحقوق", "لحقوق", "بحقوق", "والحقوق", "وحقوق", "حقوقه")),
        ("حرية", ("حرية", "الحرية", "بحرية", "وحرية", "والحرية", "وحرياته")),
        ("قانون", ("قانون", "القانون", "للقانون", "بالقانون", "والقانون", "كقانون")),
        ("الدولة", ("دولة", "الدولة", "والدولة", "لدولة")),
        ("مجتمع", ("مجتمع", "المجتمع", "للمجتمع")),
        ("التعليم", ("تعليم", "التعليم", "بالتعليم", "للتعليم")),
        ("أسرة", ("أسرة", "الأسرة", "أسرته")),
        ("عمل", ("عمل", "العمل", "للعمل", "بعمل", "بالعمل", "لعمل")),
        ("الإنسان", ("إنسان", "الإنسان")),
        ("نظام", ("نظام", "ونظام", "لنظام", "بنظام", "للنظام", "بالنظام")),
        ("وزير", ("وزير", "الوزير", "للوزير")),
        ("سلام", ("سلام", "السلام", "والسلام")),
        ("كرامة", ("كرامة", "الكرامة", "بالكرامة", "بكرامة")),
        ("جمهورية", ("جمهورية", "الجمهورية")),
    ],
    "he": [
        ("זכויות", ("זכויות", "בזכויות", "הזכויות", "לזכויות", "שזכויות", "שהזכויות", "זכויותיו", "בזכויותיו")),
        ("זכות", ("זכות", "הזכות", "ובזכות", "וזכות", "זכותו")),
        ("חוק", ("חוק", "החוק", "כחוק", "בחוק", "החוקים", "והחוקים", "בחוקים")),
        ("שלום", ("שלום", "השלום", "והשלום", "ושלום")),
        ("פליטים", ("פליטים", "הפליטים", "לפליטים", "בפליטים", "כפליטים", "ופליטים")),
        ("מדינות", ("מדינות", "במדינות", "המדינות", "והמדינות", "למדינות", "ממדינות", "שמדינות")),
        ("מדינה", ("מדינה", "המדינה", "והמדינה", "למדינה", "ממדינה", "במדינה", "מדינת")),
        ("חינוך", ("חינוך", "החינוך", "וחינוך", "לחינוך", "והחינוך")),
        ("עבודה", ("עבודה", "לעבודה", "העבודה")),
        ("ארץ", ("ארץ", "הארץ", "שהארץ", "לארץ", "ארצו", "ארצות", "בארצות", "שבארצות")),
        ("כבוד", ("כבוד", "בכבוד", "לכבוד", "הכבוד")),
        ("משפחה", ("משפחה", "המשפחה")),
        ("פלסטינים", ("פלסטינים", "הפלסטינים")),
        ("ישראל", ("ישראל", "בישראל")),
        ("חופש", ("חופש", "החופש", "לחופש")),
        ("אדם", ("אדם", "האדם", "מאדם", "כאדם")),
        ("גשר", ("גשר", "הגשר")),
        ("שיר", ("שיר", "השיר")),
    ],
}

_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_HEBREW_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def oracle_fold(text: str) -> str:
    """Case, diacritics (all combining marks), Arabic letter variants, Hebrew finals and apostrophes folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_ARABIC).translate(_HEBREW_FINALS).replace("’", "'").replace("ʼ", "'")


def oracle_words(text: str) -> set[str]:
    return set(_WORD.findall(oracle_fold(text)))


@dataclass(frozen=True)
class QueryRecall:
    lang: str
    query: str
    expected: int
    found: int  # of the expected
    via_source: int  # other results, found through their source's title, outlet or authors (rank 3.x)
    other: int  # other results found in the statement's own words (a wider form than those listed)

    @property
    def missed(self) -> int:
        return self.expected - self.found


def build_corpus(corpus: Corpus, folder: Path) -> None:
    """Import every document of the four language folders, as an organiser would."""
    corpus.import_paths([folder / lang for lang in LANGS])


def measure(corpus: Corpus, langs: tuple[str, ...] = LANGS) -> list[QueryRecall]:
    """Recall of every case against the statements of ``corpus`` (built with ``build_corpus``)."""
    words = {s.id: oracle_words(s.text) for s in corpus.statements()}
    out = []
    for lang in langs:
        for query, forms in CASES[lang]:
            folded = {oracle_fold(f) for f in forms}
            expected = {sid for sid, ws in words.items() if ws & folded}
            hits = corpus.search(query, limit=100_000, prefix_last=False)
            found = {h.statement.id for h in hits}
            via_source = {h.statement.id for h in hits if h.rank >= 3} - expected
            out.append(QueryRecall(lang, query, len(expected), len(expected & found), len(via_source),
                                   len(found - expected - via_source)))
    return out


def recall_by_language(results: list[QueryRecall]) -> dict[str, float]:
    totals: dict[str, list[int]] = {}
    for r in results:
        t = totals.setdefault(r.lang, [0, 0])
        t[0] += r.found
        t[1] += r.expected
    return {lang: found / expected if expected else 1.0 for lang, (found, expected) in totals.items()}
