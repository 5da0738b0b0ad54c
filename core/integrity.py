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

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

Row = dict[str, Any]


def _rows(conn: sqlite3.Connection, sql: str) -> list[Row]:
    cursor = conn.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def _entries(conn: sqlite3.Connection, action: str) -> list[Row]:
    rows = _rows(conn, f"SELECT seq, entity_id, details FROM audit_log WHERE action = '{action}' ORDER BY seq")
    for row in rows:
        row["details"] = json.loads(row["details"])
    return rows


def _canonical_sha256(content: str) -> str:
    data = json.loads(content)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _compare(what: str, seq: int, row: Row, recorded: dict[str, Any],
             fields: dict[str, str]) -> Iterator[str]:
    """``fields`` maps a row column to the name it has in the audit entry's details."""
    for column, key in fields.items():
        if key in recorded and row[column] != recorded[key]:
            yield (f"{what}: {column} is {row[column]!r} but audit entry {seq} recorded {recorded[key]!r}")


def check(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None = None) -> list[str]:
    """Every disagreement between the data and the audit log, worded for a person."""
    problems: list[str] = []
    problems += _check_cases(conn)
    problems += _check_runs(conn)
    problems += _check_results(conn)
    problems += _check_evidence(conn, file_problem)
    problems += _check_simple(conn, "observations", "observation.add", "observation",
                              {"kind": "kind", "text": "text", "step_index": "step", "run_id": "run_id",
                               "raised_by": "raised_by"})
    problems += _check_observation_changes(conn)
    problems += _check_simple(conn, "participants", "participant.add", "participant",
                              {"name": "name", "organisation": "organisation", "role": "role", "run_id": "run_id"})
    problems += _check_simple(conn, "defects", "defect.add", "defect",
                              {"title": "title", "severity": "severity", "priority": "priority",
                               "step_index": "step", "run_id": "run_id"})
    return problems


def _check_cases(conn: sqlite3.Connection) -> Iterator[str]:
    imports = {(int(e["entity_id"]), e["details"]["version"]): e for e in _entries(conn, "case.import")}
    seen = set()
    for row in _rows(conn, "SELECT id, case_id, version, content, content_sha256 FROM case_versions"):
        key = (row["case_id"], row["version"])
        seen.add(key)
        what = f"case {row['case_id']} version {row['version']}"
        entry = imports.get(key)
        if entry is None:
            yield f"{what} has no audit entry (added behind the log's back, or the log was cut short)"
            continue
        if _canonical_sha256(row["content"]) != entry["details"]["content_sha256"]:
            yield f"{what}: its steps or fields were changed after import (audit entry {entry['seq']})"
    for key, entry in imports.items():
        if key not in seen:
            yield f"case {key[0]} version {key[1]} recorded by audit entry {entry['seq']} is missing"


def _check_runs(conn: sqlite3.Connection) -> Iterator[str]:
    starts = {int(e["entity_id"]): e for e in _entries(conn, "run.start")}
    washups = {int(e["entity_id"]): e for e in _entries(conn, "run.washup")}
    amends: dict[int, list[Row]] = {}
    for entry in _entries(conn, "step.amend"):
        amends.setdefault(int(entry["entity_id"]), []).append(entry)
    finishes = {int(e["entity_id"]): e for e in _entries(conn, "run.finish")}
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
        start = starts[run_id]
        yield from _compare(what, start["seq"], run, start["details"], {"reference": "reference"})
        snapshot = json.loads(run["snapshot"])
        version = versions.get(run["case_version_id"])
        if version is None or json.loads(version["content"]) != snapshot:
            yield f"{what}: its frozen copy of the test case differs from the version it started on"
        frozen = [(s["action"], s.get("expected", "")) for s in snapshot.get("steps", [])]
        for amend in amends.get(run_id, []):  # a step corrected during the run, with its deviation
            index = int(amend["details"]["step"]) - 1
            if 0 <= index < len(frozen):
                frozen[index] = (amend["details"]["to"]["action"], amend["details"]["to"]["expected"])
        stored = [(s["action"], s["expected"] or "") for s in run_steps.get(run_id, [])]
        if frozen != stored:
            yield f"{what}: its step texts differ from the frozen test case and the amendments the log recorded"
        if run.get("witnessed") and amends.get(run_id):
            yield f"{what} is witnessed, yet audit entry {amends[run_id][0]['seq']} amended a step"
        start_witnessed = bool(start["details"].get("witnessed"))
        if bool(run.get("witnessed")) != start_witnessed:
            yield (f"{what} is {'' if run.get('witnessed') else 'not '}marked witnessed but audit entry "
                   f"{start['seq']} started it {'witnessed' if start_witnessed else 'unwitnessed'}")
        washup = washups.get(run_id)
        if washup is None and run.get("outcome"):
            yield f"{what} has a wash-up outcome the audit log never recorded"
        elif washup is not None:
            yield from _compare(what, washup["seq"], run, washup["details"],
                                {"outcome": "outcome", "signed_by": "signed_by", "signed_at": "signed_at"})
        finish = finishes.get(run_id)
        if finish is None and run["status"] != "in-progress":
            yield f"{what} is marked {run['status']} but the audit log never recorded it finishing"
        elif finish is not None:
            yield from _compare(what, finish["seq"], run, finish["details"], {"status": "status"})
    for run_id, entry in starts.items():
        if run_id not in seen:
            yield f"run {run_id} started by audit entry {entry['seq']} is missing"


def _check_results(conn: sqlite3.Connection) -> Iterator[str]:
    records = {e["details"]["result_id"]: e for e in _entries(conn, "step.record")}
    deviations = {e["details"]["deviation"]["id"]: (e, e["details"]["deviation"])
                  for e in [*records.values(), *_entries(conn, "step.amend")] if "deviation" in e["details"]}
    seen = set()
    for row in _rows(conn, "SELECT * FROM step_results"):
        seen.add(row["id"])
        what = f"result {row['id']} (run {row['run_id']}, step {row['step_index']})"
        entry = records.get(row["id"])
        if entry is None:
            yield f"{what} has no audit entry (added behind the log's back, or the log was cut short)"
            continue
        if int(entry["entity_id"]) != row["run_id"]:
            yield f"{what}: audit entry {entry['seq']} recorded it on run {entry['entity_id']}"
        yield from _compare(what, entry["seq"], row, entry["details"],
                            {"step_index": "step", "status": "status", "actual": "actual"})
    for result_id, entry in records.items():
        if result_id not in seen:
            yield f"result {result_id} recorded by audit entry {entry['seq']} is missing"
    for row in _rows(conn, "SELECT * FROM deviations"):
        found = deviations.get(row["id"])
        what = f"deviation {row['id']} (run {row['run_id']}, step {row['step_index']})"
        if found is None:
            yield f"{what} has no audit entry"
        else:
            yield from _compare(what, found[0]["seq"], row, found[1], {"kind": "kind", "reason": "reason"})


def _check_evidence(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None) -> Iterator[str]:
    adds = {int(e["entity_id"]): e for e in _entries(conn, "evidence.add")}
    annotated = {int(e["entity_id"]): e for e in _entries(conn, "evidence.annotate")}  # the latest wins
    remasked: dict[int, list[dict[str, Any]]] = {}  # in log order: each names the file before and after
    for entry in _entries(conn, "evidence.mask"):
        remasked.setdefault(int(entry["entity_id"]), []).append(entry)
    seen = set()
    for row in _rows(conn, "SELECT * FROM evidence_items"):
        seen.add(row["id"])
        what = f"evidence item {row['id']} ({row['name']}, run {row['run_id']} step {row['step_index']})"
        added = adds.get(row["id"])
        if added is None:
            yield f"{what} has no audit entry"
            continue
        expected = dict(added["details"])
        last_seq = added["seq"]
        for mask in remasked.get(row["id"], []):
            if mask["details"].get("from") != expected.get("sha256"):
                yield (f"{what}: audit entry {mask['seq']} changed its masks on a file "
                       f"({str(mask['details'].get('from'))[:12]}…) the log does not show it holding")
            expected["sha256"] = mask["details"].get("to")
            last_seq = mask["seq"]
        yield from _compare(what, added["seq"], row, expected,
                            {"kind": "kind", "name": "name", "redaction": "redaction",
                             "run_id": "run_id", "step_index": "step"})
        yield from _compare(what, last_seq, row, expected, {"sha256": "sha256"})
        stored = json.loads(row.get("annotations") or "[]")
        last = annotated.get(row["id"])
        recorded = (last or added)["details"].get("annotations", [])  # the latest change, else as added
        if stored != recorded:
            yield (f"{what}: its annotations differ from what "
                   + (f"audit entry {last['seq']} recorded" if last else "the audit log recorded (none)"))
        if file_problem is not None:
            problem = file_problem(row["sha256"])
            if problem:
                yield f"{what}: the evidence file {problem}"
    for item_id, entry in adds.items():
        if item_id not in seen:
            yield f"evidence item {item_id} recorded by audit entry {entry['seq']} is missing"


def _check_observation_changes(conn: sqlite3.Connection) -> Iterator[str]:
    """A query's response, a candidate's defect and the wash-up's agreed action, each as last recorded."""
    expected: dict[int, dict[str, Any]] = {}
    for entry in _entries(conn, "observation.respond"):
        expected.setdefault(int(entry["entity_id"]), {})["response"] = (entry["seq"], entry["details"]["response"])
    for entry in _entries(conn, "observation.promote"):
        expected.setdefault(int(entry["entity_id"]), {})["defect_id"] = (entry["seq"], entry["details"]["defect_id"])
    for entry in _entries(conn, "run.washup"):
        for key, action in entry["details"].get("actions", {}).items():
            expected.setdefault(int(key), {})["action"] = (entry["seq"], action)
    for row in _rows(conn, "SELECT * FROM observations"):
        recorded = expected.get(row["id"], {})
        for column, empty in (("response", ""), ("defect_id", None), ("action", "")):
            seq, value = recorded.get(column, (None, empty))
            if (row.get(column) or empty) != value:
                source = f"audit entry {seq} recorded {value!r}" if seq else "the audit log recorded none"
                yield f"observation {row['id']}: {column} is {row.get(column)!r} but {source}"


def _check_simple(conn: sqlite3.Connection, table: str, action: str, noun: str,
                  fields: dict[str, str]) -> Iterator[str]:
    adds = {int(e["entity_id"]): e for e in _entries(conn, action)}
    seen = set()
    for row in _rows(conn, f"SELECT * FROM {table}"):
        seen.add(row["id"])
        entry = adds.get(row["id"])
        if entry is None:
            yield f"{noun} {row['id']} has no audit entry"
        else:
            yield from _compare(f"{noun} {row['id']}", entry["seq"], row, entry["details"], fields)
    for row_id, entry in adds.items():
        if row_id not in seen:
            yield f"{noun} {row_id} recorded by audit entry {entry['seq']} is missing"
