"""Fresh blocks for the Add block menu, with placeholder content in the window's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from organiser.flyers import ops
from organiser.flyers.model import (
    Block,
    BulletList,
    CallToAction,
    Cell,
    ComparisonBlock,
    ComparisonTable,
    Criterion,
    Divider,
    EventBlock,
    FooterBlock,
    Headline,
    ImageBlock,
    QRBlock,
    Quote,
    Signatories,
    SourcesBlock,
    Spacer,
    Subheading,
    TextBlock,
)
from organiser.flyers.profile import Profile


def new_block(kind: str, profile: Profile | None = None) -> Block:
    """A fresh block of ``kind`` with placeholder content the user overwrites; a call to action takes the
    organisation ``profile``'s website and contact."""
    bid = ops.new_block_id()
    translate = QCoreApplication.translate
    factories: dict[str, Callable[[], Block]] = {
        "headline": lambda: Headline(bid, translate("NewBlock", "Headline")),
        "subheading": lambda: Subheading(bid, translate("NewBlock", "Subheading")),
        "text": lambda: TextBlock(bid, ""),
        "quote": lambda: Quote(bid, "", ""),
        "bullets": lambda: BulletList(bid, (translate("NewBlock", "First point"),)),
        "comparison": lambda: ComparisonBlock(bid, ComparisonTable(
            translate("NewBlock", "Comparison"),
            (translate("NewBlock", "Subject A"), translate("NewBlock", "Subject B")),
            (Criterion(translate("NewBlock", "Criterion"), (Cell(), Cell())),))),
        "image": lambda: ImageBlock(bid, ""),
        "qr": lambda: QRBlock(bid, "https://"),
        "event": lambda: EventBlock(bid, translate("NewBlock", "Event")),
        # Empty: prints "Get involved" in the flyer's language until the organiser writes their own line.
        "action": lambda: CallToAction(bid, website=profile.website if profile else "",
                                       contact=profile.contact if profile else ""),
        "signatories": lambda: Signatories(bid, (translate("NewBlock", "Name — role, organisation"),)),
        "footer": lambda: FooterBlock(bid, ""),
        "sources": lambda: SourcesBlock(bid),
        "divider": lambda: Divider(bid),
        "spacer": lambda: Spacer(bid),
    }
    return factories[kind]()
