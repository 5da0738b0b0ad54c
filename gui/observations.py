"""Observations of a witnessed run: recorded by the tester on the witness's behalf, listed beside the
steps, a query answered, a defect candidate turned into a defect.

The dialogs here gather what was typed and hand it to a ``submit`` callback, which redacts it and
calls core; a refusal is shown in the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from attest.core.model import Observation, ObservationKind, Priority, Role, Run, Severity

KIND_LABELS = {ObservationKind.OBSERVATION: "Observation", ObservationKind.QUERY: "Query",
               ObservationKind.GAP: "Gap", ObservationKind.DEVIATION: "Deviation",
               ObservationKind.DEFECT_CANDIDATE: "Defect candidate"}
KIND_HINTS = {ObservationKind.OBSERVATION: "something the witness noticed",
              ObservationKind.QUERY: "a question; its answer is recorded with it",
              ObservationKind.GAP: "something the test does not cover: for further testing",
              ObservationKind.DEVIATION: "the system or the run departed from the script",
              ObservationKind.DEFECT_CANDIDATE: "may be a defect; can be made one (severity, priority)"}
_ID = Qt.ItemDataRole.UserRole

def escape(text: str) -> str:
    """Typed text shown in a rich-text label, as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def witnesses_first(run: Run) -> list[str]:
    """Participants' names, witnesses first (who raises most observations), then the others."""
    order = {Role.WITNESS: 0, Role.OBSERVER: 1, Role.TESTER: 2}
    names: list[str] = []
    for person in sorted(run.participants, key=lambda p: (order[p.role], p.id)):
        if person.name not in names:
            names.append(person.name)
    return names


def describe(observation: Observation) -> str:
    """One observation as listed: kind, step, who, text, then its answer or defect on the next line."""
    where = f"step {observation.step_index}" if observation.step_index else "whole run"
    text = f"#{observation.id} {KIND_LABELS[observation.kind]} · {where} · {observation.raised_by}: {observation.text}"
    if observation.response:
        text += f"\n    ↳ Response: {observation.response}"
    if observation.defect_id is not None:
        text += f"\n    ↳ Defect {observation.defect_id}"
    if observation.action:
        text += f"\n    ↳ Agreed action: {observation.action}"
    return text


# What ``submit`` returns when it has handed the values to a background use case: the dialog waits
# (OK disabled) until the use case calls ``accept`` or ``refused(message)``.
PENDING = object()


class FormDialog(QDialog):
    """A dialog whose OK hands its values to ``submit``; a returned message is shown and it stays open.
    ``submit`` may return :data:`PENDING` instead, then :meth:`refused` or ``accept`` ends the wait."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit: Callable[[], object] = lambda: None
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setToolTip(f"{ok_text} (Ctrl+Return)")
        ok.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip("Close without saving (Esc)")
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def attempt(self) -> None:
        if self.waiting:
            return
        problem = self.submit()
        if problem is PENDING:
            self._wait(True)
            return
        if problem:
            self.refused(str(problem))
            return
        self.accept()

    @property
    def waiting(self) -> bool:
        return not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def _wait(self, on: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not on)

    def refused(self, problem: str) -> None:
        """The use case refused (or failed): say why; the dialog stays open, nothing typed is lost."""
        self._wait(False)
        self.problem.setText(problem)
        self.problem.show()


class ObservationDialog(FormDialog):
    """Kind, text, the step it concerns (the current one unless changed) and who raised it."""

    def __init__(self, run: Run, current: int, parent: QWidget | None = None) -> None:
        super().__init__(f"Observation on {run.reference}", "Record observation", parent)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(f"{label} – {KIND_HINTS[kind]}", kind)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("What the witness said, in their words")
        self.text.setMinimumHeight(110)
        self.step = QComboBox()
        for step in run.steps:
            action = " ".join(step.action.split())
            self.step.addItem(f"Step {step.index}: {action[:70]}{'…' if len(action) > 70 else ''}", step.index)
        self.step.addItem("The whole run (no one step)", None)
        self.step.setCurrentIndex(max(0, min(current, len(run.steps)) - 1))
        self.raised_by = QComboBox()
        self.raised_by.setEditable(True)
        self.raised_by.addItems(witnesses_first(run))
        self.raised_by.setToolTip("Who raised it: a participant, or type another name")
        self.form.addRow("&Kind:", self.kind)
        self.form.addRow("&Text:", self.text)
        self.form.addRow("&Step:", self.step)
        self.form.addRow("&Raised by:", self.raised_by)
        self.resize(620, 340)
        self.text.setFocus()

    def values(self) -> tuple[ObservationKind, str, int | None, str]:
        return (ObservationKind(self.kind.currentData()), self.text.toPlainText().strip(), self.step.currentData(),
                self.raised_by.currentText().strip())

    def set_kind(self, kind: ObservationKind) -> None:
        self.kind.setCurrentIndex(list(KIND_LABELS).index(kind))


class ResponseDialog(FormDialog):
    def __init__(self, observation: Observation, parent: QWidget | None = None) -> None:
        super().__init__(f"Response to query #{observation.id}", "Record response", parent)
        question = QLabel(f"<b>{observation.raised_by} asked:</b> {escape(observation.text)}")
        question.setWordWrap(True)
        self.text = QPlainTextEdit(observation.response)
        self.text.setPlaceholderText("The answer given (by the tester or a subject matter expert)")
        self.form.addRow(question)
        self.form.addRow("&Response:", self.text)
        self.resize(560, 260)
        self.text.setFocus()


class PromoteDialog(FormDialog):
    def __init__(self, observation: Observation, parent: QWidget | None = None, scale: str = "mhhs") -> None:
        from attest.core.scales import Scale
        from attest.gui.defect_dialog import GradePicker

        super().__init__(f"Make defect candidate #{observation.id} a defect", "Make defect", parent)
        self.title = QLineEdit(observation.text)
        self.grades = GradePicker(Scale(scale))  # the definitions shown under each choice
        self.severity, self.priority = self.grades.severity, self.grades.priority
        self.form.addRow("&Title:", self.title)
        self.grades.add_rows(self)
        self.resize(620, 300)

    def values(self) -> tuple[str, Severity, Priority]:
        return (self.title.text().strip(), *self.grades.values())


class ObservationsList(QListWidget):
    """The run's observations, newest last; the selected one is the one answered or made a defect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def show_run(self, run: Run) -> None:
        keep = self.selected_id()
        self.clear()
        for observation in run.observations:
            item = QListWidgetItem(describe(observation))
            item.setData(_ID, observation.id)
            self.addItem(item)
            if observation.id == keep:
                self.setCurrentItem(item)

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(_ID))

    def select(self, observation_id: int) -> None:
        for row in range(self.count()):
            if self.item(row).data(_ID) == observation_id:
                self.setCurrentRow(row)
                return

    def labels(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
