"""export_flyer: PDF/PNG by suffix, N-up and tiling through the real renderer, atomic writes."""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest

from organiser import atomic as atomic_mod
from organiser.errors import RenderError
from organiser.flyers.chart_csv import chart_flyer
from organiser.flyers.model import Cell, ComparisonTable, Criterion, Flyer, Headline, PageSpec, TextBlock
from organiser.printing.export import ExportOptions, export_flyer
from organiser.printing.render import pdf as pdf_mod
from tests.pdfcheck import page_count, pdf_boxes, pdf_metadata, pdf_text, qpdf_check


def _chart() -> Flyer:
    table = ComparisonTable("Occupation", ("Israel in Palestine", "Russia in Ukraine"), (
        Criterion("Invasion?", (Cell("Yes. Since 1967", "yes"), Cell("Yes – since 2014", "yes"))),
        Criterion("احتلال؟", (Cell("نعم، منذ 1967", "yes"), Cell("כן", "yes"))),
    ))
    return chart_flyer(table)


def _fake_render(pages: int, warn: bool = False):  # type: ignore[no-untyped-def]
    from reportlab.pdfgen.canvas import Canvas

    from organiser.printing.layout.fonts import font_name
    from organiser.printing.preflight import PreflightWarning

    def render(flyer: Flyer, options: object = None) -> pdf_mod.RenderResult:
        out = io.BytesIO()
        canv = Canvas(out, pagesize=(297.6, 419.5), initialFontName=font_name("sans"))
        for p in range(pages):
            canv.drawString(40, 200, f"Fake{p + 1}")
            canv.showPage()
        canv.save()
        warnings = (PreflightWarning("unsourced", "a quote without a source", "b1"),) if warn else ()
        return pdf_mod.RenderResult(out.getvalue(), pages, warnings)

    return render


def _only(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir())


def test_pdf_export_with_the_real_renderer(tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    report = export_flyer(_chart(), out, ExportOptions())
    assert (report.path, report.pages, report.sheets, report.files) == (out, 1, 1, (out,))
    pdf = out.read_bytes()
    assert "Israel in Palestine" in pdf_text(pdf) and qpdf_check(pdf)
    assert _only(tmp_path) == ["chart.pdf"]


def test_four_up_and_tiles(tmp_path: Path) -> None:
    report = export_flyer(_chart(), tmp_path / "h.pdf", ExportOptions(nup=4, paper="A6"))
    sheet = (tmp_path / "h.pdf").read_bytes()
    assert (report.pages, report.sheets, page_count(sheet)) == (1, 1, 1)
    x0, y0, x1, y1 = pdf_boxes(sheet)["MediaBox"]
    assert (x1 - x0, y1 - y0) == pytest.approx((595.28, 841.89), abs=1)
    assert pdf_text(sheet, layout=True).count("Invasion?") == 4
    assert pdf_metadata(sheet).get("/Title") == "Occupation"  # the flyer's metadata survives imposition
    assert report.warnings == ()
    # By default 4-up lays the flyer out for its A6 cell: no shrunken A4 page, nothing to warn about.
    report = export_flyer(_chart(), tmp_path / "h.pdf", ExportOptions(nup=4))
    assert report.warnings == ()
    assert pdf_text((tmp_path / "h.pdf").read_bytes(), layout=True).count("Invasion?") == 4
    # An A4 page shrunk 8-up would print at ~3 pt: refused with a plain reason, printed only when forced.
    with pytest.raises(RenderError, match=r"8-up would print text at \d\.\d pt, under the 6 pt"):
        export_flyer(_chart(), tmp_path / "8.pdf", ExportOptions(nup=8, paper="A4"))
    assert not (tmp_path / "8.pdf").exists()
    report = export_flyer(_chart(), tmp_path / "8.pdf", ExportOptions(nup=8, paper="A4", force=True))
    assert [w.code for w in report.warnings] == ["nup-shrunk"]
    report = export_flyer(Flyer("Poster", (Headline("h", "BIG"),)), tmp_path / "p.pdf",
                          ExportOptions(paper="A3", tile="A4"))
    assert (report.pages, report.sheets) == (1, 4)


def test_png_export_one_and_many_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = export_flyer(Flyer("t", (TextBlock("t", "hello"),)), tmp_path / "one.png", ExportOptions(dpi=50))
    assert report.files == (tmp_path / "one.png",)
    assert (tmp_path / "one.png").read_bytes().startswith(b"\x89PNG")
    from PIL import Image

    a6 = Flyer("t", (TextBlock("t", "hello"),), page=PageSpec("A6"))
    export_flyer(a6, tmp_path / "one.png", ExportOptions(mode="shop", dpi=50))  # screens: no bleed, no marks
    with Image.open(tmp_path / "one.png") as img:
        assert img.size == pytest.approx((105 / 25.4 * 50, 148 / 25.4 * 50), abs=1.5)
    monkeypatch.setattr(pdf_mod, "render_flyer", _fake_render(2))
    report = export_flyer(_chart(), tmp_path / "many.png", ExportOptions(dpi=40))
    assert [p.name for p in report.files] == ["many-1.png", "many-2.png"]
    assert _only(tmp_path) == ["many-1.png", "many-2.png", "one.png"]


def test_warnings_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_mod, "render_flyer", _fake_render(1, warn=True))
    report = export_flyer(_chart(), tmp_path / "w.pdf")
    assert [(w.code, w.block_id) for w in report.warnings] == [("unsourced", "b1")]


def test_unsupported_type_and_bad_options(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"x.docx: unsupported file type .docx \(use .pdf or .png\)"):
        export_flyer(_chart(), tmp_path / "x.docx")
    with pytest.raises(RenderError, match="not both"):
        export_flyer(_chart(), tmp_path / "x.pdf", ExportOptions(nup=2, tile="A4"))
    assert _only(tmp_path) == []


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(flyer: Flyer, options: object = None) -> pdf_mod.RenderResult:
        raise RenderError("a block cannot be laid out")

    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")  # an earlier export stays as it was
    monkeypatch.setattr(pdf_mod, "render_flyer", broken)
    with pytest.raises(RenderError, match="cannot be laid out"):
        export_flyer(_chart(), out)
    assert _only(tmp_path) == ["x.pdf"] and out.read_bytes() == b"old"


def test_unwritable_target_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RenderError, match=r"^cannot write .*/file/x.pdf: not a directory$"):
        export_flyer(_chart(), blocker / "x.pdf")


def test_disk_full_while_renaming_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_mod, "render_flyer", _fake_render(3))
    calls = []

    def replace(src: str, dst: Path) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        Path(src).rename(dst)

    monkeypatch.setattr(atomic_mod.os, "replace", replace)
    with pytest.raises(RenderError, match=r"cannot write .*p-2.png: no space left on device"):
        export_flyer(_chart(), tmp_path / "p.png", ExportOptions(dpi=30))
    assert not any(name.endswith(".part") for name in _only(tmp_path))


def test_exported_files_get_ordinary_permissions(tmp_path):
    """The temporary file is private, the finished export is readable like any file the user saves."""
    import os

    from organiser.atomic import write_files_atomically

    out = tmp_path / "flyer.pdf"
    write_files_atomically([(out, b"%PDF-1.4\n")])
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["flyer.pdf"]
