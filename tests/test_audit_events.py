"""Typed audit events (core/audit_events.py): one class per kind of entry, the log's format unchanged.

``tests/data/audit_log_v1_untyped.sql`` is a workspace database written by the code before the events
were typed (``tests/make_audit_fixture.py``), holding every kind of entry. It must still verify, every
entry in it must read back as its own class and give back exactly its payload, and today's writers
must write the same payloads for the same actions.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from attest.core import audit, integrity
from attest.core import audit_events as events
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
from attest.core.redacted import from_store
from attest.core.workspace import Workspace
from make_audit_fixture import OUT as OLD_LOG
from make_audit_fixture import build

REPO = Path(__file__).resolve().parents[1]

OLD_KINDS = {  # every kind the code wrote when the old log was made
    "case.import", "defect.add", "evidence.add", "evidence.annotate", "evidence.mask", "observation.add",
    "observation.promote", "observation.respond", "pack.build", "participant.add", "register.add",
    "register.create", "register.import", "run.finish", "run.start", "run.washup", "settings.originals",
    "step.amend", "step.record", "witness.report",
}


def load_old(root: Path) -> Path:
    """The old workspace's database, written into ``root/attest.db``."""
    root.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    conn.executescript(OLD_LOG.read_text(encoding="utf-8"))
    conn.close()
    return root


@pytest.fixture
def old_db(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(load_old(tmp_path / "old") / "attest.db"), isolation_level=None)
    yield conn
    conn.close()


def rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT seq, actor, action, entity, entity_id, details FROM audit_log ORDER BY seq").fetchall()


def without_account(details: str) -> dict[str, Any]:
    payload = json.loads(details)
    payload.pop("account", None)
    return payload


# -- one class per kind, and each one round-trips ---------------------------------------------------

def test_the_old_log_holds_every_kind_and_each_reads_back_as_its_class(old_db: sqlite3.Connection) -> None:
    seen = set()
    for seq, _, action, entity, entity_id, details in rows(old_db):
        payload = without_account(details)
        event = events.parse(action, entity, entity_id, json.loads(details))
        assert type(event) is events.BY_KIND[action], (seq, action)
        assert (event.action, event.entity_type, event.entity_id) == (action, entity, entity_id)
        assert event.to_payload() == payload, seq  # payload -> class -> payload, identical
        assert type(event).from_payload(entity_id, payload) == event
        assert audit.canonical_json(event.to_payload()) == audit.canonical_json(payload)
        seen.add(action)
    assert seen == OLD_KINDS


def test_every_class_has_a_sample_that_round_trips() -> None:
    """A kind added after the old log was written needs a sample in VARIANTS."""
    assert OLD_KINDS | {type(e).kind for e in VARIANTS} == set(events.BY_KIND)


VARIANTS: list[events.AuditEvent] = [
    events.ImportResumed("9f" * 16, "cases.csv", "tester", "2026-12-03T10:00:00Z", 1200, 30000),
    # the optional parts, present and absent
    events.RunStarted(1, 1, "TC_01", 2, from_store("SIT-A"), 3, (from_store("MPAN001"),)),
    events.RunStarted(1, 1, "TC_01", 2, from_store(""), 3, (), witnessed=True, purpose=from_store("DCC witness")),
    events.StepRecorded(1, 2, StepStatus.BLOCKED, 5, from_store("down"), ()),
    events.StepRecorded(1, 2, StepStatus.PASSED, 5, from_store(""), ("ab" * 32,),
                        events.DeviationRecord(3, DeviationKind.GO_BACK, from_store("re-run"))),
    events.EvidenceAdded(4, 1, 2, "cd" * 32, EvidenceKind.SCREENSHOT, "s.png", "", RedactionState.REDACTED, {},
                         ({"action": "remove", "box": [1, 2, 3, 4], "kind": "MPAN", "detector": "ocr",
                           "reason": "a date"},), ({"type": "box", "x": 1, "y": 2, "w": 3, "h": 4},)),
    events.EvidenceAdded(4, 1, 2, "cd" * 32, EvidenceKind.FILE, "x.log", "", RedactionState.UNREDACTED),  # pre-masks
    events.ObservationAdded(2, 1, None, ObservationKind.GAP, from_store("no check"), from_store("Dev Rao")),
    events.WashUpSigned(1, Outcome.ACCEPTED, from_store("Dev Rao"), "2026-11-24T09:00:00Z"),
    events.TextMasked(1, "step_results", 5, "actual", from_store("Called [NAME-1]")),
    events.WashUpSigned(1, Outcome.ACCEPTED, from_store("Dev Rao"), "2026-11-24T09:00:00Z",
                        {10: from_store("ten"), 9: from_store("nine")}),
    events.PackBuilt(1, "p.docx", "ef" * 32, 3, "01" * 32, "23" * 32, False),  # as the first packs recorded it
    events.WitnessReportWritten(2, "w.docx", "45" * 32, None),
    # test phases (schema v8)
    events.RunStarted(3, 1, "TC_01", 2, from_store("SIT-A"), 3, (), plan_id=4, retest_of=(1, 2),
                      retests_defects=(7,)),
    events.DefectMoved(7, 1, DefectStatus.FIXED, DefectStatus.CLOSED, from_store(""), 3),
    events.DefectMoved(7, 2, DefectStatus.CLOSED, DefectStatus.OPEN, from_store("seen again"), None),
    events.DefectLinked(7, (10, 11), (3,)),
    events.PlanCreated(4, from_store("SIT cycle 2"), from_store("MHHS"), from_store("R2"), from_store("SIT-B"), "dcc",
                       "2026-11-02", ""),
    events.PlanCriteriaSet(4, {"passed_pct": 95.0, "thresholds": {"3": 10}}),
    events.SuiteAdded(5, 4, from_store("Change of supplier"), 1),
    events.PlanCaseSet(6, 5, 1, 1, from_store("Ann Tester"), from_store(""), True),
    events.CompletionReportWritten(4, "c.docx", "67" * 32, False, {"p.docx": "ef" * 32}),
    # the register, with the keyed fingerprints of its values (issue 18) and without, as older entries read
    events.RegisterAdded(events.RegisterListing("mpan", "MPAN001", "ab" * 16)),
    events.RegisterAdded(events.RegisterListing("mpan", "MPAN001")),
    events.RegisterImported(from_store("data.csv"), (events.RegisterListing("msn", "MSN001", "cd" * 16),
                                                     events.RegisterListing("other", "REF001", "ef" * 16))),
    events.RegisterImported(from_store("data.csv"), (events.RegisterListing("msn", "MSN001"),)),
    # Azure DevOps (schema v9)
    events.AdoConnected("https://dev.azure.com/fabrikam", "MHHS", False, "", "the OS keyring"),
    events.AdoPulled(4, 7, (("plan", 4, 7, 0), ("case", 3, 101, 2))),
    events.AdoSent(3, "attachment", 12, 9001, "screen.png"),
    # what the integrity check derives every column from (issue 16), present and, as older entries read, absent
    events.CaseImported(1, "TC_01", 2, "ab" * 32, "cases.yaml", "attest", 7),
    events.CaseImported(1, "TC_01", 2, "ab" * 32, "cases.yaml", "attest", stamped=False),
    events.RunStarted(1, 1, "TC_01", 2, from_store("SIT-A"), 3, (), first_step_id=4),
    events.RunStarted(1, 1, "TC_01", 2, from_store("SIT-A"), 3, (), stamped=False),
    events.StepRecorded(1, 2, StepStatus.BLOCKED, 5, from_store("down"), (), stamped=False),
    events.StepAmended(1, 2, events.StepText("a", "b"), events.StepText("c", ""),
                       events.DeviationRecord(3, DeviationKind.AMEND, from_store("typo")), stamped=False),
    events.RunFinished(1, RunStatus.PASSED, {"passed": 3}, stamped=False),
    events.EvidenceAdded(4, 1, 2, "cd" * 32, EvidenceKind.SCREENSHOT, "s.png", "A caption", RedactionState.REDACTED,
                         {"MPAN": 1}, size=2048, masks=({"kind": "MPAN", "box": [1, 2, 3, 4], "detector": "ocr"},)),
    events.EvidenceAdded(4, 1, 2, "cd" * 32, EvidenceKind.SCREENSHOT, "s.png", "", RedactionState.REDACTED, {},
                         size=10, masks=(), expected={"step": 2, "looked_for": ["Accepted"], "found": ["Accepted"],
                                                      "boxes": [[1, 2, 30, 12]]}),
    events.EvidenceAdded(4, 1, 2, "cd" * 32, EvidenceKind.FILE, "x.log", "", RedactionState.REDACTED, {}, size=0,
                         masks=(), stamped=False),
    events.EvidenceMasked(4, 1, 2, "cd" * 32, "ef" * 32, {"action": "add", "box": [1, 2, 3, 4]}, {"manual": 1},
                          size=4096, masks=({"kind": "manual", "box": [1, 2, 3, 4], "detector": "manual"},)),
    events.TextMasked(1, "evidence_items", 4, "caption", from_store("For [NAME-1]"), "01" * 32),
    events.ObservationAdded(2, 1, 3, ObservationKind.QUERY, from_store("why?"), from_store("Dev Rao"), stamped=False),
    events.DefectAdded(7, 1, 3, from_store("No read"), Severity.S3, Priority.P2, from_store("Seen on review")),
    events.DefectAdded(7, 1, None, from_store("No read"), Severity.S3, Priority.P2, stamped=False),
    events.DefectMoved(7, 1, DefectStatus.OPEN, DefectStatus.FIXED, from_store(""), None, stamped=False),
    events.ParticipantAdded(1, 1, from_store("Dev Rao"), from_store("DCC"), Role.WITNESS, stamped=False),
    events.PlanCreated(4, from_store("P"), from_store(""), from_store(""), from_store(""), "mhhs", "", "",
                       stamped=False),
    events.AdoConnected("https://dev.azure.com/fabrikam", "MHHS", True, "", "a passphrase file", "MHHS\\QT", ""),
    # attest gc
    events.EvidenceCollected(("ab" * 32, "cd" * 32), 2048),
    events.EvidenceCollected(("ab" * 32,), 4096, originals=("ef" * 32,), renditions=("01" * 32,)),
    # the workspace's keys and `attest audit trust` (schema v10)
    events.KeyCreated("0f0e-ws", "ab" * 20, "cHVibGlj", "keyring", 12),
    events.KeyCreated("0f0e-ws", "cd" * 20, "cHVibGlj", "file"),
    events.AuditTrusted("0f0e-ws", from_store("moved to a new laptop"), 40, "ef" * 32, 0, ""),
    events.AuditTrusted("0f0e-ws", from_store("restored"), 40, "ef" * 32, 44, "01" * 32, ("ab" * 20,)),
    events.SchemaUpgraded("0f0e-ws", ((1, "2026-11-24T09:00:00+00:00"), (10, "2026-12-03T07:00:00+00:00"))),
]


@pytest.mark.parametrize("event", VARIANTS, ids=lambda e: type(e).__name__)
def test_each_variant_round_trips(event: events.AuditEvent) -> None:
    payload = json.loads(json.dumps(event.to_payload()))  # as it comes back from the log
    again = events.parse(event.action, event.entity_type, event.entity_id, payload)
    assert again == event
    assert again.to_payload() == payload


def test_older_shapes_read_as_their_class() -> None:
    """Fields added after a kind was first written are optional: the first evidence entries had no mask
    counts, the first packs a count of items and no manifest hash."""
    item = events.parse("evidence.add", "evidence", "1", {
        "run_id": 1, "step": 1, "sha256": "ab", "kind": "file", "name": "x.log", "caption": "",
        "redaction": "unredacted"})
    assert isinstance(item, events.EvidenceAdded) and item.masked is None
    # nor what the integrity check reads since (issue 16): those values are then not checkable
    assert (item.size, item.masks, item.stamped) == (None, None, False)
    case = events.parse("case.import", "case", "1", {"reference": "TC", "version": 1, "content_sha256": "ab",
                                                     "source_file": "c.yaml", "source_format": "attest"})
    assert isinstance(case, events.CaseImported) and (case.version_id, case.stamped) == (None, False)
    masked = events.parse("text.mask", "run", "1", {"table": "step_results", "row": 1, "column": "actual",
                                                   "text": "x"})
    assert isinstance(masked, events.TextMasked) and masked.before_sha256 is None
    assert isinstance(events.parse("run.finish", "run", "1", {"status": "passed", "steps": {}, "stamped": "yes"}),
                      events.UnknownEvent)  # a marker that is not true or false does not fit
    pack = events.parse("pack.build", "run", "1", {
        "file": "p.docx", "sha256": "cd", "items": 2, "run_record_sha256": "ef", "audit_head": "01",
        "with_files": True})
    assert isinstance(pack, events.PackBuilt) and pack.items == 2 and pack.manifest_sha256 is None


def test_what_does_not_fit_is_kept_as_an_unknown_event() -> None:
    other = events.parse("plan.create", "plan", "7", {"account": "u", "name": "Release 3"})  # no scale etc.
    assert isinstance(other, events.UnknownEvent)
    assert (other.action, other.entity_type, other.entity_id) == ("plan.create", "plan", "7")
    assert other.to_payload() == {"name": "Release 3"}
    broken = events.parse("step.record", "run", "1", {"step": "one"})
    assert isinstance(broken, events.UnknownEvent) and broken.to_payload() == {"step": "one"}


def test_every_event_class_is_registered_once() -> None:
    def subclasses(cls: type) -> set[type]:
        found = set(cls.__subclasses__())
        return found.union(*(subclasses(c) for c in found)) if found else found

    typed = subclasses(events.AuditEvent) - {events.UnknownEvent}
    assert typed == set(events.EVENTS)
    assert len(events.BY_KIND) == len(events.EVENTS)
    for cls in events.EVENTS:
        assert re.fullmatch(r"[a-z]+\.[a-z]+", cls.kind) and cls.entity, cls
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def _second_argument(text: str, start: int) -> str | None:
    """The text of a call's second argument, from just inside its opening parenthesis."""
    depth, quote = 0, ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return None
            depth -= 1
        elif char == "," and depth == 0:
            return text[index + 1:].lstrip()
    return None


def test_every_audit_write_in_the_code_goes_through_an_event_class() -> None:
    """No writer names a kind as a string (``tx.audit(who, "run.start", ...)``), and only core/audit.py
    inserts into the log."""
    sources = [p for folder in ("core", "services", "capture", "templates", "cli", "gui")
               for p in (REPO / folder).rglob("*.py")]
    untyped, inserts, kinds_named, calls = [], [], set(), 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"\.audit\(", text):
            second = _second_argument(text, call.end())
            event = re.match(r"(?:events\.)?(\w+)\(", second or "")
            if event is None or event.group(1) not in {cls.__name__ for cls in events.EVENTS}:
                untyped.append(f"{path.relative_to(REPO)}: {text[call.start():call.start() + 60]!r}")
            calls += 1
        calls += len(re.findall(r"\bappend\(events\.\w+\(", text))  # core.seals: the key's own entries
        if re.search(r"INSERT INTO\s+\"?audit_log", text) and path != REPO / "core" / "audit.py":
            inserts.append(str(path.relative_to(REPO)))
        kinds_named.update(re.findall(r"""kind: ClassVar\[str\] = "([a-z.]+)\"""", text))
    assert untyped == [] and inserts == []
    assert calls >= len(events.EVENTS)  # the scan did find the writers
    assert kinds_named == set(events.BY_KIND)


# -- the format did not change ----------------------------------------------------------------------

def test_the_old_log_still_verifies(old_db: sqlite3.Connection) -> None:
    report = audit.verify(old_db)
    assert report.ok and report.entries == 29
    assert integrity.check(old_db) == []  # (its evidence files are not kept with it)


def test_the_old_log_is_read_not_skipped(old_db: sqlite3.Connection) -> None:
    """Typed reading still sees what old entries recorded: data changed behind them is named."""
    old_db.execute("UPDATE step_results SET actual = 'All fine' WHERE id = 1")
    old_db.execute("UPDATE observations SET response = 'Something else' WHERE id = 2")
    old_db.execute("UPDATE evidence_items SET sha256 = 'f99b8e3c5c07bde8b9f2dc2574d041a783a09a8a9ece44ae251242cbb50be218'"
                   " WHERE id = 1")  # back to the file before the mask was added
    old_db.execute("UPDATE participants SET role = 'tester' WHERE id = 1")
    old_db.execute("UPDATE deviations SET reason = 'no reason' WHERE id = 2")
    problems = integrity.check(old_db)
    assert any("result 1 (run 1, step 1): actual is 'All fine' but audit entry 7 recorded 'Portal shown'" in p
               for p in problems), problems
    assert any("observation 2: response is 'Something else' but audit entry 23 recorded 'It is the portal'" in p
               for p in problems), problems
    assert any("sha256 is 'f99b8e3c" in p and "audit entry 11 recorded 'e3f3606e" in p for p in problems), problems
    assert any("participant 1: role is 'tester' but audit entry 19 recorded 'witness'" in p for p in problems), problems
    assert any("deviation 2 (run 1, step 3): reason is 'no reason' but audit entry 13 recorded 'Step 2 tracker down'"
               in p for p in problems), problems
    assert len(problems) == 5


def test_an_entry_of_a_known_kind_that_does_not_fit_is_named(old_db: sqlite3.Connection) -> None:
    """A log edited with its hashes recomputed could hold such an entry: it is reported, not skipped."""
    old_db.execute("DROP TRIGGER audit_log_no_update")
    old_db.execute("""UPDATE audit_log SET details = replace(details, '"status":"passed"', '"status":"great"')
                      WHERE seq = 21""")
    problems = integrity.check(old_db)
    assert "audit entry 21 (step.record run 2) cannot be read: its details do not fit that kind of entry" in problems
    assert any("result 3 (run 2, step 1) has no audit entry" in p for p in problems)


def test_an_old_workspace_opens_and_verifies_with_its_evidence(tmp_path: Path) -> None:
    """Opened as a workspace (the evidence files it had are gone: only they are named)."""
    with Workspace.open(load_old(tmp_path / "old")) as ws:
        report, problems = ws.verify()
        assert report.ok and report.entries == 29
        unsealed = [p for p in problems if "carries no keyed seals" in p]  # said until its first change
        assert len(unsealed) == 1 and "Attest before keyed seals" in unsealed[0]
        assert all("the evidence file" in p for p in problems if p not in unsealed), problems
        run = ws.runs.start(ws.cases.get("AUD_TC_01").version_id, tester=from_store("Asha Patel"))
        ws.runs.record_step(run.id, StepStatus.PASSED, actual=from_store("ok"))
        report, _ = ws.verify()
        # today's entries chain on from the old ones: the workspace's new key (which seals the 29 old
        # entries with it), then the run's two
        assert report.ok and report.entries == 32
        assert ws.check_seals().problems == []
        assert ws.store.one("SELECT COUNT(*) AS n FROM audit_seals")["n"] == 32


VOLATILE = {  # values that depend on the moment or the machine, not on the format
    "run.washup": {"signed_at"},
    "pack.build": {"sha256", "manifest_sha256", "run_record_sha256", "audit_head"},
    "witness.report": {"sha256"},
}


def normalised(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    found = []
    for seq, actor, action, entity, entity_id, details in rows(conn):
        payload = json.loads(details)
        account = payload.pop("account", None)
        for key in VOLATILE.get(action, ()):
            payload[key] = "<volatile>"
        if action == "register.create":
            entity_id = "<workspace id>"
        found.append((seq, "<account>" if actor == account else actor, action, entity, entity_id, payload))
    return found


def test_todays_writers_write_what_the_old_ones_did(tmp_path: Path, old_db: sqlite3.Connection) -> None:
    """The same actions through today's code give the same entries, payload for payload."""
    ws = build(tmp_path)
    conn = sqlite3.connect(str(ws / "attest.db"))
    try:
        new, old = normalised(conn), normalised(old_db)
    finally:
        conn.close()
    # the wash-up note a run that did not pass now needs is one entry the older code had no cause to write,
    # and so is the workspace key's (the keyed chain)
    notes = [e for e in new if e[2] == "observation.add" and str(e[5].get("text", "")).startswith("Wash-up note")]
    assert len(notes) == 1
    new = [e for e in new if e is not notes[0] and e[2] not in NEW_KINDS]
    assert [e[1:5] for e in new] == [e[1:5] for e in old]
    for new_entry, old_entry in zip(new, old, strict=True):
        added = ADDED_SINCE.get(new_entry[2], set())
        assert added <= set(new_entry[5]), new_entry[:3]  # today's entries record what the integrity check needs
        assert {k: v for k, v in new_entry[5].items() if k not in added} == old_entry[5], new_entry[:3]
        assert not added & set(old_entry[5])  # and the old ones, without it, still read (test above)


NEW_KINDS = {"audit.key"}  # kinds the older code had no cause to write
ADDED_SINCE = {  # optional fields added so that every stored column is derived from the log (issue 16)
    "case.import": {"version_id", "stamped"},
    "run.start": {"first_step_id", "stamped"},
    "step.record": {"stamped"},
    "step.amend": {"stamped"},
    "run.finish": {"stamped"},
    "evidence.add": {"size", "masks", "stamped"},
    "evidence.mask": {"size", "masks"},
    "observation.add": {"stamped"},
    "defect.add": {"description", "stamped"},
    "participant.add": {"stamped"},
    # the keyed fingerprint of each registered value, so audit verify can check the register (issue 18)
    "register.add": {"fingerprint"},
    "register.import": {"fingerprints"},
}
