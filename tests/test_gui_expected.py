"""The runner says whether the step's expected result is on each screenshot, and offers the box around it
as an annotation the tester keeps or drops; the pack and `run show --json` say the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from attest.cli.demo import _screen
from attest.core.model import Step, StepStatus, TestCase
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow
from attest.gui.runner import EXPECTED_COLOUR
from attest.gui.tasks import Tasks
from attest.services import runs


def _runner(qtbot, ws: Workspace, tmp_path: Path):  # noqa: ANN202 - (window, runner)
    case = TestCase(reference="EXP_TC", title="Expected on screen", steps=(
        Step(action="Open the meter", expected="The status shows 'Energised'"),
        Step(action="Open the tracker", expected="The page loads"),
    ))
    stored = ws.cases.save_all([case])[0].stored
    run_id = runs.start_run(ws, stored.id, tester="Asha Patel").id
    window = MainWindow(ws, tasks=Tasks(QThreadPool()),
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window, window.open_run(run_id)


def _capture(qtbot, window: MainWindow, runner, data: bytes, name: str) -> None:  # noqa: ANN001
    before = len(runner.pending)
    runner.capture_bytes(data, name)
    qtbot.waitUntil(lambda: len(runner.pending) == before + 1 and not window.tasks.running, timeout=60_000)


def test_seen_is_said_and_the_box_kept_as_an_annotation(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path)
    _capture(qtbot, window, runner, _screen("CRM", [("MPAN", "1200023305967"), ("Status", "De-energised")]),
             "wrong.png")
    assert runner.expected_seen.isVisible() and runner.expected_seen.text().startswith("✗ Expected text not seen")
    assert "‘Energised’" in runner.expected_seen.text() and not runner.keep_box.isVisible()
    assert runner.evidence.labels()[-1].endswith("✗ expected text not seen")

    _capture(qtbot, window, runner, _screen("CRM", [("MPAN", "1200023305967"), ("Status", "Energised")]),
             "right.png")
    assert runner.expected_seen.text().startswith("✓ Expected text seen on this screenshot: ‘Energised’")
    assert "not a verdict" in runner.expected_seen.text()
    assert runner.keep_box.isVisible() and runner.drop_box.isVisible()
    runner.keep_box.click()
    kept = runner.pending[-1].evidence.annotations
    assert [(a.type, a.colour) for a in kept] == [("box", EXPECTED_COLOUR)] and not runner.keep_box.isVisible()
    # kept in the workspace too: a crash now would not lose the box
    drafts, _ = ws.drafts.for_run(runner.run_id)
    assert drafts[-1].prepared.annotations == kept or (qtbot.waitUntil(
        lambda: ws.drafts.for_run(runner.run_id)[0][-1].prepared.annotations == kept, timeout=10_000) is None)

    runner.record(StepStatus.PASSED)
    qtbot.waitUntil(lambda: not window.tasks.running and runner.current == 2, timeout=60_000)
    step = ws.runs.get(runner.run_id).steps[0]
    assert step.expected_seen is True
    assert [e.expected.seen for e in step.evidence if e.expected] == [False, True]
    assert [a.type for a in step.evidence[1].annotations] == ["box"]


def test_dropping_the_box_and_a_step_that_names_nothing(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path)
    _capture(qtbot, window, runner, _screen("CRM", [("Status", "Energised")]), "right.png")
    runner.drop_box.click()
    assert not runner.keep_box.isVisible() and runner.pending[-1].evidence.annotations == ()
    assert runner.expected_seen.isVisible()  # still said; only the box is not offered
    runner.record(StepStatus.PASSED)
    qtbot.waitUntil(lambda: not window.tasks.running and runner.current == 2, timeout=60_000)
    _capture(qtbot, window, runner, _screen("Tracker", [("Message", "IF-031")]), "tracker.png")
    assert not runner.expected_seen.isVisible()  # "The page loads": nothing to look for
    runner.record(StepStatus.PASSED)
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)
    assert ws.runs.get(runner.run_id).steps[1].expected_seen is None
