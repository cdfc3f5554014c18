"""The .ts sources hold every text of the window, all translated, and the shipped .qm files are compiled from them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from organiser.assets import resource_path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
LANGUAGES = ("en", "uk", "ar", "he")
# Qt's plural forms: English and Hebrew 2, Ukrainian 3 (1, 2–4, 5–20…), Arabic 6 (0, 1, 2, 3–10, 11–99, 100…).
FORMS = {"en": 2, "uk": 3, "ar": 6, "he": 2}


def _tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to this Python")
    return path


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    """The .ts files as pyside6-lupdate makes them from the code now (on copies; the repository is untouched)."""
    lupdate = _tool("pyside6-lupdate")
    out = tmp_path_factory.mktemp("ts")
    sources = sorted(str(p) for p in (ROOT / "organiser" / "gui").rglob("*.py"))
    roots = {}
    for lang in LANGUAGES:
        ts = out / f"organiser_{lang}.ts"
        shutil.copy(resource_path("translations", f"organiser_{lang}.ts"), ts)
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", lang, *sources, "-ts", str(ts)], check=True, cwd=ROOT)
        roots[lang] = ET.parse(ts).getroot()
    return roots


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_of_the_window_is_translated(updated: dict[str, ET.Element], lang: str) -> None:
    messages = list(updated[lang].iter("message"))
    assert len(messages) > 400
    missing = []
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")]
        source = message.findtext("source") or ""
        if "%n" in source:  # a count: it needs the language's plural forms (only tr() calls give them)
            assert message.get("numerus") == "yes", source
        if message.get("numerus") == "yes":
            assert len(forms) == FORMS[lang], message.findtext("source")
            if not all(forms):
                missing.append(message.findtext("source"))
        elif lang != "en" and (translation.get("type") == "unfinished" or not translation.text):
            missing.append(message.findtext("source"))
    assert missing == [], "run scripts/translations.sh and translate the new texts"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    lrelease = _tool("pyside6-lrelease")
    qm = tmp_path / f"{lang}.qm"
    subprocess.run([str(lrelease), "-silent", str(resource_path("translations", f"organiser_{lang}.ts")),
                    "-qm", str(qm)], check=True)
    assert qm.read_bytes() == resource_path("translations", f"organiser_{lang}.qm").read_bytes(), \
        "run scripts/translations.sh compile"
