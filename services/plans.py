"""Test plans and their suites, and the exit criteria: every typed name passes the gate here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attest.core.errors import InputError
from attest.core.exit_criteria import Criterion, evaluate, parse_setting
from attest.core.model import Plan, Suite
from attest.core.phase import PhaseFigures, figures
from attest.core.plans import CaseEntry
from attest.core.scales import Scale
from attest.core.workspace import Workspace
from attest.services.workspace import gate as gate_for, who

__all__ = ["add_cases", "add_suite", "check", "create_plan", "phase", "set_criteria"]


def create_plan(ws: Workspace, name: str, *, programme: str = "", release: str = "", environment: str = "",
                scale: str = "mhhs", starts_on: str = "", ends_on: str = "", by: str | None = None) -> Plan:
    gate = gate_for(ws)
    try:
        chosen = Scale(scale.strip().lower())
    except ValueError:
        raise InputError("--scale", "expected mhhs or dcc") from None
    return ws.plans.create(gate.text(name), by=who(ws, gate, by), programme=gate.text(programme),
                           release=gate.text(release), environment=gate.text(environment), scale=chosen,
                           starts_on=starts_on, ends_on=ends_on)


def add_suite(ws: Workspace, plan: str | int, name: str, *, by: str | None = None) -> Suite:
    gate = gate_for(ws)
    return ws.plans.add_suite(ws.plans.find(plan).id, gate.text(name), by=who(ws, gate, by))


def add_cases(ws: Workspace, plan: str | int, suite: str | int, cases: Sequence[str | int], *, tester: str = "",
              configuration: str = "", regression: bool = False, position: int | None = None,
              by: str | None = None) -> Suite:
    """Put ``cases`` (ids or references) in a suite of the plan, in that order."""
    gate = gate_for(ws)
    found = ws.plans.find(plan)
    target = ws.plans.find_suite(found.id, suite)
    assigned = gate.person("--tester", tester) if tester.strip() else gate.text("")
    entries = [CaseEntry(ws.cases.get(c).id, assigned, gate.text(configuration), regression) for c in cases]
    return ws.plans.add_cases(target.id, entries, by=who(ws, gate, by), position=position)


def set_criteria(ws: Workspace, plan: str | int, settings: Sequence[str], *, reset: bool = False,
                 by: str | None = None) -> Plan:
    """Change the plan's exit criteria from ``KEY=VALUE`` settings (``passed_pct=95``, ``threshold.S3=10``);
    ``reset`` starts again from the scale's defaults."""
    gate = gate_for(ws)
    found = ws.plans.find(plan)
    scale = Scale(found.scale)
    criteria: dict[str, Any] = {} if reset else {k: (dict(v) if isinstance(v, dict) else v)
                                                 for k, v in found.criteria.items()}
    for given in settings:
        key, value, severity = parse_setting(scale, given)
        if severity is None:
            criteria[key] = value
        else:
            criteria.setdefault(key, {})[severity] = value
    return ws.plans.set_criteria(found.id, criteria, by=who(ws, gate, by))


def phase(ws: Workspace, plan: str | int) -> PhaseFigures:
    return figures(ws.store, ws.plans.find(plan).id)


def check(ws: Workspace, plan: str | int) -> tuple[PhaseFigures, list[Criterion]]:
    figures_ = phase(ws, plan)
    return figures_, evaluate(figures_)


def run_scale(ws: Workspace, plan_id: int | None) -> str:
    """The severity scale a run's defects take: its plan's, else MHHS."""
    return ws.plans.get(plan_id).scale if plan_id is not None else Scale.MHHS.value
