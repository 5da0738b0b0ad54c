"""The PyInstaller build's own logic, checked without running PyInstaller (that takes ~30 s and is
``python packaging/build.py --check``): the staged package a bundle is built from, and the windowed
entry that shows failures instead of losing them."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"attest_packaging_{name}", REPO / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_staged_package_is_what_a_wheel_holds(tmp_path: Path) -> None:
    build = load("build")
    stage = build.stage_package(REPO, tmp_path / "stage")
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = setuptools["packages"]
    staged = sorted(".".join(p.parent.relative_to(stage).parts) for p in stage.rglob("__init__.py"))
    assert staged == sorted(packages)
    for package in packages:  # every module of every package, so none is missing from a bundle
        origin = REPO / setuptools["package-dir"][package]
        folder = stage.joinpath(*package.split("."))
        assert sorted(p.name for p in folder.glob("*.py")) == sorted(p.name for p in origin.glob("*.py"))
    attest = stage / "attest"
    assert (attest / "templates" / "evidence_pack.docx").is_file()
    assert (attest / "core" / "examples" / "mhhs_qualification.yaml").is_file()
    assert any((attest / "core" / "examples" / "demo").iterdir())
    assert (attest / "redaction" / "data" / "names.txt").is_file()  # unlabelled names are found offline
    assert not any((attest / name).exists() for name in ("tests", "benchmarks", "packaging", "docs", "build", "tools"))


def test_staging_again_drops_files_removed_since(tmp_path: Path) -> None:
    build = load("build")
    stage = build.stage_package(REPO, tmp_path / "stage")
    (stage / "attest" / "core" / "gone.py").write_text("")
    build.stage_package(REPO, stage)
    assert not (stage / "attest" / "core" / "gone.py").exists()


def test_without_a_console_a_failure_is_shown_not_lost(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    entry = load("attest_entry")
    shown: list[str] = []
    monkeypatch.setattr(entry, "_show_failure", shown.append)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setattr(sys, "argv", ["attest-gui", "--workspace", str(not_a_folder), "cases"])
    monkeypatch.setattr(sys, "stdout", None)  # a windowed executable on Windows
    monkeypatch.setattr(sys, "stderr", None)
    assert entry.main() == 2
    assert shown == [f"attest: error: {not_a_folder}: is a file, not a workspace folder"]


def test_without_a_console_success_and_bad_options_are_handled(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    entry = load("attest_entry")
    shown: list[str] = []
    monkeypatch.setattr(entry, "_show_failure", shown.append)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["attest-gui", "--workspace", str(tmp_path / "ws"), "cases"])
    assert entry.main() == 0 and shown == []  # nothing to show when it worked
    monkeypatch.setattr(sys, "argv", ["attest-gui", "--no-such-option"])
    assert entry.main() == 2
    assert "unrecognized arguments: --no-such-option" in shown[0]


def test_with_a_console_the_entry_is_plain_attest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    entry = load("attest_entry")
    monkeypatch.setattr(entry, "_show_failure", lambda text: pytest.fail(f"shown: {text}"))
    monkeypatch.setattr(sys, "argv", ["attest", "--workspace", str(tmp_path / "ws"), "cases"])
    assert entry.main() == 0
    assert "no test cases yet" in capsys.readouterr().err
