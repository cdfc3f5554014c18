"""Two organisers exchange bundles both ways: their corpora converge; edits travel; conflicts are kept, not lost."""

from __future__ import annotations

from pathlib import Path

from organiser.corpus.store import Corpus
from organiser.flyers.storage import get_flyer, save_flyer
from organiser.sharing.export import export_bundle
from organiser.sharing.merge import import_bundle
from tests.sharing.conftest import snapshot


def exchange(a: Corpus, b: Corpus, folder: Path, n: int) -> tuple[str, str]:
    """A → B, then B → A; the two summary lines."""
    ab, ba = folder / f"a{n}.organiser", folder / f"b{n}.organiser"
    export_bundle(a, ab, shared_by="Group A")
    first = import_bundle(b, ab).line()
    export_bundle(b, ba, shared_by="Group B")
    second = import_bundle(a, ba).line()
    return first, second


def test_two_corpora_converge_after_exchanging_both_ways(corpus_a: Corpus, corpus_b: Corpus, tmp_path: Path) -> None:
    before_a = snapshot(corpus_a)
    first, second = exchange(corpus_a, corpus_b, tmp_path, 1)
    assert "shared by Group A" in first and " 0 conflicts" in first
    assert snapshot(corpus_a) == snapshot(corpus_b)
    merged = snapshot(corpus_a)
    assert len(merged["sources"]) == 2 and merged["images"] == before_a["images"]
    assert {s[1] for s in before_a["statements"]} <= {s[1] for s in merged["statements"]}
    # The flyer's quote points at B's own copy of the statement (same uid), not at A's local id.
    (flyer,) = [f for f in snapshot(corpus_b)["flyers"] if f[1] == "Leaflet A"]
    assert flyer[3][0][0] is not None
    # A second exchange changes nothing.
    first, second = exchange(corpus_a, corpus_b, tmp_path, 2)
    assert "0 added, 0 updated" in first and "0 added, 0 updated" in second
    assert snapshot(corpus_a) == merged == snapshot(corpus_b)


def test_an_edit_travels_and_a_later_edit_of_it_travels_back(corpus_a: Corpus, corpus_b: Corpus,
                                                             tmp_path: Path) -> None:
    exchange(corpus_a, corpus_b, tmp_path, 1)
    statement = corpus_a.statements()[0]
    corpus_a.edit_statement(statement.id, statement.text + " (edited by A)")
    first, _ = exchange(corpus_a, corpus_b, tmp_path, 2)
    assert "1 updated" in first and "0 conflicts" in first
    assert snapshot(corpus_a) == snapshot(corpus_b)
    uid = corpus_a.db.execute("SELECT uid FROM statements WHERE id = ?", [statement.id]).fetchone()[0]
    b_id = corpus_b.db.execute("SELECT id FROM statements WHERE uid = ?", [uid]).fetchone()[0]
    corpus_b.edit_statement(b_id, statement.text + " (edited by A, then B)")
    _, second = exchange(corpus_a, corpus_b, tmp_path, 3)
    assert "1 updated" in second and "0 conflicts" in second
    assert corpus_a.statement(statement.id).text.endswith("then B)")
    assert snapshot(corpus_a) == snapshot(corpus_b)


def test_conflicting_edits_keep_both_marked_on_both_sides(corpus_a: Corpus, corpus_b: Corpus, tmp_path: Path) -> None:
    exchange(corpus_a, corpus_b, tmp_path, 1)
    statement = corpus_a.statements()[0]
    uid = corpus_a.db.execute("SELECT uid FROM statements WHERE id = ?", [statement.id]).fetchone()[0]
    b_id = corpus_b.db.execute("SELECT id FROM statements WHERE uid = ?", [uid]).fetchone()[0]
    corpus_a.edit_statement(statement.id, "Version written by A.")
    corpus_b.edit_statement(b_id, "Version written by B.")
    first, second = exchange(corpus_a, corpus_b, tmp_path, 2)
    assert "1 conflicts" in first and "1 conflicts" in second
    for corpus in (corpus_a, corpus_b):
        texts = {s.text: s.tags for s in corpus.statements()}
        assert "conflict" in texts["Version written by A."] and "conflict" in texts["Version written by B."]
        copy = corpus.db.execute("SELECT conflict_of FROM statements WHERE conflict_of IS NOT NULL").fetchall()
        assert copy == [(uid,)]
    texts_a = sorted(s.text for s in corpus_a.statements())
    assert texts_a == sorted(s.text for s in corpus_b.statements())
    # Exchanging again adds no further copies.
    first, second = exchange(corpus_a, corpus_b, tmp_path, 3)
    assert "0 added" in first and "0 conflicts" in first and "0 conflicts" in second


def test_a_flyer_edited_on_both_sides_is_kept_twice(corpus_a: Corpus, corpus_b: Corpus, tmp_path: Path) -> None:
    from dataclasses import replace

    exchange(corpus_a, corpus_b, tmp_path, 1)
    a_id = corpus_a.db.execute("SELECT id FROM flyers WHERE title = 'Leaflet A'").fetchone()[0]
    b_id = corpus_b.db.execute("SELECT id FROM flyers WHERE title = 'Leaflet A'").fetchone()[0]
    save_flyer(corpus_a, replace(get_flyer(corpus_a, a_id), lang="uk"))
    save_flyer(corpus_b, replace(get_flyer(corpus_b, b_id), lang="ar"))
    first, second = exchange(corpus_a, corpus_b, tmp_path, 2)
    assert "1 conflicts" in first and "1 conflicts" in second
    for corpus, other in ((corpus_a, "Group B"), (corpus_b, "Group A")):
        assert sorted(f.title for f in corpus.list_flyers()) == ["Leaflet A", f"Leaflet A (conflict: from {other})"]
    assert sorted(get_flyer(corpus_a, f.id).lang for f in corpus_a.list_flyers()) == ["ar", "uk"]
    assert sorted(get_flyer(corpus_b, f.id).lang for f in corpus_b.list_flyers()) == ["ar", "uk"]
    first, second = exchange(corpus_a, corpus_b, tmp_path, 3)
    assert "0 added" in first and "0 added" in second and len(corpus_a.list_flyers()) == 2


def test_provenance_and_the_import_log(corpus_a: Corpus, corpus_b: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "a.organiser"
    export_bundle(corpus_a, path, shared_by="Ukraine Information Group")
    summary = import_bundle(corpus_b, path)
    assert summary.added > 0 and summary.images == 1
    rows = corpus_b.db.execute("SELECT shared_by, shared_at FROM statements WHERE shared_by IS NOT NULL").fetchall()
    assert rows and all(by == "Ukraine Information Group" and at == summary.shared_at for by, at in rows)
    (log,) = corpus_b.db.query("SELECT * FROM bundle_imports")
    assert log["file_name"] == "a.organiser" and log["added"] == summary.added


def test_choosing_a_flyer_brings_its_quotes_sources_and_images_only(corpus_a: Corpus, corpus_b: Corpus,
                                                                    tmp_path: Path) -> None:
    flyer_id = corpus_a.db.execute("SELECT id FROM flyers WHERE title = 'Leaflet A'").fetchone()[0]
    path = tmp_path / "one.organiser"
    summary = export_bundle(corpus_a, path, flyer_ids=[flyer_id])
    assert (summary.flyers, summary.statements, summary.sources, summary.images) == (1, 1, 1, 1)
    import_bundle(corpus_b, path)
    assert "A statement the organiser wrote by hand, with no source." not in {s.text for s in corpus_b.statements()}


def test_choosing_a_source_brings_its_statements(corpus_a: Corpus, tmp_path: Path) -> None:
    source = corpus_a.sources()[0]
    path = tmp_path / "src.organiser"
    summary = export_bundle(corpus_a, path, source_ids=[source.id])
    assert (summary.sources, summary.flyers) == (1, 0)
    assert summary.statements == source.statement_count


def test_rows_made_after_the_migration_get_a_uid_when_shared(corpus_a: Corpus, tmp_path: Path) -> None:
    assert corpus_a.db.execute("SELECT count(*) FROM statements WHERE uid IS NULL").fetchone()[0] > 0
    export_bundle(corpus_a, tmp_path / "x.organiser")
    uids = [r[0] for r in corpus_a.db.execute("SELECT uid FROM statements")]
    assert None not in uids and len(set(uids)) == len(uids)


def test_the_migration_gives_existing_rows_stable_uids(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from organiser.corpus.migrations import corpus_migrations

    path = tmp_path / "old.db"
    db = Database(path)
    corpus_migrations.apply(db, stop_before="m006_global_ids")  # a corpus from before global ids
    db["sources"].insert({"id": 1, "title": "t", "content_hash": "h"})
    db["statements"].insert_all({"id": i, "source_id": 1, "text": f"s{i}", "search_text": f"s{i}"} for i in range(5))
    db["flyers"].insert({"id": 1, "title": "f", "data": "{}"})
    db.conn.close()
    with Corpus(path) as corpus:
        uids = [r[0] for r in corpus.db.execute(
            "SELECT uid FROM sources UNION ALL SELECT uid FROM statements UNION ALL SELECT uid FROM flyers")]
        names = [r[0] for r in corpus.db.execute("SELECT name FROM _sqlite_migrations")]
    assert len(uids) == 7 and len(set(uids)) == 7
    assert all(len(u) == 36 and u[14] == "4" and u[19] in "89ab" for u in uids)
    assert names[-4:] == ["m006_global_ids", "m007_images", "m008_compact_index", "m009_source_ocr_index"]
    with Corpus(path) as corpus:  # stable: opening again changes nothing
        assert [r[0] for r in corpus.db.execute(
            "SELECT uid FROM sources UNION ALL SELECT uid FROM statements UNION ALL SELECT uid FROM flyers")] == uids
