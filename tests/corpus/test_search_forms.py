"""Search in word forms: each language's failure cases, phrases, sources, exact-first ranking, the re-index."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from organiser.corpus.migrations import corpus_migrations
from organiser.corpus.store import Corpus


def _found(corpus: Corpus, query: str, prefix_last: bool = False) -> set[int]:
    return {h.statement.id for h in corpus.search(query, prefix_last=prefix_last)}


@pytest.mark.parametrize(
    ("query", "texts"),
    [
        ("זכויות", ["ההכרה בזכויות האדם", "מי שזכויות היסוד שלו נפגעו", "זכויות העובדים"]),
        ("חוק", ["החוק החדש עבר", "לפי חוק השבות"]),
        ("כיבוש", ["הכיבוש נמשך", "כיבוש הוא פשע", "וכשהכיבוש ייגמר"]),
        ("שלום", ["שָׁלוֹם עַל יִשְׂרָאֵל", "למען השלום", "ושלום לכולם"]),
        ("свобода", ["Свобода слова понад усе", "Немає свободи без правди", "Боротьба за свободу"]),
        ("Крим", ["Крим — це Україна", "Повернення до Криму", "Люди в Криму чекають"]),
        ("окупація", ["Окупація триває", "Ми не визнаємо окупацію", "Життя під час окупації"]),
        ("right", ["A right to housing", "Workers' rights are human rights"]),
        ("guns", ["Silence the guns now", "A gun in every home is not safety"]),
        ("sanction", ["Sanctions must bite", "The council will sanction the regime"]),
        ("Obama's", ["Obama's speech in Cairo", "Obama said nothing of it"]),
        ("сім'я", ["Сім’я — основа суспільства", "Допомога для сім'ї", "Кожна сімʼя має право"]),
    ],
)
def test_every_form_of_the_word_is_found(empty_corpus: Corpus, query: str, texts: list[str]) -> None:
    ids = {empty_corpus.add_statement(t) for t in texts}
    other = empty_corpus.add_statement("Nothing to see here; ничого; شيء; כלום")
    found = _found(empty_corpus, query)
    assert found == ids and other not in found


def test_hebrew_letters_that_are_not_prefixes_are_not_stripped_from_the_query(empty_corpus: Corpus) -> None:
    peace = empty_corpus.add_statement("שלום עכשיו")
    empty_corpus.add_statement("בלום הוא שם")  # shares "לום" once ש would be taken for a prefix
    assert _found(empty_corpus, "שלום") == {peace}


def test_a_hebrew_query_with_the_article_finds_the_bare_word_after_the_exact_one(empty_corpus: Corpus) -> None:
    bare = empty_corpus.add_statement("כיבוש הוא פשע")
    exact = empty_corpus.add_statement("הכיבוש נמשך")
    prefixed = empty_corpus.add_statement("נגד הכיבוש ובכיבוש")
    hits = empty_corpus.search("הכיבוש", prefix_last=False)
    assert {h.statement.id for h in hits} == {bare, exact, prefixed}
    assert {h.statement.id for h in hits if h.rank < 2} == {exact, prefixed}


def test_exact_forms_rank_before_other_forms(empty_corpus: Corpus) -> None:
    plural = empty_corpus.add_statement("Rights for all workers, rights for tenants, rights everywhere.")
    exact = empty_corpus.add_statement("The right to strike.")
    hits = empty_corpus.search("right", prefix_last=False)
    assert [h.statement.id for h in hits] == [exact, plural]
    assert 1 <= hits[0].rank < 2 <= hits[1].rank < 3
    uk_other = empty_corpus.add_statement("Без свободи немає миру, свободи, свободи.")
    uk_exact = empty_corpus.add_statement("Свобода.")
    assert [h.statement.id for h in empty_corpus.search("свобода", prefix_last=False)] == [uk_exact, uk_other]


def test_a_quoted_phrase_matches_only_as_a_phrase(empty_corpus: Corpus) -> None:
    phrase = empty_corpus.add_statement("End the military occupation now.")
    inflected = empty_corpus.add_statement("Military occupations always end.")
    apart = empty_corpus.add_statement("The occupation is enforced by military courts.")
    assert _found(empty_corpus, "military occupation") == {phrase, inflected, apart}
    assert _found(empty_corpus, '"military occupation"') == {phrase, inflected}
    assert [h.statement.id for h in empty_corpus.search('"military occupation"')][0] == phrase
    he_phrase = empty_corpus.add_statement("מאבק למען ההכרה בזכויות האדם")
    empty_corpus.add_statement("זכויות העובדים הן עניינו של כל אדם")
    assert _found(empty_corpus, '"זכויות אדם"') == {he_phrase}


def test_an_unclosed_quote_is_a_phrase_being_typed(empty_corpus: Corpus) -> None:
    phrase = empty_corpus.add_statement("End the military occupation now.")
    empty_corpus.add_statement("The occupation is enforced by military courts.")
    assert _found(empty_corpus, '"military occ', prefix_last=True) == {phrase}


def _import_markdown(corpus: Corpus, tmp_path: Path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (outcome,) = corpus.import_paths([path])
    assert outcome.status == "imported", outcome.reason
    assert outcome.source_id is not None
    return outcome.source_id


def test_source_title_with_niqqud_is_searched_below_direct_matches(empty_corpus: Corpus, tmp_path: Path) -> None:
    source_id = _import_markdown(
        empty_corpus, tmp_path, "poem.md",
        "# שָׁלוֹם עַל יִשְׂרָאֵל\n\nעַל מִשְׁכָּבִי יָשַׁב הַמְבַשֵּׂר.\n\nהַגֶּשֶׁר הַיָּשָׁן נִשְׁבַּר.\n",
    )
    assert "שָׁלוֹם" in empty_corpus.source(source_id).title
    direct = empty_corpus.add_statement("שלום לכולם")
    hits = empty_corpus.search("שלום", prefix_last=False)
    assert hits[0].statement.id == direct and hits[0].rank < 3
    through_title = [h for h in hits if h.statement.source.id == source_id]
    assert len(through_title) == 2 and all(h.rank >= 3 for h in through_title)
    # a word from the statement and a word from the title together
    (both,) = empty_corpus.search("גשר ישראל", prefix_last=False)
    assert "הַגֶּשֶׁר" in both.statement.text


def test_outlet_and_authors_are_searched(empty_corpus: Corpus) -> None:
    source_id = empty_corpus.db["sources"].insert(
        {"title": "Letter", "outlet": "Kyiv Independent", "authors": '["Olena Petrenko"]', "content_hash": "x"}
    ).last_pk
    statement = empty_corpus.add_statement("We stand together.", source_id=source_id)
    assert _found(empty_corpus, "Petrenko") == {statement}
    assert _found(empty_corpus, "independent together") == {statement}
    assert _found(empty_corpus, '"Kyiv Independent"') == {statement}
    assert _found(empty_corpus, '"Independent Kyiv"') == set()


def test_search_as_you_type_completes_the_last_word_in_any_form(empty_corpus: Corpus) -> None:
    statement = empty_corpus.add_statement("Солідарність з окупованими містами і селами")
    assert _found(empty_corpus, "солідарн", prefix_last=True) == {statement}
    hebrew = empty_corpus.add_statement("הפליטים חזרו")
    assert _found(empty_corpus, "פליט", prefix_last=True) == {hebrew}


def test_opening_an_older_corpus_reindexes_it_in_word_forms(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    corpus_migrations.apply(db, stop_before="m004_word_forms")
    db["sources"].insert({"id": 1, "title": "Звернення до світу", "content_hash": "h"})
    db["statements"].insert_all([
        {"id": 1, "source_id": 1, "position": 0, "text": "Немає свободи без правди",
         "search_text": "немає свободи без правди"},
        {"id": 2, "source_id": None, "position": 0, "text": "Workers' rights", "search_text": "workers rights"},
    ])
    db.conn.close()
    with Corpus(path) as corpus:
        assert _found(corpus, "свобода") == {1}
        assert _found(corpus, "right") == {2}
        assert _found(corpus, "світ") == {1}  # through the source title
        corpus.edit_statement(2, "Tenants' unions")
        assert _found(corpus, "union") == {2} and _found(corpus, "right") == set()


def test_a_phrase_is_marked_where_its_words_stand_together(empty_corpus: Corpus) -> None:
    empty_corpus.add_statement("Military courts uphold the military occupation; occupation is a crime.")
    (hit,) = empty_corpus.search('"military occupation" crime')
    assert hit.marked_snippet() == "Military courts uphold the [military] [occupation]; occupation is a [crime]."


def test_the_index_stays_whole_through_edits_deletes_and_other_updates(empty_corpus: Corpus) -> None:
    first = empty_corpus.add_statement("Workers' rights now")
    second = empty_corpus.add_statement("Свобода слова")
    empty_corpus.edit_statement(first, "Tenants' unions")
    empty_corpus.db.execute("UPDATE statements SET lang = 'fr' WHERE id = ?", [second])  # not an indexed column
    snapshot = empty_corpus.statement_snapshot(second)
    empty_corpus.delete_statement(second)
    assert _found(empty_corpus, "свободи") == set()
    empty_corpus.restore_statement(*snapshot)
    assert _found(empty_corpus, "свободи") == {second} and _found(empty_corpus, "union") == {first}
    empty_corpus.db.execute("INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')")
