"""Choosing, creating and guarding the workspace folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from attest.core.errors import WorkspaceError
from attest.core.workspace import Workspace, default_workspace_dir, resolve_workspace_dir


def test_option_beats_environment_beats_default(tmp_path: Path) -> None:
    env = {"ATTEST_WORKSPACE": str(tmp_path / "from-env")}
    assert resolve_workspace_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_workspace_dir(None, env) == tmp_path / "from-env"
    assert resolve_workspace_dir(None, {}) == default_workspace_dir()


def test_default_is_a_per_user_data_folder(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into tmp; platformdirs must follow it
    assert str(default_workspace_dir()).startswith(str(Path.home()))
    assert default_workspace_dir().parts[-2:] == ("Attest", "workspace")


def test_created_on_first_use_with_db_and_evidence(tmp_path: Path) -> None:
    root = tmp_path / "new" / "nested"
    with Workspace.open(root) as ws:
        assert ws.store.one("PRAGMA journal_mode")["journal_mode"] == "wal"
    assert (root / "attest.db").is_file() and (root / "evidence").is_dir()


def test_a_non_empty_folder_that_is_not_a_workspace_is_refused(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("mine")
    with pytest.raises(WorkspaceError, match=r"not an Attest workspace \(no attest.db\) and not empty"):
        Workspace.open(tmp_path / "docs")
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["notes.txt"]


def test_a_file_is_not_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(WorkspaceError, match="is a file"):
        Workspace.open(tmp_path / "f")


def test_a_corrupt_database_is_reported_not_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "attest.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceError, match="not an Attest workspace database"):
        Workspace.open(root)
    assert (root / "attest.db").read_bytes() == b"this is not sqlite" * 100
