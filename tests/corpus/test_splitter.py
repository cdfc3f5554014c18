"""Splitting text into plain paragraphs: examples and properties that hold for any text."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from organiser.corpus.importers.splitter import clean_inline, split_blocks, split_paragraphs

MARKUP = st.sampled_from(
    ["*", "**", "_", "__", "#", "# ", "- ", "\\", "[", "]", "(#)", "<", ">", "\n", "\n\n", " "]
)
TEXTS = st.lists(st.one_of(st.text(max_size=20), MARKUP), max_size=30).map("".join)


def alnum(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if ch.isalnum())


def test_blank_lines_separate_and_hard_wraps_are_joined() -> None:
    text = "First line\nwrapped  here.\n\n\n  Second\tparagraph  \r\n\r\nThird"
    assert split_paragraphs(text) == ["First line wrapped here.", "Second paragraph", "Third"]


def test_markdown_markup_becomes_plain_text() -> None:
    text = "**We stand** with [settler colonial violence](#) and *emphasis* and _this_.\n\ninc\\_notes\\_dist"
    assert split_paragraphs(text) == [
        "We stand with settler colonial violence and emphasis and this.",
        "inc_notes_dist",
    ]


def test_escaped_brackets_and_autolinks() -> None:
    assert clean_inline("beyond. [\\[11\\]](#)") == "beyond. [11]"
    assert clean_inline("<https://example.org/a?b=1>") == "https://example.org/a?b=1"


def test_snake_case_words_keep_their_underscores() -> None:
    assert clean_inline("see inc_notes_dist and file_name_here") == "see inc_notes_dist and file_name_here"


def test_headings_and_list_items_are_their_own_blocks() -> None:
    blocks = split_blocks("## Call to Action\n- first item\n- second item\ncontinued\n1. numbered")
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("Call to Action", 2),
        ("first item", 0),
        ("second item continued", 0),
        ("1. numbered", 0),
    ]


def test_plain_mode_keeps_markup_characters() -> None:
    assert split_paragraphs("**not markup** in a PDF", markdown=False) == ["**not markup** in a PDF"]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("e*\u0301*")
@example("\\*x\\*")
def test_paragraphs_are_single_trimmed_lines(text: str) -> None:
    for paragraph in split_paragraphs(text):
        assert paragraph and paragraph == paragraph.strip()
        assert len(paragraph.splitlines()) == 1
        assert "  " not in paragraph


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("\\*x\\*")
@example("a\u2028b\n\n\x1cc")
def test_splitting_is_idempotent(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert split_paragraphs("\n\n".join(paragraphs)) == paragraphs


@settings(max_examples=300, deadline=None)
@given(TEXTS.filter(lambda t: "](" not in t))
@example("e*\u0301*")
def test_no_letter_or_digit_is_lost(text: str) -> None:
    # Markup is punctuation; only link targets "[text](target)" are dropped, so they are excluded here.
    assert alnum("".join(split_paragraphs(text))) == alnum(text)
