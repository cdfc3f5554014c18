"""How a new flyer starts: a template's real example content from the corpus, marked placeholders for what only
the organiser knows (when, where, who), and the organisation's profile in footer, QR code, language and look."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from organiser.errors import OrganiserError
from organiser.flyers import ops
from organiser.flyers.model import (
    PAPERS,
    Block,
    CallToAction,
    EventBlock,
    Flyer,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Signatories,
    SourcesBlock,
    TextBlock,
)
from organiser.flyers.placeholders import has_placeholder, placeholder
from organiser.flyers.profile import Profile, display_website

if TYPE_CHECKING:
    from organiser.corpus.store import Corpus

BLANK_TITLE = "Untitled flyer"
FOOTER_HINT = placeholder("Your group · email · website (File ▸ Organisation profile fills this)")
QR_HINT = placeholder("Link to your group's page")
WHEN_HINT = placeholder("When: day, date and time")
WHERE_HINT = placeholder("Where: venue and address")
WHO_HINT = placeholder("Who organises it, and how to join")
TEXT_HINT = placeholder("Why it matters, in two or three sentences")
HEADLINE_HINT = placeholder("Headline")
SITE_HINT = placeholder("Your group's website")
CONTACT_HINT = placeholder("Email or phone")
SIGNATORY_HINT = placeholder("Name — role, organisation")


def blank_flyer(profile: Profile | None = None) -> Flyer:
    """A blank page with a headline to overwrite, in the profile's language, theme and paper."""
    flyer = Flyer(title=BLANK_TITLE, blocks=(Headline(ops.new_block_id(), "Headline"),))
    return _profile_defaults(flyer, profile or Profile())


def start_flyer(corpus: Corpus, name: str | None, profile: Profile | None = None) -> Flyer:
    """A new flyer from template ``name`` (None: blank) with example content from the corpus when its seed
    texts are there, placeholders for the organiser's own details, and ``profile`` applied."""
    from organiser.flyers.templates import get_template, instantiate

    profile = profile or Profile()
    if name is None:
        return blank_flyer(profile)
    template = get_template(name)
    try:
        from organiser.flyers.samples import SAMPLES

        flyer = SAMPLES[name](corpus, profile) if name in SAMPLES else instantiate(template, None, profile)
    except OrganiserError:  # the seed texts are not in this corpus: the bare structure, with hints
        flyer = instantiate(template, None, profile)
    flyer = _mark_placeholders(flyer)
    flyer = apply_profile(flyer, profile)
    # The flyer is named after its headline until the user renames it (see ``follows_headline``).
    headline = next((b for b in flyer.blocks if isinstance(b, Headline)), None)
    title = headline.text if headline and headline.text and not has_placeholder(headline.text) else template.title
    return _profile_defaults(replace(flyer, title=title, template=name, keywords=()), profile)


def _profile_defaults(flyer: Flyer, profile: Profile) -> Flyer:
    changes: dict[str, object] = {}
    if profile.language:
        changes["lang"] = profile.language
    if profile.theme:
        changes["theme"] = profile.theme
    paper = next((p for p in PAPERS if p == profile.paper), None)
    if paper is not None:
        changes["page"] = replace(flyer.page, paper=paper)
    if profile.name:
        changes["organisation"] = profile.name
    return replace(flyer, **changes) if changes else flyer  # type: ignore[arg-type]


def _mark_placeholders(flyer: Flyer) -> Flyer:
    """Empty fields and the example group's own details become placeholders the organiser must replace."""
    out: list[Block] = []
    for b in flyer.blocks:
        if isinstance(b, EventBlock):
            b = replace(b, what=b.what or placeholder("What: meeting, vigil, march…"), when=WHEN_HINT,
                        where=WHERE_HINT, details=WHO_HINT)
        elif isinstance(b, Headline) and not b.text:
            b = replace(b, text=HEADLINE_HINT)
        elif isinstance(b, TextBlock) and not b.text:
            b = replace(b, text=TEXT_HINT)
        elif isinstance(b, FooterBlock):
            # The example's footer names the group whose texts the example quotes: never print it as ours.
            b = replace(b, text=FOOTER_HINT)
        elif isinstance(b, QRBlock):
            b = replace(b, url=QR_HINT, caption="")
        elif isinstance(b, CallToAction):
            # The example's call sends readers to the group it quotes: the organiser's own line and details go here.
            b = replace(b, text="", website=SITE_HINT, contact=CONTACT_HINT)
        elif isinstance(b, Signatories) and not b.items and not b.note:
            b = replace(b, items=(SIGNATORY_HINT,))
        out.append(b)
    return replace(flyer, blocks=_dedupe_footers(out))


def _dedupe_footers(blocks: list[Block]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, FooterBlock) and any(isinstance(o, FooterBlock) for o in out):
            continue
        out.append(b)
    return tuple(out)


def apply_profile(flyer: Flyer, profile: Profile) -> Flyer:
    """The organisation's details put into an existing flyer: its footer line, its QR code and call to action
    (where they have none yet or a placeholder), its logo and the PDF's organisation. Nothing is removed when the
    profile is empty."""
    if profile.is_empty():
        return flyer
    acts = any(isinstance(b, CallToAction) for b in ops.iter_blocks(flyer.blocks))
    line = profile.footer_line(contact=not acts)  # a call to action prints the contact large already
    url = profile.qr_url()
    blocks = list(flyer.blocks)
    has_footer = False
    for i, b in enumerate(blocks):
        if isinstance(b, FooterBlock) and not has_footer:
            has_footer = True
            if line:
                blocks[i] = replace(b, text=line)
        elif isinstance(b, QRBlock) and url and (not b.url.strip() or has_placeholder(b.url)
                                                 or b.url.strip() in ("https://", "http://")):
            blocks[i] = replace(b, url=url, caption=display_website(url))
        elif isinstance(b, CallToAction):
            blocks[i] = _action_with(b, profile)
    if not has_footer and line:
        blocks.append(FooterBlock(ops.new_block_id(), line))
    logo = profile.logo.strip()
    if logo and not any(isinstance(b, ImageBlock) and b.path == logo for b in blocks):
        from pathlib import Path

        if Path(logo).expanduser().is_file():
            at = next((i for i, b in enumerate(blocks) if isinstance(b, FooterBlock)), len(blocks))
            blocks.insert(at, ImageBlock(ops.new_block_id(), str(Path(logo).expanduser()), width_mm=30.0))
    return replace(flyer, blocks=tuple(blocks), organisation=profile.name or flyer.organisation)


def _unset(text: str) -> bool:
    return not text.strip() or has_placeholder(text)


def _action_with(b: CallToAction, profile: Profile) -> CallToAction:
    """The call to action with the profile's website and contact where it has none of its own yet; a hint the
    profile cannot answer (no phone in it) is left out once the profile gave the other."""
    if not (profile.website or profile.contact) or not (_unset(b.website) or _unset(b.contact)):
        return b
    website = (profile.website or "") if _unset(b.website) else b.website
    contact = (profile.contact or "") if _unset(b.contact) else b.contact
    return replace(b, website=website, contact=contact)


_CLOSING = (SourcesBlock, FooterBlock, CallToAction, Signatories, QRBlock)


def insertion_row(flyer: Flyer) -> int:
    """Where added statements go: before the flyer's closing (its Sources list, signatories, call to action, QR
    code and footer, in whatever order they end it), else at the end."""
    row = len(flyer.blocks)
    while row and isinstance(flyer.blocks[row - 1], _CLOSING):
        row -= 1
    for i, b in enumerate(flyer.blocks[:row]):
        if isinstance(b, SourcesBlock):  # a Sources list in the middle still closes what it lists
            return i
    return row


def _headline(flyer: Flyer) -> str | None:
    return next((b.text for b in flyer.blocks if isinstance(b, Headline)), None)


def follow_headline(before: Flyer, after: Flyer) -> Flyer:
    """The flyer's name follows its headline until the user gives it another name: while the name is the
    headline's text (or a default such as "Untitled flyer"), a new headline renames the flyer too."""
    old, new = _headline(before), _headline(after)
    if new is None or old == new or after.title != before.title:
        return after
    following = before.title.strip() in ((old or "").strip(), BLANK_TITLE, "", _template_title(before)) \
        or has_placeholder(before.title)
    name = " ".join(new.split())
    if not following or not name or has_placeholder(name):
        return after
    return replace(after, title=name[:120])


def _template_title(flyer: Flyer) -> str:
    from organiser.flyers.templates import get_template

    try:
        return get_template(flyer.template).title if flyer.template else BLANK_TITLE
    except OrganiserError:
        return BLANK_TITLE
