"""A run left in progress, by closing the app or by the app being killed, comes back where it was left
with its waiting captures; the library's "In progress" case and ``attest gui --run`` open it."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from attest.cli.demo import _screen
from attest.core.importers import parse_file
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow
from attest.gui.tasks import Tasks
from attest.services import runs

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
CHILD = Path(__file__).with_name("gui_capture_child.py")


def _window(qtbot, ws: Workspace, tmp_path: Path, **options: object) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings,
                        confirm_discard=lambda q: pytest.fail(f"nothing should be discarded: {q}"),
                        **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.running and (window.runner is None or not window.runner.busy),
                    timeout=60_000)


def _case_and_run(root: Path) -> int:
    with Workspace.open(root) as ws:
        ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
        return runs.start_run(ws, "FM_TS_1_TC_01", tester="Asha Patel").id


def test_closed_mid_run_with_captures_waiting_the_app_offers_to_resume_at_that_step(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = _case_and_run(root)
    with Workspace.open(root) as ws:
        window = _window(qtbot, ws, tmp_path)
        runner = window.open_run(run_id)
        runner.record(runs.StepStatus.PASSED)  # step 1 recorded, then two captures for step 2
        _settle(qtbot, window)
        assert runner.current == 2
        runner.capture_bytes(_screen("Tracker", [("Status", "Delivered")]), "tracker.png")
        _settle(qtbot, window)
        runner.capture_bytes(b'{"messageType": "IF-031"}', "request.json")
        _settle(qtbot, window)
        names = [p.evidence.name for p in runner.pending]
        assert len(names) == 2
        window.close()  # nothing asked: the captures are in the workspace
    with Workspace.open(root) as ws:  # the app started again
        window = _window(qtbot, ws, tmp_path, resume_check_ms=0)
        qtbot.waitUntil(lambda: window.resume_banner.isVisible(), timeout=5000)
        text = window.resume_banner.text.text()
        assert f"Run {run_id}" in text and "step 2 of 4" in text and "2 captures waiting" in text
        window.resume_banner.resume_button.click()
        runner = window.runner
        assert runner is not None and runner.run_id == run_id and runner.current == 2
        assert [p.evidence.name for p in runner.pending] == names
        assert not window.resume_banner.isVisible()
        # and they are recorded with the step, once, leaving nothing waiting
        runner.record(runs.StepStatus.PASSED)
        _settle(qtbot, window)
        step = ws.runs.get(run_id).steps[1]
        assert [e.name for e in step.evidence] == names and runner.pending == []
        assert ws.drafts.for_run(run_id) == ([], 0)


def test_killed_during_a_capture_nothing_kept_is_lost(qtbot, tmp_path: Path, no_os_keyring: None) -> None:
    """kill -9 while the app is redacting a capture: every capture it had said it kept comes back, whole,
    and the workspace is consistent (the one cut short is simply not there)."""
    root = tmp_path / "ws"
    run_id = _case_and_run(root)
    child = subprocess.Popen([sys.executable, str(CHILD), str(root), str(run_id)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    kept = 0
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 120
        while kept < 2 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("captured "):
                kept = int(line.split()[1])
        assert kept >= 2, child.stderr.read() if child.stderr else ""
        time.sleep(0.3)  # the next capture is being redacted now
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)  # reaped, its pipes closed
    with Workspace.open(root) as ws:
        chain, problems, seals = ws.verify_all()
        assert chain.ok and problems == [] and seals.problems == []
        drafts, refused = ws.drafts.for_run(run_id)
        assert refused == 0 and len(drafts) >= kept
        for draft in drafts:  # every file whole
            data = ws.evidence.path_for(draft.prepared.sha256).read_bytes()
            assert hashlib.sha256(data).hexdigest() == draft.prepared.sha256
        window = _window(qtbot, ws, tmp_path, resume_check_ms=0)
        qtbot.waitUntil(lambda: window.resume_banner.isVisible(), timeout=5000)
        window.resume_banner.resume_button.click()
        assert window.runner is not None and len(window.runner.pending) == len(drafts) >= kept
        assert window.runner.pending[0].evidence.name == "capture-1.png"


def test_the_librarys_in_progress_case_opens_its_run(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = _case_and_run(root)
    with Workspace.open(root) as ws:
        window = _window(qtbot, ws, tmp_path)
        window.library.select_reference("FM_TS_1_TC_01")
        assert window.library.start_button.text().replace("&", "") == f"Resume run {run_id}"
        window.library.start_button.click()
        assert window.runner is not None and window.runner.run_id == run_id
        assert window.stack.currentWidget() is window.runner


def test_nothing_in_progress_offers_nothing(qtbot, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        window = _window(qtbot, ws, tmp_path)
        assert window.offer_resume() is None and not window.resume_banner.isVisible()


def test_attest_gui_run_smoke_says_where_the_run_resumes(tmp_path: Path, no_os_keyring: None) -> None:
    root = tmp_path / "ws"
    run_id = _case_and_run(root)
    with Workspace.open(root) as ws:
        runs.record_step(ws, run_id, runs.StepStatus.PASSED)
        runs.record_step(ws, run_id, runs.StepStatus.PASSED)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "attest.launcher", "--workspace", str(root), "gui", "--run",
                           str(run_id), "--smoke"], capture_output=True, text=True, env=env, timeout=120)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    assert lines[0].startswith("ready in ") and lines[0].endswith(" ms")
    assert lines[1] == f"run {run_id} at step 3 of 4"
    missing = subprocess.run([sys.executable, "-m", "attest.launcher", "--workspace", str(root), "gui", "--run",
                              "99", "--smoke"], capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 2 and "no run 99" in missing.stderr and "Traceback" not in missing.stderr


def test_a_finished_run_opened_from_the_runs_view_exports_its_pack_and_verifies_a_dropped_one(
        qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from attest.gui.run_review import RunReview

    root = tmp_path / "ws"
    run_id = _case_and_run(root)
    with Workspace.open(root) as ws:
        for _ in range(4):
            runs.record_step(ws, run_id, runs.StepStatus.PASSED)
        runs.finish_run(ws, run_id)
        out = tmp_path / "out"
        out.mkdir()
        window = _window(qtbot, ws, tmp_path, review_options={
            "choose_pack_file": lambda suggested: str(out / suggested)})
        view = window.show_runs()
        assert view.select_run(run_id)
        view.open_requested.emit(run_id)  # what double-click, Enter and "Open run" send
        review = window.review
        assert isinstance(review, RunReview) and window.stack.currentWidget() is review and window.runner is None
        review.export()
        pack = out / f"FM_TS_1_TC_01_run{run_id}_evidence.docx"
        qtbot.waitUntil(lambda: pack.exists() and review.export_task is None, timeout=120_000)
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(pack))])
        review.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                    Qt.KeyboardModifier.NoModifier))
        qtbot.waitUntil(lambda: "Verified:" in review.verdict.text(), timeout=60_000)
        assert "this very document" in review.verdict.text()
        assert window.run_position() == f"run {run_id} finished: Passed, 4 steps (read-only)"
