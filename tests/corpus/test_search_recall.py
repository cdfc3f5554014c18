"""Search recall of at least 0.9 per language on real documents (shared/real-docs, read where it lies).

The queries and the word forms each one must find are in ``recall_cases``; ``bench/search_recall.py`` prints the
same measurement as a table.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from organiser.corpus.store import Corpus
from tests.corpus.recall_cases import (
    LANGS,
    build_corpus,
    measure,
    oracle_fold,
    oracle_words,
    real_docs_folder,
    recall_by_language,
)

FOLDER = real_docs_folder()
pytestmark = pytest.mark.skipif(FOLDER is None, reason="shared/real-docs is not next to the repository")


@pytest.fixture(scope="module")
def real_corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    assert FOLDER is not None
    corpus = Corpus(tmp_path_factory.mktemp("real") / "real.db")
    build_corpus(corpus, FOLDER)
    yield corpus
    corpus.close()


@pytest.fixture(scope="module")
def recall(real_corpus: Corpus) -> dict[str, float]:
    return recall_by_language(measure(real_corpus))


@pytest.mark.parametrize("lang", LANGS)
def test_recall_is_at_least_nine_tenths(recall: dict[str, float], lang: str) -> None:
    assert recall[lang] >= 0.9


def _texts(corpus: Corpus, query: str) -> list[str]:
    return [h.statement.text for h in corpus.search(query, limit=1000, prefix_last=False)]


@pytest.mark.parametrize(
    ("query", "forms"),
    [
        ("זכויות", {"בזכויות", "שזכויות"}),
        ("חוק", {"החוק"}),
        ("свобода", {"свободи"}),
        ("Крим", {"криму"}),
        ("окупація", {"окупації"}),
        ("right", {"rights"}),
        ("guns", {"gun"}),
        ("sanction", {"sanctions"}),
        ("Obama's", {"obama"}),
        ("كرامة", {"بالكرامه"}),
    ],
)
def test_the_reported_misses_are_found(real_corpus: Corpus, query: str, forms: set[str]) -> None:
    found = set().union(*(oracle_words(t) for t in _texts(real_corpus, query)))
    assert {oracle_fold(f) for f in forms} <= found


def test_a_title_with_niqqud_finds_the_poem(real_corpus: Corpus) -> None:
    """The Ben-Yehuda poem's title (בַּלַּיְלָה בָּא הַמְבַשֵּׂר) is in none of its lines."""
    hits = real_corpus.search("מבשר", limit=100, prefix_last=False)
    poem = [h for h in hits if "מְבַשֵּׂר" in (h.statement.source.title or "")]
    assert len(poem) >= 10 and all(h.rank >= 3 for h in poem)


def test_phrases_on_real_text(real_corpus: Corpus) -> None:
    hits = real_corpus.search('"human rights"', limit=1000, prefix_last=False)
    in_text = [h.statement.text for h in hits if h.rank < 3]
    assert in_text and all("human right" in t.lower() for t in in_text)
    # the rest come from sources titled with the phrase (the Universal Declaration of Human Rights)
    assert all("human right" in (h.statement.source.title or "").lower() for h in hits if h.rank >= 3)
    words_apart = real_corpus.search("human rights", limit=1000, prefix_last=False)
    assert len([h for h in words_apart if h.rank < 3]) > len(in_text)

