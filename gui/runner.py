"""The step runner: one step at a time, large and readable, with its evidence and a status to record.

Captures (clipboard image or text, dropped files, pasted payload and response text) go through the
one intake path in the background (redaction, OCR) and wait, as prepared evidence, beside the step
until the tester records a status; the step is then recorded with them in one transaction. Going
back or skipping ahead asks for the deviation reason the run rules require.

The runner keeps no workflow of its own: every change (record, finish, masks, annotations, export)
is a call on :class:`~attest.gui.operations.Operations`, which runs the use case in the background;
the runner shows the run again when ``Operations.run_changed`` names it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from attest.core.annotations import Annotation
from attest.core.errors import AttestError
from attest.core.model import EvidenceKind, ExpectedSeen, Run, StepStatus
from attest.services.types import DeviationNeeded, Draft
from attest.core.workspace import Workspace
from attest.gui.folders import PACKS, Folders
from attest.gui.capture_controller import CaptureController
from attest.gui.countdown import delay_button
from attest.gui.evidence_strip import EvidenceKey, EvidenceStrip, Pending
from attest.gui.mask_editor import MaskEditor
from attest.gui.operations import Operations
from attest.gui.pack_export import start_pack_export
from attest.gui.shortcut_button import shortcut_button
from attest.gui.tasks import TaskHandle, Tasks
from attest.gui.step_edit import edit_step
from attest.gui.witness_controls import WitnessControls

if TYPE_CHECKING:
    from attest.gui.annotator import AnnotatorDialog

STATUS_KEYS = {StepStatus.PASSED: "Ctrl+1", StepStatus.FAILED: "Ctrl+2", StepStatus.BLOCKED: "Ctrl+3"}


class PayloadDialog(QDialog):
    """Paste a payload sent or a response received; stored as a .txt file."""

    def __init__(self, kind: EvidenceKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste the payload sent" if kind is EvidenceKind.PAYLOAD else "Paste the response received")
        self.text = QPlainTextEdit()
        self.text.setFont(QFont("Monospace"))
        self.name = QPlainTextEdit("payload.txt" if kind is EvidenceKind.PAYLOAD else "response.txt")
        self.name.setMaximumHeight(32)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("File name:"))
        layout.addWidget(self.name)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)


class RunnerView(QWidget):
    """Runs one run. ``ask_reason`` and ``choose_pack_file`` are injectable so tests need no dialogs."""

    closed = Signal()
    message = Signal(str)
    refused = Signal(str)  # what was not done and why: stays in the status bar until something else is said
    changed = Signal()  # the run or what the runner shows changed (the presenter view follows it)

    def __init__(self, ws: Workspace, run_id: int, tasks: Tasks, *,
                 ask_reason: Callable[[str], str | None] | None = None,
                 choose_pack_file: Callable[[str], str | None] | None = None,
                 ask_mask_reason: Callable[[str], str | None] | None = None,
                 capture: CaptureController | None = None,
                 template: Callable[[], Path | None] | None = None,
                 ops: Operations | None = None,
                 folders: Folders | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.run_id = run_id
        self.tasks = tasks
        self.folders = folders or Folders()  # where the export dialog opens: the folder last used
        self.ops = ops if ops is not None else Operations.like(ws, tasks, parent=self)
        self.ops.run_changed.connect(self._run_changed)
        self.ask_reason = ask_reason or self._reason_dialog
        self.ask_mask_reason = ask_mask_reason  # None: the mask editor asks with its own dialog
        # screen, window and region grabs: owned by the main window (the global shortcut outlives a run)
        self.capture = capture if capture is not None else CaptureController(self, parent=self)
        self.template = template or (lambda: None)  # the settings' default pack template, read at export
        self.choose_pack_file = choose_pack_file or self._pack_dialog
        self.pending: list[Pending] = []
        self.busy = 0
        self.current = 1
        self.setAcceptDrops(True)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.ado_link = QLabel()  # the run's result in Azure DevOps, once published
        self.ado_link.setOpenExternalLinks(True)
        self.ado_link.hide()
        self.publish_task: TaskHandle | None = None
        self.position = QLabel()
        self.steps = QListWidget()
        self.steps.setMinimumWidth(260)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSpacing(2)
        self.steps.itemActivated.connect(lambda item: self.go_to(int(item.data(Qt.ItemDataRole.UserRole))))
        self.action = QLabel()
        self.action.setWordWrap(True)
        self.action.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action.setStyleSheet("font-size: 16pt;")
        self.expected = QLabel()
        self.expected.setWordWrap(True)
        self.expected.setStyleSheet("font-size: 13pt; color: #1f3a5f;")
        # whether the selected screenshot shows what the expected result names: a pointer, never a verdict
        self.expected_seen = QLabel()
        self.expected_seen.setWordWrap(True)
        self.expected_seen.hide()
        self.keep_box = QPushButton("Keep the box")
        self.keep_box.setToolTip("Add the box around the expected text to the screenshot's annotations, as drawn "
                                 "in the pack")
        self.keep_box.clicked.connect(self.keep_expected_box)
        self.drop_box = QPushButton("Drop it")
        self.drop_box.setToolTip("Do not draw a box around the expected text")
        self.drop_box.clicked.connect(self.drop_expected_box)
        for button in (self.keep_box, self.drop_box):
            button.hide()
        self.actual = QPlainTextEdit()
        self.actual.setPlaceholderText("Actual result: what happened (Ctrl+L to jump here)")
        self.actual.setMaximumHeight(110)
        self.evidence = EvidenceStrip()
        self.evidence.itemActivated.connect(lambda _item: self.open_masks())
        self.evidence.currentItemChanged.connect(lambda *_a: self._show_expected())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.progress_text = QLabel()
        self.cancel_button = QPushButton("Cancel (Esc)")
        self.cancel_button.setToolTip("Stop the export; nothing is written (Esc)")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.export_task: TaskHandle | None = None

        self.buttons: dict[StepStatus, QPushButton] = {}
        row = QHBoxLayout()
        for status, key in STATUS_KEYS.items():
            button = self._button(status.label, key, f"Record this step as {status.label} and go to the next ({key})",
                                  lambda s=status: self.record(s))
            colour = {StepStatus.PASSED: "#15803d", StepStatus.FAILED: "#b91c1c", StepStatus.BLOCKED: "#b45309"}[status]
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: white; font-weight: 600; padding: 8px 18px; }}"
                                 "QPushButton:disabled { background: #9ca3af; }")
            self.buttons[status] = button
            row.addWidget(button)
        self.next_button = self._button("Next step", "Ctrl+Right", "Look at the next step without recording (Ctrl+Right)",
                                        lambda: self.go_to(min(self.current + 1, len(self.run.steps)), record=False))
        row.addWidget(self.next_button)
        self.edit_button = self._button("Edit step text…", "Ctrl+Shift+E", "Correct this step's action or expected "
                                        "result, with a reason recorded as a deviation; refused while the run is "
                                        "witnessed: its script is locked (Ctrl+Shift+E)", self.edit_step)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        captures = QHBoxLayout()
        # beside each grab, a "▾" menu: now, or after a few seconds, for menus, drop-downs and tooltips
        delay_now = lambda: self.capture.default_delay()  # noqa: E731 - read at each click
        captures.addWidget(self._button("Capture region", "Ctrl+Shift+4", "Hide Attest, freeze the screen and drag "
                                        "over the part to capture (Ctrl+Shift+4)", self.capture.capture_region))
        captures.addWidget(delay_button(lambda s: self.capture.capture_region(delay=s), delay_now,
                                        tip="Capture a region after a delay (to open a menu or tooltip first)"))
        self.screen_button = self._button("Capture screen", "Ctrl+Shift+3", "Hide Attest and capture a whole screen; "
                                          "with several, choose which (Ctrl+Shift+3)", self.capture_screen)
        captures.addWidget(self.screen_button)
        captures.addWidget(delay_button(lambda s: self.capture_screen(delay=s), delay_now,
                                        tip="Capture the screen after a delay (to open a menu or tooltip first)"))
        captures.addWidget(self._button("Capture window…", "Ctrl+Shift+5", "Choose another application's window "
                                        "and capture it (Ctrl+Shift+5)", self.capture.capture_window))
        captures.addWidget(delay_button(lambda s: self.capture.capture_window(delay=s), delay_now,
                                        tip="Capture a window after a delay (to open a menu or tooltip first)"))
        captures.addWidget(self._button("Paste image or text", "Ctrl+Shift+V",
                                        "Capture the clipboard into this step (Ctrl+Shift+V)", self.capture_clipboard))
        captures.addWidget(self._button("Payload sent…", "Ctrl+Shift+P", "Paste the payload sent (Ctrl+Shift+P)",
                                        lambda: self.paste_text(EvidenceKind.PAYLOAD)))
        captures.addWidget(self._button("Response received…", "Ctrl+Shift+R",
                                        "Paste the response received (Ctrl+Shift+R)",
                                        lambda: self.paste_text(EvidenceKind.RESPONSE)))
        captures.addStretch(1)
        self.finish_button = self._button("Finish run", "Ctrl+Shift+F", "Set the overall status and freeze the run "
                                          "(Ctrl+Shift+F)", self.finish)
        self.export_button = self._button("Export pack…", "Ctrl+E", "Build the Word evidence pack (Ctrl+E)",
                                          self.export)
        back = self._button("Library", "Ctrl+Shift+L", "Back to the case library (Ctrl+Shift+L)", self.closed.emit)
        self.publish_button = self._button("Publish to ADO", "Ctrl+Shift+J", "Send the finished run's result, "
                                           "each step's outcome and evidence, the pack and its defects to its Azure "
                                           "DevOps test point (Ctrl+Shift+J)", self.publish)
        captures.addWidget(self.finish_button)
        captures.addWidget(self.export_button)
        captures.addWidget(self.publish_button)
        captures.addWidget(back)
        self._button("Actual result", "Ctrl+L", "", lambda: self.actual.setFocus())  # the shortcut only
        self._button("Cancel export", "Esc", "", self.cancel_export)  # the shortcut only
        item_row = QHBoxLayout()
        item_row.addWidget(self._button("Masks…", "Ctrl+M", "Review the selected item's masks: add one by dragging, "
                                        "remove one with a reason (Ctrl+M)", self.open_masks))
        item_row.addWidget(self._button("Annotate…", "Ctrl+Shift+A", "Draw arrows, boxes, highlights, labels, "
                                        "callouts or a crop on the selected screenshot (Ctrl+Shift+A)",
                                        self.open_annotator))
        item_row.addWidget(self._button("Remove capture", "Ctrl+Del", "Take the selected capture off this step "
                                        "before it is recorded (Ctrl+Delete)", self.remove_pending))
        item_row.addStretch(1)
        item_row.addWidget(self._button("Raise defect…", "Ctrl+Shift+K", "Raise a defect on this run, at this step, "
                                        "with its severity and priority (Ctrl+Shift+K); in progress or finished",
                                        self.raise_defect))

        witnessed = ws.runs.get(run_id, with_details=False).witnessed
        # presenter view, observations, wash-up: following ops.run_changed and this view's `changed`
        self.witness = WitnessControls(self, self.ops, time_zone=self.ops.time_zone()) if witnessed else None
        step_panel = QWidget()
        panel = QVBoxLayout(step_panel)
        panel.addWidget(self.position)
        panel.addWidget(QLabel("<b>Action</b>"))
        panel.addWidget(self.action)
        panel.addWidget(QLabel("<b>Expected result</b>"))
        panel.addWidget(self.expected)
        seen_row = QHBoxLayout()
        seen_row.addWidget(self.expected_seen, 1)
        seen_row.addWidget(self.keep_box)
        seen_row.addWidget(self.drop_box)
        panel.addLayout(seen_row)
        panel.addStretch(1)
        panel.addWidget(QLabel("<b>Evidence for this step</b> (capture, paste, drop files, or paste a payload)"))
        panel.addWidget(self.evidence)
        panel.addLayout(item_row)
        panel.addWidget(QLabel("<b>Actual result</b>"))
        panel.addWidget(self.actual)
        panel.addLayout(row)
        split = QSplitter()
        if self.witness is not None:  # the observations under the steps
            left = QSplitter(Qt.Orientation.Vertical)
            left.addWidget(self.steps)
            left.addWidget(self.witness.panel)
            split.addWidget(left)
        else:
            split.addWidget(self.steps)
        split.addWidget(step_panel)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.ado_link)
        layout.addWidget(split, 1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.progress_text)
        busy_row.addWidget(self.cancel_button)
        layout.addLayout(busy_row)
        if self.witness is not None:
            layout.addLayout(self.witness.row)
        layout.addLayout(captures)
        self.resume_step: int | None = None
        self._restore_waiting()
        self.reload()
        self.go_to(self.resume_at(), record=False)

    def resume_at(self) -> int:
        """Where a reopened run continues (``services.runs.resume_step``): beside its waiting captures, else
        after the last step recorded."""
        from attest.services.runs import resume_step

        return resume_step(self.run, [self.resume_step] if self.resume_step is not None else [])

    def _button(self, text: str, key: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        return shortcut_button(self, text, key, tip, slot)

    # -- showing

    def reload(self) -> None:
        self.run: Run = self.ws.runs.get(self.run_id)
        session = ""
        if self.run.witnessed:
            session = (f", witnessed; wash-up: {self.run.washup.outcome.label}" if self.run.washup is not None
                       else ", witnessed")
        self.title.setText(f"{self.run.reference} – {self.run.title}   ·   run {self.run.id}, "
                           f"{self.run.status.label}{session}")
        self.steps.clear()
        for step in self.run.steps:
            status = step.status.label if step.status else "—"
            item = QListWidgetItem(f"{step.index}. [{status}] {' '.join(step.action.split())}")
            item.setData(Qt.ItemDataRole.UserRole, step.index)
            self.steps.addItem(item)
        finished = self.run.is_finished
        for button in (*self.buttons.values(), self.finish_button, self.edit_button):
            button.setEnabled(not finished)
            button.property("action").setEnabled(not finished)
        from attest.services.ado import published_link

        link = published_link(self.ws, self.run_id)
        self.publish_button.setVisible(link is not None)  # only a run of a case pulled from ADO
        self.publish_button.setEnabled(finished and self.publish_task is None)
        self.ado_link.setText(link.label if link is not None else "")
        self.ado_link.setVisible(bool(link is not None and link.url))
        self.changed.emit()

    def _run_changed(self, run_id: int) -> None:
        """A use case changed a run: if it is this one, show it again as stored (at the same step)."""
        if run_id != self.run_id:
            return
        self.reload()
        self.go_to(min(self.current, len(self.run.steps)))

    def _next_unrecorded(self) -> int:
        recorded = [s.index for s in self.run.steps if s.result is not None]
        return min(max(recorded, default=0) + 1, len(self.run.steps))

    def go_to(self, index: int, *, record: bool = False) -> None:
        self.current = index
        step = self.run.steps[index - 1]
        self.position.setText(f"Step {index} of {len(self.run.steps)}"
                              + (f" — recorded {step.status.label}" if step.status else ""))
        self.action.setText(step.action)
        self.expected.setText(step.expected or "—")
        self.steps.setCurrentRow(index - 1)
        self._show_evidence()

    def _show_evidence(self, select: EvidenceKey | None = None) -> None:
        step = self.run.steps[self.current - 1]
        self.evidence.show_items(self.ws.evidence, step.evidence, self.pending, select=select)
        self._show_expected()
        self.changed.emit()

    # -- the expected result on the screenshot

    def _selected_look(self) -> tuple[ExpectedSeen | None, Pending | None, Any]:
        """The selected card's look for the expected result, with its waiting capture or recorded item."""
        key = self.evidence.selected_key()
        if key is None:
            return None, None, None
        if key[0] == "pending":
            if key[1] >= len(self.pending):
                return None, None, None
            waiting = self.pending[key[1]]
            return waiting.evidence.seen, waiting, None
        item = next((e for e in self.run.steps[self.current - 1].evidence if e.id == key[1]), None)
        return (item.seen if item is not None else None), None, item

    def _show_expected(self) -> None:
        look, waiting, item = self._selected_look()
        offer = False
        if look is None:
            self.expected_seen.hide()
        else:
            quoted = ", ".join(f"‘{p}’" for p in look.looked_for)
            missing = [p for p in look.looked_for if p not in look.found]
            if look.seen:
                text, colour = f"✓ Expected text seen on this screenshot: {quoted}", "#166534"
            elif look.found:
                text = (f"◐ Seen: {', '.join(f'‘{p}’' for p in look.found)}; not seen: "
                        f"{', '.join(f'‘{p}’' for p in missing)}")
                colour = "#92400e"
            else:
                text, colour = f"✗ Expected text not seen on this screenshot (looked for {quoted})", "#92400e"
            self.expected_seen.setText(text + "  — a pointer, not a verdict: you record the status")
            self.expected_seen.setStyleSheet(f"color: {colour}; font-weight: 600;")
            self.expected_seen.show()
            annotations = waiting.evidence.annotations if waiting is not None else (item.annotations if item else ())
            kept = {(a.coords.get("x"), a.coords.get("y")) for a in annotations if a.type == "box"}
            boxes = _expected_boxes(look)
            open_ = waiting.proposal_open if waiting is not None else not self.run.is_finished
            offer = bool(boxes) and open_ and not all((b.coords["x"], b.coords["y"]) in kept for b in boxes)
        self.keep_box.setVisible(offer)
        self.drop_box.setVisible(offer and waiting is not None)

    def keep_expected_box(self) -> None:
        """The proposed box around the expected text becomes an annotation of the screenshot."""
        look, waiting, item = self._selected_look()
        if look is None:
            return
        sha = waiting.evidence.sha256 if waiting is not None else item.sha256 if item is not None else None
        if sha is None:
            return
        image = QImage.fromData(self.ws.evidence.get(sha))
        boxes = _expected_boxes(look, (image.width(), image.height()) if not image.isNull() else None)
        if waiting is not None:
            waiting.evidence = replace(waiting.evidence, annotations=(*waiting.evidence.annotations, *boxes))
            waiting.proposal_open = False
            self._keep_draft(waiting)
            self._show_evidence(select=self.evidence.selected_key())
            self.message.emit(f"{waiting.evidence.name}: box around the expected text kept, saved with the step")
        elif item is not None:
            self.ops.annotate(self.run_id, item.id, (*item.annotations, *boxes),
                              on_done=lambda changed: self.message.emit(f"{changed.name}: box around the expected "
                                                                        "text kept"),
                              on_error=lambda text: self.message.emit(f"The box was not kept: {text}"))

    def drop_expected_box(self) -> None:
        _look, waiting, _item = self._selected_look()
        if waiting is not None:
            waiting.proposal_open = False
            self._show_expected()

    def _keep_draft(self, waiting: Pending) -> None:
        """A waiting capture changed here (annotations): its row in the workspace follows."""
        if waiting.draft_id is not None:
            self.ops.update_draft(waiting.draft_id, waiting.evidence,
                                  on_error=lambda text: self.message.emit(f"Not kept in the workspace: {text}"))

    # -- capturing

    def capture_bytes(self, data: bytes, name: str, kind: EvidenceKind | None = None) -> None:
        """Redact and store in the background; the item waits beside the step until it is recorded, kept
        in the workspace meanwhile (a crash or a closed window loses none)."""
        self._busy(+1)
        self.ops.capture_draft(self.run.id, self.current, data, name, kind,
                               on_done=lambda draft: self._captured(draft, data), on_error=self._failed)

    def _captured(self, draft: Draft, original: bytes) -> None:
        self._busy(-1)
        prepared = draft.prepared
        self.pending.append(Pending(prepared, original if prepared.kind is EvidenceKind.SCREENSHOT else None,
                                    draft.id))
        self._show_evidence(select=("pending", len(self.pending) - 1))  # the newest: the one to look at next
        seen = ""
        if prepared.seen is not None:
            seen = "; expected text seen" if prepared.seen.seen else "; expected text not seen"
        self.message.emit(f"Captured {prepared.name}: {len(prepared.findings)} identifier(s) masked{seen}")

    def _restore_waiting(self) -> None:
        """Captures left waiting when the app was closed or stopped: back beside the run's steps (their
        unredacted originals are gone with the process that took them, so masks can be added to them, not
        removed, unless originals are kept encrypted)."""
        from attest.services.evidence import waiting

        drafts, refused = waiting(self.ws, self.run_id)
        self.pending = [Pending(d.prepared, None, d.id) for d in drafts]
        self.resume_step = drafts[-1].step if drafts else None
        if refused:
            self.message.emit(f"{refused} waiting capture(s) of this run were altered outside Attest and were "
                              "not restored (attest audit verify lists them)")

    def _failed(self, text: str) -> None:
        self._busy(-1)
        self.message.emit(text)

    def _busy(self, change: int, doing: str = "Redacting…") -> None:
        self.busy += change
        self.progress.setVisible(self.busy > 0)
        if self.export_task is None:
            self.progress.setRange(0, 0)  # captures: busy, with no meaningful percentage
            self.progress_text.setText(doing if self.busy else "")

    # -- reviewing an item: masks and annotations

    def _selected_screenshot(self, otherwise: str) -> tuple[EvidenceKey, Pending | None, Any] | None:
        """The selected thumbnail as (key, waiting capture, recorded item), if it is a screenshot;
        else ``otherwise`` (or a prompt to select one) is said and ``None`` returned."""
        key = self.evidence.selected_key()
        if key is None:
            self.message.emit("Select a capture first (the thumbnails under the step)")
            return None
        pending = self.pending[key[1]] if key[0] == "pending" else None
        item = None if pending is not None else self.ws.runs.evidence_item(key[1])
        if (pending.evidence.kind if pending is not None else item.kind) is not EvidenceKind.SCREENSHOT:
            self.message.emit(otherwise)
            return None
        return key, pending, item

    def open_masks(self) -> MaskEditor | None:
        """Open the mask review for the selected item; returns the (non-blocking) dialog."""
        selected = self._selected_screenshot("Masks are drawn on screenshots; in text, identifiers are replaced "
                                             "by references such as [MPAN-1] (open the file to check)")
        if selected is None:
            return None
        key, pending, item = selected
        if pending is not None:
            sha, masks, name = pending.evidence.sha256, list(pending.evidence.findings), pending.evidence.name
            removable = None if pending.original is not None else "The unredacted original is not available"
        else:
            sha, masks, name = item.sha256, list(item.masks or ()), item.name
            removable = None
            if item.masks is None:
                removable = "This item was recorded before Attest kept each mask's place: masks can be added, not removed"
            elif not self.ws.originals.has(item.sha256):  # decrypting it here would block the window
                removable = ("The unredacted original was not kept, so masks cannot be removed once the step is "
                             "recorded (Settings: keep originals encrypted). Masks can still be added")
        editor = MaskEditor(self.ws.evidence.get(sha), masks, title=name, removable=removable, parent=self,
                            ask_reason=self.ask_mask_reason)
        editor.add_requested.connect(lambda box: self._edit_masks(key, editor, add=box))
        editor.remove_requested.connect(lambda index, reason: self._edit_masks(key, editor, remove=index,
                                                                               reason=reason))
        editor.open()
        return editor

    def _edit_masks(self, key: EvidenceKey, editor: MaskEditor, *, add: tuple[int, int, int, int] | None = None,
                    remove: int | None = None, reason: str = "") -> None:
        pending = self.pending[key[1]] if key[0] == "pending" else None

        def done(result: tuple[bytes, list[dict[str, Any]], object]) -> None:
            data, masks, changed = result
            if pending is not None:
                pending.evidence = changed  # type: ignore[assignment]
            editor.show_state(data, masks, "Mask added" if add is not None else "Mask removed; the reason is audited")
            self._show_evidence()

        if pending is not None:
            self.ops.edit_pending_mask(pending.evidence, pending.original, add=add, remove=remove, reason=reason,
                                       draft_id=pending.draft_id, on_done=done, on_error=editor.show_error)
        else:
            self.ops.edit_recorded_mask(self.run_id, key[1], add=add, remove=remove, reason=reason, on_done=done,
                                        on_error=editor.show_error)

    def open_annotator(self) -> AnnotatorDialog | None:
        """Open the annotator on the selected screenshot; returns the (non-blocking) dialog. OK saves:
        on a waiting capture, with it when the step is recorded; on a recorded item, at once (audited)."""
        from attest.gui.annotator import AnnotatorDialog
        from attest.services.evidence import label_cleaner

        selected = self._selected_screenshot("Only screenshots are annotated; payloads and logs go into the pack "
                                             "as they are")
        if selected is None:
            return None
        key, pending, item = selected
        sha, current, name = ((pending.evidence.sha256, pending.evidence.annotations, pending.evidence.name)
                              if pending else (item.sha256, item.annotations, item.name))
        try:
            clean = label_cleaner(self.ws)  # labels are typed text: redacted as they are typed
            clean("")
        except AttestError as error:
            self.message.emit(f"Cannot annotate: {error}")
            return None
        dialog = AnnotatorDialog(self.ws.evidence.get(sha), current, self, title=name, clean_text=clean)
        dialog.accepted.connect(lambda: self._annotated(key, dialog.annotations()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _annotated(self, key: EvidenceKey, annotations: tuple[Any, ...]) -> None:
        from attest.services import evidence

        if key[0] == "pending":  # nothing stored yet: the labels redacted, kept with the capture
            try:
                waiting = self.pending[key[1]]
                waiting.evidence = evidence.with_annotations(self.ws, waiting.evidence, annotations)
            except AttestError as error:
                self.message.emit(f"Annotations not saved: {error}")
                return
            self._keep_draft(waiting)
            self.message.emit(f"{waiting.evidence.name}: {len(annotations)} annotation(s), saved with the step")
            return
        self.ops.annotate(self.run_id, key[1], annotations,  # and drawn now, for the pack
                          on_done=lambda item: self.message.emit(f"{item.name}: {len(annotations)} annotation(s) "
                                                                 "saved"),
                          on_error=lambda text: self.message.emit(f"Annotations not saved: {text}"))

    def _draw_rendition(self, evidence_id: int) -> None:
        """Draw the annotated screenshot now, in the background, so the pack need not (see renditions)."""
        self.ops.draw_rendition(evidence_id, on_error=self.message.emit)

    def remove_pending(self) -> None:
        key = self.evidence.selected_key()
        if key is None or key[0] != "pending":
            self.message.emit("Only a capture not yet recorded can be taken off the step; a recorded item stays "
                              "in the audit trail")
            return
        removed = self.pending.pop(key[1])
        if removed.draft_id is not None:
            self.ops.drop_draft(removed.draft_id, on_error=self.message.emit)
        self._show_evidence()
        self.message.emit(f"{removed.evidence.name} taken off this step")

    def capture_screen(self, delay: int | None = None) -> None:
        """One screen: captured at once (or after ``delay`` seconds; None: the setting's); with several, a
        menu asks which (the one Attest is on first)."""
        screens = QGuiApplication.screens()
        if len(screens) <= 1:
            self.capture.capture_screen(0, delay)
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        here = self.screen()
        for index, screen in sorted(enumerate(screens), key=lambda pair: pair[1] is not here):
            size = screen.geometry()
            label = f"Screen {index + 1}: {screen.name()} ({size.width()} × {size.height()})"
            if screen is here:
                label += " – this one"
            menu.addAction(label, lambda i=index: self.capture.capture_screen(i, delay))
        menu.popup(self.screen_button.mapToGlobal(self.screen_button.rect().bottomLeft()))

    def capture_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            image = clipboard.image()
            self.capture_bytes(_png(image), "clipboard.png", EvidenceKind.SCREENSHOT)
        elif mime is not None and mime.hasText() and mime.text().strip():
            self.capture_bytes(mime.text().encode("utf-8"), "clipboard.txt", EvidenceKind.FILE)
        elif mime is not None and mime.hasHtml() and (shown := _html_as_text(mime.html())).strip():
            # rich text alone (a browser's or Outlook's copy with no plain form): its text as a reader sees it;
            # pictures inside it are not taken (a base64 image would pass as text, unread by OCR)
            self.capture_bytes(shown.encode("utf-8"), "clipboard.txt", EvidenceKind.FILE)
        else:
            self.message.emit("The clipboard holds neither an image nor text")

    def paste_text(self, kind: EvidenceKind) -> None:
        dialog = PayloadDialog(kind, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text.toPlainText().strip():
            name = dialog.name.toPlainText().strip() or "payload.txt"
            if not name.lower().endswith(".txt"):
                name += ".txt"
            self.capture_bytes(dialog.text.toPlainText().encode("utf-8"), name, kind)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                try:
                    data = path.read_bytes()
                except OSError as error:
                    self.message.emit(f"{path.name}: cannot be read: {error.strerror}")
                    continue
                self.capture_bytes(data, path.name)
        event.acceptProposedAction()

    # -- recording

    def record(self, status: StepStatus) -> None:
        if self.busy:
            self.message.emit("Wait until the captures are redacted, then record the step")
            return
        from attest.services.runs import check_step

        deviation = None
        try:  # a read: whether the run rules want a reason for recording this step now
            check_step(self.ws, self.run_id, self.current)
        except DeviationNeeded as needed:
            deviation = self.ask_reason(str(needed))
            if not deviation or not deviation.strip():
                self.message.emit("Not recorded: a reason is needed to depart from the script")
                return
        except AttestError as error:
            self.message.emit(f"Not recorded: {error}")
            return
        recording = list(self.pending)

        def done(recorded: Any) -> None:  # the run is shown again already (run_changed)
            self._busy(-1)
            index = recorded.result.step_index
            # recorded with the step: no longer waiting beside it (a capture that came meanwhile still is)
            self.pending[:] = [p for p in self.pending if all(p is not r for r in recording)]
            self.actual.clear()
            if any(p.evidence.annotations for p in recording):
                for item in self.run.steps[index - 1].evidence:
                    if item.annotations:
                        self._draw_rendition(item.id)
            self.message.emit(f"Step {index} recorded: {status.label}")
            self.go_to(self._next_unrecorded() if index < len(self.run.steps) else index)

        def failed(text: str) -> None:  # the register's key may be unavailable; a rule may refuse
            self._busy(-1)
            self.message.emit(f"Not recorded: {text}")

        self._busy(+1, "Recording…")
        self.ops.record_step(self.run_id, status, actual=self.actual.toPlainText(), step=self.current,
                             deviation=deviation, prepared=[p.evidence for p in recording],
                             drafts=[p.draft_id for p in recording if p.draft_id is not None], on_done=done,
                             on_error=failed)

    def raise_defect(self) -> QDialog:
        """A defect on this run (any run, in progress or finished), on its plan's severity scale."""
        from attest.core.scales import Scale
        from attest.gui.defect_dialog import DefectDialog
        from attest.gui.observations import PENDING
        from attest.services.plans import run_scale

        run = self.ws.runs.get(self.run_id)
        dialog = DefectDialog(run, Scale(run_scale(self.ws, run.plan_id)), self.current, self)

        def submit() -> object:
            title, description, step, severity, priority, evidence = dialog.values()
            if not title:
                return "Give the defect a title"
            self.ops.raise_defect(self.run_id, title, severity, priority, step=step, description=description,
                                  evidence=evidence, on_done=lambda d: (dialog.accept(), self.message.emit(
                                      f"Defect {d.id} raised ({d.severity.value}/{d.priority.value})")),
                                  on_error=dialog.refused)
            return PENDING

        dialog.submit = submit
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_step(self) -> QDialog | None:
        """Correct the current step's text with a reason (see gui/step_edit); refused while witnessed."""
        return edit_step(self)

    def _reason_dialog(self, problem: str) -> str | None:
        text, ok = QInputDialog.getText(self, "A deviation needs a reason", f"{problem}.\n\nReason:")
        return text if ok else None

    def finish(self) -> None:
        self.ops.finish_run(self.run_id, on_done=lambda run: self.message.emit(
            f"Run {run.id} finished: {run.status.label}. Export the pack with Ctrl+E"),
            on_error=lambda text: self.message.emit(f"The run was not finished: {text}"))

    # -- exporting

    def export(self) -> None:
        self.export_task = start_pack_export(
            self.ops, self.run, choose_file=self.choose_pack_file, template=self.template(), progress=self.progress,
            progress_text=self.progress_text, cancel_button=self.cancel_button,
            disable=lambda: self.export_button.setEnabled(False), ended=self._export_ended)

    def _export_progress(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.progress_text.setText(what)

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.progress_text.setText("Cancelling…")

    def _export_ended(self, message: str, _path: Path | None = None) -> None:
        self.export_task = None
        self.cancel_button.hide()
        self.export_button.setEnabled(True)
        self._busy(0)
        self.message.emit(message)
        if _path is None and not message.startswith("Export cancelled"):
            self.progress_text.setText(message)  # a refusal stays beside the Export button, not only a few seconds
            self.refused.emit(message)

    # -- Azure DevOps

    def publish(self) -> None:
        if not self.run.is_finished:
            self.message.emit("Finish the run before publishing it")
            return
        self.publish_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()

        def ended(message: str) -> None:
            self.publish_task = None
            self.export_task = None
            self.cancel_button.hide()
            self.publish_button.setEnabled(True)
            self._busy(0)
            self.message.emit(message)
            self.reload()

        def done(result: Any) -> None:
            from attest.gui.ado_dialogs import publish_summary

            ended(publish_summary(result))

        self.publish_task = self.ops.ado_publish(
            self.run_id, on_done=done, on_error=lambda text: ended(f"Not published: {text}"),
            on_progress=self._export_progress,
            on_cancel=lambda: ended("Publishing cancelled: what was sent is kept; publish again to send the rest"))
        self.export_task = self.publish_task  # the Cancel button (Esc) stops whichever is running

    def _pack_dialog(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "Export the evidence pack", self.folders.start(PACKS, suggested),
                                              "Word document (*.docx)")
        self.folders.chosen(PACKS, path)
        return path or None


def _html_as_text(html: str) -> str:
    """What a rich-text clipboard shows, as plain text (Qt's own rendering of the HTML: tables as lines, entities
    decoded)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


EXPECTED_COLOUR = "#16a34a"  # green: told apart from the default red of a tester's own boxes
_MARGIN = 4


def _expected_boxes(look: ExpectedSeen, size: tuple[int, int] | None = None) -> tuple[Annotation, ...]:
    """The proposed annotation: a green box around each phrase found, a few pixels clear of the text (and
    inside the image of ``size``, when known)."""
    width, height = size or (1 << 30, 1 << 30)
    boxes = []
    for x0, y0, x1, y1 in look.boxes:
        x0, y0 = max(0, x0 - _MARGIN), max(0, y0 - _MARGIN)
        x1, y1 = min(width, x1 + _MARGIN), min(height, y1 + _MARGIN)
        if x1 > x0 and y1 > y0:
            boxes.append(Annotation("box", {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}, colour=EXPECTED_COLOUR))
    return tuple(boxes)
