"""Which flyer the workspace shows first: one asked for, the last ones used, or (for screenshots) a sample."""

from __future__ import annotations

import logging
import os
from typing import Any

from organiser.flyers.model import ComparisonBlock

Workspace = Any  # the FlyerWorkspace, which imports this module (no import cycles)
log = logging.getLogger(__name__)


def ui_settings() -> Any:
    from organiser.gui.settings import Settings


    return Settings()


def remember(ws: Workspace, flyer_id: int) -> None:
    try:
        ws.settings().add_recent_flyer(flyer_id)
    except Exception:  # UI state only: never worth an error
        log.debug("could not record the recent flyer", exc_info=True)


def _install_samples(ws: Workspace) -> list[int]:
    """Screenshots of an empty corpus show the sample flyers (the screenshot script uses a scratch corpus)."""
    try:
        from organiser.flyers.samples import install_samples

        ids = install_samples(ws.corpus)
    except Exception:
        log.warning("could not install the sample flyers", exc_info=True)
        return []
    ws.library.refresh()
    return ids


def open_initial(ws: Workspace) -> None:
    wanted = os.environ.get("ORGANISER_OPEN_FLYER", "")
    ids = [s.id for s in ws.corpus.list_flyers()]
    candidates: list[int] = []
    if wanted.isdigit():
        candidates.append(int(wanted))
    if os.environ.get("ORGANISER_SCREENSHOT"):
        if not ids:
            ids = _install_samples(ws)
        if ids:
            candidates.append(min(ids))  # the first sample flyer
    try:
        candidates += ws.settings().recent_flyers()
    except Exception:
        log.debug("could not read the recent flyers", exc_info=True)
    for flyer_id in candidates:
        if flyer_id in ids:
            ws.open_flyer(flyer_id)
            flyer = ws.session.flyer
            if os.environ.get("ORGANISER_SCREENSHOT") and flyer is not None:
                # Show the richest editor: the chart grid if there is one, else the first block.
                chart = next((b for b in flyer.blocks if isinstance(b, ComparisonBlock)), None)
                target = chart or (flyer.blocks[0] if flyer.blocks else None)
                if target is not None:
                    ws.editor.select_block(target.id)
            return
