"""``organiser install-desktop``: the menu entry and icon for the current user (freedesktop.org, Linux/BSD).

Files go under ``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/organiser.desktop`` and the icon in the
``hicolor`` theme, so every desktop (GNOME, KDE, Xfce…) lists Organiser in its menu without root.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path

from organiser.assets import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("install-desktop", help="add Organiser to the desktop's application menu (current user)")
    p.add_argument("--uninstall", action="store_true", help="remove the menu entry and icon again")
    p.set_defaults(func=cmd_install_desktop)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """How the menu starts this installation: its ``organiser`` script, else this Python with ``-m``."""
    script = Path(sys.executable).with_name("organiser")
    if script.is_file() and os.access(script, os.X_OK):
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m organiser"


def installed_files(root: Path) -> list[Path]:
    icons = root / "icons" / "hicolor"
    return [root / "applications" / "organiser.desktop", icons / "scalable" / "apps" / "organiser.svg",
            *(icons / f"{s}x{s}" / "apps" / "organiser.png" for s in ICON_SIZES)]


def install(root: Path) -> list[Path]:
    """Write the desktop entry (Exec pointing at this installation) and the icons; returns the files written."""
    entry = resource_path("desktop", "organiser.desktop").read_text(encoding="utf-8")
    command = launcher_command()
    entry = entry.replace("Exec=organiser %F", f"Exec={command} %F").replace("TryExec=organiser\n", "")
    desktop_file, svg, *pngs = installed_files(root)
    desktop_file.parent.mkdir(parents=True, exist_ok=True)
    desktop_file.write_text(entry, encoding="utf-8")
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "organiser.svg"), svg)
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        png.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path("icons", f"organiser-{size}.png"), png)
    _refresh_caches(root)
    return [desktop_file, svg, *pngs]


def uninstall(root: Path) -> list[Path]:
    removed = [f for f in installed_files(root) if f.is_file()]
    for f in removed:
        f.unlink()
    _refresh_caches(root)
    return removed


def _refresh_caches(root: Path) -> None:
    """Menus pick the entry up faster when the caches are rebuilt; the tools are optional."""
    import subprocess  # here: every other command starts faster without it

    for tool, target in (("update-desktop-database", root / "applications"),
                         ("gtk-update-icon-cache", root / "icons" / "hicolor")):
        if shutil.which(tool) and target.is_dir():
            subprocess.run([tool, "-q", str(target)], capture_output=True, check=False, timeout=30)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    root = data_home()
    if args.uninstall:
        removed = uninstall(root)
        print(f"removed {len(removed)} files" if removed else "Organiser was not in the application menu")
        return 0
    written = install(root)
    print(f"added Organiser to the application menu: {written[0]}")
    return 0
