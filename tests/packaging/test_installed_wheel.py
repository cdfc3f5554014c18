"""Organiser installed like real software: the built wheel in a clean venv, run from another folder.

The wheel is built from the sdist (``python -m build``), so a file missing from the sdist fails here too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(p.name for p in (ROOT / "resources" / "templates").glob("*.json"))
SEEDS = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".json"))
FONTS = sorted(p.name for p in (ROOT / "resources" / "fonts").iterdir() if p.suffix in (".ttf", ".otf", ".txt"))


def test_every_package_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "organiser").rglob("__init__.py")}
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with only the wheel (and its dependencies from the package index or pip's cache)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    wheel = next(dist.glob("organiser-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    str(wheel)], check=True, capture_output=True, timeout=900)
    yield venv
    shutil.rmtree(venv, ignore_errors=True)


def _names_in_wheel(dist: Path) -> set[str]:
    with zipfile.ZipFile(next(dist.glob("organiser-*.whl"))) as whl:
        return set(whl.namelist())


@pytest.mark.slow
def test_the_wheel_carries_fonts_templates_schema_seeds_and_icons(dist: Path) -> None:
    names = _names_in_wheel(dist)
    expected = {"organiser/resources/flyer.schema.json", "organiser/resources/desktop/organiser.desktop",
                "organiser/resources/icons/organiser.svg", "organiser/resources/icons/organiser-256.png",
                *(f"organiser/resources/templates/{t}" for t in TEMPLATES),
                *(f"organiser/resources/fonts/{f}" for f in FONTS),
                *(f"organiser/seeds/{s}" for s in SEEDS),
                *(f"organiser/resources/translations/organiser_{lang}.qm" for lang in ("en", "uk", "ar", "he"))}
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(("tests/", "bench/", "scripts/")) for n in names)


@pytest.mark.slow
def test_the_sdist_holds_what_the_wheel_is_built_from(dist: Path) -> None:
    with tarfile.open(next(dist.glob("organiser-*.tar.gz"))) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {"pyproject.toml", "README.md", "resources/flyer.schema.json", "seeds/000_efb192165b78f785.txt",
            *(f"resources/templates/{t}" for t in TEMPLATES), *(f"resources/fonts/{f}" for f in FONTS)} <= names


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ORGANISER_DB")}
    env["HOME"] = str(cwd)
    env["XDG_DATA_HOME"] = str(cwd / "data")
    return subprocess.run([str(venv / "bin" / "organiser"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
def test_installed_wheel_works_from_any_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    templates = _run(installed, elsewhere, "templates")
    assert templates.returncode == 0, templates.stderr
    assert len(templates.stdout.strip().splitlines()) == len(TEMPLATES) == 7
    flyers = _run(installed, elsewhere, "flyer", "list")  # the first use imports the sample corpus
    assert flyers.returncode == 0, flyers.stderr
    assert "no flyers yet" not in flyers.stderr and len(flyers.stdout.strip().splitlines()) >= 5
    assert (elsewhere / "data" / "organiser" / "corpus.db").is_file()
    flyer_id = flyers.stdout.split()[0].strip("[]")
    pdf = elsewhere / "flyer.pdf"
    export = _run(installed, elsewhere, "flyer", "export", flyer_id, "-o", str(pdf))
    assert export.returncode == 0, export.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts  # every font embedded
    gui = subprocess.run([str(installed / "bin" / "python"), "-c", "import organiser.gui.app, organiser.gui.icons"],
                         cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert gui.returncode == 0, gui.stderr


@pytest.mark.slow
def test_install_desktop_puts_organiser_in_the_menu(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, tmp_path, "install-desktop")
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "data" / "applications" / "organiser.desktop").read_text()
    assert f"Exec={installed / 'bin' / 'organiser'} %F" in entry and "Icon=organiser" in entry
    assert (tmp_path / "data" / "icons" / "hicolor" / "48x48" / "apps" / "organiser.png").is_file()
    assert (tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "organiser.svg").is_file()
    removed = _run(installed, tmp_path, "install-desktop", "--uninstall")
    assert removed.returncode == 0 and not (tmp_path / "data" / "applications" / "organiser.desktop").exists()
