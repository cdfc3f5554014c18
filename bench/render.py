"""Benchmark: flyer rendering (warm, after a one-cell edit, caches emptied), `organiser render` as a process,
N-up and a long document, against peers. Run: python bench/render.py [--installed VENV/bin/python]

Peers in the same run: bare ReportLab (the same content without shaping, bidi, fitting or preflight) and, when the
`bench` extra is installed (`pip install typst`), Typst through its Python binding on an equivalent chart.
"""

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
sys.path.insert(0, str(ROOT / "bench"))

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


def with_cell(flyer: Flyer, n: int) -> Flyer:
    """``flyer`` with the first answer of its chart edited (a new text each ``n``): one block changes."""
    from organiser.flyers.model import ComparisonBlock

    blocks = list(flyer.blocks)
    i = next(k for k, b in enumerate(blocks) if isinstance(b, ComparisonBlock))
    block = blocks[i]
    assert isinstance(block, ComparisonBlock)
    rows = list(block.table.criteria)
    cells = list(rows[0].cells)
    cells[0] = replace(cells[0], text=f"{cells[0].text} (edit {n})")
    rows[0] = replace(rows[0], cells=tuple(cells))
    blocks[i] = replace(block, table=replace(block.table, criteria=tuple(rows)))
    return replace(flyer, blocks=tuple(blocks))


def clear_layout_caches() -> None:
    """Built blocks and line breaks forgotten: the next render lays everything out again (fonts stay loaded)."""
    from organiser.printing.layout import line_items, text
    from organiser.printing.layout.block_cache import BLOCKS
    from organiser.printing.layout.cell_cache import CELLS

    BLOCKS.clear()
    text._BREAKS.clear()
    line_items.ITEMS.clear()
    CELLS.clear()


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


def process_ms(cmds: dict[str, list[str]], runs: int = 9, cwd: str | None = None) -> dict[str, list[float]]:
    """Each command's whole-process times (ms), the commands taking turns: paired runs see the same machine."""
    import os

    # As installed software runs: Python keeps the modules' bytecode (a wheel install compiles it; here the first
    # run writes it), and the user cache holds the compiled flyer schema and parsed hyphenation patterns.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for turn in range(runs + 1):
        for name, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=cwd)
            if turn:  # the first turn warms the OS file cache and writes bytecode
                times[name].append((time.perf_counter() - t0) * 1000)
    return times


def paired_ratio(ours: list[float], peer: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(ours, peer, strict=True))


def line(name: str, ms: float, target_ms: float, bare_ms: float) -> None:
    ok = "ok " if ms <= target_ms else "SLOW"
    print(f"{ok} {name:<44} {ms:8.1f} ms  (target < {target_ms:g} ms)  bare ReportLab {bare_ms:7.1f} ms  "
          f"ratio {ms / bare_ms:4.1f}×")


TYPST_SCRIPT = """
import sys, typst
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])
"""


def typst_peer(flyer: Flyer, tmp: Path) -> tuple[float, float, list[str]] | None:
    """Typst on the same chart: warm recompile (one Compiler), fresh compile in-process (ms), the process command."""
    try:
        import typst
    except ImportError:
        return None
    from typst_chart import typst_source

    from organiser.flyers.model import ComparisonBlock
    from organiser.printing.layout.fonts import FONT_DIR
    from organiser.printing.layout.table import without_verdict_word

    table = next(b.table for b in flyer.blocks if isinstance(b, ComparisonBlock))
    rows = [(c.label, [(x.verdict or "", without_verdict_word(x.text, x.verdict)) for x in c.cells])
            for c in table.criteria]
    src = tmp / "chart.typ"
    src.write_text(typst_source(table.title, table.subjects, rows, "Source"), encoding="utf-8")
    compiler = typst.Compiler(str(src), font_paths=[str(FONT_DIR)])
    warm = median_ms(lambda: compiler.compile(), 15)
    fresh = median_ms(lambda: typst.compile(str(src), font_paths=[str(FONT_DIR)]), 5, warmup=1)
    return warm, fresh, [sys.executable, "-c", TYPST_SCRIPT, str(src), str(tmp / "t.pdf"), str(FONT_DIR)]


def paired(name: str, ours: float, peer: float, peer_name: str) -> None:
    print(f"    {name:<44} Organiser {ours:8.1f} ms  {peer_name} {peer:8.1f} ms  ratio {ours / peer:5.1f}×")


def main(installed: str = "") -> None:
    from organiser.printing.render.impose import nup
    from organiser.printing.render.pdf import RenderOptions, render_flyer

    flyer = chart()
    result = render_flyer(flyer)
    assert result.page_count == 1, f"the benchmark chart should fit one page, got {result.page_count}"
    bare = median_ms(lambda: bare_chart(flyer), 15)
    warm_ms = median_ms(lambda: render_flyer(flyer), 15)
    line("1-page A4 chart 6×2 with RTL cells (warm)", warm_ms, 8, bare)
    edits = iter(range(10**6))
    edit_ms = median_ms(lambda: render_flyer(with_cell(flyer, next(edits))), 15)
    line("… re-render after a one-cell edit", edit_ms, 4, bare)

    def cold() -> None:
        clear_layout_caches()
        render_flyer(flyer)

    line("… with the layout caches emptied first", median_ms(cold, 15), 20, bare)

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
        peer = typst_peer(flyer, Path(tmp))
        cmds = {"ours": cmd, "bare": bare_cmd}
        if installed:  # the same command from a wheel installed in a venv (no editable-install import hook)
            cmds["installed"] = [installed, *cmd[1:]]
        if peer is not None:
            cmds["typst"] = peer[2]
        times = process_ms(cmds, cwd=tmp)  # not this checkout: as a user runs it
        whole, bare_whole = statistics.median(times["ours"]), statistics.median(times["bare"])
        line("`organiser render` whole process (median of 9)", whole, 250, bare_whole)
        print(f"    paired with bare ReportLab, run by run: {paired_ratio(times['ours'], times['bare']):.2f}×")
        if installed:
            inst = statistics.median(times["installed"])
            line("… installed from the wheel", inst, 250, bare_whole)
            print(f"    paired with bare ReportLab, run by run: {paired_ratio(times['installed'], times['bare']):.2f}×")
        if peer is None:
            print("    (Typst peer skipped: pip install typst, the `bench` extra)")
        else:
            warm_typst, fresh_typst, _ = peer
            print("Typst on the same chart (same Noto fonts):")
            paired("warm render (Typst: recompile, one Compiler)", warm_ms, warm_typst, "Typst")
            paired("one-cell edit (Typst: recompile, one Compiler)", edit_ms, warm_typst, "Typst")
            paired("fresh in-process render", warm_ms, fresh_typst, "Typst")
            typst_whole, by_run = statistics.median(times["typst"]), paired_ratio(times["ours"], times["typst"])
            print(f"    {'whole process (paired, run by run)':<44} Organiser {whole:8.1f} ms  Typst "
                  f"{typst_whole:8.1f} ms  ratio {by_run:5.1f}×")

if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Render speed of the flyer engine against bare ReportLab and Typst.")
    ap.add_argument("--installed", metavar="PYTHON", default="",
                    help="also time `organiser render` with this interpreter: a venv with the built wheel installed")
    main(ap.parse_args().installed)
