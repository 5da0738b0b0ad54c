"""The app offers to remove unused evidence files (``attest gc``) once there are more than a few: a status bar
button, a question, the removal in the background through the services; a capture waiting beside a step stays."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from attest.core.evidence_gc import GRACE_S
from attest.core.model import EvidenceKind, StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow
from attest.gui.tasks import Tasks
from test_gc import prepared_file
from test_runs import start


def _age(ws: Workspace, sha: str) -> None:
    old = time.time() - 2 * GRACE_S
    os.utime(ws.evidence.path_for(sha), (old, old))


def test_many_unused_files_are_offered_and_removed_after_asking(qtbot, ws: Workspace, tmp_path: Path) -> None:
    run_id = start(ws)
    recorded = ws.evidence.put(b"recorded\n")
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(prepared_file(recorded, b"recorded\n"),))
    _age(ws, recorded)
    unused = [ws.evidence.put(os.urandom(64 * 1024)) for _ in range(25)]
    for sha in unused:
        _age(ws, sha)
    answers: list[bool] = [False, True]
    asked: list[str] = []
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=QSettings(str(tmp_path / "s.ini"),
                                                                           QSettings.Format.IniFormat),
                        unused_check_ms=0, confirm_cleanup=lambda q: asked.append(q) or answers.pop(0),
                        confirm_discard=lambda _q: True)
    qtbot.addWidget(window)
    window.show()
    button = window.cleanup_button
    qtbot.waitUntil(lambda: not button.isHidden(), timeout=10_000)  # looked for in the background, unasked
    assert button.text() == "25 unused evidence files (1.64 MB) — Clean up…"

    # a capture waiting beside the step, older than the grace period: it stays
    runner = window.open_run(run_id)
    runner.capture_bytes(b"09:01 callback booked\n", "notes.txt", EvidenceKind.FILE)
    qtbot.waitUntil(lambda: len(runner.pending) == 1, timeout=30_000)
    waiting = runner.pending[0].evidence.sha256
    _age(ws, waiting)
    window._hold_pending()  # what the window does every two minutes: another grace period for it
    assert ws.evidence.path_for(waiting).stat().st_mtime > time.time() - 60
    _age(ws, waiting)

    assert not window.clean_up_unused()  # asked, and the tester said no
    assert "Remove 25 evidence files (1.64 MB)" in asked[0] and "audit log" in asked[0]
    assert all(ws.evidence.check(sha) is None for sha in unused)

    assert window.clean_up_unused()
    qtbot.waitUntil(lambda: button.isHidden(), timeout=10_000)
    assert window.statusBar().currentMessage() == ("Removed 25 unused evidence files (1.64 MB); recorded in the "
                                                   "audit log")
    assert all(ws.evidence.check(sha) == "is missing" for sha in unused)
    assert ws.evidence.check(recorded) is None and ws.evidence.check(waiting) is None
    entry = ws.store.one("SELECT details FROM audit_log WHERE action = 'evidence.gc'")
    assert sorted(json.loads(entry["details"])["sha256"]) == sorted(unused)
    chain, problems = ws.verify()
    assert chain.ok and problems == []

    # the waiting capture is recorded as usual afterwards
    runner_done: list[object] = []
    window.ops.record_step(run_id, StepStatus.PASSED, actual="", step=2, deviation=None,
                           prepared=[runner.pending[0].evidence], on_done=runner_done.append,
                           on_error=runner_done.append)
    qtbot.waitUntil(lambda: bool(runner_done), timeout=30_000)
    assert not isinstance(runner_done[0], str), runner_done

    window.check_unused_evidence()  # nothing left worth offering: no notice
    qtbot.waitUntil(lambda: window.unused is not None, timeout=10_000)
    assert window.unused.count == 0 and button.isHidden()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30_000)


def test_a_few_unused_files_are_not_worth_a_notice(qtbot, ws: Workspace, tmp_path: Path) -> None:
    for n in range(3):
        _age(ws, ws.evidence.put(f"left {n}\n".encode()))
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=QSettings(str(tmp_path / "s.ini"),
                                                                           QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.check_unused_evidence()
    qtbot.waitUntil(lambda: window.unused is not None, timeout=10_000)
    assert window.unused.count == 3 and window.cleanup_button.isHidden()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30_000)
