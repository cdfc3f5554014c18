"""The corpus store: seeding, import transactions, statements, tags, edits, search and filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.corpus.search import SearchFilters
from organiser.corpus.store import Corpus
from organiser.flyers.seeding import seed_files
from organiser.flyers.storage import comparisons, get_flyer, save_flyer


def _counts(corpus: Corpus) -> tuple[int, int]:
    return (corpus.db["sources"].count, corpus.db["statements"].count)


def test_first_use_imports_the_five_seeds_and_the_chart(seeded_corpus: Corpus):
    sources = seeded_corpus.sources()
    assert len(sources) == 5 == len(seed_files())
    assert all(s.statement_count > 0 for s in sources)
    (_, source_id, table), = comparisons(seeded_corpus)
    chart_source = seeded_corpus.source(source_id)
    assert chart_source.original_name == "001_638a73a9e81ceb02.txt"
    assert table.subjects == ("Israel in Palestine", "Russia in Ukraine")
    assert [c.label for c in table.criteria][:2] == ["Invasion and occupation?", "Settler colonial?"]
    assert len(table.criteria) == 6 and all(len(c.cells) == 2 for c in table.criteria)
    genocide = next(c for c in table.criteria if c.label == "Genocide?")
    assert genocide.cells[1].verdict == "arguably"


def test_boilerplate_is_kept_with_the_source_but_not_offered(seeded_corpus: Corpus):
    texts = " ".join(s.text for s in seeded_corpus.statements())
    for debris in ("donating", "All rights reserved", "inc_notes_dist", "Israel in PalestineRussia"):
        assert debris not in texts
    iv = next(s for s in seeded_corpus.sources() if s.original_name == "000_efb192165b78f785.txt")
    kept = " ".join(part["text"] for part in seeded_corpus.source_structure(iv.id))
    assert "All rights reserved" in kept


def test_reimporting_the_same_content_does_not_duplicate(seeded_corpus: Corpus):
    before = _counts(seeded_corpus)
    outcomes = seeded_corpus.import_paths(seed_files())
    assert {o.status for o in outcomes} == {"duplicate"}
    assert _counts(seeded_corpus) == before


def test_a_rejected_file_leaves_the_corpus_unchanged_and_others_import(empty_corpus: Corpus, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A title\n\nFirst paragraph of a letter.\n\nSecond paragraph.\n", "utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (folder / "empty.md").write_text("", "utf-8")
    outcomes = {Path(o.path).name: o for o in empty_corpus.import_paths([folder])}
    assert outcomes["good.txt"].status == "imported"
    assert outcomes["bad.txt"].status == "rejected" and outcomes["bad.txt"].reason
    assert outcomes["empty.md"].status == "rejected"
    assert _counts(empty_corpus) == (1, outcomes["good.txt"].statements)


def test_editing_keeps_the_original_and_reindexes(seeded_corpus: Corpus):
    statement = seeded_corpus.search("Vyhovsky")[0].statement
    seeded_corpus.edit_statement(statement.id, "Occupation is a crime, from Kherson to Khan Younis.")
    edited = seeded_corpus.statement(statement.id)
    assert edited.edited and edited.original_text == statement.text
    assert [h.statement.id for h in seeded_corpus.search("Khan Younis")] == [statement.id]


def test_user_statement_without_source_tags_and_filters(empty_corpus: Corpus):
    uk = empty_corpus.add_statement("Окупація — це злочин, від України до Палестини.", tags=["slogan"])
    ar = empty_corpus.add_statement("الاحتلال جريمة من أوكرانيا إلى فلسطين")
    he = empty_corpus.add_statement("הכיבוש הוא פשע")
    empty_corpus.tag(ar, ["slogan", "arabic"])
    assert empty_corpus.statement(uk).lang == "uk"
    assert empty_corpus.statement(ar).lang == "ar"
    assert empty_corpus.statement(he).lang == "he"
    assert empty_corpus.statement(uk).source.id is None
    assert {s.id for s in empty_corpus.statements(SearchFilters(tag="slogan"))} == {uk, ar}
    assert [s.id for s in empty_corpus.statements(SearchFilters(lang="he"))] == [he]
    assert ("slogan", 2) in empty_corpus.tags()


def test_search_is_diacritic_and_prefix_insensitive_in_every_script(empty_corpus: Corpus):
    ar = empty_corpus.add_statement("نطالب بزيادة الميزانيةِ للتعليم وبالميزانية للصحة")
    he = empty_corpus.add_statement("שָׁלוֹם לכל העמים")
    uk = empty_corpus.add_statement("Солідарність з Україною та Палестиною")
    en = empty_corpus.add_statement("The café workers' union signed the letter.")
    assert [h.statement.id for h in empty_corpus.search("ميزانية")] == [ar]
    assert [h.statement.id for h in empty_corpus.search("مِيزَانِيَّة")] == [ar]
    assert [h.statement.id for h in empty_corpus.search("שלום")] == [he]
    assert [h.statement.id for h in empty_corpus.search("СОЛІДАРНІСТЬ")] == [uk]
    assert [h.statement.id for h in empty_corpus.search("cafe")] == [en]
    hit = empty_corpus.search("ميزانية")[0]
    marked = [hit.snippet[a:b] for a, b in hit.spans]
    assert "الميزانيةِ" in marked and "وبالميزانية" in marked


def test_any_user_input_is_a_valid_query(seeded_corpus: Corpus):
    for query in ('budget-housing', '"', 'NEAR(', 'a AND OR', '*', "'; DROP TABLE statements; --", "(", ""):
        seeded_corpus.search(query)
    assert seeded_corpus.db["statements"].count > 0


def test_search_ranks_and_filters_by_date_and_source(seeded_corpus: Corpus):
    hits = seeded_corpus.search("occupation")
    assert hits and all("occupation" in h.statement.text.lower() for h in hits[:5])
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)
    old = seeded_corpus.search("occupation", SearchFilters(date_to="2022-12-31"))
    assert old and all(h.statement.source.date <= "2022-12-31" for h in old)
    src = hits[0].statement.source.id
    assert all(h.statement.source.id == src for h in seeded_corpus.search("occupation", SearchFilters(source_id=src)))


def test_flyers_round_trip_through_the_corpus(empty_corpus: Corpus):
    from organiser.flyers.model import Flyer, Headline

    flyer_id = save_flyer(empty_corpus, Flyer("Stop the war", (Headline("b1", "Stop the war"),)))
    flyer = get_flyer(empty_corpus, flyer_id)
    assert flyer.id == flyer_id and flyer.blocks == (Headline("b1", "Stop the war"),)
    assert [f.title for f in empty_corpus.list_flyers()] == ["Stop the war"]
    empty_corpus.delete_flyer(flyer_id)
    assert empty_corpus.list_flyers() == []


def test_a_large_folder_is_read_on_every_core_in_order_and_can_be_cancelled(empty_corpus: Corpus, tmp_path: Path):
    from organiser.corpus.reading import PARALLEL_FROM

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_FROM + 5):
        (folder / f"letter{i:03}.txt").write_text(f"Letter {i}\n\nWe stand with the workers of city {i}.\n", "utf-8")
    (folder / "letter020.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    outcomes = empty_corpus.import_paths([folder])
    assert [Path(o.path).name for o in outcomes] == sorted(p.name for p in folder.iterdir())
    assert [o.status for o in outcomes].count("rejected") == 1 and outcomes[20].status == "rejected"
    assert empty_corpus.db.table("sources").count == PARALLEL_FROM + 4

    other = Corpus(tmp_path / "other.db")
    seen: list[int] = []
    stopped = other.import_paths([folder], progress=lambda done, total: seen.append(done),
                                 should_cancel=lambda: len(seen) >= 5)
    assert len(stopped) == 5 and other.db.table("sources").count == 5
    other.close()


def test_a_nested_write_is_a_savepoint_of_the_outer_one(empty_corpus) -> None:  # type: ignore[no-untyped-def]
    with empty_corpus.write():
        first = empty_corpus.add_statement("Solidarity across borders.")
        with pytest.raises(ValueError), empty_corpus.write():
            empty_corpus.add_statement("Rolled back with its savepoint.")
            raise ValueError("undo the inner part only")
    texts = [s.text for s in empty_corpus.statements()]
    assert texts == ["Solidarity across borders."] and empty_corpus.statement(first)
