"""The main window: the library, the step runner in its place while a run is open, and what outlives
a run: the screen capture (one controller, so the global shortcut and the tray reach whichever run is
open), the settings screen, and the task runner.

Everything the window does goes through the same core API as the CLI. Collaborators are passed in
(workspace, task runner, settings, screen grabber, global shortcut) so tests can hand it fakes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from attest import __version__
from attest.core.model import DefectStatus, Run
from attest.core.workspace import Workspace
from attest.capture.screen import ScreenGrabber
from attest.gui.capture_controller import CaptureController
from attest.gui.global_hotkey import GlobalCapture
from attest.gui.folders import Folders
from attest.gui.library import LibraryView
from attest.gui.resume_banner import ResumeBanner
from attest.gui.phase_view import PhaseView
from attest.services.gate import shown_path
from attest.gui.operations import Operations
from attest.gui.run_review import RunReview
from attest.gui.runner import RunnerView
from attest.gui.runs_view import RunsView
from attest.gui.settings import AppSettings, SettingsDialog, settings_action
from attest.gui.tasks import Tasks
from attest.gui.trust_notice import TrustNotice
from attest.gui.witness_start import WitnessSection


# How the start run dialog's fields are named in a refusal (the command line says --tester, --data, ...)
START_FIELDS = {"tester": "Tester", "data": "Test data", "purpose": "Purpose", "participant": "Participant name"}
# captures waiting beside a step are named by no record until recorded: touched this often, a `gc` in
# another process (which keeps files younger than 10 minutes) leaves them alone
HOLD_PENDING_MS = 120_000

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
        self.witness = WitnessSection(self.tester)  # purpose and participants, when ticked
        form.addRow(self.witness)
        self.plan_label = QLabel()
        self.plan_label.hide()
        self.retest = QCheckBox()
        self.retest.hide()
        form.addRow(self.plan_label)
        form.addRow(self.retest)
        self.retest_of: tuple[int, ...] = ()
        self.retests_defects: tuple[int, ...] = ()
        # why the run cannot start as filled in: said here, with everything typed kept, never the value
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.hide()
        form.addRow(self.problem_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start run")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def for_plan(self, plan_name: str, retest_of: int | None, defects: tuple[int, ...]) -> None:
        """The run is started from a plan; offer to mark it a retest of the case's last run there when that
        did not pass (and of its fixed defects)."""
        self.plan_label.setText(f"From test plan <b>{plan_name}</b>")
        self.plan_label.show()
        if retest_of is not None:
            self.retest.setText(f"This run retests run {retest_of}"
                                + (f" and defect(s) {', '.join(map(str, defects))}" if defects else ""))
            self.retest.setChecked(True)
            self.retest.show()
            self.retest_of, self.retests_defects = (retest_of,), defects

    def retest_links(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return (self.retest_of, self.retests_defects) if self.retest.isChecked() else ((), ())

    def accept(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        if problem is None and self.witness.check():  # a witnessed session needs its purpose and a witness
            super().accept()

    def problem(self) -> str | None:
        """The first field the run would be refused for (a person's name or a reference that looks like an
        identifier), named as the dialog names it; the start run use case checks them all again."""
        from attest.services.gate import person_problem, reference_problem

        tester = self.tester.text().strip()
        if tester and (said := person_problem("Tester", tester)):
            return f"Tester: {said}"
        for ref in (r.strip() for r in self.data.text().split(",") if r.strip()):
            if said := reference_problem("Test data", ref):
                return said
        session = self.witness.session()
        for name, _organisation, _role in session.participants if session is not None else ():
            if name.strip() and (said := person_problem("Participant", name.strip())):
                return f"Participant: {said}"
        return None

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        refs = tuple(r.strip() for r in self.data.text().split(",") if r.strip())
        return self.tester.text().strip(), self.environment.text().strip(), refs

    def remember(self, run: Run | None = None) -> None:
        """Remember what the run was started with, as stored: the tester checked, the environment redacted
        (QSettings is a plain file; it holds only what passed the gate)."""
        remembered = AppSettings(self.settings)
        remembered.tester = run.tester if run is not None and self.tester.text().strip() else self.tester.text()
        remembered.environment = run.environment if run is not None else self.environment.text()


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, *, tasks: Tasks | None = None, settings: QSettings | None = None,
                 first_launch_hint: bool = False, runner_options: dict[str, Any] | None = None,
                 grabber: ScreenGrabber | None = None, global_capture: GlobalCapture | None = None,
                 settings_options: dict[str, Any] | None = None,
                 confirm_discard: Callable[[str], bool] | None = None,
                 phase_options: dict[str, Any] | None = None, unused_check_ms: int | None = None,
                 confirm_cleanup: Callable[[str], bool] | None = None, trust_check_ms: int | None = None,
                 ask_trust_reason: Callable[[str], str | None] | None = None,
                 resume_check_ms: int | None = None, review_options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.runner: RunnerView | None = None
        self.review: RunReview | None = None  # a finished run, read-only
        self.runs_view: RunsView | None = None
        self.review_options = review_options or {}  # tests pass stand-ins for the review's file choosers
        self.phase_view: PhaseView | None = None
        self.phase_options = phase_options or {}  # tests pass stand-ins for its file chooser and dialogs
        self.runner_options = runner_options or {}  # tests pass stand-ins for the runner's dialogs
        self.settings_options = settings_options or {}  # ... and for the settings screen's pickers
        self.confirm_discard = confirm_discard  # None: a message box asks
        self.ws = ws
        self.tasks = tasks or Tasks(parent=self)
        self.ops = Operations.like(ws, self.tasks, parent=self)  # every change to a run: run_changed(run_id)
        self.settings = settings or QSettings("Attest", "Attest")
        self.app_settings = AppSettings(self.settings)
        self.ops.time_zone = lambda: self.app_settings.time_zone  # packs and reports in the user's zone
        # the capture delay (Settings) is read at every capture: menus and tooltips can be opened first
        self.capture = CaptureController(self, grabber, delay=lambda: self.app_settings.capture_delay, parent=self)
        self.capture.captured.connect(self._captured)
        self.capture.failed.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.capture.cancelled.connect(lambda: self.statusBar().showMessage("Capture cancelled", 5000))
        self.global_capture = global_capture or GlobalCapture(self.app_settings.capture_shortcut, parent=self)
        self.global_capture.region_requested.connect(self.capture.capture_region)
        self.global_capture.screen_requested.connect(self.capture.capture_screen)
        self.global_capture.window_requested.connect(self.capture.capture_window)
        self.global_capture.show_requested.connect(self._bring_forward)
        self.setWindowTitle(f"Attest – {shown_path(ws.root)}")  # (shown over a screen share: no identifier)
        self.resize(1200, 760)
        self.folders = Folders(self.app_settings)  # each file dialog opens where the last of its kind was chosen
        self.library = LibraryView(ws, self.tasks, folders=self.folders)
        self.library.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.library.start_requested.connect(self.start_run)
        self.library.open_run_requested.connect(self.open_run)
        self.library.runs_requested.connect(self.show_runs)
        self.library.phases_requested.connect(self.show_phases)
        self.library.pull_requested.connect(self.pull_plan)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.resume_banner = ResumeBanner()
        self.resume_banner.resume_requested.connect(self.open_run)
        # the offer belongs to the library the app opens on: gone once the tester goes anywhere else
        self.stack.currentChanged.connect(lambda _i: self.stack.currentWidget() is self.library
                                          or self.resume_banner.hide())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.resume_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._actions()
        hint = ("Welcome: this is the demo workspace. Select a case and press Ctrl+R to start a run, or import "
                "your own cases with Ctrl+I.") if first_launch_hint else f"Attest {__version__}"
        if ws.recovered:  # an import a killed process left was finished as the workspace opened: its cases are new here
            hint = "; ".join(done[:1].upper() + done[1:] for done in ws.recovered) + "."
        self.capture_status = QLabel()
        self.capture_status.setStyleSheet("color: #4b5563;")
        self._show_capture_status(self.global_capture.start())
        self.statusBar().addPermanentWidget(self.capture_status)
        self.statusBar().showMessage(hint)
        self._unused_evidence_notice(unused_check_ms, confirm_cleanup)
        # a workspace rolled back, swapped or moved here refuses changes until accepted: said at once
        self.trust_notice = TrustNotice(self, self.ops, ask_trust_reason)
        if trust_check_ms is not None:
            QTimer.singleShot(trust_check_ms, self.trust_notice.check)
        if resume_check_ms is not None:  # a run left in progress (closed, or the app stopped): offered at once
            QTimer.singleShot(resume_check_ms, self.offer_resume)

    # -- a run left in progress

    def offer_resume(self) -> Any:
        """Offer the run left in progress (the one with captures waiting, else the latest worked on) in a
        banner over the library; the others are in the runs view. Returns what was offered (or None)."""
        from attest.services.runs import left_in_progress

        if self.runner is not None:
            return None  # a run is open already (attest gui --run)
        left = left_in_progress(self.ws)
        self.resume_banner.offer(left[0] if left else None, len(left) - 1 if left else 0)
        return left[0] if left else None

    # -- unused evidence files (attest gc)

    def _unused_evidence_notice(self, check_ms: int | None, confirm: Callable[[str], bool] | None) -> None:
        """A status bar button offering to remove evidence files no record refers to, shown when there are
        more than a few (``services.gc.worth_offering``); looked for ``check_ms`` after the window opens
        (None: only when asked, as tests do), in the background."""
        self.confirm_cleanup = confirm  # None: a message box asks
        self.unused: Any = None  # what the last look found (services.gc.Collection)
        self.cleanup_button = QPushButton()
        self.cleanup_button.setFlat(True)
        self.cleanup_button.setVisible(False)
        self.cleanup_button.clicked.connect(self.clean_up_unused)
        self.statusBar().addPermanentWidget(self.cleanup_button)
        self._hold_timer = QTimer(self)
        self._hold_timer.setInterval(HOLD_PENDING_MS)
        self._hold_timer.timeout.connect(self._hold_pending)
        self._hold_timer.start()
        if check_ms is not None:
            self._check_timer = QTimer(self)
            self._check_timer.setSingleShot(True)
            self._check_timer.timeout.connect(self.check_unused_evidence)
            self._check_timer.start(check_ms)

    def _pending_files(self) -> tuple[str, ...]:
        return tuple(p.evidence.sha256 for p in self.runner.pending) if self.runner is not None else ()

    def _hold_pending(self) -> None:
        held = self._pending_files()
        if held:
            from attest.services.gc import hold

            hold(self.ws, held)

    def check_unused_evidence(self) -> None:
        """Look for unused evidence files in the background; the notice shows if there are enough."""
        self.ops.unused_evidence(keep=self._pending_files(), on_done=self._unused_found, on_error=lambda _t: None)

    def _unused_found(self, found: Any) -> None:
        from attest.services.gc import size_text, worth_offering

        self.unused = found
        if not worth_offering(found):
            self.cleanup_button.setVisible(False)
            return
        self.cleanup_button.setText(f"{found.count} unused evidence files ({size_text(found.size)}) — Clean up…")
        self.cleanup_button.setToolTip("Files no record refers to: captures taken off a step, files before a mask "
                                       "change, out-of-date drawn copies of annotated screenshots, files of a capture "
                                       "cut short. The same as `attest gc --apply`.")
        self.cleanup_button.setVisible(True)

    def clean_up_unused(self) -> bool:
        """Ask, then remove the unused files in the background (audited); false if not confirmed."""
        from attest.services.gc import size_text

        found = self.unused
        if found is None or not found.count:
            return False
        question = (f"Remove {found.count} evidence file{'s' if found.count != 1 else ''} "
                    f"({size_text(found.size)}) that no record refers to? Captures taken off a step, files "
                    "before a mask change and out-of-date drawn copies go; recorded evidence and captures "
                    "waiting beside a step stay. The removal is recorded in the audit log and cannot be undone.")
        if not self._confirm_cleanup(question):
            return False
        self.cleanup_button.setEnabled(False)

        def done(removed: Any) -> None:
            self.unused = None
            self.cleanup_button.setVisible(False)
            self.cleanup_button.setEnabled(True)
            self.statusBar().showMessage(
                f"Removed {removed.count} unused evidence file{'s' if removed.count != 1 else ''} "
                f"({size_text(removed.size)}); recorded in the audit log", 15_000)

        def failed(text: str) -> None:
            self.cleanup_button.setEnabled(True)
            self.statusBar().showMessage(f"Unused evidence files were not removed: {text}", 15_000)

        self.ops.collect_unused(keep=self._pending_files(), on_done=done, on_error=failed)
        return True

    def _confirm_cleanup(self, question: str) -> bool:
        return self._confirm(self.confirm_cleanup, "Unused evidence files", question, discard=False)

    def _confirm(self, injected: Callable[[str], bool] | None, title: str, question: str, *, discard: bool) -> bool:
        """Ask a yes-or-cancel question (``discard``: the yes button says Discard); tests inject the answer."""
        if injected is not None:
            return injected(question)
        from PySide6.QtWidgets import QMessageBox

        yes = QMessageBox.StandardButton.Discard if discard else QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(self, title, question, yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == yes

    def _actions(self) -> None:
        find = QAction("Find case", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        settings = settings_action(self, self.open_settings)
        phases = QAction("Test phases", self)
        phases.setShortcut(QKeySequence("Ctrl+Shift+T"))
        phases.triggered.connect(self.show_phases)
        runs = QAction("Runs", self)
        runs.setShortcut(QKeySequence("Ctrl+Shift+H"))  # H: history (Ctrl+Shift+U is the runner's wash-up)
        runs.triggered.connect(self.show_runs)
        menu = self.menuBar().addMenu("&File")
        for action in (find, runs, phases, settings, quit_action):
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            menu.addAction(action)
            self.addAction(action)

    def _find(self) -> None:
        """Ctrl+F: the search of the runs view when it is showing, else the library's."""
        if self.runs_view is not None and self.stack.currentWidget() is self.runs_view:
            self.runs_view.focus_search()
            return
        self.show_library()
        self.library.search.setFocus()

    def start_run(self, case_id: int, dialog: StartRunDialog | None = None, plan_id: int | None = None) -> bool:
        """Ask for tester and environment, then start the run in the background (the runner opens when it
        has started); false if cancelled or refused before it was asked for. From a plan, the run belongs
        to it and may be marked a retest of the case's last run there."""
        stored = self.ws.cases.get(f"id:{case_id}")
        dialog = dialog or StartRunDialog(stored.case.reference, stored.case.title, self.settings, self)
        if plan_id is not None:
            dialog.for_plan(*self._retest_offer(case_id, plan_id))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        tester, environment, refs = dialog.values()
        session = dialog.witness.session()  # None unless witnessed
        if session is not None and session.problem():
            self.statusBar().showMessage(f"The run was not started: {session.problem()}")
            return False

        def started(run: Run) -> None:
            dialog.remember(run)
            self.library.refresh()
            self.open_run(run.id)
            self.statusBar().showMessage(f"Started run {run.id}: {run.reference} – {run.title} ({len(run.steps)} "
                                         "steps)" + ("; witnessed: Ctrl+Shift+W opens the presenter view to share"
                                                     if run.witnessed else ""))

        # the same use case as `attest run start`: references only, names checked, typed text redacted
        retest_of, retests_defects = dialog.retest_links()
        self.ops.start_run(stored.id, tester=tester, environment=environment, data_refs=refs,
                           witnessed=session is not None, purpose=session.purpose if session else "",
                           participants=session.inputs() if session else (), fields=START_FIELDS,
                           plan_id=plan_id, retest_of=retest_of, retests_defects=retests_defects,
                           on_done=started,
                           on_error=lambda text: self.statusBar().showMessage(f"The run was not started: {text}"))
        return True

    def _retest_offer(self, case_id: int, plan_id: int) -> tuple[str, int | None, tuple[int, ...]]:
        """The plan's name, the case's last finished run there if it did not pass, and that run's fixed defects."""
        from attest.services.plans import phase

        figures = phase(self.ws, plan_id)
        last = next((r for r in reversed(figures.runs) if r.case_id == case_id), None)
        if last is None or not last.finished or last.status.value == "passed":
            return figures.plan.name, None, ()
        fixed = tuple(d.defect.id for d in figures.defects
                      if d.defect.run_id == last.id and d.defect.status is DefectStatus.FIXED)
        return figures.plan.name, last.id, fixed

    def open_ado(self) -> Any:
        """Connect the workspace to Azure DevOps (from Settings)."""
        from attest.gui.ado_dialogs import ConnectDialog
        from attest.services.ado import connection

        dialog = ConnectDialog(self.ops, connection(self.ws), self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(dialog.connected, 15_000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def pull_plan(self) -> Any:
        """Pull a test plan from Azure DevOps into the workspace (the library and phase view follow)."""
        from attest.gui.ado_dialogs import PullDialog, pull_summary
        from attest.services.ado import connection

        if connection(self.ws) is None:
            self.statusBar().showMessage("Connect to Azure DevOps first: Settings → Azure DevOps…", 15_000)
            return None
        dialog = PullDialog(self.ops, self)

        def pulled() -> None:
            self.library.refresh()
            self.statusBar().showMessage(pull_summary(dialog.result), 15_000)

        dialog.accepted.connect(pulled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_phases(self) -> PhaseView:
        """The phase view (test plans), made when first asked for."""
        if self.phase_view is None:
            self.phase_view = PhaseView(self.ws, self.ops, folders=self.folders, **self.phase_options)
            self._add_view(self.phase_view)
            self.phase_view.start_requested.connect(lambda case_id, plan_id: self.start_run(case_id, plan_id=plan_id))
        else:
            self.phase_view.reload_plans()
        self.stack.setCurrentWidget(self.phase_view)
        return self.phase_view

    def show_runs(self) -> RunsView:
        """The runs view: every run, filtered and searched; opening one resumes or reviews it."""
        from attest.core.local_time import zone

        if self.runs_view is None:
            self.runs_view = RunsView(self.ws, tz=zone(self.app_settings.time_zone))
            self.runs_view.open_requested.connect(self.open_run)
            self._add_view(self.runs_view)
        else:
            self.runs_view.refresh()
        self.stack.setCurrentWidget(self.runs_view)
        return self.runs_view

    def open_run(self, run_id: int) -> RunnerView | RunReview:
        """Show ``run_id`` in place of the library: in progress, the step runner (resumed where it was left,
        with its waiting captures); finished, the read-only review (export, witness report, verify)."""
        self.resume_banner.hide()
        if self.ws.runs.get(run_id, with_details=False).is_finished and \
                (self.runner is None or self.runner.run_id != run_id):
            return self.review_run(run_id)
        if self.runner is not None and (self.runner.run_id == run_id or not self._may_drop_pending()):
            self.stack.setCurrentWidget(self.runner)  # the same run (or the tester kept its captures): as left
            return self.runner
        if self.runner is not None:
            self.stack.removeWidget(self.runner)
            self.runner.deleteLater()
        self.runner = RunnerView(self.ws, run_id, self.tasks, capture=self.capture, ops=self.ops, folders=self.folders,
                                 template=lambda: self.app_settings.template, **self.runner_options)
        self._add_view(self.runner)
        self.stack.setCurrentWidget(self.runner)
        return self.runner

    def review_run(self, run_id: int) -> RunReview:
        """A finished run, read-only, with its pack, witness report and a check of a pack dropped on it."""
        from attest.core.local_time import zone

        if self.review is not None:
            self.stack.removeWidget(self.review)
            self.review.deleteLater()
        self.review = RunReview(self.ws, run_id, self.ops, tz=zone(self.app_settings.time_zone), folders=self.folders,
                                template=lambda: self.app_settings.template, **self.review_options)
        self._add_view(self.review)
        self.stack.setCurrentWidget(self.review)
        return self.review

    def _add_view(self, view: Any) -> None:
        """A view in the window's stack: its messages in the status bar, its Library button back to the library."""
        view.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        if hasattr(view, "refused"):  # a refusal stays until something else is said (a pack not written, and why)
            view.refused.connect(lambda text: self.statusBar().showMessage(text))
        view.closed.connect(self.show_library)
        self.stack.addWidget(view)

    def run_position(self) -> str:
        """Where the open run stands, as ``attest gui --run RUN --smoke`` says it."""
        if self.review is not None and self.stack.currentWidget() is self.review:
            run = self.ws.runs.get(self.review.run_id, with_details=False)
            return f"run {run.id} finished: {run.status.label}, {len(run.steps)} steps (read-only)"
        if self.runner is None:
            return "no run open"
        run = self.runner.run
        if run.is_finished:
            return f"run {run.id} finished: {run.status.label}, {len(run.steps)} steps (read-only)"
        return f"run {run.id} at step {self.runner.current} of {len(run.steps)}"

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library)

    def open_settings(self) -> SettingsDialog:
        """The settings screen (non-blocking); applying it re-binds the global capture shortcut."""
        dialog = SettingsDialog(self.app_settings, self.ws, self, open_ado=self.open_ado, **self.settings_options)
        dialog.applied.connect(lambda: self._settings_applied(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _settings_applied(self, dialog: SettingsDialog) -> None:
        if "capture_shortcut" in dialog.changed:
            self.global_capture.stop()
            self.global_capture.hotkey_text = self.app_settings.capture_shortcut
            self._show_capture_status(self.global_capture.start())
        note = "Settings saved"
        if "workspace" in dialog.changed:
            note += f"; Attest opens {shown_path(self.app_settings.workspace or 'the default workspace')} when it next starts"
        self.statusBar().showMessage(note, 10_000)

    def _show_capture_status(self, status: str) -> None:
        """A few words in the status bar's corner; the whole sentence in its tooltip."""
        capture = self.global_capture
        if capture.hotkey is not None:
            short = f"{capture.hotkey.text}: capture from any application"
        elif capture.tray is not None:
            short = "Capture from other applications: the tray icon"
        else:
            short = "Capture: Attest's buttons only (hover for why)"
        self.capture_status.setText(short)
        self.capture_status.setToolTip(status)

    def _captured(self, data: bytes, name: str) -> None:
        """A screen, window or region grab: into the open run's current step, redacted on the way."""
        from attest.core.model import EvidenceKind

        if self.runner is None or self.stack.currentWidget() is not self.runner:
            self.statusBar().showMessage("Nothing was captured: open a run first (captures go into its current step)",
                                         10_000)
            return
        self.runner.capture_bytes(data, name, EvidenceKind.SCREENSHOT)

    def _bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _may_drop_pending(self) -> bool:
        """Captures waiting beside a step stay in the workspace (core.drafts) and come back with their run;
        one not kept there (its row could not be written) would be lost: ask before that happens."""
        waiting = sum(1 for p in self.runner.pending if p.draft_id is None) if self.runner is not None else 0
        if not waiting:
            return True
        question = (f"{waiting} capture{'s are' if waiting != 1 else ' is'} waiting beside step "
                    f"{self.runner.current} and not recorded yet. Discard {'them' if waiting != 1 else 'it'}?")
        return self._confirm(self.confirm_discard, "Captures not recorded", question, discard=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_drop_pending():
            event.ignore()
            return
        self.global_capture.stop()
        for handle in list(self.tasks.running):
            handle.cancel()
        self.tasks.wait(10_000)
        super().closeEvent(event)
