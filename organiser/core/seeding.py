"""The sample corpus shipped in ``seeds/``: imported on first use so the app is useful the moment it opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.core.model import Cell, ComparisonTable, Criterion

if TYPE_CHECKING:
    from organiser.core.store import Corpus

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def seed_files() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


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
    for chart_file in sorted(SEEDS_DIR.glob("*.chart.json")):
        data = json.loads(chart_file.read_text(encoding="utf-8"))
        corpus.add_comparison(chart_from_seed(data), by_name.get(data["source_file"]))
    from organiser.core.samples import install_samples
    install_samples(corpus)
