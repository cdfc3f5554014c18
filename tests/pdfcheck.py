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


def word_positions(pdf: bytes, page: int | None = None) -> list[tuple[str, float, float]]:
    """(word NFKC, xMin, yMin) for every word pdftotext finds; y grows downwards as in ``-bbox``."""
    args = ["pdftotext", "-bbox", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = _with_file(pdf, [*args, "{pdf}", "-"]).stdout
    words: list[tuple[str, float, float]] = []
    for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)"[^>]*>(.*?)</word>', out):
        text = unicodedata.normalize("NFKC", html.unescape(m.group(3)))
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
