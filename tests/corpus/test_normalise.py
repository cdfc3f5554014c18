"""The search normaliser: the same folded form for every way a word can be written."""

from hypothesis import given
from hypothesis import strategies as st

from organiser.corpus import normalise


def test_arabic_harakat_and_alef_variants_fold():
    assert normalise.fold("مَدْرَسَة") == normalise.fold("مدرسه")
    assert normalise.fold("أحمد") == normalise.fold("احمد") == normalise.fold("إحمد")


def test_arabic_prefixed_word_indexes_its_stem():
    assert "ميزانيه" in normalise.index_form("وبالميزانية").split()
    assert normalise.query_terms("الميزانية") == ["ميزانيه"]


def test_hebrew_niqqud_and_final_letters_fold():
    assert normalise.fold("שָׁלוֹם") == normalise.fold("שלום")


def test_latin_accents_fold_but_ukrainian_letters_stay_distinct():
    assert normalise.fold("Café") == "cafe"
    assert normalise.fold("Її") == "її"
    assert normalise.fold("й") != normalise.fold("и")


@given(st.text())
def test_any_input_is_a_valid_fts_query_or_none(text):
    query = normalise.fts_query(text)
    if query is not None:
        # every term is a double-quoted string: no FTS syntax can leak through
        for term in query.split(" "):
            assert term.startswith('"') and (term.endswith('"') or term.endswith('"*'))


@given(st.text())
def test_fold_is_idempotent(text):
    once = normalise.fold(text)
    assert normalise.fold(once) == once
