"""The sample corpus shipped in ``seeds/``: imported on first use so the app is useful the moment it opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from organiser.assets import seeds_dir
from organiser.corpus.store import Corpus
from organiser.flyers.model import Cell, ComparisonTable, Criterion
from organiser.flyers.storage import add_comparison


def seed_files() -> list[Path]:
    return sorted(seeds_dir().glob("*.txt"))


def chart_from_seed(data: dict[str, Any]) -> ComparisonTable:
    """A seed chart file (``*.chart.json``) as a comparison table."""
    return ComparisonTable(
        title=data["title"],
        subjects=tuple(data["subjects"]),
        criteria=tuple(
            Criterion(c["label"], tuple(Cell(cell["text"], cell.get("verdict")) for cell in c["cells"]))
            for c in data["criteria"]
        ),
        criterion_heading=data.get("criterion_heading", ""),
    )


def import_seeds(corpus: Corpus) -> None:
    """Import every seed text and link each seed chart to the source it was read from."""
    outcomes = corpus.import_paths(seed_files())
    by_name = {Path(o.path).name: o.source_id for o in outcomes if o.source_id is not None}
    for chart_file in sorted(seeds_dir().glob("*.chart.json")):
        data = json.loads(chart_file.read_text(encoding="utf-8"))
        add_comparison(corpus, chart_from_seed(data), by_name.get(data["source_file"]))
    from organiser.flyers.samples import install_samples
    install_samples(corpus)


def open_corpus(path: Path | str) -> Corpus:
    """Open (or create) a corpus; a newly created one gets the sample corpus, so the app is useful at once.

    This is the start-up job of the app and the CLI; ``Corpus`` itself knows nothing of samples.
    """
    corpus = Corpus(path)
    if corpus.created and corpus.is_empty():
        import_seeds(corpus)
    return corpus
