"""The ``organiser`` program: a command when one is given, else the desktop app.

It sits above both front ends so that neither imports the other (the CLI is usable without Qt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from organiser import cli


def _no_screen() -> bool:
    """On Linux/BSD, Qt aborts the process when there is no display: tell the user instead."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def start_window(db: Path | None) -> int:
    if _no_screen():
        print("error: there is no screen to show the window on (DISPLAY is not set). On a server, run it "
              "under a virtual screen: xvfb-run -a organiser", file=sys.stderr)
        return cli.EXIT_FAILURE
    from organiser.gui.app import run

    return run(db)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, run_window=start_window)
