"""The step runner's witness-session controls, for a witnessed run: the presenter view to share, the
observations recorded on the witness's behalf (a query answered, a defect candidate made a defect) and
the wash-up that closes the session.

Kept out of the runner itself: the runner creates one of these for a witnessed run and places its
button row and observations panel. Changes go through :class:`~attest.gui.operations.Operations`;
these controls (and the presenter view) show the run again when ``Operations.run_changed`` names it,
and follow the runner's ``changed`` (its current step, the captures waiting) for the presenter. They
know the runner only as a :class:`RunHost`, so this module does not import the runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from attest.core import local_time
from attest.core.model import Observation, ObservationKind, Run
from attest.services.types import utc_now
from attest.core.workspace import Workspace
from attest.gui.observations import (
    PENDING,
    ObservationDialog,
    ObservationsList,
    PromoteDialog,
    ResponseDialog,
    escape,
)
from attest.gui.operations import Operations
from attest.gui.presenter import PresenterView
from attest.gui.washup import WashUpDialog


class RunHost(Protocol):
    """What the witness controls need of the view they sit in (the step runner, or a test's stand-in)."""

    ws: Workspace
    run_id: int
    current: int
    pending: Sequence[Any]  # the captures waiting beside the step (each with its ``evidence``)
    message: SignalInstance
    changed: SignalInstance
    destroyed: SignalInstance

    def _button(self, text: str, key: str, tip: str, slot: Callable[[], object]) -> Any: ...


class WitnessControls(QObject):
    """``time_zone``: the settings' zone (an IANA name) the session's times and the presenter's clock are
    shown in; ``None``: ``$ATTEST_TIME_ZONE``, else Europe/London."""

    def __init__(self, runner: RunHost, ops: Operations, *, time_zone: str | None = None) -> None:
        super().__init__(runner)  # type: ignore[arg-type]
        self.runner = runner
        self.ops = ops
        self.tz = local_time.shown_zone(time_zone)
        self.ws = runner.ws
        self.run: Run = self.ws.runs.get(runner.run_id)
        self.now: Callable[[], datetime] = utc_now  # the presenter's clock; tests fix it
        self.presenter: PresenterView | None = None
        self._windows: list[PresenterView | None] = [None]  # closed with the runner (it holds no runner)
        runner.destroyed.connect(lambda *_: _close(self._windows))
        button = runner._button
        self.presenter_button = button(
            "Presenter view", "Ctrl+Shift+W", "Open the window to share with the witness: the step, progress, "
            "statuses, deviations and the latest redacted evidence, and nothing else (Ctrl+Shift+W)",
            self.open_presenter)
        self.observe_button = button(
            "Observation…", "Ctrl+Shift+O", "Record an observation, query, gap, deviation or defect candidate on "
            "the witness's behalf (Ctrl+Shift+O)", self.open_observation)
        self.respond_button = button("Respond…", "Ctrl+Shift+Y", "Record the answer to the selected query "
                                     "(Ctrl+Shift+Y)", self.open_response)
        self.promote_button = button("Make defect…", "Ctrl+Shift+D", "Make the selected defect candidate a defect, "
                                     "with severity S1-S4 and priority P1-P4 (Ctrl+Shift+D)", self.open_promote)
        self.washup_button = button(
            "Wash-up…", "Ctrl+Shift+U", "Go through the results, deviations and observations with the witness, "
            "agree an action for each, choose the outcome and sign off; this closes the session (Ctrl+Shift+U)",
            self.open_washup)
        self.row = QHBoxLayout()
        self.row.addWidget(QLabel("<b>Witnessed:</b>"))
        for each in (self.presenter_button, self.observe_button, self.washup_button):
            self.row.addWidget(each)
        self.row.addStretch(1)

        self.session = QLabel()
        self.session.setWordWrap(True)
        self.list = ObservationsList()
        self.list.itemActivated.connect(lambda _item: self._open_selected())
        self.panel = QWidget()
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.session)
        panel.addWidget(QLabel("<b>Observations</b> (Ctrl+Shift+O to add)"))
        panel.addWidget(self.list, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.respond_button)
        actions.addWidget(self.promote_button)
        actions.addStretch(1)
        panel.addLayout(actions)
        ops.run_changed.connect(self._run_changed)
        runner.changed.connect(self._follow)  # the runner's step or waiting captures: the presenter follows
        self.refresh()

    # -- showing

    def _run_changed(self, run_id: int) -> None:
        if run_id == self.runner.run_id:
            self.refresh()

    def _follow(self) -> None:
        if self.presenter is not None:
            self.presenter.refresh(self.runner.current, [p.evidence for p in self.runner.pending])

    def refresh(self) -> None:
        """Read the run as stored and show its session and observations."""
        run = self.run = self.ws.runs.get(self.runner.run_id)
        self.list.show_run(run)
        if run.washup is not None:
            signed = local_time.local(run.washup.signed_at, self.tz).strftime("%d %b %Y %H:%M %Z")
            self.session.setText(f"<b>Session closed</b>: {run.washup.outcome.label}, signed off by "
                                 f"{escape(run.washup.signed_by)} at {signed}")
            self.session.setStyleSheet("color: #1f3a5f; background: #dbeafe; padding: 6px; border-radius: 4px;")
        else:
            people = ", ".join(f"{p.name} ({p.role.label})" for p in run.participants)
            self.session.setText(f"<b>Witnessed session</b>: {escape(run.purpose)}<br>{escape(people)}")
            self.session.setStyleSheet("")
        for each in (self.observe_button, self.respond_button, self.promote_button, self.washup_button):
            each.setEnabled(run.washup is None)
            each.property("action").setEnabled(run.washup is None)

    def _done(self, dialog: Any, message: str) -> None:
        """A use case succeeded (the views are shown again already, by run_changed): close, and say so."""
        dialog.accept()
        self.runner.message.emit(message)

    # -- the presenter view

    def open_presenter(self) -> PresenterView:
        """Open (or bring forward) the window the tester shares with the witness."""
        if self.presenter is None:
            self.presenter = PresenterView(self.ws, self.runner.run_id, now=self.now, run_changed=self.ops.run_changed,
                                           time_zone=self.tz.key)
            self._windows[0] = self.presenter
        self.presenter.refresh(self.runner.current, [p.evidence for p in self.runner.pending])
        self.presenter.show()
        if QGuiApplication.platformName() != "offscreen":  # which has no stacking order (and says so)
            self.presenter.raise_()
        self.runner.message.emit("Presenter view open: share that window (not your screen) with the witness")
        return self.presenter

    # -- observations

    def open_observation(self) -> ObservationDialog:
        run = self.run
        dialog = ObservationDialog(run, self.runner.current, self.runner)  # type: ignore[arg-type]

        def submit() -> object:
            kind, text, step, raised_by = dialog.values()
            if not text:
                return "Type what was observed"
            if not raised_by:
                return "Say who raised it"
            label = dialog.kind.currentText().split(' – ')[0]

            def done(observation: Observation) -> None:
                self.list.select(observation.id)
                self._done(dialog, f"{label} #{observation.id} recorded, raised by {observation.raised_by}")

            self.ops.observe(run.id, kind, text, by=raised_by, step=step, recorded_by=run.tester,
                             by_field="Raised by", on_done=done, on_error=dialog.refused)
            return PENDING

        return _open(dialog, submit)

    def _selected(self, kind: ObservationKind, done: Callable[[Observation], bool], missing: str) -> Observation | None:
        """The selected observation if it is of ``kind``; else the newest of that kind not yet done."""
        found = {o.id: o for o in self.run.observations}
        chosen = found.get(self.list.selected_id() or -1)
        if chosen is None or chosen.kind is not kind:
            waiting = [o for o in found.values() if o.kind is kind and not done(o)]
            chosen = waiting[-1] if waiting else None
        if chosen is None:
            self.runner.message.emit(missing)
        return chosen

    def open_response(self) -> ResponseDialog | None:
        query = self._selected(ObservationKind.QUERY, lambda o: bool(o.response),
                               "Select a query in the observations list first: only a query gets a response")
        if query is None:
            return None
        dialog = ResponseDialog(query, self.runner)  # type: ignore[arg-type]

        def submit() -> object:
            self.ops.respond(self.runner.run_id, query.id, dialog.text.toPlainText().strip(),
                             on_done=lambda _o: self._done(dialog, f"Response recorded for query #{query.id}"),
                             on_error=dialog.refused)
            return PENDING

        return _open(dialog, submit)

    def open_promote(self) -> PromoteDialog | None:
        candidate = self._selected(ObservationKind.DEFECT_CANDIDATE, lambda o: o.defect_id is not None,
                                   "Select a defect candidate in the observations list first: only a defect "
                                   "candidate becomes a defect")
        if candidate is None:
            return None
        from attest.services.plans import run_scale

        dialog = PromoteDialog(candidate, self.runner,  # type: ignore[arg-type]
                               scale=run_scale(self.runner.ws, self.run.plan_id))

        def submit() -> object:
            title, severity, priority = dialog.values()
            self.ops.promote(self.runner.run_id, candidate.id, severity, priority, title=title,
                             on_done=lambda defect: self._done(
                                 dialog, f"Defect candidate #{candidate.id} is now defect {defect.id} "
                                         f"({defect.severity.value}, {defect.priority.value})"),
                             on_error=dialog.refused)
            return PENDING

        return _open(dialog, submit)

    def _open_selected(self) -> None:
        """Double-click or Enter on an observation: answer a query, or make a defect candidate a defect."""
        chosen = {o.id: o for o in self.run.observations}.get(self.list.selected_id() or -1)
        if chosen is not None and chosen.kind is ObservationKind.QUERY:
            self.open_response()
        elif chosen is not None and chosen.kind is ObservationKind.DEFECT_CANDIDATE and chosen.defect_id is None:
            self.open_promote()

    # -- the wash-up

    def open_washup(self) -> WashUpDialog:
        dialog = WashUpDialog(self.run, self.runner)  # type: ignore[arg-type]

        def submit() -> object:
            outcome, signed_by, actions, note = dialog.values()
            if outcome is None:
                return "Choose the outcome agreed with the witness"
            if not signed_by:
                return "The witness types their name to sign off"
            missing = [str(i) for i, text in actions.items() if not text]
            if missing:
                return (f"Agree an action for observation{'s' if len(missing) > 1 else ''} #{', #'.join(missing)} "
                        "(type \"None\" where nothing is to be done)")

            def done(run: Run) -> None:
                assert run.washup is not None
                self._done(dialog, f"Wash-up signed off by {run.washup.signed_by}: {run.washup.outcome.label}. "
                                   "The session is closed; export the pack with Ctrl+E")

            self.ops.washup(self.runner.run_id, outcome, signed_by=signed_by, actions=actions, note=note,
                            signed_field="Signed by", on_done=done, on_error=dialog.refused)
            return PENDING

        return _open(dialog, submit)


def _open(dialog, submit):  # type: ignore[no-untyped-def]
    dialog.submit = submit
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _close(windows: list[PresenterView | None]) -> None:
    if windows[0] is not None:
        windows[0].close()
        windows[0].deleteLater()
        windows[0] = None

