"""The architecture in DESIGN.md, enforced: a Qt-free core under two thin faces."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    done = subprocess.run([exe, "--config", str(REPO / "pyproject.toml"), "--no-cache"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_display_free_packages_load_without_qt() -> None:
    """Importing everything below the faces must not pull in Qt, even indirectly through a dependency."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import attest.core, attest.core.importers, attest.redaction, attest.templates, attest.capture.intake\n"
        "for pkg in (attest.core, attest.core.importers, attest.redaction, attest.templates):\n"
        "    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import attest.cli.main\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('attest.gui'))\n"
        "print(bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_subpackages_live_under_one_namespace() -> None:
    """Installing Attest must not add generic top-level names such as `core` to site-packages."""
    import attest.core

    assert attest.core.__name__ == "attest.core"
    done = subprocess.run([sys.executable, "-c", "import core"], capture_output=True, text=True, cwd="/")
    assert done.returncode != 0 and "No module named 'core'" in done.stderr
