"""Schema versions: an older workspace is backed up, then migrated forward step by step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from attest.core import migrations
from attest.core.errors import WorkspaceError
from attest.core.workspace import Workspace


V1_DUMP = Path(__file__).with_name("data") / "workspace_schema_v1.sql"


def make_v1_workspace(root: Path) -> None:
    """A workspace exactly as the first schema left it, with a case and a recorded run in it."""
    root.mkdir()
    conn = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()


def test_an_old_workspace_is_backed_up_then_migrated(tmp_path: Path) -> None:
    root = tmp_path / "old"
    make_v1_workspace(root)
    with Workspace.open(root) as ws:
        assert migrations.current_version(ws.store.conn) == migrations.LATEST
        run = ws.runs.get(1)  # data written under schema 1 reads back through today's code
        assert run.reference == "OLD_TC_01" and run.steps[0].result.actual == "ok"
        assert ws.runs.data_refs(1) == []  # column added by migration 2, with its default
        assert ws.cases.get("OLD_TC_01").case.title == "From schema 1"
        old_item = ws.runs.evidence_item(1)  # masks were only counted before schema 6: unknown, not zero
        assert old_item.masks is None and old_item.mask_count is None
        indexes = {r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "idx_step_results_run_id_step_index" in indexes
    backups = list((root / "backups").glob("attest-schema-v1-*.db"))
    assert len(backups) == 1
    backup = sqlite3.connect(str(backups[0]))
    assert migrations.current_version(backup) == 1
    assert backup.execute("SELECT reference FROM cases").fetchone() == ("OLD_TC_01",)
    backup.close()


def test_a_current_workspace_is_not_backed_up_again(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    Workspace.open(tmp_path / "ws").close()
    assert not (tmp_path / "ws" / "backups").exists()


def test_a_workspace_from_a_newer_attest_is_refused(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    conn = sqlite3.connect(str(tmp_path / "ws" / "attest.db"), isolation_level=None)
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')")
    conn.close()
    with pytest.raises(WorkspaceError, match=r"written by a newer Attest \(schema 99"):
        Workspace.open(tmp_path / "ws")


def test_a_failed_migration_leaves_the_old_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "old"
    make_v1_workspace(root)

    def broken(db: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError, match="disk on fire"):
        migrations.migrate(sqlite3.connect(str(root / "attest.db"), isolation_level=None), root / "backups")
    conn = sqlite3.connect(str(root / "attest.db"))
    assert migrations.current_version(conn) == 1
    assert conn.execute("SELECT COUNT(*) FROM runs").fetchone() == (1,)
    conn.close()


def test_each_migration_step_is_backed_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With several steps pending, there is a copy before each: schema 1, schema 2, ..."""
    root = tmp_path / "old"
    make_v1_workspace(root)

    def later_noop(db: object) -> None:
        return None

    steps = [*migrations.MIGRATIONS, later_noop]  # at least two steps pending, however many exist today
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    conn = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    assert migrations.migrate(conn, root / "backups") == list(range(2, len(steps) + 1))
    conn.close()
    names = sorted((p.name.split("-")[2] for p in (root / "backups").glob("*.db")), key=lambda v: int(v[1:]))
    assert names == [f"v{n}" for n in range(1, len(steps))]


def test_a_workspace_locked_during_migration_is_busy_not_a_crash(tmp_path: Path) -> None:
    from attest.core.errors import WorkspaceBusy

    root = tmp_path / "old"
    make_v1_workspace(root)
    other = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WorkspaceBusy, match="workspace busy"):
            Workspace.open(root, busy_timeout_s=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Workspace.open(root) as ws:
        assert migrations.current_version(ws.store.conn) == migrations.LATEST
