"""Test helper: inspect real PDF bytes with poppler-utils, qpdf and pypdf."""

from __future__ import annotations

import html
import io
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path


def _with_file(pdf: bytes, args: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(pdf)
        cmd = [a.replace("{pdf}", str(path)) for a in args]
        return subprocess.run(cmd, capture_output=True, text=True, check=check)


def pdf_text(pdf: bytes, layout: bool = False, page: int | None = None) -> str:
    """Extracted text (pdftotext), NFKC-normalised so Arabic presentation forms compare as base letters."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = _with_file(pdf, [*args, "{pdf}", "-"]).stdout
    return unicodedata.normalize("NFKC", out)


def pdf_fonts(pdf: bytes) -> list[dict[str, str]]:
    """One dict per font row of ``pdffonts``: name, type, encoding, emb, sub, uni."""
    out = _with_file(pdf, ["pdffonts", "{pdf}"]).stdout.splitlines()
    rows: list[dict[str, str]] = []
    for line in out[2:]:
        if not line.strip():
            continue
        parts = line.split()
        # name may contain no spaces in practice; the last 5 columns are emb sub uni object ID (two tokens)
        name = parts[0]
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        ftype = " ".join(parts[1:-5])
        rows.append({"name": name, "type": ftype, "emb": emb, "sub": sub, "uni": uni})
    return rows


def pdf_info(pdf: bytes) -> dict[str, str]:
    """``pdfinfo`` key/value pairs."""
    out = _with_file(pdf, ["pdfinfo", "{pdf}"]).stdout
    info: dict[str, str] = {}
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return info


def pdf_boxes(pdf: bytes, page: int = 1) -> dict[str, tuple[float, float, float, float]]:
    """MediaBox, CropBox, BleedBox, TrimBox, ArtBox of one page (``pdfinfo -box``), in points."""
    out = _with_file(pdf, ["pdfinfo", "-box", "-f", str(page), "-l", str(page), "{pdf}"]).stdout
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for line in out.splitlines():
        m = re.match(r"Page\s+\d+\s+(\w+):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", line)
        if m:
            boxes[m.group(1)] = (float(m.group(2)), float(m.group(3)), float(m.group(4)), float(m.group(5)))
    return boxes


def page_count(pdf: bytes) -> int:
    return int(pdf_info(pdf)["Pages"])


def qpdf_check(pdf: bytes) -> bool:
    """True when ``qpdf --check`` finds no errors or warnings."""
    res = _with_file(pdf, ["qpdf", "--check", "{pdf}"], check=False)
    return res.returncode == 0 and "WARNING" not in res.stdout + res.stderr


_MARKS = dict.fromkeys(map(ord, "\u200e\u200f"))
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u200e\u200f"))


def read_text(pdf: bytes) -> str:
    """pdftotext's words as a reader sees them: its embedding controls and the drawn direction marks taken out."""
    return pdf_text(pdf).translate(_BIDI_CONTROLS)


def word_positions(pdf: bytes, page: int | None = None) -> list[tuple[str, float, float]]:
    """(word NFKC, xMin, yMin) for every word pdftotext finds; y grows downwards as in ``-bbox``."""
    args = ["pdftotext", "-bbox", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = _with_file(pdf, [*args, "{pdf}", "-"]).stdout
    words: list[tuple[str, float, float]] = []
    for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)"[^>]*>(.*?)</word>', out):
        # Direction marks are drawn as zero-width glyphs at direction changes: invisible, not part of a word.
        text = unicodedata.normalize("NFKC", html.unescape(m.group(3))).translate(_MARKS)
        if text:
            words.append((text, float(m.group(1)), float(m.group(2))))
    return words


def content_streams(pdf: bytes) -> str:
    """All page content streams decompressed (pypdf), concatenated; form XObjects included."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    chunks: list[str] = []
    for page in reader.pages:
        data = page.get_contents()
        if data is not None:
            chunks.append(data.get_data().decode("latin-1"))
        res = page.get("/Resources")
        xobjs = res.get_object().get("/XObject") if res is not None else None
        if xobjs is not None:
            for ref in xobjs.get_object().values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Form":
                    chunks.append(obj.get_data().decode("latin-1"))
    return "\n".join(chunks)


_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)"


def colour_operators(pdf: bytes) -> list[tuple[str, tuple[float, ...]]]:
    """Every colour-setting operator (rg RG g G k K) with its operands."""
    text = content_streams(pdf)
    ops: list[tuple[str, tuple[float, ...]]] = []
    pat = re.compile(rf"((?:{_NUM}\s+){{1,4}})(rg|RG|g|G|k|K)(?=[\s\]]|$)")
    for m in pat.finditer(text):
        nums = tuple(float(x) for x in m.group(1).split())
        op = m.group(2)
        need = {"rg": 3, "RG": 3, "g": 1, "G": 1, "k": 4, "K": 4}[op]
        if len(nums) >= need:
            ops.append((op, nums[-need:]))
    return ops


def pdf_metadata(pdf: bytes) -> dict[str, str]:
    """The document info dictionary (pypdf), keys with their leading slash."""
    from pypdf import PdfReader

    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {str(k): str(v) for k, v in meta.items()}


def render_png(pdf: bytes, out_prefix: str, dpi: int = 60) -> list[Path]:
    """Rasterise every page with pdftoppm (for looking at the output)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), out_prefix], check=True)
    parent = Path(out_prefix).parent
    return sorted(parent.glob(Path(out_prefix).name + "*.png"))


# ---- sample flyers (shared by render tests) -------------------------------------------------------------------


def sample_chart_flyer(paper: str = "A4", theme: str = "campaign", lang: str = "en", rtl_cells: bool = False):  # type: ignore[no-untyped-def]
    """The "Israel in Palestine / Russia in Ukraine" chart of seed 001: 6 criteria × 2 subjects."""
    from organiser.flyers.model import (
        Cell,
        Citation,
        ComparisonBlock,
        ComparisonTable,
        Criterion,
        Flyer,
        FooterBlock,
        Headline,
        PageSpec,
        SourcesBlock,
        TextBlock,
    )

    flyer_src = Citation(statement_id=11, source_id=1, source_title="Israel in Palestine / Russia in Ukraine",
                         source_date="July 2025", outlet="Ukraine Information Group",
                         source_url="https://ukraine-solidarity.org")
    un = Citation(statement_id=12, source_id=2, source_title="UN Commission of Inquiry report",
                  source_date="16 September 2025", outlet="United Nations")
    rows = [
        ("Invasion and occupation?",
         "More than 75 years of occupation intended to subjugate and dispossess the Palestinian nation.",
         "The full-scale invasion in 2022 continued an incursion started in 2014, after centuries of imperial "
         "violence that has caused millions of deaths.", "yes", "yes", (flyer_src,)),
        ("Settler colonial?", "Ethnically cleanses Palestinians and establishes settlements on their land.",
         "Has subsidised tens of thousands of Russians to move into stolen Ukrainian homes on occupied land.",
         "yes", "yes", ()),
        ("Authoritarian rule?",
         "Apartheid. Palestinians subject to military rule and state-backed attacks on their lands and homes in "
         "areas occupied in 1967, unequal status in other areas.",
         "In Russian-occupied areas: military rule, fake elections, torture, independent trade unions "
         "abolished, destroying Ukraine’s fragile, albeit imperfect, democracy.", "yes", "yes", ()),
        ("Bombs civilians as collective punishment?",
         "Yes. At least 50,000 killed in Gaza, overwhelmingly civilians. Israel’s blockade on food and aid is "
         "starving Gaza’s people. Israel has also bombed Iran.",
         "Yes. Over 12,000 civilians killed in Ukraine. Western-provided air defences have kept Ukrainian "
         "cities safer, but Trump has cut these. Elsewhere, Russia has bombed Grozny in Chechnya and Aleppo "
         "in Syria.", "yes", "yes", ()),
        ("Genocide?", "Yes – now recognised by United Nations.",
         "Arguably. Putin speaks about eliminating the Ukrainian nation, and Russian troops have carried out "
         "massacres, as in Bucha.", "yes", "arguably", (un,)),
        ("Relies on outside support?",
         "Vast military and financial backing from the US, Germany, UK and many other nations. Oil from "
         "Azerbaijan via Turkey. Surveillance tech co-developed with China.",
         "Relies on North Korean arms and soldiers and Iranian arms, Western machine tools, and oil purchases "
         "by India and China.", "partly", "unknown", ()),
    ]
    criteria = []
    for i, (label, a, b, va, vb, ev) in enumerate(rows):
        if rtl_cells and i % 2 == 1:
            b = "احتلال أكثر من 75 عامًا في 2022 — כיבוש של 1967"
        criteria.append(Criterion(label, (Cell(a, va, ev), Cell(b, vb, ev))))  # type: ignore[arg-type]
    table = ComparisonTable("Two occupations compared", ("Israel in Palestine", "Russia in Ukraine"),
                            tuple(criteria))
    return Flyer(
        title="From Ukraine to Palestine, occupation is a crime",
        blocks=(
            Headline("h", "From Ukraine to Palestine, occupation is a crime"),
            TextBlock("t", "Both are wars of conquest. Here is how the two occupations compare."),
            ComparisonBlock("c", table),
            SourcesBlock("s"),
            FooterBlock("f", "Ukraine Information Group · 2022ukrainesolidarity[at]gmail.com · "
                             "ukraine-solidarity.org"),
        ),
        page=PageSpec(paper=paper),  # type: ignore[arg-type]
        theme=theme,
        lang=lang,
        organisation="Ukraine Information Group",
        keywords=("Ukraine", "Palestine"),
    )
