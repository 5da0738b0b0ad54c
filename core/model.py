"""The domain model: plain dataclasses, no Qt, no storage.

These are the shapes that importers produce, the store persists and both faces (CLI, GUI) show.
Statuses and classifications follow the MHHS qualification-testing rules (Passed / Failed / Blocked,
severity S1-S4, priority P1-P4) in ``shared/seeds``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class StepStatus(enum.StrEnum):
    """Outcome of one executed step."""

    PASSED = "passed"
    FAILED = "failed"
    BLOCKED = "blocked"
    NOT_RUN = "not-run"

    @property
    def label(self) -> str:
        return {"passed": "Passed", "failed": "Failed", "blocked": "Blocked", "not-run": "Not run"}[self.value]


class RunStatus(enum.StrEnum):
    """A run is in progress until finished; finishing derives one overall outcome."""

    IN_PROGRESS = "in-progress"
    PASSED = "passed"
    FAILED = "failed"
    BLOCKED = "blocked"
    INCOMPLETE = "incomplete"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class EvidenceKind(enum.StrEnum):
    SCREENSHOT = "screenshot"
    PAYLOAD = "payload"  # a message the tester sent
    RESPONSE = "response"  # what came back
    FILE = "file"  # anything else: logs, exports


class RedactionState(enum.StrEnum):
    """Where an evidence item stands with redaction. Only ``redacted`` items may ever be exported."""

    UNREDACTED = "unredacted"
    REDACTED = "redacted"


class DeviationKind(enum.StrEnum):
    SKIP = "skip"  # recorded a later step, leaving earlier ones unrecorded
    GO_BACK = "go-back"  # recorded an earlier, still unrecorded step after a later one
    RE_RECORD = "re-record"  # changed a step that already had a result
    NOTED = "noted"  # recorded in order, with a departure from the script noted by the tester
    AMEND = "amend"  # the step's text was corrected during the run (never while witnessed)


class Severity(enum.StrEnum):
    """A defect's severity on the plan's scale (definitions in :mod:`attest.core.scales`)."""

    S1 = "S1"  # MHHS: Critical
    S2 = "S2"  # Major
    S3 = "S3"  # Minor
    S4 = "S4"  # Low
    DCC1 = "1"  # DCC testing issue severity 1 (seed 000 Table 13) ...
    DCC2 = "2"
    DCC3 = "3"
    DCC4 = "4"
    DCC5 = "5"  # ... to 5

    @property
    def label(self) -> str:
        return self.value if self.value.startswith("S") else f"Sev {self.value}"


class Priority(enum.StrEnum):
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"


class DefectStatus(enum.StrEnum):
    """Open -> Fixed (ready for retest: seed 001's final status for a fix) -> Closed; or Rejected or
    Deferred. Workspaces before schema v8 said ``ready-for-retest`` for Fixed (migrated)."""

    OPEN = "open"
    FIXED = "fixed"
    CLOSED = "closed"
    REJECTED = "rejected"
    DEFERRED = "deferred"

    @property
    def label(self) -> str:
        return "Fixed (ready for retest)" if self is DefectStatus.FIXED else self.value.capitalize()

    @property
    def outstanding(self) -> bool:
        """Still counts against the phase's thresholds: not closed or rejected. A deferred defect is
        outstanding (it is carried to a work-off plan, not resolved)."""
        return self in (DefectStatus.OPEN, DefectStatus.FIXED, DefectStatus.DEFERRED)


class ObservationKind(enum.StrEnum):
    OBSERVATION = "observation"
    QUERY = "query"
    GAP = "gap"
    DEVIATION = "deviation"
    DEFECT_CANDIDATE = "defect-candidate"


@dataclass(frozen=True)
class Step:
    """One scripted step of a test case, as imported."""

    action: str
    expected: str = ""
    name: str | None = None  # a source's own step label (cactus step id, ALM "Step Name")
    checks: tuple[str, ...] = ()
    instructions: tuple[str, ...] = ()
    payload_template: str | None = None
    # the script asks for evidence at this step (seed 001: "we highlight what steps will require test
    # evidence"): Passed without any is refused unless a deviation reason is given
    evidence_required: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "action": self.action,
            "expected": self.expected,
            "name": self.name,
            "checks": list(self.checks),
            "instructions": list(self.instructions),
            "payload_template": self.payload_template,
        }
        if self.evidence_required:  # only when set: content (and its hash) of older cases is unchanged
            data["evidence_required"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        return cls(
            action=data["action"],
            expected=data.get("expected", ""),
            name=data.get("name"),
            checks=tuple(data.get("checks", ())),
            instructions=tuple(data.get("instructions", ())),
            payload_template=data.get("payload_template"),
            evidence_required=bool(data.get("evidence_required", False)),
        )


@dataclass(frozen=True)
class TestCase:
    """A scripted test case. ``content_dict`` is what gets versioned: same content, same version."""

    __test__ = False  # not a pytest test class, despite the name

    reference: str
    title: str
    steps: tuple[Step, ...]
    description: str = ""
    preconditions: str = ""
    test_data: str = ""
    source_file: str = ""
    source_format: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    origin: str = ""  # where in the source file the case starts ("line 12", "row 5"); not content

    def content_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "title": self.title,
            "description": self.description,
            "preconditions": self.preconditions,
            "test_data": self.test_data,
            "attributes": self.attributes,
            "steps": [s.to_dict() for s in self.steps],
        }

    @classmethod
    def from_content(cls, data: dict[str, Any], source_file: str = "", source_format: str = "") -> TestCase:
        return cls(
            reference=data["reference"],
            title=data["title"],
            description=data.get("description", ""),
            preconditions=data.get("preconditions", ""),
            test_data=data.get("test_data", ""),
            attributes=dict(data.get("attributes", {})),
            steps=tuple(Step.from_dict(s) for s in data["steps"]),
            source_file=source_file,
            source_format=source_format,
        )


@dataclass(frozen=True)
class StoredCase:
    """A test case as held in the workspace: a stable id plus the version currently in force."""

    id: int
    version: int
    version_id: int
    imported_at: datetime
    case: TestCase


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    run_id: int
    step_index: int
    sha256: str
    kind: EvidenceKind
    name: str
    caption: str
    size: int
    redaction: RedactionState
    added_at: datetime
    added_by: str
    annotations: tuple[Any, ...] = ()  # core.annotations.Annotation, drawn on by the pack builder
    # what redaction and the tester masked: {"kind", "box" or "line"/"column", "detector"}; None when the
    # item was recorded before masks were kept (schema v6)
    masks: tuple[dict[str, Any], ...] | None = None
    expected: ExpectedSeen | None = None  # a screenshot's look for its step's expected result (schema v11)

    @property
    def seen(self) -> ExpectedSeen | None:
        """The look as the item stands: a mask drawn on it since (by hand, or for a value found later)
        hides what it covers."""
        return None if self.expected is None else self.expected.under(self.masks)

    @property
    def mask_count(self) -> int | None:
        return None if self.masks is None else len(self.masks)


@dataclass(frozen=True)
class ExpectedSeen:
    """Whether what a step's expected result names (a status, a message, a value) was read on a screenshot
    where the stored, masked image still shows it. A pointer for the tester and the assurer, never a
    verdict: the tester records the status.

    ``looked_for``: the phrases taken from the expected result (case text, already through the gate);
    ``found``: those read outside every mask; ``boxes``: where, in image pixels (x0, y0, x1, y1), one per
    phrase found; ``step``: the step whose expected result was looked for."""

    step: int
    looked_for: tuple[str, ...]
    found: tuple[str, ...] = ()
    boxes: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def seen(self) -> bool:
        """Every phrase looked for was read, outside the masks."""
        return bool(self.looked_for) and len(self.found) == len(self.looked_for)

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.step, "looked_for": list(self.looked_for), "found": list(self.found),
                "boxes": [list(b) for b in self.boxes]}

    def under(self, masks: Any) -> ExpectedSeen:
        """What is still seen once ``masks`` (boxes, or mask records with a ``box``) are painted: a phrase a
        mask covers a third of or more is no longer seen (a mask drawn after the look hides it)."""
        covered = [tuple(int(v) for v in (m["box"] if isinstance(m, dict) else m)[:4]) for m in masks or ()
                   if not isinstance(m, dict) or "box" in m]
        kept = [(p, b) for p, b in zip(self.found, self.boxes, strict=True)
                if not any(mask_covers(c, b) for c in covered)]
        if len(kept) == len(self.found):
            return self
        return ExpectedSeen(self.step, self.looked_for, tuple(p for p, _b in kept), tuple(b for _p, b in kept))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExpectedSeen:
        return cls(int(data["step"]), tuple(str(t) for t in data.get("looked_for", ())),
                   tuple(str(t) for t in data.get("found", ())),
                   tuple((int(b[0]), int(b[1]), int(b[2]), int(b[3])) for b in data.get("boxes", ())))


def mask_covers(mask: tuple[int, ...], box: tuple[int, int, int, int]) -> bool:
    """A mask hides text when it covers a third of its box or more (then the evidence does not show it)."""
    x0, y0, x1, y1 = max(mask[0], box[0]), max(mask[1], box[1]), min(mask[2], box[2]), min(mask[3], box[3])
    if x1 <= x0 or y1 <= y0:
        return False
    return (x1 - x0) * (y1 - y0) * 3 >= max(1, (box[2] - box[0]) * (box[3] - box[1]))


@dataclass(frozen=True)
class StepResult:
    id: int
    run_id: int
    step_index: int
    status: StepStatus
    actual: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class Deviation:
    id: int
    run_id: int
    step_index: int
    kind: DeviationKind
    reason: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class Observation:
    id: int
    run_id: int
    step_index: int | None
    kind: ObservationKind
    text: str
    raised_by: str
    raised_at: datetime
    response: str = ""  # a query's answer
    action: str = ""  # the action agreed at the wash-up
    defect_id: int | None = None  # the defect a defect candidate became


class Role(enum.StrEnum):
    TESTER = "tester"
    WITNESS = "witness"
    OBSERVER = "observer"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Outcome(enum.StrEnum):
    """What the wash-up of a witnessed run agreed (DCC witness testing: the witness accepts the run,
    accepts it with observations to clear, does not accept it, or asks for a re-run)."""

    ACCEPTED = "accepted"
    ACCEPTED_WITH_OBSERVATIONS = "accepted-with-observations"
    NOT_ACCEPTED = "not-accepted"
    RERUN = "rerun"

    @property
    def label(self) -> str:
        return {"accepted": "Accepted", "accepted-with-observations": "Accepted with observations",
                "not-accepted": "Not accepted", "rerun": "Re-run required"}[self.value]


@dataclass(frozen=True)
class Participant:
    id: int
    run_id: int
    name: str
    organisation: str
    role: Role
    added_at: datetime


@dataclass(frozen=True)
class WashUp:
    outcome: Outcome
    signed_by: str  # the witness's typed sign-off
    signed_at: datetime


@dataclass(frozen=True)
class DefectChange:
    """One move of a defect through its lifecycle: who, when and why, and the retest that closed it."""

    id: int
    defect_id: int
    before: DefectStatus
    after: DefectStatus
    reason: str
    retest_run_id: int | None
    moved_by: str
    moved_at: datetime


@dataclass(frozen=True)
class Defect:
    id: int
    run_id: int
    step_index: int | None
    title: str
    severity: Severity
    priority: Priority
    status: DefectStatus
    raised_by: str
    raised_at: datetime
    description: str = ""
    evidence_ids: tuple[int, ...] = ()  # evidence items it was linked to
    retest_run_ids: tuple[int, ...] = ()  # runs linked as its retests
    history: tuple[DefectChange, ...] = ()


@dataclass(frozen=True)
class RunStep:
    """A step as frozen into a run, with what was recorded against it."""

    index: int  # 1-based, as testers count
    action: str
    expected: str
    name: str | None
    history: tuple[StepResult, ...] = ()  # every result recorded, oldest first (a re-recorded step has several)
    evidence: tuple[EvidenceItem, ...] = ()
    evidence_required: bool = False  # the script asks for evidence here

    @property
    def result(self) -> StepResult | None:
        """The current result: the latest recorded, if any."""
        return self.history[-1] if self.history else None

    @property
    def status(self) -> StepStatus | None:
        return self.result.status if self.result else None

    @property
    def expected_seen(self) -> bool | None:
        """Whether the expected result was read on any of the step's screenshots: True if on one, False if
        looked for and on none, None with no screenshot or nothing in the expected result to look for."""
        looks = [e.seen for e in self.evidence if e.kind is EvidenceKind.SCREENSHOT and e.seen is not None]
        if not looks:
            return None
        return any(look.seen for look in looks)


@dataclass(frozen=True)
class Run:
    id: int
    case_id: int
    case_version: int
    reference: str
    title: str
    tester: str
    environment: str
    status: RunStatus
    started_at: datetime
    finished_at: datetime | None
    steps: tuple[RunStep, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    observations: tuple[Observation, ...] = ()
    defects: tuple[Defect, ...] = ()
    data_refs: tuple[str, ...] = ()  # test data register references given at the start (MPAN001)
    witnessed: bool = False  # watched by a witness: the script is locked, a wash-up closes it
    purpose: str = ""  # the witnessed session's purpose
    participants: tuple[Participant, ...] = ()
    washup: WashUp | None = None
    plan_id: int | None = None  # the test plan it was started from
    retest_of: tuple[int, ...] = ()  # earlier runs it retests
    retests_defects: tuple[int, ...] = ()  # defects it retests

    @property
    def is_finished(self) -> bool:
        return self.status is not RunStatus.IN_PROGRESS


def overall_status(step_statuses: list[StepStatus | None]) -> RunStatus:
    """The run outcome from its steps' current statuses (``None`` = never recorded).

    Failed beats Blocked beats everything else; Passed needs every step passed.
    """
    if StepStatus.FAILED in step_statuses:
        return RunStatus.FAILED
    if StepStatus.BLOCKED in step_statuses:
        return RunStatus.BLOCKED
    if step_statuses and all(s is StepStatus.PASSED for s in step_statuses):
        return RunStatus.PASSED
    return RunStatus.INCOMPLETE


@dataclass(frozen=True)
class PlanCase:
    """A case's place in a suite: its order, assigned tester, configuration and regression flag."""

    id: int
    suite_id: int
    case_id: int
    reference: str
    title: str
    position: int  # 1-based order of execution within the suite
    tester: str = ""
    configuration: str = ""
    regression: bool = False


@dataclass(frozen=True)
class Suite:
    id: int
    plan_id: int
    name: str
    position: int
    cases: tuple[PlanCase, ...] = ()


@dataclass(frozen=True)
class Plan:
    """A test phase or cycle ("SIT cycle 2"): its suites of cases in order, its severity scale and its
    exit criteria (see :mod:`attest.core.exit_criteria`)."""

    id: int
    name: str
    programme: str
    release: str
    environment: str
    scale: str  # scales.Scale value: "mhhs" or "dcc"
    starts_on: str  # ISO date or ""
    ends_on: str
    created_at: datetime
    created_by: str
    criteria: dict[str, Any] = field(default_factory=dict)  # overrides of the scale's defaults
    suites: tuple[Suite, ...] = ()

    @property
    def cases(self) -> tuple[PlanCase, ...]:
        return tuple(c for s in self.suites for c in s.cases)
