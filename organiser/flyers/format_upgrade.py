"""Older flyer documents brought into today's shape before they are validated, so old files keep opening."""

from __future__ import annotations

from typing import Any

# Fields older files carry that no longer mean anything: dropped on read (never written again).
# ``show_legend`` (comparison): verdict badges print their word now; no legend is drawn.
_RETIRED_FIELDS: dict[str, frozenset[str]] = {"comparison": frozenset({"show_legend"})}
_NESTED = ("left", "right")  # two-column sections hold blocks of their own


def _without_retired(blocks: Any) -> Any:
    """``blocks`` with retired fields left out; copies only what changes, leaves anything malformed to the schema."""
    if not isinstance(blocks, list):
        return blocks
    out: list[Any] = []
    for b in blocks:
        if isinstance(b, dict):
            retired = _RETIRED_FIELDS.get(str(b.get("kind")), frozenset())
            if any(k in b for k in retired) or any(k in b for k in _NESTED):
                b = {k: _without_retired(v) if k in _NESTED else v for k, v in b.items() if k not in retired}
        out.append(b)
    return out


def upgrade(data: Any) -> Any:
    """The file document ``data`` in today's shape (the argument itself is not changed)."""
    flyer = data.get("flyer") if isinstance(data, dict) else None
    if not isinstance(flyer, dict) or "blocks" not in flyer:
        return data
    return {**data, "flyer": {**flyer, "blocks": _without_retired(flyer["blocks"])}}
