"""Corpus benchmarks: seed import, bulk import of generated files, search and open on a 100k corpus.

Run: .venv/bin/python bench/corpus.py [--statements 100000] [--files 1000]
Prints one line per figure with its target.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from organiser.corpus import normalise  # noqa: E402
from organiser.corpus.store import Corpus  # noqa: E402
from organiser.flyers.seeding import seed_files  # noqa: E402

WORDS = {
    "en": (
        "the people solidarity occupation war peace freedom workers union letter movement resist justice land "
        "rights city children bombing ceasefire march support international democracy "
    ).split(),
    "uk": (
        "люди солідарність окупація війна мир свобода робітники спілка лист рух опір справедливість земля "
        "права місто діти бомбардування перемир'я марш підтримка міжнародний демократія їжа ґанок "
    ).split(),
    "ar": (
        "الناس التضامن الاحتلال الحرب السلام الحرية العمال النقابة رسالة الحركة المقاومة العدالة الأرض الحقوق "
        "المدينة الأطفال القصف وقف إطلاق النار مسيرة الدعم الدولي الديمقراطية "
    ).split(),
    "he": (
        "אנשים סולידריות כיבוש מלחמה שלום חופש עובדים איגוד מכתב תנועה התנגדות צדק אדמה זכויות עיר ילדים "
        "הפצצה הפסקת אש צעדה תמיכה בינלאומי דמוקרטיה "
    ).split(),
}
RARE = "zanzibarite"


def sentence(rng: random.Random, lang: str, n_chars: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < n_chars:
        words.append(rng.choice(WORDS[lang]))
    return " ".join(words).capitalize() + "."


def timed(fn, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, ms: float, target_ms: float) -> None:
    ok = "ok" if ms < target_ms else "OVER TARGET"
    print(f"{name:<58} {ms:9.1f} ms   (target < {target_ms:g} ms) {ok}")


def bench_seed_import(tmp: Path) -> None:
    path = tmp / "seeds.db"
    ms = timed(lambda: Corpus(path).import_paths(seed_files()))[0]
    report("import of the five seeds (cold process, incl. schema)", ms, 1000)


def bench_bulk_import(tmp: Path, n_files: int) -> None:
    rng = random.Random(1)
    folder = tmp / "files"
    folder.mkdir()
    langs = list(WORDS)
    for i in range(n_files):
        lang = langs[i % 4]
        paras = [f"Title {i} {lang}"] + [sentence(rng, lang, 330) for _ in range(30)]
        (folder / f"doc{i:04}.txt").write_text("\n\n".join(paras), encoding="utf-8")
    corpus = Corpus(tmp / "bulk.db")
    ms = timed(lambda: corpus.import_paths([folder]))[0]
    report(f"import of {n_files} generated ~10 KB files, 4 scripts", ms, 10_000)
    corpus.close()


OUTLETS = ("Kyiv Post", "Al Quds", "Haaretz", "Guardian", "Ukrainska Pravda", "Mada Masr", "Sikha Mekomit",
           "Morning Star", "Hromadske", "Electronic Intifada")
PER_SOURCE = 100  # statements per source: a long article or report


def build_big_corpus(path: Path, n: int) -> None:
    """n statements in 4 scripts from n/100 sources of 10 outlets, indexed as the store indexes them (FTS
    triggers on insert); prints the time of the indexing and inserting alone."""
    rng = random.Random(2)
    corpus = Corpus(path)
    langs = list(WORDS)
    texts = []
    for i in range(n):
        text = sentence(rng, langs[i % 4], 300)
        texts.append(text + " " + RARE if i % 20_000 == 7 else text)
    start = time.perf_counter()
    with corpus.db.atomic():
        rows = []
        for first in range(0, n, PER_SOURCE):
            number = first // PER_SOURCE
            title, outlet, authors = f"Report {number}", OUTLETS[number % len(OUTLETS)], [f"Author {number % 50}"]
            source_id = corpus.db["sources"].insert({"title": title, "outlet": outlet, "content_hash": f"gen{number}",
                                                     "authors": json.dumps(authors)}).last_pk
            source_form = normalise.source_form(title, outlet, authors)
            rows.extend(
                {"source_id": source_id, "position": i - first, "text": texts[i], "original_text": texts[i],
                 "lang": langs[i % 4], "edited": 0, **normalise.search_columns(texts[i]), "search_source": source_form}
                for i in range(first, min(n, first + PER_SOURCE))
            )
        corpus.db["statements"].insert_all(rows, batch_size=5000)
    seconds = time.perf_counter() - start
    print(f"{f'index build: {n:,} statements (word forms + FTS insert)':<58} {seconds:9.1f} s")
    corpus.close()


def bench_reindex(path: Path, n: int) -> None:
    """What the m004 migration does to an existing corpus: recompute every statement's columns, rebuild the FTS."""
    from sqlite_utils import Database

    from organiser.corpus.word_index import reindex_statements

    db = Database(path)
    start = time.perf_counter()
    with db.atomic():
        statements = db.table("statements")
        statements.disable_fts()
        reindex_statements(db)
        statements.enable_fts(["search_text", "search_forms", "search_source"], fts_version="FTS5",
                              create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    print(f"{f're-index {n:,} statements (migration m004)':<58} {time.perf_counter() - start:9.1f} s")
    db.conn.close()


def bench_word_forms() -> None:
    """Cold word-form analysis of distinct words: what a new vocabulary costs at import, per script."""
    from organiser.corpus import word_forms

    words: dict[str, set[str]] = {}
    for folder in (Path(__file__).resolve().parents[2] / "shared" / "real-docs").glob("*"):
        for file in folder.glob("*.txt"):
            try:
                text = file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            for token in normalise.tokens(text):
                words.setdefault(word_forms.script(token), set()).add(token)
    for kind in ("latin", "cyrillic", "hebrew", "arabic"):
        distinct = sorted(words.get(kind, ()))
        if not distinct:
            continue
        word_forms.index_forms.cache_clear()
        start = time.perf_counter()
        for token in distinct:
            word_forms.index_forms(token)
        us = (time.perf_counter() - start) / len(distinct) * 1e6
        print(f"{f'word forms, {kind}: {len(distinct):,} distinct words (cold)':<58} {us:9.1f} µs a word")


def bench_search(path: Path, n: int) -> None:
    start = time.perf_counter()
    corpus = Corpus(path)
    corpus.search("x")  # first query pages the index in
    open_ms = (time.perf_counter() - start) * 1000
    report(f"open a {n:,}-statement corpus and run a first query", open_ms, 200)
    for label, query, prefix, target in (
        ("rare term, top 20", RARE, False, 2),
        ("commonest term (en 'the'), top 20", "the", False, 15),
        ("commonest term (ar 'الاحتلال' via stem), top 20", "الاحتلال", False, 15),
        ("commonest term (uk 'люди'), top 20", "люди", False, 15),
        ("as-you-type prefix 'sol*', top 50", "sol", True, 30),
        ("common word in another form only (en 'freedoms'), top 20", "freedoms", False, 15),
        ("common word in another form only (uk 'свободи'), top 20", "свободи", False, 15),
        ("Hebrew word with a prefix (he 'והכיבוש'), top 20", "והכיבוש", False, 15),
        ("phrase of two common words, top 20", '"freedom workers"', False, 30),
        ("phrase that is rare as a phrase, top 20", '"ceasefire freedom march"', False, 30),
        ("an outlet's name: 10% match only through their source, top 20", "Hromadske", False, 15),
    ):
        times = timed(lambda q=query, p=prefix: corpus.search(q, limit=20 if not p else 50, prefix_last=p), 21)
        report(f"search: {label} (median of 21)", statistics.median(times), target)
    corpus.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_seed_import(tmp)
        bench_bulk_import(tmp, args.files)
        bench_word_forms()
        big = tmp / "big.db"
        build_big_corpus(big, args.statements)
        bench_search(big, args.statements)
        bench_reindex(big, args.statements)


if __name__ == "__main__":
    main()
