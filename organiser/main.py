"""The ``organiser`` program: a command when one is given, else the desktop app.

It sits above both front ends so that neither imports the other (the CLI is usable without Qt).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from organiser import cli

_DEFAULT_GC = gc.get_threshold()
# A command is a short process that allocates most of its objects while importing: collecting cycles every 700
# allocations then costs ~10 % of `organiser render`. Cycles are still collected, only less often.
_COMMAND_GC = (50_000, 20, 20)
_window_ran = False


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
    global _window_ran
    _window_ran = True
    gc.set_threshold(*_DEFAULT_GC)  # the window is a long-lived process
    from organiser.gui.app import run

    return run(db)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, run_window=start_window)


def _nothing_left_running() -> bool:
    if threading.active_count() > 1:
        return False
    mp = sys.modules.get("multiprocessing")
    return mp is None or not mp.active_children()


def run() -> NoReturn:
    """The installed ``organiser`` program and ``python -m organiser``.

    A command that finished with nothing left running leaves without tearing the interpreter down (freeing every
    module and object one by one takes ~35 ms, longer than rendering a flyer): its files are already written and
    renamed, its corpus closed by the ``with`` around it; only the standard streams need flushing. The window exits
    the usual way.
    """
    gc.set_threshold(*_COMMAND_GC)
    code = main()
    if _window_ran or not _nothing_left_running():
        sys.exit(code)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("organiser … | head"): nothing more can be said there
            code = code or 1
    os._exit(code)
