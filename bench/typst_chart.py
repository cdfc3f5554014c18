"""The sample chart typeset by Typst (same text, same Noto fonts, A4) beside Organiser's own rendering.

A yardstick for the typography, not part of the app: `pip install typst` (the `bench` extra), then
`.venv/bin/python bench/typst_chart.py OUT_DIR` writes typst-chart.pdf/png and organiser-chart.pdf/png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import typst  # noqa: E402

from organiser.flyers.model import ComparisonBlock, FooterBlock, Headline  # noqa: E402
from organiser.flyers.ops import iter_blocks  # noqa: E402
from organiser.flyers.samples import build_samples  # noqa: E402
from organiser.flyers.seeding import open_corpus  # noqa: E402
from organiser.printing.layout.fonts import FONT_DIR  # noqa: E402
from organiser.printing.layout.table import without_verdict_word  # noqa: E402
from organiser.printing.render.pdf import RenderOptions, render_flyer  # noqa: E402
from organiser.printing.render.png import pdf_to_png  # noqa: E402


def _esc(text: str) -> str:
    return "".join("\\" + ch if ch in '\\#*_`$<>@[]"~/' else ch for ch in text)


def typst_source(headline: str, subjects: tuple[str, ...], rows: list[tuple[str, list[tuple[str, str]]]],
                 footer: str) -> str:
    badge = {"yes": "YES", "no": "NO", "partly": "PARTLY", "arguably": "ARGUABLY", "unknown": "?"}
    cells = []
    for label, answers in rows:
        cells.append(f"text(weight: \"bold\", fill: rgb(\"#A00D25\"))[{_esc(label)}]")
        for verdict, text in answers:
            mark = (f"box(fill: rgb(\"#C8102E\"), inset: (x: 2pt, y: 1.5pt), radius: 1.5pt, "
                    f"text(fill: white, size: 7pt, weight: \"bold\")[{badge.get(verdict, '')}]) + h(3pt) + "
                    if verdict else "")
            cells.append(f"[#({mark}[{_esc(text)}])]" if verdict else f"[{_esc(text)}]")
    head = ", ".join(f"text(fill: white, weight: \"bold\")[{_esc(s)}]" for s in ("", *subjects))
    return f"""
#set page(paper: "a4", margin: 10mm)
#set text(font: "Noto Sans", size: 11pt, lang: "en")
#set par(leading: 0.5em)
#block(fill: rgb("#C8102E"), inset: 10pt, width: 100%, text(fill: white, weight: "bold", size: 30pt,
  font: "Noto Sans Display")[{_esc(headline)}])
#table(columns: (27%, 1fr, 1fr), stroke: none, inset: 5pt,
  fill: (x, y) => if y == 0 {{ rgb("#C8102E") }} else if calc.even(y) {{ rgb("#F4F1F1") }},
  {head},
  {", ".join(cells)})
#v(1fr)
#line(length: 100%, stroke: 0.5pt + gray)
#text(size: 8.5pt, fill: rgb("#4D4D4D"))[{_esc(footer)}]
"""


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    flyer = next(f for f in build_samples(open_corpus(out / "corpus.db")) if f.template == "chart")
    blocks = list(iter_blocks(flyer.blocks))
    headline = next(b.text for b in blocks if isinstance(b, Headline))
    table = next(b for b in blocks if isinstance(b, ComparisonBlock)).table
    footer = " ".join(b.text for b in blocks if isinstance(b, FooterBlock))
    # The same text as Organiser prints: the verdict word said once, by the badge.
    rows = [(c.label, [(x.verdict or "", without_verdict_word(x.text, x.verdict)) for x in c.cells])
            for c in table.criteria]
    src = out / "chart.typ"
    src.write_text(typst_source(headline, table.subjects, rows, footer), encoding="utf-8")
    pdf = typst.compile(str(src), font_paths=[str(FONT_DIR)])
    (out / "typst-chart.pdf").write_bytes(pdf)
    (out / "typst-chart.png").write_bytes(pdf_to_png(pdf, dpi=60)[0])
    own = render_flyer(flyer, RenderOptions(paper="A4")).pdf
    (out / "organiser-chart.pdf").write_bytes(own)
    (out / "organiser-chart.png").write_bytes(pdf_to_png(own, dpi=60)[0])
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
