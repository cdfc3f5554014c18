"""Ids typed on the command line: whole numbers; one beyond what the corpus can hold simply does not exist."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from organiser.errors import NotFound

# SQLite rowids are signed 64-bit integers: a larger number cannot name any row (and would overflow in the driver).
MAX_ROW_ID = 2**63 - 1


def record_id(kind: str) -> Callable[[str], int]:
    """An argparse ``type`` for the id of a ``kind`` ("flyer", "statement", "source")."""

    def parse(text: str) -> int:
        value = text.strip()
        if not value.lstrip("-").isdigit() or len(value) > 40:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {kind} id (a whole number)")
        number = int(value)
        if not 0 < number <= MAX_ROW_ID:
            # Raised through argparse (it only catches ValueError/TypeError/ArgumentTypeError): main() prints it
            # as the same plain line as any other missing id.
            raise NotFound(f"There is no {kind} {number}.")
        return number

    parse.__name__ = f"{kind} id"
    return parse
