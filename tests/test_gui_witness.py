"""A witnessed run driven through the app with pytest-qt: participants at the start, the presenter view a
witness is shown, the locked script, a deviation, observations of three kinds, a query answered, a
defect candidate made a defect, and the wash-up with its actions, outcome and sign-off."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from attest.cli.demo import _screen
from attest.cli.main import main
from attest.core import local_time
from attest.templates.writer import when
from attest.core.importers import parse_file
from attest.core.model import ObservationKind, Outcome, Priority, Role, Severity, StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow, StartRunDialog
from attest.gui.presenter import ElidedLabel, ScaledImage, StepText
from attest.gui.runner import RunnerView
from attest.gui.tasks import Tasks
from conftest import register_test_data

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
MPAN = "1200023305967"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, ws: Workspace, tmp_path: Path, reasons: list[str]) -> tuple[MainWindow, QSettings]:
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    register_test_data(ws, "MPAN001")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings,
                        runner_options={"ask_reason": lambda problem: reasons.pop(0) if reasons else None,
                                        "choose_pack_file": lambda suggested: str(tmp_path / suggested)})
    qtbot.addWidget(window)
    window.confirm_discard = lambda question: True  # closing never waits on a question (captures waiting)
    window.show()
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.library.select_reference("FM_TS_1_TC_01")
    return window, settings


def _start_witnessed(qtbot, window: MainWindow, settings: QSettings) -> RunnerView:
    dialog = StartRunDialog("FM_TS_1_TC_01", "t", settings, window)
    qtbot.addWidget(dialog)
    dialog.tester.setText("Asha Patel")
    dialog.data.setText("MPAN001")
    section = dialog.witness
    section.setChecked(True)
    assert (section.cell(0, 0), section.role(0)) == ("Asha Patel", Role.TESTER)  # the tester, prefilled
    section.purpose.setText(f"DCC witness test of migration for MPAN {MPAN}")
    assert not section.check() and "Witness" in section.problem_label.text()  # no witness yet: refused
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    section.table.item(1, 0).setText("Dev Rao")
    section.table.item(1, 1).setText("DCC")
    section.add_row("Kim Lee", "Elexon", Role.OBSERVER)
    assert section.check()
    dialog.exec = lambda: StartRunDialog.DialogCode.Accepted  # type: ignore[method-assign]
    window.start_run(window.library.selected_case_id() or 0, dialog)
    qtbot.waitUntil(lambda: window.runner is not None, timeout=30_000)  # started in the background
    assert window.runner is not None and window.runner.witness is not None
    return window.runner


def _settle(qtbot, window: MainWindow) -> None:
    """Wait for the background use cases (record, observe, ...) and what they set off to end."""
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)


def _closed(dialog) -> bool:
    """Closed: hidden, or already deleted (a dialog deletes itself once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _ok(dialog, qtbot=None, window: MainWindow | None = None) -> None:
    """Press OK; with ``window``, wait for the use case it starts to end."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    if window is not None:
        _settle(qtbot, window)
        window.activateWindow()  # the closed dialog had the focus: shortcuts reach only the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _wait_captured(qtbot, runner: RunnerView, count: int) -> None:
    qtbot.waitUntil(lambda: runner.busy == 0 and len(runner.pending) == count, timeout=60_000)


def test_a_witnessed_run_through_the_presenter_view_to_the_signed_wash_up(qtbot, ws: Workspace,
                                                                          tmp_path: Path) -> None:
    reasons = ["Tracker outage: step 2's response is checked after step 3"]
    window, settings = _window(qtbot, ws, tmp_path, reasons)
    runner = _start_witnessed(qtbot, window, settings)
    assert runner.witness is not None
    run = ws.runs.get(runner.run_id)
    assert run.witnessed and MPAN not in run.purpose and "[MPAN-1]" in run.purpose  # typed text redacted
    assert [(p.name, p.organisation, p.role) for p in run.participants] == [
        ("Asha Patel", "", Role.TESTER), ("Dev Rao", "DCC", Role.WITNESS), ("Kim Lee", "Elexon", Role.OBSERVER)]
    assert "witnessed" in window.statusBar().currentMessage()

    # the presenter view, opened by its shortcut, with a fixed clock
    runner.witness.now = lambda: run.started_at + timedelta(minutes=5, seconds=7)
    qtbot.keyClick(runner.steps, Qt.Key.Key_W, CTRL_SHIFT)
    presenter = runner.witness.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.addWidget(presenter)
    # shown without activation on X11; the offscreen platform activates it regardless: back to the runner
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert presenter.windowTitle() == "Attest – presenter view: FM_TS_1_TC_01"
    assert presenter.position.text() == "Step 1 of 4"
    assert (presenter.bar.value(), presenter.bar.maximum()) == (0, 4)
    assert presenter.action.text().startswith("Select an MPAN from the test data set")
    assert presenter.expected.text().startswith("The MPAN is in legacy state")
    assert presenter.elapsed.text() == "Elapsed 0:05:07"
    # the witness reads the clock in UK time (the default zone), the zone named: "14:25:08 BST"
    assert presenter.clock.text() == local_time.clock(run.started_at + timedelta(minutes=5, seconds=7))
    assert presenter.clock.text().endswith((" GMT", " BST"))
    assert presenter.image.text() == "No evidence yet"

    # a capture from the clipboard: the presenter shows the stored, redacted file as soon as it is ready
    QGuiApplication.clipboard().setImage(QImage.fromData(_screen("Registration", [("MPAN", MPAN)])))
    qtbot.keyClick(runner.steps, Qt.Key.Key_V, CTRL_SHIFT)
    _wait_captured(qtbot, runner, 1)
    capture = runner.pending[0].evidence
    assert presenter._shown_sha == capture.sha256 and presenter.image.pixmap() is not None
    assert not presenter.image.pixmap().isNull()
    assert presenter.image_caption.text() == (f"clipboard.png · step 1, not recorded yet · {len(capture.findings)} "
                                              f"mask{'s' if len(capture.findings) != 1 else ''}")
    qtbot.keyClick(runner.steps, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Passed
    _settle(qtbot, window)
    assert presenter.position.text() == "Step 2 of 4" and presenter.bar.value() == 1
    assert presenter.chip_grid.itemAt(0).widget().text() == "1  ✓ Passed"
    assert presenter.image_caption.text().startswith("clipboard.png · step 1 ·")  # now recorded

    # the script is locked: an edit attempt is refused by core, and the text stays as written
    messages: list[str] = []
    runner.message.connect(messages.append)
    before = ws.runs.get(runner.run_id).steps[1].action
    qtbot.keyClick(runner.steps, Qt.Key.Key_E, CTRL_SHIFT)
    _settle(qtbot, window)
    assert "script is locked" in messages[-1] and messages[-1].startswith("Step text not changed")
    assert ws.runs.get(runner.run_id).steps[1].action == before == runner.action.text()

    # skipping step 2 needs a reason, and the presenter shows the deviation
    runner.go_to(3)
    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)
    assert not reasons and presenter.position.text() == "Step 4 of 4"
    assert "⚠ Step 3: skipped ahead — Tracker outage" in presenter.deviations.text()
    runner.go_to(3)
    assert presenter.step_deviation.isVisible()
    assert presenter.step_deviation.text() == f"Deviation: skipped ahead — {reasons_text(ws, runner.run_id)}"
    assert presenter.chip_grid.itemAt(2).widget().text() == "3  ✓ Passed  ⚠"
    assert presenter.chip_grid.itemAt(1).widget().text() == "2  · Not yet"

    # three kinds of observation, recorded on the witness's behalf
    for kind, text in [(ObservationKind.QUERY, f"Why does the tracker not list MPAN {MPAN}?"),
                       (ObservationKind.GAP, "Rejected migrations are not tested"),
                       (ObservationKind.DEFECT_CANDIDATE, "The effective-from date shows a day late")]:
        qtbot.keyClick(runner.steps, Qt.Key.Key_O, CTRL_SHIFT)
        dialog = _open_dialog(runner, "Observation on FM_TS_1_TC_01")
        assert dialog.raised_by.currentText() == "Dev Rao"  # the witness first
        assert dialog.step.currentData() == 3  # the step the tester is on
        dialog.set_kind(kind)
        dialog.text.setPlainText(text)
        if kind is ObservationKind.GAP:  # Ctrl+Return records it, from the text being typed
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
            qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            _settle(qtbot, window)
            qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d), timeout=5000)  # closed after the click animation
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        else:
            _ok(dialog, qtbot, window)
            assert _closed(dialog)
    labels = runner.witness.list.labels()
    assert len(labels) == 3 and "Query · step 3 · Dev Rao: Why does the tracker not list MPAN [MPAN-1]?" in labels[0]

    # the query answered, the defect candidate made a defect
    runner.witness.list.setCurrentRow(0)
    qtbot.keyClick(runner.steps, Qt.Key.Key_Y, CTRL_SHIFT)
    response = _open_dialog(runner, "Response to query")
    response.text.setPlainText("The tracker lists it under its correlation id")
    _ok(response, qtbot, window)
    runner.witness.list.setCurrentRow(2)
    qtbot.keyClick(runner.steps, Qt.Key.Key_D, CTRL_SHIFT)
    promote = _open_dialog(runner, "Make defect candidate")
    promote.severity.setCurrentIndex(1)
    promote.priority.setCurrentIndex(1)
    _ok(promote, qtbot, window)
    assert "↳ Response: The tracker lists it" in runner.witness.list.labels()[0]
    assert "↳ Defect" in runner.witness.list.labels()[2]

    # the wash-up: every observation's action, the outcome, the witness's sign-off
    qtbot.keyClick(runner.steps, Qt.Key.Key_U, CTRL_SHIFT)
    washup = _open_dialog(runner, "Wash-up: FM_TS_1_TC_01")
    assert washup.steps.rowCount() == 4 and washup.steps.item(2, 4).text().startswith("skipped ahead: Tracker")
    assert washup.observations.rowCount() == 3 and washup.signed_by.text() == "Dev Rao"
    _ok(washup)
    assert washup.isVisible() and "outcome" in washup.problem.text()  # nothing chosen yet: refused
    washup.set_outcome(Outcome.ACCEPTED_WITH_OBSERVATIONS)
    observations = ws.runs.get(runner.run_id).observations
    washup.set_action(observations[0].id, "None: answered in the session")
    washup.set_action(observations[1].id, "Add a rejected-migration case to the next release's pack")
    _ok(washup)
    assert "#" in washup.problem.text()  # one observation still has no action
    washup.set_action(observations[2].id, f"Defect raised; retest with MPAN {MPAN}")
    _ok(washup, qtbot, window)
    # step 2 was skipped: accepting the run needs the witness's word on why
    qtbot.waitUntil(lambda: "(Note)" in washup.problem.text(), timeout=30_000)
    assert washup.isVisible() and "not every step was executed" in washup.problem.text()
    washup.note.setText("Step 2 was covered by the regression run the day before")
    _ok(washup, qtbot, window)
    assert _closed(washup)
    assert "Wash-up signed off by Dev Rao: Accepted with observations" in window.statusBar().currentMessage()

    run = ws.runs.get(runner.run_id)
    assert run.washup is not None and run.washup.outcome is Outcome.ACCEPTED_WITH_OBSERVATIONS
    assert run.washup.signed_by == "Dev Rao" and run.is_finished
    assert [o.kind for o in run.observations] == [ObservationKind.QUERY, ObservationKind.GAP,
                                                  ObservationKind.DEFECT_CANDIDATE, ObservationKind.DEVIATION]
    assert all(o.raised_by == "Dev Rao" and o.step_index == 3 for o in run.observations[:3])
    assert run.observations[3].raised_by == "Dev Rao" and "regression run the day before" in run.observations[3].text
    assert run.observations[0].response == "The tracker lists it under its correlation id"
    assert [(d.severity, d.priority, d.title) for d in run.defects] == [
        (Severity.S2, Priority.P2, "The effective-from date shows a day late")]
    assert run.observations[2].defect_id == run.defects[0].id
    assert run.observations[2].action == "Defect raised; retest with MPAN [MPAN-1]"  # redacted as typed
    assert [d.kind.value for d in run.deviations] == ["skip"]
    assert [s.status for s in run.steps] == [StepStatus.PASSED, None, StepStatus.PASSED, None]
    assert ws.verify()[1] == []

    # the runner shows the session closed; nothing more can be recorded
    assert runner.title.text().endswith("witnessed; wash-up: Accepted with observations")
    assert "Session closed" in runner.witness.session.text() and "Dev Rao" in runner.witness.session.text()
    signed = local_time.local(run.washup.signed_at).strftime("%d %b %Y %H:%M %Z")  # UK time, the zone named
    assert runner.witness.session.text().endswith(f"at {signed}") and signed.endswith((" GMT", " BST"))
    assert not runner.witness.observe_button.isEnabled() and not runner.buttons[StepStatus.PASSED].isEnabled()
    assert presenter.state.text() == "Wash-up: Accepted with observations"
    assert presenter.elapsed.text() == f"Elapsed {_hms(run.finished_at - run.started_at)}"  # stopped at the finish

    # the presenter shows the run and nothing else: labels, a progress bar, the image; no input, no lists
    kinds = {type(w) for w in presenter.findChildren(QWidget)}
    assert kinds <= {QLabel, ElidedLabel, ScaledImage, StepText, QProgressBar, QWidget, QFrame}, kinds
    assert not [w for w in presenter.findChildren(QWidget) if isinstance(
        w, (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QMenuBar))]
    shown = " ".join(w.text() for w in presenter.findChildren(QLabel))
    assert MPAN not in shown and "COS_TS_2_TC_03" not in shown and "register" not in shown.lower()
    presenter.close()

    # the pack exported from the app and the session report both carry the session, with times
    messages: list[str] = []
    runner.message.connect(messages.append)
    runner.export()
    qtbot.waitUntil(lambda: runner.export_task is None, timeout=60_000)
    assert messages[-1].startswith("Evidence pack written"), messages
    report = tmp_path / "witness_report.docx"
    assert main(["--workspace", str(ws.root), "witness", "report", str(run.id), "--out", str(report)]) == 0
    for document in (tmp_path / f"FM_TS_1_TC_01_run{run.id}_evidence.docx", report):
        text = _docx_text(document)
        assert MPAN not in text
        for expected in ("Witnessed run", "Dev Rao", "DCC", "Kim Lee", "Elexon", "Observer",
                         "The tracker lists it under its correlation id", "Skipped ahead",
                         "Add a rejected-migration case to the next release's pack", "Defect 1",
                         "Accepted with observations", when(run.washup.signed_at),
                         *(when(o.raised_at) for o in run.observations)):
            assert expected in text, (document.name, expected)


def _docx_text(path: Path) -> str:
    """Every paragraph and table cell of a Word document, as python-docx reads it back."""
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    # a table cell holds its clock and zone together with a no-break space ("09:02:11\u00a0GMT"): read as a space
    return "\n".join([p.text for p in document.paragraphs] + [c.replace("\u00a0", " ") for c in cells])


def test_a_plain_run_may_have_its_step_text_corrected_and_a_new_run_closes_the_presenter(
        qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, settings = _window(qtbot, ws, tmp_path, [])
    runner = _start_witnessed(qtbot, window, settings)
    assert runner.witness is not None
    controls = runner.witness
    for button in (controls.presenter_button, controls.observe_button, controls.respond_button,
                   controls.promote_button, controls.washup_button, runner.edit_button):
        key = button.property("action").shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and button.toolTip().endswith(f"({key})"), button.text()
    presenter = controls.open_presenter()
    assert presenter.isVisible()

    plain = ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="Bo")
    runner = window.open_run(plain.id)
    qtbot.waitUntil(lambda: not shiboken6.isValid(presenter), timeout=5000)  # the other run's window went with it
    assert runner.witness is None
    dialog = runner.edit_step()
    assert dialog is not None
    dialog.action.setPlainText(f"Select an MPAN ({MPAN}) from the test data set")
    _ok(dialog, qtbot, window)
    assert "reason" in dialog.problem.text() and dialog.isVisible()  # a reason is needed
    dialog.reason.setText("Screen renamed in release 4.2")
    _ok(dialog, qtbot, window)
    assert _closed(dialog)
    run = ws.runs.get(plain.id)
    assert run.steps[0].action == "Select an MPAN ([MPAN-1]) from the test data set" == runner.action.text()
    assert [(d.kind.value, d.reason) for d in run.deviations] == [("amend", "Screen renamed in release 4.2")]
    assert ws.verify()[1] == []


def _open_dialog(runner: RunnerView, title: str):
    found = [w for w in runner.findChildren(QWidget) if w.isWindow() and w.isVisible()
             and w.windowTitle().startswith(title)]
    assert len(found) == 1, [w.windowTitle() for w in runner.findChildren(QWidget) if w.isWindow()]
    return found[0]


def reasons_text(ws: Workspace, run_id: int) -> str:
    return ws.runs.get(run_id).deviations[0].reason


def _hms(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
