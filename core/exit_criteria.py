"""A plan's exit criteria: seed 000 sections 9.4-9.5 (DCC) and seed 001's QT exit criteria (MHHS),
with the seeds' defaults, each editable per plan, evaluated on the phase's figures.

The criteria, in the order a completion report lists them:
1. planned tests executed: at least ``executed_pct`` (100 %) of the planned cases have a finished run;
2. tests passed: at least ``passed_pct`` (90 %) of the executed cases passed (their latest run);
3. regression: ``regression_pct`` (100 %) of the regression-flagged cases executed and passed, and
   (``regression_no_new_issues``) no outstanding defect raised on a regression case's run;
4. outstanding issues at or under the thresholds, by severity (DCC 1:0 2:0 3:15 4:30 5:60; MHHS no open
   S1 or S2);
5. every failed test linked to an issue (a defect raised on its latest run, or linked to that run's
   evidence);
6. every fixed issue retested (a finished retest run linked to it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from attest.core.errors import InputError
from attest.core.phase import PhaseFigures
from attest.core.scales import DEFAULT_THRESHOLDS, DEFAULT_WORKOFF_DAYS, SEVERITIES, Scale

_PERCENTS = ("executed_pct", "passed_pct", "regression_pct")
_SWITCHES = ("regression_no_new_issues", "failed_linked", "fixed_retested")


@dataclass(frozen=True)
class Settings:
    executed_pct: float = 100.0
    passed_pct: float = 90.0
    regression_pct: float = 100.0
    regression_no_new_issues: bool = True
    failed_linked: bool = True
    fixed_retested: bool = True
    thresholds: dict[str, int | None] = field(default_factory=dict)  # severity -> most outstanding allowed
    workoff_days: dict[str, int] = field(default_factory=dict)


def settings(scale: Scale, overrides: dict[str, Any]) -> Settings:
    """The scale's defaults with a plan's overrides; refuses a key or value it cannot read (exit 2)."""
    severities = [g.value for g in SEVERITIES[scale]]
    values: dict[str, Any] = {"thresholds": dict(DEFAULT_THRESHOLDS[scale]),
                              "workoff_days": dict(DEFAULT_WORKOFF_DAYS[scale])}
    for key, value in overrides.items():
        if key in _PERCENTS:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
                raise InputError(key, "expected a percentage from 0 to 100")
            values[key] = float(value)
        elif key in _SWITCHES:
            if not isinstance(value, bool):
                raise InputError(key, "expected true or false")
            values[key] = value
        elif key in ("thresholds", "workoff_days"):
            if not isinstance(value, dict):
                raise InputError(key, "expected a severity -> number mapping")
            for severity, number in value.items():
                if severity not in severities:
                    raise InputError(f"{key}.{severity}", f"the plan's scale is {scale.label}; severities are "
                                                          f"{', '.join(severities)}")
                none_ok = key == "thresholds"
                if not ((number is None and none_ok) or (isinstance(number, int) and not isinstance(number, bool)
                                                         and number >= 0)):
                    raise InputError(f"{key}.{severity}", "expected a whole number of 0 or more"
                                     + (" (or none: no threshold)" if none_ok else ""))
                values[key][severity] = number
        else:
            known = ", ".join((*_PERCENTS, *_SWITCHES, "threshold.SEV", "workoff.SEV"))
            raise InputError(key, f"not an exit criterion setting; known: {known}")
    return Settings(**values)


def parse_setting(scale: Scale, given: str) -> tuple[str, Any, str | None]:
    """``KEY=VALUE`` from the command line: ``passed_pct=95``, ``failed_linked=false``,
    ``threshold.S3=10``, ``threshold.3=none``, ``workoff.4=30``. Returns (key, value, severity)."""
    key, sep, raw = given.partition("=")
    key, raw = key.strip(), raw.strip()
    if not sep or not key:
        raise InputError("--set", "expected KEY=VALUE, e.g. passed_pct=95 or threshold.S3=10")
    if key.startswith(("threshold.", "workoff.")):
        group, _dot, severity = key.partition(".")
        severity = severity.upper() if scale is Scale.MHHS else severity
        if raw.lower() == "none" and group == "threshold":
            return ("thresholds", None, severity)
        if not raw.isdigit():
            raise InputError("--set", f"{key}: expected a whole number{' or none' if group == 'threshold' else ''}")
        return ("thresholds" if group == "threshold" else "workoff_days", int(raw), severity)
    if key in _PERCENTS:
        try:
            return (key, float(raw.rstrip("%")), None)
        except ValueError:
            raise InputError("--set", f"{key}: expected a percentage, e.g. 95") from None
    if key in _SWITCHES:
        if raw.lower() not in ("true", "false", "yes", "no", "on", "off"):
            raise InputError("--set", f"{key}: expected true or false")
        return (key, raw.lower() in ("true", "yes", "on"), None)
    raise InputError("--set", f"{key} is not an exit criterion setting; known: "
                              f"{', '.join((*_PERCENTS, *_SWITCHES))}, threshold.SEV, workoff.SEV")


@dataclass(frozen=True)
class Criterion:
    key: str
    name: str
    target: str
    figure: str
    met: bool
    detail: tuple[str, ...] = ()  # what stops it being met (case references, defect ids)


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 100.0


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + " %"


def evaluate(phase: PhaseFigures) -> list[Criterion]:
    scale = Scale(phase.plan.scale)
    rules = settings(scale, phase.plan.criteria)
    out: list[Criterion] = []
    planned, executed = phase.planned, phase.executed
    executed_pct = _pct(executed, planned)
    out.append(Criterion("executed", "Planned tests executed", f"≥ {_fmt(rules.executed_pct)}",
                         f"{executed} of {planned} ({_fmt(executed_pct)})", planned > 0 and executed_pct >=
                         rules.executed_pct - 1e-9,
                         tuple(f"{r.suite} / {r.entry.reference}: {r.why_not_run}" for r in phase.results
                               if not r.executed)
                         or (("the plan has no cases",) if planned == 0 else ())))
    passed_pct = _pct(phase.passed, executed)
    out.append(Criterion("passed", "Executed tests passed", f"≥ {_fmt(rules.passed_pct)}",
                         f"{phase.passed} of {executed} ({_fmt(passed_pct) if executed else 'none executed'})",
                         executed > 0 and passed_pct >= rules.passed_pct - 1e-9,
                         tuple(f"{r.suite} / {r.entry.reference}: {r.outcome_label}" for r in phase.results
                               if r.executed and r.outcome != "passed")))
    regression = [r for r in phase.results if r.entry.regression]
    if regression:
        done = [r for r in regression if r.executed and r.outcome == "passed"]
        pct = _pct(len(done), len(regression))
        run_ids = {r.latest.id for r in regression if r.latest is not None}
        new_issues = [d for d in phase.defects if d.defect.run_id in run_ids and d.defect.status.outstanding]
        met = pct >= rules.regression_pct - 1e-9 and not (rules.regression_no_new_issues and new_issues)
        passed_ids = {id(r) for r in done}
        detail = tuple(f"{r.suite} / {r.entry.reference}: {r.outcome_label}" for r in regression
                       if id(r) not in passed_ids)
        detail += tuple(f"defect {d.defect.id} ({d.defect.severity.value}) raised on regression run {d.defect.run_id}"
                        for d in new_issues) if rules.regression_no_new_issues else ()
        out.append(Criterion("regression", "Regression complete and passed, no new issues",
                             f"{_fmt(rules.regression_pct)}" + (", no new issues" if rules.regression_no_new_issues
                                                                 else ""),
                             f"{len(done)} of {len(regression)} ({_fmt(pct)}); {len(new_issues)} new issue(s)",
                             met, detail))
    else:
        out.append(Criterion("regression", "Regression complete and passed, no new issues",
                             _fmt(rules.regression_pct), "no regression cases in the plan", True))
    outstanding = phase.outstanding()
    over = [(severity, outstanding[severity], limit) for severity, limit in rules.thresholds.items()
            if limit is not None and outstanding[severity] > limit]
    target = ", ".join(f"{s}: {limit}" for s, limit in rules.thresholds.items() if limit is not None)
    figure = ", ".join(f"{g.value}: {outstanding[g.value]}" for g in SEVERITIES[scale])
    out.append(Criterion("thresholds", "Outstanding issues at or under the thresholds", f"at most {target}", figure,
                         not over, tuple(f"{s}: {n} outstanding, threshold {limit}" for s, n, limit in over)))
    if rules.failed_linked:
        failed = [r for r in phase.results if r.outcome == "failed"]
        linked_runs = {d.defect.run_id for d in phase.defects} | phase.evidence_runs
        unlinked = [r for r in failed if r.latest is not None and r.latest.id not in linked_runs]
        out.append(Criterion("failed_linked", "Every failed test linked to an issue", "all",
                             f"{len(failed) - len(unlinked)} of {len(failed)}", not unlinked,
                             tuple(f"{r.entry.reference} (run {r.latest.id})" for r in unlinked if r.latest)))
    if rules.fixed_retested:
        fixed = [d for d in phase.defects if d.defect.status.value in ("fixed", "closed")]
        missing = phase.unretested()
        out.append(Criterion("fixed_retested", "Every fixed issue retested", "all",
                             f"{len(fixed) - len(missing)} of {len(fixed)}", not missing,
                             tuple(f"defect {d.defect.id} ({d.defect.status.label})" for d in missing)))
    return out


def all_met(criteria: list[Criterion]) -> bool:
    return all(c.met for c in criteria)
