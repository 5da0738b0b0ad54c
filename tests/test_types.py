"""The one gate, as the type checker sees it: core's write functions take ``Redacted`` text, which only
the gate in ``attest.services`` creates, so raw text from a face is a type error.

mypy runs on the package as installed (``pip install -e .`` maps folders to ``attest.*`` subpackages
through an import hook mypy cannot follow), so the checkout is linked as ``attest`` in a temporary
folder and that folder put on MYPYPATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _mypy(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("mypy", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    root = tmp_path / "root"
    root.mkdir()
    (root / "attest").symlink_to(REPO, target_is_directory=True)
    env = {**os.environ, "MYPYPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
                           "--cache-dir", str(tmp_path / "cache"), *args], cwd=root, env=env,
                          capture_output=True, text=True)


def test_core_services_and_redaction_type_check(tmp_path: Path) -> None:
    done = _mypy(tmp_path, "-p", "attest.core", "-p", "attest.services", "-p", "attest.redaction")
    assert done.returncode == 0, done.stdout + done.stderr


def test_raw_text_handed_to_core_is_a_type_error(tmp_path: Path) -> None:
    face = tmp_path / "face.py"
    face.write_text(
        "from attest.core.model import ObservationKind\n"
        "from attest.core.workspace import Workspace\n"
        "def observe(ws: Workspace, typed: str) -> None:\n"
        "    ws.runs.add_observation(1, ObservationKind.OBSERVATION, typed, by=typed)\n"
    )
    done = _mypy(tmp_path, str(face))
    assert done.returncode == 1 and 'incompatible type "str"; expected "Redacted"' in done.stdout, done.stdout


def test_only_the_gate_creates_redacted_text() -> None:
    """``Redacted(...)`` is called in the gate and in core/redacted.py (text read back from the store)."""
    allowed = {REPO / "services" / "gate.py", REPO / "core" / "redacted.py"}
    callers = sorted(str(path.relative_to(REPO)) for folder in ("core", "capture", "templates", "services", "cli", "gui")
                     for path in (REPO / folder).rglob("*.py")
                     if path not in allowed and re.search(r"\bRedacted\(", path.read_text(encoding="utf-8")))
    assert callers == []
