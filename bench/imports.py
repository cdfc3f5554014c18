"""Import benchmarks: seed import, bulk import of generated files, cold word-form analysis per script.

Run: .venv/bin/python bench/imports.py [--files 1000]
The corpus at scale (search, open, window, index size) is measured by bench/corpus.py.
Prints one line per figure with its target.
"""

from __future__ import annotations

import argparse
import random
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bench_seed_import(tmp)
        bench_bulk_import(tmp, args.files)
        bench_word_forms()


if __name__ == "__main__":
    main()
