"""The run rules: steps in order, deviations for anything else, overall status, frozen runs and scripts."""

from __future__ import annotations

import pytest

from attest.capture.intake import Redactor, intake_bytes
from attest.redaction import RegisterMatcher
from attest.core.errors import RunRuleError
from attest.core.model import (
    DeviationKind,
    EvidenceKind,
    ObservationKind,
    Priority,
    RedactionState,
    RunStatus,
    Severity,
    Step,
    StepStatus,
    TestCase,
)
from attest.core.runs import DeviationNeeded
from attest.core.workspace import Workspace
from conftest import png_bytes


def make_case(reference: str = "TC_RUN_01", steps: int = 4, title: str = "Run rules case") -> TestCase:
    return TestCase(reference=reference, title=title,
                    steps=tuple(Step(action=f"Do thing {i}", expected=f"Thing {i} happens") for i in range(1, steps + 1)))


def start(ws: Workspace, steps: int = 4, tester: str = "alice") -> int:
    stored = ws.cases.save_all([make_case(steps=steps)])[0].stored
    return ws.runs.start(stored.version_id, tester=tester, environment="SIT-A").id


def test_start_freezes_the_steps_and_records_who_and_when(ws: Workspace) -> None:
    run = ws.runs.get(start(ws))
    assert run.status is RunStatus.IN_PROGRESS
    assert run.tester == "alice" and run.environment == "SIT-A"
    assert [s.index for s in run.steps] == [1, 2, 3, 4]
    assert run.steps[2].action == "Do thing 3" and run.steps[2].expected == "Thing 3 happens"
    assert all(s.result is None for s in run.steps)
    assert run.started_at.tzinfo is not None and run.started_at.utcoffset().total_seconds() == 0


def test_steps_are_recorded_in_order_with_who_and_utc_time(ws: Workspace) -> None:
    run_id = start(ws)
    first = ws.runs.record_step(run_id, StepStatus.PASSED, actual="as expected")
    second = ws.runs.record_step(run_id, StepStatus.FAILED, actual="error 500", by="bob")
    assert (first.step_index, second.step_index) == (1, 2)
    assert first.recorded_by == "alice" and second.recorded_by == "bob"
    assert second.recorded_at > first.recorded_at
    run = ws.runs.get(run_id)
    assert [s.status for s in run.steps] == [StepStatus.PASSED, StepStatus.FAILED, None, None]
    assert run.steps[1].result is not None and run.steps[1].result.actual == "error 500"


def test_skipping_ahead_needs_a_deviation(ws: Workspace) -> None:
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    with pytest.raises(DeviationNeeded, match=r"step 4 is out of order: the next step is 2 \(steps 2-3 would be skipped\)"):
        ws.runs.record_step(run_id, StepStatus.PASSED, step=4)
    assert ws.runs.get(run_id).steps[3].result is None  # nothing recorded by the refusal
    ws.runs.record_step(run_id, StepStatus.PASSED, step=4, deviation="Steps 2-3 covered by TC_02 today")
    run = ws.runs.get(run_id)
    assert run.steps[3].status is StepStatus.PASSED
    assert [(d.step_index, d.kind, d.reason) for d in run.deviations] == [
        (4, DeviationKind.SKIP, "Steps 2-3 covered by TC_02 today")]


def test_after_a_skip_the_next_step_follows_the_highest_recorded(ws: Workspace) -> None:
    run_id = start(ws, steps=5)
    ws.runs.record_step(run_id, StepStatus.PASSED, step=3, deviation="start at 3")
    assert ws.runs.record_step(run_id, StepStatus.PASSED).step_index == 4
    with pytest.raises(DeviationNeeded, match="going back needs a deviation reason"):
        ws.runs.record_step(run_id, StepStatus.PASSED, step=1)
    ws.runs.record_step(run_id, StepStatus.BLOCKED, step=1, deviation="went back for step 1")
    assert ws.runs.get(run_id).deviations[-1].kind is DeviationKind.GO_BACK


def test_changing_a_recorded_result_needs_a_deviation_and_keeps_history(ws: Workspace) -> None:
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.FAILED, actual="timeout")
    with pytest.raises(DeviationNeeded, match=r"step 1 is already recorded \(Failed by alice at "):
        ws.runs.record_step(run_id, StepStatus.PASSED, step=1)
    ws.runs.record_step(run_id, StepStatus.PASSED, step=1, deviation="retried after environment fix",
                        actual="ok on retry")
    run = ws.runs.get(run_id)
    assert run.steps[0].status is StepStatus.PASSED and run.steps[0].result.actual == "ok on retry"
    assert run.deviations[0].kind is DeviationKind.RE_RECORD
    history = ws.store.query("SELECT status FROM step_results WHERE run_id = ? AND step_index = 1 ORDER BY id",
                             (run_id,))
    assert [h["status"] for h in history] == ["failed", "passed"]


def test_a_deviation_on_the_next_step_is_kept_as_a_noted_departure(ws: Workspace) -> None:
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED, deviation="used MPAN002 instead of MPAN001")
    assert ws.runs.get(run_id).deviations[0].kind is DeviationKind.NOTED


def test_no_step_beyond_the_script(ws: Workspace) -> None:
    run_id = start(ws, steps=2)
    with pytest.raises(RunRuleError, match="has steps 1 to 2; there is no step 3"):
        ws.runs.record_step(run_id, StepStatus.PASSED, step=3, deviation="x")
    ws.runs.record_step(run_id, StepStatus.PASSED)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    with pytest.raises(RunRuleError, match="all 2 steps of run .* are recorded"):
        ws.runs.record_step(run_id, StepStatus.PASSED)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["passed", "passed", "passed"], RunStatus.PASSED),
        (["passed", "failed", "blocked"], RunStatus.FAILED),
        (["blocked", "passed", "passed"], RunStatus.BLOCKED),
        (["passed", "not-run", "passed"], RunStatus.INCOMPLETE),
        (["passed", "passed"], RunStatus.INCOMPLETE),  # step 3 never recorded
        ([], RunStatus.INCOMPLETE),
    ],
)
def test_finish_derives_the_overall_status(ws: Workspace, statuses: list[str], expected: RunStatus) -> None:
    run_id = start(ws, steps=3)
    for status in statuses:
        ws.runs.record_step(run_id, StepStatus(status))
    run = ws.runs.finish(run_id)
    assert run.status is expected
    assert run.finished_at is not None and run.finished_at >= run.started_at


def test_a_finished_run_is_frozen(ws: Workspace) -> None:
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    ws.runs.finish(run_id)
    with pytest.raises(RunRuleError, match=r"is finished \(Incomplete at .*\); nothing more can be recorded"):
        ws.runs.record_step(run_id, StepStatus.PASSED)
    with pytest.raises(RunRuleError, match="nothing more can be recorded"):
        ws.runs.record_step(run_id, StepStatus.PASSED, step=1, deviation="please")
    with pytest.raises(RunRuleError, match="already finished"):
        ws.runs.finish(run_id)


def test_a_run_keeps_its_snapshot_when_the_case_is_reimported(ws: Workspace) -> None:
    run_id = start(ws, steps=2)
    changed = make_case(steps=3, title="Run rules case, revised")
    outcome = ws.cases.save_all([changed])[0]
    assert outcome.change == "new version" and outcome.stored.version == 2
    run = ws.runs.get(run_id)
    assert run.title == "Run rules case" and len(run.steps) == 2 and run.case_version == 1
    new_run = ws.runs.start(outcome.stored.version_id, tester="bob")
    assert len(new_run.steps) == 3 and new_run.case_version == 2


def test_evidence_is_stored_by_hash_and_listed_on_its_step(ws: Workspace) -> None:
    run_id = start(ws)
    payload = intake_bytes(ws.evidence, redactor=Redactor(RegisterMatcher()), data=b'{"messageType": "IF-031"}', name="if031.json", kind=EvidenceKind.PAYLOAD,
                           caption="sent")
    image = intake_bytes(ws.evidence, redactor=Redactor(RegisterMatcher()), data=png_bytes(), name="screen.png")
    export = intake_bytes(ws.evidence, redactor=Redactor(RegisterMatcher()), data=b"BMU_ID,Date,Volume\nT_ABC-1,2026-11-24,12.5\n", name="bmrs.csv")
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(payload, image, export))
    step = ws.runs.get(run_id).steps[0]
    assert [(e.kind, e.name, e.caption) for e in step.evidence] == [
        (EvidenceKind.PAYLOAD, "if031.json", "sent"), (EvidenceKind.SCREENSHOT, "screen.png", ""),
        (EvidenceKind.FILE, "bmrs.csv", "")]  # a text export starting "BM" is not a bitmap
    # every item went through redaction at intake
    assert all(e.redaction is RedactionState.REDACTED for e in step.evidence)
    assert ws.evidence.get(step.evidence[0].sha256) == b'{"messageType": "IF-031"}'
    assert ws.evidence.path_for(step.evidence[0].sha256).name == step.evidence[0].sha256


def test_observations_and_defects_are_recorded_against_steps(ws: Workspace) -> None:
    run_id = start(ws)
    obs = ws.runs.add_observation(run_id, ObservationKind.GAP, "Expected result does not name the queue", by="wendy",
                                  step=2)
    defect = ws.runs.add_defect(run_id, "IF-031 rejected", Severity.S2, Priority.P1, by="alice", step=2)
    run = ws.runs.get(run_id)
    assert run.observations == (obs,) and obs.step_index == 2 and obs.raised_by == "wendy"
    assert run.defects == (defect,) and (defect.severity, defect.priority) == (Severity.S2, Priority.P1)
    with pytest.raises(RunRuleError, match="no step 9"):
        ws.runs.add_observation(run_id, ObservationKind.QUERY, "?", by="wendy", step=9)


def test_every_change_is_in_the_audit_log(ws: Workspace) -> None:
    run_id = start(ws, steps=2)
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(intake_bytes(ws.evidence, redactor=Redactor(RegisterMatcher()), data=b"log", name="a.log"),))
    ws.runs.record_step(run_id, StepStatus.PASSED, step=1, deviation="redo")
    ws.runs.finish(run_id)
    actions = [r["action"] for r in ws.store.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions == ["audit.key", "case.import", "run.start", "step.record", "evidence.add", "step.record",
                       "run.finish"]  # the first entry makes the workspace's key (core.workspace_keys)
    assert ws.verify_audit().ok


def test_after_skipping_to_the_end_the_gaps_are_named(ws: Workspace) -> None:
    run_id = start(ws, steps=4)
    ws.runs.record_step(run_id, StepStatus.PASSED)
    ws.runs.record_step(run_id, StepStatus.PASSED, step=4, deviation="2 and 3 blocked by environment")
    with pytest.raises(RunRuleError, match="the last step of run .* is recorded; steps 2, 3 were skipped"):
        ws.runs.record_step(run_id, StepStatus.PASSED)


def test_a_finished_run_takes_no_observation_but_a_defect_found_on_review(ws: Workspace) -> None:
    run_id = start(ws)
    ws.runs.finish(run_id)
    with pytest.raises(RunRuleError, match="is finished"):
        ws.runs.add_observation(run_id, ObservationKind.OBSERVATION, "late", by="wendy")
    # a fault is often seen when the evidence is reviewed: a defect is raised on the finished run
    defect = ws.runs.add_defect(run_id, "Seen on review", Severity.S3, Priority.P3, by="alice", step=1)
    assert defect.run_id == run_id and defect.status.value == "open"
    with pytest.raises(RunRuleError, match="no step 9"):
        ws.runs.add_defect(run_id, "late", Severity.S3, Priority.P3, by="alice", step=9)


def test_cases_are_found_by_reference_before_id(ws: Workspace) -> None:
    first = ws.cases.save_all([make_case(reference="FIRST_TC")])[0].stored
    numeric = ws.cases.save_all([make_case(reference=str(first.id))])[0].stored  # a cactus file named 1.yaml
    assert ws.cases.get(str(first.id)).id == numeric.id
    assert ws.cases.get(f"id:{first.id}").id == first.id
    assert ws.cases.get(str(numeric.id)).id == numeric.id  # no case has that reference: the id
    assert ws.cases.get("first_tc").id == first.id  # references are matched case-insensitively too


def test_annotations_drawn_before_recording_are_stored_and_audited_with_the_item(ws: Workspace) -> None:
    from dataclasses import replace

    from attest.core.annotations import parse_annotations

    run_id = start(ws)
    prepared = intake_bytes(ws.evidence, png_bytes(), name="screen.png", redactor=Redactor(RegisterMatcher()))
    boxes = parse_annotations([{"type": "box", "x": 1, "y": 2, "w": 10, "h": 5}], "test")
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(replace(prepared, annotations=boxes),))
    item = ws.runs.get(run_id).steps[0].evidence[0]
    assert item.annotations == boxes
    assert ws.verify()[1] == []
    ws.store.conn.execute("UPDATE evidence_items SET annotations = '[]' WHERE id = ?", (item.id,))
    assert any("annotations differ" in p for p in ws.verify()[1])
