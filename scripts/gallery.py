#!/usr/bin/env python3
"""Gallery: renders every sample flyer to docs/gallery/*.png (A4, A6 and its own paper) and writes docs/gallery.md."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout: `python scripts/gallery.py`
    sys.path.insert(0, str(ROOT))

from organiser.flyers.model import Flyer, Paper  # noqa: E402
from organiser.flyers.samples import build_samples  # noqa: E402
from organiser.flyers.seeding import open_corpus  # noqa: E402
from organiser.flyers.templates import get_template  # noqa: E402
from organiser.printing.render.pdf import RenderOptions, render_flyer  # noqa: E402
from organiser.printing.render.png import pdf_to_png  # noqa: E402

# The same scale for every paper (true relative sizes), a little larger for the small ones so they can be read.
FIGURES_HEADING = "## Typography figures"
KEEP = {"contact-sheet.png", "typst-vs-organiser.png"}  # written by bench/typography.py and bench/typst_chart.py

DPI: dict[str, int] = {"A3": 40, "A4": 60, "A5": 72, "A6": 96, "Letter": 60}


def papers_for(flyer: Flyer) -> list[Paper]:
    own = flyer.page.paper
    return [own, *(p for p in ("A4", "A6") if p != own)]  # type: ignore[list-item]


def render_sample(flyer: Flyer, out_dir: Path) -> list[tuple[str, list[str], tuple[str, ...]]]:
    """PNG files of one sample per paper: (paper, [file names], warnings)."""
    rows = []
    for paper in papers_for(flyer):
        result = render_flyer(flyer, RenderOptions(mode="home", paper=paper))
        names = []
        for i, png in enumerate(pdf_to_png(result.pdf, dpi=DPI.get(paper, 60)), 1):
            name = f"{flyer.template}-{paper}-{i}.png"
            (out_dir / name).write_bytes(png)
            names.append(name)
        rows.append((paper, names, tuple(f"{w.code}: {w.message}" for w in result.warnings)))
    return rows


def markdown(entries: list[tuple[Flyer, list[tuple[str, list[str], tuple[str, ...]]]]]) -> str:
    out = [
        "# Gallery of the sample flyers",
        "",
        "Every flyer below is made from the sample corpus (`seeds/`) by `organiser/flyers/samples.py` and rendered by",
        "the app itself; regenerate with `python scripts/gallery.py`. Each is shown on its own paper, on A4 and on",
        "A6 (the size of a 4-up handout); a second image is the back of the sheet. Pages are drawn at the same scale",
        "within a paper size. The same flyers are in the library of a new installation.",
        "",
    ]
    for flyer, rows in entries:
        template = get_template(flyer.template or "")
        out += [f"## {template.title}: {flyer.title}", "", f"*{template.description}*", "",
                f"Template `{template.name}` · theme `{flyer.theme}` · {flyer.page.paper} "
                f"{'double-sided' if flyer.print.double_sided else 'one side'}", ""]
        for paper, names, warnings in rows:
            pages = "  ".join(f"![{flyer.title}, {paper}, page {i}](gallery/{n})" for i, n in enumerate(names, 1))
            out += [f"**{paper}** ({len(names)} page{'s' if len(names) > 1 else ''})", "", pages, ""]
            out += [f"> preflight: {w}" for w in warnings] + ([""] if warnings else [])
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for gallery.md and gallery/")
    args = parser.parse_args(argv)
    images = args.out / "gallery"
    images.mkdir(parents=True, exist_ok=True)
    for old in images.glob("*.png"):
        if old.name not in KEEP:
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp, open_corpus(Path(tmp) / "corpus.db") as corpus:
        flyers = build_samples(corpus)
    entries = [(f, render_sample(f, images)) for f in flyers]
    page = args.out / "gallery.md"
    # Keep the typography figures that bench/typography.py --gallery appends (they take a minute to measure).
    kept = ""
    if page.exists():
        text = page.read_text(encoding="utf-8")
        kept = text[text.index(FIGURES_HEADING):] if FIGURES_HEADING in text else ""
    page.write_text(markdown(entries) + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
    count = sum(len(names) for _, rows in entries for _, names, _ in rows)
    print(f"wrote {args.out / 'gallery.md'} and {count} images in {images}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
