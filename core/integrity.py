"""Does the workspace still say what its audit log says? The second half of ``attest audit verify``.

The hash chain proves the log itself was not edited mid-way. It cannot see a change made to the
data tables behind the log's back, nor a log whose newest entries were cut off. So every row that
matters is checked against the entry that recorded it: a row without an entry, an entry whose row
is gone, a row whose values differ from what was recorded, case content that no longer matches its
hash, and evidence files that are missing or changed on disk.

What no check inside one workspace can see is the whole workspace rolled back to an older, self-
consistent copy; evidence packs carry the chain head and item hashes so that an assurer can.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import sqlite3
from contextvars import ContextVar
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from attest.core import audit_events as events
from attest.core.audit import entries

Row = dict[str, Any]
E = TypeVar("E", bound=events.AuditEvent)


# (table, row id, column) -> (seq, text) of the latest typed text masked again (events.TextMasked)
_MASKED: ContextVar[dict[tuple[str, int, str], tuple[int, str]]] = ContextVar("masked", default={})
# the log's entries by kind, read and parsed once per check (each part of the check asks for a few kinds;
# reading the log once per ask parsed a long log several times over)
_BY_KIND: ContextVar[dict[str, list[Any]] | None] = ContextVar("by_kind", default=None)
_TABLE = re.compile(r"\bFROM (\w+)")


def _rows(conn: sqlite3.Connection, sql: str) -> list[Row]:
    cursor = conn.execute(sql)
    names = [c[0] for c in cursor.description]
    table = _TABLE.search(sql)
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row[_TABLE_KEY] = table.group(1) if table else ""
    return rows


_TABLE_KEY = "\x00table"  # no column has this name


def _masked_since(row: Row, column: str, seq: int) -> bool:
    """Whether the row's ``column`` holds the text a later entry masked it to (events.TextMasked)."""
    masked = _MASKED.get().get((row.get(_TABLE_KEY, ""), row.get("id", -1), column))
    return masked is not None and masked[0] > seq and row.get(column) == masked[1]


def _entries(conn: sqlite3.Connection, cls: type[E]) -> list[tuple[int, E]]:
    """(seq, event) of every entry of this class, oldest first."""
    cached = _BY_KIND.get()
    found = cached.get(cls.kind, []) if cached is not None else entries(conn, cls.kind)
    return [(entry.seq, entry.event) for entry in found if isinstance(entry.event, cls)]


def _unreadable(conn: sqlite3.Connection) -> Iterator[str]:
    """Entries of a known kind whose details do not fit it: what they recorded cannot be checked."""
    cached = _BY_KIND.get()
    known = ([e for kind in events.BY_KIND for e in cached.get(kind, [])] if cached is not None
             else entries(conn, *events.BY_KIND))
    for entry in sorted(known, key=lambda e: e.seq):
        if isinstance(entry.event, events.UnknownEvent):
            yield (f"audit entry {entry.seq} ({entry.event.action} {entry.event.entity_type} {entry.event.entity_id}) "
                   "cannot be read: its details do not fit that kind of entry")


def _canonical_sha256(content: str) -> str:
    data = json.loads(content)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _compare(what: str, seq: int, row: Row, recorded: dict[str, Any]) -> Iterator[str]:
    """``recorded`` maps a row column to the value the audit entry recorded for it."""
    for column, value in recorded.items():
        value = _plain(value)
        if row[column] != value and not _masked_since(row, column, seq):
            yield f"{what}: {column} is {row[column]!r} but audit entry {seq} recorded {value!r}"


def check(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None = None) -> list[str]:
    """Every disagreement between the data and the audit log, worded for a person."""
    by_kind: dict[str, list[Any]] = {}
    for entry in entries(conn, *events.BY_KIND):
        by_kind.setdefault(entry.event.action, []).append(entry)
    kinds = _BY_KIND.set(by_kind)
    try:
        masked = {(e.table, e.row_id, e.column): (seq, str(e.text)) for seq, e in _entries(conn, events.TextMasked)}
        token = _MASKED.set(masked)
        try:
            return _check(conn, file_problem)
        finally:
            _MASKED.reset(token)
    finally:
        _BY_KIND.reset(kinds)


def _check(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None) -> list[str]:
    problems: list[str] = list(_unreadable(conn))
    problems += _check_cases(conn)
    problems += _check_runs(conn)
    problems += _check_results(conn)
    problems += _check_evidence(conn, file_problem)
    problems += _check_simple(conn, "observations", events.ObservationAdded, "observation",
                              lambda e: (e.observation_id, {"kind": e.observation_kind, "text": e.text,
                                                            "step_index": e.step, "run_id": e.run_id,
                                                            "raised_by": e.raised_by}))
    problems += _check_observation_changes(conn)
    problems += _check_simple(conn, "participants", events.ParticipantAdded, "participant",
                              lambda e: (e.participant_id, {"name": e.name, "organisation": e.organisation,
                                                            "role": e.role, "run_id": e.run_id}))
    problems += _check_simple(conn, "defects", events.DefectAdded, "defect",
                              lambda e: (e.defect_id, {"title": e.title, "severity": e.severity,
                                                       "priority": e.priority, "step_index": e.step,
                                                       "run_id": e.run_id}))
    problems += _check_phase(conn)
    problems += _check_ado_links(conn)
    return problems


def _check_ado_links(conn: sqlite3.Connection) -> Iterator[str]:
    """Each Azure DevOps link as the latest pull that wrote it recorded it."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='ado_links'").fetchone() is None:
        return
    recorded: dict[tuple[str, int], tuple[int, tuple[int, int]]] = {}
    for seq, pulled in _entries(conn, events.AdoPulled):
        for kind, local_id, ado_id, rev in pulled.links:
            recorded[(kind, local_id)] = (seq, (ado_id, rev))
    for seq, sent in _entries(conn, events.AdoSent):
        if sent.what != "outcome":  # an outcome recorded on a result is no link of its own
            recorded[(sent.what, sent.local_id)] = (seq, (sent.ado_id, 0))
    seen = set()
    for row in _rows(conn, "SELECT kind, local_id, ado_id, rev FROM ado_links"):
        key = (row["kind"], row["local_id"])
        seen.add(key)
        found = recorded.get(key)
        if found is None:
            yield f"Azure DevOps link {key[0]} {key[1]} has no audit entry"
        elif (row["ado_id"], row["rev"]) != found[1]:
            yield (f"Azure DevOps link {key[0]} {key[1]} names work item {row['ado_id']} revision {row['rev']} but "
                   f"audit entry {found[0]} recorded {found[1][0]} revision {found[1][1]}")
    for key, (seq, _) in recorded.items():
        if key not in seen:
            yield f"Azure DevOps link {key[0]} {key[1]} recorded by audit entry {seq} is missing"


def _latest(conn: sqlite3.Connection, cls: type[E], key: Callable[[E], int]) -> dict[int, tuple[int, E]]:
    """The latest entry of this class for each subject (``key`` gives its id)."""
    return {key(e): (seq, e) for seq, e in _entries(conn, cls)}


def _check_phase(conn: sqlite3.Connection) -> Iterator[str]:
    """Plans, suites, the cases in them and each defect's lifecycle and links, as last recorded."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='plans'").fetchone() is None:
        return  # a workspace before schema v8 (a fixture opened without migrating)
    yield from _check_simple(conn, "plans", events.PlanCreated, "plan",
                             lambda e: (e.plan_id, {"name": e.name, "programme": e.programme, "release": e.release,
                                                    "environment": e.environment, "scale": e.scale,
                                                    "starts_on": e.starts_on, "ends_on": e.ends_on}))
    criteria = _latest(conn, events.PlanCriteriaSet, lambda e: e.plan_id)
    for row in _rows(conn, "SELECT id, criteria FROM plans"):
        seq, recorded = criteria.get(row["id"], (0, None))
        stored = json.loads(row["criteria"] or "{}")
        if stored != (recorded.criteria if recorded else {}):
            source = f"audit entry {seq} recorded" if seq else "the audit log recorded none"
            yield f"plan {row['id']}: its exit criteria differ from what {source}"
    yield from _check_simple(conn, "suites", events.SuiteAdded, "suite",
                             lambda e: (e.suite_id, {"plan_id": e.plan_id, "name": e.name, "position": e.position}))
    placed = _latest(conn, events.PlanCaseSet, lambda e: e.plan_case_id)
    seen = set()
    for row in _rows(conn, "SELECT * FROM plan_cases"):
        seen.add(row["id"])
        found = placed.get(row["id"])
        if found is None:
            yield f"plan case {row['id']} has no audit entry"
            continue
        seq, e = found
        yield from _compare(f"plan case {row['id']}", seq, row,
                            {"suite_id": e.suite_id, "case_id": e.case_id, "position": e.position, "tester": e.tester,
                             "configuration": e.configuration, "regression": int(e.regression)})
    for row_id, (seq, _) in placed.items():
        if row_id not in seen:
            yield f"plan case {row_id} recorded by audit entry {seq} is missing"
    starts = {e.run_id: (seq, e) for seq, e in _entries(conn, events.RunStarted)}
    for run in _rows(conn, "SELECT id, plan_id, retest_of, retests_defects FROM runs"):
        found_start = starts.get(run["id"])
        if found_start is None:
            continue  # told by _check_runs
        seq, start = found_start
        if (run["plan_id"], json.loads(run["retest_of"] or "[]"), json.loads(run["retests_defects"] or "[]")) != \
                (start.plan_id, list(start.retest_of), list(start.retests_defects)):
            yield f"run {run['id']}: its plan or retest links differ from what audit entry {seq} recorded"
    moves = _entries(conn, events.DefectMoved)
    last_move = {e.defect_id: (seq, e) for seq, e in moves}
    links = _latest(conn, events.DefectLinked, lambda e: e.defect_id)
    for row in _rows(conn, "SELECT id, status, evidence, retests FROM defects"):
        seq, move = last_move.get(row["id"], (0, None))
        status = move.after.value if move else "open"
        if row["status"] != status:
            source = f"audit entry {seq} moved it to {status}" if seq else "the audit log never moved it from open"
            yield f"defect {row['id']}: status is {row['status']!r} but {source}"
        link_seq, link = links.get(row["id"], (0, None))
        recorded_links = (list(link.evidence), list(link.retests)) if link else ([], [])
        if (json.loads(row["evidence"] or "[]"), json.loads(row["retests"] or "[]")) != recorded_links:
            source = f"audit entry {link_seq} recorded" if link_seq else "the audit log recorded none"
            yield f"defect {row['id']}: its evidence or retest links differ from what {source}"
    yield from _check_simple(conn, "defect_changes", events.DefectMoved, "defect change",
                             lambda e: (e.change_id, {"defect_id": e.defect_id, "before": e.before, "after": e.after,
                                                      "reason": e.reason, "retest_run_id": e.retest_run_id}))


def _check_cases(conn: sqlite3.Connection) -> Iterator[str]:
    imports = {(e.case_id, e.version): (seq, e) for seq, e in _entries(conn, events.CaseImported)}
    seen = set()
    for row in _rows(conn, "SELECT id, case_id, version, content, content_sha256 FROM case_versions"):
        key = (row["case_id"], row["version"])
        seen.add(key)
        what = f"case {row['case_id']} version {row['version']}"
        found = imports.get(key)
        if found is None:
            yield f"{what} has no audit entry (added behind the log's back, or the log was cut short)"
            continue
        seq, entry = found
        if _canonical_sha256(row["content"]) != entry.content_sha256:
            yield f"{what}: its steps or fields were changed after import (audit entry {seq})"
    for key, (seq, _) in imports.items():
        if key not in seen:
            yield f"case {key[0]} version {key[1]} recorded by audit entry {seq} is missing"


def _check_runs(conn: sqlite3.Connection) -> Iterator[str]:
    starts = {e.run_id: (seq, e) for seq, e in _entries(conn, events.RunStarted)}
    washups = {e.run_id: (seq, e) for seq, e in _entries(conn, events.WashUpSigned)}
    amends: dict[int, list[tuple[int, events.StepAmended]]] = {}
    for seq, amend in _entries(conn, events.StepAmended):
        amends.setdefault(amend.run_id, []).append((seq, amend))
    finishes = {e.run_id: (seq, e) for seq, e in _entries(conn, events.RunFinished)}
    versions = {r["id"]: r for r in _rows(conn, "SELECT id, content FROM case_versions")}
    run_steps: dict[int, list[Row]] = {}
    for step in _rows(conn, "SELECT run_id, step_index, action, expected FROM run_steps ORDER BY run_id, step_index"):
        run_steps.setdefault(step["run_id"], []).append(step)
    seen = set()
    for run in _rows(conn, "SELECT * FROM runs"):
        run_id = run["id"]
        seen.add(run_id)
        what = f"run {run_id}"
        if run_id not in starts:
            yield f"{what} has no audit entry for its start"
            continue
        start_seq, start = starts[run_id]
        yield from _compare(what, start_seq, run, {"reference": start.reference})
        snapshot = json.loads(run["snapshot"])
        version = versions.get(run["case_version_id"])
        if version is None or json.loads(version["content"]) != snapshot:
            yield f"{what}: its frozen copy of the test case differs from the version it started on"
        frozen = [(s["action"], s.get("expected", "")) for s in snapshot.get("steps", [])]
        for _, amend in amends.get(run_id, []):  # a step corrected during the run, with its deviation
            index = amend.step - 1
            if 0 <= index < len(frozen):
                frozen[index] = (amend.after.action, amend.after.expected)
        stored = [(s["action"], s["expected"] or "") for s in run_steps.get(run_id, [])]
        if frozen != stored:
            yield f"{what}: its step texts differ from the frozen test case and the amendments the log recorded"
        if run.get("witnessed") and amends.get(run_id):
            yield f"{what} is witnessed, yet audit entry {amends[run_id][0][0]} amended a step"
        if bool(run.get("witnessed")) != start.witnessed:
            yield (f"{what} is {'' if run.get('witnessed') else 'not '}marked witnessed but audit entry "
                   f"{start_seq} started it {'witnessed' if start.witnessed else 'unwitnessed'}")
        washup = washups.get(run_id)
        if washup is None and run.get("outcome"):
            yield f"{what} has a wash-up outcome the audit log never recorded"
        elif washup is not None:
            seq, signed = washup
            yield from _compare(what, seq, run, {"outcome": signed.outcome, "signed_by": signed.signed_by,
                                                 "signed_at": signed.signed_at})
        finish = finishes.get(run_id)
        if finish is None and run["status"] != "in-progress":
            yield f"{what} is marked {run['status']} but the audit log never recorded it finishing"
        elif finish is not None:
            yield from _compare(what, finish[0], run, {"status": finish[1].status})
    for run_id, (seq, _) in starts.items():
        if run_id not in seen:
            yield f"run {run_id} started by audit entry {seq} is missing"


def _check_results(conn: sqlite3.Connection) -> Iterator[str]:
    records = {e.result_id: (seq, e) for seq, e in _entries(conn, events.StepRecorded)}
    recorded: list[tuple[int, events.DeviationRecord | None]] = [(seq, e.deviation) for seq, e in records.values()]
    recorded += [(seq, e.deviation) for seq, e in _entries(conn, events.StepAmended)]
    deviations = {d.id: (seq, d) for seq, d in recorded if d is not None}
    seen = set()
    for row in _rows(conn, "SELECT * FROM step_results"):
        seen.add(row["id"])
        what = f"result {row['id']} (run {row['run_id']}, step {row['step_index']})"
        found = records.get(row["id"])
        if found is None:
            yield f"{what} has no audit entry (added behind the log's back, or the log was cut short)"
            continue
        seq, entry = found
        if entry.run_id != row["run_id"]:
            yield f"{what}: audit entry {seq} recorded it on run {entry.run_id}"
        yield from _compare(what, seq, row, {"step_index": entry.step, "status": entry.status,
                                             "actual": entry.actual})
    for result_id, (seq, _) in records.items():
        if result_id not in seen:
            yield f"result {result_id} recorded by audit entry {seq} is missing"
    for row in _rows(conn, "SELECT * FROM deviations"):
        deviation = deviations.get(row["id"])
        what = f"deviation {row['id']} (run {row['run_id']}, step {row['step_index']})"
        if deviation is None:
            yield f"{what} has no audit entry"
        else:
            yield from _compare(what, deviation[0], row, {"kind": deviation[1].kind, "reason": deviation[1].reason})


def _check_evidence(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None) -> Iterator[str]:
    adds = {e.evidence_id: (seq, e) for seq, e in _entries(conn, events.EvidenceAdded)}
    annotated = {e.evidence_id: (seq, e) for seq, e in _entries(conn, events.EvidenceAnnotated)}  # the latest wins
    remasked: dict[int, list[tuple[int, events.EvidenceMasked]]] = {}  # in log order: the file before and after
    for seq, mask in _entries(conn, events.EvidenceMasked):
        remasked.setdefault(mask.evidence_id, []).append((seq, mask))
    seen = set()
    for row in _rows(conn, "SELECT * FROM evidence_items"):
        seen.add(row["id"])
        what = f"evidence item {row['id']} ({row['name']}, run {row['run_id']} step {row['step_index']})"
        found = adds.get(row["id"])
        if found is None:
            yield f"{what} has no audit entry"
            continue
        added_seq, added = found
        sha256 = added.sha256
        last_seq = added_seq
        for mask_seq, mask in remasked.get(row["id"], []):
            if mask.before != sha256:
                yield (f"{what}: audit entry {mask_seq} changed its masks on a file "
                       f"({mask.before[:12]}…) the log does not show it holding")
            sha256 = mask.after
            last_seq = mask_seq
        yield from _compare(what, added_seq, row, {"kind": added.item_kind, "name": added.name,
                                                   "redaction": added.redaction, "run_id": added.run_id,
                                                   "step_index": added.step})
        yield from _compare(what, last_seq, row, {"sha256": sha256})
        stored = json.loads(row.get("annotations") or "[]")
        last = annotated.get(row["id"])
        recorded = list(last[1].annotations if last else added.annotations)  # the latest change, else as added
        if stored != recorded:
            yield (f"{what}: its annotations differ from what "
                   + (f"audit entry {last[0]} recorded" if last else "the audit log recorded (none)"))
        if file_problem is not None:
            problem = file_problem(row["sha256"])
            if problem:
                yield f"{what}: the evidence file {problem}"
    for item_id, (seq, _) in adds.items():
        if item_id not in seen:
            yield f"evidence item {item_id} recorded by audit entry {seq} is missing"


def _check_observation_changes(conn: sqlite3.Connection) -> Iterator[str]:
    """A query's response, a candidate's defect and the wash-up's agreed action, each as last recorded."""
    expected: dict[int, dict[str, tuple[int, Any]]] = {}  # seq 0: none recorded
    for seq, responded in _entries(conn, events.ObservationResponded):
        expected.setdefault(responded.observation_id, {})["response"] = (seq, responded.response)
    for seq, promoted in _entries(conn, events.ObservationPromoted):
        expected.setdefault(promoted.observation_id, {})["defect_id"] = (seq, promoted.defect_id)
    for seq, washup in _entries(conn, events.WashUpSigned):
        for observation_id, action in washup.actions.items():
            expected.setdefault(observation_id, {})["action"] = (seq, action)
    for row in _rows(conn, "SELECT * FROM observations"):
        recorded = expected.get(row["id"], {})
        for column, empty in (("response", ""), ("defect_id", None), ("action", "")):
            seq, value = recorded.get(column, (0, empty))
            if (row.get(column) or empty) != value and not _masked_since(row, column, seq):
                source = f"audit entry {seq} recorded {value!r}" if seq else "the audit log recorded none"
                yield f"observation {row['id']}: {column} is {row.get(column)!r} but {source}"


def _check_simple(conn: sqlite3.Connection, table: str, cls: type[E], noun: str,
                  recorded: Callable[[E], tuple[int, dict[str, Any]]]) -> Iterator[str]:
    """``recorded`` gives the row id an event recorded and the values it recorded, by column."""
    adds = {row_id: (seq, values) for seq, event in _entries(conn, cls) for row_id, values in [recorded(event)]}
    seen = set()
    for row in _rows(conn, f"SELECT * FROM {table}"):
        seen.add(row["id"])
        found = adds.get(row["id"])
        if found is None:
            yield f"{noun} {row['id']} has no audit entry"
        else:
            yield from _compare(f"{noun} {row['id']}", found[0], row, found[1])
    for row_id, (seq, _) in adds.items():
        if row_id not in seen:
            yield f"{noun} {row_id} recorded by audit entry {seq} is missing"
