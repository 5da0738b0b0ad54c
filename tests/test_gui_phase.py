"""The phase view driven as a test manager would: a plan made in the app, a suite, cases added, a step
flagged as needing evidence, runs started from the plan (a retest offered after a failure), a defect
raised in the runner with the severity definitions in view, moved through its lifecycle, the exit
criteria turning green, and the completion report built from the view."""

from __future__ import annotations

from pathlib import Path

import docx
import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from attest.core.model import DefectStatus, StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow, StartRunDialog
from attest.gui.tasks import Tasks
from test_phase import CASES


def _window(qtbot, ws: Workspace, tmp_path: Path, dialogs: list) -> MainWindow:  # noqa: ANN001
    from attest.core.importers import parse_file

    source = tmp_path / "cases.yaml"
    source.write_text(CASES, encoding="utf-8")
    ws.cases.save_all(parse_file(source).cases)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings,
                        phase_options={"choose_report_file": lambda suggested: str(tmp_path / suggested),
                                       "dialogs": dialogs.append})
    qtbot.addWidget(window)
    window.confirm_discard = lambda question: True
    window.show()
    return window


def _settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)


def _ok(qtbot, window: MainWindow, dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _settle(qtbot, window)


def _closed(dialog) -> bool:  # noqa: ANN001
    return not shiboken6.isValid(dialog) or not dialog.isVisible() or dialog.result() == 1


def _start(qtbot, window: MainWindow, settings_path: Path, reference: str, *, retest: bool | None = None) -> int:  # noqa: ANN001
    view = window.phase_view
    assert view is not None
    view.select_case(reference)
    dialog = StartRunDialog(reference, "t", QSettings(str(settings_path), QSettings.Format.IniFormat), window)
    qtbot.addWidget(dialog)
    dialog.tester.setText("Ann Tester")
    dialog.exec = lambda: StartRunDialog.DialogCode.Accepted  # type: ignore[method-assign]
    window.start_run(view.selected_case() or 0, dialog, plan_id=view.plan_id)
    if retest is not None:  # offered (and ticked) only after a run of the case that did not pass
        assert (not dialog.retest.isHidden() and dialog.retest.isChecked()) == retest
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: window.runner is not None, timeout=30_000)
    assert window.runner is not None
    return window.runner.run_id


def test_a_phase_run_from_the_phase_view(qtbot, ws: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    dialogs: list = []
    window = _window(qtbot, ws, tmp_path, dialogs)
    qtbot.mouseClick(window.library.phases_button, Qt.MouseButton.LeftButton)
    view = window.phase_view
    assert view is not None and window.stack.currentWidget() is view
    assert "No test plan yet" in view.summary.text()

    new = view.new_plan()
    new.name.setText("SIT cycle 2")
    new.release.setText("R2")
    new.scale.setCurrentIndex(1)  # DCC
    _ok(qtbot, window, new)
    assert view.plans.currentText() == "SIT cycle 2 (R2)" and view.figures.plan.scale == "dcc"

    suite = view.add_suite()
    suite.name.setText("Change of supplier")
    _ok(qtbot, window, suite)
    add = view.add_cases()
    for row in range(add.cases.count()):
        add.cases.item(row).setSelected(add.cases.item(row).text().startswith(("PH_TC_01", "PH_TC_02")))
    add.tester.setText("Ann Tester")
    _ok(qtbot, window, add)
    assert [view.tree.topLevelItem(0).child(i).text(0) for i in range(2)] == ["1. PH_TC_01", "2. PH_TC_02"]
    assert view.executed_bar.format() == "0 of 2"
    assert view.criteria_table.item(0, 3).text() == "Not met"

    # step 1 of PH_TC_02 needs evidence from now on (a new case version)
    view.select_case("PH_TC_02")
    flags = view.evidence_steps()
    flags.boxes[0].setChecked(True)
    _ok(qtbot, window, flags)
    assert ws.cases.get("PH_TC_02").case.steps[0].evidence_required

    run1 = _start(qtbot, window, tmp_path / "s.ini", "PH_TC_01")
    window.ops.record_step(run1, StepStatus.PASSED, actual="", step=None, deviation=None, prepared=())
    _settle(qtbot, window)
    # a defect raised in the runner (an unwitnessed run), severity on the plan's DCC scale with its definition
    raised = window.runner.raise_defect()
    assert [raised.grades.severity.itemText(i) for i in range(5)][0] == "1 – Critical"
    raised.grades.severity.setCurrentIndex(2)
    assert "20 working days" in raised.grades.severity_definition.text()
    raised.title.setText("Registration not updated")
    raised.step.setValue(1)
    _ok(qtbot, window, raised)
    assert _closed(raised)
    window.ops.record_step(run1, StepStatus.FAILED, actual="No update", step=None, deviation=None, prepared=())
    _settle(qtbot, window)
    window.ops.finish_run(run1)
    _settle(qtbot, window)
    window.show_phases()
    assert view.defects.rowCount() == 1 and view.defects.item(0, 1).text() == "3"
    assert "(run" in view.tree.topLevelItem(0).child(0).text(3) and "Failed" in view.tree.topLevelItem(0).child(0).text(3)

    # PH_TC_02: Passed without evidence on its flagged step is refused in the runner's rules
    run2 = _start(qtbot, window, tmp_path / "s.ini", "PH_TC_02")
    errors: list[str] = []
    window.ops.record_step(run2, StepStatus.PASSED, actual="", step=None, deviation=None, prepared=(),
                           on_error=errors.append)
    _settle(qtbot, window)
    assert errors and "requires test evidence" in errors[0]
    window.ops.record_step(run2, StepStatus.PASSED, actual="", step=None, deviation="Witnessed on screen share",
                           prepared=())
    _settle(qtbot, window)
    window.ops.finish_run(run2)
    _settle(qtbot, window)

    # the defect is fixed; the retest is offered when PH_TC_01 is started again from the plan
    window.show_phases()
    view.defects.selectRow(0)
    view.move_selected(DefectStatus.FIXED)
    _settle(qtbot, window)
    assert view.defects.item(0, 3).text() == "Fixed (ready for retest)"
    run3 = _start(qtbot, window, tmp_path / "s.ini", "PH_TC_01", retest=True)
    assert ws.runs.get(run3).retest_of == (run1,) and ws.runs.get(run3).retests_defects == (1,)
    # step 2 of PH_TC_01 requires evidence: Passed without any needs a deviation reason
    for deviation in (None, "Registration screen shown on the witness's screen share; capture blocked"):
        window.ops.record_step(run3, StepStatus.PASSED, actual="", step=None, deviation=deviation, prepared=())
        _settle(qtbot, window)
    window.ops.finish_run(run3)
    _settle(qtbot, window)
    window.show_phases()
    view.defects.selectRow(0)
    close = view.move_selected(DefectStatus.CLOSED)
    assert close is not None and close.retest.itemData(1) == run3
    close.retest.setCurrentIndex(1)
    _ok(qtbot, window, close)
    assert view.defects.item(0, 3).text() == "Closed", close.problem.text()
    assert all(view.criteria_table.item(r, 3).text() == "Met" for r in range(view.criteria_table.rowCount()))
    assert "exit criteria met" in view.summary.text()

    report = view.build_report()
    report.recommendations.setPlainText("Keep PH_TC_01 in the regression pack")
    report.lessons.setPlainText("Flag evidence steps before the cycle starts")
    _ok(qtbot, window, report)
    target = tmp_path / "SIT_cycle_2_completion_report.docx"
    qtbot.waitUntil(target.exists, timeout=60_000)
    _settle(qtbot, window)
    assert "exit criteria met" in window.statusBar().currentMessage()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Keep PH_TC_01 in the regression pack" in text and "Flag evidence steps" in text


def test_flagging_evidence_steps_keeps_the_plan_in_view(qtbot, ws: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    """A case's new version is no new plan: the view stays on the plan being looked at."""
    from attest.core.plans import CaseEntry
    from attest.core.redacted import from_store

    window = _window(qtbot, ws, tmp_path, [])
    for name in ("Cycle 1", "Cycle 2"):
        plan = ws.plans.create(from_store(name), by=from_store("t"))
        suite = ws.plans.add_suite(plan.id, from_store("All"), by=from_store("t"))
        ws.plans.add_cases(suite.id, [CaseEntry(ws.cases.get("PH_TC_04").id)], by=from_store("t"))
    view = window.show_phases()
    view.plans.setCurrentIndex(view.plans.findData(2))
    view.select_case("PH_TC_04")
    flags = view.evidence_steps()
    flags.boxes[0].setChecked(True)
    _ok(qtbot, window, flags)
    assert view.plan_id == 2 and ws.cases.get("PH_TC_04").case.steps[0].evidence_required
