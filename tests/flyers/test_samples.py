"""Sample flyers made from the seed corpus: faithful to their sources and printable in every size and mode."""

from __future__ import annotations

from dataclasses import replace

import pytest

from organiser.corpus.store import Corpus
from organiser.flyers.model import (
    BulletList,
    CallToAction,
    ComparisonBlock,
    EventBlock,
    Flyer,
    FooterBlock,
    QRBlock,
    Signatories,
    StatementBlock,
    Subheading,
)
from organiser.flyers.ops import iter_blocks
from organiser.flyers.samples import SAMPLE_KEYWORD, build_samples, install_samples, parse_reading_item
from organiser.flyers.storage import comparisons
from organiser.flyers.templates import list_templates
from organiser.printing.render.pdf import RenderOptions, render_flyer

PAPERS = ["A4", "A5", "A6", "A3", "Letter"]


@pytest.fixture(scope="module")
def samples(seeded_db_template: object) -> dict[str, Flyer]:
    corpus = Corpus(str(seeded_db_template))
    try:
        return {f.template or "": f for f in build_samples(corpus)}
    finally:
        corpus.close()


def _blocks(flyer: Flyer, kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in iter_blocks(flyer.blocks) if isinstance(b, kind)]


def test_first_run_installs_one_sample_per_template(seeded_corpus: Corpus) -> None:
    stored = {f.template for f in seeded_corpus.list_flyers()}
    assert stored >= {t.name for t in list_templates()}
    assert install_samples(seeded_corpus) == []  # already there: nothing added twice


def test_statements_print_the_corpus_text_with_their_source(seeded_corpus: Corpus, samples: dict[str, Flyer]) -> None:
    checked = 0
    for flyer in samples.values():
        assert SAMPLE_KEYWORD in flyer.keywords
        for block in _blocks(flyer, StatementBlock):
            assert block.statement_id is not None
            st = seeded_corpus.statement(block.statement_id)
            assert block.text == st.text
            c = block.citation
            assert (c.statement_id, c.source_id, c.source_title) == (st.id, st.source.id, st.source.title)
            assert c.source_url == st.source.url and c.outlet == st.source.outlet and c.source_date
            checked += 1
    assert checked >= 8


def test_chart_sample_has_the_whole_seed_chart(seeded_corpus: Corpus, samples: dict[str, Flyer]) -> None:
    flyer = samples["chart"]
    (block,) = _blocks(flyer, ComparisonBlock)
    table = block.table
    assert table.subjects == ("Israel in Palestine", "Russia in Ukraine")
    assert len(table.criteria) == 6 and all(len(c.cells) == 2 and all(x.text for x in c.cells)
                                            for c in table.criteria)
    assert table.criteria[4].cells[1].verdict == "arguably"
    seed_table = comparisons(seeded_corpus)[0][2]
    assert table.criteria == seed_table.criteria
    footer = " ".join(b.text for b in _blocks(flyer, FooterBlock))
    assert "2022ukrainesolidarity[at]gmail.com" in footer and "ukraine-solidarity.org" in footer


def test_open_letter_has_its_call_to_action_date_and_signatories(seeded_corpus: Corpus,
                                                                  samples: dict[str, Flyer]) -> None:
    flyer = samples["open-letter"]
    (calls,) = _blocks(flyer, BulletList)
    assert calls.title == "Call to Action" and len(calls.items) == 4
    corpus_texts = {s.text for s in seeded_corpus.statements()}
    assert set(calls.items) <= corpus_texts
    texts = [getattr(b, "text", "") for b in flyer.blocks]
    assert "2 November 2023" in texts
    (signed,) = _blocks(flyer, Signatories)
    assert signed.title == "Signed by" and signed.note.startswith("More than 400 Ukrainian researchers")
    # The letter asks readers to sign it: that is its call to action, set after the signatures.
    (action,) = _blocks(flyer, CallToAction)
    assert (action.text, action.website) == ("Add your name", "commons.com.ua")
    kinds = [b.kind for b in flyer.blocks]
    assert kinds.index("signatories") < kinds.index("action") < kinds.index("sources")
    assert flyer.print.double_sided  # a long letter runs onto the back rather than shrinking


def test_event_sample_as_the_group_announced_it(samples: dict[str, Flyer]) -> None:
    flyer = samples["event"]
    (event,) = _blocks(flyer, EventBlock)
    assert event.when == "Tuesday 11 June 2024, 7.0pm"
    assert event.speakers == ("from Ukraine, Syria, Sudan and Palestine",)
    assert "Ukraine Information Group" in event.details and "Unite the Struggles" in event.details
    (action,) = _blocks(flyer, CallToAction)
    assert (action.text, action.website, action.contact, action.qr) == (
        "Join us", "ukraine-solidarity.org", "2022ukrainesolidarity[at]gmail.com", True)
    assert not _blocks(flyer, QRBlock)  # the call to action carries the code


def test_movement_letter_is_signed_with_its_signatories(samples: dict[str, Flyer]) -> None:
    (signed,) = _blocks(samples["movement-letter"], Signatories)
    assert signed.items == ("Over 275 anti-war activists in Israel — 24 February 2022",)


def test_reading_list_items_have_title_author_outlet_date(samples: dict[str, Flyer]) -> None:
    (items,) = _blocks(samples["reading-list"], BulletList)
    assert len(items.items) == 9
    assert items.items[0] == ("In the Shadow of Empires: From a ‘Hezbollah Stronghold’ to ‘Denazified’ Ukraine, "
                              "the Experience of an Arab-Ukrainian — Nizar Al Rifai. TurningPoint, 30 October 2024")


@pytest.mark.parametrize(("line", "parts"), [
    ("Why Ukrainians should support Palestinians, by Daria Saburova, Open Democracy, October 2023",
     ("Why Ukrainians should support Palestinians", "Daria Saburova", "Open Democracy", "October 2023")),
    ("“Syrians Celebrate When Russian Generals, Involved in War Crimes in Syria, Are Being Killed in Ukraine”. "
     "Interview With Leila Al-Shami Commons.com.ua, July 2024",
     ("“Syrians Celebrate When Russian Generals, Involved in War Crimes in Syria, Are Being Killed in Ukraine”",
      "Interview with Leila Al-Shami", "Commons.com.ua", "July 2024")),
    ("‘There is trauma on both sides of my family but historically they don’t meet.’ Interview with Rita Adel, "
     "Palestinian-Ukrainian analyst. Commons.com.ua, 9 July",
     ("‘There is trauma on both sides of my family but historically they don’t meet.’",
      "Interview with Rita Adel, Palestinian-Ukrainian analyst", "Commons.com.ua", "9 July")),
    ("□ Ukraine and Palestine: building real solidarity is hard work, John Lawrence, People & Nature, May 2024",
     ("Ukraine and Palestine: building real solidarity is hard work", "John Lawrence", "People & Nature",
      "May 2024")),
    ("Interview with Dana el Kurd, Commons.com.ua, August 2023",
     ("Interview with Dana el Kurd", "", "Commons.com.ua", "August 2023")),
])
def test_parse_reading_item(line: str, parts: tuple[str, str, str, str]) -> None:
    item = parse_reading_item(line)
    assert (item.title, item.author, item.outlet, item.date) == parts


def test_slogan_poster_carries_the_ukrainian_and_arabic_lines(samples: dict[str, Flyer]) -> None:
    flyer = samples["slogan"]
    assert flyer.page.paper == "A3"
    assert [b.text for b in _blocks(flyer, Subheading)] == [
        "Від України до Палестини окупація — це злочин", "من أوكرانيا إلى فلسطين، الاحتلال جريمة"]


def test_excerpt_has_notes_and_sources(samples: dict[str, Flyer]) -> None:
    flyer = samples["excerpt"]
    notes = [b for b in _blocks(flyer, BulletList) if b.title == "Notes"]
    # Bullets, not numbers: the article's own references "[1]" are the excerpt's one numbering scheme.
    assert notes and notes[0].items and not notes[0].numbered and any(b.kind == "sources" for b in flyer.blocks)
    assert len(_blocks(flyer, StatementBlock)) >= 2


def test_movement_letter_is_one_a5_page(samples: dict[str, Flyer]) -> None:
    result = render_flyer(samples["movement-letter"], RenderOptions(paper="A5"))
    assert result.page_count == 1 and result.warnings == ()


@pytest.mark.parametrize("mode", ["home", "shop"])
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_sample_prints_without_warnings(samples: dict[str, Flyer], name: str, paper: str, mode: str) -> None:
    flyer = samples[name]
    result = render_flyer(flyer, RenderOptions(mode=mode, paper=paper))  # type: ignore[arg-type]
    assert result.warnings == ()
    assert result.page_count <= (2 if flyer.print.double_sided else 1)


def _cap_height_mm(pdf: bytes, word: str) -> float:
    """Printed cap height of the largest run containing ``word`` (font size × the font's cap height)."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics

    from organiser.printing.layout.fonts import font_name, register_fonts

    register_fonts()
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if word in text:
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    cap = pdfmetrics.getFont(font_name("sans", bold=True)).face.capHeight / 1000.0
    return max(sizes) * cap * 25.4 / 72.0


def test_slogan_capitals_are_readable_from_afar(samples: dict[str, Flyer]) -> None:
    pdf = render_flyer(samples["slogan"], RenderOptions(paper="A3")).pdf
    assert _cap_height_mm(pdf, "Ukraine") >= 25.0


def test_samples_carry_the_profile_when_there_is_one(seeded_corpus: Corpus) -> None:
    from organiser.flyers.profile import Profile, save_profile

    save_profile(seeded_corpus, Profile("Our Group", "us[at]x.org", "x.org"))
    for flyer in build_samples(seeded_corpus):
        assert flyer.organisation == "Our Group"
        assert any("Our Group · us[at]x.org · x.org" in b.text for b in _blocks(flyer, FooterBlock)), flyer.template
        result = render_flyer(replace(flyer), RenderOptions(paper="A4"))
        assert result.warnings == ()


def _page_lines(pdf: bytes, page: int) -> list[str]:
    from tests.pdfcheck import pdf_text

    return [ln.strip() for ln in pdf_text(pdf, page=page).splitlines() if ln.strip()]


def test_a_run_of_statements_from_one_source_is_attributed_once(samples: dict[str, Flyer]) -> None:
    from tests.pdfcheck import pdf_text

    flyer = samples["excerpt"]  # statement · subheading · statement · statement, all from one article
    text = " ".join(pdf_text(render_flyer(flyer, RenderOptions(paper="A4")).pdf).split())
    assert text.count("— Building international solidarity with the Palestinians") == 2
    # One source: neither its attribution nor the Sources list carries a number of its own.
    assert "11 December 2023 [1]" not in text and "1. Building international solidarity" not in text
    assert text.count("Building international solidarity with the Palestinians. International Viewpoint") == 1


@pytest.mark.parametrize("paper", ["A5", "A6"])
@pytest.mark.parametrize("name", ["open-letter", "excerpt", "event", "chart"])
def test_no_heading_ends_a_page(samples: dict[str, Flyer], name: str, paper: str) -> None:
    flyer = samples[name]
    headings = {"SOURCES", "NOTES", "CALL TO ACTION"} | {b.text.upper() for b in _blocks(flyer, Subheading)}
    result = render_flyer(flyer, RenderOptions(paper=paper))  # type: ignore[arg-type]
    for page in range(1, result.page_count + 1):
        body = [ln for ln in _page_lines(result.pdf, page) if "/" not in ln or "http" in ln]
        footer = {b.text for b in _blocks(flyer, FooterBlock)}
        body = [ln for ln in body if not any(ln in f for f in footer)]
        assert body and body[-1].upper() not in headings, (page, body[-3:])
        assert not body[0].startswith("—"), (page, body[:2])  # no attribution alone at the top of a page


def test_labels_are_never_hyphenated(samples: dict[str, Flyer]) -> None:
    from tests.pdfcheck import pdf_text

    flyer = samples["chart"]
    (block,) = _blocks(flyer, ComparisonBlock)
    labels = [c.label for c in block.table.criteria] + list(block.table.subjects)
    words = {w.strip("?,.") for label in labels for w in label.split() if len(w) > 4}
    for paper in PAPERS:
        text = pdf_text(render_flyer(flyer, RenderOptions(paper=paper)).pdf)  # type: ignore[arg-type]
        ends = {ln.split()[-1][:-1] for ln in text.splitlines() if ln.strip().endswith("-") and ln.split()}
        assert not {e for e in ends if any(w.startswith(e) and w != e for w in words)}, paper


def test_running_text_lines_are_a_readable_length(samples: dict[str, Flyer]) -> None:
    """PRINT.md: 45–75 characters a line; in columns 40–50 (Bringhurst 2.1.2). Long text on A4 is set in two
    columns rather than 100+ character lines."""
    import re
    import statistics

    from tests.pdfcheck import pdf_text

    result = render_flyer(samples["open-letter"], RenderOptions(paper="A4"))
    segments = [seg.strip() for ln in pdf_text(result.pdf, layout=True).splitlines()
                for seg in re.split(r"\s{3,}", ln) if len(seg.strip()) > 25]
    median = statistics.median(len(s) for s in segments)
    assert 40 <= median <= 80, median


def _placed_words(pdf: bytes, pages: int) -> list[tuple[int, float, float, str]]:
    """Every printed word with its place on the trimmed page (the shop file's bleed and marks taken off)."""
    from tests.pdfcheck import pdf_boxes, word_positions

    out = []
    for p in range(1, pages + 1):
        boxes = pdf_boxes(pdf, p)
        media, trim = boxes.get("CropBox", boxes["MediaBox"]), boxes["TrimBox"]
        dx, dy = trim[0] - media[0], media[3] - trim[3]
        out += [(p, y - dy, x - dx, w) for w, x, y in word_positions(pdf, p)]
    return sorted(out, key=lambda t: (t[0], round(t[1]), round(t[2]), t[3]))


@pytest.mark.parametrize("paper", ["A4", "A6"])
def test_home_proof_breaks_lines_exactly_like_the_shop_print(samples: dict[str, Flyer], paper: str) -> None:
    for name, flyer in samples.items():
        home = render_flyer(flyer, RenderOptions(mode="home", paper=paper))  # type: ignore[arg-type]
        shop = render_flyer(flyer, RenderOptions(mode="shop", paper=paper))  # type: ignore[arg-type]
        # Every word at the same place on the trimmed page: the same lines, broken at the same words.
        a, b = _placed_words(home.pdf, home.page_count), _placed_words(shop.pdf, shop.page_count)
        assert [(p, w) for p, _, _, w in a] == [(p, w) for p, _, _, w in b], name
        assert all(abs(ya - yb) < 0.3 and abs(xa - xb) < 0.3
                   for (_, ya, xa, _), (_, yb, xb, _) in zip(a, b, strict=True)), name


def _sizes(pdf: bytes) -> dict[str, float]:
    """Largest font size each printed word is set in (page 1)."""
    import io

    from pypdf import PdfReader

    out: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        for word in text.split():
            out[word] = max(out.get(word, 0.0), size * abs(tm[3]) * abs(cm[3]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return out


def test_chart_reads_at_arms_length_with_word_badges(samples: dict[str, Flyer]) -> None:
    from tests.pdfcheck import pdf_text

    pdf = render_flyer(samples["chart"], RenderOptions(paper="A4")).pdf
    sizes = _sizes(pdf)
    assert sizes["Israel"] >= 14.0 - 0.05  # subject header
    assert sizes["Genocide?"] >= 11.0 - 0.05  # criterion
    assert sizes["Apartheid."] >= 10.5 - 0.05  # answer text
    text = pdf_text(pdf)
    assert text.count("YES") >= 10 and "ARGUABLY" in text
    assert "Yes. At least" not in text and "At least 50,000" in text  # the badge says it once


def test_sample_chart_takes_two_a6_sides_with_rows_whole(samples: dict[str, Flyer]) -> None:
    from tests.pdfcheck import pdf_text

    result = render_flyer(samples["chart"], RenderOptions(paper="A6"))
    assert result.page_count == 2 and result.warnings == ()
    first, second = (pdf_text(result.pdf, page=p) for p in (1, 2))
    assert (first + second).count("YES") >= 10  # the smallest badges keep their word whole
    # Every answer is whole on one side: its first and last words are on the same page.
    for start, end in (("Apartheid.", "other areas."), ("Vast military", "with China.")):
        assert (start in first and end in first) or (start in second and end in second), start


def _ends(text: str) -> list[str]:
    """The first and the last two words of a cell, as a reader would look for them."""
    words = [w for w in text.split() if not w.startswith("[")]
    return [" ".join(words[:2]).strip(".,;:"), " ".join(words[-2:]).strip(".,;:")]


@pytest.mark.parametrize("paper", PAPERS)
def test_chart_rows_are_never_split_across_sides(samples: dict[str, Flyer], paper: str) -> None:
    """A question and all its answers are on one side: a reader compares them without turning the sheet."""
    import re

    from organiser.printing.layout.table import without_verdict_word
    from tests.pdfcheck import pdf_text

    flyer = samples["chart"]
    (block,) = _blocks(flyer, ComparisonBlock)
    result = render_flyer(flyer, RenderOptions(paper=paper))  # type: ignore[arg-type]
    assert result.warnings == ()
    # Words hyphenated at a line end are read whole again.
    pages = [" ".join(pdf_text(result.pdf, page=p).replace("-\n", "").split()).replace("-", "")
             for p in range(1, result.page_count + 1)]
    for crit in block.table.criteria:
        label = crit.label.split()  # labels are never hyphenated: the question mark makes them unique
        words = [label[0], label[-1]]
        words += [w for c in crit.cells for w in _ends(without_verdict_word(c.text, c.verdict))]
        sides = {w: [n for n, text in enumerate(pages, 1)
                     if re.search(rf"(?<!\w){re.escape(w.replace('-', ''))}(?!\w)", text)] for w in words}
        assert all(len(found) == 1 for found in sides.values()), (paper, crit.label, sides)
        assert len({found[0] for found in sides.values()}) == 1, (paper, crit.label, sides)


def test_sample_chart_takes_one_a5_side_at_readable_sizes(samples: dict[str, Flyer]) -> None:
    """On A5 the chart is a one-sided handout: questions as bands over the answers, cells at 8 pt or more."""
    pdf = render_flyer(samples["chart"], RenderOptions(paper="A5"))
    assert pdf.page_count == 1 and pdf.warnings == ()
    sizes = _sizes(pdf.pdf)
    assert min(sizes["Apartheid."], sizes["Genocide?"]) >= 8.0 - 0.05
    assert sizes["Genocide?"] > sizes["Apartheid."]  # the question stands out from its answers


def test_sample_quotes_match_the_corpus_so_none_shows_as_changed(seeded_db_template: object,
                                                                  samples: dict[str, Flyer]) -> None:
    """The editor marks a quote whose corpus text or source details changed since it was added (⚠): a fresh
    sample must not carry that mark, so its citations keep the corpus's own (ISO) dates."""
    from organiser.flyers import ops
    from organiser.flyers.model import StatementBlock

    corpus = Corpus(str(seeded_db_template))
    try:
        for name, flyer in samples.items():
            for b in ops.iter_blocks(flyer.blocks):
                if isinstance(b, StatementBlock) and b.statement_id is not None:
                    s = corpus.statement(b.statement_id)
                    assert b.text == s.text, name
                    assert (b.citation.source_title, b.citation.source_date, b.citation.outlet) == \
                        (s.source.title, s.source.date, s.source.outlet), name
    finally:
        corpus.close()
