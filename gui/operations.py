"""The app's use cases, each run as a background task, and the one signal that says a run changed.

Every change the window makes to a run (start it, record a step, mask, annotate, observe, respond,
promote, amend, wash up, finish, export) is a method here. The method hands the raw text to the use
case in :mod:`attest.services` (which redacts or refuses it: the one gate) on Qt's thread pool
(:class:`~attest.gui.tasks.Tasks`), and on success emits ``run_changed(run_id)`` before calling the
caller's ``on_done``; a refusal or failure goes to ``on_error`` as a message fit to show.

The runner, the witness controls and the presenter view subscribe to ``run_changed`` and read the
run again through the workspace; none of them calls another to say the run changed.

A task opens its own workspace from the folder (an SQLite connection belongs to the thread that opened
it); ``open_workspace`` is injectable so tests can hand in a fake.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, ContextManager

from PySide6.QtCore import QObject, Signal

from attest.core.model import ObservationKind, Outcome, Priority, Severity, StepStatus
from attest.core.workspace import Workspace
from attest.gui.tasks import Cancelled, Progress, TaskHandle, Tasks
from attest.services.types import PreparedEvidence

Done = Callable[[Any], None]
Failed = Callable[[str], None]
Box = tuple[int, int, int, int]


def _ignore(_value: Any = None) -> None:
    return None


class Operations(QObject):
    """One method per use case the app performs; ``run_changed`` after each change to a run."""

    run_changed = Signal(int)
    # a plan's structure (its suites, their cases, its criteria) changed; runs and defects say run_changed
    plan_changed = Signal(int)

    def __init__(self, root: Path, tasks: Tasks, *,
                 open_workspace: Callable[[Path], ContextManager[Workspace]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.tasks = tasks
        self.open_workspace = open_workspace or Workspace.open
        # the zone packs and reports show their times in (the app's setting; None: $ATTEST_TIME_ZONE or
        # Europe/London), read at each export so a changed setting needs no restart
        self.time_zone: Callable[[], str | None] = lambda: None

    @classmethod
    def like(cls, ws: Workspace, tasks: Tasks, parent: QObject | None = None) -> Operations:
        """Operations on ``ws``'s folder whose tasks open it as ``ws`` was opened (its clock, its actor)."""
        clock, actor = ws.store.clock, ws.actor
        return cls(ws.root, tasks, open_workspace=lambda root: Workspace.open(root, clock=clock, actor=actor),
                   parent=parent)

    # -- the one way a use case runs

    def _submit(self, run_id: int | Callable[[Any], int] | None, use_case: Callable[[Workspace, Progress], Any],
                on_done: Done | None, on_error: Failed | None, *,
                on_progress: Callable[[int, str], None] | None = None,
                on_cancel: Callable[[], None] | None = None) -> TaskHandle:
        root, open_workspace = self.root, self.open_workspace

        def work(progress: Progress) -> Any:
            with open_workspace(root) as ws:
                return use_case(ws, progress)

        def done(result: Any) -> None:
            changed = run_id(result) if callable(run_id) else run_id
            if changed is not None:
                self.run_changed.emit(changed)
            (on_done or _ignore)(result)

        return self.tasks.run(work, on_done=done, on_error=on_error or _ignore, on_progress=on_progress,
                              on_cancel=on_cancel)

    # -- runs and steps

    def start_run(self, case_id: int, *, tester: str, environment: str, data_refs: Sequence[str],
                  witnessed: bool, purpose: str, participants: Sequence[Any], fields: dict[str, str] | None,
                  plan_id: int | None = None, retest_of: Sequence[int] = (), retests_defects: Sequence[int] = (),
                  on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.runs import start_run

        return self._submit(lambda run: run.id, lambda ws, _p: start_run(
            ws, case_id, tester=tester, environment=environment, data_refs=data_refs, witnessed=witnessed,
            purpose=purpose, participants=participants, fields=fields, plan=plan_id, retest_of=tuple(retest_of),
            retests_defects=tuple(retests_defects)), on_done, on_error)

    def record_step(self, run_id: int, status: StepStatus, *, actual: str, step: int, deviation: str | None,
                    prepared: Sequence[PreparedEvidence], drafts: Sequence[int] = (), on_done: Done | None = None,
                    on_error: Failed | None = None) -> TaskHandle:
        """Record the step with its waiting captures (``drafts``: their rows, consumed in the same transaction)."""
        from attest.services.runs import record_step

        prepared, drafts = tuple(prepared), tuple(drafts)
        return self._submit(run_id, lambda ws, _p: record_step(ws, run_id, status, actual=actual, step=step,
                                                               deviation=deviation, prepared=prepared, drafts=drafts),
                            on_done, on_error)

    def finish_run(self, run_id: int, *, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.runs import finish_run

        return self._submit(run_id, lambda ws, _p: finish_run(ws, run_id), on_done, on_error)

    def amend_step(self, run_id: int, step: int, *, action: str, expected: str | None, reason: str,
                   on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.runs import amend_step

        return self._submit(run_id, lambda ws, _p: amend_step(ws, run_id, step, action=action, expected=expected,
                                                              reason=reason), on_done, on_error)

    # -- evidence

    def capture(self, data: bytes, name: str, kind: Any = None, *, run_id: int | None = None,
                on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Redact and store one capture for ``run_id`` (masked for the values found in the run's other
        evidence); it waits beside its step (no run changes until it is recorded)."""
        from attest.services.evidence import capture_bytes

        def use_case(ws: Workspace, progress: Progress) -> PreparedEvidence:
            progress.report(10, "redacting a capture")
            return capture_bytes(ws, data, name, kind=kind, run_id=run_id)

        return self._submit(None, use_case, on_done, on_error)

    def capture_draft(self, run_id: int, step: int, data: bytes, name: str, kind: Any = None, *,
                      on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Redact and store one capture for the step being run, kept as waiting in the workspace (it
        survives a crash); the :class:`~attest.core.drafts.Draft`. The run changes when it is recorded."""
        from attest.services.evidence import capture_draft

        def use_case(ws: Workspace, progress: Progress) -> Any:
            progress.report(10, "redacting a capture")
            return capture_draft(ws, run_id, step, data, name, kind=kind)

        return self._submit(None, use_case, on_done, on_error)

    def update_draft(self, draft_id: int, prepared: PreparedEvidence, *, on_done: Done | None = None,
                     on_error: Failed | None = None) -> TaskHandle:
        """A waiting capture changed (annotations): kept as it now is."""
        from attest.services.evidence import update_draft

        return self._submit(None, lambda ws, _p: update_draft(ws, draft_id, prepared), on_done, on_error)

    def drop_draft(self, draft_id: int, *, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """A waiting capture taken off its step."""
        from attest.services.evidence import drop_draft

        return self._submit(None, lambda ws, _p: drop_draft(ws, draft_id), on_done, on_error)

    def edit_pending_mask(self, prepared: PreparedEvidence, original: bytes | None, *, add: Box | None = None,
                          remove: int | None = None, reason: str = "", draft_id: int | None = None,
                          on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Add or remove a mask on a capture not yet recorded (its waiting row follows); returns (bytes,
        masks, changed capture)."""
        from attest.services import evidence

        def use_case(ws: Workspace, _p: Progress) -> tuple[bytes, list[dict[str, Any]], PreparedEvidence]:
            if add is not None:
                changed = evidence.add_pending_mask(ws, prepared, add, original=original)
            else:
                assert remove is not None
                changed = evidence.remove_pending_mask(ws, prepared, remove, reason, original=original)
            if draft_id is not None:
                evidence.update_draft(ws, draft_id, changed)
            return ws.evidence.get(changed.sha256), list(changed.findings), changed

        return self._submit(None, use_case, on_done, on_error)

    def edit_recorded_mask(self, run_id: int, evidence_id: int, *, add: Box | None = None, remove: int | None = None,
                           reason: str = "", on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Add or remove (with a reason, audited) a mask on a recorded screenshot; returns (bytes, masks, item)."""
        from attest.services import evidence

        def use_case(ws: Workspace, _p: Progress) -> tuple[bytes, list[dict[str, Any]], Any]:
            item = evidence.mask_recorded(ws, evidence_id, add=add, remove=remove, reason=reason)
            return ws.evidence.get(item.sha256), list(item.masks or ()), item

        return self._submit(run_id, use_case, on_done, on_error)

    def annotate(self, run_id: int, evidence_id: int, annotations: Iterable[Any], *, on_done: Done | None = None,
                 on_error: Failed | None = None) -> TaskHandle:
        """Replace a recorded screenshot's annotations (labels redacted) and draw it now."""
        from attest.services.evidence import annotate

        shapes = tuple(annotations)
        return self._submit(run_id, lambda ws, _p: annotate(ws, evidence_id, shapes), on_done, on_error)

    def draw_rendition(self, evidence_id: int, *, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.evidence import draw_rendition

        return self._submit(None, lambda ws, _p: draw_rendition(ws, evidence_id), None, on_error)

    # -- witnessed sessions

    def observe(self, run_id: int, kind: ObservationKind, text: str, *, by: str, step: int | None,
                recorded_by: str | None, by_field: str = "Raised by", on_done: Done | None = None,
                on_error: Failed | None = None) -> TaskHandle:
        from attest.services.runs import observe

        return self._submit(run_id, lambda ws, _p: observe(ws, run_id, kind, text, by=by, step=step,
                                                           recorded_by=recorded_by, by_field=by_field),
                            on_done, on_error)

    def respond(self, run_id: int, observation_id: int, text: str, *, on_done: Done | None = None,
                on_error: Failed | None = None) -> TaskHandle:
        from attest.services.witness import respond

        return self._submit(run_id, lambda ws, _p: respond(ws, observation_id, text), on_done, on_error)

    def promote(self, run_id: int, observation_id: int, severity: Severity, priority: Priority, *, title: str,
                on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.witness import promote

        return self._submit(run_id, lambda ws, _p: promote(ws, observation_id, severity, priority, title=title),
                            on_done, on_error)

    def washup(self, run_id: int, outcome: Outcome, *, signed_by: str, actions: Mapping[int, str],
               signed_field: str = "Signed by", note: str = "", on_done: Done | None = None,
               on_error: Failed | None = None) -> TaskHandle:
        from attest.services.witness import washup

        actions = dict(actions)
        return self._submit(run_id, lambda ws, _p: washup(ws, run_id, outcome, signed_by=signed_by, actions=actions,
                                                          signed_field=signed_field, note=note,
                                                          note_field="Note"), on_done, on_error)

    # -- defects and test phases

    def raise_defect(self, run_id: int, title: str, severity: Any, priority: Any, *, step: int | None,
                     description: str, evidence: Sequence[int] = (), on_done: Done | None = None,
                     on_error: Failed | None = None) -> TaskHandle:
        from attest.services.runs import raise_defect

        evidence = tuple(evidence)
        return self._submit(run_id, lambda ws, _p: raise_defect(ws, run_id, title, severity, priority, step=step,
                                                                description=description, evidence=evidence),
                            on_done, on_error)

    def move_defect(self, defect_id: int, to: Any, *, reason: str, retest: int | None,
                    on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """A lifecycle move; ``run_changed`` names the run the defect was raised on."""
        from attest.services.defects import move_defect

        return self._submit(lambda defect: defect.run_id, lambda ws, _p: move_defect(
            ws, defect_id, to, reason=reason, retest=retest), on_done, on_error)

    def _plan_submit(self, use_case: Callable[[Workspace, Progress], Any], plan_of: Callable[[Any], int],
                     on_done: Done | None, on_error: Failed | None) -> TaskHandle:
        """A change to a plan's structure: ``plan_changed`` with the plan ``plan_of(result)`` names once it
        is stored (0: a change that may touch any plan, such as a case's steps)."""
        def done(result: Any) -> None:
            self.plan_changed.emit(plan_of(result))
            (on_done or _ignore)(result)

        return self._submit(None, use_case, done, on_error)

    def create_plan(self, name: str, *, programme: str, release: str, environment: str, scale: str,
                    on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.plans import create_plan

        return self._plan_submit(lambda ws, _p: create_plan(ws, name, programme=programme, release=release,
                                                            environment=environment, scale=scale),
                                 lambda plan: plan.id, on_done, on_error)

    def add_suite(self, plan_id: int, name: str, *, on_done: Done | None = None,
                  on_error: Failed | None = None) -> TaskHandle:
        from attest.services.plans import add_suite

        return self._plan_submit(lambda ws, _p: add_suite(ws, plan_id, name), lambda suite: suite.plan_id, on_done,
                                 on_error)

    def add_cases(self, plan_id: int, suite_id: int, case_ids: Sequence[int], *, tester: str, regression: bool,
                  on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.plans import add_cases

        cases = [f"id:{c}" for c in case_ids]
        return self._plan_submit(lambda ws, _p: add_cases(ws, plan_id, suite_id, cases, tester=tester,
                                                          regression=regression),
                                 lambda suite: suite.plan_id, on_done, on_error)

    def flag_evidence(self, case_id: int, steps: Sequence[int], *, on_done: Done | None = None,
                      on_error: Failed | None = None) -> TaskHandle:
        """Set which steps of a case require evidence (a new case version; runs keep theirs)."""
        from attest.services.cases import flag_evidence

        steps = tuple(steps)
        # a case's new version may stand in several plans: every view of a plan redraws (plan 0)
        return self._plan_submit(lambda ws, _p: flag_evidence(ws, case_id, steps).stored, lambda _case: 0, on_done,
                                 on_error)

    def completion_report(self, plan_id: int, out: Path, *, recommendations: str, lessons: str,
                          template: Path | None, on_done: Done | None = None, on_error: Failed | None = None,
                          on_progress: Callable[[int, str], None] | None = None) -> TaskHandle:
        from attest.services.export import completion_report

        zone = self.time_zone()

        def use_case(ws: Workspace, progress: Progress) -> Any:
            progress.report(5, "checking the workspace against its audit log")
            return completion_report(ws, plan_id, out, recommendations=recommendations, lessons=lessons,
                                     template=template, time_zone=zone)

        return self._submit(None, use_case, on_done, on_error, on_progress=on_progress)

    # -- Azure DevOps (each cancellable: the progress callback stops the use case at its next step)

    @staticmethod
    def _cancellable(progress: Progress) -> Callable[[int, str], None]:
        def step(percent: int, what: str) -> None:
            if progress.cancelled:
                raise Cancelled
            progress.report(percent, what)
        return step

    def ado_connect(self, org_url: str, project: str, token: str, *, proxy: str, ca_bundle: str, area: str,
                    iteration: str, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        from attest.services.ado import connect

        return self._submit(None, lambda ws, _p: connect(ws, org_url, project, token, proxy=proxy, ca_bundle=ca_bundle,
                                                         area=area, iteration=iteration), on_done, on_error)

    def ado_pull(self, ado_plan: int, *, suite: int | None, on_done: Done | None = None,
                 on_error: Failed | None = None, on_progress: Callable[[int, str], None] | None = None,
                 on_cancel: Callable[[], None] | None = None) -> TaskHandle:
        """Pull a plan; ``plan_changed`` with the Attest plan it went into."""
        from attest.services.ado import pull

        def done(result: Any) -> None:
            self.plan_changed.emit(result.plan_id)
            (on_done or _ignore)(result)

        return self._submit(None, lambda ws, p: pull(ws, ado_plan, suite=suite, progress=self._cancellable(p)), done,
                            on_error, on_progress=on_progress, on_cancel=on_cancel)

    def ado_publish(self, run_id: int, *, on_done: Done | None = None, on_error: Failed | None = None,
                    on_progress: Callable[[int, str], None] | None = None,
                    on_cancel: Callable[[], None] | None = None) -> TaskHandle:
        from attest.services.ado import publish

        return self._submit(run_id, lambda ws, p: publish(ws, run_id, progress=self._cancellable(p)), on_done,
                            on_error, on_progress=on_progress, on_cancel=on_cancel)

    # -- export

    def export_pack(self, run_id: int, out: Path, *, template: Path | None, on_done: Done | None = None,
                    on_error: Failed | None = None, on_progress: Callable[[int, str], None] | None = None,
                    on_cancel: Callable[[], None] | None = None) -> TaskHandle:
        """Build the evidence pack (leak-checked; nothing written if it finds anything); returns its path."""
        from attest.services.export import build_pack

        zone = self.time_zone()

        def use_case(ws: Workspace, progress: Progress) -> str:
            step = self._cancellable(progress)
            step(1, "reading the test data register")
            return str(build_pack(ws, run_id, out, template=template, progress=step, time_zone=zone).path)

        return self._submit(None, use_case, on_done, on_error, on_progress=on_progress, on_cancel=on_cancel)

    def witness_report(self, run_id: int, out: Path, *, template: Path | None, on_done: Done | None = None,
                       on_error: Failed | None = None) -> TaskHandle:
        """The witness session report of a witnessed run (as ``attest witness report``); the report result."""
        from attest.services.export import witness_report

        zone = self.time_zone()
        return self._submit(None, lambda ws, _p: witness_report(ws, run_id, out, template=template, time_zone=zone),
                            on_done, on_error)

    def verify_document(self, path: Path, *, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """A pack or report checked on its own and as this workspace's (as ``attest verify FILE
        --workspace DIR``); the :class:`~attest.services.verify.Verdict`, or a message if it is neither."""
        from attest.core.errors import AttestError
        from attest.services.verify import verify_document
        from attest.templates.manifest import NotAPack

        def use_case(ws: Workspace, _p: Progress) -> Any:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise AttestError(f"{path.name}: cannot be read: {error.strerror}") from None
            try:
                return verify_document(data, path.name, ws)
            except NotAPack as error:
                raise AttestError(str(error)) from None

        return self._submit(None, use_case, on_done, on_error)

    # -- housekeeping

    def trust_problems(self, *, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Why this computer will not write to the workspace as it stands (reads only; empty if it will)."""
        return self._submit(None, lambda ws, _p: ws.check_seals().problems, on_done, on_error)

    def trust(self, reason: str, *, on_done: Done | None = None, on_error: Failed | None = None) -> TaskHandle:
        """Accept the workspace on this computer, as ``attest audit trust --reason`` does (audited)."""
        from attest.services.workspace import trust_workspace

        return self._submit(None, lambda ws, _p: trust_workspace(ws, reason), on_done, on_error)

    def unused_evidence(self, *, keep: Iterable[str] = (), on_done: Done | None = None,
                        on_error: Failed | None = None) -> TaskHandle:
        """Evidence files no record refers to (reads only); ``keep``: the captures waiting beside a step."""
        from attest.services.gc import unused_evidence

        held = tuple(keep)
        return self._submit(None, lambda ws, _p: unused_evidence(ws, keep=held), on_done, on_error)

    def collect_unused(self, *, keep: Iterable[str] = (), on_done: Done | None = None,
                       on_error: Failed | None = None) -> TaskHandle:
        """Remove them, as ``attest gc --apply`` does (under the write lock, audited)."""
        from attest.services.gc import collect_unused

        held = tuple(keep)
        return self._submit(None, lambda ws, _p: collect_unused(ws, keep=held), on_done, on_error)
