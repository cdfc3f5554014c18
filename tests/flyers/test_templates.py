"""Built-in templates: listed, instantiated into blank-but-structured flyers, printable in every size and theme."""

from __future__ import annotations

import pytest

from organiser.corpus.store import Corpus
from organiser.errors import NotFound
from organiser.flyers.file_format import dumps, loads
from organiser.flyers.model import PAPERS, Flyer, Headline
from organiser.flyers.ops import iter_blocks
from organiser.flyers.storage import get_flyer
from organiser.flyers.templates import create_from_template, get_template, instantiate, list_templates
from organiser.printing.layout.themes import THEMES
from organiser.printing.render.pdf import RenderOptions, render_flyer

NAMES = ["chart", "open-letter", "event", "reading-list", "slogan", "excerpt", "movement-letter"]


def test_the_seven_templates_are_listed_in_gallery_order() -> None:
    templates = list_templates()
    assert [t.name for t in templates] == NAMES
    for t in templates:
        assert t.title and len(t.description) > 40
        assert t.paper in PAPERS and t.theme in THEMES
        assert t.flyer.template == t.name


def test_unknown_template_names_the_known_ones() -> None:
    with pytest.raises(NotFound, match="chart"):
        get_template("nope")


def _texts(flyer: Flyer) -> list[str]:
    out: list[str] = []
    for b in iter_blocks(flyer.blocks):
        out += [str(v) for k, v in vars(b).items() if k in ("text", "what", "when", "where", "details", "url",
                                                                 "website", "contact")]
        out += list(getattr(b, "items", ()))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_instantiate_gives_a_structured_flyer_without_placeholders(name: str) -> None:
    t = get_template(name)
    flyer = instantiate(t, "Our title")
    assert flyer.title == "Our title" and flyer.template == name and flyer.id is None
    assert isinstance(flyer.blocks[0], Headline) and flyer.blocks[0].text == "Our title"
    assert flyer.page == t.flyer.page and flyer.theme == t.theme
    assert [t for t in _texts(flyer) if t] == ["Our title"]  # nothing to delete before writing
    ids = [b.id for b in iter_blocks(flyer.blocks)]
    assert len(ids) == len(set(ids)) and not set(ids) & {"title", "contact", "site-qr"}
    assert instantiate(t).title == t.title
    assert loads(dumps(flyer)) == flyer


@pytest.mark.parametrize("paper", ["A4", "A5", "A6", "Letter"])
@pytest.mark.parametrize("name", NAMES)
def test_a_new_flyer_prints_cleanly(name: str, paper: str) -> None:
    result = render_flyer(instantiate(get_template(name), "Solidarity without borders"),
                          RenderOptions(mode="home", paper=paper))  # type: ignore[arg-type]
    # A new event notice has no date or place yet: preflight asks for them, and for nothing else.
    expected = ["event-incomplete"] if name == "event" else []
    assert result.page_count == 1 and [w.code for w in result.warnings] == expected


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_fits_every_sample(theme: str, seeded_corpus: Corpus) -> None:
    from dataclasses import replace

    from organiser.flyers.samples import build_samples

    for flyer in build_samples(seeded_corpus):
        result = render_flyer(replace(flyer, theme=theme), RenderOptions(mode="home", paper="A4"))
        assert result.warnings == (), (flyer.template, result.warnings)


def test_create_from_template_stores_the_flyer_with_the_profile(seeded_corpus: Corpus) -> None:
    from organiser.flyers.profile import Profile, save_profile

    save_profile(seeded_corpus, Profile("Group", "g[at]x.org", "x.org"))
    flyer_id = create_from_template(seeded_corpus, "event", "Teach-in")
    stored = get_flyer(seeded_corpus, flyer_id)
    assert stored.template == "event" and stored.title == "Teach-in" and stored.organisation == "Group"
    texts = _texts(stored)
    assert "Group" in texts and "g[at]x.org" in texts and "x.org" in texts  # footer and call to action
