"""Rendering hostile flyers: refused images leave no PDF, odd layouts are one plain line, never ValueError."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from organiser.errors import RenderError
from organiser.flyers.images import ImageSource
from organiser.flyers.model import PAPERS, Flyer, ImageBlock, PageSpec, QRBlock, Spacer, TextBlock
from organiser.printing.export import ExportOptions, export_flyer
from organiser.printing.render.pdf import RenderOptions, render_flyer


def test_an_image_outside_the_flyer_folder_leaves_no_pdf(tmp_path: Path) -> None:
    private = tmp_path / "private.png"
    PILImage.new("RGB", (50, 50), "black").save(private)
    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "out.pdf"
    for ref in (str(private), "../private.png"):
        flyer = Flyer("t", (ImageBlock("img", ref),))
        with pytest.raises(RenderError) as info:
            export_flyer(flyer, out, ExportOptions(images=ImageSource(folder=folder)))
        assert "block img" in str(info.value) and "\n" not in str(info.value)
        assert not out.exists() and list(folder.iterdir()) == []


def test_the_qr_caption_at_near_page_width_on_a6_renders() -> None:
    """Found by fuzzing (130 of 3,000 flyers): the caption column became negative and ReportLab raised ValueError."""
    for size in (30, 60, 90, 140):
        for caption in ("W" * 20, "word " * 40, "word " * 400):
            flyer = Flyer("t", (QRBlock("q", "https://example.org", caption=caption, size_mm=size),),
                          page=PageSpec(paper="A6"))
            assert render_flyer(flyer).pdf.startswith(b"%PDF")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paper=st.sampled_from(PAPERS), size=st.floats(1, 400), caption=st.text(max_size=300),
       url=st.text(min_size=1, max_size=60), margin=st.floats(0, 60))
def test_any_qr_block_renders_or_is_a_plain_render_error(paper: str, size: float, caption: str, url: str,
                                                         margin: float) -> None:
    flyer = Flyer("t", (QRBlock("q", url, caption=caption, size_mm=size), TextBlock("t", caption or "x")),
                  page=PageSpec(paper=paper, margin_mm=margin))  # type: ignore[arg-type]
    try:
        render_flyer(flyer)
    except RenderError as err:
        assert "0x" not in str(err) and "\n" not in str(err)


def test_layout_errors_name_the_kind_of_block_not_an_object_repr() -> None:
    flyer = Flyer("t", (Spacer("s", height_mm=500),), page=PageSpec(paper="A6"))
    with pytest.raises(RenderError) as info:
        render_flyer(flyer)
    message = str(info.value)
    assert "a spacer is too large for one page" in message
    assert not re.search(r"0x[0-9a-f]+|<\w+", message)


def test_rendering_without_an_image_source_reads_no_file(tmp_path: Path) -> None:
    PILImage.new("RGB", (10, 10), "black").save(tmp_path / "a.png")
    with pytest.raises(RenderError, match="only use images added in the app"):
        render_flyer(Flyer("t", (ImageBlock("i", str(tmp_path / "a.png")),)), RenderOptions())
