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
    assert report.ok and report.entries == 6  # the workspace key's entry, then the run's five


def test_sql_refuses_updates_and_deletes(busy_ws: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        busy_ws.store.conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        busy_ws.store.conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_an_edited_entry_is_named(busy_ws: Workspace) -> None:
    conn = busy_ws.store.conn
    _drop_guards(conn)
    conn.execute("""UPDATE audit_log SET details = replace(details, '"failed"', '"passed"') WHERE seq = 5""")
    report = busy_ws.verify_audit()
    assert not report.ok and report.broken_at == 5
    assert "entry 5 (step.record run 1) was altered" in report.problem


def test_a_rehashed_edit_breaks_the_next_link(busy_ws: Workspace) -> None:
    """Even recomputing the edited row's own hash is caught: the next entry points at the old hash."""
    from attest.core.audit import entry_hash

    conn = busy_ws.store.conn
    _drop_guards(conn)
    seq, at, actor, action, entity, entity_id, details, prev = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash FROM audit_log WHERE seq = 4").fetchone()
    forged = entry_hash(seq, at, "mallory", action, entity, entity_id, details, prev)
    conn.execute("UPDATE audit_log SET actor = 'mallory', hash = ? WHERE seq = 4", (forged,))
    report = busy_ws.verify_audit()
    assert report.broken_at == 5 and "does not follow entry 4" in report.problem


def test_a_deleted_entry_is_named(busy_ws: Workspace) -> None:
    conn = busy_ws.store.conn
    _drop_guards(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = 2")
    report = busy_ws.verify_audit()
    assert report.broken_at == 2 and "entry 2 is missing" in report.problem


# -- the data must agree with the log: edits behind its back and a truncated tail -------------------

def _unguarded(ws: Workspace) -> sqlite3.Connection:
    _drop_guards(ws.store.conn)
    return ws.store.conn


def test_a_clean_workspace_matches_its_log(busy_ws: Workspace) -> None:
    report, problems = busy_ws.verify()
    assert report.ok and problems == []


def test_cutting_off_the_newest_entries_is_caught(busy_ws: Workspace) -> None:
    """The reviewer's attack: drop the last entries, change a result, reopen and re-finish the run. With
    the last entry's seal left behind, Attest refuses to write over the gap."""
    from attest.core.errors import AttestError

    conn = _unguarded(busy_ws)
    conn.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")  # the run.finish
    conn.execute("UPDATE step_results SET status = 'passed' WHERE status = 'failed'")
    conn.execute("UPDATE runs SET status = 'in-progress', finished_at = NULL")
    with pytest.raises(AttestError, match="cut short"):
        busy_ws.runs.finish(1)
    _, problems = busy_ws.verify()
    assert any("entry 6" in p and "removed" in p for p in problems), problems


def test_cutting_off_the_newest_entries_and_their_seals_is_caught(busy_ws: Workspace) -> None:
    """The same with the seal removed too: the re-finish goes through, and the result edit and the head
    this computer saw (entry 6 was another entry) both tell."""
    conn = _unguarded(busy_ws)
    conn.execute("DROP TRIGGER audit_seals_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")
    conn.execute("DELETE FROM audit_seals WHERE seq = (SELECT MAX(seq) FROM audit_seals)")
    conn.execute("UPDATE step_results SET status = 'passed' WHERE status = 'failed'")
    conn.execute("UPDATE runs SET status = 'in-progress', finished_at = NULL")
    busy_ws.runs.finish(1)
    report, problems = busy_ws.verify()
    assert report.ok  # the chain alone is fooled...
    assert any("status is 'passed' but audit entry 5 recorded 'failed'" in p for p in problems), problems
    assert any("audit entry 6 is not the one this computer saw" in p for p in problems), problems


def test_a_row_added_behind_the_logs_back_is_caught(busy_ws: Workspace) -> None:
    busy_ws.store.conn.execute("INSERT INTO step_results (run_id, step_index, status, actual, recorded_by, "
                               "recorded_at) VALUES (1, 3, 'passed', 'forged', 'mallory', '2026-11-24T10:00:00Z')")
    _, problems = busy_ws.verify()
    assert any("(run 1, step 3) has no audit entry" in p for p in problems), problems


def test_a_deleted_row_is_caught(busy_ws: Workspace) -> None:
    busy_ws.store.conn.execute("DELETE FROM step_results WHERE step_index = 2")
    _, problems = busy_ws.verify()
    assert any("recorded by audit entry 5 is missing" in p for p in problems), problems


def test_edited_case_content_is_caught(busy_ws: Workspace) -> None:
    busy_ws.store.conn.execute("UPDATE case_versions SET content = replace(content, 'Thing 2 happens', "
                               "'Anything happens')")
    _, problems = busy_ws.verify()
    assert any("case 1 version 1: its steps or fields were changed after import" in p for p in problems)
    # the run's own frozen copy still hashes to what the log recorded: it is not blamed for the version
    assert not any(p.startswith("run 1") for p in problems), problems


def test_an_edited_frozen_copy_is_caught(busy_ws: Workspace) -> None:
    busy_ws.store.conn.execute("UPDATE runs SET snapshot = replace(snapshot, 'Thing 2 happens', 'Anything happens')")
    _, problems = busy_ws.verify()
    assert any("run 1: its frozen copy of the test case differs" in p for p in problems), problems


def test_a_replaced_evidence_file_is_caught(ws: Workspace) -> None:
    from attest.capture.intake import Redactor, intake_bytes
    from attest.redaction import RegisterMatcher

    run_id = start(ws, steps=1)
    item = intake_bytes(ws.evidence, redactor=Redactor(RegisterMatcher()), data=b"original log", name="app.log")
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(item,))
    ws.evidence.path_for(item.sha256).write_bytes(b"doctored log")
    _, problems = ws.verify()
    assert problems == [f"evidence item 1 (app.log, run {run_id} step 1): the evidence file was changed (its "
                        "content no longer matches its SHA-256)"]


def test_entries_carry_the_os_account(busy_ws: Workspace) -> None:
    import json

    from attest.core.workspace import current_user

    details = [json.loads(r["details"]) for r in busy_ws.store.query("SELECT details FROM audit_log")]
    assert all(d["account"] == current_user() for d in details)
