"""The audit log's events, typed: one frozen class per kind of entry.

The writers (``core``, ``templates``) build an event and hand it to :meth:`attest.core.store.WriteTx.audit`;
:mod:`attest.core.integrity` reads entries back with :func:`parse` and matches on the class. The log's
format does not change with them: ``kind`` is the entry's ``action`` as it always was, the subject's id
is its ``entity_id``, and :meth:`AuditEvent.to_payload` gives exactly the ``details`` object the writers
used to build by hand (the store adds ``account``). So the hash chain of an existing workspace still
verifies, and :meth:`AuditEvent.from_payload` reads what older versions wrote: fields added later are
optional (``None`` or empty, and left out of the payload when so).

Fields this version added so that :mod:`integrity` can derive every stored column from the log (a case
version's row id, an item's size and mask list, a defect's description, the text a re-mask started from)
are optional in the same way: an entry of an older version lacks them and that value is not checkable.
``stamped``, on the kinds whose rows keep a time, says the rows carry the entry's own ``at`` as their
time (the store reads the clock once per transaction); older entries read a moment later, so their rows'
times cannot be compared.

An entry whose kind is not known here, or whose details do not fit its class, parses as
:class:`UnknownEvent`, which keeps the entry's own words; it still verifies in the chain.

Text a person typed or a file brought in is ``Redacted`` (it passed the gate on its way in); read back
from the log it is re-labelled with :func:`~attest.core.redacted.from_store`. Free-form JSON that the
log keeps as given (annotations, mask changes, mask counts, a pack's item hashes) stays a mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from attest.core.model import (
    DefectStatus,
    DeviationKind,
    EvidenceKind,
    ObservationKind,
    Outcome,
    Priority,
    RedactionState,
    Role,
    RunStatus,
    Severity,
    StepStatus,
)
from attest.core.redacted import EMPTY, Redacted, from_store

Payload = dict[str, Any]
JsonObject = Mapping[str, Any]

E = TypeVar("E", bound="AuditEvent")


@dataclass(frozen=True)
class AuditEvent:
    """One kind of audit entry. ``kind`` and ``entity`` are the entry's ``action`` and ``entity``."""

    kind: ClassVar[str] = ""
    entity: ClassVar[str] = ""

    @property
    def action(self) -> str:
        return self.kind

    @property
    def entity_type(self) -> str:
        return self.entity

    @property
    def entity_id(self) -> str:
        raise NotImplementedError

    def to_payload(self) -> Payload:
        """The entry's ``details``, exactly as the log keeps them (without the store's ``account``)."""
        raise NotImplementedError

    @classmethod
    def from_payload(cls: type[E], entity_id: str, payload: JsonObject) -> E:
        """Read an entry back; raises ``KeyError``, ``TypeError`` or ``ValueError`` if it does not fit."""
        raise NotImplementedError


def _text(value: Any) -> Redacted:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return from_store(value)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return value


def _optional_int(value: Any) -> int | None:
    return None if value is None else _int(value)


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return dict(value)


def _objects(value: Any) -> tuple[dict[str, Any], ...]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return tuple(_object(v) for v in value)


def _ints(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return tuple(_int(v) for v in value)


def _optional_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _stamped(payload: JsonObject) -> bool:
    """Whether the entry's rows carry its own time (written by this version on; absent before)."""
    value = payload.get("stamped", False)
    if not isinstance(value, bool):
        raise TypeError("stamped is not true or false")
    return value


def _stamp(payload: Payload, stamped: bool) -> Payload:
    if stamped:
        payload["stamped"] = True
    return payload


def _optional_objects(value: Any) -> tuple[dict[str, Any], ...] | None:
    return None if value is None else _objects(value)


def _counts(value: Any) -> dict[str, int]:
    return {_str(k): _int(v) for k, v in _object(value).items()}


# -- shared parts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeviationRecord:
    """A deviation as recorded with the step it concerns (``step.record``, ``step.amend``)."""

    id: int
    kind: DeviationKind
    reason: Redacted

    def to_payload(self) -> Payload:
        return {"id": self.id, "kind": self.kind.value, "reason": self.reason}

    @classmethod
    def from_payload(cls, payload: Any) -> DeviationRecord:
        data = _object(payload)
        return cls(_int(data["id"]), DeviationKind(data["kind"]), _text(data["reason"]))


@dataclass(frozen=True)
class StepText:
    """A step's action and expected result (``step.amend`` records them before and after)."""

    action: str
    expected: str

    def to_payload(self) -> Payload:
        return {"action": self.action, "expected": self.expected}

    @classmethod
    def from_payload(cls, payload: Any) -> StepText:
        data = _object(payload)
        return cls(_str(data["action"]), _str(data["expected"]))


@dataclass(frozen=True)
class RegisterListing:
    """A register entry as the log names it: its kind and reference, never its value. ``fingerprint`` is
    a keyed HMAC of the value (``register_store.Fingerprinter``), so that ``audit verify`` can tell the
    register still holds the value that was audited without the log holding anything a guess could be
    checked against; None: an entry written before it was recorded."""

    kind: str
    reference: str
    fingerprint: str | None = None

    def to_payload(self) -> Payload:
        payload: Payload = {"kind": self.kind, "reference": self.reference}
        if self.fingerprint is not None:
            payload["fingerprint"] = self.fingerprint
        return payload

    @classmethod
    def from_payload(cls, payload: Any) -> RegisterListing:
        data = _object(payload)
        return cls(_str(data["kind"]), _str(data["reference"]), _optional_str(data.get("fingerprint")))


# -- cases, settings, register -----------------------------------------------------------------------

@dataclass(frozen=True)
class CaseImported(AuditEvent):
    kind: ClassVar[str] = "case.import"
    entity: ClassVar[str] = "case"

    case_id: int
    reference: str
    version: int
    content_sha256: str
    source_file: str
    source_format: str
    version_id: int | None = None  # the case_versions row's id; None: an entry before it was recorded
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.case_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"reference": self.reference, "version": self.version,
                            "content_sha256": self.content_sha256, "source_file": self.source_file,
                            "source_format": self.source_format}
        if self.version_id is not None:
            payload["version_id"] = self.version_id
        return _stamp(payload, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> CaseImported:
        return cls(int(entity_id), _str(payload["reference"]), _int(payload["version"]),
                   _str(payload["content_sha256"]), _str(payload["source_file"]), _str(payload["source_format"]),
                   _optional_int(payload.get("version_id")), _stamped(payload))


@dataclass(frozen=True)
class ImportResumed(AuditEvent):
    """An import whose process was killed, finished by the next process that opened the workspace. Its cases
    keep their own ``case.import`` entries in the importer's name; this entry says who finished the import,
    when, and from which of its cases on, so that a gap in the log's times (the import stopped, and went on
    later) has its reason in the log."""

    kind: ClassVar[str] = "import.resume"
    entity: ClassVar[str] = "import"

    job: str  # the import's id (its queue's token)
    source_file: str  # as its case.import entries name it
    started_by: str  # who began it (the actor of its case.import entries)
    started_at: str
    resumed_at: int  # cases already stored when it was taken up
    total: int

    @property
    def entity_id(self) -> str:
        return self.job

    def to_payload(self) -> Payload:
        return {"source_file": self.source_file, "started_by": self.started_by, "started_at": self.started_at,
                "resumed_at": self.resumed_at, "total": self.total}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> ImportResumed:
        return cls(entity_id, _str(payload["source_file"]), _str(payload["started_by"]), _str(payload["started_at"]),
                   _int(payload["resumed_at"]), _int(payload["total"]))


@dataclass(frozen=True)
class OriginalsModeSet(AuditEvent):
    """``attest settings originals``: whether unredacted originals are kept (encrypted) or discarded."""

    kind: ClassVar[str] = "settings.originals"
    entity: ClassVar[str] = "workspace"

    mode: str

    @property
    def entity_id(self) -> str:
        return "originals"

    def to_payload(self) -> Payload:
        return {"mode": self.mode}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> OriginalsModeSet:
        return cls(_str(payload["mode"]))


@dataclass(frozen=True)
class RegisterCreated(AuditEvent):
    """The test data register's first write; ``key`` says where its key is held (never the key)."""

    kind: ClassVar[str] = "register.create"
    entity: ClassVar[str] = "register"

    workspace_id: str
    key: str

    @property
    def entity_id(self) -> str:
        return self.workspace_id

    def to_payload(self) -> Payload:
        return {"key": self.key}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> RegisterCreated:
        return cls(entity_id, _str(payload["key"]))


@dataclass(frozen=True)
class RegisterAdded(AuditEvent):
    kind: ClassVar[str] = "register.add"
    entity: ClassVar[str] = "register"

    entry: RegisterListing

    @property
    def entity_id(self) -> str:
        return self.entry.reference

    def to_payload(self) -> Payload:
        return self.entry.to_payload()

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> RegisterAdded:
        return cls(RegisterListing.from_payload(payload))


@dataclass(frozen=True)
class RegisterImported(AuditEvent):
    kind: ClassVar[str] = "register.import"
    entity: ClassVar[str] = "register"

    file: Redacted  # the CSV file's redacted name
    entries: tuple[RegisterListing, ...]

    @property
    def entity_id(self) -> str:
        return self.file

    def to_payload(self) -> Payload:
        # the fingerprints sit beside the entries, by reference, so that ``entries`` keeps the shape it
        # has always had (an older Attest reads it as it did)
        payload: Payload = {"file": self.file, "entries": [RegisterListing(e.kind, e.reference).to_payload()
                                                           for e in self.entries]}
        fingerprints = {e.reference: e.fingerprint for e in self.entries if e.fingerprint is not None}
        if fingerprints:
            payload["fingerprints"] = fingerprints
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> RegisterImported:
        fingerprints = {_str(k): _str(v) for k, v in _object(payload.get("fingerprints", {})).items()}
        listed = (RegisterListing.from_payload(e) for e in payload["entries"])
        return cls(_text(payload["file"]), tuple(RegisterListing(e.kind, e.reference, fingerprints.get(e.reference))
                                                 for e in listed))


# -- runs and steps ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RunStarted(AuditEvent):
    kind: ClassVar[str] = "run.start"
    entity: ClassVar[str] = "run"

    run_id: int
    case_id: int
    reference: str
    case_version: int
    environment: Redacted
    steps: int
    data_refs: tuple[Redacted, ...]
    witnessed: bool = False
    purpose: Redacted = EMPTY  # recorded only for a witnessed run
    plan_id: int | None = None  # the test plan it was started from (schema v8)
    retest_of: tuple[int, ...] = ()  # earlier runs it retests
    retests_defects: tuple[int, ...] = ()  # defects it retests
    first_step_id: int | None = None  # the run_steps row of step 1 (the others follow it); None: not recorded
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"case_id": self.case_id, "reference": self.reference, "case_version": self.case_version,
                            "environment": self.environment, "steps": self.steps, "data_refs": list(self.data_refs)}
        if self.witnessed:
            payload.update(witnessed=True, purpose=self.purpose)
        if self.plan_id is not None:
            payload["plan_id"] = self.plan_id
        if self.retest_of:
            payload["retest_of"] = list(self.retest_of)
        if self.retests_defects:
            payload["retests_defects"] = list(self.retests_defects)
        if self.first_step_id is not None:
            payload["first_step_id"] = self.first_step_id
        return _stamp(payload, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> RunStarted:
        witnessed = payload.get("witnessed", False)
        if not isinstance(witnessed, bool):
            raise TypeError("witnessed is not true or false")
        return cls(int(entity_id), _int(payload["case_id"]), _str(payload["reference"]), _int(payload["case_version"]),
                   _text(payload["environment"]), _int(payload["steps"]),
                   tuple(_text(r) for r in payload.get("data_refs", [])), witnessed,
                   _text(payload["purpose"]) if witnessed else EMPTY, _optional_int(payload.get("plan_id")),
                   _ints(payload.get("retest_of", [])), _ints(payload.get("retests_defects", [])),
                   _optional_int(payload.get("first_step_id")), _stamped(payload))


@dataclass(frozen=True)
class StepRecorded(AuditEvent):
    kind: ClassVar[str] = "step.record"
    entity: ClassVar[str] = "run"

    run_id: int
    step: int
    status: StepStatus
    result_id: int
    actual: Redacted
    evidence: tuple[str, ...]  # the SHA-256 of each item recorded with the result
    deviation: DeviationRecord | None = None
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"step": self.step, "status": self.status.value, "result_id": self.result_id,
                            "actual": self.actual, "evidence": list(self.evidence)}
        if self.deviation is not None:
            payload["deviation"] = self.deviation.to_payload()
        return _stamp(payload, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> StepRecorded:
        deviation = payload.get("deviation")
        return cls(int(entity_id), _int(payload["step"]), StepStatus(payload["status"]), _int(payload["result_id"]),
                   _text(payload["actual"]), tuple(_str(s) for s in payload["evidence"]),
                   None if deviation is None else DeviationRecord.from_payload(deviation), _stamped(payload))


@dataclass(frozen=True)
class StepAmended(AuditEvent):
    """A step's text corrected during an unwitnessed run, with the deviation that records why."""

    kind: ClassVar[str] = "step.amend"
    entity: ClassVar[str] = "run"

    run_id: int
    step: int
    before: StepText  # "from" in the payload
    after: StepText  # "to"
    deviation: DeviationRecord
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        return _stamp({"step": self.step, "from": self.before.to_payload(), "to": self.after.to_payload(),
                       "deviation": self.deviation.to_payload()}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> StepAmended:
        return cls(int(entity_id), _int(payload["step"]), StepText.from_payload(payload["from"]),
                   StepText.from_payload(payload["to"]), DeviationRecord.from_payload(payload["deviation"]),
                   _stamped(payload))


@dataclass(frozen=True)
class RunFinished(AuditEvent):
    kind: ClassVar[str] = "run.finish"
    entity: ClassVar[str] = "run"

    run_id: int
    status: RunStatus
    steps: dict[str, int]  # how many steps ended in each status, and "unrecorded"
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        return _stamp({"status": self.status.value, "steps": dict(self.steps)}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> RunFinished:
        return cls(int(entity_id), RunStatus(payload["status"]), _counts(payload["steps"]), _stamped(payload))


# -- evidence ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceAdded(AuditEvent):
    kind: ClassVar[str] = "evidence.add"
    entity: ClassVar[str] = "evidence"

    evidence_id: int
    run_id: int
    step: int
    sha256: str
    item_kind: EvidenceKind  # "kind" in the payload
    name: str  # the file's redacted name (capture's intake redacts it)
    caption: str
    redaction: RedactionState
    masked: dict[str, int] | None = None  # masks per kind; None: written before masks were counted
    mask_changes: tuple[dict[str, Any], ...] = ()  # masks added or removed by hand before recording
    annotations: tuple[dict[str, Any], ...] = ()  # drawn before the step was recorded
    size: int | None = None  # the file's size in bytes; None: not recorded (older entries)
    masks: tuple[dict[str, Any], ...] | None = None  # the item's mask list (places, never values); None: not recorded
    stamped: bool = True
    # a screenshot's look for its step's expected result (model.ExpectedSeen.to_dict); None: not looked
    expected: dict[str, Any] | None = None

    @property
    def entity_id(self) -> str:
        return str(self.evidence_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"run_id": self.run_id, "step": self.step, "sha256": self.sha256,
                            "kind": self.item_kind.value, "name": self.name, "caption": self.caption,
                            "redaction": self.redaction.value}
        if self.masked is not None:
            payload["masked"] = dict(self.masked)
        if self.mask_changes:
            payload["mask_changes"] = [dict(c) for c in self.mask_changes]
        if self.annotations:
            payload["annotations"] = [dict(a) for a in self.annotations]
        if self.size is not None:
            payload["size"] = self.size
        if self.masks is not None:
            payload["masks"] = [dict(m) for m in self.masks]
        if self.expected is not None:
            payload["expected"] = dict(self.expected)
        return _stamp(payload, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> EvidenceAdded:
        masked = payload.get("masked")
        expected = payload.get("expected")
        return cls(int(entity_id), _int(payload["run_id"]), _int(payload["step"]), _str(payload["sha256"]),
                   EvidenceKind(payload["kind"]), _str(payload["name"]), _str(payload["caption"]),
                   RedactionState(payload["redaction"]), None if masked is None else _counts(masked),
                   _objects(payload.get("mask_changes", [])), _objects(payload.get("annotations", [])),
                   _optional_int(payload.get("size")), _optional_objects(payload.get("masks")), _stamped(payload),
                   None if expected is None else _object(expected))


@dataclass(frozen=True)
class EvidenceAnnotated(AuditEvent):
    """A screenshot's annotations replaced (all of them: the latest entry is what the item holds)."""

    kind: ClassVar[str] = "evidence.annotate"
    entity: ClassVar[str] = "evidence"

    evidence_id: int
    run_id: int
    step: int
    annotations: tuple[dict[str, Any], ...]

    @property
    def entity_id(self) -> str:
        return str(self.evidence_id)

    def to_payload(self) -> Payload:
        return {"run_id": self.run_id, "step": self.step, "annotations": [dict(a) for a in self.annotations]}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> EvidenceAnnotated:
        return cls(int(entity_id), _int(payload["run_id"]), _int(payload["step"]), _objects(payload["annotations"]))


@dataclass(frozen=True)
class EvidenceMasked(AuditEvent):
    """A recorded screenshot swapped for the same capture with a mask added or removed."""

    kind: ClassVar[str] = "evidence.mask"
    entity: ClassVar[str] = "evidence"

    evidence_id: int
    run_id: int
    step: int
    before: str  # the file's SHA-256 before ("from" in the payload)
    after: str  # and after ("to")
    change: dict[str, Any]  # action, box, kind, detector, reason
    masked: dict[str, int]
    size: int | None = None  # the new file's size in bytes; None: not recorded (older entries)
    masks: tuple[dict[str, Any], ...] | None = None  # the item's whole mask list after; None: not recorded

    @property
    def entity_id(self) -> str:
        return str(self.evidence_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"run_id": self.run_id, "step": self.step, "from": self.before, "to": self.after,
                            "change": dict(self.change), "masked": dict(self.masked)}
        if self.size is not None:
            payload["size"] = self.size
        if self.masks is not None:
            payload["masks"] = [dict(m) for m in self.masks]
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> EvidenceMasked:
        return cls(int(entity_id), _int(payload["run_id"]), _int(payload["step"]), _str(payload["from"]),
                   _str(payload["to"]), _object(payload["change"]), _counts(payload["masked"]),
                   _optional_int(payload.get("size")), _optional_objects(payload.get("masks")))


# -- observations, defects, witness sessions ---------------------------------------------------------

@dataclass(frozen=True)
class ObservationAdded(AuditEvent):
    kind: ClassVar[str] = "observation.add"
    entity: ClassVar[str] = "observation"

    observation_id: int
    run_id: int
    step: int | None
    observation_kind: ObservationKind  # "kind" in the payload
    text: Redacted
    raised_by: Redacted
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.observation_id)

    def to_payload(self) -> Payload:
        return _stamp({"run_id": self.run_id, "step": self.step, "kind": self.observation_kind.value,
                       "text": self.text, "raised_by": self.raised_by}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> ObservationAdded:
        return cls(int(entity_id), _int(payload["run_id"]), _optional_int(payload["step"]),
                   ObservationKind(payload["kind"]), _text(payload["text"]), _text(payload["raised_by"]),
                   _stamped(payload))


@dataclass(frozen=True)
class TextMasked(AuditEvent):
    """Typed text masked again, because a value found later in the run's evidence recurs in it (a
    name a tester typed in step 2, found as a customer name in step 4's payload). The earlier entry
    keeps the text as typed: the log is append-only; the record and every export show this one."""

    kind: ClassVar[str] = "text.mask"
    entity: ClassVar[str] = "run"

    run_id: int
    table: str  # step_results, evidence_items (caption, file name), observations, defects or deviations
    row_id: int
    column: str
    text: Redacted
    # SHA-256 of the text it was masked from: the value the log recorded for that column (the writer
    # refuses a stored value that differs from it); None: an entry before it was recorded
    before_sha256: str | None = None

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"table": self.table, "row": self.row_id, "column": self.column, "text": self.text}
        if self.before_sha256 is not None:
            payload["before_sha256"] = self.before_sha256
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> TextMasked:
        return cls(int(entity_id), _str(payload["table"]), _int(payload["row"]), _str(payload["column"]),
                   _text(payload["text"]), _optional_str(payload.get("before_sha256")))


@dataclass(frozen=True)
class ObservationResponded(AuditEvent):
    kind: ClassVar[str] = "observation.respond"
    entity: ClassVar[str] = "observation"

    observation_id: int
    run_id: int
    response: Redacted

    @property
    def entity_id(self) -> str:
        return str(self.observation_id)

    def to_payload(self) -> Payload:
        return {"run_id": self.run_id, "response": self.response}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> ObservationResponded:
        return cls(int(entity_id), _int(payload["run_id"]), _text(payload["response"]))


@dataclass(frozen=True)
class ObservationPromoted(AuditEvent):
    kind: ClassVar[str] = "observation.promote"
    entity: ClassVar[str] = "observation"

    observation_id: int
    run_id: int
    defect_id: int

    @property
    def entity_id(self) -> str:
        return str(self.observation_id)

    def to_payload(self) -> Payload:
        return {"run_id": self.run_id, "defect_id": self.defect_id}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> ObservationPromoted:
        return cls(int(entity_id), _int(payload["run_id"]), _int(payload["defect_id"]))


@dataclass(frozen=True)
class DefectAdded(AuditEvent):
    kind: ClassVar[str] = "defect.add"
    entity: ClassVar[str] = "defect"

    defect_id: int
    run_id: int
    step: int | None
    title: Redacted
    severity: Severity
    priority: Priority
    description: Redacted | None = None  # None: an entry before it was recorded
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.defect_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"run_id": self.run_id, "step": self.step, "title": self.title,
                            "severity": self.severity.value, "priority": self.priority.value}
        if self.description is not None:
            payload["description"] = self.description
        return _stamp(payload, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> DefectAdded:
        description = payload.get("description")
        return cls(int(entity_id), _int(payload["run_id"]), _optional_int(payload["step"]), _text(payload["title"]),
                   Severity(payload["severity"]), Priority(payload["priority"]),
                   None if description is None else _text(description), _stamped(payload))


@dataclass(frozen=True)
class DefectMoved(AuditEvent):
    """A defect's lifecycle move (Open -> Fixed -> Closed, Rejected, Deferred, reopened), with why and,
    for a close, the retest run that passed."""

    kind: ClassVar[str] = "defect.move"
    entity: ClassVar[str] = "defect"

    defect_id: int
    change_id: int
    before: DefectStatus
    after: DefectStatus
    reason: Redacted
    retest_run_id: int | None
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.defect_id)

    def to_payload(self) -> Payload:
        return _stamp({"change_id": self.change_id, "before": self.before.value, "after": self.after.value,
                       "reason": self.reason, "retest_run_id": self.retest_run_id}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> DefectMoved:
        return cls(int(entity_id), _int(payload["change_id"]), DefectStatus(payload["before"]),
                   DefectStatus(payload["after"]), _text(payload["reason"]),
                   _optional_int(payload["retest_run_id"]), _stamped(payload))


@dataclass(frozen=True)
class DefectLinked(AuditEvent):
    """A defect's links as they stand after a change: the evidence items that show it and the runs
    that retest it."""

    kind: ClassVar[str] = "defect.link"
    entity: ClassVar[str] = "defect"

    defect_id: int
    evidence: tuple[int, ...]
    retests: tuple[int, ...]

    @property
    def entity_id(self) -> str:
        return str(self.defect_id)

    def to_payload(self) -> Payload:
        return {"evidence": list(self.evidence), "retests": list(self.retests)}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> DefectLinked:
        return cls(int(entity_id), _ints(payload["evidence"]), _ints(payload["retests"]))


# -- test plans --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanCreated(AuditEvent):
    kind: ClassVar[str] = "plan.create"
    entity: ClassVar[str] = "plan"

    plan_id: int
    name: Redacted
    programme: Redacted
    release: Redacted
    environment: Redacted
    scale: str
    starts_on: str
    ends_on: str
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.plan_id)

    def to_payload(self) -> Payload:
        return _stamp({"name": self.name, "programme": self.programme, "release": self.release,
                       "environment": self.environment, "scale": self.scale, "starts_on": self.starts_on,
                       "ends_on": self.ends_on}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> PlanCreated:
        return cls(int(entity_id), _text(payload["name"]), _text(payload["programme"]), _text(payload["release"]),
                   _text(payload["environment"]), _str(payload["scale"]), _str(payload["starts_on"]),
                   _str(payload["ends_on"]), _stamped(payload))


@dataclass(frozen=True)
class PlanCriteriaSet(AuditEvent):
    """The plan's exit criteria as changed from the scale's defaults (the whole override set)."""

    kind: ClassVar[str] = "plan.criteria"
    entity: ClassVar[str] = "plan"

    plan_id: int
    criteria: dict[str, Any]

    @property
    def entity_id(self) -> str:
        return str(self.plan_id)

    def to_payload(self) -> Payload:
        return {"criteria": dict(self.criteria)}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> PlanCriteriaSet:
        return cls(int(entity_id), _object(payload["criteria"]))


@dataclass(frozen=True)
class SuiteAdded(AuditEvent):
    kind: ClassVar[str] = "suite.add"
    entity: ClassVar[str] = "suite"

    suite_id: int
    plan_id: int
    name: Redacted
    position: int

    @property
    def entity_id(self) -> str:
        return str(self.suite_id)

    def to_payload(self) -> Payload:
        return {"plan_id": self.plan_id, "name": self.name, "position": self.position}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> SuiteAdded:
        return cls(int(entity_id), _int(payload["plan_id"]), _text(payload["name"]), _int(payload["position"]))


@dataclass(frozen=True)
class PlanCaseSet(AuditEvent):
    """A case put in a suite, or its place, tester, configuration or regression flag changed."""

    kind: ClassVar[str] = "plan.case"
    entity: ClassVar[str] = "plan_case"

    plan_case_id: int
    suite_id: int
    case_id: int
    position: int
    tester: Redacted
    configuration: Redacted
    regression: bool

    @property
    def entity_id(self) -> str:
        return str(self.plan_case_id)

    def to_payload(self) -> Payload:
        return {"suite_id": self.suite_id, "case_id": self.case_id, "position": self.position, "tester": self.tester,
                "configuration": self.configuration, "regression": self.regression}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> PlanCaseSet:
        regression = payload["regression"]
        if not isinstance(regression, bool):
            raise TypeError("regression is not true or false")
        return cls(int(entity_id), _int(payload["suite_id"]), _int(payload["case_id"]), _int(payload["position"]),
                   _text(payload["tester"]), _text(payload["configuration"]), regression)


@dataclass(frozen=True)
class CompletionReportWritten(AuditEvent):
    kind: ClassVar[str] = "plan.report"
    entity: ClassVar[str] = "plan"

    plan_id: int
    file: str
    sha256: str
    criteria_met: bool
    packs: dict[str, str] = field(default_factory=dict)  # pack file name -> SHA-256, as the manifest lists

    @property
    def entity_id(self) -> str:
        return str(self.plan_id)

    def to_payload(self) -> Payload:
        return {"file": self.file, "sha256": self.sha256, "criteria_met": self.criteria_met, "packs": dict(self.packs)}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> CompletionReportWritten:
        met = payload["criteria_met"]
        if not isinstance(met, bool):
            raise TypeError("criteria_met is not true or false")
        return cls(int(entity_id), _str(payload["file"]), _str(payload["sha256"]), met,
                   {_str(k): _str(v) for k, v in _object(payload.get("packs", {})).items()})


# -- Azure DevOps -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AdoConnected(AuditEvent):
    """The workspace's Azure DevOps connection set (never the token: only where it is kept)."""

    kind: ClassVar[str] = "ado.connect"
    entity: ClassVar[str] = "workspace"

    org_url: str
    project: str
    proxy: bool
    ca_bundle: str
    token_kept: str  # "the OS keyring" or the file
    area: str | None = None  # the area and iteration paths bugs are filed under; None: not recorded
    iteration: str | None = None

    @property
    def entity_id(self) -> str:
        return ""

    def to_payload(self) -> Payload:
        payload: Payload = {"org_url": self.org_url, "project": self.project, "proxy": self.proxy,
                            "ca_bundle": self.ca_bundle, "token_kept": self.token_kept}
        if self.area is not None:
            payload["area"] = self.area
        if self.iteration is not None:
            payload["iteration"] = self.iteration
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> AdoConnected:
        proxy = payload["proxy"]
        if not isinstance(proxy, bool):
            raise TypeError("proxy is not true or false")
        return cls(_str(payload["org_url"]), _str(payload["project"]), proxy, _str(payload["ca_bundle"]),
                   _str(payload["token_kept"]), _optional_str(payload.get("area")),
                   _optional_str(payload.get("iteration")))


@dataclass(frozen=True)
class AdoPulled(AuditEvent):
    """A test plan pulled from Azure DevOps, and the links it wrote: (kind, local id, ADO id, revision)."""

    kind: ClassVar[str] = "ado.pull"
    entity: ClassVar[str] = "plan"

    plan_id: int
    ado_plan: int
    links: tuple[tuple[str, int, int, int], ...]

    @property
    def entity_id(self) -> str:
        return str(self.plan_id)

    def to_payload(self) -> Payload:
        return {"ado_plan": self.ado_plan, "links": [list(link) for link in self.links]}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> AdoPulled:
        links = []
        for link in payload["links"]:
            if not isinstance(link, list) or len(link) != 4:
                raise TypeError("a link is not [kind, local id, ADO id, revision]")
            links.append((_str(link[0]), _int(link[1]), _int(link[2]), _int(link[3])))
        return cls(int(entity_id), _int(payload["ado_plan"]), tuple(links))


@dataclass(frozen=True)
class AdoSent(AuditEvent):
    """One thing a publish sent to Azure DevOps, recorded as soon as ADO has it (so a publish that is
    interrupted resumes without sending it twice): the test run, the result, an evidence item or the pack
    attached, with ADO's id."""

    kind: ClassVar[str] = "ado.send"
    entity: ClassVar[str] = "run"

    run_id: int
    what: str  # publish-run, publish-result, attachment, pack, outcome
    local_id: int  # the run, or the evidence item attached
    ado_id: int
    detail: str = ""  # the file name, or the outcome recorded

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        return {"what": self.what, "local_id": self.local_id, "ado_id": self.ado_id, "detail": self.detail}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> AdoSent:
        return cls(int(entity_id), _str(payload["what"]), _int(payload["local_id"]), _int(payload["ado_id"]),
                   _str(payload.get("detail", "")))


@dataclass(frozen=True)
class ParticipantAdded(AuditEvent):
    kind: ClassVar[str] = "participant.add"
    entity: ClassVar[str] = "participant"

    participant_id: int
    run_id: int
    name: Redacted
    organisation: Redacted
    role: Role
    stamped: bool = True

    @property
    def entity_id(self) -> str:
        return str(self.participant_id)

    def to_payload(self) -> Payload:
        return _stamp({"run_id": self.run_id, "name": self.name, "organisation": self.organisation,
                       "role": self.role.value}, self.stamped)

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> ParticipantAdded:
        return cls(int(entity_id), _int(payload["run_id"]), _text(payload["name"]), _text(payload["organisation"]),
                   Role(payload["role"]), _stamped(payload))


@dataclass(frozen=True)
class WashUpSigned(AuditEvent):
    """The wash-up that closes a witnessed run: outcome, sign-off and each observation's agreed action."""

    kind: ClassVar[str] = "run.washup"
    entity: ClassVar[str] = "run"

    run_id: int
    outcome: Outcome
    signed_by: Redacted
    signed_at: str  # ISO-8601, as the run row holds it
    actions: dict[int, Redacted] = field(default_factory=dict)  # observation id -> agreed action

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        return {"outcome": self.outcome.value, "signed_by": self.signed_by, "signed_at": self.signed_at,
                "actions": {str(k): v for k, v in sorted(self.actions.items())}}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> WashUpSigned:
        return cls(int(entity_id), Outcome(payload["outcome"]), _text(payload["signed_by"]),
                   _str(payload["signed_at"]),
                   {int(k): _text(v) for k, v in _object(payload.get("actions", {})).items()})


# -- documents ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackBuilt(AuditEvent):
    kind: ClassVar[str] = "pack.build"
    entity: ClassVar[str] = "run"

    run_id: int
    file: str  # the pack's file name (checked to hold no identifier before it is written)
    sha256: str
    items: dict[str, str] | int  # item name -> SHA-256 (the first packs recorded only how many)
    run_record_sha256: str
    audit_head: str
    with_files: bool
    manifest_sha256: str | None = None  # None: a pack built before the manifest's hash was recorded

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        payload: Payload = {"file": self.file, "sha256": self.sha256,
                            "items": self.items if isinstance(self.items, int) else dict(self.items),
                            "run_record_sha256": self.run_record_sha256, "audit_head": self.audit_head,
                            "with_files": self.with_files}
        if self.manifest_sha256 is not None:
            payload["manifest_sha256"] = self.manifest_sha256
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> PackBuilt:
        items = payload["items"]
        with_files = payload["with_files"]
        if not isinstance(with_files, bool):
            raise TypeError("with_files is not true or false")
        manifest = payload.get("manifest_sha256")
        return cls(int(entity_id), _str(payload["file"]), _str(payload["sha256"]),
                   _int(items) if isinstance(items, int) else {_str(k): _str(v) for k, v in _object(items).items()},
                   _str(payload["run_record_sha256"]), _str(payload["audit_head"]), with_files,
                   None if manifest is None else _str(manifest))


@dataclass(frozen=True)
class WitnessReportWritten(AuditEvent):
    kind: ClassVar[str] = "witness.report"
    entity: ClassVar[str] = "run"

    run_id: int
    file: str
    sha256: str
    outcome: Outcome | None  # the wash-up's, if it was signed

    @property
    def entity_id(self) -> str:
        return str(self.run_id)

    def to_payload(self) -> Payload:
        return {"file": self.file, "sha256": self.sha256,
                "outcome": None if self.outcome is None else self.outcome.value}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> WitnessReportWritten:
        outcome = payload["outcome"]
        return cls(int(entity_id), _str(payload["file"]), _str(payload["sha256"]),
                   None if outcome is None else Outcome(outcome))


# -- keys and trust ----------------------------------------------------------------------------------

def _versions(raw: Any) -> tuple[tuple[int, str], ...]:
    if not isinstance(raw, list):
        raise TypeError("expected a list of [version, applied_at] pairs")
    versions = []
    for pair in raw:
        if not isinstance(pair, list) or len(pair) != 2:
            raise TypeError("expected [version, applied_at] pairs")
        versions.append((_int(pair[0]), _str(pair[1])))
    return tuple(versions)


@dataclass(frozen=True)
class KeyCreated(AuditEvent):
    """A key epoch of the workspace (``workspace_keys``): the entries from here on are sealed with it.
    ``sealed_earlier`` counts the entries written before the workspace had any key (by an older Attest)
    that were sealed when this, its first key, was made; 0 for every later key."""

    kind: ClassVar[str] = "audit.key"
    entity: ClassVar[str] = "workspace"

    workspace_id: str
    key_id: str
    public_key: str  # base64 of the raw Ed25519 public key
    home: str  # keyring, passphrase or file
    sealed_earlier: int = 0
    schema: tuple[tuple[int, str], ...] = ()  # schema versions not yet recorded (see SchemaUpgraded)

    @property
    def entity_id(self) -> str:
        return self.workspace_id

    def to_payload(self) -> Payload:
        payload: Payload = {"key_id": self.key_id, "public_key": self.public_key, "home": self.home,
                            "sealed_earlier": self.sealed_earlier}
        if self.schema:
            payload["schema"] = [[v, at] for v, at in self.schema]
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> KeyCreated:
        return cls(entity_id, _str(payload["key_id"]), _str(payload["public_key"]), _str(payload["home"]),
                   _int(payload.get("sealed_earlier", 0)), _versions(payload.get("schema", [])))


@dataclass(frozen=True)
class SchemaUpgraded(AuditEvent):
    """The schema versions applied to the workspace since the log last said (``migrations``), with the time
    each was applied, recorded by the first change after an upgrade (in a new workspace, by its key's
    entry instead): the ``schema_version`` table is then checked against the log like any other."""

    kind: ClassVar[str] = "schema.upgrade"
    entity: ClassVar[str] = "workspace"

    workspace_id: str
    versions: tuple[tuple[int, str], ...]

    @property
    def entity_id(self) -> str:
        return self.workspace_id

    def to_payload(self) -> Payload:
        return {"versions": [[v, at] for v, at in self.versions]}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> SchemaUpgraded:
        return cls(entity_id, _versions(payload["versions"]))


@dataclass(frozen=True)
class AuditTrusted(AuditEvent):
    """``attest audit trust``: a person accepted this workspace as it stands on this computer (moved here,
    or restored on purpose), with a reason. ``head_seq``/``head_hash``: the head accepted; ``behind``: the
    head this computer had seen before (0 and empty when none); ``keys``: key ids accepted without their
    secret (their seals are not checked here, only the hash chain)."""

    kind: ClassVar[str] = "audit.trust"
    entity: ClassVar[str] = "workspace"

    workspace_id: str
    reason: Redacted
    head_seq: int
    head_hash: str
    seen_seq: int
    seen_hash: str
    keys: tuple[str, ...] = ()

    @property
    def entity_id(self) -> str:
        return self.workspace_id

    def to_payload(self) -> Payload:
        return {"reason": str(self.reason), "head_seq": self.head_seq, "head_hash": self.head_hash,
                "seen_seq": self.seen_seq, "seen_hash": self.seen_hash, "keys": list(self.keys)}

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> AuditTrusted:
        keys = payload.get("keys", [])
        if not isinstance(keys, list):
            raise TypeError("keys: expected a list")
        return cls(entity_id, _text(payload["reason"]), _int(payload["head_seq"]), _str(payload["head_hash"]),
                   _int(payload["seen_seq"]), _str(payload["seen_hash"]), tuple(_str(k) for k in keys))


# -- housekeeping ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceCollected(AuditEvent):
    """``attest gc --apply``: files of the evidence store no record referred to, removed (``files``, by
    SHA-256, with ``originals``: encrypted originals kept for them), and ``renditions``: keys of drawn
    copies of screenshots whose annotations have changed since, dropped from that cache. ``size`` is
    what the files held, in bytes; ``count`` in the payload is how many files went."""

    kind: ClassVar[str] = "evidence.gc"
    entity: ClassVar[str] = "workspace"

    files: tuple[str, ...]
    size: int  # "bytes" in the payload
    originals: tuple[str, ...] = ()
    renditions: tuple[str, ...] = ()

    @property
    def entity_id(self) -> str:
        return "evidence"

    def to_payload(self) -> Payload:
        payload: Payload = {"count": len(self.files) + len(self.originals), "bytes": self.size,
                            "sha256": list(self.files)}
        if self.originals:
            payload["originals"] = list(self.originals)
        if self.renditions:
            payload["renditions"] = list(self.renditions)
        return payload

    @classmethod
    def from_payload(cls, entity_id: str, payload: JsonObject) -> EvidenceCollected:
        def strings(name: str) -> tuple[str, ...]:
            value = payload.get(name, [])
            if not isinstance(value, list):
                raise TypeError(f"{name}: expected a list")
            return tuple(_str(v) for v in value)

        event = cls(strings("sha256"), _int(payload["bytes"]), strings("originals"), strings("renditions"))
        if _int(payload["count"]) != len(event.files) + len(event.originals):
            raise ValueError("count differs from the files listed")
        return event


# -- anything else -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class UnknownEvent(AuditEvent):
    """An entry of a kind this version does not know, or whose details do not fit its class: kept as
    recorded, so that it still verifies and can be shown."""

    recorded_action: str
    recorded_entity: str
    recorded_id: str
    payload: dict[str, Any]

    @property
    def action(self) -> str:
        return self.recorded_action

    @property
    def entity_type(self) -> str:
        return self.recorded_entity

    @property
    def entity_id(self) -> str:
        return self.recorded_id

    def to_payload(self) -> Payload:
        return dict(self.payload)


EVENTS: tuple[type[AuditEvent], ...] = (
    CaseImported, ImportResumed, OriginalsModeSet, RegisterCreated, RegisterAdded, RegisterImported,
    RunStarted, StepRecorded, StepAmended, RunFinished,
    EvidenceAdded, EvidenceAnnotated, EvidenceMasked, TextMasked,
    ObservationAdded, ObservationResponded, ObservationPromoted, DefectAdded, DefectMoved, DefectLinked,
    ParticipantAdded, WashUpSigned, PlanCreated, PlanCriteriaSet, SuiteAdded, PlanCaseSet,
    PackBuilt, WitnessReportWritten, CompletionReportWritten, AdoConnected, AdoPulled, AdoSent,
    KeyCreated, AuditTrusted, SchemaUpgraded, EvidenceCollected,
)

BY_KIND: dict[str, type[AuditEvent]] = {cls.kind: cls for cls in EVENTS}

ACCOUNT = "account"  # the OS login the store adds to every entry's details


def parse(action: str, entity: str, entity_id: str, details: JsonObject) -> AuditEvent:
    """The typed event of one entry (its ``details`` without ``account``, which the store adds)."""
    payload = {k: v for k, v in details.items() if k != ACCOUNT}
    cls = BY_KIND.get(action)
    if cls is not None and cls.entity == entity:
        try:
            return cls.from_payload(entity_id, payload)
        except (KeyError, TypeError, ValueError):
            pass
    return UnknownEvent(action, entity, entity_id, payload)
