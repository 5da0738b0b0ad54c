"""A test phase's figures: every planned case with its latest result, the plan's runs and defects.

Read in a handful of queries (a plan of 2,000 cases with thousands of runs is read in well under a
second), then shared by the exit criteria, ``attest plan show``, the completion report and the app's
phase view, so they never disagree about a count.

A planned case's result is that of the latest run of the case started from the plan. A case is
executed once such a run is finished (whatever its outcome); it is not run while it has none, or only
one still in progress.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from attest.core.defects import DefectRow, DefectService
from attest.core.model import DefectStatus, Plan, PlanCase, RunStatus
from attest.core.plans import PlanService
from attest.core.store import Store, parse_iso


@dataclass(frozen=True)
class RunBrief:
    """What the phase needs of a run: no steps, no evidence."""

    id: int
    case_id: int
    status: RunStatus
    tester: str
    started_at: datetime
    finished_at: datetime | None
    witnessed: bool
    outcome: str | None  # the wash-up's, for a witnessed run
    retest_of: tuple[int, ...]
    retests_defects: tuple[int, ...]

    @property
    def finished(self) -> bool:
        return self.status is not RunStatus.IN_PROGRESS

    @property
    def is_retest(self) -> bool:
        return bool(self.retest_of or self.retests_defects)


@dataclass(frozen=True)
class CaseResult:
    """A planned case and where it stands."""

    entry: PlanCase
    suite: str
    latest: RunBrief | None  # the latest run of it from this plan
    runs: int  # how many runs of it this plan has

    @property
    def executed(self) -> bool:
        return self.latest is not None and self.latest.finished

    @property
    def outcome(self) -> str:
        """passed, failed, blocked, incomplete, in-progress or not-run."""
        if self.latest is None:
            return "not-run"
        return self.latest.status.value

    @property
    def outcome_label(self) -> str:
        return "Not run" if self.latest is None else self.latest.status.label

    @property
    def why_not_run(self) -> str:
        if self.latest is None:
            return "not started"
        if not self.latest.finished:
            return f"run {self.latest.id} still in progress"
        return ""


@dataclass(frozen=True)
class PhaseFigures:
    plan: Plan
    results: tuple[CaseResult, ...]
    runs: tuple[RunBrief, ...]  # every run started from the plan, oldest first
    defects: tuple[DefectRow, ...]  # every defect raised on those runs
    finished_retests: frozenset[int]  # runs linked as a retest of one of them that are finished
    evidence_runs: frozenset[int]  # runs whose evidence items one of them is linked to
    counts: Counter[str] = field(default_factory=Counter)  # outcome -> planned cases

    @property
    def planned(self) -> int:
        return len(self.results)

    @property
    def executed(self) -> int:
        return sum(r.executed for r in self.results)

    @property
    def passed(self) -> int:
        return self.counts["passed"]

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    @property
    def not_run(self) -> int:
        return self.planned - self.executed

    def outstanding(self) -> Counter[str]:
        """Outstanding defects by severity value."""
        return Counter(d.defect.severity.value for d in self.defects if d.defect.status.outstanding)

    def by_suite(self) -> dict[str, Counter[str]]:
        suites: dict[str, Counter[str]] = {s.name: Counter() for s in self.plan.suites}
        for result in self.results:
            suites[result.suite][result.outcome] += 1
        return suites

    def witnessed(self) -> tuple[RunBrief, ...]:
        return tuple(r for r in self.runs if r.witnessed)

    def defects_of_run(self, run_id: int) -> list[DefectRow]:
        return [d for d in self.defects if d.defect.run_id == run_id]

    def unretested(self) -> list[DefectRow]:
        """Defects fixed (now, or on the way to being closed) with no finished retest run linked."""
        out = []
        for row in self.defects:
            defect = row.defect
            went_fixed = defect.status is DefectStatus.FIXED or any(
                c.after is DefectStatus.FIXED for c in defect.history)
            if defect.status in (DefectStatus.REJECTED, DefectStatus.OPEN, DefectStatus.DEFERRED) or not went_fixed:
                continue
            if not any(run_id in self.finished_retests for run_id in defect.retest_run_ids):
                out.append(row)
        return out


def figures(store: Store, plan_id: int) -> PhaseFigures:
    plan = PlanService(store, "").get(plan_id)
    runs = tuple(_brief(r) for r in store.query(
        "SELECT r.id, r.case_id, r.status, r.tester, r.started_at, r.finished_at, r.witnessed, r.outcome,"
        " r.retest_of, r.retests_defects FROM runs r WHERE r.plan_id = ? ORDER BY r.id", (plan_id,)))
    latest: dict[int, RunBrief] = {}
    count: Counter[int] = Counter()
    for run in runs:
        latest[run.case_id] = run
        count[run.case_id] += 1
    suite_names = {s.id: s.name for s in plan.suites}
    results = tuple(CaseResult(c, suite_names[c.suite_id], latest.get(c.case_id), count[c.case_id])
                    for c in plan.cases)
    defects = tuple(DefectService(store, "").rows(plan_id=plan_id))
    linked = {run_id for d in defects for run_id in d.defect.retest_run_ids}
    # a retest may be a run outside the plan (the fix retested in another cycle): read their states too
    finished = frozenset(r["id"] for r in store.query(
        f"SELECT id FROM runs WHERE status != 'in-progress' AND id IN ({','.join('?' * len(linked))})",
        tuple(linked))) if linked else frozenset()
    items = {item for d in defects for item in d.defect.evidence_ids}
    evidence_runs = frozenset(r["run_id"] for r in store.query(
        f"SELECT DISTINCT run_id FROM evidence_items WHERE id IN ({','.join('?' * len(items))})",
        tuple(items))) if items else frozenset()
    return PhaseFigures(plan, results, runs, defects, finished, evidence_runs, Counter(r.outcome for r in results))


def _brief(row: dict[str, object]) -> RunBrief:
    finished = row["finished_at"]
    return RunBrief(id=int(row["id"]), case_id=int(row["case_id"]), status=RunStatus(str(row["status"])),  # type: ignore[call-overload]
                    tester=str(row["tester"] or ""), started_at=parse_iso(str(row["started_at"])),
                    finished_at=parse_iso(str(finished)) if finished else None, witnessed=bool(row["witnessed"]),
                    outcome=str(row["outcome"]) if row["outcome"] else None,
                    retest_of=tuple(json.loads(str(row["retest_of"] or "[]"))),
                    retests_defects=tuple(json.loads(str(row["retests_defects"] or "[]"))))
