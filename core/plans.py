"""Test plans: a phase or cycle holding suites of cases in a set order (seed 001: plans -> suites ->
order), each case with its assigned tester, configuration and regression flag.

A case appears once per suite; putting it in again updates its tester, configuration or regression
flag (and moves it only when a position is given). Every change is audited; names and free text come
through the redaction gate as :data:`Redacted`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from attest.core import audit_events as events
from attest.core.errors import InputError, NotFound, RunRuleError
from attest.core.model import Plan, PlanCase, Suite
from attest.core.redacted import EMPTY, Redacted, from_store
from attest.core.scales import Scale
from attest.core.store import Store, parse_iso


@dataclass(frozen=True)
class CaseEntry:
    """A case to put in a suite: its id, and what the plan says of it there."""

    case_id: int
    tester: Redacted = EMPTY
    configuration: Redacted = EMPTY
    regression: bool = False


def _check_date(field: str, text: str) -> str:
    if not text:
        return ""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InputError(field, "expected a date as YYYY-MM-DD, e.g. 2026-03-02") from None


class PlanService:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    # -- writing -------------------------------------------------------------------------------------

    def create(self, name: Redacted, *, by: Redacted, programme: Redacted = EMPTY, release: Redacted = EMPTY,
               environment: Redacted = EMPTY, scale: Scale = Scale.MHHS, starts_on: str = "",
               ends_on: str = "") -> Plan:
        name = from_store(name.strip())
        if not name:
            raise InputError("NAME", "a plan needs a name, e.g. 'SIT cycle 2'")
        starts, ends = _check_date("--starts", starts_on), _check_date("--ends", ends_on)
        if starts and ends and ends < starts:
            raise InputError("--ends", f"the plan ends ({ends}) before it starts ({starts})")
        with self.store.write() as tx:
            if self.store.one("SELECT 1 FROM plans WHERE name = ? COLLATE NOCASE", (name,)):
                raise RunRuleError(f"there is already a plan named {name!r} (see `attest plan list`)")
            plan_id = tx.insert("plans", {
                "name": name, "programme": programme.strip(), "release": release.strip(),
                "environment": environment.strip(), "scale": scale.value, "starts_on": starts, "ends_on": ends,
                "criteria": "{}", "created_at": tx.now(), "created_by": by})
            tx.audit(by, events.PlanCreated(plan_id, name, from_store(programme.strip()), from_store(release.strip()),
                                            from_store(environment.strip()), scale.value, starts, ends))
        return self.get(plan_id)

    def add_suite(self, plan_id: int, name: Redacted, *, by: Redacted) -> Suite:
        name = from_store(name.strip())
        if not name:
            raise InputError("NAME", "a suite needs a name")
        with self.store.write() as tx:
            self._plan_row(plan_id)
            if self.store.one("SELECT 1 FROM suites WHERE plan_id = ? AND name = ? COLLATE NOCASE", (plan_id, name)):
                raise RunRuleError(f"plan {plan_id} already has a suite named {name!r}")
            position = (self.store.one("SELECT MAX(position) AS p FROM suites WHERE plan_id = ?", (plan_id,)) or {})
            next_position = int(position.get("p") or 0) + 1
            suite_id = tx.insert("suites", {"plan_id": plan_id, "name": name, "position": next_position})
            tx.audit(by, events.SuiteAdded(suite_id, plan_id, name, next_position))
        return self.suite(suite_id)

    def add_cases(self, suite_id: int, entries: Sequence[CaseEntry], *, by: Redacted,
                  position: int | None = None) -> Suite:
        """Put cases in a suite, in the order given, at its end (or from ``position``, moving those after
        down). A case already there keeps its place unless ``position`` is given, and takes the new
        tester, configuration and regression flag."""
        if not entries:
            raise InputError("CASE", "name at least one case to add")
        with self.store.write() as tx:
            suite = self.suite(suite_id)
            order = [c.case_id for c in suite.cases]
            current = {c.case_id: c for c in suite.cases}
            given = [e.case_id for e in entries]
            if len(set(given)) != len(given):
                raise InputError("CASE", "a case is named twice; a suite holds each case once")
            if position is not None:
                if position < 1:
                    raise InputError("--position", "positions start at 1")
                rest = [c for c in order if c not in given]
                at = min(position - 1, len(rest))
                order = rest[:at] + given + rest[at:]
            else:
                order += [c for c in given if c not in current]
            places = {case_id: index for index, case_id in enumerate(order, start=1)}
            wanted = {e.case_id: e for e in entries}
            for case_id in order:
                entry = wanted.get(case_id)
                existing = current.get(case_id)
                if entry is None and existing is not None and existing.position == places[case_id]:
                    continue  # untouched and not moved
                if entry is None:
                    assert existing is not None
                    values = (from_store(existing.tester), from_store(existing.configuration), existing.regression)
                else:
                    values = (from_store(entry.tester.strip()), from_store(entry.configuration.strip()),
                              entry.regression)
                row = {"suite_id": suite_id, "case_id": case_id, "position": places[case_id], "tester": values[0],
                       "configuration": values[1], "regression": int(values[2])}
                if existing is None:
                    row_id = tx.insert("plan_cases", row)
                else:
                    row_id = existing.id
                    tx.update("plan_cases", row_id, row)
                tx.audit(by, events.PlanCaseSet(row_id, suite_id, case_id, places[case_id], *values))
        return self.suite(suite_id)

    def set_criteria(self, plan_id: int, criteria: dict[str, Any], *, by: Redacted) -> Plan:
        """Replace the plan's overrides of the default exit criteria (checked by exit_criteria.settings)."""
        from attest.core.exit_criteria import settings

        plan = self.get(plan_id)
        settings(Scale(plan.scale), criteria)  # refuses what it cannot read
        with self.store.write() as tx:
            tx.update("plans", plan_id, {"criteria": json.dumps(criteria, sort_keys=True)})
            tx.audit(by, events.PlanCriteriaSet(plan_id, dict(criteria)))
        return self.get(plan_id)

    # -- reading -------------------------------------------------------------------------------------

    def _plan_row(self, plan_id: int) -> dict[str, Any]:
        row = self.store.one("SELECT * FROM plans WHERE id = ?", (plan_id,))
        if row is None:
            raise NotFound(f"no plan {plan_id} (see `attest plan list`)")
        return row

    def find(self, key: str | int) -> Plan:
        """A plan by id or name."""
        text = str(key).strip()
        row = self.store.one("SELECT id FROM plans WHERE name = ? COLLATE NOCASE", (text,))
        if row is None and text.isdigit():
            row = self.store.one("SELECT id FROM plans WHERE id = ?", (int(text),))
        if row is None:
            raise NotFound(f"no plan with id or name {text!r} (see `attest plan list`)")
        return self.get(row["id"])

    def find_suite(self, plan_id: int, key: str | int) -> Suite:
        text = str(key).strip()
        row = self.store.one("SELECT id FROM suites WHERE plan_id = ? AND name = ? COLLATE NOCASE", (plan_id, text))
        if row is None and text.isdigit():
            row = self.store.one("SELECT id FROM suites WHERE plan_id = ? AND id = ?", (plan_id, int(text)))
        if row is None:
            raise NotFound(f"plan {plan_id} has no suite with id or name {text!r} (see `attest plan show {plan_id}`)")
        return self.suite(row["id"])

    def get(self, plan_id: int) -> Plan:
        row = self._plan_row(plan_id)
        suites = self.store.query("SELECT * FROM suites WHERE plan_id = ? ORDER BY position, id", (plan_id,))
        cases: dict[int, list[PlanCase]] = {}
        for c in self.store.query(_PLAN_CASES + " WHERE s.plan_id = ? ORDER BY pc.position, pc.id", (plan_id,)):
            cases.setdefault(c["suite_id"], []).append(_plan_case(c))
        return _plan(row, tuple(Suite(s["id"], plan_id, s["name"], s["position"], tuple(cases.get(s["id"], ())))
                                for s in suites))

    def suite(self, suite_id: int) -> Suite:
        row = self.store.one("SELECT * FROM suites WHERE id = ?", (suite_id,))
        if row is None:
            raise NotFound(f"no suite {suite_id}")
        cases = self.store.query(_PLAN_CASES + " WHERE pc.suite_id = ? ORDER BY pc.position, pc.id", (suite_id,))
        return Suite(row["id"], row["plan_id"], row["name"], row["position"], tuple(_plan_case(c) for c in cases))

    def all(self) -> list[Plan]:
        """Every plan, without its suites (a list view)."""
        return [_plan(r, ()) for r in self.store.query("SELECT * FROM plans ORDER BY id")]

    def plans_of_case(self, case_id: int) -> list[int]:
        return [r["plan_id"] for r in self.store.query(
            "SELECT DISTINCT s.plan_id FROM plan_cases pc JOIN suites s ON s.id = pc.suite_id WHERE pc.case_id = ?",
            (case_id,))]


_PLAN_CASES = ("SELECT pc.*, c.reference, (SELECT v.title FROM case_versions v WHERE v.case_id = c.id"
               " ORDER BY v.version DESC LIMIT 1) AS title FROM plan_cases pc JOIN suites s ON s.id = pc.suite_id"
               " JOIN cases c ON c.id = pc.case_id")


def _plan_case(row: dict[str, Any]) -> PlanCase:
    return PlanCase(id=row["id"], suite_id=row["suite_id"], case_id=row["case_id"], reference=row["reference"],
                    title=row["title"] or "", position=row["position"], tester=row["tester"] or "",
                    configuration=row["configuration"] or "", regression=bool(row["regression"]))


def _plan(row: dict[str, Any], suites: tuple[Suite, ...]) -> Plan:
    return Plan(id=row["id"], name=row["name"], programme=row["programme"] or "", release=row["release"] or "",
                environment=row["environment"] or "", scale=row["scale"], starts_on=row["starts_on"] or "",
                ends_on=row["ends_on"] or "", created_at=parse_iso(row["created_at"]),
                created_by=row["created_by"] or "", criteria=json.loads(row["criteria"] or "{}"), suites=suites)
