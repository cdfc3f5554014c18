"""The organisation profile: stored once in the corpus, printed in footers and QR codes of new flyers."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from organiser.corpus.store import Corpus
from organiser.flyers.model import CallToAction, FooterBlock, ImageBlock, QRBlock
from organiser.flyers.profile import Profile, display_website, load_profile, save_profile, website_url
from organiser.flyers.templates import get_template, instantiate

UIG = Profile("Ukraine Information Group", "2022ukrainesolidarity[at]gmail.com", "ukraine-solidarity.org")


def test_a_new_corpus_has_an_empty_profile(empty_corpus: Corpus) -> None:
    assert load_profile(empty_corpus) == Profile()
    assert Profile().is_empty() and Profile().footer_line() == "" and Profile().qr_url() == ""


def test_profile_round_trip_and_update(empty_corpus: Corpus, tmp_path: Path) -> None:
    save_profile(empty_corpus, Profile("  Group ", "a[at]b.org ", "b.org", ""))
    assert load_profile(empty_corpus) == Profile("Group", "a[at]b.org", "b.org", "")
    save_profile(empty_corpus, UIG)
    assert load_profile(empty_corpus) == UIG
    path = tmp_path / "c.db"
    empty_corpus.close()
    assert load_profile(Corpus(path)) == Profile()  # another corpus, another profile


def test_footer_line_and_urls() -> None:
    assert UIG.footer_line() == (
        "Ukraine Information Group · 2022ukrainesolidarity[at]gmail.com · ukraine-solidarity.org")
    assert UIG.qr_url() == "https://ukraine-solidarity.org"
    assert website_url("http://x.org/a") == "http://x.org/a"
    assert display_website("https://www.x.org/") == "x.org"


def test_profile_fills_the_call_to_action_and_footer_of_a_new_flyer() -> None:
    for name in ("event", "chart", "open-letter"):
        flyer = instantiate(get_template(name), "Meeting", UIG)
        assert flyer.organisation == "Ukraine Information Group"
        action = next(b for b in flyer.blocks if isinstance(b, CallToAction))
        assert (action.website, action.contact, action.qr) == (UIG.website, UIG.contact, True)
        # The call to action prints how to reach the group, large: the footer only names it.
        footer = next(b for b in flyer.blocks if isinstance(b, FooterBlock))
        assert footer.text == "Ukraine Information Group"
    assert not any(isinstance(b, QRBlock) for b in flyer.blocks)  # its code is the call to action's


def test_without_a_website_or_contact_the_call_to_action_is_left_out() -> None:
    flyer = instantiate(get_template("event"), "Meeting", Profile(name="Group"))
    assert not any(isinstance(b, CallToAction | QRBlock) for b in flyer.blocks)
    footer = next(b for b in flyer.blocks if isinstance(b, FooterBlock))
    assert footer.text == "Group"
    flyer = instantiate(get_template("excerpt"), "Excerpt", UIG)  # no call to action: the full contact line
    assert next(b for b in flyer.blocks if isinstance(b, FooterBlock)).text == UIG.footer_line()


def test_logo_goes_above_the_footer(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (600, 300), "red").save(logo)
    flyer = instantiate(get_template("chart"), "Chart", Profile(name="Group", logo=str(logo)))
    kinds = [b.kind for b in flyer.blocks]
    image = next(b for b in flyer.blocks if isinstance(b, ImageBlock))
    assert image.path == str(logo) and kinds.index("image") == kinds.index("footer") - 1
    missing = instantiate(get_template("chart"), "Chart", Profile(name="Group", logo=str(tmp_path / "no.png")))
    assert not any(isinstance(b, ImageBlock) for b in missing.blocks)
