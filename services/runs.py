"""Runs and steps: start (witnessed, with its participants, in one change), record, finish, amend
a step's text, observations and defects. Every function takes raw input and redacts it inside."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from attest.capture.intake import Redactor
from attest.core.errors import InputError, RunRuleError
from attest.core.model import (
    Defect,
    EvidenceKind,
    Observation,
    ObservationKind,
    Priority,
    Role,
    Run,
    Severity,
    StepResult,
    StepStatus,
)
from attest.core.redacted import Redacted, from_store
from attest.core.runs import DeviationNeeded, PreparedEvidence, StepPlan
from attest.core.workspace import Workspace
from attest.services.gate import Gate
from attest.services.workspace import gate as gate_for, who

__all__ = ["DeviationNeeded", "LeftOpen", "ParticipantInput", "RecordedStep", "amend_step", "check_step",
           "finish_run", "left_in_progress", "observe", "raise_defect", "record_step", "resume_step", "start_run"]


@dataclass(frozen=True)
class ParticipantInput:
    """A participant as typed: name, organisation and role (redacted and checked when the run starts)."""

    name: str
    organisation: str
    role: Role


@dataclass(frozen=True)
class RecordedStep:
    result: StepResult
    evidence: tuple[PreparedEvidence, ...]
    actual: Redacted
    caption: Redacted
    deviation: Redacted | None


def check_data_refs(ws: Workspace, gate: Gate, refs: Iterable[str], field: str = "--data") -> tuple[Redacted, ...]:
    """Test data is named by register reference (MPAN001), never by the identifier, and the reference
    must be in the register: the references go into the audit log for good."""
    checked = tuple(gate.reference(field, r) for r in refs if r.strip())
    if not checked:
        return ()
    known = {r.reference.upper() for r in ws.register.entries()} if ws.register.exists() else set()
    for ref in checked:
        if ref.upper() not in known:
            raise InputError(field, f"{ref} is not a reference in the test data register; register the test data "
                                    "first (attest register add) and give its reference (attest register list)")
    return checked


def start_run(ws: Workspace, case: str | int, *, tester: str = "", environment: str = "",
              data_refs: Sequence[str] = (), witnessed: bool = False, purpose: str = "",
              participants: Sequence[ParticipantInput] = (), fields: dict[str, str] | None = None,
              plan: str | int | None = None, retest_of: Sequence[int] = (), retests_defects: Sequence[int] = ()) -> Run:
    """Start a run of ``case`` (id or reference); a witnessed run with its purpose and participants
    is started in one change, so it is never left half set up. ``fields`` renames the fields in
    messages (the app says "Test data" where the command line says "--data")."""
    names = {"tester": "--tester", "data": "--data", "purpose": "--purpose", "participant": "--participant",
             **(fields or {})}
    gate = gate_for(ws)
    refs = check_data_refs(ws, gate, data_refs, names["data"])
    tester_name = gate.person(names["tester"], tester) if tester.strip() else who(ws, gate, None)
    env = gate.text(environment)
    why = gate.text(purpose)
    if why and not witnessed:
        raise InputError(names["purpose"], "a purpose is for a witnessed session; add --witnessed")
    if participants and not witnessed:
        raise InputError(names["participant"], "participants take part in a witnessed session; add --witnessed")
    people = [(gate.person(names["participant"], p.name), gate.text(p.organisation), p.role) for p in participants]
    stored = ws.cases.get(case)
    plan_id = ws.plans.find(plan).id if plan is not None and str(plan).strip() else None
    if plan_id is not None and not env:  # the plan's environment, unless the run names another
        env = from_store(ws.plans.get(plan_id).environment)
    with ws.store.write():
        run = ws.runs.start(stored.version_id, tester=tester_name, environment=env, data_refs=refs,
                            witnessed=witnessed, purpose=why, plan_id=plan_id, retest_of=tuple(retest_of),
                            retests_defects=tuple(retests_defects))
        for name, organisation, role in people:
            ws.witness.add_participant(run.id, name, organisation, role, by=tester_name)
        ws.witness.require_witness(run.id)
    return ws.runs.get(run.id)


def check_step(ws: Workspace, run_id: int, step: int | None, deviation: str | None = None, *,
               status: StepStatus | None = None, prepared: Sequence[PreparedEvidence] = (),
               files: Sequence[tuple[Path, EvidenceKind | None]] = ()) -> StepPlan:
    """Whether ``step`` may be recorded now (raises :class:`DeviationNeeded` if it needs a reason). With
    ``status``, also the evidence rules: Passed on a step that requires evidence with none attached
    (``prepared`` captures or ``files`` still to be stored count), or with a blank response."""
    # a blank response among ``files`` is found as they are recorded (they are not stored yet)
    return ws.runs.plan_step(ws.runs.get(run_id), step, deviation, status=status, evidence=tuple(prepared),
                             files_coming=bool(files))


def record_step(ws: Workspace, run_id: int, status: StepStatus, *, actual: str = "", step: int | None = None,
                deviation: str | None = None, files: Sequence[tuple[Path, EvidenceKind | None]] = (),
                caption: str = "", prepared: Sequence[PreparedEvidence] = (), by: str | None = None,
                redactor: Redactor | None = None, drafts: Sequence[int] = ()) -> RecordedStep:
    """Record a step's result with its evidence: ``files`` are redacted and stored here, ``prepared``
    items were captured earlier (``services.evidence.capture_bytes``); ``drafts`` names the waiting
    captures they are (``capture_draft``), consumed in the same transaction as the record."""
    from attest.services.evidence import capture_file, expected_at

    plan = check_step(ws, run_id, step, deviation, status=status, prepared=prepared, files=files)  # before storing any
    redactor = redactor or Redactor.for_workspace(ws, run_id=run_id)
    items = [expected_at(ws, run_id, plan.index, p) for p in prepared]
    if files:  # first, so that what they are masked for is masked in the typed text too
        items += [capture_file(ws, path, kind=kind, caption=caption, using=redactor, run_id=run_id, step=plan.index)
                  for path, kind in files]
    gate = Gate(redactor.register)
    said_actual, said_caption, said_deviation = gate.text(actual), gate.text(caption), gate.optional(deviation)
    person = gate.person("--by", by) if by is not None and by.strip() else None
    items = [replace(i, caption=gate.text(i.caption)) if i.caption else i for i in items]
    with ws.store.write():  # the record and the end of its captures' waiting: one transaction
        result = ws.runs.record_step(run_id, status, actual=said_actual, step=step, deviation=said_deviation,
                                     evidence=tuple(items), by=person)
        ws.drafts.remove(drafts)
    from attest.services.evidence import mask_recurring

    mask_recurring(ws, run_id, by=person, using=redactor)
    # what is echoed back is masked for every value the step's own items brought (a file named after
    # the customer whose name the payload beside it gives)
    final = Gate(redactor.register)
    items = [replace(i, name=final.file_name(i.name), caption=final.text(i.caption) if i.caption else i.caption)
             for i in items]
    return RecordedStep(result, tuple(items), final.text(said_actual), final.text(said_caption),
                        final.optional(said_deviation))


def finish_run(ws: Workspace, run_id: int, *, by: str | None = None) -> Run:
    gate = gate_for(ws, run_id)
    return ws.runs.finish(run_id, by=gate.person("--by", by) if by is not None and by.strip() else None)


def amend_step(ws: Workspace, run_id: int, step: int, *, action: str, expected: str | None, reason: str,
               by: str | None = None) -> Run:
    """Correct a step's text during the run (refused while witnessed); ``expected`` None: unchanged."""
    gate = gate_for(ws, run_id)
    run = ws.runs.get(run_id, with_details=False)
    if not 1 <= step <= len(run.steps):
        raise RunRuleError(f"run {run_id} has steps 1 to {len(run.steps)}; there is no step {step}")
    from attest.core.redacted import from_store

    kept = from_store(run.steps[step - 1].expected) if expected is None else gate.text(expected)
    return ws.runs.amend_step(run_id, step, action=gate.text(action), expected=kept, reason=gate.text(reason),
                              by=who(ws, gate, by, run=run))


def observe(ws: Workspace, run_id: int, kind: ObservationKind, text: str, *, by: str | None = None,
            step: int | None = None, recorded_by: str | None = None, by_field: str = "--by") -> Observation:
    """An observation raised by ``by`` (default: the login name), typed in by ``recorded_by``."""
    gate = gate_for(ws, run_id)
    raised = who(ws, gate, by, by_field)
    typist = gate.person("recorded by", recorded_by) if recorded_by is not None and recorded_by.strip() else None
    return ws.runs.add_observation(run_id, kind, gate.text(text), by=raised, step=step, recorded_by=typist)


def raise_defect(ws: Workspace, run_id: int, title: str, severity: Severity | str, priority: Priority | str, *,
                 by: str | None = None, step: int | None = None, description: str = "",
                 evidence: Sequence[int] = ()) -> Defect:
    """A defect on any run; ``severity`` and ``priority`` as typed ("S2", "3", "P1") are read on the
    scale of the run's plan (MHHS when the run has none and the value does not say)."""
    gate = gate_for(ws, run_id)
    return ws.runs.add_defect(run_id, gate.text(title), severity_of(ws, run_id, severity), priority_of(priority),
                              by=who(ws, gate, by), step=step, description=gate.text(description),
                              evidence=tuple(evidence))


def severity_of(ws: Workspace, run_id: int, given: Severity | str) -> Severity:
    if isinstance(given, Severity):
        return given
    from attest.core.scales import SEVERITIES, Scale, parse_severity

    run = ws.runs.get(run_id, with_details=False)
    if run.plan_id is not None:
        scale = Scale(ws.plans.get(run.plan_id).scale)
        scales = [scale]
    else:  # no plan: whichever scale the value belongs to
        scales = [Scale.MHHS, Scale.DCC]
    for scale in scales:
        found = parse_severity(scale, given)
        if found is not None:
            return found
    allowed = " or ".join(f"{', '.join(g.value for g in SEVERITIES[s])} ({s.label})" for s in scales)
    where = f"run {run_id}'s plan uses the {scales[0].label} scale; " if run.plan_id is not None else ""
    raise InputError("--severity", f"{where}expected {allowed}")  # (never the value: it may be anything typed)


def priority_of(given: Priority | str) -> Priority:
    if isinstance(given, Priority):
        return given
    from attest.core.scales import parse_priority

    found = parse_priority(given)
    if found is None:
        raise InputError("--priority", "expected P1, P2, P3 or P4")
    return found


# -- resuming a run ---------------------------------------------------------------------------------

def resume_step(run: Run, waiting_at: Sequence[int] = ()) -> int:
    """Where a reopened run continues: the step its newest waiting capture was taken beside, if that step
    is still unrecorded; else the first step after the last one recorded (a finished run: its first)."""
    if run.is_finished or not run.steps:
        return 1
    if waiting_at and 1 <= waiting_at[-1] <= len(run.steps) and run.steps[waiting_at[-1] - 1].result is None:
        return waiting_at[-1]
    recorded = [s.index for s in run.steps if s.result is not None]
    return min(max(recorded, default=0) + 1, len(run.steps))


@dataclass(frozen=True)
class LeftOpen:
    """A run left in progress: where it resumes and how many captures wait in it."""

    run: Run
    step: int
    waiting: int
    last_activity: datetime

    @property
    def steps(self) -> int:
        return len(self.run.steps)


def left_in_progress(ws: Workspace) -> list[LeftOpen]:
    """The runs in progress, the one to offer first first: captures waiting in it, then the latest activity
    (a step recorded, a capture taken, the start)."""
    found: list[LeftOpen] = []
    for summary in ws.runs.all():
        if summary.is_finished:
            continue
        run = ws.runs.get(summary.id, with_details=False)
        drafts, _refused = ws.drafts.for_run(run.id)
        moments = [run.started_at, *(s.result.recorded_at for s in run.steps if s.result is not None)]
        found.append(LeftOpen(run, resume_step(run, [d.step for d in drafts]), len(drafts), max(moments)))
    return sorted(found, key=lambda left: (left.waiting > 0, left.last_activity), reverse=True)
