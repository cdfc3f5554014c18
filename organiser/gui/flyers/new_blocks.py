"""Fresh blocks for the Add block menu, with placeholder content in the window's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from organiser.flyers import ops
from organiser.flyers.model import (
    Block,
    BulletList,
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
    SourcesBlock,
    Spacer,
    Subheading,
    TextBlock,
)


def new_block(kind: str) -> Block:
    """A fresh block of ``kind`` with placeholder content the user overwrites."""
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
        "footer": lambda: FooterBlock(bid, ""),
        "sources": lambda: SourcesBlock(bid),
        "divider": lambda: Divider(bid),
        "spacer": lambda: Spacer(bid),
    }
    return factories[kind]()
