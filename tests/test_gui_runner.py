"""The step runner, driven end to end with pytest-qt: start, capture, record, deviate, finish, export."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from attest.cli.demo import _screen
from attest.cli.main import main
from attest.capture.screen import ScreenInfo
from attest.gui.region_overlay import ScreenOverlay
from attest.core.importers import parse_file
from attest.core.model import StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow, StartRunDialog
from attest.gui.runner import RunnerView
from conftest import register_test_data
from attest.gui.tasks import Tasks

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
MPAN = "1200023305967"


class ScreenWithAnMpan:
    """A one-screen grabber whose screen shows an MPAN; notes whether Attest was on screen at the grab."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.visible: list[bool] = []

    def screens(self) -> list[ScreenInfo]:
        return [ScreenInfo(0, "fake", 0, 0, 1280, 312, 1.0)]

    def grab(self, index: int) -> bytes:
        self.visible.append(self.window is not None and self.window.isVisible())
        return _screen("CRM: customer account", [("MPAN", MPAN), ("Status", "Energised")])


def _runner(qtbot, ws: Workspace, tmp_path: Path, reasons: list[str], *,
            import_by_drop: bool = False, grabber: object = None) -> tuple[MainWindow, RunnerView]:
    register_test_data(ws, "MPAN001")
    if not import_by_drop:
        ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    options = {"ask_reason": lambda problem: reasons.pop(0) if reasons else None,
               "choose_pack_file": lambda suggested: str(tmp_path / suggested)}
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings, runner_options=options,
                        grabber=grabber, confirm_discard=lambda question: True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    if import_by_drop:  # as a tester does: the case file dropped on the library
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(EXAMPLES / "mhhs_qualification.yaml"))])
        window.library.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        qtbot.waitUntil(lambda: window.library.model.rowCount() > 0, timeout=10_000)
    window.library.select_reference("FM_TS_1_TC_01")
    dialog = StartRunDialog("FM_TS_1_TC_01", "t", settings, window)
    dialog.tester.setText("Asha Patel")
    dialog.data.setText("MPAN001")
    dialog.exec = lambda: StartRunDialog.DialogCode.Accepted  # type: ignore[method-assign]
    window.start_run(window.library.selected_case_id() or 0, dialog)
    qtbot.waitUntil(lambda: window.runner is not None, timeout=30_000)  # started in the background
    assert window.runner is not None and window.stack.currentWidget() is window.runner
    return window, window.runner


def _settle(qtbot, window: MainWindow) -> None:
    """Wait for the background use cases (record, finish, ...) and what they set off to end."""
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)


def _wait_captured(qtbot, runner: RunnerView, count: int) -> None:
    messages: list[str] = []
    runner.message.connect(messages.append)
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=60_000)
    assert len(runner.pending) == count, messages


def test_a_whole_run_in_the_app_ends_in_a_verified_pack(qtbot, ws: Workspace, tmp_path: Path) -> None:
    reasons = ["Tracker down; step 3 will be re-run after step 4", "Tracker back; running step 3 now"]
    window, runner = _runner(qtbot, ws, tmp_path, reasons, import_by_drop=True)
    assert runner.position.text() == "Step 1 of 4"
    assert runner.action.text().startswith("Select an MPAN from the test data set")

    # step 1: a screenshot from the clipboard, redacted before it appears
    QGuiApplication.clipboard().setImage(QImage.fromData(_screen("Registration", [("MPAN", MPAN)])))
    runner.steps.setFocus()
    qtbot.keyClick(runner.steps, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _wait_captured(qtbot, runner, 1)
    assert runner.evidence.labels() == ["clipboard.png\n(not recorded yet)"]
    assert len(runner.pending[0].evidence.findings) >= 1
    # annotate the capture before recording: a box and a label (typed text is redacted as typed)
    annotator = runner.open_annotator()
    assert annotator is not None
    annotator.activateWindow()  # the offscreen platform does not activate a new window by itself
    qtbot.waitUntil(annotator.isActiveWindow, timeout=5000)
    annotator.viewport.set_fit(False, 0.5)
    qtbot.keyClick(annotator, Qt.Key.Key_B)
    _drag_canvas(qtbot, annotator.canvas, (20, 50), (200, 80))
    qtbot.keyClick(annotator, Qt.Key.Key_T)
    qtbot.mouseClick(annotator.canvas, Qt.MouseButton.LeftButton, pos=QPoint(220, 60))
    qtbot.keyClicks(annotator.canvas.label_editor, f"MPAN {MPAN} shown")
    qtbot.keyClick(annotator.canvas.label_editor, Qt.Key.Key_Return)
    annotator.accept()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    shapes = runner.pending[0].evidence.annotations
    assert [a.type for a in shapes] == ["box", "text"] and MPAN not in shapes[1].text
    runner.actual.setPlainText(f"Legacy arrangement shown for MPAN {MPAN}")
    qtbot.keyClick(runner.actual, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    assert runner.position.text() == "Step 2 of 4"

    # step 2: a payload dropped on the window
    payload = tmp_path / "IF-031.json"
    payload.write_text(f'{{"messageType": "IF-031", "mpan": "{MPAN}"}}')
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(payload))])
    runner.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    _wait_captured(qtbot, runner, 1)
    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)

    # skip step 3 (a deviation, reason asked), then fail step 4, then go back to 3
    runner.go_to(4)
    runner.record(StepStatus.FAILED)
    _settle(qtbot, window)
    assert len(reasons) == 1  # the reason was asked for and used
    runner.go_to(3)
    runner.record(StepStatus.BLOCKED)
    _settle(qtbot, window)
    assert not reasons
    runner.finish()
    _settle(qtbot, window)
    assert "finished: Failed" in window.statusBar().currentMessage()
    assert not runner.buttons[StepStatus.PASSED].isEnabled()

    run = ws.runs.get(runner.run_id)
    assert [s.status for s in run.steps] == [StepStatus.PASSED, StepStatus.PASSED, StepStatus.BLOCKED,
                                             StepStatus.FAILED]
    assert run.steps[0].result is not None and MPAN not in run.steps[0].result.actual
    assert [d.kind.value for d in run.deviations] == ["skip", "go-back"]

    with qtbot.waitSignal(runner.message, timeout=60_000,
                          check_params_cb=lambda text: text.startswith("Evidence pack written")):
        runner.export()
    pack = tmp_path / f"FM_TS_1_TC_01_run{run.id}_evidence.docx"
    assert pack.exists()
    assert [a.type for a in run.steps[0].evidence[0].annotations] == ["box", "text"]
    from attest.templates import annotate
    drawn = annotate.cached(ws.renditions, run.steps[0].evidence[0])
    assert drawn is not None  # drawn in the background when the step was recorded
    with zipfile.ZipFile(pack) as package:
        media = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
    assert drawn[0] in media  # the pack shows the screenshot exactly as the annotator drew it
    headings = [p.text for p in docx.Document(str(pack)).paragraphs if p.style.name == "Heading 2"]
    assert len([h for h in headings if "– Step" in h]) == 4
    with zipfile.ZipFile(pack) as package:
        assert MPAN.encode() not in b"".join(package.read(n) for n in package.namelist())
    assert main(["verify", str(pack)]) == 0


def test_recording_without_a_reason_where_one_is_needed_records_nothing(qtbot, ws: Workspace,
                                                                       tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path, [])
    runner.go_to(3)
    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)
    assert all(s.result is None for s in ws.runs.get(runner.run_id).steps)


def _drag_canvas(qtbot, canvas, start: tuple[int, int], end: tuple[int, int]) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*start))
    qtbot.mouseMove(canvas, pos=QPoint(*end))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*end))


def _drag(qtbot, view, box: tuple[int, int, int, int]) -> None:
    """Drag over an image box the way a tester does, through the view's own fit."""
    rect = view.to_widget(box)
    start, end = rect.topLeft().toPoint(), rect.bottomRight().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def _capture_screen(qtbot, runner: RunnerView, count: int) -> None:
    QGuiApplication.clipboard().setImage(QImage.fromData(_screen("Registration", [("MPAN", MPAN),
                                                                                  ("Status", "Delivered")])))
    runner.capture_clipboard()
    _wait_captured(qtbot, runner, count)


def test_masks_are_reviewed_added_and_removed_with_an_audited_reason(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path, [])
    reasons = ["Status is what this step checks", "The witness asked"]
    runner.ask_mask_reason = lambda question: reasons.pop(0)
    _capture_screen(qtbot, runner, 1)
    before = runner.pending[0].masks
    editor = runner.open_masks()
    assert editor is not None and editor.list.count() == before

    status_value = (360, 158, 700, 200)
    _drag(qtbot, editor.view, status_value)
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=60_000)
    assert runner.pending[0].masks == before + 1
    assert editor.list.item(before).text() == f"{before + 1}. drawn by hand"
    assert "mask" in runner.evidence.item(0).toolTip()

    # a tester may remove the over-mask they drew ...
    editor.list.setCurrentRow(before)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=60_000)
    assert runner.pending[0].masks == before
    # ... but never the one over the MPAN: the leak scan reads it without its mask
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=60_000)
    assert "stays" in editor.status.text() and runner.pending[0].masks == before
    editor.accept()

    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)
    item = ws.runs.get(runner.run_id).steps[0].evidence[0]
    assert item.mask_count == before
    entry = json.loads(ws.store.one("SELECT details FROM audit_log WHERE action = 'evidence.add'")["details"])
    assert [c["action"] for c in entry["mask_changes"]] == ["add", "remove"]
    assert entry["mask_changes"][1]["reason"] == "Status is what this step checks"

    # after recording, with originals discarded: masks can be added (audited), not removed
    runner.go_to(1)
    runner.evidence.setCurrentRow(0)
    editor = runner.open_masks()
    assert editor is not None and not editor.remove_button.isEnabled()
    assert "original was not kept" in editor.remove_button.toolTip()
    assert "cannot be removed here" in editor.hint.text() and "original was not kept" in editor.hint.text()
    _drag(qtbot, editor.view, status_value)
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=60_000)
    assert ws.runs.evidence_item(item.id).mask_count == before + 1
    assert ws.store.one("SELECT actor FROM audit_log WHERE action = 'evidence.mask'")["actor"] == "Asha Patel"
    assert ws.verify()[1] == []


def test_export_shows_its_progress_and_can_be_cancelled(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path, [])
    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)
    seen: list[int] = []
    runner.progress.valueChanged.connect(seen.append)

    runner.export()
    assert runner.cancel_button.isVisible()
    runner.cancel_export()
    qtbot.waitUntil(lambda: runner.export_task is None, timeout=60_000)
    assert not list(tmp_path.glob("*.docx"))
    assert not runner.cancel_button.isVisible() and runner.export_button.isEnabled()

    messages: list[str] = []
    runner.message.connect(messages.append)
    runner.export()
    qtbot.waitUntil(lambda: runner.export_task is None, timeout=60_000)
    assert messages[-1].startswith("Evidence pack written"), messages
    assert max(seen) >= 95  # the bar moved through the stages to the write
    assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'pack.build'")["n"] == 1


def test_capture_screen_hides_attest_and_the_grab_arrives_redacted_in_the_step(qtbot, ws: Workspace,
                                                                               tmp_path: Path) -> None:
    grabber = ScreenWithAnMpan()
    window, runner = _runner(qtbot, ws, tmp_path, [], grabber=grabber)
    grabber.window = window
    runner.steps.setFocus()
    qtbot.keyClick(runner.steps, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(grabber.visible), timeout=5000)
    assert grabber.visible == [False]  # Attest was hidden while the screen was read ...
    qtbot.waitUntil(window.isVisible, timeout=5000)  # ... and shown again after
    _wait_captured(qtbot, runner, 1)
    stored = ws.evidence.get(runner.pending[0].evidence.sha256)
    assert runner.pending[0].evidence.name == "screen-1.png"
    assert any(m["kind"] == "MPAN" for m in runner.pending[0].evidence.findings)
    from attest.redaction.scan import scan_bytes
    assert scan_bytes(stored, "screen-1.png") == []


class FakeHotkeys:
    """Windows' RegisterHotKey as the global shortcut sees it: what is registered now."""

    def __init__(self) -> None:
        self.registered: list[str] = []
        self.on_press = None

    def register(self, hotkey, on_press) -> None:
        self.registered.append(hotkey.text)
        self.on_press = on_press

    def unregister(self) -> None:
        self.registered.pop()


def test_settings_from_the_window_rebind_the_global_shortcut_and_it_captures_into_the_run(
        qtbot, ws: Workspace, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtGui import QKeySequence

    from attest.gui.global_hotkey import GlobalCapture

    hotkeys = FakeHotkeys()
    grabber = ScreenWithAnMpan()
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings, grabber=grabber,  # type: ignore[arg-type]
                        global_capture=GlobalCapture(settings.value("capture/shortcut", "Ctrl+Shift+F9"),
                                                     platform="win32", backend=hotkeys, tray_available=lambda: False),
                        confirm_discard=lambda question: True)
    qtbot.addWidget(window)
    window.show()
    assert hotkeys.registered == ["Ctrl+Shift+F9"]
    assert window.capture_status.toolTip() == "Ctrl+Shift+F9 captures a region from any application"
    assert window.capture_status.text() == "Ctrl+Shift+F9: capture from any application"

    dialog = window.open_settings()
    dialog.shortcut.setKeySequence(QKeySequence("Ctrl+Alt+F8"))
    dialog.accept()
    assert hotkeys.registered == ["Ctrl+Alt+F8"]  # the old one released, the new one held
    assert window.app_settings.capture_shortcut == "Ctrl+Alt+F8"
    assert "Ctrl+Alt+F8 captures" in window.capture_status.toolTip()

    # the shortcut pressed in another application: a region of the screen, into the open run
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    run = ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="Asha")
    window.open_run(run.id)
    hotkeys.on_press()
    overlays: list[ScreenOverlay] = []

    def overlay_shown() -> bool:
        overlays[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ScreenOverlay) and w.isVisible()]
        return bool(overlays)

    qtbot.waitUntil(overlay_shown, timeout=5000)
    assert grabber.visible == [False]  # Attest hid itself before the screen was frozen
    qtbot.keyClick(overlays[0], Qt.Key.Key_Return)  # Enter takes the whole frozen screen
    _wait_captured(qtbot, window.runner, 1)
    assert window.runner.pending[0].evidence.name == "region.png"
    qtbot.waitUntil(window.isVisible, timeout=5000)


def test_captures_not_yet_recorded_stay_with_their_run_when_another_is_opened(qtbot, ws: Workspace,
                                                                              tmp_path: Path) -> None:
    """They are kept in the workspace (drafts): opening another run loses nothing and asks nothing."""
    window, runner = _runner(qtbot, ws, tmp_path, [])
    window.confirm_discard = lambda question: pytest.fail(f"nothing is lost, nothing to ask: {question}")
    _capture_screen(qtbot, runner, 1)
    first, name = runner.run_id, runner.pending[0].evidence.name
    other = ws.runs.start(ws.cases.get("FM_TS_1_TC_01").version_id, tester="Bo").id
    assert window.open_run(other).run_id == other and window.runner is not None and window.runner.pending == []
    back = window.open_run(first)
    assert [p.evidence.name for p in back.pending] == [name] and back.current == 1


def test_rich_text_alone_on_the_clipboard_is_taken_as_its_text_redacted(qtbot, ws: Workspace, tmp_path: Path) -> None:
    """A browser's or Outlook's copy may hold HTML and no plain text: its text is taken, as a reader sees it."""
    from PySide6.QtCore import QMimeData

    window, runner = _runner(qtbot, ws, tmp_path, [])
    mime = QMimeData()
    mime.setHtml(f"<table><tr><td>MPAN</td><td>{MPAN[:4]}<b>{MPAN[4:]}</b></td></tr><tr><td>Status</td>"
                 "<td>Delivered</td></tr></table>")
    QGuiApplication.clipboard().setMimeData(mime)
    runner.capture_clipboard()
    _wait_captured(qtbot, runner, 1)
    stored = ws.evidence.path_for(runner.pending[0].evidence.sha256).read_bytes()
    assert MPAN.encode() not in stored and MPAN[4:].encode() not in stored and b"Delivered" in stored


def test_a_pack_refused_says_why_beside_the_export_button_and_in_the_status_bar_until_replaced(
        qtbot, ws: Workspace, tmp_path: Path) -> None:
    window, runner = _runner(qtbot, ws, tmp_path, [])
    runner.record(StepStatus.PASSED)
    _settle(qtbot, window)
    runner.choose_pack_file = lambda suggested: str(tmp_path / f"pack_{MPAN}.docx")
    refused: list[str] = []
    runner.refused.connect(refused.append)
    runner.export()
    qtbot.waitUntil(lambda: bool(refused), timeout=60_000)
    said = refused[0]
    assert said.startswith("The pack was not written") and MPAN not in said
    assert runner.progress_text.text() == said and window.statusBar().currentMessage() == said
    assert not (tmp_path / f"pack_{MPAN}.docx").exists()
