"""The index that stores nothing twice (m008): an older corpus upgrades whole, and the index follows every change."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from organiser.corpus import normalise
from organiser.corpus.migrations import corpus_migrations
from organiser.corpus.store import Corpus

TEXTS = [
    (1, "Немає свободи без правди", "uk"),
    (1, "Workers' rights are human rights", "en"),
    (2, "הכיבוש נמשך והשלום רחוק", "he"),
    (2, "وبالميزانية الجديدة للمدارس", "ar"),
    (None, "Military courts uphold the military occupation", "en"),
]


def _found(corpus: Corpus, query: str) -> set[int]:
    return {h.statement.id for h in corpus.search(query, prefix_last=False)}


def _index_is_whole(corpus: Corpus) -> bool:
    """FTS5's own check, against the content it is built from (raises when they differ)."""
    corpus.db.execute("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")
    return True


def _old_corpus(path: Path) -> None:
    """A corpus as the previous version wrote it: every index column stored with each statement."""
    db = Database(path)
    corpus_migrations.apply(db, stop_before="m008_compact_index")
    sources = {1: ("Звернення до світу", "Kyiv Independent", ["Olena Petrenko"]), 2: ("מכתב", "הארץ", [])}
    for source_id, (title, outlet, authors) in sources.items():
        db["sources"].insert({"id": source_id, "title": title, "outlet": outlet, "authors": json.dumps(authors),
                              "content_hash": f"h{source_id}", "full_text": title, "uid": f"source-{source_id}"})
    for i, (source_id, text, lang) in enumerate(TEXTS, start=1):
        source = sources.get(source_id or 0)
        db["statements"].insert({
            "id": i * 10, "source_id": source_id, "position": i, "text": text, "original_text": text, "lang": lang,
            "edited": 0, "uid": f"statement-{i}", "search_text": normalise.index_form(text),
            "search_forms": normalise.forms_form(text),
            "search_source": normalise.source_form(*source) if source else "",
        })
    db["statement_tags"].insert_all([{"statement_id": 10, "tag": "freedom"}, {"statement_id": 30, "tag": "peace"}])
    db.conn.close()


def test_an_older_corpus_upgrades_without_losing_rows_and_finds_the_same(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_corpus(path)
    before = Database(path)
    rows = before.execute("SELECT id, source_id, position, text, original_text, lang, uid FROM statements "
                          "ORDER BY id").fetchall()
    tags = before.execute("SELECT statement_id, tag FROM statement_tags ORDER BY 1, 2").fetchall()
    before.conn.close()
    with Corpus(path) as corpus:
        assert corpus.db.execute("SELECT id, source_id, position, text, original_text, lang, uid FROM statements "
                                 "ORDER BY id").fetchall() == rows
        assert corpus.db.execute("SELECT statement_id, tag FROM statement_tags ORDER BY 1, 2").fetchall() == tags
        columns = {c[1] for c in corpus.db.execute("PRAGMA table_info(statements)")}
        assert "search_text" not in columns and "search_source" not in columns
        assert _index_is_whole(corpus)
        assert _found(corpus, "свобода") == {10}  # a lemma, through the stored word forms
        assert _found(corpus, "right") == {20}
        assert _found(corpus, "כיבוש") == {30}
        assert _found(corpus, "ميزانية") == {40}
        assert _found(corpus, '"military occupation"') == {50}
        assert _found(corpus, "Petrenko") == {10, 20}  # through the source, stored once with it
        assert _found(corpus, "світ правди") == {10}  # a word of the title and one of the statement


def test_the_index_follows_edits_deletes_and_a_source_renamed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_corpus(path)
    with Corpus(path) as corpus:
        corpus.edit_statement(20, "Tenants' unions")
        assert _found(corpus, "union") == {20} and _found(corpus, "right") == set()
        corpus.update_source(1, {"title": "Лист солідарності", "authors": ["Taras Shevchenko"]})
        assert _found(corpus, "Shevchenko") == {10, 20} and _found(corpus, "Petrenko") == set()
        assert _found(corpus, "солідарність") == {10, 20}
        snapshot = corpus.statement_snapshot(30)
        corpus.delete_statement(30)
        assert _found(corpus, "כיבוש") == set()
        corpus.restore_statement(*snapshot)
        assert _found(corpus, "כיבוש") == {30}
        new = corpus.add_statement("Свобода зібрань", source_id=2)
        assert _found(corpus, "свобода") == {10, new} and _found(corpus, "הארץ") >= {new}
        assert _index_is_whole(corpus)


def test_a_source_added_without_its_words_gets_them(empty_corpus: Corpus) -> None:
    """Rows written by other code (a bundle, a script) still index their source's title, outlet and authors."""
    source_id = empty_corpus.db["sources"].insert(
        {"title": "Letter", "outlet": "Hromadske", "authors": '["Ольга Петренко"]', "content_hash": "x"}).last_pk
    statement = empty_corpus.add_statement("We stand together.", source_id=source_id)
    assert _found(empty_corpus, "Hromadske") == {statement}
    assert _found(empty_corpus, "Петренко together") == {statement}
    assert _index_is_whole(empty_corpus)
