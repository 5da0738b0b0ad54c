"""Every stored column is checked (issue 16): ``attest audit verify`` derives what every table should hold
from the typed audit events, so an edit to any value of any row, made with only the workspace's files,
is reported with a message naming the row and the column.

The workspace is built through the services, as the faces build it: the register and the originals
setting, cases (one in two versions), a plan with suites, plan cases and criteria, runs with results,
evidence (captions, annotations, a mask drawn by hand, a file masked again for a value found later),
an amended step, deviations, observations with a response and a promoted candidate, defects moved,
linked and retested, a witnessed run with participants and its wash-up, and a plan pulled from (a
fake) Azure DevOps. The test then reads the schema itself (``sqlite_master``, ``PRAGMA table_info``):
a column added later is edited too, and must be derived, or the check says it is not covered.
"""

from __future__ import annotations

import enum
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from attest.core import audit, integrity
from attest.core import audit_events as events
from attest.core import model
from attest.core.audit import entries
from attest.core.errors import WorkspaceError
from attest.core.model import EvidenceKind, ObservationKind, Outcome, Priority, Role, Severity, StepStatus
from attest.core.redacted import from_store
from attest.core.store import iso, parse_iso
from attest.core.workspace import Workspace
from attest.services import ado as ado_service
from attest.services import defects, evidence, imports, plans, register, runs, witness
from attest.services.workspace import set_originals_mode
from conftest import png_bytes
from fake_ado import PROJECT, FakeAdo, steps_xml

NAME = "Jane Smithers"  # found as a customer name in a payload; typed earlier in a result, bare
PAYLOAD = json.dumps({"customerName": NAME, "status": "OK"}).encode()
TOKEN = "pat-7q3xk2z9wvmb4hd6"

CASES = """\
attest: 1
cases:
  - reference: IC_TC_01
    title: Change of supplier accepted
    steps:
      - {action: Submit the request, expected: Accepted}
      - {action: Read the response, expected: Customer shown}
      - {action: Check the tracker, expected: Delivered}
  - reference: IC_TC_02
    title: Meter read after installation
    steps:
      - {action: Read the register, expected: A read is returned}
      - {action: Store the read, expected: Stored}
"""


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def build(ws: Workspace, tmp_path: Path) -> None:
    """A workspace with a row in every table the log derives, each written by today's code."""
    register.add(ws, "mpan", "1200023305967", "MPAN001", by="Asha Patel")
    set_originals_mode(ws, "encrypted", by="Asha Patel")
    source = tmp_path / "cases.yaml"
    source.write_text(CASES, encoding="utf-8")
    imports.store(ws, imports.parse(source))
    ws.cases.flag_evidence("IC_TC_02", {2}, by="Asha Patel")  # a second version of a case

    plan = plans.create_plan(ws, "SIT cycle 2", programme="MHHS", release="R2", environment="SIT-B",
                             by="Asha Patel")
    plans.add_suite(ws, plan.id, "Change of supplier", by="Asha Patel")
    plans.add_suite(ws, plan.id, "Metering", by="Asha Patel")
    plans.add_cases(ws, plan.id, "Change of supplier", ["IC_TC_01"], tester="Ann Tester", by="Asha Patel")
    plans.add_cases(ws, plan.id, "Metering", ["IC_TC_02"], regression=True, by="Asha Patel")
    plans.set_criteria(ws, plan.id, ["passed_pct=90"], by="Asha Patel")

    # run 1: results with evidence, a text masked again, an annotation, a mask by hand, an amended step
    first = runs.start_run(ws, "IC_TC_01", tester="Asha Patel", environment="SIT-B", data_refs=["MPAN001"],
                           plan=plan.id)
    shot = evidence.capture_bytes(ws, png_bytes(200, 100), "portal.png", kind=EvidenceKind.SCREENSHOT,
                                  caption="The portal", run_id=first.id)
    runs.record_step(ws, first.id, StepStatus.PASSED, actual=f"Request sent for {NAME}", prepared=[shot])
    item = ws.runs.get(first.id).steps[0].evidence[0]
    evidence.annotate(ws, item.id, [{"type": "box", "x": 5, "y": 5, "w": 20, "h": 10, "text": "Here"}],
                      by="Asha Patel")
    evidence.mask_recorded(ws, item.id, add=(120, 10, 180, 40), by="Asha Patel")
    reply = evidence.capture_bytes(ws, PAYLOAD, "response.json", kind=EvidenceKind.PAYLOAD, caption="The reply",
                                   run_id=first.id)
    runs.record_step(ws, first.id, StepStatus.PASSED, actual="Customer shown", prepared=[reply])  # masks step 1
    runs.amend_step(ws, first.id, 3, action="Check the D0150 tracker", expected=None, reason="Typo in the script",
                    by="Asha Patel")
    runs.record_step(ws, first.id, StepStatus.FAILED, actual="Not delivered", deviation="Tracker slow to update")
    runs.observe(ws, first.id, ObservationKind.OBSERVATION, "Tracker slow", by="Asha Patel", step=3)
    defect = runs.raise_defect(ws, first.id, "No delivery", Severity.S3, Priority.P2, by="Asha Patel", step=3,
                               evidence=[item.id])
    runs.finish_run(ws, first.id, by="Asha Patel")
    defects.move_defect(ws, defect.id, "fixed", by="Asha Patel")

    # run 2: the retest that passes, closing the defect
    retest = runs.start_run(ws, "IC_TC_01", tester="Asha Patel", plan=plan.id, retest_of=[first.id],
                            retests_defects=[defect.id])
    for _ in range(3):
        runs.record_step(ws, retest.id, StepStatus.PASSED, actual="ok")
    runs.finish_run(ws, retest.id, by="Asha Patel")
    defects.move_defect(ws, defect.id, "closed", retest=retest.id, by="Asha Patel")

    # run 3: witnessed, with participants, a query answered, a candidate promoted and the wash-up
    session = runs.start_run(ws, "IC_TC_02", tester="Asha Patel", witnessed=True, purpose="DCC witness test",
                             participants=[runs.ParticipantInput("Dev Rao", "DCC", Role.WITNESS)])
    witness.add_participant(ws, session.id, "Sam Lee", "Elexon", Role.OBSERVER, by="Asha Patel")
    runs.record_step(ws, session.id, StepStatus.PASSED, actual="Read returned")
    query = runs.observe(ws, session.id, ObservationKind.QUERY, "Why this screen?", by="Dev Rao", step=1)
    witness.respond(ws, query.id, "It is the portal", by="Asha Patel")
    candidate = runs.observe(ws, session.id, ObservationKind.DEFECT_CANDIDATE, "Slow reply", by="Dev Rao")
    witness.promote(ws, candidate.id, Severity.S4, Priority.P3, by="Asha Patel")
    witness.washup(ws, session.id, Outcome.ACCEPTED_WITH_OBSERVATIONS, signed_by="Dev Rao", by="Asha Patel",
                   actions={query.id: "Re-check the portal"}, note="Step 2 is covered by run 1")

    # a plan pulled from Azure DevOps: its links, and the connection's settings
    with FakeAdo() as fake:
        fake.tokens[TOKEN] = {"vso.test_write", "vso.work_write"}
        fake.add_work_item(103, "Test Case", "Meter install", steps=steps_xml(("Fit the meter", "Fitted")))
        fake.add_plan(7, "QT cycle 1", [(72, "Metering", [(103, "Bob Smith", 5003, "SMETS1")])])
        ado_service.connect(ws, fake.org_url, PROJECT, TOKEN, area="MHHS\\QT", by="Asha Patel")
        ado_service.pull(ws, 7, by="Asha Patel")


@pytest.fixture
def built(ws: Workspace, tmp_path: Path) -> Workspace:
    build(ws, tmp_path)
    return ws


def copy(ws: Workspace) -> sqlite3.Connection:
    """The workspace's database, in memory: edited freely, never written back."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    ws.store.conn.backup(conn)
    return conn


def tables(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' ORDER BY name")]


def columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of each column, as the schema has them now."""
    return [(row[1], row[2].upper()) for row in conn.execute(f'PRAGMA table_info("{table}")')]


# -- the untouched workspace, and what it holds ------------------------------------------------------

def test_the_untouched_workspace_verifies_clean(built: Workspace) -> None:
    chain, problems = built.verify()
    assert chain.ok and problems == [], problems
    kinds = {e.event.action for e in entries(built.store.conn)}
    assert {"text.mask", "evidence.mask", "evidence.annotate", "step.amend", "defect.move", "defect.link",
            "observation.respond", "observation.promote", "run.washup", "plan.criteria", "plan.case",
            "ado.connect", "ado.pull", "settings.originals", "register.create"} <= kinds
    masked = [e.event for e in entries(built.store.conn, "text.mask")]
    assert masked and all(e.before_sha256 for e in masked)  # today's masks name the text they started from


def test_every_covered_table_has_a_row_to_edit(built: Workspace) -> None:
    conn = copy(built)
    empty = [t for t in tables(conn) if t not in integrity.NOT_DERIVED
             and conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] == 0]
    assert empty == [], "extend build() so that these tables hold a row"
    settings = {key for (key,) in conn.execute("SELECT key FROM meta")}
    assert set(integrity.SETTINGS) <= settings  # every setting the log derives is there to be edited


# -- an edit to any value of any row ----------------------------------------------------------------

ENUM_VALUES: dict[str, list[str]] = {}
for _name in dir(model):
    _cls = getattr(model, _name)
    if isinstance(_cls, type) and issubclass(_cls, enum.Enum) and _cls is not enum.Enum:
        _values = [m.value for m in _cls if isinstance(m.value, str)]
        for _value in _values:
            ENUM_VALUES.setdefault(_value, [v for v in _values if v != _value])


def edits(value: Any, declared: str) -> Iterator[Any]:
    """Plausible other values, most realistic first (the next is tried when a constraint refuses one)."""
    if value is None:
        yield 7777 if "INT" in declared else "edited"
        return
    if isinstance(value, int):
        yield value + 1
        yield value + 1000
        return
    if isinstance(value, float):
        yield value + 1.5
        return
    text = str(value)
    if ENUM_VALUES.get(text):
        yield ENUM_VALUES[text][0]  # another status, kind, role...
    try:
        yield iso(parse_iso(text) + timedelta(seconds=1))  # a time a second later
    except ValueError:
        pass
    try:
        data = json.loads(text) if text[:1] in ("[", "{") else None
    except ValueError:  # typed text starting with a placeholder, "[NAME-1] called"
        data = None
    if data is not None:
        if isinstance(data, list):
            yield json.dumps(data[1:] if len(data) > 1 else [*data, 999])
        else:
            changed = dict(data)
            if "title" in changed:
                changed["title"] = str(changed["title"]) + " (edited)"
            else:
                changed["edited"] = 1
            yield json.dumps(changed)
    yield text + " (edited)" if text else "edited"


def named(problems: list[str], table: str, column: str, row: dict[str, Any]) -> bool:
    """A problem names the row and the column (a key column: the row is told as unknown or missing)."""
    if column in integrity.KEYS.get(table, ("id",)):
        return any("has no audit entry" in p or "is missing" in p or "not covered" in p for p in problems)
    label = integrity.row_name(table, row)
    return any(label in p and column in p for p in problems)


def test_an_edit_to_any_value_of_any_row_is_reported(built: Workspace) -> None:
    conn = copy(built)
    assert integrity.check(conn) == []
    unseen, unnamed, edited = [], [], 0
    for table in tables(conn):
        if table in integrity.NOT_DERIVED:
            continue
        schema = columns(conn, table)
        rows = conn.execute(f'SELECT rowid, * FROM "{table}"').fetchall()
        for row in rows:
            for index, (column, declared) in enumerate(schema, start=1):
                for new in edits(row[index], declared):
                    conn.execute("SAVEPOINT edit")
                    try:
                        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (new, row[0]))
                    except sqlite3.IntegrityError:  # a unique key or NOT NULL: the next kind of edit
                        conn.execute("ROLLBACK TO edit")
                        conn.execute("RELEASE edit")
                        continue
                    after = dict(zip([c for c, _ in schema], row[1:], strict=True)) | {column: new}
                    problems = integrity.check(conn)
                    conn.execute("ROLLBACK TO edit")
                    conn.execute("RELEASE edit")
                    edited += 1
                    where = f"{table}.{column} of row {row[0]}: {row[index]!r} -> {new!r}"
                    if not problems:
                        unseen.append(where)
                    elif not named(problems, table, column, after):
                        unnamed.append(f"{where}: {problems}")
                    break
                else:
                    pytest.fail(f"no edit of {table}.{column} of row {row[0]} was accepted by SQLite")
    assert integrity.check(conn) == []  # every edit was undone
    assert edited > 300  # the enumeration did reach the rows
    assert unseen == [], f"{len(unseen)} edit(s) not reported:\n" + "\n".join(unseen)
    assert unnamed == [], "\n".join(unnamed)


def test_a_message_names_the_row_the_column_and_both_values(built: Workspace) -> None:
    conn = copy(built)
    run = conn.execute("SELECT id, tester FROM runs ORDER BY id LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'run.start' AND entity_id = ?",
                       (str(run[0]),)).fetchone()[0]
    conn.execute("UPDATE runs SET tester = 'Mallory' WHERE id = ?", (run[0],))
    caption = conn.execute("SELECT id, caption FROM evidence_items WHERE caption != '' LIMIT 1").fetchone()
    conn.execute("UPDATE evidence_items SET caption = 'Something else' WHERE id = ?", (caption[0],))
    problems = integrity.check(conn)
    assert f"run {run[0]}: tester is 'Mallory' but audit entry {seq} recorded {run[1]!r}" in problems
    assert any(p.startswith(f"evidence item {caption[0]} (") and f"caption is 'Something else' but audit entry" in p
               and repr(caption[1]) in p for p in problems), problems
    assert len(problems) == 2, problems


# -- the coverage list and the schema ----------------------------------------------------------------

def test_the_coverage_list_names_every_column_of_the_schema_and_nothing_else(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "fresh") as ws:  # migrated to the latest schema
        conn = ws.store.conn
        schema = {t: {c for c, _ in columns(conn, t)} for t in tables(conn)}
    derived = set(schema) - set(integrity.NOT_DERIVED)
    assert set(integrity.COVERAGE) == derived, "a table is neither derived nor listed as not derived, or is stale"
    assert set(integrity.NOT_DERIVED) <= set(schema), "NOT_DERIVED names a table the schema does not have"
    for table in derived:
        assert set(integrity.COVERAGE[table]) == schema[table], table  # none missing, none stale
        assert set(integrity.KEYS.get(table, ("id",))) <= schema[table], table
    from attest.core.originals import SETTING
    from attest.services.ado import _KEYS as ADO_KEYS

    assert set(integrity.SETTINGS) == {SETTING, "workspace_id", *ADO_KEYS.values()}


def test_a_column_or_table_the_check_does_not_derive_is_reported(built: Workspace) -> None:
    conn = copy(built)
    conn.execute("ALTER TABLE runs ADD COLUMN approver TEXT")
    conn.execute("CREATE TABLE approvals (id INTEGER PRIMARY KEY, run_id INTEGER)")
    conn.execute("INSERT INTO meta (key, value) VALUES ('approvals.mode', 'strict')")
    problems = integrity.check(conn)
    assert "column approver of table runs is not covered by the integrity check" in problems
    assert "table approvals is not covered by the integrity check" in problems
    assert "setting approvals.mode (table meta) is not covered by the integrity check" in problems
    assert len(problems) == 3, problems


# -- masking again never launders an edit --------------------------------------------------------------

@pytest.fixture
def typed(ws: Workspace, tmp_path: Path) -> int:
    source = tmp_path / "cases.yaml"
    source.write_text(CASES, encoding="utf-8")
    imports.store(ws, imports.parse(source))
    run = runs.start_run(ws, "IC_TC_01", tester="Asha Patel")
    runs.record_step(ws, run.id, StepStatus.PASSED, actual="Request sent")
    return run.id


def test_a_text_edited_behind_the_logs_back_is_not_masked_again(ws: Workspace, typed: int) -> None:
    """The value found in step 2's payload recurs in step 1's result, edited in by hand: masking it again
    would record the edit as the log's own. It is refused, and verify still names the edit."""
    ws.store.conn.execute("UPDATE step_results SET actual = ? WHERE run_id = ? AND step_index = 1",
                          (f"Request sent for {NAME}", typed))
    reply = evidence.capture_bytes(ws, PAYLOAD, "response.json", kind=EvidenceKind.PAYLOAD, run_id=typed)
    with pytest.raises(WorkspaceError, match=r"actual differs from what audit entry \d+ recorded .*not masked again"
                       ) as refused:
        runs.record_step(ws, typed, StepStatus.PASSED, actual="Customer shown", prepared=[reply])
    assert NAME not in str(refused.value)  # the edited value is not echoed
    assert entries(ws.store.conn, "text.mask") == []
    problems = ws.verify()[1]
    assert any(f"actual is 'Request sent for {NAME}' but audit entry" in p and "'Request sent'" in p
               for p in problems), problems


def test_a_recorded_text_is_masked_again_and_still_verifies(ws: Workspace, typed: int) -> None:
    runs.record_step(ws, typed, StepStatus.PASSED, actual=f"Note: {NAME} back")  # typed before it was known, bare
    reply = evidence.capture_bytes(ws, PAYLOAD, "response.json", kind=EvidenceKind.PAYLOAD, run_id=typed)
    runs.record_step(ws, typed, StepStatus.PASSED, actual="Reply read", prepared=[reply])
    masked = [e.event for e in entries(ws.store.conn, "text.mask")]
    assert [(m.table, m.column, str(m.text)) for m in masked] == [("step_results", "actual", "Note: [NAME-1] back")]
    assert ws.verify()[1] == []
    # and the masked text edited afterwards is seen like any other
    ws.store.conn.execute("UPDATE step_results SET actual = 'Note: back' WHERE id = ?", (masked[0].row_id,))
    assert any("actual is 'Note: back' but audit entry" in p and "[NAME-1]" in p for p in ws.verify()[1])


@pytest.mark.parametrize("with_hash", [False, True], ids=["older entry", "entry naming the edited text"])
def test_a_mask_written_over_an_edited_text_is_reported(ws: Workspace, typed: int, with_hash: bool) -> None:
    """What an older Attest did (or a writer that skipped the comparison): the edited text masked again
    and the mask entry written. The check accepts a masked text only as the masking of the recorded one."""
    result = ws.store.one("SELECT id FROM step_results WHERE run_id = ?", (typed,))["id"]
    edited = f"Paid by card, {NAME}"
    masked = from_store("Paid by card, [NAME-1]")
    with ws.store.write() as tx:
        tx.update("step_results", result, {"actual": edited})
        before = hashlib.sha256(edited.encode()).hexdigest() if with_hash else None
        seq = tx.audit(from_store("Asha Patel"), events.TextMasked(typed, "step_results", result, "actual", masked,
                                                                  before))
    chain, problems = ws.verify()
    assert chain.ok
    assert any(f"result {result} (run {typed}, step 1): actual was masked again by audit entry {seq} from a text the "
               "log never recorded" in p and "'Request sent'" in p for p in problems), problems


def test_masking_of_accepts_only_placeholders_in_place_of_parts() -> None:
    assert integrity.masking_of("Spoke to [NAME-1] today", "Spoke to Jane Smithers today")
    assert integrity.masking_of('{"mpan": "[MPAN-1]"}', '{"mpan": "1200023305967"}')
    assert integrity.masking_of("Meter MPAN001 read", "Meter 1200023305967 read", {"MPAN001"})
    assert integrity.masking_of("[REDACTED NOTE]", "anything at all")
    assert integrity.masking_of("[NAME-1] and [NAME-2]", "Jane Smithers and John Smith")
    assert not integrity.masking_of("Paid by [NAME-1]", "Spoke to Jane Smithers")
    assert not integrity.masking_of("Spoke to [NAME-1] today", "Spoke to today")  # a placeholder stands for something
    assert not integrity.masking_of("Meter MPAN001 read", "Meter 1200023305967 read")  # not a known reference
    assert not integrity.masking_of("all good", "all fine")


# -- older entries ----------------------------------------------------------------------------------------

def test_an_older_entry_without_the_rows_time_leaves_only_that_unchecked(built: Workspace) -> None:
    """Entries written before ``stamped`` read the clock a moment after the row: the row's time is checked
    for its form only, every other column as before."""
    conn = copy(built)
    conn.execute("DROP TRIGGER audit_log_no_update")
    rewritten = 0
    for seq, details in conn.execute("SELECT seq, details FROM audit_log WHERE action = 'step.record'").fetchall():
        payload = json.loads(details)
        payload.pop("stamped")
        conn.execute("UPDATE audit_log SET details = ? WHERE seq = ?", (audit.canonical_json(payload), seq))
        rewritten += 1
    assert rewritten and integrity.check(conn) == []  # (the chain is broken, of course: only the data is asked)
    conn.execute("UPDATE step_results SET recorded_at = '2026-11-24T08:59:00.000000Z' WHERE id = 1")
    assert integrity.check(conn) == []
    conn.execute("UPDATE step_results SET recorded_at = 'yesterday', recorded_by = 'Mallory' WHERE id = 1")
    problems = integrity.check(conn)
    assert any("recorded_at is 'yesterday'" in p for p in problems)
    assert any("recorded_by is 'Mallory'" in p for p in problems)


def test_the_check_reads_each_table_and_the_log_once(built: Workspace) -> None:
    conn = copy(built)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    integrity.check(conn)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert sum("FROM audit_log" in s for s in reads) == 1
    for table in integrity.COVERAGE:
        assert sum(f'FROM "{table}"' in s for s in reads) == 1, table
    assert len(reads) == len(integrity.COVERAGE) + 2  # + the log, + the list of tables
