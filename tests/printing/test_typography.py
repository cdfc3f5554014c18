"""Typesetting at render time and line breaking: what a reader of the printed page sees."""

from __future__ import annotations

import pytest

from organiser.printing.layout.hyphen import hyphen_splits
from organiser.printing.layout.table import without_verdict_word
from organiser.printing.layout.text import ScriptParagraph, TextStyle
from organiser.printing.layout.typography import NBSP, text_lang, typeset


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ('"Never again - for anyone." Israel\'s war', "en",
     "\u201cNever again\u00a0\u2013 for anyone.\u201d Israel\u2019s war"),
    ('Окупація - це "злочин"', "uk", "Окупація\u00a0\u2014 це \u00abзлочин\u00bb"),
    ('צה"ל אמר "שלום"', "he", "צה\u05f4ל אמר \u201eשלום\u201d"),
    ('"حرية"', "ar", "\u00abحرية\u00bb"),
])
def test_quotes_apostrophes_and_dashes_follow_the_language(text: str, lang: str, expected: str) -> None:
    assert typeset(text, lang) == expected
    assert typeset(expected, lang) == expected  # idempotent: a split paragraph is typeset again


def test_no_break_spaces_keep_numbers_dates_and_short_words_together() -> None:
    assert typeset("on 7 October 2023 about 50 km away", "en") == f"on 7{NBSP}October{NBSP}2023 about 50{NBSP}km away"
    assert typeset("у 2024 р. з Києва і в Харкові", "uk") == f"у{NBSP}2024{NBSP}р. з{NBSP}Києва і{NBSP}в{NBSP}Харкові"
    assert typeset("11 червня", "uk") == f"11{NBSP}червня"


def test_each_paragraph_takes_the_conventions_of_its_own_script() -> None:
    assert text_lang("Від України до Палестини", "en") == "uk"
    assert text_lang("من أوكرانيا إلى فلسطين", "en") == "ar"
    assert text_lang("An English line", "uk") == "en"


def test_stored_text_is_not_changed_only_the_printed_lines() -> None:
    text = 'He said "no" - twice.'
    p = ScriptParagraph(text, TextStyle(lang="en"))
    p.wrap(400, 100)
    assert p.text == text and p.lines == ["He said \u201cno\u201d\u00a0\u2013 twice."]


@pytest.mark.parametrize(("word", "lang", "allowed"), [
    ("military", "en_US", {"mil-itary", "mili-tary"}),
    ("democracy", "en_US", {"democ-racy"}),
    ("October", "en_US", set()),  # a month
    ("Palestinians", "en_US", set()),  # a name
    ("ukraine-solidarity.org", "en_US", set()),  # a web address
    ("вторгнення", "uk", set()),  # pyphen's "вторгне-ння" is wrong; "вторгнен-ня" is not offered
    ("насильства", "uk", {"насиль-ства"}),  # not "насильс-тва"
])
def test_hyphenation_points_a_typesetter_accepts(word: str, lang: str, allowed: set[str]) -> None:
    assert {word[:i] + "-" + word[i:] for i in hyphen_splits(word, lang)} == allowed


def test_short_words_are_never_hyphenated_and_sides_keep_three_letters() -> None:
    assert hyphen_splits("nation", "en_US") == ()  # 6 letters
    for cut in hyphen_splits("solidarity", "en_US"):
        assert cut >= 3 and len("solidarity") - cut >= 3


def test_lines_are_hyphenated_rarely_and_never_at_the_paragraph_end() -> None:
    text = ("International solidarity organisations coordinated demonstrations, humanitarian deliveries and "
            "parliamentary representations throughout the administrative territories simultaneously "
            "notwithstanding extraordinary circumstances.") * 3
    p = ScriptParagraph(text, TextStyle(size=10, hyphenate_lang="en_US"))
    p.wrap(150, 10_000)
    hyphenated = [i for i, ln in enumerate(p.lines) if ln.endswith("-")]
    assert hyphenated and len(hyphenated) <= len(p.lines) * 0.25
    # The paragraph's last word is never split: its last line is not a lone fragment.
    assert not (p.lines[-2].endswith("-") and len(p.lines[-1].split()) == 1)
    assert all(not {i, i + 1, i + 2} <= set(hyphenated) for i in hyphenated)  # never three in a row


def test_no_line_starts_with_a_dash() -> None:
    p = ScriptParagraph("Від України до Палестини окупація - це злочин", TextStyle(size=20, lang="uk"))
    for width in range(120, 400, 7):
        p = ScriptParagraph(p.text, p.style)
        p.wrap(width, 1000)
        assert not any(ln.lstrip().startswith(("\u2014", "\u2013", "-")) for ln in p.lines), (width, p.lines)


@pytest.mark.parametrize("text", [
    "From Ukraine to Palestine, occupation is a crime",
    "Building international solidarity with the Palestinians",
    "من أوكرانيا إلى فلسطين، الاحتلال جريمة",
    "Від України до Палестини окупація — це злочин",
])
def test_balanced_headlines_leave_no_word_alone(text: str) -> None:
    for width in (300, 380, 460):  # each wider than the longest word, as the headline builder ensures
        p = ScriptParagraph(text, TextStyle(size=30, bold=True, balance=True))
        p.wrap(width, 1000)
        if len(p.lines) > 1:
            assert len(p.lines[-1].split()) >= 2, (width, p.lines)
            widths = [len(ln) for ln in p.lines]
            assert max(widths) - min(widths) <= max(widths) * 0.7, (width, p.lines)


@pytest.mark.parametrize("text", ["Долучайтеся до нас", "Solidarity forever", "Join us"])
def test_balancing_never_breaks_inside_a_word(text: str) -> None:
    # A long first word and a short bound pair: the narrowest measure that keeps two lines lies inside the word.
    style = TextStyle(size=22, bold=True, balance=True, uppercase=True, lang="uk")
    widest = ScriptParagraph(text, style).minWidth()
    for width in (widest + 1, widest * 1.2, widest * 1.5):
        p = ScriptParagraph(text, style)
        p.wrap(width, 1000)
        assert " ".join(ln.replace("\u00a0", " ") for ln in p.lines).split() == text.upper().split(), (width, p.lines)


def test_the_verdict_word_is_not_repeated_beside_its_badge() -> None:
    assert without_verdict_word("Yes. At least 50,000 killed", "yes") == "At least 50,000 killed"
    assert without_verdict_word("Yes – now recognised", "yes") == "Now recognised"
    assert without_verdict_word("نعم. أكثر من 75 عاما", "yes") == "أكثر من 75 عاما"
    assert without_verdict_word("Yesterday it began", "yes") == "Yesterday it began"
    assert without_verdict_word("Yes. Evidence", "no") == "Yes. Evidence"


def test_a_chart_title_that_repeats_the_headline_is_printed_once() -> None:
    from organiser.flyers.model import Cell, ComparisonBlock, ComparisonTable, Criterion, Flyer, Headline
    from organiser.printing.render.pdf import render_flyer
    from tests.pdfcheck import pdf_text

    table = ComparisonTable("Hidden", ("A", "B"), (Criterion("Q?", (Cell("yes it is", "yes"), Cell("no"))),))
    text = pdf_text(render_flyer(Flyer("t", (Headline("h", "Hidden"), ComparisonBlock("c", table)))).pdf)
    assert text.count("Hidden") == 1
    other = ComparisonTable("Another title", table.subjects, table.criteria)
    text = pdf_text(render_flyer(Flyer("t", (Headline("h", "Hidden"), ComparisonBlock("c", other)))).pdf)
    assert "Another title" in text


@pytest.mark.parametrize(("lang", "word"), [("en", "YES"), ("uk", "ТАК"), ("ar", "نعم"), ("he", "כן")])
def test_verdict_badges_speak_the_flyers_language(lang: str, word: str) -> None:
    import unicodedata

    from organiser.flyers.model import Cell, ComparisonBlock, ComparisonTable, Criterion, Flyer
    from organiser.printing.render.pdf import render_flyer
    from tests.pdfcheck import pdf_text

    table = ComparisonTable("", ("A", "B"), (Criterion("Q?", (Cell("Yes. Evidence here", "yes"), Cell("x"))),))
    result = render_flyer(Flyer("t", (ComparisonBlock("c", table),), lang=lang))
    text = unicodedata.normalize("NFKC", pdf_text(result.pdf))
    assert word in text and "Evidence here" in text and "Yes." not in text



def test_verdict_badges_keep_their_word_on_one_line_at_the_smallest_size() -> None:
    from organiser.printing.render.pdf import render_flyer
    from tests.pdfcheck import pdf_text, sample_chart_flyer

    # At A6 the chart's badges are set at the 6.5 pt floor, where rounding once broke "YES" into "YE" / "S".
    lines = pdf_text(render_flyer(sample_chart_flyer(paper="A6")).pdf).split()
    assert "YES" in lines and "YE" not in lines and "S" not in lines
