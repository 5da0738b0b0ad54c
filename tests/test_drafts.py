"""Captures waiting beside a step are kept in the workspace: through a restart, consumed by the step record
in one transaction, never restored if altered outside Attest, kept by clean-up, and looked at for the
step's expected result."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from attest.core.model import EvidenceKind, Step, StepStatus, TestCase
from attest.core.workspace import Workspace
from attest.services import evidence, runs
from attest.services.gc import unused_evidence

FONT = "DejaVuSans.ttf"


def screen(*lines: str, size: tuple[int, int] = (520, 160)) -> bytes:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 16)
    for row, text in enumerate(lines):
        draw.text((20, 20 + 34 * row), text, fill="black", font=font)
    from io import BytesIO

    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def new_run(ws: Workspace, *expected: str) -> int:
    case = TestCase(reference="DRAFT_TC", title="Drafts",
                    steps=tuple(Step(action=f"do {i + 1}", expected=e) for i, e in enumerate(expected)))
    stored = ws.cases.save_all([case])[0].stored
    return runs.start_run(ws, stored.id, tester="Tess Ter").id


def test_a_capture_waits_in_the_workspace_and_survives_a_restart(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        run_id = new_run(ws, "Status shows 'Accepted'", "The page loads")
        draft = evidence.capture_draft(ws, run_id, 1, screen("Status: Accepted"), "shot.png",
                                       kind=EvidenceKind.SCREENSHOT)
        assert ws.evidence.present(draft.prepared.sha256, draft.prepared.size)
    with Workspace.open(root) as ws:  # another process, as after a crash
        drafts, refused = evidence.waiting(ws, run_id)
        assert refused == 0 and [d.prepared.name for d in drafts] == ["shot.png"] and drafts[0].step == 1
        assert drafts[0].prepared.expected is not None and drafts[0].prepared.expected.seen
        # nothing is audited until the step is recorded; the run resumes beside its waiting capture
        assert not ws.store.query("SELECT 1 FROM audit_log WHERE action = 'evidence.add'")
        left = runs.left_in_progress(ws)
        assert [(x.run.id, x.step, x.waiting) for x in left] == [(run_id, 1, 1)]


def test_recording_consumes_the_drafts_in_the_same_transaction(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "Status shows 'Accepted'", "x")
        first = evidence.capture_draft(ws, run_id, 1, screen("Status: Accepted"), "a.png")
        second = evidence.capture_draft(ws, run_id, 1, b"log line\n", "a.log")
        runs.record_step(ws, run_id, StepStatus.PASSED, prepared=[first.prepared, second.prepared],
                         drafts=[first.id, second.id])
        assert evidence.waiting(ws, run_id) == ([], 0)
        step = ws.runs.get(run_id).steps[0]
        assert [e.name for e in step.evidence] == ["a.png", "a.log"] and step.expected_seen is True
        chain, problems, seals = ws.verify_all()  # the expected-result look is checked against the log too
        assert chain.ok and problems == [] and seals.problems == []


def test_a_refused_record_leaves_the_captures_waiting(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "a", "b", "c")
        draft = evidence.capture_draft(ws, run_id, 3, b"text\n", "t.log")
        try:  # step 3 before 1 and 2, without the reason the run rules want
            runs.record_step(ws, run_id, StepStatus.PASSED, step=3, prepared=[draft.prepared], drafts=[draft.id])
        except runs.DeviationNeeded:
            pass
        drafts, _ = evidence.waiting(ws, run_id)
        assert [d.id for d in drafts] == [draft.id]


def test_a_draft_altered_outside_attest_is_not_restored_and_audit_verify_says_so(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        run_id = new_run(ws, "x")
        evidence.capture_draft(ws, run_id, 1, b"first\n", "one.log")
        evidence.capture_draft(ws, run_id, 1, b"second\n", "two.log")
    conn = sqlite3.connect(root / "attest.db")
    item = json.loads(conn.execute("SELECT item FROM drafts WHERE id = 2").fetchone()[0])
    item["name"] = "1200023305967.log"  # a raw identifier slipped in by hand
    conn.execute("UPDATE drafts SET item = ? WHERE id = 2", (json.dumps(item, sort_keys=True),))
    conn.commit()
    conn.close()
    with Workspace.open(root) as ws:
        drafts, refused = evidence.waiting(ws, run_id)
        assert [d.prepared.name for d in drafts] == ["one.log"] and refused == 1
        problems = ws.check_seals().problems
        assert any("waiting capture" in p and "drafts" in p for p in problems), problems


def test_clean_up_keeps_the_files_of_waiting_captures(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "x")
        draft = evidence.capture_draft(ws, run_id, 1, b"waiting\n", "w.log")
        hour_ago = time.time() - 3600  # past clean-up's grace period for fresh files
        os.utime(ws.evidence.path_for(draft.prepared.sha256), (hour_ago, hour_ago))
        found = unused_evidence(ws)
        assert draft.prepared.sha256 not in {f.sha256 for f in found.files}
        evidence.drop_draft(ws, draft.id)
        assert draft.prepared.sha256 in {f.sha256 for f in unused_evidence(ws).files}


def test_a_capture_moved_to_another_step_is_looked_at_for_that_steps_expected_result(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "Status shows 'Rejected'", "Status shows 'Accepted'")
        draft = evidence.capture_draft(ws, run_id, 1, screen("Status: Accepted"), "a.png")
        assert draft.prepared.expected is not None and not draft.prepared.expected.seen  # step 1 wants Rejected
        runs.record_step(ws, run_id, StepStatus.PASSED, step=1)
        runs.record_step(ws, run_id, StepStatus.PASSED, prepared=[draft.prepared], drafts=[draft.id])
        step = ws.runs.get(run_id).steps[1]
        assert step.evidence[0].expected is not None and step.evidence[0].expected.step == 2
        assert step.expected_seen is True


def test_a_finished_run_takes_no_captures(tmp_path: Path) -> None:
    import pytest

    from attest.core.errors import RunRuleError

    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "x")
        runs.record_step(ws, run_id, StepStatus.PASSED)
        runs.finish_run(ws, run_id)
        with pytest.raises(RunRuleError, match="finished"):
            evidence.capture_draft(ws, run_id, 1, b"late\n", "late.log")


def test_a_mask_drawn_over_the_expected_text_after_recording_hides_it(tmp_path: Path) -> None:
    """The look is made when the capture is taken; a mask drawn later over what was seen means the
    evidence no longer shows it: the step, `run show --json` and the pack say not seen."""
    from attest.cli.render import run_json

    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "Status shows 'Accepted'")
        draft = evidence.capture_draft(ws, run_id, 1, screen("Status: Accepted"), "a.png")
        runs.record_step(ws, run_id, StepStatus.PASSED, prepared=[draft.prepared], drafts=[draft.id])
        item = ws.runs.get(run_id).steps[0].evidence[0]
        assert item.seen is not None and item.seen.seen
        x0, y0, x1, y1 = item.seen.boxes[0]
        evidence.mask_recorded(ws, item.id, add=(x0 - 2, y0 - 2, x1 + 2, y1 + 2))
        run = ws.runs.get(run_id)
        assert run.steps[0].expected_seen is False
        assert run_json(run)["steps"][0]["expected_seen"] is False
        assert run_json(run)["steps"][0]["evidence"][0]["expected"]["found"] == []


def test_a_mask_drawn_over_the_expected_text_before_recording_hides_it(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        run_id = new_run(ws, "Status shows 'Accepted'")
        draft = evidence.capture_draft(ws, run_id, 1, screen("Status: Accepted"), "a.png")
        assert draft.prepared.seen is not None and draft.prepared.seen.seen
        x0, y0, x1, y1 = draft.prepared.seen.boxes[0]
        masked = evidence.add_pending_mask(ws, draft.prepared, (x0 - 2, y0 - 2, x1 + 2, y1 + 2), original=None)
        assert masked.seen is not None and masked.seen.seen is False
        runs.record_step(ws, run_id, StepStatus.PASSED, prepared=[masked], drafts=[draft.id])
        assert ws.runs.get(run_id).steps[0].expected_seen is False
