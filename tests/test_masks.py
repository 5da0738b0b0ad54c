"""A tester's own masks: one added by hand, an automatic one removed with a reason (never over an MPAN),
on a capture waiting beside its step and on a recorded item; every change audited and checked."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from attest.capture.intake import EvidenceRefused, Redactor, intake_bytes
from attest.capture.masks import MANUAL, MaskError, add_mask, image_masks, remask_recorded, remove_mask
from attest.cli.demo import _screen
from attest.core.model import EvidenceKind, StepStatus
from attest.core.workspace import Workspace
from attest.redaction.image import UnsupportedImage, paint_masks
from conftest import png_bytes
from test_runs import start

MPAN = "1200023305967"
SCREEN = _screen("Registration", [("MPAN", MPAN), ("Status", "Delivered"), ("Agent", "Meter Operator")])
STATUS_BOX = (360, 158, 700, 200)  # the "Status" field's value box in _screen's layout


def _black(data: bytes, box: tuple[int, int, int, int]) -> bool:
    with Image.open(io.BytesIO(data)) as image:
        region = image.convert("L").crop(box)
        return region.getextrema()[1] == 0


@pytest.fixture
def captured(ws: Workspace):
    redactor = Redactor.for_workspace(ws)
    prepared = intake_bytes(ws.evidence, SCREEN, name="registration.png", redactor=redactor)
    assert any(m["kind"] == "MPAN" for m in image_masks(prepared))
    return redactor, prepared


def test_a_mask_drawn_by_hand_is_painted_solid_on_the_redacted_image(ws: Workspace, captured) -> None:
    redactor, prepared = captured
    masked = add_mask(ws.evidence, prepared, (700, 200, 360, 158), redactor=redactor)  # dragged up and left
    assert masked.sha256 != prepared.sha256
    data = ws.evidence.get(masked.sha256)
    assert _black(data, STATUS_BOX)
    assert len(image_masks(masked)) == len(image_masks(prepared)) + 1
    assert masked.findings[-1] == {"kind": MANUAL, "box": list(STATUS_BOX), "detector": MANUAL}
    assert masked.mask_changes == ({"action": "add", "box": list(STATUS_BOX), "kind": MANUAL, "detector": MANUAL,
                                    "reason": ""},)
    assert ws.evidence.get(prepared.sha256) != data  # the earlier file is untouched (content-addressed)


def test_removing_the_mask_over_an_mpan_is_refused_whatever_the_reason(ws: Workspace, captured) -> None:
    redactor, prepared = captured
    index = next(i for i, m in enumerate(image_masks(prepared)) if m["kind"] == "MPAN")
    with pytest.raises(EvidenceRefused, match=rf"mask {index + 1} stays: without it the leak scan reads MPAN"):
        remove_mask(ws.evidence, prepared, index, "The witness needs to see it", original=SCREEN, redactor=redactor)


def test_an_over_mask_can_be_removed_with_a_reason_painted_again_on_the_original(ws: Workspace, captured) -> None:
    redactor, prepared = captured
    masked = add_mask(ws.evidence, prepared, STATUS_BOX, redactor=redactor)
    index = len(image_masks(masked)) - 1
    with pytest.raises(MaskError, match="needs a reason"):
        remove_mask(ws.evidence, masked, index, "  ", original=SCREEN, redactor=redactor)
    with pytest.raises(MaskError, match="original was not kept"):
        remove_mask(ws.evidence, masked, index, "Status is the result", original=None, redactor=redactor)
    with pytest.raises(MaskError, match="there is no mask 99"):
        remove_mask(ws.evidence, masked, 98, "Status is the result", original=SCREEN, redactor=redactor)

    back = remove_mask(ws.evidence, masked, index, "Status is the result of the step", original=SCREEN,
                       redactor=redactor)
    data = ws.evidence.get(back.sha256)
    assert not _black(data, STATUS_BOX)  # "Delivered" shows again
    mpan_box = tuple(next(m["box"] for m in image_masks(back) if m["kind"] == "MPAN"))
    assert _black(data, mpan_box)  # every other mask painted again on the original
    assert [c["action"] for c in back.mask_changes] == ["add", "remove"]
    assert back.mask_changes[-1]["reason"] == "Status is the result of the step"


def test_text_evidence_has_no_masks_to_edit(ws: Workspace) -> None:
    redactor = Redactor.for_workspace(ws)
    text = intake_bytes(ws.evidence, f'{{"mpan": "{MPAN}"}}'.encode(), name="payload.json", redactor=redactor,
                        kind=EvidenceKind.PAYLOAD)
    with pytest.raises(MaskError, match="masks are drawn on screenshots"):
        add_mask(ws.evidence, text, (0, 0, 10, 10), redactor=redactor)


def test_mask_changes_before_recording_are_audited_with_the_item(ws: Workspace, captured) -> None:
    redactor, prepared = captured
    masked = add_mask(ws.evidence, prepared, STATUS_BOX, redactor=redactor)
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(masked,))
    item = ws.runs.get(run_id).steps[0].evidence[0]
    assert item.sha256 == masked.sha256 and item.mask_count == len(masked.findings)
    assert item.masks is not None and item.masks[-1]["detector"] == MANUAL
    entry = json.loads(ws.store.one("SELECT details FROM audit_log WHERE action = 'evidence.add'")["details"])
    assert entry["mask_changes"][0]["action"] == "add"
    assert entry["masked"][MANUAL] == 1
    assert ws.verify()[1] == []


def test_a_recorded_screenshot_gets_a_mask_and_the_log_follows_the_file(ws: Workspace, captured) -> None:
    redactor, prepared = captured
    run_id = start(ws)
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(prepared,))
    ws.runs.finish(run_id)  # a miss found after the run is finished must still be fixable
    item = ws.runs.get(run_id).steps[0].evidence[0]
    changed = remask_recorded(ws, item.id, redactor=redactor, add=STATUS_BOX, by="assurer")
    assert changed.sha256 != item.sha256 and _black(ws.evidence.get(changed.sha256), STATUS_BOX)
    assert changed.mask_count == (item.mask_count or 0) + 1
    entry = ws.store.one("SELECT actor, details FROM audit_log WHERE action = 'evidence.mask'")
    details = json.loads(entry["details"])
    assert entry["actor"] == "assurer"
    assert (details["from"], details["to"]) == (item.sha256, changed.sha256)
    assert ws.verify()[1] == []

    # putting the old file back behind the log's back is caught
    ws.store.conn.execute("UPDATE evidence_items SET sha256 = ? WHERE id = ?", (item.sha256, item.id))
    problems = ws.verify()[1]
    assert any("sha256" in p and f"evidence item {item.id}" in p for p in problems)


def test_removing_a_mask_after_recording_needs_the_kept_original(ws: Workspace) -> None:
    run_id = start(ws)
    for keep, screen in (("discard", _screen("Discarded", [("MPAN", MPAN), ("Status", "Sent")])), ("encrypted", SCREEN)):
        ws.originals.set_mode(keep, by="tester")
        redactor = Redactor.for_workspace(ws)
        prepared = add_mask(ws.evidence, intake_bytes(ws.evidence, screen, name=f"{keep}.png", redactor=redactor),
                            STATUS_BOX, redactor=redactor, original=screen)  # as the app passes it
        ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(prepared,))
    discarded, kept = (s.evidence[0] for s in ws.runs.get(run_id).steps[:2])
    last = len(discarded.masks or ()) - 1
    with pytest.raises(MaskError, match="original was not kept"):
        remask_recorded(ws, discarded.id, redactor=redactor, remove=last, reason="over-mask", by="tester")
    # kept encrypted under each file the item has had, so one change can follow another
    changed = remask_recorded(ws, kept.id, redactor=redactor, add=(900, 158, 1000, 200), by="tester")
    removed = remask_recorded(ws, changed.id, redactor=redactor, remove=len(changed.masks or ()) - 1,
                              reason="nothing there", by="tester")
    assert not _black(ws.evidence.get(removed.sha256), (900, 158, 1000, 200))
    assert ws.verify()[1] == []


def test_painting_refuses_a_mask_wholly_outside_the_image_and_clips_one_partly_outside() -> None:
    data = png_bytes(40, 20)
    with pytest.raises(UnsupportedImage, match="outside the 40×20 image"):
        paint_masks(data, [(50, 0, 60, 10)])
    assert _black(paint_masks(data, [(30, 10, 90, 90)]), (30, 10, 40, 20))


def test_masks_from_the_command_line(cli, examples, tmp_path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    run = cli("run", "start", "FM_TS_1_TC_01", "--tester", "Asha")[1].strip()
    shot = tmp_path / "registration.png"
    shot.write_bytes(SCREEN)
    assert cli("run", "step", run, "--status", "passed", "--attach", str(shot))[0] == 0
    status, out, _ = cli("evidence", "mask", "1")
    assert status == 0 and out.splitlines()[0].startswith("1\tMPAN\tpattern\t")
    before = len(out.splitlines())

    status, out, _ = cli("evidence", "mask", "1", "--add", "360,158,700,200", "--by", "assurer")
    assert status == 0 and out.strip() == f"evidence item 1 (registration.png): {before + 1} mask(s); added, audited"
    assert cli("evidence", "mask", "1")[1].splitlines()[-1] == f"{before + 1}\tmanual\tmanual\t360,158,700,200"

    status, _, err = cli("evidence", "mask", "1", "--remove", "1")
    assert status == 2 and "--reason" in err and "needs a reason" in err
    status, _, err = cli("evidence", "mask", "1", "--remove", str(before + 1), "--reason", "over-mask")
    assert status == 2 and "original was not kept" in err and "Traceback" not in err
    status, _, err = cli("evidence", "mask", "1", "--add", "1,2,3")
    assert status == 2 and "X0,Y0,X1,Y1" in err
    assert cli("audit", "verify")[0] == 0
