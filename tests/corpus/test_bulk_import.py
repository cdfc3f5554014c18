"""Many documents stored in few transactions: every statement stored once, and search right over all of them."""

from __future__ import annotations

import random

import pytest

from organiser.corpus import storing
from organiser.corpus.importers.document import ImportedDocument, Section
from organiser.corpus.store import Corpus

COMMON = {"en": ["the", "people", "march"], "uk": ["люди", "свобода", "війна"]}
RARE = {"en": "zanzibarite", "uk": "свободолюбний"}


def _documents(n_sources: int, per_source: int) -> list[ImportedDocument]:
    rng = random.Random(3)
    docs = []
    for source in range(n_sources):
        lang = "en" if source % 2 else "uk"
        texts = []
        for i in range(per_source):
            words = [rng.choice(COMMON[lang]) for _ in range(8)] + [f"w{source}x{i}"]
            if (source * per_source + i) % 97 == 5:
                words.append(RARE[lang])
            texts.append(" ".join(words).capitalize() + ".")
        title = f"Report {source}"
        docs.append(ImportedDocument(
            title=title, outlet="Hromadske" if source == 3 else "Bench", authors=[], date="2024-01-01", url=None,
            languages=[lang], rights=None, original_name=f"s{source}.txt", content_hash=f"hash{source}",
            full_text="\n\n".join(texts),
            sections=[Section("heading", title, 1), *(Section("statement", t) for t in texts)],
        ))
    return docs


@pytest.fixture
def bulk(empty_corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> Corpus:
    monkeypatch.setattr(storing, "BATCH_STATEMENTS", 700)  # several batches, one cut inside a document
    docs = _documents(40, 60)
    outcomes = empty_corpus.import_documents([(d.original_name, d) for d in docs] + [("again.txt", docs[0])])
    assert [o.status for o in outcomes] == ["imported"] * 40 + ["duplicate"]
    return empty_corpus


def test_every_statement_is_stored_once_in_order(bulk: Corpus) -> None:
    assert bulk.db.execute("SELECT count(*) FROM statements").fetchone()[0] == 40 * 60
    assert [s.text.split()[-1] for s in bulk.statements(limit=3)] == ["w0x0.", "w0x1.", "w0x2."]
    assert bulk.languages() == ["en", "uk"]
    bulk.db.execute("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)")


def test_a_rare_word_finds_exactly_the_statements_that_hold_it(bulk: Corpus) -> None:
    for lang, word in RARE.items():
        holding = {r[0] for r in bulk.db.execute("SELECT id FROM statements WHERE text LIKE ?", [f"% {word}.%"])}
        assert holding and {h.statement.id for h in bulk.search(word, limit=100, prefix_last=False)} == holding, lang


def test_a_common_word_gives_the_limit_of_statements_that_hold_it_exact_ones_first(bulk: Corpus) -> None:
    hits = bulk.search("people", limit=20, prefix_last=False)
    assert len(hits) == 20 and all("people" in h.statement.text.lower() for h in hits)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits) and all(h.rank < 2 for h in hits)


def test_a_word_form_absent_from_the_text_finds_its_other_forms(bulk: Corpus) -> None:
    hits = bulk.search("свободи", limit=20, prefix_last=False)  # only "свобода" is in the texts
    assert len(hits) == 20 and all("свобода" in h.statement.text.lower() for h in hits)
    assert all(2 <= h.rank < 3 for h in hits)


def test_an_outlet_finds_the_statements_of_its_source(bulk: Corpus) -> None:
    hits = bulk.search("Hromadske", limit=100, prefix_last=False)
    assert {h.statement.source.title for h in hits} == {"Report 3"} and len(hits) == 60
