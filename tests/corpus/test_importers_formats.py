"""Each supported format gives a document with the right title, sections and text."""

from __future__ import annotations

from pathlib import Path

from organiser.corpus.importers import SUPPORTED_EXTENSIONS, iter_import_files, read_document

BODY_1 = "We stand in solidarity with the people of Palestine and of Ukraine, against every occupation."
BODY_2 = "Both peoples have the right to be free and to resist; both deserve our international solidarity."


def test_supported_extensions() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".png", ".jpg", ".jpeg"} == (
        SUPPORTED_EXTENSIONS
    )


def test_docx_heading_and_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("From Ukraine to Palestine", level=1)
    document.add_paragraph(BODY_1)
    document.add_heading("Why we march", level=2)
    document.add_paragraph(BODY_2)
    path = tmp_path / "flyer.docx"
    document.save(str(path))
    doc = read_document(path)
    assert doc.title == "From Ukraine to Palestine"
    assert [(s.kind, s.text, s.level) for s in doc.sections] == [
        ("heading", "From Ukraine to Palestine", 1),
        ("statement", BODY_1, 0),
        ("heading", "Why we march", 2),
        ("statement", BODY_2, 0),
    ]
    assert doc.authors == [] and doc.languages == ["en"] and doc.original_name == "flyer.docx"


def test_pdf_with_text_layer(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    path = tmp_path / "letter.pdf"
    long_1, long_2 = f"{BODY_1} {BODY_2} {BODY_1}", f"{BODY_2} {BODY_1}"
    story = [
        Paragraph("Open letter on occupation", styles["Title"]),
        Paragraph(long_1, styles["Normal"]),
        Paragraph("Why we march", styles["Heading2"]),
        Paragraph(long_2, styles["Normal"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, author="UIG").build(story)
    doc = read_document(path)
    assert doc.title == "Open letter on occupation"  # ReportLab's "(anonymous)" title is ignored
    assert doc.authors == ["UIG"]
    assert [(s.kind, s.text, s.level) for s in doc.sections] == [
        ("heading", "Open letter on occupation", 1),
        ("statement", long_1, 0),
        ("heading", "Why we march", 2),
        ("statement", long_2, 0),
    ]
    assert doc.date is not None and len(doc.date) == 10  # the file's creation date, as a fallback


def test_pdf_arabic_presentation_forms_become_base_letters() -> None:
    from organiser.corpus.importers.pdf_lines import base_letters

    assert base_letters("\ufeb3\ufefc\ufee1") == "سلام"
    assert base_letters("بشـــأن") == "بشأن"  # kashida stretching removed


def test_html_drops_page_chrome_and_reads_meta(tmp_path: Path) -> None:
    html = f"""<!doctype html><html lang="en"><head>
    <title>Solidarity | Site</title>
    <meta name="author" content="Ukraine Information Group">
    <meta property="article:published_time" content="2025-07-03T10:00:00Z">
    <meta property="og:url" content="https://example.org/solidarity">
    <style>body {{ color: red }}</style><script>var tracking = "SCRIPTTEXT";</script>
    </head><body>
    <header>HEADERTEXT</header><nav><a href="/">NAVTEXT home</a></nav>
    <main><h1>Solidarity without borders</h1>
    <p>{BODY_1}</p>
    <p>{BODY_2.replace(" ", chr(10), 3)}</p>
    <ul><li>First demand of the campaign is a ceasefire now.</li></ul>
    </main><aside>ASIDETEXT</aside><form>FORMTEXT<input></form><footer>FOOTERTEXT</footer>
    </body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(path)
    for junk in ("SCRIPTTEXT", "color: red", "HEADERTEXT", "NAVTEXT", "ASIDETEXT", "FORMTEXT", "FOOTERTEXT"):
        assert junk not in doc.full_text
    assert doc.title == "Solidarity without borders"
    assert doc.authors == ["Ukraine Information Group"]
    assert doc.date == "2025-07-03"
    assert doc.url == "https://example.org/solidarity"
    assert [s.text for s in doc.sections if s.kind == "statement"] == [
        BODY_1,
        BODY_2,
        "First demand of the campaign is a ceasefire now.",
    ]


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"></head>'
        "<body><h1>Заява</h1><p>Ми стоїмо разом.</p></body></html>"
    )
    path = tmp_path / "uk.htm"
    path.write_bytes(html.encode("cp1251"))
    doc = read_document(path)
    assert doc.title == "Заява" and doc.languages == ["uk"]


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Twin evils\nauthor: Daria Saburova\ndate: 2023-10-05\n---\n\n"
        f"# Twin evils\n\n{BODY_1}\n\n## A second part\n\n**{BODY_2}**\n"
    )
    path = tmp_path / "twin.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.authors, doc.date) == ("Twin evils", ["Daria Saburova"], "2023-10-05")
    assert [(s.kind, s.level) for s in doc.sections] == [
        ("heading", 1),
        ("statement", 0),
        ("heading", 2),
        ("statement", 0),
    ]
    assert doc.sections[-1].text == BODY_2


def test_plain_text_without_markup(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(f"A short title\n\n{BODY_1}\nwrapped line.\n\n2 листопада 2023\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "A short title" and doc.date == "2023-11-02" and doc.url is None
    assert doc.sections[1].text == BODY_1 + " wrapped line."


def test_iter_import_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("z")
    (tmp_path / "b" / "a.PDF").write_bytes(b"%PDF")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "notes.rtf").write_bytes(b"rtf")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    single = tmp_path / "notes.rtf"
    missing = tmp_path / "missing.docx"
    found = list(iter_import_files([tmp_path, single, missing]))
    assert found == [tmp_path / "a.txt", tmp_path / "b" / "a.PDF", tmp_path / "b" / "z.md", single, missing]


def test_package_import_is_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, organiser.corpus.importers as m; "
        "print(sorted(x for x in ('bs4','pypdf','docx','charset_normalizer','PySide6') if x in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
