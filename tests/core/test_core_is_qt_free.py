"""organiser.core must never import Qt: it runs headless, from the CLI and in tests."""

import pkgutil
import subprocess
import sys

import organiser.core


def test_no_core_module_imports_pyside6():
    names = [m.name for m in pkgutil.walk_packages(organiser.core.__path__, "organiser.core.")]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert len(names) > 10
