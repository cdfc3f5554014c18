"""New flyers start from real example content with marked placeholders, and take the organisation's profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.corpus.store import Corpus
from organiser.flyers.model import (
    CallToAction,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    QRBlock,
    SourcesBlock,
    StatementBlock,
)
from organiser.flyers.ops import iter_blocks
from organiser.flyers.placeholders import leftovers
from organiser.flyers.profile import Profile, load_profile, save_profile
from organiser.flyers.starters import apply_profile, blank_flyer, insertion_row, start_flyer
from organiser.flyers.templates import list_templates

GROUP = Profile("Lviv Solidarity", "hello[at]lviv-solidarity.org", "lviv-solidarity.org", language="uk",
                theme="photocopy", paper="A5")


def _of(flyer: Flyer, kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in iter_blocks(flyer.blocks) if isinstance(b, kind)]


def test_the_event_notice_starts_with_corpus_text_and_marked_placeholders(seeded_corpus: Corpus) -> None:
    flyer = start_flyer(seeded_corpus, "event")
    statements = _of(flyer, StatementBlock)
    assert statements and all(s.statement_id is not None and s.citation.source_title for s in statements)
    event = _of(flyer, EventBlock)[0]
    assert event.when.startswith("[[When") and event.where.startswith("[[Where")
    hints = [x.hint for x in leftovers(flyer)]
    assert any(h.startswith("Where") for h in hints) and any(h.startswith("Your group") for h in hints)
    action = _of(flyer, CallToAction)[0]
    assert (action.text, action.website, action.contact) == ("", "[[Your group's website]]", "[[Email or phone]]")
    # The example group's own contact line is never printed as the user's.
    assert not any("gmail" in f.text for f in _of(flyer, FooterBlock))
    assert flyer.title == _of(flyer, Headline)[0].text and flyer.template == "event"


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_template_starts_without_seeds_too(empty_corpus: Corpus, name: str) -> None:
    flyer = start_flyer(empty_corpus, name)
    assert flyer.blocks and leftovers(flyer)  # the bare structure says what to write where


def test_the_profile_fills_new_flyers(seeded_corpus: Corpus) -> None:
    flyer = start_flyer(seeded_corpus, "event", GROUP)
    assert _of(flyer, FooterBlock)[0].text == "Lviv Solidarity"  # the call to action prints the rest
    action = _of(flyer, CallToAction)[0]
    assert (action.website, action.contact) == ("lviv-solidarity.org", "hello[at]lviv-solidarity.org")
    assert (flyer.lang, flyer.theme, flyer.page.paper, flyer.organisation) == ("uk", "photocopy", "A5",
                                                                                "Lviv Solidarity")
    assert not [x for x in leftovers(flyer) if x.hint.startswith(("Your group", "Link", "Email"))]
    blank = blank_flyer(GROUP)
    assert (blank.lang, blank.theme, blank.page.paper) == ("uk", "photocopy", "A5")


def test_an_existing_flyer_takes_the_profile() -> None:
    flyer = Flyer("Old", blocks=(Headline("h", "Old"), QRBlock("q", "https://"), FooterBlock("f", "old line")))
    after = apply_profile(flyer, GROUP)
    assert [b.text for b in _of(after, FooterBlock)] == [GROUP.footer_line()]
    assert _of(after, QRBlock)[0].url == "https://lviv-solidarity.org"
    assert after.organisation == "Lviv Solidarity"
    kept = apply_profile(Flyer("x", blocks=(QRBlock("q", "https://commons.com.ua"),)), GROUP)
    assert _of(kept, QRBlock)[0].url == "https://commons.com.ua"  # a real link of the user's stays
    assert _of(kept, FooterBlock)[0].text == GROUP.footer_line()  # a flyer without footer gets one
    assert apply_profile(flyer, Profile()) == flyer


def test_a_call_to_action_takes_what_the_profile_has() -> None:
    hinted = Flyer("x", blocks=(CallToAction("a", "Join us", "[[Your group's website]]", "[[Email or phone]]"),))
    only_site = apply_profile(hinted, Profile("G", website="g.org"))
    assert only_site.blocks[0] == CallToAction("a", "Join us", "g.org", "")  # no hint the profile cannot answer
    own = Flyer("x", blocks=(CallToAction("a", website="mine.org", contact="+380 67 000 0000"),))
    assert apply_profile(own, GROUP).blocks[0] == own.blocks[0]  # the user's own details stay


def test_profile_language_theme_and_paper_are_stored(empty_corpus: Corpus, tmp_path: Path) -> None:
    save_profile(empty_corpus, GROUP)
    assert load_profile(empty_corpus) == GROUP
    # A corpus made before these fields existed reads them as empty and gains them on save.
    old = Corpus(tmp_path / "old.db")
    old.db.execute("DROP TABLE profile")
    old.db.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT, contact TEXT, website TEXT, logo TEXT)")
    old.db.execute("INSERT INTO profile VALUES (1, 'G', '', 'g.org', '')")
    assert load_profile(old) == Profile("G", "", "g.org")
    save_profile(old, GROUP)
    assert load_profile(old) == GROUP
    old.close()


def test_added_statements_go_before_the_sources_list() -> None:
    flyer = Flyer("f", blocks=(Headline("h", "x"), SourcesBlock("s"), FooterBlock("f", "y")))
    assert insertion_row(flyer) == 1
    assert insertion_row(Flyer("f", blocks=(Headline("h", "x"),))) == 1


def test_added_statements_go_before_the_closing_call_signatories_and_footer() -> None:
    from organiser.flyers.model import CallToAction, Signatories, TextBlock

    event = Flyer("e", blocks=(Headline("h", "x"), TextBlock("t", "Come"), CallToAction("a", "Join us"),
                               FooterBlock("f", "y")))
    assert insertion_row(event) == 2  # the call to action stays last, above the footer
    letter = Flyer("l", blocks=(Headline("h", "x"), TextBlock("t", "Dear"), Signatories("s", ("A — B",)),
                                SourcesBlock("src"), FooterBlock("f", "y")))
    assert insertion_row(letter) == 2
