"""Search recall per language on the real documents in shared/real-docs (queries: tests/corpus/recall_cases.py).

Run: .venv/bin/python bench/search_recall.py [--queries]
Prints recall per language (target >= 0.9) and, with --queries, one line per query.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from organiser.corpus.store import Corpus  # noqa: E402
from tests.corpus.recall_cases import build_corpus, measure, real_docs_folder, recall_by_language  # noqa: E402

TARGET = 0.9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", action="store_true", help="one line per query")
    args = parser.parse_args()
    folder = real_docs_folder()
    if folder is None:
        sys.exit("shared/real-docs is not next to the repository (or set ORGANISER_REAL_DOCS)")
    with tempfile.TemporaryDirectory() as d:
        corpus = Corpus(Path(d) / "real.db")
        start = time.perf_counter()
        build_corpus(corpus, folder)
        print(f"(imported {corpus.db['statements'].count} statements in {time.perf_counter() - start:.1f} s)")
        results = measure(corpus)
        corpus.close()
    if args.queries:
        for r in results:
            print(f"  {r.lang}  {r.query:<14} found {r.found:>3} of {r.expected:>3}   "
                  f"also found: {r.via_source:>3} through the source, {r.other:>3} other")
    print(f"{'language':<10}{'queries':>8}{'expected':>10}{'found':>8}{'recall':>8}")
    for lang, recall in recall_by_language(results).items():
        rows = [r for r in results if r.lang == lang]
        ok = "ok" if recall >= TARGET else "UNDER TARGET"
        print(f"{lang:<10}{len(rows):>8}{sum(r.expected for r in rows):>10}{sum(r.found for r in rows):>8}"
              f"{recall:>8.2f}   (target >= {TARGET}) {ok}")


if __name__ == "__main__":
    main()
