"""Issue 12, "one gate", in the app: every dialog and field that takes text, driven with identifiers.

Start run (tester, environment, test data, purpose, participants' names and organisations), the step's
actual result, a deviation's reason, a pasted payload's file name, annotation labels (on a waiting
capture and on a recorded one), a mask removal's reason, the step text editor, observations (text and
raised by), a query's response, a defect's title, the wash-up's actions and sign-off, and the settings
screen's tester and environment. Identity fields refuse an identifier (the message names the field and
never echoes the value); free text is stored redacted. Afterwards every file of the workspace (the
database with its WAL, so the audit log too, and the evidence), the QSettings file and the exported
packs are read as bytes, normalised (letters and digits only, upper case) and searched for each
identifier normalised the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

import attest.gui.runner as runner_module
from attest.core.importers import parse_file
from attest.core.model import EvidenceKind, ObservationKind, Outcome, Role, StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow, StartRunDialog
from attest.gui.runner import RunnerView
from attest.gui.settings import SettingsDialog
from attest.gui.tasks import Tasks
from conftest import png_bytes, register_test_data
from leakcheck import DEVICE, IDENTIFIERS, MPAN, POSTCODE, SERIAL, docx_bytes, leaks, workspace_bytes

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
TEXT = f"seen {MPAN} and {SERIAL} at {POSTCODE}, hub {DEVICE}"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)


def _activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)


def _ok(qtbot, window: MainWindow, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _settle(qtbot, window)


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _open_dialog(runner: RunnerView, title: str):
    found = [w for w in runner.findChildren(QWidget) if w.isWindow() and w.isVisible()
             and w.windowTitle().startswith(title)]
    assert len(found) == 1, [w.windowTitle() for w in runner.findChildren(QWidget) if w.isWindow()]
    return found[0]


def _refused(dialog, field: str) -> None:
    """Still open, the field named, no identifier echoed."""
    assert not _closed(dialog) and dialog.problem.isVisible()
    assert field in dialog.problem.text(), dialog.problem.text()
    assert leaks(dialog.problem.text()) == [], dialog.problem.text()


@pytest.fixture
def app(qtbot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    register_test_data(ws, "MPAN001")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    messages: list[str] = []
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings, confirm_discard=lambda question: True,
                        runner_options={"ask_reason": lambda problem: TEXT,  # every deviation's reason
                                        "ask_mask_reason": lambda question: TEXT,
                                        "choose_pack_file": lambda suggested: str(tmp_path / suggested)},
                        settings_options={"choose_folder": lambda _parent, _start: None,
                                          "choose_template": lambda _parent, _start: None, "taken": {}, "env": {}})
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(messages.append)
    window.show()
    _activate(qtbot, window)
    window.library.select_reference("FM_TS_1_TC_01")
    window.messages = messages  # type: ignore[attr-defined]
    return window


def _start(qtbot, window: MainWindow, *, tester: str, environment: str = "", data: str = "",
           witnessed: bool = False, purpose: str = "", people: tuple[tuple[str, str, Role], ...] = ()) -> bool:
    """Fill the Start run dialog and press OK; true if a runner for a new run opened."""
    before = window.runner
    dialog = StartRunDialog("FM_TS_1_TC_01", "t", window.settings, window)
    dialog.tester.setText(tester)
    dialog.environment.setText(environment)
    dialog.data.setText(data)
    if witnessed:
        dialog.witness.setChecked(True)
        dialog.witness.purpose.setText(purpose)
        for name, organisation, role in people:
            dialog.witness.add_row(name, organisation, role)
    dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign] # OK pressed
    assert window.start_run(window.library.selected_case_id() or 0, dialog)
    _settle(qtbot, window)
    return window.runner is not None and window.runner is not before


def _refused_start(qtbot, window: MainWindow, ws: Workspace, field: str, **fields) -> None:  # type: ignore[no-untyped-def]
    runs = len(ws.runs.all())
    assert not _start(qtbot, window, **fields)
    said = window.statusBar().currentMessage()
    assert said.startswith("The run was not started") and field in said, said
    assert leaks(said) == [], said
    assert len(ws.runs.all()) == runs


def _annotate_label(qtbot, window: MainWindow, runner: RunnerView, text: str) -> None:
    """Open the annotator on the selected screenshot, type a label, save."""
    annotator = runner.open_annotator()
    assert annotator is not None
    _activate(qtbot, annotator)
    annotator.viewport.set_fit(False, 1.0)
    qtbot.keyClick(annotator, Qt.Key.Key_T)
    qtbot.mouseClick(annotator.canvas, Qt.MouseButton.LeftButton, pos=QPoint(60, 40))
    editor = annotator.canvas.label_editor
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [a.text for a in annotator.annotations() if getattr(a, "text", "")] and \
        all(leaks(a.text) == [] for a in annotator.annotations() if getattr(a, "text", ""))  # redacted as typed
    annotator.accept()
    _settle(qtbot, window)
    _activate(qtbot, window)


def test_every_app_field_refuses_or_redacts_identifiers_and_nothing_stored_holds_one(
        qtbot, app: MainWindow, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = app

    # -- the Start run dialog: identity fields refused, free text redacted
    for value in IDENTIFIERS:
        _refused_start(qtbot, window, ws, "Tester", tester=value)
    _refused_start(qtbot, window, ws, "Test data", tester="Asha Patel", data=MPAN)
    _refused_start(qtbot, window, ws, "Participant name", tester="Asha Patel", witnessed=True, purpose=TEXT,
                   people=((SERIAL, "DCC", Role.WITNESS),))
    assert _start(qtbot, window, tester="Asha Patel", environment=TEXT, data="MPAN001")
    runner = window.runner
    assert runner is not None
    plain = ws.runs.get(runner.run_id)
    assert plain.tester == "Asha Patel" and plain.environment and leaks(plain.environment) == []

    # -- a screenshot waiting beside step 1: a mask drawn and removed with a reason, a label
    runner.capture_bytes(png_bytes(400, 200), f"{MPAN}_screen.png", EvidenceKind.SCREENSHOT)
    _settle(qtbot, window)
    assert len(runner.pending) == 1 and leaks(runner.pending[0].evidence.name) == []
    editor = runner.open_masks()
    assert editor is not None
    masks = editor.list.count()
    editor.add_requested.emit((10, 10, 120, 60))  # as a drag over the image does
    _settle(qtbot, window)
    assert editor.list.count() == masks + 1
    editor.list.setCurrentRow(masks)
    editor.remove_selected()  # the reason: TEXT (ask_mask_reason)
    _settle(qtbot, window)
    assert editor.list.count() == masks, editor.status.text()
    editor.accept()
    _activate(qtbot, window)
    _annotate_label(qtbot, window, runner, f"MPAN {TEXT}")

    # -- a payload pasted, its file name holding identifiers
    class Pasted(runner_module.PayloadDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.name.setPlainText(f"{MPAN}-{SERIAL}.txt")
            self.text.setPlainText(f'{{"mpan": "{MPAN}", "msn": "{SERIAL}", "note": "{TEXT}"}}')
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(runner_module, "PayloadDialog", Pasted)
    qtbot.keyClick(runner.steps, Qt.Key.Key_P, CTRL_SHIFT)
    _settle(qtbot, window)
    assert len(runner.pending) == 2 and all(leaks(p.evidence.name) == [] for p in runner.pending)

    # -- the actual result; step 1 recorded with both captures
    runner.actual.setPlainText(f"Actual: {TEXT}")
    qtbot.keyClick(runner.actual, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    step = ws.runs.get(runner.run_id).steps[0]
    assert step.status is StepStatus.PASSED and step.result is not None and "[MPAN" in step.result.actual

    # -- a label added to the recorded screenshot (stored at once, audited)
    runner.go_to(1)
    runner.evidence.setCurrentRow(0)
    _annotate_label(qtbot, window, runner, f"again {TEXT}")
    recorded = ws.runs.get(runner.run_id).steps[0].evidence
    assert any(len(item.annotations) == 2 for item in recorded)

    # -- skipping ahead: the deviation's reason (TEXT, from ask_reason)
    runner.go_to(3)
    runner.record(StepStatus.FAILED)
    _settle(qtbot, window)
    assert [d.kind.value for d in ws.runs.get(runner.run_id).deviations] == ["skip"]

    # -- the step text editor: action, expected result and reason
    runner.go_to(2)
    dialog = runner.edit_step()
    assert dialog is not None
    dialog.action.setPlainText(f"Action {TEXT}")
    dialog.expected.setPlainText(f"Expected {TEXT}")
    dialog.reason.setText(f"Reason {TEXT}")
    _ok(qtbot, window, dialog)
    assert _closed(dialog)
    assert "[MPAN" in ws.runs.get(runner.run_id).steps[1].action == runner.action.text()
    _activate(qtbot, window)

    runner.finish()
    _settle(qtbot, window)
    runner.export()
    _settle(qtbot, window)
    plain_pack = tmp_path / f"FM_TS_1_TC_01_run{runner.run_id}_evidence.docx"
    assert plain_pack.exists(), window.messages[-2:]  # type: ignore[attr-defined]

    # -- a witnessed run: purpose, participants' organisations
    assert _start(qtbot, window, tester="Asha Patel", environment=TEXT, data="MPAN001", witnessed=True,
                  purpose=f"Purpose {TEXT}", people=(("Dev Rao", f"Org {TEXT}", Role.WITNESS),))
    runner = window.runner
    assert runner is not None and runner.witness is not None
    controls = runner.witness
    witnessed = ws.runs.get(runner.run_id)
    assert leaks(witnessed.purpose) == [] and all(leaks(p.organisation) == [] for p in witnessed.participants)
    presenter = controls.open_presenter()
    qtbot.addWidget(presenter)
    _activate(qtbot, window)

    # observations: "raised by" refused, the text redacted
    for kind, text in ((ObservationKind.QUERY, f"Why is {TEXT}?"),
                       (ObservationKind.DEFECT_CANDIDATE, f"Observed {TEXT}")):
        observation = controls.open_observation()
        observation.set_kind(kind)
        observation.text.setPlainText(text)
        observation.raised_by.setCurrentText(DEVICE)
        _ok(qtbot, window, observation)
        _refused(observation, "Raised by")
        observation.raised_by.setCurrentText("Dev Rao")
        _ok(qtbot, window, observation)
        assert _closed(observation)
        _activate(qtbot, window)
    observations = ws.runs.get(runner.run_id).observations
    assert len(observations) == 2 and all(leaks(o.text) == [] for o in observations)
    assert all("[MPAN" in label for label in controls.list.labels())  # shown again by run_changed

    # the query's response, the defect's title
    controls.list.setCurrentRow(0)
    response = controls.open_response()
    assert response is not None
    response.text.setPlainText(f"Response {TEXT}")
    _ok(qtbot, window, response)
    assert _closed(response)
    controls.list.setCurrentRow(1)
    promote = controls.open_promote()
    assert promote is not None
    promote.title.setText(f"Defect {TEXT}")
    _ok(qtbot, window, promote)
    assert _closed(promote)
    _activate(qtbot, window)

    # the wash-up: the sign-off refused, the actions redacted
    washup = controls.open_washup()
    washup.set_outcome(Outcome.ACCEPTED_WITH_OBSERVATIONS)
    for o in observations:
        washup.set_action(o.id, f"Action {TEXT}")
    washup.signed_by.setText(MPAN)
    _ok(qtbot, window, washup)
    _refused(washup, "Signed by")
    washup.signed_by.setText("Dev Rao")
    washup.note.setText(f"Accepted although incomplete: {TEXT}")  # the run is incomplete: a note is needed
    _ok(qtbot, window, washup)
    assert _closed(washup)
    _activate(qtbot, window)
    closed = ws.runs.get(runner.run_id)
    assert closed.washup is not None and all(leaks(o.action) == [] for o in closed.observations)
    assert closed.observations[-1].kind.value == "deviation" and leaks(closed.observations[-1].text) == []
    assert presenter.state.text().startswith("Wash-up")  # the presenter followed run_changed
    runner.export()
    _settle(qtbot, window)
    witnessed_pack = tmp_path / f"FM_TS_1_TC_01_run{runner.run_id}_evidence.docx"
    assert witnessed_pack.exists(), window.messages[-3:]  # type: ignore[attr-defined]
    presenter.close()

    # -- the settings screen: the tester refused, the environment redacted
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    for value in IDENTIFIERS:
        settings.tester.setText(value)
        assert not settings.apply()
        assert "identifier" in settings.tester_error.text() and leaks(settings.tester_error.text()) == []
    settings.tester.setText("Asha Patel")
    settings.environment.setText(f"Env {TEXT}")
    assert settings.apply()
    settings.close()
    window.settings.sync()

    # -- nothing stored, shown or exported holds an identifier
    assert leaks("\n".join(window.messages)) == []  # type: ignore[attr-defined]
    assert ws.verify()[1] == []
    window.close()
    window.tasks.wait()
    found = {
        "workspace (db, WAL, audit log, evidence)": leaks(workspace_bytes(ws.root)),
        "QSettings": leaks(Path(window.settings.fileName()).read_bytes()),
        "plain run's pack": leaks(docx_bytes(plain_pack)),
        "witnessed run's pack": leaks(docx_bytes(witnessed_pack)),
    }
    assert found == {name: [] for name in found}
    assert b"Asha Patel" in Path(window.settings.fileName()).read_bytes()  # what passed the gate is kept
