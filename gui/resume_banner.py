"""The offer, when the app opens, to carry on with a run left in progress.

A tester who closed the app mid-run, or whose computer stopped, comes back to the library with a banner
over it: which run, at which step, how many captures are still waiting, and one button to carry on
there. Not a dialog: the tester may want the library first, and nothing is lost by waiting (the run and
its captures are in the workspace).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ResumeBanner(QFrame):
    """Hidden until :meth:`offer` names a run; ``resume_requested(run id)`` when the tester accepts."""

    resume_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.setStyleSheet("QFrame#resumeBanner { background: #dbeafe; border-bottom: 1px solid #93c5fd; }"
                           "QFrame#resumeBanner QLabel { color: #1e3a8a; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton("Resume run")
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self._resume)
        self.later_button = QPushButton("Not now")
        self.later_button.setToolTip("Hide this; the run stays in progress (File → Runs lists it)")
        self.later_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.later_button)
        self.run_id: int | None = None
        self.hide()

    def offer(self, left: Any, others: int = 0) -> None:
        """``left``: a ``services.runs.LeftOpen`` (None: nothing to offer); ``others``: further runs in progress."""
        if left is None:
            self.run_id = None
            self.hide()
            return
        run = left.run
        self.run_id = run.id
        waiting = (f", with {left.waiting} capture{'s' if left.waiting != 1 else ''} waiting to be recorded"
                   if left.waiting else "")
        more = f" ({others} other run{'s' if others != 1 else ''} in progress: File → Runs)" if others else ""
        self.text.setText(f"<b>Run {run.id}</b> of {_escape(run.reference)} – {_escape(run.title)} was left in "
                          f"progress at step {left.step} of {left.steps}{waiting}.{more}")
        self.resume_button.setText(f"Resume run {run.id} at step {left.step}")
        self.show()

    def _resume(self) -> None:
        if self.run_id is not None:
            self.hide()
            self.resume_requested.emit(self.run_id)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
