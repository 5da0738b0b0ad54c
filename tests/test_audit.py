"""The audit log is append-only and hash-chained: tampering with any row is detected."""

from __future__ import annotations

import sqlite3

import pytest

from attest.core.model import StepStatus
from attest.core.workspace import Workspace
from test_runs import start


@pytest.fixture
def busy_ws(ws: Workspace) -> Workspace:
    run_id = start(ws, steps=3)
    ws.runs.record_step(run_id, StepStatus.PASSED, actual="fine")
    ws.runs.record_step(run_id, StepStatus.FAILED, actual="error")
    ws.runs.finish(run_id)
    return ws


def _drop_guards(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")


def test_an_untouched_chain_verifies(busy_ws: Workspace) -> None:
    report = busy_ws.verify_audit()
    assert report.ok and report.entries == 5


def test_sql_refuses_updates_and_deletes(busy_ws: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        busy_ws.store.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        busy_ws.store.conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_an_edited_entry_is_named(busy_ws: Workspace) -> None:
    conn = busy_ws.store.conn
    _drop_guards(conn)
    conn.execute("""UPDATE audit_log SET details = replace(details, '"failed"', '"passed"') WHERE seq = 4""")
    report = busy_ws.verify_audit()
    assert not report.ok and report.broken_at == 4
    assert "entry 4 (step.record run 1) was altered" in report.problem


def test_a_rehashed_edit_breaks_the_next_link(busy_ws: Workspace) -> None:
    """Even recomputing the edited row's own hash is caught: the next entry points at the old hash."""
    from attest.core.audit import entry_hash

    conn = busy_ws.store.conn
    _drop_guards(conn)
    seq, at, actor, action, entity, entity_id, details, prev = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash FROM audit_log WHERE seq = 3").fetchone()
    forged = entry_hash(seq, at, "mallory", action, entity, entity_id, details, prev)
    conn.execute("UPDATE audit_log SET actor = 'mallory', hash = ? WHERE seq = 3", (forged,))
    report = busy_ws.verify_audit()
    assert report.broken_at == 4 and "does not follow entry 3" in report.problem


def test_a_deleted_entry_is_named(busy_ws: Workspace) -> None:
    conn = busy_ws.store.conn
    _drop_guards(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    report = busy_ws.verify_audit()
    assert report.broken_at == 2 and "entry 2 is missing" in report.problem
