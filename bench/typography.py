"""Typography figures of every sample flyer × paper, and a contact sheet of all of them.

For A4, A5, A6, A3, Letter and a 4-up A4 sheet it prints: sides, hyphenated line ends (%), the smallest type size
(pt, as printed on the sheet), the largest empty horizontal band inside the text area (% of the page height) and the
number of words on the headline's last line. Run: `.venv/bin/python bench/typography.py [--sheet PATH]`.
"""

from __future__ import annotations

import argparse
import ctypes
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
import pypdfium2.raw as pdfium_c  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from organiser.flyers.model import Flyer  # noqa: E402
from organiser.flyers.samples import build_samples  # noqa: E402
from organiser.flyers.seeding import open_corpus  # noqa: E402
from organiser.printing.export import ExportOptions, export_flyer  # noqa: E402
from organiser.printing.render.pdf import RenderOptions, render_flyer  # noqa: E402

PAPERS = ("A4", "A5", "A6", "A3", "Letter", "4-up")
HEAD = ("sample", "paper", "sides", "hyphen %", "smallest pt", "empty band %", "headline last line", "warnings", "ms")
FIGURES_HEADING = "## Typography figures"
MARGIN_MM = 10.0  # the text area starts this far inside the page (home and shop alike)
_BREAK = re.compile(r"[^\W\d_]-$")


@dataclass
class Figures:
    sides: int
    hyphen_pct: float
    smallest_pt: float
    band_pct: float
    headline_last_words: int
    warnings: int
    ms: float


def _lines(page: pdfium.PdfPage) -> list[tuple[float, float, str, float]]:
    """Text lines as (x, baseline y, text, size): characters grouped by baseline and gaps."""
    tp = page.get_textpage()
    chars: list[tuple[float, float, str, float]] = []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(tp.count_chars()):
        ch = chr(pdfium_c.FPDFText_GetUnicode(tp, i))
        size = pdfium_c.FPDFText_GetFontSize(tp, i)
        pdfium_c.FPDFText_GetCharOrigin(tp, i, ctypes.byref(ox), ctypes.byref(oy))
        x0, y0 = ox.value, oy.value
        if ch in "\r\n\ufffe\x02":
            if ch in "\ufffe\x02":
                chars.append((x0, y0, "-", size))
            continue
        chars.append((x0, y0, ch, size))
    lines: list[tuple[float, float, str, float]] = []
    cur: list[tuple[float, float, str, float]] = []
    for c in chars:
        if cur and (abs(c[1] - cur[-1][1]) > c[3] * 0.3 or abs(c[0] - cur[-1][0]) > c[3] * 3):
            lines.append((cur[0][0], cur[0][1], "".join(x[2] for x in cur), max(x[3] for x in cur)))
            cur = []
        cur.append(c)
    if cur:
        lines.append((cur[0][0], cur[0][1], "".join(x[2] for x in cur), max(x[3] for x in cur)))
    return lines


def _band(image: Image.Image, top: int, bottom: int) -> int:
    """Tallest run of blank pixel rows between ``top`` and ``bottom``, after the first inked row."""
    grey = image.convert("L")
    w = grey.width
    best = run = 0
    started = False
    for y in range(top, bottom):
        lo, _hi = grey.crop((0, y, w, y + 1)).getextrema()
        if lo >= 245:
            run += 1 if started else 0
        else:
            started = True
            best, run = max(best, run), 0
    return max(best, run)


def measure(pdf: bytes, scale: float = 1.0) -> tuple[float, float, float, int, list[Image.Image]]:
    doc = pdfium.PdfDocument(pdf)
    ends = total = 0
    smallest = 99.0
    band = 0.0
    head_words = 0
    images = []
    for n in range(len(doc)):
        page = doc[n]
        lines = _lines(page)
        for _x, _y, text, size in lines:
            if text.strip():
                total += 1
                ends += bool(_BREAK.search(text.rstrip()))
                smallest = min(smallest, size * scale)
        if n == 0 and lines:
            big = max(size for *_, size in lines)
            heads = [ln for ln in lines if ln[3] >= big * 0.98 and ln[2].strip()]
            head_words = len(heads[-1][2].split()) if heads else 0
        w_pt, h_pt = page.get_size()
        dpi = 40.0
        img = page.render(scale=dpi / 72.0).to_pil()
        m = int(MARGIN_MM / 25.4 * dpi)
        band = max(band, _band(img, m, img.height - m) / img.height * 100)
        images.append(img)
    return (ends / total * 100 if total else 0.0), smallest, band, head_words, images


def run(flyer: Flyer, paper: str, workdir: Path) -> tuple[Figures, list[Image.Image]]:
    t = time.perf_counter()
    if paper == "4-up":
        out = workdir / f"{flyer.template}-4up.pdf"
        report = export_flyer(flyer, out, ExportOptions(nup=4))
        pdf, sides, warns = out.read_bytes(), report.sheets, len(report.warnings)
        scale = 1.0  # the A6 cells are placed at ~100 % on the A4 sheet: sizes read off the sheet are printed sizes
    else:
        result = render_flyer(flyer, RenderOptions(paper=paper))  # type: ignore[arg-type]
        pdf, sides, warns, scale = result.pdf, result.page_count, len(result.warnings), 1.0
    ms = (time.perf_counter() - t) * 1000
    hy, small, band, words, images = measure(pdf, scale)
    return Figures(sides, hy, small, band, words, warns, ms), images


def contact_sheet(rows: list[tuple[str, list[tuple[str, list[Image.Image]]]]], path: Path) -> None:
    cell_h = 230
    label_h = 16
    font = ImageFont.load_default()
    widths = []
    for _name, cols in rows:
        widths.append(sum(sum(int(im.width * cell_h / im.height) + 4 for im in ims) + 12 for _p, ims in cols))
    sheet = Image.new("RGB", (max(widths) + 110, len(rows) * (cell_h + label_h + 12) + 8), "#D9D9D9")
    draw = ImageDraw.Draw(sheet)
    y = 8
    for name, cols in rows:
        draw.text((6, y + cell_h // 2), name, fill="black", font=font)
        x = 110
        for paper, ims in cols:
            draw.text((x, y), paper, fill="black", font=font)
            for im in ims:
                w = int(im.width * cell_h / im.height)
                sheet.paste(im.convert("RGB").resize((w, cell_h)), (x, y + label_h))
                x += w + 4
            x += 12
        y += cell_h + label_h + 12
    sheet.convert("P", palette=Image.Palette.ADAPTIVE, colors=96).save(path, optimize=True)  # small in the repo


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sheet", type=Path, default=ROOT / "docs" / "gallery" / "contact-sheet.png")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--gallery", action="store_true",
                    help="also put the table and the contact sheet into docs/gallery.md")
    args = ap.parse_args()
    table: list[str] = ["| " + " | ".join(HEAD[:-1]) + " |", "|" + "---|" * (len(HEAD) - 1)]
    work = Path(tempfile.mkdtemp())
    samples = build_samples(open_corpus(work / "corpus.db"))
    head = HEAD
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print("{:16} {:7} {:>5} {:>8} {:>11} {:>12} {:>18} {:>8} {:>6}".format(*head))
    rows = []
    for flyer in samples:
        cols = []
        for paper in PAPERS:
            f, images = run(flyer, paper, work)
            cells = (flyer.template or "", paper, str(f.sides), f"{f.hyphen_pct:.1f}", f"{f.smallest_pt:.1f}",
                     f"{f.band_pct:.1f}", str(f.headline_last_words), str(f.warnings), f"{f.ms:.0f}")
            table.append("| " + " | ".join(cells[:-1]) + " |")
            if args.markdown:
                print("| " + " | ".join(cells) + " |")
            else:
                print("{:16} {:7} {:>5} {:>8} {:>11} {:>12} {:>18} {:>8} {:>6}".format(*cells))
            cols.append((paper, images))
        rows.append((flyer.template or "", cols))
    args.sheet.parent.mkdir(parents=True, exist_ok=True)
    contact_sheet(rows, args.sheet)
    print(f"contact sheet: {args.sheet}")
    if args.gallery:
        _write_gallery(table, args.sheet)
    return 0


def _write_gallery(table: list[str], sheet: Path) -> None:
    page = ROOT / "docs" / "gallery.md"
    text = page.read_text(encoding="utf-8") if page.exists() else ""
    if FIGURES_HEADING in text:
        text = text[: text.index(FIGURES_HEADING)].rstrip() + "\n\n"
    rel = sheet.relative_to(page.parent) if sheet.is_relative_to(page.parent) else sheet
    section = [
        FIGURES_HEADING, "",
        "Every sample on every paper with default options, measured from the PDF by `bench/typography.py --gallery`:",
        "hyphenated line ends (% of text lines), the smallest type on the printed sheet (pt), the tallest empty",
        "horizontal band inside the 10 mm text area (% of the page height, any side), and the words on the",
        "headline's last line. 4-up is the flyer laid out for an A6 cell and imposed four times on A4. Render",
        "times depend on the machine: the script prints them. The type, the line-breaking rules and a comparison",
        "with Typst are described in [typography.md](typography.md).", "",
        *table, "", f"![Contact sheet of every sample at every paper]({rel})", "",
    ]
    page.write_text(text + "\n".join(section), encoding="utf-8")
    print(f"figures written to {page}")


if __name__ == "__main__":
    sys.exit(main())
