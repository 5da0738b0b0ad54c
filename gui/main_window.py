"""The main window: the library now; the step runner, capture and annotator plug in beside it.

Everything the window does goes through the same core API as the CLI. Collaborators are passed in
(workspace, task runner, settings) so tests can hand it fakes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from attest import __version__
from attest.core.errors import AttestError
from attest.core.workspace import Workspace
from attest.gui.library import LibraryView
from attest.gui.runner import RunnerView
from attest.gui.tasks import Tasks


class StartRunDialog(QDialog):
    """Tester and environment, remembered from the last run started on this machine."""

    def __init__(self, reference: str, title: str, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Start a run of {reference}")
        self.settings = settings
        self.tester = QLineEdit(str(settings.value("run/tester", "") or ""))
        self.tester.setPlaceholderText("Your name, as it goes into the evidence")
        self.environment = QLineEdit(str(settings.value("run/environment", "") or ""))
        self.environment.setPlaceholderText("e.g. SIT-A")
        self.data = QLineEdit()
        self.data.setPlaceholderText("Register references, comma-separated, e.g. MPAN001 (never the MPAN)")
        form = QFormLayout(self)
        heading = QLabel(f"<b>{reference}</b> – {title}")
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow("&Tester:", self.tester)
        form.addRow("&Environment:", self.environment)
        form.addRow("Test &data:", self.data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start run")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        refs = tuple(r.strip() for r in self.data.text().split(",") if r.strip())
        return self.tester.text().strip(), self.environment.text().strip(), refs

    def remember(self) -> None:
        self.settings.setValue("run/tester", self.tester.text().strip())
        self.settings.setValue("run/environment", self.environment.text().strip())


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, *, tasks: Tasks | None = None, settings: QSettings | None = None,
                 first_launch_hint: bool = False, runner_options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.runner: RunnerView | None = None
        self.runner_options = runner_options or {}  # tests pass stand-ins for the runner's dialogs
        self.ws = ws
        self.tasks = tasks or Tasks(parent=self)
        self.settings = settings or QSettings("Attest", "Attest")
        self.setWindowTitle(f"Attest – {ws.root}")
        self.resize(1200, 760)
        self.library = LibraryView(ws, self.tasks)
        self.library.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.library.start_requested.connect(self.start_run)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)
        self._actions()
        hint = ("Welcome: this is the demo workspace. Select a case and press Ctrl+R to start a run, or import "
                "your own cases with Ctrl+I.") if first_launch_hint else f"Attest {__version__}"
        self.statusBar().showMessage(hint)

    def _actions(self) -> None:
        find = QAction("Find case", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.library.search.setFocus())
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu("&File")
        for action in (find, quit_action):
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            menu.addAction(action)
            self.addAction(action)

    def start_run(self, case_id: int, dialog: StartRunDialog | None = None) -> int | None:
        """Ask for tester and environment, then start the run; returns its id (``None`` if cancelled)."""
        stored = self.ws.cases.get(case_id)
        dialog = dialog or StartRunDialog(stored.case.reference, stored.case.title, self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        tester, environment, refs = dialog.values()
        dialog.remember()
        try:
            run = self.ws.runs.start(stored.version_id, tester=tester, environment=environment, data_refs=refs)
        except AttestError as error:
            self.statusBar().showMessage(f"The run was not started: {error}")
            return None
        self.library.refresh()
        self.open_run(run.id)
        self.statusBar().showMessage(f"Started run {run.id}: {run.reference} – {run.title} ({len(run.steps)} steps)")
        return run.id

    def open_run(self, run_id: int) -> RunnerView:
        """Show the step runner for ``run_id`` in place of the library."""
        if self.runner is not None:
            self.stack.removeWidget(self.runner)
            self.runner.deleteLater()
        self.runner = RunnerView(self.ws, run_id, self.tasks, **self.runner_options)
        self.runner.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.runner.closed.connect(self.show_library)
        self.stack.addWidget(self.runner)
        self.stack.setCurrentWidget(self.runner)
        return self.runner

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library)

    def closeEvent(self, event: QCloseEvent) -> None:
        for handle in list(self.tasks.running):
            handle.cancel()
        self.tasks.wait(10_000)
        super().closeEvent(event)
