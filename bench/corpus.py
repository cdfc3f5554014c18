"""Corpus benchmarks: seed import, bulk import of generated files, search and open on a 100k corpus.

Run: .venv/bin/python bench/corpus.py [--statements 100000] [--files 1000]
Prints one line per figure with its target.
"""

from __future__ import annotations

import argparse
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


def build_big_corpus(path: Path, n: int) -> None:
    rng = random.Random(2)
    corpus = Corpus(path)
    langs = list(WORDS)
    with corpus.db.atomic():
        source_id = corpus.db["sources"].insert({"title": "Generated", "content_hash": "gen"}).last_pk
        rows = []
        for i in range(n):
            lang = langs[i % 4]
            text = sentence(rng, lang, 300)
            if i % 20_000 == 7:
                text += " " + RARE
            rows.append({"source_id": source_id, "position": i, "text": text, "original_text": text,
                         "lang": lang, "edited": 0, "search_text": normalise.index_form(text)})
        corpus.db["statements"].insert_all(rows, batch_size=5000)
    corpus.close()


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
        big = tmp / "big.db"
        start = time.perf_counter()
        build_big_corpus(big, args.statements)
        print(f"(generated {args.statements:,} statements in {time.perf_counter() - start:.1f} s)")
        bench_search(big, args.statements)


if __name__ == "__main__":
    main()
