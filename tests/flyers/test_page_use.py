"""Page use of the sample flyers: no side ends in a band of white, and the back of a sheet is used well."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from organiser.corpus.store import Corpus
from organiser.flyers.model import Flyer
from organiser.flyers.samples import build_samples
from organiser.flyers.templates import list_templates
from organiser.printing.render.pdf import RenderOptions, render_flyer

MARGIN_MM = 10.0  # the text area of every paper and mode
MAX_BAND = 0.12  # of the page height: more than this reads as a gap, not as margin


@pytest.fixture(scope="module")
def samples(seeded_db_template: object) -> dict[str, Flyer]:
    corpus = Corpus(str(seeded_db_template))
    try:
        return {f.template or "": f for f in build_samples(corpus)}
    finally:
        corpus.close()


def _largest_band(pdf: bytes) -> float:
    """The tallest run of blank pixel rows inside the text area of any side, as a share of the page height."""
    worst = 0.0
    doc = pdfium.PdfDocument(pdf)
    for page in doc:
        image = page.render(scale=40 / 72).to_pil().convert("L")
        edge = round(MARGIN_MM / 25.4 * 40)
        rows = [image.crop((0, y, image.width, y + 1)).getextrema()[0] >= 245
                for y in range(edge, image.height - edge)]
        run = best = 0
        started = False
        for blank in rows:
            if not blank:
                started, run = True, 0
            elif started:
                run += 1
                best = max(best, run)
        worst = max(worst, best / image.height)
    return worst


@pytest.mark.parametrize("paper", ["A4", "A5", "A6", "A3", "Letter"])
@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_no_side_ends_in_a_band_of_white(samples: dict[str, Flyer], name: str, paper: str) -> None:
    result = render_flyer(samples[name], RenderOptions(paper=paper))  # type: ignore[arg-type]
    assert result.warnings == ()
    assert _largest_band(result.pdf) <= MAX_BAND, (name, paper)


@pytest.mark.parametrize("paper", ["A4", "A5", "A6", "A3", "Letter"])
def test_few_line_ends_are_hyphenated(samples: dict[str, Flyer], paper: str) -> None:
    """Fitting tighter columns (a chart on one A5 side) does not turn the ragged edge into a column of hyphens."""
    import re

    from tests.pdfcheck import pdf_text

    for name, flyer in samples.items():
        lines = [ln.strip() for ln in pdf_text(render_flyer(flyer, RenderOptions(paper=paper)).pdf).splitlines()
                 if ln.strip()]
        hyphenated = [ln for ln in lines if re.search(r"[^\W\d_]-$", ln)]
        assert len(hyphenated) <= 0.05 * len(lines), (name, paper, hyphenated)
