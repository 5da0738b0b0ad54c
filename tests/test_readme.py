"""The README's Quick start is what a new user types; CI must run exactly the same test command."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", section, re.DOTALL)
    return [line.strip() for block in blocks for line in block.strip().split("\n")]


def test_quick_start_is_two_commands() -> None:
    assert quick_start_commands() == ["pip install . && attest demo", "pip install -e '.[test]' && pytest"]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = quick_start_commands()[1]
    assert test_command in [line.strip() for line in ci.split("\n")]


def test_ci_installs_the_documented_debian_packages() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/debian-packages.txt" in ci
    packages = (REPO / "packaging" / "debian-packages.txt").read_text().split()
    for needed in ("libegl1", "libxkbcommon0", "fontconfig", "xvfb", "xauth", "libxcb-cursor0"):
        assert needed in packages
