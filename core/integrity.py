"""Does the workspace still say what its audit log says? The second half of ``attest audit verify``.

The hash chain proves the log itself was not edited mid-way. It cannot see a change made to the data
tables behind the log's back, nor a log whose newest entries were cut off. So the log is replayed, oldest
entry first, into what every table should hold, row by row and column by column (its typed events,
:mod:`audit_events`, with each entry's own ``at`` and ``actor`` for a row's when and who), and every
row of every table is compared with that, column by column, over the columns the table actually has:
a row without an entry, an entry whose row is gone, a value that differs from what was recorded, case
content that no longer matches its hash, evidence files missing or changed on disk. The test data
register, a file beside the database, is compared with its entries too (:func:`check_register`).

A column the schema has and :data:`COVERAGE` does not derive is reported as a fault of the software
("column X of table Y is not covered by the integrity check"), and so is a table that is neither covered
nor listed in :data:`NOT_DERIVED` with its reason: a new column cannot be forgotten.

What an older Attest did not record (a row's own time before entries were ``stamped``, an item's size,
its mask list) cannot be checked for its entries and is skipped; every entry this version writes records
all of it.

What no check inside one workspace can see is the whole workspace rolled back to an older, self-
consistent copy; the head kept outside the workspace (``seen_head``) and the evidence packs, which carry
the chain head and item hashes, are for that.
"""

from __future__ import annotations

import collections
import enum
import functools
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from attest.core import audit_events as events
from attest.core import register_store
from attest.core.audit import Entry, entries

# -- what is covered, and how ---------------------------------------------------------------------------

KEY = "key: the row is matched to the entry that recorded it by this"
AT = "the recording entry's own time (`at`), on entries `stamped` by this version on"
ACTOR = "the recording entry's actor"

# Every column of every table the check derives from the log, with where it comes from. A column a table
# has and this does not name is reported by the check itself (and by tests/test_integrity_columns.py).
COVERAGE: dict[str, dict[str, str]] = {
    "cases": {"id": KEY, "reference": "case.import", "created_at": AT + " (the case's first case.import)"},
    "case_versions": {
        "id": "case.import version_id", "case_id": KEY, "version": KEY,
        "title": "the title inside its content (the content is checked against its hash)",
        "content": "case.import content_sha256, over its canonical JSON", "content_sha256": "case.import",
        "source_file": "case.import", "source_format": "case.import", "imported_at": AT, "imported_by": ACTOR,
    },
    "runs": {
        "id": KEY, "case_id": "run.start", "case_version_id": "run.start case and version (case.import version_id)",
        "reference": "run.start", "title": "the frozen copy's title", "tester": ACTOR + " (run.start)",
        "environment": "run.start", "status": "run.start, then run.finish", "started_at": AT,
        "finished_at": AT + " (run.finish)", "snapshot": "the content hash of the case version run.start names",
        "data_refs": "run.start", "witnessed": "run.start", "purpose": "run.start",
        "outcome": "run.washup", "signed_by": "run.washup", "signed_at": "run.washup",
        "plan_id": "run.start", "retest_of": "run.start", "retests_defects": "run.start",
    },
    "run_steps": {
        "id": "run.start first_step_id", "run_id": KEY, "step_index": KEY,
        "action": "the frozen copy's step, or the latest step.amend", "expected": "as action",
        "name": "the frozen copy's step",
    },
    "step_results": {
        "id": KEY, "run_id": "step.record", "step_index": "step.record", "status": "step.record",
        "actual": "step.record, or a later text.mask of it", "recorded_by": ACTOR, "recorded_at": AT,
    },
    "evidence_items": {
        "id": KEY, "run_id": "evidence.add", "step_index": "evidence.add",
        "result_id": "the step.record that listed the item, just before it", "sha256": "evidence.add, then evidence.mask",
        "kind": "evidence.add", "name": "evidence.add, or text.mask", "caption": "evidence.add, or text.mask",
        "size": "evidence.add, then evidence.mask", "redaction": "evidence.add", "added_by": ACTOR, "added_at": AT,
        "annotations": "evidence.add, then evidence.annotate", "masks": "evidence.add, then evidence.mask",
        "expected": "evidence.add (the look for the step's expected result; none: null)",
    },
    "deviations": {
        "id": KEY, "run_id": "step.record or step.amend", "step_index": "as run_id", "kind": "as run_id",
        "reason": "as run_id, or text.mask", "recorded_by": ACTOR, "recorded_at": AT,
    },
    "observations": {
        "id": KEY, "run_id": "observation.add", "step_index": "observation.add", "kind": "observation.add",
        "text": "observation.add, or text.mask", "raised_by": "observation.add", "raised_at": AT,
        "response": "observation.respond, or text.mask", "action": "run.washup, or text.mask",
        "defect_id": "observation.promote",
    },
    "defects": {
        "id": KEY, "run_id": "defect.add", "step_index": "defect.add", "title": "defect.add, or text.mask",
        "description": "defect.add, or text.mask", "severity": "defect.add", "priority": "defect.add",
        "status": "defect.add (open), then defect.move", "raised_by": ACTOR, "raised_at": AT,
        "evidence": "defect.link", "retests": "defect.link",
    },
    "participants": {
        "id": KEY, "run_id": "participant.add", "name": "participant.add", "organisation": "participant.add",
        "role": "participant.add", "added_at": AT,
    },
    "plans": {
        "id": KEY, "name": "plan.create", "programme": "plan.create", "release": "plan.create",
        "environment": "plan.create", "scale": "plan.create", "starts_on": "plan.create", "ends_on": "plan.create",
        "criteria": "plan.criteria (none: {})", "created_at": AT, "created_by": ACTOR,
    },
    "suites": {"id": KEY, "plan_id": "suite.add", "name": "suite.add", "position": "suite.add"},
    "plan_cases": {
        "id": KEY, "suite_id": "plan.case", "case_id": "plan.case", "position": "plan.case", "tester": "plan.case",
        "configuration": "plan.case", "regression": "plan.case",
    },
    "defect_changes": {
        "id": KEY, "defect_id": "defect.move", "before": "defect.move", "after": "defect.move",
        "reason": "defect.move", "retest_run_id": "defect.move", "moved_by": ACTOR, "moved_at": AT,
    },
    "ado_links": {"kind": KEY, "local_id": KEY, "ado_id": "ado.pull or ado.send", "rev": "ado.pull (ado.send: 0)"},
    "meta": {"key": KEY, "value": "per setting, see SETTINGS"},
}

# The rows of ``meta`` (key -> value) the log records, and where from.
SETTINGS: dict[str, str] = {
    "originals": "settings.originals",
    "ado.org_url": "ado.connect", "ado.project": "ado.connect", "ado.ca_bundle": "ado.connect",
    "ado.proxy": "ado.connect (whether one is set; the address may hold a password and is not logged)",
    "ado.area": "ado.connect", "ado.iteration": "ado.connect",
    "workspace_id": "audit.key (the keyed chain's key), or register.create; a workspace of an older Attest "
                    "with neither has it in no entry",
}
# made with the workspace (schema v3), before any entry: in an older workspace with no key and no register
# no entry names it, and its row is not checked
UNLOGGED_SETTINGS = frozenset({"workspace_id"})

# Tables not derived from the log, and why. Anything else in the schema is reported as not covered.
NOT_DERIVED: dict[str, str] = {
    "audit_log": "the log itself: the hash chain covers it (audit.verify)",
    "audit_seals": "the log's keyed seals: checked with the workspace's key (seals.check), not derived from it",
    "scans": "sealed elsewhere: a cache of what the leak scan found per file (a wrong row only costs a rescan "
             "or is caught by the pack's final scan); sealed with the workspace's keyed MAC",
    "renditions": "sealed elsewhere: a cache of screenshots with their annotations drawn in (content-addressed "
                  "files); sealed with the workspace's keyed MAC",
    "drafts": "sealed elsewhere: captures waiting beside a step, not yet recorded (core.drafts); each row sealed "
              "with the workspace's keyed MAC, and an altered or unsealed row is never restored",
    "schema_version": "written by the migrations, which are not audited; a version newer than this Attest knows "
                      "is refused when the workspace is opened",
}

KEYS: dict[str, tuple[str, ...]] = {
    "case_versions": ("case_id", "version"), "run_steps": ("run_id", "step_index"), "ado_links": ("kind", "local_id"),
    "meta": ("key",),
}
_JSON = frozenset({
    ("runs", "data_refs"), ("runs", "retest_of"), ("runs", "retests_defects"),
    ("evidence_items", "annotations"), ("evidence_items", "masks"), ("evidence_items", "expected"),
    ("defects", "evidence"), ("defects", "retests"),
    ("plans", "criteria"),
})
_ORDER = ("cases", "case_versions", "runs", "run_steps")  # later ones use what these found
_PHRASES = {  # columns whose difference reads better in words than as two values
    ("evidence_items", "annotations"): "its annotations differ from what {source}",
    ("evidence_items", "masks"): "its mask list differs from what {source} (masks)",
    ("plans", "criteria"): "its exit criteria differ from what {source} (criteria)",
    ("case_versions", "content"): "its steps or fields were changed after import (its content no longer matches "
                                  "the hash audit entry {seq} recorded)",
    ("runs", "snapshot"): "its frozen copy of the test case differs from the version it started on (its snapshot "
                          "no longer matches the content hash audit entry {seq} names)",
}
_STEP_TEXTS = " (its step texts differ from the frozen test case and the amendments the log recorded)"


# How a message names a row, by table (filled from the row's own columns); any other table: "<noun> <id>"
ROW_NAMES = {
    "cases": "case {id} ({reference})",
    "case_versions": "case {case_id} version {version}",
    "run_steps": "run {run_id} step {step_index}",
    "step_results": "result {id} (run {run_id}, step {step_index})",
    "evidence_items": "evidence item {id} ({name}, run {run_id} step {step_index})",
    "deviations": "deviation {id} (run {run_id}, step {step_index})",
    "ado_links": "Azure DevOps link {kind} {local_id}",
    "meta": "setting {key}",
}
NOUNS = {"runs": "run", "observations": "observation", "defects": "defect", "participants": "participant",
         "plans": "plan", "suites": "suite", "plan_cases": "plan case", "defect_changes": "defect change"}


def row_name(table: str, row: dict[str, Any]) -> str:
    """How a message names a row of the workspace (from what the row holds)."""
    template = ROW_NAMES.get(table, NOUNS.get(table, table) + " {id}")
    return template.format_map(collections.defaultdict(lambda: None, row))


# -- expected values ------------------------------------------------------------------------------------

class _Skip:
    """A value that cannot be checked: an older entry did not record it, or it is derived from a part of
    the row found changed (reported once, there)."""

    def __init__(self, why: str) -> None:
        self.why = why

    def __repr__(self) -> str:
        return f"<{self.why}>"


UNRECORDED = _Skip("not recorded by an older entry")
_FROM_SNAPSHOT = _Skip("from the run's frozen copy, which was changed")
_FROM_CONTENT = _Skip("from the version's content, which was changed")


class _Rule:
    """A value checked by a rule rather than compared with one value."""

    def fits(self, stored: Any) -> bool:
        raise NotImplementedError


class _SomeTime(_Rule):
    """A row's time on an entry older than ``stamped``: read a moment before the entry's, so only its form is checked."""

    def fits(self, stored: Any) -> bool:
        try:
            return isinstance(stored, str) and datetime.fromisoformat(stored.replace("Z", "+00:00")) is not None
        except ValueError:
            return False

    def __str__(self) -> str:
        return "a time (an older entry: the row's own time is not in it)"


_SOME_TIME = _SomeTime()


@dataclass(frozen=True)
class _Digest(_Rule):
    sha256: str | None  # None: the log names no such case version

    def fits(self, stored: Any) -> bool:
        return self.sha256 is not None and isinstance(stored, str) and _canonical_sha256(stored) == self.sha256

    def __str__(self) -> str:
        return f"content hashing to {self.sha256[:12]}…" if self.sha256 else "a case version it never imported"


@dataclass(frozen=True)
class _KindCounts(_Rule):
    """An older entry's mask counts per kind (the list itself was not recorded)."""

    counts: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, counts: dict[str, int] | Counter[str]) -> _KindCounts:
        return cls(tuple(sorted((k, v) for k, v in counts.items() if v)))

    def fits(self, stored: Any) -> bool:
        if stored is None:  # an item recorded before mask lists were kept (schema v6): only counted
            return True
        if not isinstance(stored, list) or not all(isinstance(m, dict) for m in stored):
            return False
        return _KindCounts.of(Counter(str(m.get("kind")) for m in stored)) == self

    def __str__(self) -> str:
        return "masks of " + (", ".join(f"{n} {k}" for k, n in self.counts) or "no kind")


@dataclass(frozen=True)
class _SetOrNot(_Rule):
    present: bool

    def fits(self, stored: Any) -> bool:
        return bool(stored) is self.present

    def __str__(self) -> str:
        return "a value" if self.present else "none"


@dataclass(frozen=True)
class _VersionOf(_Rule):
    """An older run.start names its case version by number; its row id is read from case_versions."""

    case_id: int
    version: int
    ids: dict[tuple[int, int], int]

    def fits(self, stored: Any) -> bool:
        return self.ids.get((self.case_id, self.version)) == stored

    def __str__(self) -> str:
        return f"the row of case {self.case_id} version {self.version}"


class Want(NamedTuple):
    """What the log says a column holds, and the entry that said it."""

    value: Any
    seq: int


@dataclass
class _Row:
    what: str  # how a message names it when it is missing
    seq: int  # the entry that made it
    values: dict[str, tuple[Any, int]]  # column -> (value, the entry that recorded it): a Want, as a plain tuple


@functools.lru_cache(maxsize=8)  # a run's frozen copy is hashed where its title is derived, then compared
def _canonical_sha256(content: str) -> str:
    try:
        data = json.loads(content)
    except ValueError:
        return ""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A placeholder redaction writes ("[MPAN-1]", "[MSN]", "[REDACTED NOTE]"), quoted or not
_PLACEHOLDER = r'"?\[[A-Z][A-Z0-9 _-]*\]"?'


def masking_of(masked: str, original: str, references: Iterable[str] = ()) -> bool:
    """Whether ``masked`` is ``original`` with some parts replaced by what redaction puts in their place
    (a placeholder, or a register reference): every other character as it was, in order."""
    if masked == original or masked == original.strip():
        return True
    alternatives = sorted({r for r in references if r}, key=len, reverse=True)
    token = re.compile("|".join([_PLACEHOLDER, *(re.escape(r) for r in alternatives)]))
    literals = token.split(masked)
    if len(literals) == 1:
        return False
    return _fits_between(literals, original) or _fits_between(literals, original.strip())


def _fits_between(literals: list[str], text: str) -> bool:
    """``text`` is the literals in order with at least one character in place of each token between them."""
    first, last = literals[0], literals[-1]
    if not text.startswith(first):
        return False
    position = len(first)
    for middle in literals[1:-1]:
        found = text.find(middle, position + 1)
        if found < 0:
            return False
        position = found + len(middle)
    return len(text) - len(last) >= position + 1 and text.endswith(last)


# -- the log, replayed ----------------------------------------------------------------------------------

class _Replay:
    """The log read oldest first into the rows every table should hold."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[Any, _Row]] = {}
        self.problems: list[str] = []
        self.case_sha: dict[tuple[int, int], str] = {}
        self.version_ids: dict[tuple[int, int], int] = {}  # as case.import recorded them
        self.version_rows: dict[tuple[int, int], int] = {}  # as case_versions holds them (older entries)
        self.last_result: dict[tuple[int, int], tuple[int, tuple[str, ...]]] = {}
        self.references: set[str] = set()
        self.handlers: dict[type, Callable[[Entry, Any], None]] = {
            events.CaseImported: self._case_imported, events.RunStarted: self._run_started,
            events.StepRecorded: self._step_recorded, events.StepAmended: self._step_amended,
            events.RunFinished: self._run_finished, events.EvidenceAdded: self._evidence_added,
            events.EvidenceAnnotated: self._evidence_annotated, events.EvidenceMasked: self._evidence_masked,
            events.TextMasked: self._text_masked, events.ObservationAdded: self._observation_added,
            events.ObservationResponded: self._observation_responded,
            events.ObservationPromoted: self._observation_promoted, events.WashUpSigned: self._washup,
            events.DefectAdded: self._defect_added, events.DefectMoved: self._defect_moved,
            events.DefectLinked: self._defect_linked, events.ParticipantAdded: self._participant_added,
            events.PlanCreated: self._plan_created, events.PlanCriteriaSet: self._plan_criteria,
            events.SuiteAdded: self._suite_added, events.PlanCaseSet: self._plan_case,
            events.AdoPulled: self._ado_pulled, events.AdoSent: self._ado_sent,
            events.AdoConnected: self._ado_connected, events.OriginalsModeSet: self._originals,
            events.RegisterCreated: self._register_created, events.RegisterAdded: self._register_added,
            events.RegisterImported: self._register_imported, events.KeyCreated: self._key_created,
        }

    def apply(self, entry: Entry) -> None:
        event = entry.event
        if isinstance(event, events.UnknownEvent):
            if event.action in events.BY_KIND:
                self.problems.append(
                    f"audit entry {entry.seq} ({event.action} {event.entity_type} {event.entity_id}) cannot be read: "
                    "its details do not fit that kind of entry")
            return
        handler = self.handlers.get(type(event))
        if handler is not None:
            handler(entry, event)

    # -- helpers

    def put(self, table: str, key: Any, what: str, seq: int, values: dict[str, Any]) -> _Row:
        row = _Row(what, seq, {column: (value.value if isinstance(value, enum.Enum) else value, seq)
                               for column, value in values.items()})
        self.tables.setdefault(table, {})[key] = row
        return row

    def change(self, table: str, key: Any, seq: int, values: dict[str, Any]) -> _Row | None:
        """A later entry's change to a row (one the log never made is reported where the row is compared)."""
        row = self.tables.get(table, {}).get(key)
        if row is not None:
            row.values.update({column: (value.value if isinstance(value, enum.Enum) else value, seq)
                               for column, value in values.items()})
        return row

    @staticmethod
    def when(entry: Entry, stamped: bool) -> Any:
        return entry.at if stamped else _SOME_TIME

    @staticmethod
    def optional(value: Any) -> Any:
        return UNRECORDED if value is None else value

    # -- cases and runs

    def _case_imported(self, entry: Entry, e: events.CaseImported) -> None:
        at = self.when(entry, e.stamped)
        key = (e.case_id, e.version)
        self.case_sha[key] = e.content_sha256
        if e.version_id is not None:
            self.version_ids[key] = e.version_id
        if e.case_id not in self.tables.get("cases", {}):
            self.put("cases", e.case_id, f"case {e.case_id} ({e.reference})", entry.seq,
                     {"reference": e.reference, "created_at": at})
        self.put("case_versions", key, f"case {e.case_id} version {e.version}", entry.seq, {
            "id": self.optional(e.version_id), "title": _FROM_CONTENT, "content": _Digest(e.content_sha256),
            "content_sha256": e.content_sha256, "source_file": e.source_file, "source_format": e.source_format,
            "imported_at": at, "imported_by": entry.actor})

    def _run_started(self, entry: Entry, e: events.RunStarted) -> None:
        version = (e.case_id, e.case_version)
        version_id = self.version_ids.get(version)
        self.put("runs", e.run_id, f"run {e.run_id}", entry.seq, {
            "case_id": e.case_id,
            "case_version_id": version_id if version_id is not None else _VersionOf(*version, self.version_rows),
            "reference": e.reference, "title": _FROM_SNAPSHOT, "tester": entry.actor, "environment": e.environment,
            "status": "in-progress", "started_at": self.when(entry, e.stamped), "finished_at": None,
            "snapshot": _Digest(self.case_sha.get(version)), "data_refs": list(e.data_refs),
            "witnessed": int(e.witnessed), "purpose": e.purpose, "outcome": None, "signed_by": None,
            "signed_at": None, "plan_id": e.plan_id, "retest_of": list(e.retest_of),
            "retests_defects": list(e.retests_defects)})
        for index in range(1, e.steps + 1):
            self.put("run_steps", (e.run_id, index), f"run {e.run_id} step {index}", entry.seq, {
                "id": UNRECORDED if e.first_step_id is None else e.first_step_id + index - 1,
                "action": _FROM_SNAPSHOT, "expected": _FROM_SNAPSHOT, "name": _FROM_SNAPSHOT})

    def _deviation(self, entry: Entry, run_id: int, step: int, deviation: events.DeviationRecord, at: Any) -> None:
        self.put("deviations", deviation.id, f"deviation {deviation.id} (run {run_id}, step {step})", entry.seq, {
            "run_id": run_id, "step_index": step, "kind": deviation.kind, "reason": deviation.reason,
            "recorded_by": entry.actor, "recorded_at": at})

    def _step_recorded(self, entry: Entry, e: events.StepRecorded) -> None:
        at = self.when(entry, e.stamped)
        self.put("step_results", e.result_id, f"result {e.result_id} (run {e.run_id}, step {e.step})", entry.seq, {
            "run_id": e.run_id, "step_index": e.step, "status": e.status, "actual": e.actual,
            "recorded_by": entry.actor, "recorded_at": at})
        self.last_result[(e.run_id, e.step)] = (e.result_id, e.evidence)
        if e.deviation is not None:
            self._deviation(entry, e.run_id, e.step, e.deviation, at)

    def _step_amended(self, entry: Entry, e: events.StepAmended) -> None:
        run = self.tables.get("runs", {}).get(e.run_id)
        if run is not None and run.values["witnessed"][0]:
            self.problems.append(f"run {e.run_id} is witnessed, yet audit entry {entry.seq} amended a step")
        self.change("run_steps", (e.run_id, e.step), entry.seq, {"action": e.after.action,
                                                                 "expected": e.after.expected})
        self._deviation(entry, e.run_id, e.step, e.deviation, self.when(entry, e.stamped))

    def _run_finished(self, entry: Entry, e: events.RunFinished) -> None:
        self.change("runs", e.run_id, entry.seq, {"status": e.status, "finished_at": self.when(entry, e.stamped)})

    # -- evidence

    def _evidence_added(self, entry: Entry, e: events.EvidenceAdded) -> None:
        recorded_with = self.last_result.get((e.run_id, e.step))  # the step.record of the same write lists it
        result_id = recorded_with[0] if recorded_with and e.sha256 in recorded_with[1] else UNRECORDED
        if e.masks is not None:
            masks: Any = [dict(m) for m in e.masks]
        else:
            masks = UNRECORDED if e.masked is None else _KindCounts.of(e.masked)
        self.put("evidence_items", e.evidence_id, f"evidence item {e.evidence_id} ({e.name}, run {e.run_id} step "
                 f"{e.step})", entry.seq, {
                     "run_id": e.run_id, "step_index": e.step, "result_id": result_id, "sha256": e.sha256,
                     "kind": e.item_kind, "name": e.name, "caption": e.caption, "size": self.optional(e.size),
                     "redaction": e.redaction, "added_by": entry.actor, "added_at": self.when(entry, e.stamped),
                     "annotations": [dict(a) for a in e.annotations], "masks": masks,
                     "expected": None if e.expected is None else dict(e.expected)})

    def _evidence_annotated(self, entry: Entry, e: events.EvidenceAnnotated) -> None:
        self.change("evidence_items", e.evidence_id, entry.seq, {"annotations": [dict(a) for a in e.annotations]})

    def _evidence_masked(self, entry: Entry, e: events.EvidenceMasked) -> None:
        row = self.tables.get("evidence_items", {}).get(e.evidence_id)
        if row is None:
            return
        if row.values["sha256"][0] != e.before:
            self.problems.append(f"{row.what}: audit entry {entry.seq} changed its masks on a file "
                                 f"({e.before[:12]}…) the log does not show it holding")
        if e.masks is not None:
            masks: Any = [dict(m) for m in e.masks]
        elif e.change.get("action") == "recurring":  # masks added to those it had
            before = row.values["masks"][0]
            if isinstance(before, list):
                masks = _KindCounts.of(Counter(str(m.get("kind")) for m in before) + Counter(e.masked))
            elif isinstance(before, _KindCounts):
                masks = _KindCounts.of(Counter(dict(before.counts)) + Counter(e.masked))
            else:
                masks = UNRECORDED
        else:
            masks = _KindCounts.of(e.masked)
        self.change("evidence_items", e.evidence_id, entry.seq, {"sha256": e.after, "size": self.optional(e.size),
                                                                 "masks": masks})

    def _text_masked(self, entry: Entry, e: events.TextMasked) -> None:
        """A typed text masked again: accepted only as the masking of the text the log recorded."""
        row = self.tables.get(e.table, {}).get(e.row_id)
        want = row.values.get(e.column) if row is not None else None
        if row is None or want is None:
            self.problems.append(f"audit entry {entry.seq} masked {e.column} of {e.table} row {e.row_id} again, "
                                 "which no audit entry recorded")
            return
        recorded, recorded_seq = want
        if isinstance(recorded, str):
            from_recorded = e.before_sha256 is None or e.before_sha256 == _sha256(recorded)
            if not (from_recorded and masking_of(e.text, recorded, self.references)):
                self.problems.append(
                    f"{row.what}: {e.column} was masked again by audit entry {entry.seq} from a text the log never "
                    f"recorded (audit entry {recorded_seq} recorded {_shown(recorded)}): it was changed behind the "
                    "log's back first")
        row.values[e.column] = (str(e.text), entry.seq)

    # -- observations, defects, witness sessions

    def _observation_added(self, entry: Entry, e: events.ObservationAdded) -> None:
        self.put("observations", e.observation_id, f"observation {e.observation_id}", entry.seq, {
            "run_id": e.run_id, "step_index": e.step, "kind": e.observation_kind, "text": e.text,
            "raised_by": e.raised_by, "raised_at": self.when(entry, e.stamped), "response": "", "action": "",
            "defect_id": None})

    def _observation_responded(self, entry: Entry, e: events.ObservationResponded) -> None:
        self.change("observations", e.observation_id, entry.seq, {"response": e.response})

    def _observation_promoted(self, entry: Entry, e: events.ObservationPromoted) -> None:
        self.change("observations", e.observation_id, entry.seq, {"defect_id": e.defect_id})

    def _washup(self, entry: Entry, e: events.WashUpSigned) -> None:
        self.change("runs", e.run_id, entry.seq, {"outcome": e.outcome, "signed_by": e.signed_by,
                                                  "signed_at": e.signed_at})
        for observation_id, action in e.actions.items():
            self.change("observations", observation_id, entry.seq, {"action": action})

    def _participant_added(self, entry: Entry, e: events.ParticipantAdded) -> None:
        self.put("participants", e.participant_id, f"participant {e.participant_id}", entry.seq, {
            "run_id": e.run_id, "name": e.name, "organisation": e.organisation, "role": e.role,
            "added_at": self.when(entry, e.stamped)})

    def _defect_added(self, entry: Entry, e: events.DefectAdded) -> None:
        self.put("defects", e.defect_id, f"defect {e.defect_id}", entry.seq, {
            "run_id": e.run_id, "step_index": e.step, "title": e.title, "description": self.optional(e.description),
            "severity": e.severity, "priority": e.priority, "status": "open", "raised_by": entry.actor,
            "raised_at": self.when(entry, e.stamped), "evidence": [], "retests": []})

    def _defect_moved(self, entry: Entry, e: events.DefectMoved) -> None:
        self.change("defects", e.defect_id, entry.seq, {"status": e.after})
        self.put("defect_changes", e.change_id, f"defect change {e.change_id} (defect {e.defect_id})", entry.seq, {
            "defect_id": e.defect_id, "before": e.before, "after": e.after, "reason": e.reason,
            "retest_run_id": e.retest_run_id, "moved_by": entry.actor, "moved_at": self.when(entry, e.stamped)})

    def _defect_linked(self, entry: Entry, e: events.DefectLinked) -> None:
        self.change("defects", e.defect_id, entry.seq, {"evidence": list(e.evidence), "retests": list(e.retests)})

    # -- plans

    def _plan_created(self, entry: Entry, e: events.PlanCreated) -> None:
        self.put("plans", e.plan_id, f"plan {e.plan_id}", entry.seq, {
            "name": e.name, "programme": e.programme, "release": e.release, "environment": e.environment,
            "scale": e.scale, "starts_on": e.starts_on, "ends_on": e.ends_on, "criteria": {},
            "created_at": self.when(entry, e.stamped), "created_by": entry.actor})

    def _plan_criteria(self, entry: Entry, e: events.PlanCriteriaSet) -> None:
        self.change("plans", e.plan_id, entry.seq, {"criteria": dict(e.criteria)})

    def _suite_added(self, entry: Entry, e: events.SuiteAdded) -> None:
        self.put("suites", e.suite_id, f"suite {e.suite_id}", entry.seq,
                 {"plan_id": e.plan_id, "name": e.name, "position": e.position})

    def _plan_case(self, entry: Entry, e: events.PlanCaseSet) -> None:
        self.put("plan_cases", e.plan_case_id, f"plan case {e.plan_case_id}", entry.seq, {
            "suite_id": e.suite_id, "case_id": e.case_id, "position": e.position, "tester": e.tester,
            "configuration": e.configuration, "regression": int(e.regression)})

    # -- Azure DevOps, settings, register

    def _ado_pulled(self, entry: Entry, e: events.AdoPulled) -> None:
        for kind, local_id, ado_id, rev in e.links:
            self.put("ado_links", (kind, local_id), f"Azure DevOps link {kind} {local_id}", entry.seq,
                     {"ado_id": ado_id, "rev": rev})

    def _ado_sent(self, entry: Entry, e: events.AdoSent) -> None:
        if e.what != "outcome":  # an outcome recorded on a result is no link of its own
            self.put("ado_links", (e.what, e.local_id), f"Azure DevOps link {e.what} {e.local_id}", entry.seq,
                     {"ado_id": e.ado_id, "rev": 0})

    def _setting(self, entry: Entry, key: str, value: Any) -> None:
        self.put("meta", key, f"setting {key}", entry.seq, {"value": value})

    def _ado_connected(self, entry: Entry, e: events.AdoConnected) -> None:
        for key, value in (("ado.org_url", e.org_url), ("ado.project", e.project), ("ado.ca_bundle", e.ca_bundle),
                           ("ado.proxy", _SetOrNot(e.proxy)), ("ado.area", self.optional(e.area)),
                           ("ado.iteration", self.optional(e.iteration))):
            self._setting(entry, key, value)

    def _originals(self, entry: Entry, e: events.OriginalsModeSet) -> None:
        self._setting(entry, "originals", e.mode)

    def _register_created(self, entry: Entry, e: events.RegisterCreated) -> None:
        self._setting(entry, "workspace_id", e.workspace_id)

    def _key_created(self, entry: Entry, e: events.KeyCreated) -> None:
        self._setting(entry, "workspace_id", e.workspace_id)  # the keyed chain's first entry names it
    def _register_added(self, entry: Entry, e: events.RegisterAdded) -> None:
        self.references.add(e.entry.reference)

    def _register_imported(self, entry: Entry, e: events.RegisterImported) -> None:
        self.references.update(listing.reference for listing in e.entries)


# -- comparing --------------------------------------------------------------------------------------

class _Undecodable:
    def __init__(self, text: Any) -> None:
        self.text = text

    def __repr__(self) -> str:
        return repr(self.text)


def _decode(table: str, column: str, stored: Any) -> Any:
    if stored is None or (table, column) not in _JSON:
        return stored
    try:
        return json.loads(stored)
    except (TypeError, ValueError):
        return _Undecodable(stored)


def _shown(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _same(stored: Any, value: Any) -> bool:
    if isinstance(stored, bool) or isinstance(value, bool) or type(stored) is float:
        return type(stored) is type(value) and stored == value
    return stored == value


def _difference(table: str, column: str, stored: Any, want: tuple[Any, int],
                decoded_cache: dict[Any, Any]) -> str | None:
    """What differs, in words to follow the row's name; None if the stored value is what the log says."""
    value, seq = want
    if isinstance(value, _Skip):
        return None
    if (table, column) in _JSON and isinstance(stored, str):
        decoded = decoded_cache.get(stored, decoded_cache)
        if decoded is decoded_cache:  # the same text (often "[]") decoded once per check
            decoded = decoded_cache[stored] = _decode(table, column, stored)
    else:
        decoded = stored
    if isinstance(value, _Rule):
        if value.fits(stored if isinstance(value, _Digest) else decoded):
            return None
        expected = str(value)
    elif _same(decoded, value):
        return None
    else:
        expected = _shown(value)
    source = f"audit entry {seq} recorded"
    phrase = _PHRASES.get((table, column))
    if phrase is not None:
        return phrase.format(source=source, seq=seq)
    shown = "a changed copy" if isinstance(value, _Digest) else _shown(decoded)
    message = f"{column} is {shown} but {source} {expected}"
    return message + _STEP_TEXTS if table == "run_steps" and column in ("action", "expected", "name") else message


def _fill_from_snapshot(row: dict[str, Any], expected: _Row, replay: _Replay) -> None:
    """A run's title and its steps' texts are those of its frozen copy, once that is found unchanged."""
    digest = expected.values["snapshot"][0]
    fits = isinstance(digest, _Digest) and digest.fits(row.get("snapshot"))
    snapshot = json.loads(row["snapshot"]) if fits else None
    if expected.values["title"][0] is _FROM_SNAPSHOT and snapshot is not None:
        expected.values["title"] = (snapshot.get("title"), expected.seq)
    steps = replay.tables.get("run_steps", {})
    for index, step in enumerate(snapshot.get("steps", []) if snapshot else [], start=1):
        found = steps.get((row["id"], index))
        if found is None:
            continue
        for column in ("action", "expected", "name"):
            value, seq = found.values[column]
            if value is _FROM_SNAPSHOT:
                found.values[column] = (step.get(column), seq)


def _fill_from_content(row: dict[str, Any], expected: _Row, replay: _Replay) -> None:
    replay.version_rows[(row["case_id"], row["version"])] = row["id"]
    content = expected.values["content"][0]
    if expected.values["title"][0] is _FROM_CONTENT and isinstance(content, _Digest) \
            and content.fits(row.get("content")):
        expected.values["title"] = (json.loads(row["content"]).get("title"), expected.seq)


_FILL: dict[str, Callable[[dict[str, Any], _Row, _Replay], None]] = {
    "runs": _fill_from_snapshot, "case_versions": _fill_from_content,
}


def _check_table(conn: sqlite3.Connection, table: str, replay: _Replay,
                 file_problem: Callable[[str], str | None] | None) -> list[str]:
    problems: list[str] = []
    cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - a name read from sqlite_master
    columns = [d[0] for d in cursor.description]
    covered = COVERAGE[table]
    keys = KEYS.get(table, ("id",))
    problems += [f"column {c} of table {table} is not covered by the integrity check" for c in columns
                 if c not in covered]
    compared = [(i, c) for i, c in enumerate(columns) if c in covered and c not in keys]
    key_at = [columns.index(k) for k in keys if k in columns]
    expected = replay.tables.get(table, {})
    fill = _FILL.get(table)
    decoded: dict[Any, Any] = {}
    sha256_at = columns.index("sha256") if "sha256" in columns else -1
    seen = set()
    for values in cursor:
        key = values[key_at[0]] if len(key_at) == 1 else tuple(values[i] for i in key_at)
        seen.add(key)
        found = expected.get(key)
        if found is None:
            name = row_name(table, dict(zip(columns, values, strict=True)))
            if table == "meta" and key not in SETTINGS:
                problems.append(f"{name} (table meta) is not covered by the integrity check")
            elif not (table == "meta" and key in UNLOGGED_SETTINGS):
                problems.append(f"{name} has no audit entry (added behind the log's back, or the log was cut short)")
            continue
        if fill is not None:
            fill(dict(zip(columns, values, strict=True)), found, replay)
        wants = found.values
        name = ""
        for index, column in compared:
            want = wants.get(column)
            stored = values[index]
            if want is not None and (stored == want[0] and type(stored) is type(want[0])
                                     or isinstance(want[0], _Skip)):
                continue  # the common case, decided without a call; or not checkable
            difference = (f"column {column} of table {table} is not covered by the integrity check (nothing "
                          "derived it for this row)") if want is None else _difference(table, column, stored, want,
                                                                                         decoded)
            if difference is not None:
                name = name or row_name(table, dict(zip(columns, values, strict=True)))
                problems.append(f"{name}: {difference}")
        if file_problem is not None and table == "evidence_items":
            problem = file_problem(values[sha256_at])
            if problem:
                name = name or row_name(table, dict(zip(columns, values, strict=True)))
                problems.append(f"{name}: the evidence file {problem}")
    for key, found in expected.items():
        if key not in seen:
            problems.append(f"{found.what} recorded by audit entry {found.seq} is missing")
    return problems


def check(conn: sqlite3.Connection, file_problem: Callable[[str], str | None] | None = None) -> list[str]:
    """Every disagreement between the data and the audit log, worded for a person: the log read once,
    each table once."""
    replay = _Replay()
    for entry in entries(conn):
        replay.apply(entry)
    problems = list(replay.problems)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not name.startswith("sqlite_")]
    ordered = [t for t in _ORDER if t in tables] + sorted(t for t in tables if t not in _ORDER)
    for table in ordered:
        if table in NOT_DERIVED:
            continue
        if table not in COVERAGE:
            problems.append(f"table {table} is not covered by the integrity check")
            continue
        problems += _check_table(conn, table, replay, file_problem)
    return problems + check_register(conn)


# -- the test data register ---------------------------------------------------------------------------

def _workspace_root(conn: sqlite3.Connection) -> Path | None:
    """The folder of the database ``conn`` has open (the register file lives beside it); None for a
    database held in memory, which has no register."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file).parent if file else None
    return None


def check_register(conn: sqlite3.Connection) -> list[str]:
    """The register's entries against the ``register.add`` / ``register.import`` entries of the log, by
    reference, kind and keyed fingerprint: never by value, and without the register's key (the file lists
    each entry's kind, reference and fingerprint in clear; reading the register checks that list against
    the encrypted entries, and so does this where the key is at hand). Reported: an entry no audit entry
    recorded, an audited entry the register no longer holds (Attest has no way to remove one), a kind or a
    value (fingerprint) other than the one recorded. A register last written by an Attest before the list
    is checked from its next change; entries recorded before fingerprints were, by reference and kind.

    Kept apart from the tables' check: the register is a file beside the database, found from the
    database's own path, as ``check``'s callers pass only the connection."""
    root = _workspace_root(conn)
    if root is None:
        return []
    state = register_store.state_for_audit(root, conn)
    recorded: dict[str, tuple[int, events.RegisterListing]] = {}
    for entry in entries(conn, events.RegisterAdded.kind, events.RegisterImported.kind):
        event = entry.event
        listed = ((event.entry,) if isinstance(event, events.RegisterAdded)
                  else event.entries if isinstance(event, events.RegisterImported) else ())
        for listing in listed:
            recorded[listing.reference] = (entry.seq, listing)  # a register built again: the latest counts
    fingerprinted = [seq for seq, listing in recorded.values() if listing.fingerprint is not None]
    if state.problem is not None:
        return [f"the test data register: {state.problem}"]
    if state.listed is None:
        if not fingerprinted:
            return []  # no register, or one an Attest before the list wrote, and a log of that Attest too
        if state.file is None:
            return [f"register entry {ref} ({listing.kind}) recorded by audit entry {seq} is missing: the workspace "
                    f"has no register file ({register_store.FILE_NAME})" for ref, (seq, listing) in recorded.items()]
        return [f"the test data register ({state.file.name}) lists none of its entries, but audit entry "
                f"{max(fingerprinted)} recorded a change by an Attest that lists them: the file was replaced by an "
                "older copy or edited by hand"]
    keyed = register_store.keyed_problem(conn, state)
    problems = [] if keyed is None else [f"the test data register: {keyed}"]
    seen: set[str] = set()
    for held in state.listed:
        if held.reference in seen:
            problems.append(f"register entry {held.reference} is listed twice in the register")
            continue
        seen.add(held.reference)
        found = recorded.get(held.reference)
        if found is None:
            problems.append(f"register entry {held.reference} ({held.kind}) has no audit record: it was added to "
                            "the register without its register.add or register.import entry")
            continue
        seq, listing = found
        if held.kind != listing.kind:
            problems.append(f"register entry {held.reference}: the register holds kind {held.kind!r} but audit "
                            f"entry {seq} recorded {listing.kind!r}")
        if listing.fingerprint is not None and held.fingerprint != listing.fingerprint:
            problems.append(f"register entry {held.reference}: its value is not the one audit entry {seq} recorded "
                            "(their keyed fingerprints differ)")
    for reference, (seq, listing) in recorded.items():
        if reference not in seen:
            problems.append(f"register entry {reference} ({listing.kind}) recorded by audit entry {seq} is missing "
                            "from the register")
    return problems


# -- for writers ------------------------------------------------------------------------------------

# the kinds that make or change the rows of typed texts (core.runs.TYPED_TEXTS), and the register's
_TEXT_KINDS = tuple(cls.kind for cls in (
    events.RunStarted, events.StepRecorded, events.StepAmended, events.EvidenceAdded, events.TextMasked,
    events.ObservationAdded, events.ObservationResponded, events.WashUpSigned, events.DefectAdded))


def recorded(conn: sqlite3.Connection, table: str, row_id: int, column: str) -> Want | None:
    """What the log says one typed text holds now (value and entry), read before it is masked again:
    None if no entry recorded the row; ``value`` is :data:`UNRECORDED` if an older entry did not record
    the column."""
    replay = _Replay()
    for entry in entries(conn, *_TEXT_KINDS):
        replay.apply(entry)
    row = replay.tables.get(table, {}).get(row_id)
    want = None if row is None else row.values.get(column)
    return None if want is None else Want(*want)


def is_recorded(want: Want | None, stored: Any) -> bool:
    """Whether ``stored`` is what the log recorded (or all an older entry let be checked)."""
    return want is not None and (isinstance(want.value, _Skip) or _same(stored, want.value))
