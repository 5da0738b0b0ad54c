"""The run state machine: start a run on a frozen copy of a case, record steps in order, finish.

Rules (from the DCC witness-testing approach: no deviation from the script without a record):
- steps are recorded in order: the next step is the one after the highest recorded step;
- recording any other step (skipping ahead, going back, changing a recorded result) needs a
  deviation reason, which is stored with the result and audited;
- finishing derives the overall status and freezes the run: nothing more can be recorded.
Every change is one transaction that also appends its audit entries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from attest.core.annotations import Annotation, annotations_json, load_stored
from attest.core import audit_events as events
from attest.core import integrity
from attest.core.cases import CaseRepository
from attest.core.errors import InputError, NotFound, RunRuleError, WorkspaceError
from attest.core.evidence_store import EvidenceStore
from attest.core.model import (
    Defect,
    DefectStatus,
    Deviation,
    DeviationKind,
    EvidenceItem,
    EvidenceKind,
    ExpectedSeen,
    Observation,
    ObservationKind,
    Outcome,
    Participant,
    Priority,
    RedactionState,
    Role,
    Run,
    RunStatus,
    RunStep,
    Severity,
    StepResult,
    StepStatus,
    WashUp,
    overall_status,
)
from attest.core.redacted import EMPTY, Redacted, from_store
from attest.core.store import Store, WriteTx, iso, parse_iso


@dataclass(frozen=True)
class PreparedEvidence:
    """An evidence file already stored in ``evidence/`` by the intake path, waiting to be recorded."""

    sha256: str
    kind: EvidenceKind
    name: str
    caption: str
    size: int
    redaction: RedactionState
    findings: tuple[dict[str, Any], ...] = ()  # what redaction masked: kind, place, detector; no values
    # masks the tester added or removed before recording ({"action", "box", "kind", "detector",
    # "reason"}); audited with the item, since removing an automatic mask is a decision someone owns
    mask_changes: tuple[dict[str, Any], ...] = ()
    annotations: tuple[Annotation, ...] = ()  # drawn in the app before the step was recorded
    expected: ExpectedSeen | None = None  # a screenshot's look for the expected result of the step it was taken at

    @property
    def seen(self) -> ExpectedSeen | None:
        """The look as the capture stands: a mask drawn on it since hides what it covers (as
        ``EvidenceItem.seen`` once recorded)."""
        return None if self.expected is None else self.expected.under(self.findings)


class DeviationNeeded(RunRuleError):
    """Recording this step breaks the order; it may be done with a deviation reason."""

    def __init__(self, message: str, step_index: int) -> None:
        super().__init__(message)
        self.step_index = step_index


class EvidenceNeeded(DeviationNeeded):
    """Passed without the evidence the step asks for, or with a blank response: it may be recorded
    with a deviation reason."""


@dataclass(frozen=True)
class StepPlan:
    index: int
    deviation_kind: DeviationKind | None


class RunService:
    def __init__(self, store: Store, evidence: EvidenceStore, actor: str) -> None:
        self.store = store
        self.evidence = evidence
        self.actor = actor

    # -- starting -------------------------------------------------------------------------------

    def start(self, case_version_id: int, *, tester: Redacted, environment: Redacted = EMPTY,
              data_refs: tuple[Redacted, ...] = (), witnessed: bool = False, purpose: Redacted = EMPTY,
              plan_id: int | None = None, retest_of: tuple[int, ...] = (),
              retests_defects: tuple[int, ...] = ()) -> Run:
        stored = CaseRepository(self.store, self.actor).get_version(case_version_id)
        case = stored.case
        if not case.steps:
            raise RunRuleError(f"test case {case.reference} has no steps; nothing to run")
        tester = from_store(tester.strip()) or from_store(self.actor)
        with self.store.write() as tx:
            self._check_links(stored.id, case.reference, plan_id, retest_of, retests_defects)
            now = tx.now()
            run_id = tx.insert("runs", {
                "case_id": stored.id, "case_version_id": stored.version_id, "reference": case.reference,
                "title": case.title, "tester": tester, "environment": environment,
                "status": RunStatus.IN_PROGRESS.value, "started_at": now, "finished_at": None,
                "snapshot": case.content_dict(), "data_refs": list(data_refs),
                "witnessed": int(witnessed), "purpose": purpose.strip() if witnessed else "", "plan_id": plan_id,
                "retest_of": list(retest_of), "retests_defects": list(retests_defects),
            })
            step_ids = [tx.insert("run_steps", {"run_id": run_id, "step_index": index, "action": step.action,
                                                "expected": step.expected, "name": step.name})
                        for index, step in enumerate(case.steps, start=1)]  # ids in a row: one write lock
            tx.audit(tester, events.RunStarted(
                run_id, stored.id, case.reference, stored.version, environment, len(case.steps), tuple(data_refs),
                witnessed, from_store(purpose.strip()) if witnessed else EMPTY, plan_id, tuple(retest_of),
                tuple(retests_defects), step_ids[0]))
        return self.get(run_id)

    def _check_links(self, case_id: int, reference: str, plan_id: int | None, retest_of: tuple[int, ...],
                     retests_defects: tuple[int, ...]) -> None:
        """A run from a plan is of one of the plan's cases; a retest is of an earlier finished run of the
        same case, or of a defect raised on a run (of any case: a fix may be retested by another test)."""
        if plan_id is not None:
            plan = self.store.one("SELECT name FROM plans WHERE id = ?", (plan_id,))
            if plan is None:
                raise NotFound(f"no plan {plan_id} (see `attest plan list`)")
            if self.store.one("SELECT 1 FROM plan_cases pc JOIN suites s ON s.id = pc.suite_id"
                              " WHERE s.plan_id = ? AND pc.case_id = ?", (plan_id, case_id)) is None:
                raise RunRuleError(f"test case {reference} is not in plan {plan_id} ({plan['name']}); add it first "
                                   f"(attest plan add {plan_id} --suite SUITE {reference})")
        for earlier in retest_of:
            row = self.store.one("SELECT case_id, status, reference FROM runs WHERE id = ?", (earlier,))
            if row is None:
                raise NotFound(f"--retest: no run {earlier} (see `attest runs`)")
            if row["case_id"] != case_id:
                raise RunRuleError(f"--retest: run {earlier} is of {row['reference']}, not {reference}; a retest "
                                   "runs the same case again")
            if row["status"] == RunStatus.IN_PROGRESS.value:
                raise RunRuleError(f"--retest: run {earlier} is still in progress; finish it before retesting it")
        for defect_id in retests_defects:
            row = self.store.one("SELECT status FROM defects WHERE id = ?", (defect_id,))
            if row is None:
                raise NotFound(f"--retests-defect: no defect {defect_id} (see `attest defect list`)")
            if row["status"] in (DefectStatus.CLOSED.value, DefectStatus.REJECTED.value):
                raise RunRuleError(f"--retests-defect: defect {defect_id} is {row['status']}; reopen it first "
                                   f"(attest defect move {defect_id} --to open --reason ...)")

    # -- reading --------------------------------------------------------------------------------

    def get(self, run_id: int, *, with_details: bool = True) -> Run:
        """The run with its steps and current results; evidence, deviations, observations and defects
        too unless ``with_details`` is false (the run rules need only the results)."""
        row = self.store.one("SELECT r.*, v.version AS case_version FROM runs r"
                             " JOIN case_versions v ON v.id = r.case_version_id WHERE r.id = ?", (run_id,))
        if row is None:
            raise NotFound(f"no run {run_id} (see `attest runs`)")
        history: dict[int, list[StepResult]] = {}
        for r in self.store.query("SELECT * FROM step_results WHERE run_id = ? ORDER BY id", (run_id,)):
            history.setdefault(r["step_index"], []).append(_result(r))
        evidence: dict[int, list[EvidenceItem]] = {}
        if with_details:
            for e in self.store.query("SELECT * FROM evidence_items WHERE run_id = ? ORDER BY id", (run_id,)):
                evidence.setdefault(e["step_index"], []).append(_evidence(e))
        required = _evidence_required(row["snapshot"])
        steps = tuple(
            RunStep(index=s["step_index"], action=s["action"], expected=s["expected"] or "", name=s["name"],
                    history=tuple(history.get(s["step_index"], ())),
                    evidence=tuple(evidence.get(s["step_index"], ())),
                    evidence_required=s["step_index"] in required)
            for s in self.store.query("SELECT * FROM run_steps WHERE run_id = ? ORDER BY step_index", (run_id,))
        )
        if not with_details:
            return _run(row, steps)
        return _run(row, steps,
                    deviations=tuple(_deviation(d) for d in self.store.query(
                        "SELECT * FROM deviations WHERE run_id = ? ORDER BY id", (run_id,))),
                    observations=tuple(_observation(o) for o in self.store.query(
                        "SELECT * FROM observations WHERE run_id = ? ORDER BY id", (run_id,))),
                    defects=tuple(_defect(d) for d in self.store.query(
                        "SELECT * FROM defects WHERE run_id = ? ORDER BY id", (run_id,))),
                    participants=tuple(_participant(p) for p in self.store.query(
                        "SELECT * FROM participants WHERE run_id = ? ORDER BY id", (run_id,))))

    def all(self) -> list[Run]:
        rows = self.store.query("SELECT r.*, v.version AS case_version FROM runs r"
                                " JOIN case_versions v ON v.id = r.case_version_id ORDER BY r.id")
        return [_run(r, ()) for r in rows]

    def data_refs(self, run_id: int) -> list[str]:
        row = self.store.one("SELECT data_refs FROM runs WHERE id = ?", (run_id,))
        if row is None:
            raise NotFound(f"no run {run_id} (see `attest runs`)")
        return list(json.loads(row["data_refs"] or "[]"))

    # -- recording ------------------------------------------------------------------------------

    def plan_step(self, run: Run, step: int | None = None, deviation: str | None = None, *,
                  status: StepStatus | None = None, evidence: tuple[PreparedEvidence, ...] = (),
                  files_coming: bool = False) -> StepPlan:
        """Which step a recording goes to, and whether it is a deviation; refuses what the rules refuse.
        With ``status`` and the ``evidence`` to go with it, also the evidence rules (see
        :meth:`evidence_problem`); ``files_coming``: files not yet stored will be attached too."""
        if run.is_finished:
            assert run.finished_at is not None
            raise RunRuleError(
                f"run {run.id} is finished ({run.status.label} at {iso(run.finished_at)}); "
                "nothing more can be recorded on it"
            )
        count = len(run.steps)
        recorded = {s.index for s in run.steps if s.result is not None}
        next_index = max(recorded, default=0) + 1
        if step is None:
            if next_index > count:
                gaps = [s.index for s in run.steps if s.result is None]
                if gaps:
                    raise RunRuleError(
                        f"the last step of run {run.id} is recorded; {_steps_phrase(gaps)} skipped: record "
                        "one with a deviation, or finish the run"
                    )
                raise RunRuleError(
                    f"all {count} steps of run {run.id} are recorded; finish the run, or change a step with a deviation"
                )
            target = next_index
        elif not 1 <= step <= count:
            raise RunRuleError(f"run {run.id} has steps 1 to {count}; there is no step {step}")
        else:
            target = step
        kind: DeviationKind | None
        if target in recorded:
            current = run.steps[target - 1].result
            assert current is not None
            kind = DeviationKind.RE_RECORD
            problem = (f"step {target} is already recorded ({current.status.label} by {current.recorded_by} "
                       f"at {iso(current.recorded_at)}); changing it needs a deviation reason")
        elif target > next_index:
            kind = DeviationKind.SKIP
            skipped = f"step {next_index}" if target - next_index == 1 else f"steps {next_index}-{target - 1}"
            problem = (f"step {target} is out of order: the next step is {next_index} ({skipped} would be skipped); "
                       "recording it needs a deviation reason")
        elif target < next_index:
            kind = DeviationKind.GO_BACK
            problem = (f"step {target} is out of order: step {next_index - 1} is already recorded and the next "
                       f"step is {next_index}; going back needs a deviation reason")
        else:
            kind = None
            problem = ""
        if kind is not None and not (deviation or "").strip():
            raise DeviationNeeded(problem, target)
        if status is StepStatus.PASSED and not (deviation or "").strip():
            evidence_problem = self.evidence_problem(run.steps[target - 1], evidence, files_coming=files_coming)
            if evidence_problem:
                raise EvidenceNeeded(evidence_problem, target)
        if kind is None and (deviation or "").strip():
            kind = DeviationKind.NOTED  # in order, but the tester records a departure from the script
        return StepPlan(target, kind)

    def _check_hands_on(self, run: Run, who: str) -> None:
        """Witness rules (seed 000, DCC witness testing): a witnessed run is executed with a witness
        present, and never by the witness ("No hands-on execution by witnesses")."""
        if not run.witnessed:
            return
        witnesses = [p for p in run.participants if p.role is Role.WITNESS]
        if not witnesses:
            raise RunRuleError(f"run {run.id} is witnessed but has no witness; add one before recording steps "
                               f"(attest run participant {run.id} --role witness --name NAME)")
        if any(same_person(p.name, who) for p in witnesses):
            raise RunRuleError(f"{who} is a witness of run {run.id}; witnesses do not execute steps (no hands-on "
                               "execution by witnesses); the tester records them")

    def evidence_problem(self, step: RunStep, evidence: tuple[PreparedEvidence, ...], *,
                         files_coming: bool = False) -> str | None:
        """Why Passed cannot be recorded on ``step`` with ``evidence`` added to what it holds, else None:
        the script asks for evidence and there is none, or a response attached is empty, blank or null
        (seed 000 SIT.9: "A blank / null response cannot result in a passed test")."""
        if step.evidence_required and not step.evidence and not evidence and not files_coming:
            return (f"step {step.index} requires test evidence and none is attached; Passed needs evidence, or a "
                    "deviation reason saying why there is none")
        responses = [(e.name, e.sha256) for e in step.evidence if e.kind is EvidenceKind.RESPONSE]
        responses += [(e.name, e.sha256) for e in evidence if e.kind is EvidenceKind.RESPONSE]
        for name, sha256 in responses:
            if _blank_response(self.evidence.get(sha256)):
                return (f"step {step.index}: the response {name} is empty, blank or null, which cannot result in a "
                        "passed test (SIT.9); attach the real response, or give a deviation reason")
        return None

    def record_step(self, run_id: int, status: StepStatus, *, actual: Redacted = EMPTY, step: int | None = None,
                    deviation: Redacted | None = None, evidence: tuple[PreparedEvidence, ...] = (),
                    by: Redacted | None = None) -> StepResult:
        with self.store.write() as tx:
            run = self.get(run_id)  # re-read under the write lock: another process; with its evidence
            plan = self.plan_step(run, step, deviation, status=status, evidence=evidence)
            who = (by or run.tester).strip() or self.actor
            self._check_hands_on(run, who)
            now = tx.now()
            result_id = tx.insert("step_results", {
                "run_id": run_id, "step_index": plan.index, "status": status.value, "actual": actual,
                "recorded_by": who, "recorded_at": now,
            })
            recorded_deviation = None
            if plan.deviation_kind is not None:
                assert deviation is not None
                deviation_id = tx.insert("deviations", {
                    "run_id": run_id, "step_index": plan.index, "kind": plan.deviation_kind.value,
                    "reason": deviation.strip(), "recorded_by": who, "recorded_at": now,
                })
                recorded_deviation = events.DeviationRecord(deviation_id, plan.deviation_kind,
                                                            from_store(deviation.strip()))
            tx.audit(who, events.StepRecorded(run_id, plan.index, status, result_id, actual,
                                              tuple(e.sha256 for e in evidence), recorded_deviation))
            for item in evidence:
                self._add_evidence(tx, run_id, plan.index, result_id, item, who)
        return _result(self.store.one("SELECT * FROM step_results WHERE id = ?", (result_id,)) or {})

    def _check_present(self, item: PreparedEvidence) -> None:
        """Never commit a row pointing at no file. Called under the write lock, which ``attest gc``
        holds while it removes files no row names."""
        if not self.evidence.present(item.sha256, item.size):
            raise RunRuleError(f"evidence file {item.name} ({item.sha256[:12]}…) is missing from the workspace")

    def _add_evidence(self, tx: WriteTx, run_id: int, step_index: int, result_id: int | None,
                      item: PreparedEvidence, who: str) -> int:
        self._check_present(item)
        evidence_id = tx.insert("evidence_items", {
            "run_id": run_id, "step_index": step_index, "result_id": result_id, "sha256": item.sha256,
            "kind": item.kind.value, "name": item.name, "caption": item.caption, "size": item.size,
            "redaction": item.redaction.value, "added_by": who, "added_at": tx.now(),
            "masks": json.dumps(_mask_records(item.findings)), "annotations": annotations_json(item.annotations),
            "expected": None if item.expected is None else json.dumps(item.expected.to_dict()),
        })
        tx.audit(who, events.EvidenceAdded(
            evidence_id, run_id, step_index, item.sha256, item.kind, item.name, item.caption, item.redaction,
            _mask_counts(item.findings), tuple(item.mask_changes),
            tuple(json.loads(annotations_json(item.annotations))) if item.annotations else (), item.size,
            tuple(_mask_records(item.findings)), expected=None if item.expected is None else item.expected.to_dict()))
        return evidence_id

    def finish(self, run_id: int, *, by: Redacted | None = None) -> Run:
        with self.store.write() as tx:
            run = self.get(run_id, with_details=False)
            if run.is_finished:
                assert run.finished_at is not None
                raise RunRuleError(f"run {run_id} is already finished ({run.status.label} at {iso(run.finished_at)})")
            status = overall_status([s.status for s in run.steps])
            now = tx.now()
            tx.update("runs", run_id, {"status": status.value, "finished_at": now})
            who = (by or run.tester).strip() or self.actor
            counts = {s.value: sum(1 for st in run.steps if st.status is s) for s in StepStatus}
            counts["unrecorded"] = sum(1 for st in run.steps if st.status is None)
            tx.audit(who, events.RunFinished(run_id, status, counts))
        return self.get(run_id)

    # -- annotations ----------------------------------------------------------------------------

    def evidence_item(self, evidence_id: int) -> EvidenceItem:
        row = self.store.one("SELECT * FROM evidence_items WHERE id = ?", (evidence_id,))
        if row is None:
            raise NotFound(f"no evidence item {evidence_id} (see `attest run show RUN`)")
        return _evidence(row)

    def annotate(self, evidence_id: int, annotations: tuple[Annotation, ...], *, by: Redacted) -> EvidenceItem:
        """Replace a screenshot's annotations. Allowed on a finished run too: annotating is preparing
        the evidence for the pack, not changing what was recorded; each change is audited."""
        item = self.evidence_item(evidence_id)
        if item.kind is not EvidenceKind.SCREENSHOT:
            raise RunRuleError(f"evidence item {evidence_id} ({item.name}) is a {item.kind.value}; "
                               "only screenshots carry annotations")
        stored = annotations_json(annotations)
        with self.store.write() as tx:
            tx.update("evidence_items", evidence_id, {"annotations": stored})
            tx.audit(by, events.EvidenceAnnotated(evidence_id, item.run_id, item.step_index,
                                                  tuple(json.loads(stored))))
        return self.evidence_item(evidence_id)

    def remask(self, evidence_id: int, prepared: PreparedEvidence, change: dict[str, Any], *,
               by: Redacted) -> EvidenceItem:
        """Swap a recorded screenshot for the same capture with a mask added or removed.

        ``prepared`` is the new file, already through the mask path in ``capture`` (painted, leak
        scanned, stored). Allowed on a finished run too, as annotating is: a mask missed at capture
        must be fixable whenever it is found. The audit entry names the file before and after, the
        box, and for a removal the reason, so an assurer can see who unmasked what and why."""
        item = self.evidence_item(evidence_id)
        if item.kind is not EvidenceKind.SCREENSHOT:
            raise RunRuleError(f"evidence item {evidence_id} ({item.name}) is a {item.kind.value}; "
                               "masks are drawn on screenshots only")
        if change.get("action") == "remove" and not str(change.get("reason", "")).strip():
            raise RunRuleError("removing a mask needs a reason; it is kept in the audit log")
        if not self.evidence.present(prepared.sha256, prepared.size):
            raise RunRuleError(f"evidence file {prepared.name} ({prepared.sha256[:12]}…) is missing from the workspace")
        with self.store.write() as tx:
            current = self.evidence_item(evidence_id)  # re-read under the write lock
            if current.sha256 != item.sha256:
                raise RunRuleError(f"evidence item {evidence_id} changed while its masks were edited; "
                                   "open it again")
            self._check_present(prepared)  # again under the lock: `attest gc` removes files under it
            masks = _mask_records(prepared.findings)
            tx.update("evidence_items", evidence_id, {"sha256": prepared.sha256, "size": prepared.size,
                                                      "masks": json.dumps(masks)})
            tx.audit(by, events.EvidenceMasked(evidence_id, item.run_id, item.step_index, item.sha256,
                                               prepared.sha256, dict(change), _mask_counts(prepared.findings),
                                               prepared.size, tuple(masks)))
        return self.evidence_item(evidence_id)

    def mask_recurring(self, evidence_id: int, prepared: PreparedEvidence, *, by: Redacted) -> EvidenceItem:
        """Swap a recorded text item for itself redacted again, because a value found later in the run's
        evidence recurs in it where nothing said what it was. Allowed on any run state: a value must be
        masked wherever it is found to be. Audited as a mask change (file before and after, and what
        was masked), so the item's history reads as one chain of files."""
        item = self.evidence_item(evidence_id)
        if not self.evidence.present(prepared.sha256, prepared.size):
            raise RunRuleError(f"evidence file {prepared.name} ({prepared.sha256[:12]}…) is missing from the workspace")
        with self.store.write() as tx:
            current = self.evidence_item(evidence_id)  # re-read under the write lock
            if current.sha256 != item.sha256:
                raise RunRuleError(f"evidence item {evidence_id} changed while it was masked again; try again")
            self._check_present(prepared)  # again under the lock: `attest gc` removes files under it
            added = _mask_counts(prepared.findings)
            masks = json.loads(current_masks(self.store, evidence_id)) + _mask_records(prepared.findings)
            tx.update("evidence_items", evidence_id, {"sha256": prepared.sha256, "size": prepared.size,
                                                      "masks": json.dumps(masks)})
            change = {"action": "recurring", "reason": "values found in the run's other evidence recur in it"}
            tx.audit(by, events.EvidenceMasked(evidence_id, item.run_id, item.step_index, item.sha256,
                                               prepared.sha256, change, added, prepared.size, tuple(masks)))
        if self.store.one("SELECT 1 FROM evidence_items WHERE sha256 = ?", (item.sha256,)) is None:
            self.evidence.remove(item.sha256)  # after the commit: a crash before it leaves the old row whole
        return self.evidence_item(evidence_id)

    def mask_text(self, run_id: int, table: str, row_id: int, column: str, text: Redacted, *, by: Redacted) -> None:
        """Replace one typed text of the run with itself masked again (see events.TextMasked)."""
        if (table, column) not in TYPED_TEXTS:
            raise ValueError(f"{table}.{column} is not typed text")  # a programming error, never input
        with self.store.write() as tx:
            row = self.store.one(f"SELECT run_id, {column} AS text FROM {table} WHERE id = ?",  # noqa: S608 - listed
                                 (row_id,))
            if row is None or row["run_id"] != run_id:
                raise NotFound(f"run {run_id} has no {table} row {row_id}")
            # First what the log recorded: a text edited behind its back is never masked into a new entry,
            # which would make the edit look recorded (the value is not echoed: it may hold an identifier)
            logged = integrity.recorded(self.store.conn, table, row_id, column)
            if not integrity.is_recorded(logged, row["text"]):
                source = f"what audit entry {logged.seq} recorded" if logged is not None else "any audit entry"
                raise WorkspaceError(f"{table} row {row_id} of run {run_id}: its {column} differs from {source} (it "
                                     "was changed behind the audit log's back), so it is not masked again; see "
                                     "`attest audit verify`")
            tx.update(table, row_id, {column: text})
            tx.audit(by, events.TextMasked(run_id, table, row_id, column, text,
                                           hashlib.sha256(str(row["text"]).encode("utf-8")).hexdigest()))

    # -- observations and defects ---------------------------------------------------------------

    def _open_run(self, run_id: int, step: int | None, *, until_washup: bool = False) -> Run:
        """The run, if it still takes records. ``until_washup``: a witnessed run takes observations and
        defects after it is finished too, until the wash-up is signed (the wash-up raises some)."""
        run = self.get(run_id, with_details=False)
        if run.washup is not None:
            raise RunRuleError(f"run {run_id}'s wash-up was signed by {run.washup.signed_by} at "
                               f"{iso(run.washup.signed_at)}; nothing more can be recorded on it")
        if run.is_finished and not (until_washup and run.witnessed):
            assert run.finished_at is not None
            raise RunRuleError(f"run {run_id} is finished ({run.status.label} at {iso(run.finished_at)}); "
                               "nothing more can be recorded on it")
        if step is not None and not 1 <= step <= len(run.steps):
            raise RunRuleError(f"run {run_id} has steps 1 to {len(run.steps)}; there is no step {step}")
        return run

    def amend_step(self, run_id: int, step: int, *, action: Redacted, expected: Redacted, reason: Redacted,
                   by: Redacted) -> Run:
        """Correct a step's text during the run (a typo in the script, a renamed screen), recorded as a
        deviation with its reason. Refused while witnessed: a witnessed script is followed as written,
        and whatever differs is raised as an observation instead."""
        with self.store.write() as tx:
            run = self._open_run(run_id, step)
            if run.witnessed:
                raise RunRuleError(f"run {run_id} is witnessed: its script is locked and step {step}'s text cannot "
                                   "be edited; record what differs as an observation (kind deviation or gap)")
            if not reason.strip():
                raise RunRuleError("changing a step's text needs a reason; it is recorded as a deviation")
            if not action.strip():
                raise RunRuleError(f"step {step} needs an action")
            before = run.steps[step - 1]
            self.store.conn.execute("UPDATE run_steps SET action = ?, expected = ? WHERE run_id = ? AND step_index = ?",
                                    (action.strip(), expected.strip(), run_id, step))
            now = tx.now()
            deviation_id = tx.insert("deviations", {"run_id": run_id, "step_index": step,
                                                    "kind": DeviationKind.AMEND.value, "reason": reason.strip(),
                                                    "recorded_by": by, "recorded_at": now})
            tx.audit(by, events.StepAmended(
                run_id, step, events.StepText(before.action, before.expected),
                events.StepText(action.strip(), expected.strip()),
                events.DeviationRecord(deviation_id, DeviationKind.AMEND, from_store(reason.strip()))))
        return self.get(run_id)

    def add_observation(self, run_id: int, kind: ObservationKind, text: Redacted, *, by: Redacted,
                        step: int | None = None, recorded_by: Redacted | None = None) -> Observation:
        """``by`` raised it (the witness, often); ``recorded_by`` typed it in (the tester, on the
        witness's behalf), which is whom the audit log names; the same person by default."""
        if not text.strip():
            raise RunRuleError("an observation needs some text")
        if not by.strip():
            raise RunRuleError("an observation needs the name of who raised it")
        with self.store.write() as tx:
            self._open_run(run_id, step, until_washup=True)
            obs_id = tx.insert("observations", {"run_id": run_id, "step_index": step, "kind": kind.value,
                                                "text": text.strip(), "raised_by": by, "raised_at": tx.now(),
                                                "response": ""})
            tx.audit((recorded_by or "").strip() or by, events.ObservationAdded(
                obs_id, run_id, step, kind, from_store(text.strip()), by))
        return _observation(self.store.one("SELECT * FROM observations WHERE id = ?", (obs_id,)) or {})

    def add_defect(self, run_id: int, title: Redacted, severity: Severity, priority: Priority, *, by: Redacted,
                   step: int | None = None, description: Redacted = EMPTY, evidence: tuple[int, ...] = ()) -> Defect:
        """A defect raised on any run, in progress or finished (a fault is often seen on review), on the
        severity scale of the run's plan, optionally linked to evidence items of the run."""
        if not title.strip():
            raise RunRuleError("a defect needs a title")
        with self.store.write() as tx:
            run = self.get(run_id, with_details=False)
            if step is not None and not 1 <= step <= len(run.steps):
                raise RunRuleError(f"run {run_id} has steps 1 to {len(run.steps)}; there is no step {step}")
            self._check_scale(run, severity)
            for item in evidence:
                row = self.store.one("SELECT run_id FROM evidence_items WHERE id = ?", (item,))
                if row is None or row["run_id"] != run_id:
                    raise NotFound(f"run {run_id} has no evidence item {item} (see `attest run show {run_id}`)")
            defect_id = tx.insert("defects", {
                "run_id": run_id, "step_index": step, "title": title.strip(), "description": description,
                "severity": severity.value, "priority": priority.value, "status": DefectStatus.OPEN.value,
                "raised_by": by, "raised_at": tx.now(), "evidence": list(evidence),
            })
            tx.audit(by, events.DefectAdded(defect_id, run_id, step, from_store(title.strip()), severity, priority,
                                            description))
            if evidence:
                tx.audit(by, events.DefectLinked(defect_id, tuple(evidence), ()))
        return _defect(self.store.one("SELECT * FROM defects WHERE id = ?", (defect_id,)) or {})

    def _check_scale(self, run: Run, severity: Severity) -> None:
        """A defect of a plan's run takes a severity of the plan's scale."""
        if run.plan_id is None:
            return
        from attest.core.scales import SEVERITIES, Scale, scale_of

        plan = self.store.one("SELECT name, scale FROM plans WHERE id = ?", (run.plan_id,)) or {}
        scale = Scale(plan.get("scale") or Scale.MHHS.value)
        if scale_of(severity) is not scale:
            allowed = ", ".join(g.value for g in SEVERITIES[scale])
            raise InputError("--severity", f"run {run.id} is in plan {plan.get('name', run.plan_id)}, whose severity "
                                           f"scale is {scale.label}; give one of {allowed}")


def same_person(a: str, b: str) -> bool:
    """Two typed names of one person: case and spacing aside."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _evidence_required(snapshot: str) -> set[int]:
    """Step numbers the frozen case flags as needing evidence."""
    if '"evidence_required"' not in snapshot:  # most cases: no flag, no parse
        return set()
    steps = json.loads(snapshot).get("steps", [])
    return {i for i, s in enumerate(steps, start=1) if s.get("evidence_required")}


_BLANK = {"", "null", "none", "nil", "undefined", "{}", "[]", '""', "''", "<null/>", "n/a"}


def _blank_response(data: bytes) -> bool:
    """A response with nothing in it: empty, whitespace, or a null/empty JSON or XML value."""
    if len(data) > 4096:
        return False
    text = data.decode("utf-8", "replace").strip().lstrip("\ufeff").strip()
    if text.lower() in _BLANK:
        return True
    if text[:1] in "{[\"":
        try:
            value = json.loads(text)
        except ValueError:
            return False
        return value in (None, "", {}, []) or (isinstance(value, str) and not value.strip())
    if text.startswith("<") and text.endswith("/>") and text.count("<") == 1:
        return True  # <Response/>
    return False


def _steps_phrase(indexes: list[int]) -> str:
    return f"step {indexes[0]} was" if len(indexes) == 1 else f"steps {', '.join(map(str, indexes))} were"


# -- row mapping ---------------------------------------------------------------------------------

def _run(row: dict[str, Any], steps: tuple[RunStep, ...], *, deviations: tuple[Deviation, ...] = (),
         observations: tuple[Observation, ...] = (), defects: tuple[Defect, ...] = (),
         participants: tuple[Participant, ...] = ()) -> Run:
    washup = None
    if row.get("outcome"):
        washup = WashUp(Outcome(row["outcome"]), row["signed_by"] or "", parse_iso(row["signed_at"]))
    return Run(
        id=row["id"], case_id=row["case_id"], case_version=row["case_version"], reference=row["reference"],
        title=row["title"], tester=row["tester"] or "", environment=row["environment"] or "",
        status=RunStatus(row["status"]), started_at=parse_iso(row["started_at"]),
        finished_at=parse_iso(row["finished_at"]) if row["finished_at"] else None, steps=steps,
        deviations=deviations, observations=observations, defects=defects,
        data_refs=tuple(json.loads(row.get("data_refs") or "[]")),
        witnessed=bool(row.get("witnessed")), purpose=row.get("purpose") or "", participants=participants,
        washup=washup, plan_id=row.get("plan_id"), retest_of=tuple(json.loads(row.get("retest_of") or "[]")),
        retests_defects=tuple(json.loads(row.get("retests_defects") or "[]")),
    )


def _participant(row: dict[str, Any]) -> Participant:
    return Participant(id=row["id"], run_id=row["run_id"], name=row["name"], organisation=row["organisation"] or "",
                       role=Role(row["role"]), added_at=parse_iso(row["added_at"]))


def _result(row: dict[str, Any]) -> StepResult:
    return StepResult(id=row["id"], run_id=row["run_id"], step_index=row["step_index"],
                      status=StepStatus(row["status"]), actual=row["actual"] or "",
                      recorded_by=row["recorded_by"] or "", recorded_at=parse_iso(row["recorded_at"]))


def _evidence(row: dict[str, Any]) -> EvidenceItem:
    return EvidenceItem(id=row["id"], run_id=row["run_id"], step_index=row["step_index"], sha256=row["sha256"],
                        kind=EvidenceKind(row["kind"]), name=row["name"] or "", caption=row["caption"] or "",
                        size=row["size"] or 0, redaction=RedactionState(row["redaction"]),
                        added_at=parse_iso(row["added_at"]), added_by=row["added_by"] or "",
                        annotations=load_stored(row.get("annotations")),
                        masks=None if row.get("masks") is None else tuple(json.loads(row["masks"])),
                        expected=None if not row.get("expected") else ExpectedSeen.from_dict(json.loads(row["expected"])))


# The typed texts of a run, by table and column: what is masked again when a value found later recurs.
TYPED_TEXTS = frozenset({("step_results", "actual"), ("evidence_items", "caption"), ("evidence_items", "name"),
                         ("deviations", "reason"),
                         ("observations", "text"), ("observations", "response"), ("observations", "action"),
                         ("defects", "title"), ("defects", "description")})


def current_masks(store: Store, evidence_id: int) -> str:
    row = store.one("SELECT masks FROM evidence_items WHERE id = ?", (evidence_id,))
    return (row or {}).get("masks") or "[]"


def _mask_records(findings: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """The places masked, without any replacement text (a text item's ``[MPAN-1]`` is kept out of the
    mask list; the redacted file itself shows it)."""
    keep = ("kind", "box", "line", "column", "detector")
    return [{k: f[k] for k in keep if k in f} for f in findings]


def _mask_counts(findings: tuple[dict[str, Any], ...]) -> dict[str, int]:
    masked: dict[str, int] = {}
    for finding in findings:
        masked[finding["kind"]] = masked.get(finding["kind"], 0) + 1
    return masked


def _deviation(row: dict[str, Any]) -> Deviation:
    return Deviation(id=row["id"], run_id=row["run_id"], step_index=row["step_index"],
                     kind=DeviationKind(row["kind"]), reason=row["reason"], recorded_by=row["recorded_by"] or "",
                     recorded_at=parse_iso(row["recorded_at"]))


def _observation(row: dict[str, Any]) -> Observation:
    return Observation(id=row["id"], run_id=row["run_id"], step_index=row["step_index"],
                       kind=ObservationKind(row["kind"]), text=row["text"], raised_by=row["raised_by"] or "",
                       raised_at=parse_iso(row["raised_at"]), response=row["response"] or "",
                       action=row.get("action") or "", defect_id=row.get("defect_id"))


def _defect(row: dict[str, Any]) -> Defect:
    return Defect(id=row["id"], run_id=row["run_id"], step_index=row["step_index"], title=row["title"],
                  severity=Severity(row["severity"]), priority=Priority(row["priority"]),
                  status=DefectStatus(row["status"]), raised_by=row["raised_by"] or "",
                  raised_at=parse_iso(row["raised_at"]), description=row["description"] or "")
