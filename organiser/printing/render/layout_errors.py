"""Layout errors in words a user can act on, instead of ReportLab's object reprs."""

from __future__ import annotations

_FLOWABLE_KINDS = {"Spacer": "a spacer", "Image": "an image", "Table": "a table or box", "Drawing": "a QR code",
                   "KeepTogether": "a group of blocks", "ScriptParagraph": "a text", "Paragraph": "a text"}


def layout_error_message(exc: Exception, paper: str) -> str:
    """ReportLab's LayoutError names object reprs (``<Spacer at 0x…>``); the user gets what kind of block it is."""
    import re

    match = re.search(r"<(\w+)[ @]", str(exc))
    kind = _FLOWABLE_KINDS.get(match.group(1), "a block") if match else "a block"
    return (f"The flyer cannot be laid out on {paper}: {kind} is too large for one page "
            f"(make it smaller or choose a larger paper)")
