"""Defects through retest: the lifecycle, links to evidence and retest runs, and work-off dates.

Lifecycle (seed 001: a resolved defect's final status is "Ready for Retest"; seed 000 section 9.6: a
testing issue is resolved by fix, retest and close):

    Open -> Fixed (ready for retest) -> Closed
    Open / Fixed -> Rejected or Deferred;  Fixed, Rejected, Deferred, Closed -> Open (reopened)

Every move records who, when and why. Closing needs a linked retest run that finished Passed, or a
reason (a defect closed without retest is visible as such in the completion report).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from attest.core import audit_events as events
from attest.core.errors import InputError, NotFound, RunRuleError
from attest.core.model import Defect, DefectChange, DefectStatus, RunStatus
from attest.core.redacted import EMPTY, Redacted, from_store
from attest.core.runs import _defect
from attest.core.scales import DEFAULT_WORKOFF_DAYS, Scale
from attest.core.store import Store, parse_iso

UK = ZoneInfo("Europe/London")  # the day a defect was raised, as the people who raised it count days

# allowed moves: from -> to
MOVES: dict[DefectStatus, tuple[DefectStatus, ...]] = {
    DefectStatus.OPEN: (DefectStatus.FIXED, DefectStatus.REJECTED, DefectStatus.DEFERRED, DefectStatus.CLOSED),
    DefectStatus.FIXED: (DefectStatus.CLOSED, DefectStatus.OPEN, DefectStatus.REJECTED, DefectStatus.DEFERRED),
    DefectStatus.DEFERRED: (DefectStatus.OPEN, DefectStatus.FIXED, DefectStatus.CLOSED, DefectStatus.REJECTED),
    DefectStatus.REJECTED: (DefectStatus.OPEN,),
    DefectStatus.CLOSED: (DefectStatus.OPEN,),
}
# moves that always need a reason (why it is rejected, deferred, reopened)
NEEDS_REASON = {DefectStatus.REJECTED, DefectStatus.DEFERRED, DefectStatus.OPEN}


@dataclass(frozen=True)
class WorkOff:
    """When an outstanding defect is to be worked off by (None: its severity has no work-off time)."""

    due: date | None
    days_left: int | None  # working days from today to the due date; negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


@dataclass(frozen=True)
class DefectRow:
    """A defect with what a list shows beside it: its plan, its run's case and its work-off date."""

    defect: Defect
    plan_id: int | None
    reference: str
    workoff: WorkOff


class DefectService:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    # -- reading -------------------------------------------------------------------------------------

    def get(self, defect_id: int) -> Defect:
        row = self.store.one("SELECT * FROM defects WHERE id = ?", (defect_id,))
        if row is None:
            raise NotFound(f"no defect {defect_id} (see `attest defect list`)")
        return self._full(row)

    def _full(self, row: dict[str, Any], retests_by_defect: dict[int, set[int]] | None = None,
              changes: dict[int, list[DefectChange]] | None = None) -> Defect:
        base = _defect(row)
        if retests_by_defect is None:
            retests_by_defect = self._run_retests([base.id])
        if changes is None:
            changes = {base.id: [_change(c) for c in self.store.query(
                "SELECT * FROM defect_changes WHERE defect_id = ? ORDER BY id", (base.id,))]}
        linked = set(json.loads(row.get("retests") or "[]")) | retests_by_defect.get(base.id, set())
        return Defect(**{**base.__dict__, "evidence_ids": tuple(json.loads(row.get("evidence") or "[]")),
                         "retest_run_ids": tuple(sorted(linked)), "history": tuple(changes.get(base.id, ()))})

    def _run_retests(self, defect_ids: Iterable[int] | None) -> dict[int, set[int]]:
        """Runs started as retests of each defect (``run start --retests-defect``)."""
        wanted = None if defect_ids is None else set(defect_ids)
        found: dict[int, set[int]] = {}
        for run in self.store.query("SELECT id, retests_defects FROM runs WHERE retests_defects != '[]'"):
            for defect_id in json.loads(run["retests_defects"]):
                if wanted is None or defect_id in wanted:
                    found.setdefault(defect_id, set()).add(run["id"])
        return found

    def row(self, defect_id: int, today: date | None = None) -> DefectRow:
        found = self.rows(defect_id=defect_id, today=today)
        if not found:
            raise NotFound(f"no defect {defect_id} (see `attest defect list`)")
        return found[0]

    def rows(self, *, plan_id: int | None = None, status: DefectStatus | None = None,
             overdue: bool = False, today: date | None = None, defect_id: int | None = None) -> list[DefectRow]:
        """Defects with their plan and work-off date, filtered; oldest first."""
        from attest.core.exit_criteria import settings

        today = today or datetime.now(UK).date()
        sql = ("SELECT d.*, r.plan_id AS plan_id, r.reference AS run_reference FROM defects d"
               " JOIN runs r ON r.id = d.run_id")
        where: list[str] = []
        params: list[object] = []
        if plan_id is not None:
            where.append("r.plan_id = ?")
            params.append(plan_id)
        if status is not None:
            where.append("d.status = ?")
            params.append(status.value)
        if defect_id is not None:
            where.append("d.id = ?")
            params.append(defect_id)
        rows = self.store.query(sql + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.id",
                                tuple(params))
        retests = self._run_retests(None)
        changes: dict[int, list[DefectChange]] = {}
        for c in self.store.query("SELECT * FROM defect_changes ORDER BY id"):
            changes.setdefault(c["defect_id"], []).append(_change(c))
        plans = {p["id"]: p for p in self.store.query("SELECT id, scale, criteria FROM plans")}
        workoff_days: dict[int | None, dict[str, int]] = {}
        result = []
        for row in rows:
            defect = self._full(row, retests, changes)
            plan = plans.get(row["plan_id"])
            key = row["plan_id"] if plan else None
            if key not in workoff_days:
                if plan:
                    workoff_days[key] = settings(Scale(plan["scale"]), json.loads(plan["criteria"] or "{}")).workoff_days
                else:  # no plan: either scale's defaults (their severities never share a name)
                    workoff_days[key] = {**DEFAULT_WORKOFF_DAYS[Scale.MHHS], **DEFAULT_WORKOFF_DAYS[Scale.DCC]}
            off = workoff(defect, workoff_days[key].get(defect.severity.value), today)
            if overdue and not off.overdue:
                continue
            result.append(DefectRow(defect, row["plan_id"], row["run_reference"], off))
        return result

    # -- writing -------------------------------------------------------------------------------------

    def move(self, defect_id: int, to: DefectStatus, *, by: Redacted, reason: Redacted = EMPTY,
             retest_run_id: int | None = None) -> Defect:
        with self.store.write() as tx:
            defect = self.get(defect_id)  # under the write lock
            if to is defect.status:
                raise RunRuleError(f"defect {defect_id} is already {defect.status.label}")
            if to not in MOVES[defect.status]:
                allowed = ", ".join(s.value for s in MOVES[defect.status])
                raise RunRuleError(f"defect {defect_id} is {defect.status.label}; it can move to {allowed}, "
                                   f"not {to.value}")
            why = from_store(reason.strip())
            if to in NEEDS_REASON and not why:
                verb = "reopening" if to is DefectStatus.OPEN else f"moving it to {to.value}"
                raise InputError("--reason", f"{verb} defect {defect_id} needs a reason; it is kept in the audit log")
            links = set(defect.retest_run_ids)
            if retest_run_id is not None:
                self._check_retest(defect, retest_run_id)
                links.add(retest_run_id)
            if to is DefectStatus.CLOSED:
                passed = [r for r in sorted(links) if self._run_status(r) is RunStatus.PASSED]
                if retest_run_id is not None and retest_run_id not in passed:
                    raise RunRuleError(f"run {retest_run_id} did not pass ({self._status_label(retest_run_id)}); "
                                       f"defect {defect_id} cannot be closed on it")
                if not passed and not why:
                    raise InputError("--retest", f"closing defect {defect_id} needs a linked retest run that passed "
                                                 "(--retest RUN), or a reason why it closes without one (--reason)")
                if retest_run_id is None and passed:
                    retest_run_id = passed[-1]
            now = tx.now()
            change_id = tx.insert("defect_changes", {
                "defect_id": defect_id, "before": defect.status.value, "after": to.value, "reason": why,
                "retest_run_id": retest_run_id, "moved_by": by, "moved_at": now})
            tx.update("defects", defect_id, {"status": to.value})
            tx.audit(by, events.DefectMoved(defect_id, change_id, defect.status, to, why, retest_run_id))
            if retest_run_id is not None and retest_run_id not in defect.retest_run_ids:
                self._write_links(tx, defect, defect.evidence_ids, (*self._explicit_retests(defect_id), retest_run_id),
                                  by)
        return self.get(defect_id)

    def link(self, defect_id: int, *, by: Redacted, evidence: Iterable[int] = (), retests: Iterable[int] = ()) -> Defect:
        """Link evidence items (of any run) and retest runs to a defect; links already there stay."""
        evidence, retests = list(evidence), list(retests)
        if not evidence and not retests:
            raise InputError("--evidence", "name evidence items (--evidence ITEM) or retest runs (--retest RUN) to link")
        with self.store.write() as tx:
            defect = self.get(defect_id)
            for item in evidence:
                if self.store.one("SELECT 1 FROM evidence_items WHERE id = ?", (item,)) is None:
                    raise NotFound(f"no evidence item {item} (see `attest run show RUN`)")
            for run_id in retests:
                self._check_retest(defect, run_id)
            new_evidence = tuple(dict.fromkeys((*defect.evidence_ids, *evidence)))
            new_retests = tuple(dict.fromkeys((*self._explicit_retests(defect_id), *retests)))
            self._write_links(tx, defect, new_evidence, new_retests, by)
        return self.get(defect_id)

    def _write_links(self, tx: Any, defect: Defect, evidence: tuple[int, ...], retests: tuple[int, ...],
                     by: Redacted) -> None:
        tx.update("defects", defect.id, {"evidence": list(evidence), "retests": list(retests)})
        tx.audit(by, events.DefectLinked(defect.id, evidence, retests))

    def _explicit_retests(self, defect_id: int) -> tuple[int, ...]:
        row = self.store.one("SELECT retests FROM defects WHERE id = ?", (defect_id,)) or {}
        return tuple(json.loads(row.get("retests") or "[]"))

    def _check_retest(self, defect: Defect, run_id: int) -> None:
        row = self.store.one("SELECT id, case_id, started_at FROM runs WHERE id = ?", (run_id,))
        if row is None:
            raise NotFound(f"no run {run_id} (see `attest runs`)")
        if run_id == defect.run_id:
            raise RunRuleError(f"run {run_id} is the run defect {defect.id} was raised on; a retest is a later run")
        if parse_iso(row["started_at"]) < defect.raised_at:
            raise RunRuleError(f"run {run_id} started before defect {defect.id} was raised; it cannot retest it")

    def _run_status(self, run_id: int) -> RunStatus | None:
        row = self.store.one("SELECT status FROM runs WHERE id = ?", (run_id,))
        return RunStatus(row["status"]) if row else None

    def _status_label(self, run_id: int) -> str:
        status = self._run_status(run_id)
        return status.label if status else "no such run"


def workoff(defect: Defect, days: int | None, today: date) -> WorkOff:
    """The work-off date of an outstanding defect: ``days`` working days (England and Wales) after the
    day it was raised, UK time."""
    from attest.core.working_days import add_working_days, working_days_between

    if days is None or not defect.status.outstanding:
        return WorkOff(None, None)
    raised = defect.raised_at.astimezone(UK).date()
    due = add_working_days(raised, days)
    left = working_days_between(today, due) if today <= due else -working_days_between(due, today)
    return WorkOff(due, left)


def _change(row: dict[str, Any]) -> DefectChange:
    return DefectChange(id=row["id"], defect_id=row["defect_id"], before=DefectStatus(row["before"]),
                        after=DefectStatus(row["after"]), reason=row["reason"] or "",
                        retest_run_id=row["retest_run_id"], moved_by=row["moved_by"] or "",
                        moved_at=parse_iso(row["moved_at"]))
