"""What a print shop and an archive check in the written file: inks, output intents, PDF/X and PDF/A rules,
greyscale operators, bleed per copy on shop sheets, subset tags, and the output preflight."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from organiser.corpus.store import Corpus
from organiser.flyers.model import Flyer, PageSpec, TextBlock
from organiser.flyers.samples import build_samples
from organiser.printing.export import ExportOptions, export_flyer
from organiser.printing.icc import rgb_to_cmyk
from organiser.printing.layout.themes import THEMES
from organiser.printing.render.checks import output_checks
from organiser.printing.render.pdf import RenderOptions, render_flyer
from organiser.printing.render.png import pdf_to_png
from organiser.printing.render.standards import RULES
from tests.pdfcheck import colour_operators, pdf_boxes, pdf_fonts, qpdf_check, sample_chart_flyer

_SHOP_CODES = {"rich-black-text", "total-ink", "hairline", "rgb-in-cmyk", "font-not-embedded", "no-output-intent"}


def _export(flyer: Flyer, tmp: Path, **kw: object) -> bytes:
    out = tmp / "out.pdf"
    report = export_flyer(flyer, out, ExportOptions(**kw))  # type: ignore[arg-type]
    assert not {w.code for w in report.warnings} & _SHOP_CODES, report.warnings
    return out.read_bytes()


def _inkcov(pdf: bytes, *flags: str) -> list[tuple[float, float, float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["gs", "-q", "-o", "-", "-sDEVICE=inkcov", *flags, str(path)], capture_output=True,
                             text=True, check=True).stdout
    return [tuple(float(v) for v in line.split()[:4]) for line in out.splitlines() if "CMYK" in line]  # type: ignore[misc]


def test_icc_conversion_keeps_the_hue_of_theme_reds_and_blues() -> None:
    c, m, y, k = rgb_to_cmyk((200 / 255, 16 / 255, 46 / 255))  # #C8102E, campaign red
    assert c < 0.05 and m > 0.95 and y > 0.7 and k < 0.2  # not the naive C0 M92 Y77 K22
    c, m, y, k = rgb_to_cmyk((0.0, 0x57 / 255, 0xB7 / 255))  # #0057B7, solidarity blue
    assert c > 0.9 and 0.6 < m < 0.8 and y < 0.05 and k < 0.05  # not the naive C100 M52 K28


def test_shop_pdfx_exports_of_every_sample(seeded_corpus: Corpus, tmp_path: Path) -> None:
    for flyer in build_samples(seeded_corpus):
        pdf = _export(flyer, tmp_path, mode="shop", standards=("pdfx",))
        assert pdf.startswith(b"%PDF-1.6") and qpdf_check(pdf)
        assert not [o for o in colour_operators(pdf) if o[0] in ("rg", "RG")]
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            (intent,) = doc.Root.OutputIntents
            assert intent.S == "/GTS_PDFX" and intent.OutputConditionIdentifier == "FOGRA39"
            assert intent.DestOutputProfile.N == 4 and len(intent.DestOutputProfile.read_bytes()) > 100_000
            assert doc.docinfo.GTS_PDFXVersion == "PDF/X-4" and doc.docinfo.Trapped == "/False"
            meta = doc.open_metadata()
            assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4" and meta["xmpMM:DocumentID"]
            assert meta["xmp:CreateDate"] and meta["xmp:MetadataDate"] == meta["xmp:ModifyDate"]
            assert meta["dc:title"] == str(doc.docinfo.Title) and meta["pdf:Trapped"] == "False"
            for page in doc.pages:
                trim, bleed, media = (list(map(float, page.obj[k])) for k in ("/TrimBox", "/BleedBox", "/MediaBox"))
                assert media[0] <= bleed[0] <= trim[0] and trim[2] <= bleed[2] <= media[2]
        assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))
        assert _coloured_text_outside_large_type(pdf) == []


def _coloured_text_outside_large_type(pdf: bytes) -> list[tuple[int, int, int]]:
    """Pixels of text (Ghostscript, images and vector art filtered out) that carry C, M or Y ink anywhere but
    inside the box of a word set at 12 pt or more: type under 12 pt must print on the black plate alone."""
    found: list[tuple[int, int, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(pdf)
        subprocess.run(["gs", "-q", "-sDEVICE=tiff32nc", "-r72", "-dFILTERIMAGE", "-dFILTERVECTOR",
                        "-o", f"{tmp}/p%d.tif", str(path)], check=True)
        html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        pages = html.split("<page ")[1:]
        for n, page_html in enumerate(pages, start=1):
            large = []
            for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page_html):
                x0, y0, x1, y1 = (float(v) for v in m.groups())
                if y1 - y0 >= 13.0:  # a word box this tall holds type of 12 pt or more
                    pad = 0.35 * (y1 - y0)  # marks above Arabic letters (hamza) reach past the box
                    large.append((x0 - 2, y0 - pad, x1 + 2, y1 + pad))
            img = Image.open(f"{tmp}/p{n}.tif")
            assert img.mode == "CMYK"
            w, h = img.size
            data = img.tobytes()
            k_pixels = 0
            for i in range(0, len(data), 4):
                c, m_, y, k = data[i:i + 4]
                k_pixels += k > 60
                if max(c, m_, y) > 25:
                    px, py = (i // 4) % w, (i // 4) // w
                    if not any(a <= px <= b and c_ <= py <= d for a, c_, b, d in large):
                        found.append((n, px, py))
            assert k_pixels > 0  # the page has black text at all
    return found[:10]


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_small_text_prints_on_the_black_plate_only(theme: str) -> None:
    flyer = Flyer(title="t", theme=theme, blocks=(
        # Enough text to fill the page, so that fitting keeps the body under 12 pt instead of growing it.
        TextBlock("a", "Body text in the theme's ink, set under 12 pt on every theme. " * 40),
        TextBlock("b", "Second paragraph, muted or not, still one plate. " * 30)))
    result = render_flyer(flyer, RenderOptions(mode="shop", cmyk=True, crop_marks=False))
    assert result.smallest_pt < 12
    pdf = result.pdf
    (c, m, y, k), = _inkcov(pdf, "-dFILTERIMAGE", "-dFILTERVECTOR")
    assert (c, m, y) == (0.0, 0.0, 0.0) and k > 0.005


def test_plain_cmyk_export_names_its_press_profile(tmp_path: Path) -> None:
    pdf = _export(sample_chart_flyer(), tmp_path, mode="shop", cmyk=True)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        (intent,) = doc.Root.OutputIntents
        assert intent.OutputConditionIdentifier == "FOGRA39" and intent.DestOutputProfile.N == 4
        assert "/GTS_PDFXVersion" not in doc.docinfo  # no claim of PDF/X unless it was asked for


def test_grayscale_exports_hold_no_rgb_or_cmyk_operators(seeded_corpus: Corpus, tmp_path: Path) -> None:
    for flyer in [*build_samples(seeded_corpus), sample_chart_flyer()]:
        for nup in (1, 4):
            pdf = _export(flyer, tmp_path, grayscale=True, nup=nup, mode="shop")
            ops = {op for op, _ in colour_operators(pdf)}
            assert ops <= {"g", "G"}, ops
            assert not re.search(rb"/DeviceRGB|/DeviceCMYK", pdf)


def test_grayscale_keeps_large_areas_light_and_text_black() -> None:
    pdf = render_flyer(sample_chart_flyer(), RenderOptions(grayscale=True)).pdf
    fills = [nums[0] for op, nums in colour_operators(pdf) if op == "g"]
    assert 0.0 in fills and 0.7 in fills  # text black; the band, table header and zebra capped at 30 % grey
    assert 0.3804 not in fills  # the 62 % grey the red band used to turn into


def test_four_up_shop_sheet_has_bleed_per_copy(tmp_path: Path) -> None:
    flyer = dataclasses.replace(sample_chart_flyer(), page=PageSpec(paper="A6"))
    pdf = _export(flyer, tmp_path, mode="shop", nup=4, sheet="SRA3", cmyk=True, standards=("pdfx",))
    assert pdf_boxes(pdf)["TrimBox"]
    dpi = 72
    (png, *_) = pdf_to_png(pdf, dpi=dpi)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        form = doc.pages[0].Resources.XObject["/P0"]
        bbox = [float(v) for v in form.BBox]
        draws = re.findall(rb"q\s+([-\d. ]+?)\s+cm\s+/P0 Do", doc.pages[0].Contents.read_bytes())
    assert len(draws) == 4
    h = img.height
    for d in draws:
        a, _, _, dd, e, f = (float(v) for v in d.split())
        # the top edge of each copy's bleed box: its red band must reach it, past the trim line (3 mm in)
        x_mid = e + a * (bbox[0] + bbox[2]) / 2
        y_top = f + dd * bbox[3]
        px = img.getpixel((int(x_mid), int(h - y_top + 1.5)))
        assert px[0] > 150 and px[1] < 90, px  # red ink inside the bleed, above the trim line


def test_pdfa_2b_archive() -> None:
    res = render_flyer(sample_chart_flyer(), RenderOptions(standards=("pdfa",)))
    assert res.warnings == () and qpdf_check(res.pdf)
    with pikepdf.open(io.BytesIO(res.pdf)) as doc:
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == doc.docinfo.Title
        (intent,) = doc.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3  # sRGB for an RGB archive
        assert "/ID" in doc.trailer and not doc.is_encrypted
        assert "/Names" not in doc.Root and "/OpenAction" not in doc.Root  # no JavaScript, no embedded files
    assert all(f["emb"] == "yes" for f in pdf_fonts(res.pdf))
    assert len(RULES["pdfa"]) >= 5


def _bad_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from organiser.printing.layout.fonts import font_name

    buf = io.BytesIO()
    canv = Canvas(buf, initialFontName=font_name("sans"))
    canv.setFillColorCMYK(0.6, 0.5, 0.4, 1.0)  # rich black small text
    canv.setFont(font_name("sans"), 9)
    canv.drawString(72, 700, "Rich black body text")
    canv.setFillColorCMYK(1, 1, 1, 0.9)  # 390 % ink
    canv.rect(72, 400, 200, 200, stroke=0, fill=1)
    canv.setLineWidth(0.1)
    canv.setStrokeColorRGB(0.2, 0.4, 0.6)
    canv.line(72, 300, 300, 300)
    canv.save()
    return buf.getvalue()


def test_output_preflight_names_what_a_shop_would_reject() -> None:
    codes = {w.code for w in output_checks(_bad_pdf(), "cmyk", ("pdfx",))}
    assert {"rich-black-text", "total-ink", "hairline", "rgb-in-cmyk", "no-output-intent"} <= codes
    # and the colour rules repair what they can: the same page after them passes
    from organiser.printing.render.finish import finish_pdf

    fixed = finish_pdf(_bad_pdf(), "cmyk", ("pdfx",))
    assert {w.code for w in output_checks(fixed, "cmyk", ("pdfx",))} == set()


def test_nup_hairlines_never_drop_below_a_quarter_point(tmp_path: Path) -> None:
    pdf = _export(sample_chart_flyer(), tmp_path, nup=8)  # an A4 chart at 8-up: rules scaled to about a third
    assert not [w for w in output_checks(pdf, "rgb") if w.code == "hairline"]


def test_subset_tags_differ_per_font_and_per_glyph_set() -> None:
    a = render_flyer(Flyer(title="a", blocks=(TextBlock("a", "Альфа бета"),))).pdf
    b = render_flyer(Flyer(title="b", blocks=(TextBlock("b", "Гамма дельта"),))).pdf
    names_a, names_b = ({f["name"] for f in pdf_fonts(p)} for p in (a, b))
    tags_a = {n.split("+")[0] for n in names_a}
    assert len(tags_a) == len(names_a) and not any(t == "AAAAAA" for t in tags_a)
    assert not names_a & names_b  # merging the two files cannot mix their subsets


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript is not installed")
def test_inkcov_tool_is_there() -> None:
    assert _inkcov(render_flyer(sample_chart_flyer(), RenderOptions(cmyk=True)).pdf)


def test_pdftotext_reads_an_arabic_line_with_a_bracketed_reference_in_logical_order() -> None:
    from tests.pdfcheck import read_text

    line = "…تقرير UN A/79/384 (2024)."
    flyer = Flyer(title="t", lang="ar", blocks=(
        TextBlock("a", "وقالت اللجنة إن الهجمات على المدنيين جرائم حرب يجب التحقيق فيها."), TextBlock("b", line)))
    assert line.replace("…", "...") in read_text(render_flyer(flyer).pdf)


@pytest.mark.parametrize(("lang", "line"), [
    ("he", "לפי דו״ח האו״ם (A/79/384) נהרגו 12,000 אזרחים."),
    ("he", "הפגנה ב-14 במרץ (Tel Aviv)."),
    ("ar", "انضموا إلينا في (Trafalgar Square) الساعة 18:00."),
    ("ar", "قالت «الأمم المتحدة» [في تقرير] إن {العدد} كبير."),
    ("en", "The word for peace is سلام (salaam) in Arabic."),
    ("en", "Signed by שלום עכשיו (Peace Now) and others."),
])
def test_pdftotext_reads_mixed_lines_with_brackets_as_written(lang: str, line: str) -> None:
    """Mirrored brackets read as the bracket the reader sees; neutrals stay on their side of a direction change."""
    from tests.pdfcheck import read_text

    text = read_text(render_flyer(Flyer(title="t", lang=lang, blocks=(TextBlock("a", line),))).pdf)
    assert line in " ".join(text.split())


def test_direction_marks_are_drawn_as_text_without_ink() -> None:
    """The zero-width LRM/RLM glyphs at direction changes carry no ink (fonts give them a dotted symbol)."""
    import io
    import re

    from pypdf import PdfReader

    pdf = render_flyer(Flyer(title="t", lang="he", blocks=(TextBlock("a", "הפגנה (Tel Aviv) היום"),))).pdf
    content = "".join(page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
                      for page in PdfReader(io.BytesIO(pdf)).pages)
    invisible = re.findall(r"3 Tr\s+(.*?)\s+0 Tr", content, re.S)
    assert invisible and all(run.count(" Tj") == 1 and run.endswith(" Tj") for run in invisible)
    plain = render_flyer(Flyer(title="t", lang="he", blocks=(TextBlock("a", "הפגנה היום"),))).pdf
    assert "3 Tr" not in "".join(p.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
                                 for p in PdfReader(io.BytesIO(plain)).pages)
