"""Issue 12, value propagation across a run: a value masked in one item (where a field or label says
what it is) is masked in the run's other items and its typed text too, where nothing says what it is.

The values here are ones no pattern finds on their own (a name, an odd serial, a bare ten-digit gas
reference), so they are masked elsewhere only because the run remembers them. The check is the one-gate
tests' own: every byte of the workspace and the pack, letters and digits only, upper case.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from attest.core.audit import entries
from attest.core.model import EvidenceKind, ObservationKind, StepStatus
from attest.core.register_store import KeyStoreUnavailable
from attest.core.run_values import FILE_NAME, RunValues
from attest.core.workspace import Workspace
from attest.services import evidence, export, imports, runs

NAME, SERIAL, MPRN = "Jane Smithers", "ELS/77/1943", "7412589630"
PAYLOAD = json.dumps({"customerName": NAME, "meterSerialNumber": SERIAL, "mprn": MPRN, "status": "OK"}).encode()
# the same values where nothing says what they are: a harness log line, a request id, a file path
BARE_LOG = (f"09:01:12 INFO callback booked for {NAME.upper()}; unit {SERIAL.lower()} swapped\n"
            f"09:01:13 INFO gas read {MPRN[:4]} {MPRN[4:]} stored under /reads/{SERIAL.replace('/', '')}.csv\n"
            f"09:01:14 INFO correlation REQ{MPRN}X7 accepted\n").encode()

CASE = """attest: 1
cases:
  - reference: PROP-01
    title: Values recur across a run
    steps:
      - action: Send the request.
        expected: Accepted.
      - action: Read the log.
        expected: No errors.
      - action: Check the account.
        expected: Shown.
"""


def flat(data: bytes | str) -> str:
    text = data.decode("latin-1") if isinstance(data, bytes) else data
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def leaked(data: bytes | str) -> list[str]:
    return [v for v in (NAME, SERIAL, MPRN) if flat(v) in flat(data)]


def workspace_leaks(root: Path) -> list[str]:
    raw = b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())
    with sqlite3.connect(root / "attest.db") as conn:
        raw += "\n".join(conn.iterdump()).encode("utf-8")
    return leaked(raw)


@pytest.fixture
def run_id(ws: Workspace, tmp_path: Path) -> int:
    source = tmp_path / "case.yaml"
    source.write_text(CASE, encoding="utf-8")
    imports.store(ws, imports.parse(source))
    return runs.start_run(ws, "PROP-01", tester="Tess Tester").id


def test_values_found_earlier_are_masked_in_later_items_and_typed_text(ws: Workspace, run_id: int,
                                                                      tmp_path: Path) -> None:
    first = evidence.capture_bytes(ws, PAYLOAD, "request.json", kind=EvidenceKind.PAYLOAD, run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Accepted", prepared=[first])
    log = tmp_path / "harness.log"
    log.write_bytes(BARE_LOG)
    runs.record_step(ws, run_id, StepStatus.PASSED, files=[(log, EvidenceKind.FILE)],
                     actual=f"Log shows {NAME} and meter {SERIAL}", caption=f"log for {MPRN}")
    runs.observe(ws, run_id, ObservationKind.OBSERVATION, f"{NAME} was named in the log")

    run = ws.runs.get(run_id)
    stored = ws.evidence.get(run.steps[1].evidence[0].sha256).decode()
    assert leaked(stored) == [], stored
    assert "[NAME-1]" in stored and "[MPRN-1]" in stored and "[MSN-1]" in stored  # readable, not deleted
    assert "09:01:12 INFO callback booked for" in stored  # the rest of the log is as it was
    assert leaked(run.steps[1].result.actual) == [] and leaked(run.steps[1].evidence[0].caption) == []
    assert leaked(run.observations[0].text) == []
    assert workspace_leaks(ws.root) == []


def test_a_value_found_later_is_masked_in_items_recorded_before_it(ws: Workspace, run_id: int,
                                                                   tmp_path: Path) -> None:
    early = evidence.capture_bytes(ws, BARE_LOG, "harness.log", run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Sent", prepared=[early])
    before = ws.runs.get(run_id).steps[0].evidence[0]
    assert leaked(ws.evidence.get(before.sha256)) == [NAME, SERIAL, MPRN]  # nothing said what they were

    late = evidence.capture_bytes(ws, PAYLOAD, "request.json", kind=EvidenceKind.PAYLOAD, run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Read", prepared=[late])

    after = ws.runs.get(run_id).steps[0].evidence[0]
    assert after.id == before.id and after.sha256 != before.sha256
    assert leaked(ws.evidence.get(after.sha256)) == []
    # the change is audited as a mask change on that item, and the workspace still verifies
    changes = [e.event for e in entries(ws.store.conn, "evidence.mask")]
    assert [(c.evidence_id, c.before, c.after, c.change["action"]) for c in changes] == \
        [(before.id, before.sha256, after.sha256, "recurring")]
    assert sum(changes[0].masked.values()) >= 3
    chain, problems = ws.verify()
    assert chain.ok and problems == []

    out = tmp_path / "pack.docx"
    export.build_pack(ws, run_id, out)
    assert leaked(out.read_bytes()) == []
    import zipfile

    with zipfile.ZipFile(out) as z:
        assert leaked(b"".join(z.read(n) for n in z.namelist())) == []
    assert [v for v in leaked(b"".join(p.read_bytes() for p in (ws.root / "evidence").rglob("*") if p.is_file()))] == []


def test_values_of_one_run_are_kept_apart_from_another_run(ws: Workspace, run_id: int) -> None:
    evidence.capture_bytes(ws, PAYLOAD, "request.json", run_id=run_id)
    other = runs.start_run(ws, "PROP-01", tester="Tess Tester").id
    kept = evidence.capture_bytes(ws, BARE_LOG, "harness.log", run_id=other)
    assert leaked(ws.evidence.get(kept.sha256)) == [NAME, SERIAL, MPRN]


def test_found_values_are_encrypted_at_rest_and_outlive_the_process(ws: Workspace, run_id: int) -> None:
    evidence.capture_bytes(ws, PAYLOAD, "request.json", run_id=run_id)
    file = ws.root / FILE_NAME
    assert file.exists() and leaked(file.read_bytes()) == []
    again = RunValues(ws.root, ws.store, ws.id, ws.register.keys)  # another process, the same keyring
    assert set(again.get(run_id)) >= {"JANESMITHERS", "ELS771943", MPRN}
    assert again.get(run_id + 1) == {}


class NoKeyring:
    def get(self, name: str) -> str | None:
        raise KeyStoreUnavailable("no keyring here")

    def set(self, name: str, secret: str) -> None:
        raise KeyStoreUnavailable("no keyring here")


def test_without_a_keyring_values_are_kept_in_memory_only(ws: Workspace, run_id: int) -> None:
    values = RunValues(ws.root, ws.store, "no-keyring-workspace", NoKeyring())
    assert not values.persistent
    first = values.add(run_id, {"JANESMITHERS": "NAME"})
    assert values.get(run_id) == {"JANESMITHERS": "NAME"} and first != "none"
    assert values.add(run_id, {"JANESMITHERS": "NAME"}) == first  # nothing new: the same generation
    assert values.add(run_id, {MPRN: "MPRN"}) != first
    assert not (ws.root / FILE_NAME).exists()


def test_a_value_found_in_a_payload_is_masked_on_a_later_screenshot(ws: Workspace, run_id: int) -> None:
    from attest.cli.demo import _screen

    evidence.capture_bytes(ws, PAYLOAD, "request.json", run_id=run_id)
    shot = _screen("Account overview", [("Status", "Active"), ("Contact", NAME), ("Unit", SERIAL)])
    prepared = evidence.capture_bytes(ws, shot, "account.png", run_id=run_id)
    assert {m["kind"] for m in prepared.findings} >= {"NAME", "MSN"}
    import io

    import numpy
    from PIL import Image

    from attest.redaction.ocr import default_engine

    rgb = numpy.asarray(Image.open(io.BytesIO(ws.evidence.get(prepared.sha256))).convert("RGB"))
    words = " ".join(w.text for w in default_engine().read(rgb))
    assert leaked(words) == [], words


def test_text_typed_before_a_value_was_found_is_masked_and_the_log_still_verifies(ws: Workspace, run_id: int,
                                                                                  tmp_path: Path) -> None:
    # bare: no label or cue says who (typed "Called Jane Smithers", the call would say it is a person)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual=f"Note: {NAME} about unit {SERIAL}")
    runs.observe(ws, run_id, ObservationKind.OBSERVATION, f"{NAME} answered")
    assert leaked(ws.runs.get(run_id).steps[0].result.actual) == [NAME, SERIAL]  # nothing said what they were

    late = evidence.capture_bytes(ws, PAYLOAD, "request.json", kind=EvidenceKind.PAYLOAD, run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Read", prepared=[late])

    run = ws.runs.get(run_id)
    assert run.steps[0].result.actual == "Note: [NAME-1] about unit [MSN-1]"
    assert leaked(run.observations[0].text) == []
    masked = [e.event for e in entries(ws.store.conn, "text.mask")]
    assert {(m.table, m.column) for m in masked} == {("step_results", "actual"), ("observations", "text")}
    chain, problems = ws.verify()
    assert chain.ok and problems == [], problems

    # a change behind the log's back is still caught: the masked text is what the log allows, nothing else
    ws.store.conn.execute("UPDATE step_results SET actual = 'edited' WHERE id = ?", (run.steps[0].result.id,))
    ws.store.conn.commit()
    assert any("actual is 'edited'" in p for p in ws.verify()[1])

    out = tmp_path / "pack.docx"
    ws.store.conn.execute("UPDATE step_results SET actual = ? WHERE id = ?",
                          (run.steps[0].result.actual, run.steps[0].result.id))
    ws.store.conn.commit()
    export.build_pack(ws, run_id, out)
    import zipfile

    with zipfile.ZipFile(out) as z:
        assert leaked(b"".join(z.read(n) for n in z.namelist())) == []


def test_a_screenshot_taken_before_a_value_was_found_is_masked_when_the_pack_is_built(
        ws: Workspace, run_id: int, tmp_path: Path) -> None:
    from attest.cli.demo import _screen

    shot = _screen("Site visit", [("Status", "Booked"), ("Visitor notes", f"ask for {NAME}")])
    early = evidence.capture_bytes(ws, shot, "visit.png", run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Booked", prepared=[early])
    before = ws.runs.get(run_id).steps[0].evidence[0]
    assert not any(m["kind"] == "NAME" for m in before.masks)  # nothing on the screen said it was a name
    late = evidence.capture_bytes(ws, PAYLOAD, "request.json", kind=EvidenceKind.PAYLOAD, run_id=run_id)
    runs.record_step(ws, run_id, StepStatus.PASSED, actual="Read", prepared=[late])

    out = tmp_path / "pack.docx"
    export.build_pack(ws, run_id, out)  # refused if its own scan still read the name
    after = ws.runs.get(run_id).steps[0].evidence[0]
    assert after.sha256 != before.sha256 and any(m["kind"] == "NAME" for m in after.masks)
    chain, problems = ws.verify()
    assert chain.ok and problems == [], problems


def test_file_names_are_masked_for_values_found_later_or_beside_them(ws: Workspace, run_id: int,
                                                                      tmp_path: Path) -> None:
    early = tmp_path / "JaneSmithers_trace.log"
    early.write_bytes(b"2024-10-06T02:00:00Z INFO ok\n")
    runs.record_step(ws, run_id, StepStatus.PASSED, files=[(early, EvidenceKind.FILE)])
    beside = tmp_path / "els771943_after.log"
    beside.write_bytes(b"2024-10-06T02:00:01Z INFO ok\n")
    payload = tmp_path / "ctx.json"
    payload.write_bytes(PAYLOAD)
    recorded = runs.record_step(ws, run_id, StepStatus.PASSED,
                                files=[(beside, EvidenceKind.FILE), (payload, EvidenceKind.PAYLOAD)])
    names = [item.name for step in ws.runs.get(run_id).steps for item in step.evidence]
    assert leaked(" ".join(names)) == [] and leaked(" ".join(i.name for i in recorded.evidence)) == [], names
    assert names[0] == "[NAME-1]_trace.log"
    chain, problems = ws.verify()
    assert chain.ok and problems == [], problems


def test_registered_and_found_serials_of_letters_and_digits_recur_inside_longer_tokens(
        ws: Workspace, run_id: int) -> None:
    evidence.capture_bytes(ws, b'{"meterSerialNumber": "EML9350704127"}', "ctx.json", run_id=run_id)
    later = evidence.capture_bytes(ws, b"lookup key=EML9350704127 req REQEML9350704127X7 ok\n", "bare.log",
                                   run_id=run_id)
    assert b"9350704127" not in ws.evidence.get(later.sha256)
