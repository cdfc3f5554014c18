"""Benchmark: flyer rendering, `organiser render` as a process, N-up and a long document, vs bare ReportLab."""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from organiser.flyers.chart_csv import chart_flyer  # noqa: E402
from organiser.flyers.file_format import dumps  # noqa: E402
from organiser.flyers.model import Cell, Criterion, Flyer, Headline, TextBlock  # noqa: E402
from organiser.flyers.seeding import chart_from_seed  # noqa: E402

ARABIC = "نعم. أكثر من 75 عاما من الاحتلال الذي يهدف إلى إخضاع الأمة الفلسطينية وتجريدها من أرضها منذ 1948."
HEBREW = "כן. הפלישה בקנה מידה מלא ב-2022 המשיכה חדירה שהחלה ב-2014, אחרי מאות שנים של אלימות אימפריאלית."
PARAGRAPH = ("Residents of the northern estate met on Thursday to discuss the proposed closure of the library and "
             "agreed to collect signatures, print leaflets in four languages and invite the councillors to answer.")


def chart() -> Flyer:
    """The seed chart (6 criteria × 2 subjects) with one row in Arabic and Hebrew."""
    data = json.loads((ROOT / "seeds" / "001_638a73a9e81ceb02.chart.json").read_text(encoding="utf-8"))
    table = chart_from_seed(data)
    rows = list(table.criteria)
    rows[2] = Criterion("الحكم الاستبدادي؟", (Cell(ARABIC, "yes"), Cell(HEBREW, "yes")))
    return chart_flyer(replace(table, criteria=tuple(rows)))


def long_document(pages: int = 100) -> Flyer:
    blocks = [Headline("h", "A long reading pack")]
    blocks += [TextBlock(f"t{i}", f"{i}. {PARAGRAPH}") for i in range(pages * 29 // 2)]
    return Flyer("Long", tuple(blocks))


# ---- bare ReportLab: the same content, no shaping/bidi/fitting/preflight --------------------------------------


def bare_chart(flyer: Flyer) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from organiser.printing.layout.fonts import register_fonts

    register_fonts()
    body = ParagraphStyle("b", fontName="Org-Sans", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Org-Sans-Bold", fontSize=28, leading=32)
    table = next(b.table for b in flyer.blocks if hasattr(b, "table"))
    rows = [[Paragraph("", body)] + [Paragraph(s, body) for s in table.subjects]]
    rows += [[Paragraph(c.label, body)] + [Paragraph(cell.text, body) for cell in c.cells] for c in table.criteria]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName="Org-Sans")
    doc.build([Paragraph(table.title, head), Table(rows, colWidths=[120, 190, 190], repeatRows=1)])
    return out.getvalue()


def bare_long(flyer: Flyer) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("b", fontName="Org-Sans", fontSize=10, leading=13, spaceAfter=6)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName="Org-Sans")
    doc.build([Paragraph(b.text, body) for b in flyer.blocks if isinstance(b, TextBlock)])
    return out.getvalue()


BARE_SCRIPT = """
import io, json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
pdfmetrics.registerFont(TTFont("S", sys.argv[1] + "/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SB", sys.argv[1] + "/DejaVuSans-Bold.ttf"))
d = json.load(open(sys.argv[2]))["flyer"]["blocks"][1]["table"]
body = ParagraphStyle("b", fontName="S", fontSize=9, leading=11)
rows = [[Paragraph("", body)] + [Paragraph(s, body) for s in d["subjects"]]]
rows += [[Paragraph(c["label"], body)] + [Paragraph(x["text"], body) for x in c["cells"]] for c in d["criteria"]]
doc = SimpleDocTemplate(sys.argv[3], pagesize=A4, initialFontName="S")
doc.build([Paragraph(d["title"], ParagraphStyle("h", fontName="SB", fontSize=28, leading=32)),
           Table(rows, colWidths=[120, 190, 190], repeatRows=1)])
"""


# ---- timing -------------------------------------------------------------------------------------------------


def median_ms(fn: Callable[[], object], runs: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def process_ms(cmd: list[str], runs: int = 5) -> float:
    import os

    # As installed software runs: Python keeps the modules' bytecode (a wheel install compiles it; here the first
    # run writes it), and the user cache holds the compiled flyer schema and parsed hyphenation patterns.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:]) * 1000  # the first run warms the OS file cache


def line(name: str, ms: float, target_ms: float, bare_ms: float) -> None:
    ok = "ok " if ms < target_ms else "SLOW"
    print(f"{ok} {name:<44} {ms:8.1f} ms  (target < {target_ms:g} ms)  bare ReportLab {bare_ms:7.1f} ms  "
          f"ratio {ms / bare_ms:4.1f}×")


def main() -> None:
    from organiser.printing.render.impose import nup
    from organiser.printing.render.pdf import RenderOptions, render_flyer

    flyer = chart()
    result = render_flyer(flyer)
    assert result.page_count == 1, f"the benchmark chart should fit one page, got {result.page_count}"
    bare = median_ms(lambda: bare_chart(flyer), 15)
    line("1-page A4 chart 6×2 with RTL cells (warm)", median_ms(lambda: render_flyer(flyer), 15), 20, bare)

    a6 = replace(flyer, page=replace(flyer.page, paper="A6"))
    opts = RenderOptions(crop_marks=False, bleed_mm=0.0)
    line("4-up A6 handout sheet (render + impose)", median_ms(lambda: nup(render_flyer(a6, opts).pdf, 4), 10),
         60, bare)

    long = long_document(100)
    pages = render_flyer(long).page_count
    line(f"{pages}-page document", median_ms(lambda: render_flyer(long), 3, warmup=1), 2000,
         median_ms(lambda: bare_long(long), 3, warmup=1))

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "chart.json"
        src.write_text(dumps(flyer), encoding="utf-8")
        cmd = [sys.executable, "-m", "organiser", "--db", str(Path(tmp) / "c.db"), "render", str(src),
               "-o", str(Path(tmp) / "o.pdf")]
        bare_cmd = [sys.executable, "-c", BARE_SCRIPT, str(ROOT / "resources" / "fonts"), str(src),
                    str(Path(tmp) / "bare.pdf")]
        line("`organiser render` whole process (median of 5)", process_ms(cmd), 400, process_ms(bare_cmd))


if __name__ == "__main__":
    main()
