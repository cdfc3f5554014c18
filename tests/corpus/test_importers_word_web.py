"""Word documents as Word shows them, web pages as their article, photos through OCR."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from organiser.corpus.importers import read_document
from organiser.errors import ImportRejected

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
ROOT = Path(__file__).resolve().parents[2]


def word(path: Path, body: str, **parts: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        document = f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'
        archive.writestr("word/document.xml", document)
        for name, xml in parts.items():
            archive.writestr(name.replace("__", "/").replace("_xml", ".xml"), xml)
    return path


def para(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


STYLES = (
    f'<w:styles xmlns:w="{W}"><w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>'
)


def test_word_as_word_shows_it(tmp_path: Path) -> None:
    body = (
        para("Rent strike bulletin", "Title")
        + para("Why we strike", "Heading1")
        + "<w:p><w:r><w:t>We </w:t></w:r><w:ins><w:r><w:t>all </w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>never </w:delText></w:r></w:del><w:r><w:t>stand together.</w:t></w:r></w:p>"
        # A HYPERLINK field: the code is hidden, the display text is what the reader sees.
        '<w:p><w:r><w:t xml:space="preserve">Read more at </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> HYPERLINK "http://example.org" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>our website</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
        # A text box, written once for Word and again as a VML fallback copy.
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        + para("Meeting Friday 7 pm.")
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + para("Meeting Friday 7 pm.")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        + para("Yes.")
    )
    footnotes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r>'
        f'</w:p></w:footnote><w:footnote w:id="1">{para("Figures from the tenants union.")}</w:footnote></w:footnotes>'
    )
    header = f'<w:hdr xmlns:w="{W}">{para("Garden Street Tenants - page header")}</w:hdr>'
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Rent strike</dc:title>'
        "<dc:creator>Garden Street Tenants</dc:creator></cp:coreProperties>"
    )
    path = word(tmp_path / "bulletin.docx", body, word__styles_xml=STYLES, word__footnotes_xml=footnotes,
                word__header1_xml=header, docProps__core_xml=core)
    doc = read_document(path)
    sections = [(s.kind, s.text) for s in doc.sections]
    assert sections == [
        ("heading", "Rent strike bulletin"),
        ("heading", "Why we strike"),
        ("statement", "We all stand together."),
        ("statement", "Read more at our website."),
        ("statement", "Meeting Friday 7 pm."),
        ("statement", "Yes."),
        ("heading", "Notes"),
        ("statement", "Figures from the tenants union."),
    ]
    assert (doc.title, doc.authors) == ("Rent strike", ["Garden Street Tenants"])
    assert "page header" not in doc.full_text


def test_word_without_text_is_refused(tmp_path: Path) -> None:
    path = word(tmp_path / "picture.docx", "<w:p><w:r><w:drawing/></w:r></w:p>")
    with pytest.raises(ImportRejected, match=r"^picture\.docx: has no text"):
        read_document(path)


def test_cli_exits_1_for_a_word_file_without_text(tmp_path: Path) -> None:
    from organiser.main import main

    path = word(tmp_path / "empty.docx", "<w:p/>")
    assert main(["--db", str(tmp_path / "c.db"), "import", str(path)]) == 1


PAGE = """<!doctype html><html lang="en"><head><meta charset="undefined">
<title>Tenants win repairs | Garden Gazette</title>
<meta property="og:site_name" content="Garden Gazette"><meta name="author" content="Sam Reyes">
<meta property="article:published_time" content="2025-03-14T09:00:00Z">
<link rel="canonical" href="https://gazette.example.org/2025/03/tenants-win"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Tenants win repairs</h1>
<p>After six weeks of rent strike the tenants of Garden Street won the repairs they had asked for since last winter.</p>
<p>The landlord agreed in writing to fix the roof, the boilers and the broken lifts before the end of April.</p>
<ul><li>The roof will be repaired first</li><li>Boilers follow in the second week</li></ul>
<p>The tenants union said the strike would resume if the work is not finished on time.</p></article>
<aside>Most read: Ten recipes for spring</aside>
<div class="comments">Comments are moderated. Please keep the discussion civil.</div>
<footer>Copyright Garden Gazette. All rights reserved.</footer></body></html>"""


def test_web_page_gives_its_article_and_provenance(tmp_path: Path) -> None:
    path = tmp_path / "tenants.html"
    path.write_bytes(PAGE.encode("utf-8"))
    doc = read_document(path)
    statements = [s.text for s in doc.sections if s.kind == "statement"]
    assert statements[0].startswith("After six weeks of rent strike")
    assert "The roof will be repaired first" in statements
    assert not [s for s in statements if "recipes" in s or "moderated" in s or "Home" in s or "rights" in s]
    assert (doc.title, doc.outlet, doc.authors, doc.date) == (
        "Tenants win repairs", "Garden Gazette", ["Sam Reyes"], "2025-03-14"
    )
    assert doc.url == "https://gazette.example.org/2025/03/tenants-win"


def test_first_line_is_a_title_only_when_it_looks_like_one(tmp_path: Path) -> None:
    titled = tmp_path / "titled.txt"
    titled.write_text("Rent strike on Garden Street\n\nThe tenants voted to strike on Friday.\n")
    sentence = tmp_path / "greeting.txt"
    sentence.write_text("שלום לכל השכנים והשכנות.\nהאספה תתקיים ביום שישי בספרייה.\n\nנא להביא חברים.\n")
    doc = read_document(titled)
    assert doc.title == "Rent strike on Garden Street"
    assert [s.text for s in doc.sections if s.kind == "statement"] == ["The tenants voted to strike on Friday."]
    doc = read_document(sentence)
    assert [s.text for s in doc.sections if s.kind == "statement"][0].startswith("שלום לכל השכנים והשכנות.")


def test_photo_of_a_printed_flyer_is_read_by_ocr(tmp_path: Path) -> None:
    import json
    import random
    import subprocess
    import sys

    from PIL import Image, ImageFilter

    from organiser.corpus.importers.ocr import tesseract

    if tesseract() is None:
        pytest.skip("Tesseract is not installed")
    template = json.loads((ROOT / "resources" / "templates" / "open-letter.json").read_text(encoding="utf-8"))
    flyer = template["flyer"]
    for block in flyer["blocks"]:
        if block["id"] == "title":
            block["text"] = "Stop the eviction on Garden Street"
        if block["id"] == "body":
            block["text"] = "The council plans to evict forty families next month. Join the meeting on Friday."
    flyer_path = tmp_path / "flyer.json"
    flyer_path.write_text(json.dumps({"format": "organiser-flyer", "version": 1, "flyer": flyer}))
    png = tmp_path / "flyer.png"
    subprocess.run(
        [sys.executable, "-c", "import sys; from organiser.main import main; sys.exit(main(sys.argv[1:]))",
         "--db", str(tmp_path / "c.db"), "render", str(flyer_path), "-o", str(png)],
        check=True, capture_output=True, cwd=ROOT, timeout=120,
    )
    # A phone photo: slightly turned, soft, with sensor noise.
    image = Image.open(png).convert("L").rotate(2.5, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
    rng = random.Random(7)
    noisy = image.point(lambda v: v)
    pixels = noisy.load()
    for _ in range(image.width * image.height // 20):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        pixels[x, y] = max(0, min(255, pixels[x, y] + rng.randint(-60, 60)))
    photo = tmp_path / "photo.jpg"
    noisy.save(photo, quality=80)
    doc = read_document(photo)
    assert doc.ocr
    text = " ".join(doc.full_text.split())
    assert "eviction on Garden Street" in text
    assert "evict forty families" in text


def test_ocr_language_follows_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from organiser.corpus.importers import ocr

    monkeypatch.delenv("ORGANISER_OCR_LANGUAGES", raising=False)
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng", "ukr", "ara", "heb", "osd"}))
    monkeypatch.setattr(ocr, "_run", lambda args, image, name: "Script: Cyrillic\n")
    page = Image.new("L", (100, 100), 255)
    with ocr.corpus_languages(["uk"]):
        assert ocr._language(page, "scan.pdf") == "ukr"
    with ocr.corpus_languages(["en", "uk"]):
        assert ocr._language(page, "scan.pdf") == "ukr+eng"
    with ocr.corpus_languages([]):
        assert ocr._language(page, "scan.pdf") == "ukr"
    monkeypatch.setattr(ocr, "_run", lambda args, image, name: "Script: Hebrew\n")
    with ocr.corpus_languages(["en", "uk"]):
        assert ocr._language(page, "scan.pdf") == "heb+eng"


def test_page_without_an_article_prints_nothing(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><p>Hi</p></body></html>")
    with pytest.raises(ImportRejected):
        read_document(path)
    assert capfd.readouterr().err == ""


def test_pdf_provenance_and_an_odd_date(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    plain = tmp_path / "plain.pdf"
    pdf = canvas.Canvas(str(plain))
    pdf.drawString(72, 720, "The tenants of Garden Street won their repairs after six weeks of strike.")
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(plain))
    # LibreOffice in a UTC session writes a date ending in Z' that strict parsers refuse.
    writer.add_metadata({"/Title": "Repairs won", "/Author": "Tenants Union", "/CreationDate": "D:20250314101500Z'"})
    path = tmp_path / "repairs.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    doc = read_document(path)
    assert (doc.title, doc.authors, doc.date) == ("Repairs won", ["Tenants Union"], "2025-03-14")
