"""The status-bar notice for a workspace this computer will not write to as it stands.

A workspace behind what this computer saw (an older copy put back), in a folder that held another
workspace, or whose key is on another computer refuses every change until someone accepts it with a
reason (``attest audit trust``). Without this notice a tester would meet the refusal only at the first
step they record; with it they see why at once, and can accept the workspace here with a reason, or not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMainWindow, QPushButton

from attest.gui.operations import Operations

Ask = Callable[[str], str | None]  # shows the problems, returns the reason typed (None: cancelled)


class TrustNotice:
    """Looks once (in the background) after the window opens; shows a button when there is a problem."""

    def __init__(self, window: QMainWindow, ops: Operations, ask_reason: Ask | None = None) -> None:
        self.window = window
        self.ops = ops
        self.ask_reason = ask_reason
        self.problems: list[str] = []
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.setStyleSheet("color: #b00020; font-weight: bold;")  # a refusal to come: not to be missed
        self.button.setVisible(False)
        self.button.clicked.connect(self.trust)
        window.statusBar().addPermanentWidget(self.button)

    def check(self) -> None:
        self.ops.trust_problems(on_done=self._found, on_error=lambda _text: None)

    def _found(self, problems: list[str]) -> None:
        self.problems = list(problems)
        if not self.problems:
            self.button.setVisible(False)
            return
        self.button.setText("This workspace is not as this computer last saw it — Review…")
        self.button.setToolTip("\n".join(self.problems))
        self.button.setVisible(True)
        self.window.statusBar().showMessage("Changes are refused until the workspace is accepted here "
                                            "(Review… says why)", 30_000)

    def trust(self) -> bool:
        """Show what is wrong and ask for a reason; accept the workspace here with it (audited)."""
        question = ("Attest will not record anything in this workspace as it stands:\n\n• "
                    + "\n• ".join(self.problems)
                    + "\n\nIf you moved or restored it on purpose, say why to accept it on this computer. "
                      "The reason is kept in the audit log.")
        reason = self._ask(question)
        if not reason or not reason.strip():
            return False

        def done(_event: Any) -> None:
            self.problems = []
            self.button.setVisible(False)
            self.window.statusBar().showMessage("Workspace accepted on this computer; recorded in the audit log",
                                                15_000)

        def failed(text: str) -> None:
            self.window.statusBar().showMessage(f"The workspace was not accepted: {text}", 30_000)

        self.ops.trust(reason, on_done=done, on_error=failed)
        return True

    def _ask(self, question: str) -> str | None:
        if self.ask_reason is not None:
            return self.ask_reason(question)
        text, ok = QInputDialog.getText(self.window, "Accept this workspace?", question)
        return text if ok else None
