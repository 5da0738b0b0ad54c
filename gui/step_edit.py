"""Correcting a step's text during a run (a typo in the script, a renamed screen), with a reason that
is recorded as a deviation. Core refuses it while the run is witnessed: a witnessed script is followed
as written, and whatever differs is raised as an observation instead.

The change is ``Operations.amend_step``; the runner shows the new text when ``run_changed`` names its
run. ``runner`` here is any view with ``ops``, ``run``, ``run_id``, ``current`` and ``message`` (this
module does not import the runner).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from attest.core.model import RunStep
from attest.gui.observations import PENDING, FormDialog


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


def amend(runner: Any, index: int, action: str, expected: str, reason: str, *, dialog: FormDialog | None = None) -> object:
    """Ask the use case to change step ``index``'s text (typed text redacted there); a refusal goes to
    ``dialog`` (or the runner's message line). Returns :data:`PENDING`."""
    def done(_run: Any) -> None:
        runner.go_to(index)
        if dialog is not None:
            dialog.accept()
        runner.message.emit(f"Step {index}'s text changed; the reason is recorded as a deviation")

    def refused(problem: str) -> None:
        if dialog is not None:
            dialog.refused(problem)
        else:
            runner.message.emit(f"Step text not changed: {problem}")

    runner.ops.amend_step(runner.run_id, index, action=action, expected=expected, reason=reason, on_done=done,
                          on_error=refused)
    return PENDING


def edit_step(runner: Any) -> EditStepDialog | None:
    """Open the editor on the current step; returns the (non-blocking) dialog. On a witnessed run no
    editor opens: the attempt goes straight to the use case, whose refusal (the script is locked) is shown."""
    step = runner.run.steps[runner.current - 1]
    if runner.run.witnessed or runner.run.is_finished:
        amend(runner, step.index, step.action, step.expected, "")
        return None
    dialog = EditStepDialog(step, runner)
    dialog.submit = lambda: amend(runner, step.index, *dialog.values(), dialog=dialog)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
