"""Benchmark: data merge of an event notice with a 10-row CSV — one PDF per row and one PDF of all rows."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from organiser.flyers.merge import parse_rows  # noqa: E402
from organiser.flyers.model import EventBlock, Flyer, FooterBlock, Headline, QRBlock, SourcesBlock, TextBlock  # noqa: E402
from organiser.printing.merge_export import export_merge  # noqa: E402

CITIES = ("Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "London", "Leeds", "Haifa", "Ramallah", "Vilnius")
TARGET_S = 2.0


def flyer() -> Flyer:
    return Flyer("Solidarity meeting", blocks=(
        Headline("h", "From Ukraine to Palestine: meeting in {city}"),
        EventBlock("e", "Public meeting", when="{time}", where="{venue}", speakers=("{speaker}",),
                   details="Organised by {group}. Contact: {contact}"),
        TextBlock("t", "Occupation is a crime. Come and hear speakers from both countries, then discuss what our "
                       "{city} group can do together."),
        QRBlock("q", "https://{link}", caption="{link}", size_mm=30),
        SourcesBlock("s"),
        FooterBlock("f", "{group} · {contact}"),
    ))


def rows() -> str:
    lines = ["city,venue,time,speaker,group,contact,link"]
    for i, city in enumerate(CITIES):
        lines.append(f"{city},Community hall {i + 1},Saturday {10 + i}:00,Speaker {i + 1},{city} Solidarity,"
                     f"{city.lower()}[at]solidarity.org,{city.lower()}-solidarity.org/meeting")
    return "\n".join(lines) + "\n"


def main() -> None:
    table = parse_rows(rows())
    f = flyer()
    export_merge(f, table, Path(tempfile.mkdtemp()))  # warm: fonts, ReportLab, pypdf
    for one_file in (False, True):
        times = []
        for _ in range(3):
            out = Path(tempfile.mkdtemp(prefix="organiser-merge-bench-"))
            started = time.perf_counter()
            report = export_merge(f, table, out, one_file=one_file)
            times.append(time.perf_counter() - started)
            assert report.made == len(CITIES) and not report.errors, report.errors
        what = "one PDF of 10 pages" if one_file else "10 PDFs, one per row"
        print(f"merge 10 rows → {what}: median {statistics.median(times):.2f} s (target < {TARGET_S:.0f} s)")


if __name__ == "__main__":
    main()
