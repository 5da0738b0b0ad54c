"""A process killed mid-write, or two processes at once, never leave an inconsistent workspace."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attest.core.errors import WorkspaceBusy
from attest.core.model import Step, StepStatus, TestCase
from attest.core.workspace import Workspace

WRITER = Path(__file__).with_name("workspace_writer.py")

# The writers are subprocesses with no OS keyring (headless Linux): the workspace's key is kept in a file in
# the test's user data folder, which they share with this process, as processes on one computer share its
# keyring.
pytestmark = pytest.mark.usefixtures("no_os_keyring")


def new_run(root: Path, steps: int) -> int:
    with Workspace.open(root) as ws:
        case = TestCase(reference="CRASH_TC", title="Crash", steps=tuple(Step(action=f"s{i}") for i in range(steps)))
        stored = ws.cases.save_all([case])[0].stored
        return ws.runs.start(stored.version_id, tester="t").id


def writer(root: Path, run_id: int, count: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), str(root), str(run_id), str(count), str(size)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_consistent(root: Path) -> int:
    """Integrity, an intact audit chain, an audit entry per row, and every referenced file whole."""
    conn = sqlite3.connect(str(root / "attest.db"))
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with Workspace.open(root) as ws:
        assert ws.verify_audit().ok
        results = ws.store.one("SELECT COUNT(*) AS n FROM step_results")["n"]
        audited = ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'step.record'")["n"]
        assert results == audited
        items = ws.store.query("SELECT sha256 FROM evidence_items")
        assert len(items) == ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'evidence.add'")["n"]
        for item in items:
            data = ws.evidence.path_for(item["sha256"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == item["sha256"]
        # every step that has a result has both its attachments: a step is recorded whole or not at all
        per_step = ws.store.query("SELECT r.step_index, COUNT(e.id) AS n FROM step_results r "
                                  "LEFT JOIN evidence_items e ON e.result_id = r.id GROUP BY r.id")
        assert all(row["n"] == 2 for row in per_step)
        return results


def test_sigkill_during_writes_leaves_a_consistent_workspace(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = new_run(root, steps=5000)
    recorded = 0
    for delay in (0.4, 0.9, 0.6, 1.3):
        proc = writer(root, run_id, 5000, 256 * 1024)
        time.sleep(delay)
        proc.kill()  # SIGKILL: no cleanup, no atexit, mid-transaction or mid-file as it happens
        proc.communicate()
        now = assert_consistent(root)
        assert now >= recorded
        recorded = now
    assert recorded > 0, "the writer never got going; the test proved nothing"


def test_two_processes_share_a_workspace(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_a, run_b = new_run(root, 40), new_run(root, 40)
    procs = [writer(root, run_a, 40, 4096), writer(root, run_b, 40, 4096)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.split() == [str(i) for i in range(1, 41)]
    assert assert_consistent(root) == 80


def test_a_held_write_lock_gives_a_clear_busy_error(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = new_run(root, 3)
    other = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        with Workspace.open(root, busy_timeout_s=0.2) as ws:
            with pytest.raises(WorkspaceBusy, match="workspace busy: another Attest process is writing"):
                ws.runs.record_step(run_id, StepStatus.PASSED)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Workspace.open(root) as ws:
        assert ws.runs.record_step(run_id, StepStatus.PASSED).step_index == 1


# -- attest gc ---------------------------------------------------------------------------------------

GC_RUNNER = Path(__file__).with_name("gc_runner.py")


def gc_runner(root: Path, orphans: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(GC_RUNNER), str(root), str(orphans), str(size)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_nothing_referenced_is_missing(root: Path) -> set[str]:
    """Every file a row names is whole, and none is left set aside by a killed gc; returns the named files."""
    from attest.core.evidence_gc import ASIDE

    with Workspace.open(root) as ws:
        assert ws.verify_audit().ok
        named = {r["sha256"] for r in ws.store.query("SELECT sha256 FROM evidence_items UNION "
                                                     "SELECT sha256 FROM renditions")}
        for sha in named:
            assert ws.evidence.check(sha) is None, sha
        aside = {p.name[len(ASIDE):] for p in ws.evidence.root.glob(f"*/{ASIDE}*")}
        assert not aside & named
        return named


def test_sigkill_during_gc_never_removes_a_referenced_file(tmp_path: Path) -> None:
    """``gc --apply`` killed at random moments (listing, setting files aside, committing, deleting),
    beside a writer recording steps: no referenced file goes, the chain and the data verify, and the
    next gc puts back and collects whatever a killed one left aside."""
    import os
    import random

    from attest.cli.main import main
    from attest.services.gc import collect_unused

    root = tmp_path / "ws"
    made = subprocess.run([sys.executable, str(GC_RUNNER), str(root), "--new-run", "5000"], capture_output=True,
                          text=True, check=True)
    run_id = int(made.stdout)
    rounds = int(os.environ.get("ATTEST_GC_KILLS", "12"))  # more for a longer run (ATTEST_GC_KILLS=50)
    shuffle = random.Random(16)
    proc_writer = writer(root, run_id, 5000, 64 * 1024)
    kills, collected, cut_short = 0, 0, 0
    try:
        for _ in range(rounds):
            proc = gc_runner(root, orphans=shuffle.choice((10, 50, 150)), size=shuffle.choice((512, 16 * 1024)))
            time.sleep(shuffle.uniform(0.4, 2.5))  # a round takes from 0.3 s to a few: every phase gets hit
            proc.kill()
            out, err = proc.communicate()
            assert proc.returncode == -9, err[-3000:]  # killed, not failed
            kills += 1
            collected += sum(int(n) for n in out.split())
            cut_short += bool(list((root / "evidence").glob("*/.gc-*")))  # killed while removing
            assert_nothing_referenced_is_missing(root)
    finally:
        proc_writer.kill()
        proc_writer.communicate()
    assert kills == rounds and collected + cut_short > 0, "gc never got to remove anything; the test proved nothing"
    recorded = assert_consistent(root)
    assert recorded > 0
    with Workspace.open(root) as ws:
        assert ws.verify()[1] == []
        done = collect_unused(ws, now=time.time() + 3600)  # what the killed ones left, set aside or not
        assert ws.verify()[1] == [] and not list(ws.evidence.root.glob("*/.gc-*"))
        assert {e["sha256"] for e in ws.store.query("SELECT sha256 FROM evidence_items")} <= {
            sha for sha, _ in ws.evidence.files()}
        assert done.applied
    assert main(["--workspace", str(root), "audit", "verify"]) == 0
