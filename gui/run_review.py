"""A finished run, read-only: what was recorded at each step, by whom and when, its deviations and its
evidence; and the three things a tester does with a finished run: export its pack, write the witness
report of a witnessed session, and check a pack someone sends back.

Nothing here records, captures or masks: a finished run is frozen, and a review that offered those
buttons would invite a change the run rules refuse. Every document is built or checked by a use case
on :class:`~attest.gui.operations.Operations` in the background; the review shows the run again when
``Operations.run_changed`` names it (a defect raised on it from elsewhere, say).

Verifying answers the assurer's question, "is this the pack Attest built from this workspace?", in the
window rather than on a command line, so it shows the verdict in full: the key, whether the log
records building this very document, and each problem by name.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attest.core.local_time import stamp
from attest.core.model import DeviationKind, EvidenceItem, EvidenceKind, Run, RunStep
from attest.core.workspace import Workspace
from attest.gui.folders import PACKS, REPORTS, VERIFY, Folders
from attest.gui.evidence_strip import EvidenceStrip
from attest.gui.operations import Operations
from attest.gui.pack_export import start_pack_export
from attest.gui.shortcut_button import shortcut_button
from attest.gui.runs_view import STATUS_COLOURS, default_zone
from attest.gui.tasks import TaskHandle
from attest.gui.thumbnails import badge_text

if TYPE_CHECKING:
    from attest.services.verify import Verdict
    from attest.templates.manifest import Manifest

DEVIATION_LABELS = {
    DeviationKind.SKIP: "Skipped ahead", DeviationKind.GO_BACK: "Went back to an earlier step",
    DeviationKind.RE_RECORD: "Recorded again", DeviationKind.NOTED: "Departure from the script noted",
    DeviationKind.AMEND: "Step text corrected",
}
OK_STYLE = "background: #dcfce7; color: #14532d; border: 1px solid #86efac; border-left: 5px solid #15803d;"
BAD_STYLE = "background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5; border-left: 5px solid #b91c1c;"
BUSY_STYLE = "background: #f3f4f6; color: #374151; border: 1px solid #d1d5db; border-left: 5px solid #6b7280;"
e = html.escape


def pill(text: str, status: str) -> str:
    """A status as a coloured label in rich text (QLabel and QTextBrowser draw no rounded corners)."""
    ink, fill = STATUS_COLOURS.get(status, ("#111827", "#f3f4f6"))
    return f"<span style='background:{fill}; color:{ink}; font-weight:600'>&nbsp;{e(text)}&nbsp;</span>"


def dot(status: str | None) -> QIcon:
    """The steps list's status marker: a filled circle, hollow for a step never recorded."""
    ink, _fill = STATUS_COLOURS.get(status or "", ("#9ca3af", ""))
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(ink))
    if status:
        painter.setBrush(QColor(ink))
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _WrappedStep(QStyledItemDelegate):
    """Each step as tall as its wrapped text at the list's width. Qt's own list sizes an item from the
    text's natural width, which can come out a few pixels wider than the list: the item is then laid out
    a line short and its text elided."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(self.view.viewport().width(), 120)
        text_width = width - self.view.iconSize().width() - 16  # icon, and the style's margins either side
        text = opt.fontMetrics.boundingRect(QRect(0, 0, text_width, 100_000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, max(text.height(), self.view.iconSize().height()) + 10)


class EvidenceViewer(QDialog):
    """One recorded item as stored (redacted), read-only: a screenshot as the pack draws it, a text file
    as text."""

    def __init__(self, ws: Workspace, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{item.name} – step {item.step_index}")
        data = ws.evidence.get(item.sha256)
        note = QLabel()
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        masks = "masks not recorded" if item.mask_count is None else f"{item.mask_count} mask(s)"
        layout = QVBoxLayout(self)
        if item.kind is EvidenceKind.SCREENSHOT:
            from attest.templates.annotate import cached

            drawn = cached(ws.renditions, item)
            shown = "as the pack shows it, annotations drawn" if drawn is not None else "as stored"
            image = QImage.fromData(drawn[0] if drawn is not None else data)
            picture = QLabel()
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if not image.isNull():
                picture.setPixmap(QPixmap.fromImage(image))
            else:
                picture.setText("This screenshot cannot be shown")
            scroll = QScrollArea()
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
            note.setText(f"{item.name}: {shown} (redacted, {masks}); added by {item.added_by}")
            self.resize(min(max(image.width() + 40, 480), 1200), min(max(image.height() + 100, 320), 860))
        else:
            text = QPlainTextEdit(data.decode("utf-8", "replace"))
            text.setReadOnly(True)
            text.setFont(QFont("Monospace"))
            layout.addWidget(text, 1)
            note.setText(f"{item.name}: {item.kind.value}, as stored (redacted, {masks})")
            self.resize(760, 520)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RunReview(QWidget):
    """A finished run, read-only. The file choosers are injectable so tests need no dialogs: each gets a
    suggested file name (or path) and returns the chosen path, or ``None``."""

    closed = Signal()
    message = Signal(str)
    refused = Signal(str)  # what was not done and why: stays in the status bar until something else is said

    def __init__(self, ws: Workspace, run_id: int, ops: Operations, *, tz: ZoneInfo | None = None,
                 template: Callable[[], Path | None] | None = None,
                 choose_pack_file: Callable[[str], str | None] | None = None,
                 choose_report_file: Callable[[str], str | None] | None = None,
                 choose_verify_file: Callable[[str], str | None] | None = None,
                 folders: Folders | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.run_id = run_id
        self.ops = ops
        self.folders = folders or Folders()  # where the file dialogs open: the folder last used for each kind
        self.tz = default_zone(tz)
        self.template = template or (lambda: None)  # the settings' default pack template, read at export
        self.choose_pack_file = choose_pack_file or self._save_dialog("Export the evidence pack", PACKS)
        self.choose_report_file = choose_report_file or self._save_dialog("Write the witness session report", REPORTS)
        self.choose_verify_file = choose_verify_file or self._open_dialog
        self.export_task: TaskHandle | None = None
        self.report_task: TaskHandle | None = None
        self.last_written: Path | None = None  # offered first when verifying: "did what I sent survive?"
        self.verify_serial = 0  # a verdict that arrives after a newer check was started is not shown
        self.current = 1
        self.setAcceptDrops(True)
        ops.run_changed.connect(self._run_changed)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()  # a run still in progress: said, not hidden
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fef3c7; color: #78350f; padding: 6px; border-radius: 3px;")
        self.banner.hide()

        self.steps = QListWidget()
        self.steps.setMinimumWidth(280)
        self.steps.setWordWrap(True)
        self.steps.setIconSize(QSize(14, 14))
        self.steps.setItemDelegate(_WrappedStep(self.steps))
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)  # a step's action is read in full
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the steps when the splitter moves
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentRowChanged.connect(lambda row: self.show_step(row + 1) if row >= 0 else None)
        self.step_view = QTextBrowser()
        self.step_view.setOpenLinks(False)
        self.evidence_label = QLabel()
        self.evidence = EvidenceStrip()
        self.evidence.itemActivated.connect(lambda _item: self.view_evidence())

        self.verdict = QLabel()  # the last verification, in full
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_text = QLabel()
        self.cancel_button = QPushButton("Cancel (Esc)")
        self.cancel_button.setToolTip("Stop the export; nothing is written (Esc)")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()

        self.export_button = self._button("Export pack…", "Ctrl+E", "Build the Word evidence pack of this run "
                                          "(Ctrl+E); leak-checked, nothing is written if it finds an identifier",
                                          self.export)
        self.report_button = self._button("Witness report…", "Ctrl+Shift+W", "", self.witness_report)
        self.verify_button = self._button("Verify a pack…", "Ctrl+Shift+C", "Check an evidence pack or report "
                                          "(.docx) against its signature and this workspace's audit log "
                                          "(Ctrl+Shift+C); or drop the file on this screen", self.verify_chosen)
        self.back_button = self._button("Library", "Ctrl+Shift+L", "Back to the case library (Ctrl+Shift+L)",
                                        self.closed.emit)
        self._button("Cancel export", "Esc", "", self.cancel_export)  # the shortcut only
        drop_hint = QLabel("or drop a .docx here to verify it")
        drop_hint.setStyleSheet("color: #6b7280;")

        right = QWidget()
        panel = QVBoxLayout(right)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.step_view, 1)
        panel.addWidget(self.evidence_label)
        panel.addWidget(self.evidence)
        split = QSplitter()
        split.addWidget(self.steps)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.progress_text)
        busy.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.report_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(drop_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(busy)
        layout.addLayout(buttons)
        self.reload()

    def _button(self, text: str, key: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        return shortcut_button(self, text, key, tip, slot)

    def _enable(self, button: QPushButton, enabled: bool) -> None:
        button.setEnabled(enabled)
        button.property("action").setEnabled(enabled)

    # -- showing

    def reload(self) -> None:
        self.run: Run = self.ws.runs.get(self.run_id)
        run = self.run
        self.title.setText(f"{run.reference} – {' '.join(run.title.split())}")
        self.details.setText(self._details_html(run))
        self.banner.setText(f"Run {run.id} is still in progress: shown here as recorded so far. Open it in the "
                            "step runner to carry on recording; finish it before its pack goes for assurance.")
        self.banner.setVisible(not run.is_finished)
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in run.steps:
            label = step.status.label if step.status is not None else "Not recorded"
            item = QListWidgetItem(dot(step.status.value if step.status else None),
                                   f"{step.index}. {label} — {' '.join(step.action.split())}")
            item.setData(Qt.ItemDataRole.UserRole, step.index)
            item.setToolTip(f"Step {step.index}: {label}")
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        if run.witnessed:
            self.report_button.setToolTip("Write the witness session report: participants, observations with "
                                          "responses and agreed actions, the outcome and the sign-off (Ctrl+Shift+W)")
        else:
            self.report_button.setToolTip("Only a witnessed run has a witness session report; this run was not "
                                          "witnessed (its evidence pack has everything recorded)")
        self._enable(self.report_button, run.witnessed and self.report_task is None)
        self._enable(self.export_button, self.export_task is None)
        if run.steps:
            self.show_step(min(self.current, len(run.steps)))

    def _details_html(self, run: Run) -> str:
        def field(name: str, value: str) -> str:
            return (f"<td style='color:#6b7280; padding-right:6px'>{name}</td>"
                    f"<td style='padding-right:28px'>{value}</td>")

        recorded = sum(1 for s in run.steps if s.result is not None)
        rows = [
            field("Run", f"{run.id} &nbsp;{pill(run.status.label, run.status.value)}")
            + field("Tester", e(run.tester or "—")) + field("Started", e(stamp(run.started_at, self.tz))),
            field("Case version", str(run.case_version)) + field("Environment", e(run.environment or "—"))
            + field("Finished", e(stamp(run.finished_at, self.tz)) if run.finished_at else "not yet"),
            field("Steps", f"{recorded} of {len(run.steps)} recorded")
            + field("Test data", e(", ".join(run.data_refs)) or "—")
            + field("Record", f"{len(run.deviations)} deviation(s), {len(run.observations)} observation(s), "
                              f"{len(run.defects)} defect(s)"),
        ]
        if run.witnessed:
            washup = ("not held yet" if run.washup is None else
                      f"{e(run.washup.outcome.label)}, signed off by {e(run.washup.signed_by)} at "
                      f"{e(stamp(run.washup.signed_at, self.tz))}")
            people = ", ".join(f"{e(p.name)} ({e(p.role.label.lower())})" for p in run.participants) or "—"
            rows.append(field("Witnessed", e(run.purpose) or "yes") + field("Participants", people)
                        + field("Wash-up", washup))
        return "<table cellspacing='0' cellpadding='1'>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"

    def show_step(self, index: int) -> None:
        self.current = index
        step = self.run.steps[index - 1]
        if self.steps.currentRow() != index - 1:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(index - 1)
            self.steps.blockSignals(False)
        self.step_view.setHtml(self._step_html(step))
        self.evidence.show_items(self.ws.evidence, step.evidence, [])
        recorded = {item.id: item for item in step.evidence}
        for row in range(self.evidence.count()):  # the strip's own hints are the runner's (masks, annotate)
            entry = self.evidence.item(row)
            item = recorded.get(tuple(entry.data(Qt.ItemDataRole.UserRole))[1])
            if item is not None:
                entry.setToolTip(f"{item.kind.value.capitalize()}: {item.name}\n{badge_text(item.mask_count)}; added "
                                 f"{stamp(item.added_at, self.tz)} by {item.added_by}\n"
                                 "Double-click or Enter: view it as stored")
        count = len(step.evidence)
        self.evidence.setVisible(bool(count))  # no empty box where nothing was captured
        self.evidence_label.setText(f"<b>Evidence for step {index}</b>: " + (
            f"{count} item(s); double-click one to view it" if count else "none recorded"))

    def _step_html(self, step: RunStep) -> str:
        run = self.run
        status = step.status
        head = (f"<h3 style='margin-bottom:4px'>Step {step.index} of {len(run.steps)} &nbsp; "
                f"{pill(status.label, status.value) if status else pill('Not recorded', 'not-run')}</h3>")
        parts = [head, f"<p><b>Action</b><br>{_lines(step.action)}</p>"]
        parts.append(f"<p><b>Expected result</b><br>{_lines(step.expected) if step.expected else '—'}</p>")
        result = step.result
        if result is not None:
            actual = _lines(result.actual) if result.actual.strip() else "<i style='color:#6b7280'>none written</i>"
            parts.append(f"<p><b>Actual result</b><br>{actual}</p>")
            parts.append(f"<p style='color:#4b5563'>Recorded {e(stamp(result.recorded_at, self.tz))} by "
                         f"{e(result.recorded_by)}</p>")
        else:
            parts.append("<p style='color:#6b7280'><i>Nothing was recorded for this step.</i></p>")
        if step.evidence_required and not step.evidence:
            parts.append("<p style='color:#b45309'>The script asks for evidence at this step; none was recorded "
                         "(see its deviations).</p>")
        if len(step.history) > 1:
            earlier = "".join(f"<li>{e(r.status.label)} at {e(stamp(r.recorded_at, self.tz))} by {e(r.recorded_by)}"
                              + (f": {e(' '.join(r.actual.split()))}" if r.actual.strip() else "") + "</li>"
                              for r in step.history[:-1])
            parts.append(f"<p><b>Earlier results</b> (replaced)</p><ul>{earlier}</ul>")
        deviations = [d for d in run.deviations if d.step_index == step.index]
        if deviations:
            items = "".join(f"<li><b>{e(DEVIATION_LABELS.get(d.kind, d.kind.value))}</b>: {e(d.reason)} "
                            f"<span style='color:#6b7280'>— {e(d.recorded_by)}, {e(stamp(d.recorded_at, self.tz))}"
                            "</span></li>" for d in deviations)
            parts.append(f"<p style='color:#92400e'><b>Deviations</b></p><ul>{items}</ul>")
        observations = [o for o in run.observations if o.step_index == step.index]
        if observations:
            items = "".join(f"<li><b>{e(o.kind.value.replace('-', ' ').capitalize())}</b> by {e(o.raised_by)}: "
                            f"{e(o.text)}" + (f"<br><i>Response:</i> {e(o.response)}" if o.response else "")
                            + (f"<br><i>Agreed action:</i> {e(o.action)}" if o.action else "") + "</li>"
                            for o in observations)
            parts.append(f"<p><b>Observations</b></p><ul>{items}</ul>")
        defects = [d for d in run.defects if d.step_index == step.index]
        if defects:
            items = "".join(f"<li>Defect {d.id} ({e(d.severity.label)}/{e(d.priority.value)}, {e(d.status.label)}): "
                            f"{e(d.title)}</li>" for d in defects)
            parts.append(f"<p><b>Defects</b></p><ul>{items}</ul>")
        return "".join(parts)

    def _run_changed(self, run_id: int) -> None:
        if run_id == self.run_id:
            self.reload()

    def view_evidence(self) -> EvidenceViewer | None:
        """The selected item, read-only, in its own (non-blocking) window; returns it."""
        key = self.evidence.selected_key()
        if key is None:
            return None
        item = next((i for i in self.run.steps[self.current - 1].evidence if i.id == key[1]), None)
        if item is None:
            return None
        viewer = EvidenceViewer(self.ws, item, self)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        return viewer

    # -- the pack

    def export(self) -> None:
        if self.export_task is not None:
            return
        self.export_task = start_pack_export(
            self.ops, self.run, choose_file=self.choose_pack_file, template=self.template(), progress=self.progress,
            progress_text=self.progress_text, cancel_button=self.cancel_button,
            disable=lambda: self._enable(self.export_button, False), ended=self._export_ended)

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.progress_text.setText("Cancelling…")

    def _export_ended(self, message: str, path: Path | None) -> None:
        self.export_task = None
        if path is not None:
            self.last_written = path  # offered first when verifying: "did what I sent survive?"
        self.cancel_button.hide()
        self._enable(self.export_button, True)
        self._idle()
        self.message.emit(message)
        if path is None and not message.startswith("Export cancelled"):
            self.refused.emit(message)

    def _idle(self) -> None:
        if self.export_task is None and self.report_task is None:
            self.progress.hide()
            self.progress_text.setText("")

    # -- the witness report

    def witness_report(self) -> None:
        if not self.run.witnessed:
            self.message.emit(f"Run {self.run_id} was not witnessed: there is no witness session to report")
            return
        if self.report_task is not None:
            return
        target = self.choose_report_file(f"{self.run.reference}_run{self.run.id}_witness_report.docx")
        if not target:
            return
        self._enable(self.report_button, False)
        if self.export_task is None:  # the bar belongs to an export while one runs
            self.progress.setRange(0, 0)
            self.progress.show()
            self.progress_text.setText("Writing the witness report…")

        def ended(message: str) -> None:
            self.report_task = None
            self._enable(self.report_button, self.run.witnessed)
            self._idle()
            self.message.emit(message)

        def done(result: Any) -> None:
            self.last_written = Path(result.path)
            ended(f"Witness report written: {result.path}")

        self.report_task = self.ops.witness_report(self.run_id, Path(target), template=None, on_done=done,
                                                   on_error=lambda text: ended(f"The witness report was not "
                                                                               f"written: {text}"))

    # -- verifying a pack or report

    def verify_chosen(self) -> None:
        start = str(self.last_written) if self.last_written is not None else ""
        chosen = self.choose_verify_file(start)
        if chosen:
            self.verify(Path(chosen))

    def verify(self, path: Path) -> None:
        """Check ``path`` against its signature and this workspace; the verdict is shown and said."""
        self.verify_serial += 1
        serial = self.verify_serial
        self._show_verdict(BUSY_STYLE, f"Checking <b>{e(path.name)}</b>…")

        def done(verdict: Verdict) -> None:
            if serial == self.verify_serial:
                self._verified(path, verdict)

        def failed(text: str) -> None:
            if serial == self.verify_serial:
                self._show_verdict(BAD_STYLE, f"<b>Not verified:</b> {e(text)}")
                self.message.emit(f"Not verified: {text}")

        self.ops.verify_document(path, on_done=done, on_error=failed)

    def _verified(self, path: Path, verdict: Verdict) -> None:
        found = verdict.found
        key = found.signature.fingerprint
        if verdict.ok:
            what = (f"{len(found.manifest.items)} evidence item(s)" if found.manifest is not None
                    else e(found.summary))
            lines = [f"<span style='font-size:11pt'><b>Verified:</b> {e(path.name)}</span> — {what}; signed by key "
                     f"<code>{e(key)}</code>.",
                     "The key is this workspace's own, and its audit log records building this very document."]
            if found.manifest is not None:
                lines.append(f"<span style='color:#166534'>{e(self._pack_summary(found.manifest, found.summary))}"
                             "</span>")
                lines.append("<span style='color:#4b5563'>A pack's check covers its signature and every evidence "
                             "item, not the text around them: the workspace remains the record of what was "
                             "recorded.</span>")
                if found.manifest.run_id != self.run_id:
                    lines.append(f"Note: this is the pack of run {found.manifest.run_id} "
                                 f"({e(found.manifest.reference)}), not of the run shown here.")
            lines += [f"<span style='color:#92400e'>Note: {e(note)}</span>" for note in verdict.later]
            self._show_verdict(OK_STYLE, "<br>".join(lines))
            self.message.emit(f"Verified: {path.name}; signed by key {key}")
            return
        count = len(verdict.problems)
        problems = "".join(f"<li>{e(problem)}</li>" for problem in verdict.problems)
        signed = f" — its signature's key: <code>{e(key)}</code>" if key else ""
        self._show_verdict(BAD_STYLE, f"<span style='font-size:11pt'><b>NOT verified:</b> {count} problem(s) in "
                                      f"{e(path.name)}</span>{signed}<ul style='margin-top:2px; margin-bottom:0px; "
                                      f"margin-left:-20px'>{problems}</ul>")
        self.message.emit(f"NOT verified: {count} problem(s) in {path.name}")

    def _pack_summary(self, manifest: Manifest, fallback: str) -> str:
        """The service's summary, with the packing time in the zone everything else here is shown in."""
        try:
            created = datetime.fromisoformat(str(manifest.created).replace("Z", "+00:00"))
        except ValueError:
            return fallback
        return (f"{manifest.reference}, run {manifest.run_id}, packed {stamp(created, self.tz)} by Attest "
                f"{manifest.attest_version}; audit log head {manifest.audit_head[:16]}… after "
                f"{manifest.audit_entries} entries")

    def _show_verdict(self, style: str, text: str) -> None:
        self.verdict.setStyleSheet(f"QLabel {{ {style} padding: 8px; }}")
        self.verdict.setText(text)
        self.verdict.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _documents(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        documents = _documents(event)
        if not documents:
            self.message.emit("Drop a Word document (.docx), an evidence pack or report, to verify it")
            return
        event.acceptProposedAction()
        self.verify(documents[0])
        if len(documents) > 1:
            self.message.emit(f"Verifying {documents[0].name}; drop the others one at a time")

    # -- file choosers (tests inject their own)

    def _save_dialog(self, caption: str, kind: str) -> Callable[[str], str | None]:
        def choose(suggested: str) -> str | None:
            path, _ = QFileDialog.getSaveFileName(self, caption, self.folders.start(kind, suggested),
                                                  "Word document (*.docx)")
            self.folders.chosen(kind, path)
            return path or None
        return choose

    def _open_dialog(self, start: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, "Verify an evidence pack or report", start or self.folders.start(VERIFY),
                                              "Word document (*.docx)")
        self.folders.chosen(VERIFY, path)
        return path or None


def _documents(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    return [Path(url.toLocalFile()) for url in event.mimeData().urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".docx")]


def _lines(text: str) -> str:
    return e(text).replace("\n", "<br>")
