"""The search normaliser: the same folded form for every way a word can be written."""

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from organiser.corpus import normalise, query


def test_arabic_harakat_and_alef_variants_fold():
    assert normalise.fold("مَدْرَسَة") == normalise.fold("مدرسه")
    assert normalise.fold("أحمد") == normalise.fold("احمد") == normalise.fold("إحمد")


def test_arabic_prefixed_word_indexes_its_stem():
    assert normalise.index_form("وبالميزانية") == "وبالميزانيه"
    assert "ميزانيه" in normalise.forms_form("وبالميزانية").split()
    assert "ميزانيه" in query.parse("الميزانية", prefix_last=False).terms[0].forms


def test_hebrew_niqqud_and_final_letters_fold():
    assert normalise.fold("שָׁלוֹם") == normalise.fold("שלום")


def test_latin_accents_fold_but_ukrainian_letters_stay_distinct():
    assert normalise.fold("Café") == "cafe"
    assert normalise.fold("Її") == "її"
    assert normalise.fold("й") != normalise.fold("и")


@given(st.text())
def test_any_input_is_a_valid_fts_query_or_none(text):
    parsed = query.parse(text)
    if parsed is not None:
        # every FTS expression of every tier parses: no syntax of the user's can leak through
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE statements_fts USING fts5(search_text, search_forms, search_source)")
        for expression in (parsed.exact_match(), parsed.forms_match(), parsed.source_match()):
            db.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", [expression])


@given(st.text())
def test_fold_is_idempotent(text):
    once = normalise.fold(text)
    assert normalise.fold(once) == once
