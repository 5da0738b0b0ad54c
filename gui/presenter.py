"""The presenter view: one window, made to be shared with a witness, that shows the run and nothing else.

A witness watching over a video call sees the current step's action and expected result in large
type, step N of M with a progress bar, every step's status, the deviations, the latest evidence (the
stored, redacted file only), a clock and the time since the run started. It has no menus, no
register, no settings, no unredacted preview and no other runs: the tester shares this window
alone. It is laid out for a 1280×720 share (the size most calls send), and text that would not fit
at its largest size is set smaller rather than cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QFont, QImage, QPixmap, QResizeEvent, QShowEvent, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from attest.core import local_time
from attest.core.model import DeviationKind, EvidenceKind, Run, StepStatus
from attest.services.types import PreparedEvidence
from attest.services.types import utc_now
from attest.core.workspace import Workspace

SIZE = QSize(1280, 720)
INK, MUTED, ACCENT, WARN = "#111827", "#4b5563", "#1f3a5f", "#92400e"
STATUS_STYLE = {  # background, text, symbol
    StepStatus.PASSED: ("#15803d", "white", "✓"),
    StepStatus.FAILED: ("#b91c1c", "white", "✗"),
    StepStatus.BLOCKED: ("#b45309", "white", "■"),
    StepStatus.NOT_RUN: ("#6b7280", "white", "–"),
    None: ("#e5e7eb", "#374151", "·"),
}
DEVIATION_WORDS = {DeviationKind.SKIP: "skipped ahead", DeviationKind.GO_BACK: "went back",
                   DeviationKind.RE_RECORD: "re-recorded", DeviationKind.NOTED: "departure noted",
                   DeviationKind.AMEND: "step text amended"}


class StepText(QWidget):
    """The step's action and expected result, and any deviation on it, top-aligned, at the largest
    scale at which all of them fit: a long step gets smaller type rather than being cut off."""

    SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52)

    def __init__(self) -> None:
        super().__init__()
        self.action = _label("", 36, INK)
        self.expected = _label("", 30, ACCENT)
        self.deviation = _label("", 21, WARN, bold=True)
        self.deviation.setStyleSheet(f"color: {WARN}; background: #fef3c7; border-radius: 6px; padding: 6px 10px;")
        for label in (self.action, self.expected, self.deviation):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.deviation.hide()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # sized by the window
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.captions = (_caption("ACTION"), _caption("EXPECTED RESULT"))
        layout.addWidget(self.captions[0])
        layout.addWidget(self.action)
        layout.addSpacing(14)
        layout.addWidget(self.captions[1])
        layout.addWidget(self.expected)
        layout.addSpacing(14)
        layout.addWidget(self.deviation)
        layout.addStretch(1)

    def show_step(self, action: str, expected: str, deviation: str) -> None:
        self.action.setText(action)
        self.expected.setText(expected)
        self.deviation.setText(deviation)
        self.deviation.setVisible(bool(deviation))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.width(), 100)
        room = self.height() - sum(c.sizeHint().height() for c in self.captions) - 2 * 14 - 6 * 4
        for scale in self.SCALES:
            heights = []
            for label, size in ((self.action, 36), (self.expected, 30), (self.deviation, 21)):
                font = QFont(label.font())
                font.setPixelSize(max(14, round(size * scale)))
                label.setFont(font)
                visible = label is not self.deviation or bool(self.deviation.text())
                heights.append(label.heightForWidth(width) if visible else 0)
            if sum(heights) <= room:
                break
        self.action.setFixedHeight(heights[0])
        self.expected.setFixedHeight(heights[1])


class ElidedLabel(QLabel):
    """One line, cut with an ellipsis where the window is too narrow (the full text in its tooltip)."""

    def __init__(self, px: int, colour: str, *, bold: bool = False) -> None:
        super().__init__()
        self.full = ""
        font = self.font()
        font.setPixelSize(px)
        font.setBold(bold)
        self.setFont(font)
        self.setStyleSheet(f"color: {colour};")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(self.width(), 50))
        self.setText(shown)


class ScaledImage(QLabel):
    """An image scaled to fit the label as it is resized, or a few lines of text in its place."""

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet("background: #f3f4f6; border: 1px solid #d1d5db; color: #374151;")
        self.setWordWrap(True)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.setText("")
        self._scale()

    def show_text(self, text: str, *, monospace: bool = False) -> None:
        self.image = QImage()
        self.setPixmap(QPixmap())
        font = QFont("DejaVu Sans Mono") if monospace else QFont()
        if monospace:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(15 if monospace else 20)
        self.setFont(font)
        self.setAlignment((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) if monospace
                          else Qt.AlignmentFlag.AlignCenter)
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.image.isNull():
            return
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size = self.size() - QSize(6, 6)
        self.setPixmap(QPixmap.fromImage(self.image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation)))


def _label(text: str = "", px: int = 18, colour: str = INK, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour};")
    return label


def _caption(text: str) -> QLabel:
    label = _label(text, 16, MUTED, bold=True)
    font = label.font()
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    return label


def elapsed_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class PresenterView(QWidget):
    """A top-level window showing one run for a witness. Call :meth:`refresh` when the run or the
    tester's current step changes (``run_changed``, Operations' signal, refreshes it when its run changes);
    the clock ticks by itself, in ``time_zone`` with the zone named (``None``: ``$ATTEST_TIME_ZONE``, else
    Europe/London), so a witness on a call from elsewhere reads it right. ``now`` is injectable for tests."""

    def __init__(self, ws: Workspace, run_id: int, *, now: Callable[[], datetime] = utc_now,
                 run_changed: SignalInstance | None = None, time_zone: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ws = ws
        self.run_id = run_id
        self.now = now
        self.tz = local_time.shown_zone(time_zone)
        self.current = 1
        self.pending: tuple[PreparedEvidence, ...] = ()
        self._shown_sha: str | None = None
        # closing the main window quits Attest even while this window is open
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        # shown beside the runner without taking the keyboard from it: the tester carries on, and picks
        # this window in the call's share dialog
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("presenter")
        self.setStyleSheet("#presenter { background: white; }")
        self.resize(SIZE)
        self.setMinimumSize(960, 540)

        self.heading = ElidedLabel(22, INK, bold=True)
        self.purpose = ElidedLabel(18, MUTED)
        self.clock = _label("", 36, INK, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.elapsed = _label("", 20, MUTED)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.position = _label("", 30, INK, bold=True)
        self.state = _label("", 20, ACCENT, bold=True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setFixedHeight(28)
        self.bar.setStyleSheet("QProgressBar { border: 1px solid #9ca3af; border-radius: 6px; background: #f3f4f6;"
                               " color: #111827; font-size: 16px; font-weight: 600; text-align: center; }"
                               "QProgressBar::chunk { background: #60a5fa; border-radius: 5px; }")
        self.step_text = StepText()
        self.action, self.expected, self.step_deviation = (self.step_text.action, self.step_text.expected,
                                                           self.step_text.deviation)
        self.image = ScaledImage()
        self.image_caption = _label("", 17, MUTED)
        self.image_caption.setWordWrap(True)
        self.chips = QWidget()
        self.chip_grid = QGridLayout(self.chips)
        self.chip_grid.setContentsMargins(0, 0, 0, 0)
        self.chip_grid.setSpacing(6)
        self.deviations = _label("", 19, WARN)
        self.deviations.setWordWrap(True)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.purpose)
        top.addLayout(titles, 1)
        times = QVBoxLayout()
        times.addWidget(self.clock)
        times.addWidget(self.elapsed)
        top.addLayout(times)
        where = QHBoxLayout()
        where.addWidget(self.position)
        where.addSpacing(16)
        where.addWidget(self.bar, 1)
        where.addSpacing(16)
        where.addWidget(self.state)
        step = QVBoxLayout()
        step.addWidget(self.step_text, 1)
        evidence = QVBoxLayout()
        evidence.addWidget(_caption("LATEST EVIDENCE (REDACTED)"))
        evidence.addWidget(self.image, 1)
        evidence.addWidget(self.image_caption)
        body = QHBoxLayout()
        body.addLayout(step, 11)
        body.addSpacing(20)
        body.addLayout(evidence, 9)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d1d5db;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addLayout(top)
        layout.addLayout(where)
        layout.addSpacing(4)
        layout.addLayout(body, 1)
        layout.addWidget(rule)
        layout.addWidget(_caption("STEPS"))
        layout.addWidget(self.chips)
        layout.addWidget(self.deviations)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        if run_changed is not None:  # Operations.run_changed: shown again when a use case changes this run
            run_changed.connect(self._run_changed)
        self.refresh()

    def _run_changed(self, run_id: int) -> None:
        if run_id == self.run_id:
            self.refresh()

    # -- showing

    def refresh(self, current: int | None = None, pending: Sequence[PreparedEvidence] | None = None) -> None:
        """Show the run as stored now, at the tester's ``current`` step, with the captures still
        waiting to be recorded (already redacted and stored) counted as the latest evidence."""
        if current is not None:
            self.current = current
        if pending is not None:
            self.pending = tuple(pending)
        run = self.ws.runs.get(self.run_id)
        self.run: Run = run
        count = len(run.steps)
        self.current = max(1, min(self.current, count))
        step = run.steps[self.current - 1]
        self.setWindowTitle(f"Attest – presenter view: {run.reference}")
        self.heading.set_full_text(f"{run.reference} – {run.title}")
        self.purpose.set_full_text(f"Witnessed session: {run.purpose}" if run.witnessed and run.purpose
                                   else f"Tester: {run.tester}" if run.tester else "")
        recorded = sum(1 for s in run.steps if s.result is not None)
        self.position.setText(f"Step {self.current} of {count}")
        self.bar.setRange(0, count)
        self.bar.setValue(recorded)
        self.bar.setFormat(f"{recorded} of {count} recorded")
        if run.washup is not None:
            self.state.setText(f"Wash-up: {run.washup.outcome.label}")
        elif run.is_finished:
            self.state.setText(f"Finished: {run.status.label}")
        elif step.status is not None:
            self.state.setText(f"This step: {step.status.label}")
        else:
            self.state.setText("")
        here = [d for d in run.deviations if d.step_index == self.current]
        self.step_text.show_step(" ".join(step.action.split()), " ".join(step.expected.split()) or "—",
                                 "\n".join(f"Deviation: {DEVIATION_WORDS[d.kind]} — {d.reason}" for d in here[-2:]))
        self._show_chips(run)
        self._show_deviations(run)
        self._show_latest(run)
        self.tick()

    def _show_chips(self, run: Run) -> None:
        while self.chip_grid.count():
            item = self.chip_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        compact = len(run.steps) > 8
        columns = 12 if compact else max(1, len(run.steps))
        deviated = {d.step_index for d in run.deviations}
        for number, step in enumerate(run.steps):
            background, ink, symbol = STATUS_STYLE[step.status]
            if step.status is None and step.index == self.current:
                symbol, word = "▶", "Now"
            else:
                word = step.status.label if step.status else "Not yet"
            text = f"{step.index} {symbol}" if compact else f"{step.index}  {symbol} {word}"
            if step.index in deviated:
                text += "  ⚠"
            chip = _label(text, 18, ink, bold=True)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            border = "3px solid #1d4ed8" if step.index == self.current else f"3px solid {background}"
            chip.setStyleSheet(f"color: {ink}; background: {background}; border: {border}; border-radius: 8px;"
                               " padding: 4px 8px;")
            chip.setObjectName(f"chip{step.index}")
            self.chip_grid.addWidget(chip, number // columns, number % columns)

    def _show_deviations(self, run: Run) -> None:
        lines = [f"⚠ Step {d.step_index}: {DEVIATION_WORDS[d.kind]} — {d.reason}" for d in run.deviations]
        if len(lines) > 3:
            lines = [f"(+{len(lines) - 3} earlier deviation{'s' if len(lines) > 4 else ''})", *lines[-3:]]
        self.deviations.setText("\n".join(lines))
        self.deviations.setVisible(bool(lines))

    def _show_latest(self, run: Run) -> None:
        """The newest evidence: a capture waiting to be recorded, else the newest recorded item."""
        latest: tuple[str, EvidenceKind, str, int | None, str] | None = None
        if self.pending:
            ev = self.pending[-1]
            latest = (ev.sha256, ev.kind, ev.name, len(ev.findings), f"step {self.current}, not recorded yet")
        else:
            items = [item for step in run.steps for item in step.evidence]
            if items:
                item = max(items, key=lambda i: i.id)
                latest = (item.sha256, item.kind, item.name, item.mask_count, f"step {item.step_index}")
        if latest is None:
            self._shown_sha = None
            self.image.show_text("No evidence yet")
            self.image_caption.setText("")
            return
        sha, kind, name, masks, where = latest
        masked = "" if masks is None else f" · {masks} mask{'s' if masks != 1 else ''}"
        self.image_caption.setText(f"{name} · {where}{masked}")
        if sha != self._shown_sha:  # a changed mask is a new file: drawn again
            self._shown_sha = sha
            self._draw_latest(kind)

    def _draw_latest(self, kind: EvidenceKind) -> None:
        assert self._shown_sha is not None
        try:
            data = self.ws.evidence.get(self._shown_sha)  # the stored file: redacted on the way in
        except OSError:
            self.image.show_text("(the evidence file cannot be read)")
            return
        image = QImage.fromData(data) if kind is EvidenceKind.SCREENSHOT else QImage()
        if not image.isNull():
            self.image.show_image(image)
            return
        lines = data[:2000].decode("utf-8", "replace").splitlines()[:16]
        self.image.show_text("\n".join(line[:64] for line in lines), monospace=True)

    def tick(self) -> None:
        now = self.now()
        self.clock.setText(local_time.clock(now, self.tz))
        run = getattr(self, "run", None)
        if run is None:
            return
        end = run.finished_at if run.finished_at is not None else now
        self.elapsed.setText(f"Elapsed {elapsed_text((end - run.started_at).total_seconds())}")

    # -- events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
