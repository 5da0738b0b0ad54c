"""Correcting a step's text during a run (a typo in the script, a renamed screen), with a reason that
is recorded as a deviation. Core refuses it while the run is witnessed: a witnessed script is followed
as written, and whatever differs is raised as an observation instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from attest.core.errors import AttestError
from attest.core.model import RunStep
from attest.gui.observations import FormDialog

if TYPE_CHECKING:
    from attest.gui.runner import RunnerView


class EditStepDialog(FormDialog):
    def __init__(self, step: RunStep, parent: QWidget | None = None) -> None:
        super().__init__(f"Edit the text of step {step.index}", "Save step text", parent)
        self.action = QPlainTextEdit(step.action)
        self.expected = QPlainTextEdit(step.expected)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why the script is corrected (recorded as a deviation)")
        self.form.addRow("&Action:", self.action)
        self.form.addRow("&Expected result:", self.expected)
        self.form.addRow("&Reason:", self.reason)
        self.resize(640, 360)

    def values(self) -> tuple[str, str, str]:
        return self.action.toPlainText().strip(), self.expected.toPlainText().strip(), self.reason.text().strip()


def amend(runner: RunnerView, index: int, action: str, expected: str, reason: str) -> str | None:
    """Ask core to change step ``index``'s text (typed text redacted first); returns why not, if refused."""
    from attest.services.runs import amend_step

    try:  # typed text redacted by the use case
        amend_step(runner.ws, runner.run_id, index, action=action, expected=expected, reason=reason)
    except AttestError as error:
        return str(error)
    runner.reload()
    runner.go_to(index)
    runner.message.emit(f"Step {index}'s text changed; the reason is recorded as a deviation")
    return None


def edit_step(runner: RunnerView) -> EditStepDialog | None:
    """Open the editor on the current step; returns the (non-blocking) dialog. On a witnessed run no
    editor opens: the attempt goes straight to core, whose refusal (the script is locked) is shown."""
    step = runner.run.steps[runner.current - 1]
    if runner.run.witnessed or runner.run.is_finished:
        problem = amend(runner, step.index, step.action, step.expected, "")
        if problem:
            runner.message.emit(f"Step text not changed: {problem}")
        return None
    dialog = EditStepDialog(step, runner)
    dialog.submit = lambda: amend(runner, step.index, *dialog.values())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
