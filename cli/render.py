"""How runs and cases look on the command line: JSON documents and plain-text tables."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from attest.core.local_time import stamp
from attest.services.types import CaseSummary, iso
from attest.core.model import Defect, Plan, Run, StoredCase


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def run_json(run: Run) -> dict[str, Any]:
    """The documented ``attest run show --json`` shape."""
    return {
        "id": run.id,
        "case": run.case_id,
        "reference": run.reference,
        "title": run.title,
        "case_version": run.case_version,
        "status": run.status.value,
        "tester": run.tester,
        "environment": run.environment,
        "started_at": iso(run.started_at),
        "finished_at": iso(run.finished_at) if run.finished_at else None,
        "steps": [
            {
                "index": step.index,
                "action": step.action,
                "expected": step.expected,
                "status": step.status.value if step.status else None,
                "actual": step.result.actual if step.result else None,
                "recorded_by": step.result.recorded_by if step.result else None,
                "recorded_at": iso(step.result.recorded_at) if step.result else None,
                "evidence_required": step.evidence_required,
                "expected_seen": step.expected_seen,
                "evidence": [
                    {"id": e.id, "sha256": e.sha256, "kind": e.kind.value, "name": e.name, "caption": e.caption,
                     "redaction": e.redaction.value, "annotations": [a.to_dict() for a in e.annotations],
                     "expected_seen": None if e.seen is None else e.seen.seen,
                     "expected": None if e.seen is None else e.seen.to_dict()}
                    for e in step.evidence
                ],
            }
            for step in run.steps
        ],
        "deviations": [
            {"step": d.step_index, "kind": d.kind.value, "reason": d.reason, "recorded_by": d.recorded_by,
             "recorded_at": iso(d.recorded_at)}
            for d in run.deviations
        ],
        "observations": [
            {"id": o.id, "step": o.step_index, "kind": o.kind.value, "text": o.text, "raised_by": o.raised_by,
             "raised_at": iso(o.raised_at), "response": o.response, "action": o.action, "defect": o.defect_id}
            for o in run.observations
        ],
        "defects": [
            {"id": d.id, "step": d.step_index, "title": d.title, "severity": d.severity.value,
             "priority": d.priority.value, "status": d.status.value, "raised_by": d.raised_by,
             "raised_at": iso(d.raised_at)}
            for d in run.defects
        ],
        "data_refs": list(run.data_refs),
        "plan": run.plan_id,
        "retest_of": list(run.retest_of),
        "retests_defects": list(run.retests_defects),
        "witnessed": run.witnessed,
        "purpose": run.purpose,
        "participants": [{"name": p.name, "organisation": p.organisation, "role": p.role.value,
                          "added_at": iso(p.added_at)} for p in run.participants],
        "washup": None if run.washup is None else {
            "outcome": run.washup.outcome.value, "signed_by": run.washup.signed_by,
            "signed_at": iso(run.washup.signed_at)},
    }


def run_summary_json(run: Run) -> dict[str, Any]:
    return {"id": run.id, "case": run.case_id, "reference": run.reference, "title": run.title,
            "status": run.status.value, "tester": run.tester, "environment": run.environment,
            "started_at": iso(run.started_at), "finished_at": iso(run.finished_at) if run.finished_at else None,
            "plan": run.plan_id}


def defect_json(defect: Defect, workoff: Any = None) -> dict[str, Any]:
    """The documented ``attest defect show --json`` shape (``workoff``: a core.defects.WorkOff)."""
    data: dict[str, Any] = {
        "id": defect.id, "run": defect.run_id, "step": defect.step_index, "title": defect.title,
        "description": defect.description, "severity": defect.severity.value, "priority": defect.priority.value,
        "status": defect.status.value, "raised_by": defect.raised_by, "raised_at": iso(defect.raised_at),
        "evidence": list(defect.evidence_ids), "retests": list(defect.retest_run_ids),
        "history": [{"from": c.before.value, "to": c.after.value, "reason": c.reason, "retest": c.retest_run_id,
                     "by": c.moved_by, "at": iso(c.moved_at)} for c in defect.history],
    }
    if workoff is not None:
        data["due"] = workoff.due.isoformat() if workoff.due else None
        data["working_days_left"] = workoff.days_left
        data["overdue"] = workoff.overdue
    return data


def plan_json(plan: Plan) -> dict[str, Any]:
    return {"id": plan.id, "name": plan.name, "programme": plan.programme, "release": plan.release,
            "environment": plan.environment, "scale": plan.scale, "starts_on": plan.starts_on or None,
            "ends_on": plan.ends_on or None, "created_at": iso(plan.created_at), "created_by": plan.created_by,
            "criteria": plan.criteria,
            "suites": [{"id": s.id, "name": s.name, "position": s.position,
                        "cases": [{"case": c.case_id, "reference": c.reference, "title": c.title,
                                   "position": c.position, "tester": c.tester, "configuration": c.configuration,
                                   "regression": c.regression} for c in s.cases]} for s in plan.suites]}


def run_text(run: Run, tz: ZoneInfo | None = None) -> str:
    """``attest run show`` for a person: times in ``tz`` (``None``: the user's default zone) with the zone
    named, as the pack shows them; ``--json`` keeps ISO UTC for scripts."""
    lines = [
        f"Run {run.id}: {run.reference} – {run.title} (case version {run.case_version})",
        f"Status: {run.status.label}   Tester: {run.tester}   Environment: {run.environment or '-'}",
        f"Started: {stamp(run.started_at, tz)}   "
        f"Finished: {stamp(run.finished_at, tz) if run.finished_at else '-'}",
        "",
    ]
    if run.witnessed:
        lines[-1:-1] = [f"Witnessed: {run.purpose or 'yes'}"] + [
            f"  {p.role.label}: {p.name}" + (f" ({p.organisation})" if p.organisation else "") for p in run.participants]
        if run.washup is not None:
            lines.insert(-1, f"Wash-up: {run.washup.outcome.label}, signed by {run.washup.signed_by} at "
                             f"{stamp(run.washup.signed_at, tz)}")
    for step in run.steps:
        status = step.status.label if step.status else "—"
        lines.append(f"  {step.index:>3}. [{status:^9}] {_short(step.action, 90)}")
        if step.result and step.result.actual:
            lines.append(f"       actual: {_short(step.result.actual, 90)}")
        for item in step.evidence:
            drawn = f", {len(item.annotations)} annotation(s)" if item.annotations else ""
            if item.seen is not None:
                drawn += ", expected text seen" if item.seen.seen else ", expected text not seen"
            lines.append(f"       #{item.id} {item.kind.value}: {item.name} ({item.sha256[:12]}…, "
                         f"{item.redaction.value}{drawn})")
    if run.deviations:
        lines.append("")
        lines.append("Deviations:")
        for d in run.deviations:
            lines.append(f"  step {d.step_index} ({d.kind.value}) by {d.recorded_by} at "
                         f"{stamp(d.recorded_at, tz)}: {d.reason}")
    if run.observations:
        lines += ["", "Observations:"]
        for o in run.observations:
            at = f"step {o.step_index}" if o.step_index else "run"
            lines.append(f"  #{o.id} {at} ({o.kind.value}) by {o.raised_by} at {stamp(o.raised_at, tz)}: {o.text}")
            for label, value in (("response", o.response), ("action", o.action),
                                 ("defect", o.defect_id and f"#{o.defect_id}")):
                if value:
                    lines.append(f"       {label}: {value}")
    if run.defects:
        lines += ["", "Defects:"]
        for d in run.defects:
            at = f"step {d.step_index}" if d.step_index else "run"
            lines.append(f"  {at} {d.severity.value}/{d.priority.value} [{d.status.value}] by {d.raised_by}: {d.title}")
    return "\n".join(lines)


def case_json(stored: StoredCase) -> dict[str, Any]:
    case = stored.case
    return {
        "id": stored.id,
        "version": stored.version,
        "imported_at": iso(stored.imported_at),
        "source_file": case.source_file,
        "source_format": case.source_format,
        **case.content_dict(),
    }


def case_text(stored: StoredCase) -> str:
    case = stored.case
    lines = [f"{case.reference} – {case.title}", f"id {stored.id}, version {stored.version}, "
             f"from {case.source_file or '-'} ({case.source_format or '-'})"]
    for label, value in (("Description", case.description), ("Preconditions", case.preconditions),
                         ("Test data", case.test_data)):
        if value:
            lines += ["", f"{label}:", *(f"  {line}" for line in value.split("\n"))]
    if case.attributes:
        lines += ["", "Attributes:"]
        for key, value in case.attributes.items():
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            first, *rest = text.split("\n")
            lines += [f"  {key}: {first}", *(f"    {line}" for line in rest)]
    lines.append("")
    for number, step in enumerate(case.steps, start=1):
        label = f" ({step.name})" if step.name else ""
        lines.append(f"Step {number}{label}:")
        lines += [f"  Action:   {line}" if i == 0 else f"            {line}"
                  for i, line in enumerate(step.action.split("\n"))]
        if step.expected:
            lines += [f"  Expected: {line}" if i == 0 else f"            {line}"
                      for i, line in enumerate(step.expected.split("\n"))]
        for check in step.checks:
            lines.append(f"  Check:    {check}")
    return "\n".join(lines)


def cases_json(cases: list[CaseSummary]) -> list[dict[str, Any]]:
    return [{"id": c.id, "reference": c.reference, "title": c.title, "steps": c.steps, "version": c.version,
             "source_file": c.source_file, "last_run_status": c.last_run_status} for c in cases]


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
