"""``attest plan ...`` and ``attest defect ...``: a test phase from the command line.

- ``plan create/suite/add/show/list``: plans, their suites and the cases in them, in order;
- ``plan criteria``: the exit criteria's settings; ``plan check``: each criterion with its figure and
  Met / Not met (exit 0 when all are met, 1 otherwise, 2 on bad input);
- ``defect list/show/move/link`` and ``defect scales``: defects through retest.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attest.cli import render
from attest.cli.common import add_time_zone_option, note, open_workspace, out, time_zone
from attest.services.types import iso


def add_plan_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = sub.add_parser("plan", help="test plans: suites of cases in order, exit criteria").add_subparsers(
        dest="plan_command", metavar="ACTION", required=True)
    p = plan.add_parser("create", help="create a test plan (a phase or cycle); prints its id")
    p.add_argument("name", metavar="NAME", help="e.g. 'SIT cycle 2'")
    p.add_argument("--programme", default="", help="e.g. MHHS")
    p.add_argument("--release", default="", help="e.g. 'R2.1'")
    p.add_argument("--environment", default="", help="e.g. SIT-B; runs from the plan take it by default")
    p.add_argument("--scale", default="mhhs", choices=["mhhs", "dcc"],
                   help="severity scale: mhhs (S1-S4, default) or dcc (1-5)")
    p.add_argument("--starts", default="", metavar="YYYY-MM-DD")
    p.add_argument("--ends", default="", metavar="YYYY-MM-DD")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_create)

    p = plan.add_parser("suite", help="add a suite to a plan; prints its id")
    p.add_argument("plan", metavar="PLAN", help="plan id or name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_suite)

    p = plan.add_parser("add", help="put cases in a suite, in the order given")
    p.add_argument("plan", metavar="PLAN", help="plan id or name")
    p.add_argument("cases", nargs="+", metavar="CASE", help="case ids or references")
    p.add_argument("--suite", required=True, metavar="SUITE", help="suite id or name")
    p.add_argument("--tester", default="", help="the tester assigned to these cases")
    p.add_argument("--configuration", default="", help="e.g. 'SMETS2 ESME, DCC SIT-B'")
    p.add_argument("--regression", action="store_true", help="flag these cases as regression tests")
    p.add_argument("--position", type=int, metavar="N", help="place them from position N (default: at the end)")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_plan_add)

    p = plan.add_parser("show", help="a plan's suites and cases with each case's last result")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_show)

    p = plan.add_parser("list", help="list the test plans")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_list)

    p = plan.add_parser("criteria", help="show or change a plan's exit criteria",
                        description="Settings: executed_pct, passed_pct, regression_pct (percentages); "
                                    "regression_no_new_issues, failed_linked, fixed_retested (true/false); "
                                    "threshold.SEV (most outstanding issues of that severity, or none); "
                                    "workoff.SEV (working days to work one off).")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", dest="settings",
                   help="e.g. passed_pct=95, threshold.S3=10, workoff.4=30; repeatable")
    p.add_argument("--reset", action="store_true", help="back to the scale's defaults first")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_criteria)

    p = plan.add_parser("check", help="the exit criteria, each Met or Not met; exit 0 when all are met, 1 otherwise")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_plan_check)

    defect = sub.add_parser("defect", help="defects through retest: list, show, move, link").add_subparsers(
        dest="defect_command", metavar="ACTION", required=True)
    p = defect.add_parser("list", help="defects with their status and work-off date")
    p.add_argument("--plan", metavar="PLAN")
    p.add_argument("--status", metavar="S", help="open, fixed, closed, rejected or deferred")
    p.add_argument("--severity", metavar="S", help="e.g. S2 (MHHS) or 3 (DCC)")
    p.add_argument("--overdue", action="store_true", help="only those past their work-off date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_defect_list)

    p = defect.add_parser("show", help="one defect with its history and links")
    p.add_argument("defect", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_defect_show)

    p = defect.add_parser("move", help="move a defect through its lifecycle",
                          description="Open -> fixed (ready for retest) -> closed; or rejected / deferred; "
                                      "reopen with --to open. Closing needs a linked retest run that passed "
                                      "(--retest RUN) or a --reason; rejecting, deferring and reopening need a "
                                      "--reason.")
    p.add_argument("defect", type=int, metavar="ID")
    p.add_argument("--to", required=True, metavar="STATUS", help="fixed, closed, rejected, deferred or open")
    p.add_argument("--reason", default="", metavar="TEXT")
    p.add_argument("--retest", type=int, metavar="RUN", help="the retest run (linked; must have passed to close)")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_defect_move)

    p = defect.add_parser("link", help="link evidence items and retest runs to a defect")
    p.add_argument("defect", type=int, metavar="ID")
    p.add_argument("--evidence", action="append", default=[], type=int, metavar="ITEM")
    p.add_argument("--retest", action="append", default=[], type=int, metavar="RUN")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_defect_link)

    p = defect.add_parser("scales", help="the severity scales and priorities, with their definitions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_defect_scales)

    report = sub.add_parser("report", help="phase reports").add_subparsers(dest="report_command", metavar="ACTION",
                                                                           required=True)
    p = report.add_parser("completion", help="write a plan's test completion report (.docx)",
                          description="Scope and environment, tests run / passed / failed / not run, failed tests "
                                      "with their issues, outstanding issues by severity against the thresholds, "
                                      "issues without retests, regression, deviations, observations and witnessed "
                                      "sessions, the exit criteria, recommendations and lessons learnt, with charts. "
                                      "Leak-checked like a pack: nothing is written if the check finds anything.")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    p.add_argument("--recommendations", default="", metavar="TEXT", help="typed text (redacted)")
    p.add_argument("--lessons", default="", metavar="TEXT", help="lessons learnt (redacted)")
    p.add_argument("--template", type=Path, metavar="FILE.docx", help="a restyled copy of the pack template")
    p.add_argument("--by", default=None, metavar="NAME")
    add_time_zone_option(p)
    p.set_defaults(handler=cmd_report_completion)


# -- plans --------------------------------------------------------------------------------------------

def cmd_plan_create(args: argparse.Namespace) -> int:
    from attest.services.plans import create_plan

    with open_workspace(args) as ws:
        plan = create_plan(ws, args.name, programme=args.programme, release=args.release,
                           environment=args.environment, scale=args.scale, starts_on=args.starts, ends_on=args.ends,
                           by=args.by)
    if args.json:
        out(render.dumps({"id": plan.id, "name": plan.name, "scale": plan.scale}))
    else:
        out(str(plan.id))
        note(f"created plan {plan.id}: {plan.name} (severity scale {plan.scale})")
    return 0


def cmd_plan_suite(args: argparse.Namespace) -> int:
    from attest.services.plans import add_suite

    with open_workspace(args) as ws:
        suite = add_suite(ws, args.plan, args.name, by=args.by)
    if args.json:
        out(render.dumps({"id": suite.id, "plan": suite.plan_id, "name": suite.name, "position": suite.position}))
    else:
        out(str(suite.id))
        note(f"added suite {suite.id}: {suite.name} to plan {suite.plan_id}")
    return 0


def cmd_plan_add(args: argparse.Namespace) -> int:
    from attest.services.plans import add_cases

    with open_workspace(args) as ws:
        suite = add_cases(ws, args.plan, args.suite, args.cases, tester=args.tester,
                          configuration=args.configuration, regression=args.regression, position=args.position,
                          by=args.by)
    out(f"suite {suite.id} ({suite.name}): {len(suite.cases)} case(s)")
    for case in suite.cases:
        out(f"  {case.position}\t{case.reference}\t{case.tester or '-'}" + ("\tregression" if case.regression else ""))
    return 0


def cmd_plan_show(args: argparse.Namespace) -> int:
    from attest.services.plans import phase

    with open_workspace(args) as ws:
        figures = phase(ws, args.plan)
    plan = figures.plan
    results = {(r.entry.suite_id, r.entry.case_id): r for r in figures.results}
    if args.json:
        data = render.plan_json(plan)
        for suite in data["suites"]:
            for case in suite["cases"]:
                result = results[(suite["id"], case["case"])]
                case["last_run"] = result.latest.id if result.latest else None
                case["outcome"] = result.outcome
                case["runs"] = result.runs
                case["retest"] = bool(result.latest and result.latest.is_retest)
        data["progress"] = {"planned": figures.planned, "executed": figures.executed, "passed": figures.passed,
                            "failed": figures.failed, "not_run": figures.not_run}
        data["witnessed"] = _witnessed(figures)
        out(render.dumps(data))
        return 0
    header = [f"plan {plan.id}: {plan.name}"]
    details = [f"programme {plan.programme}" if plan.programme else "", f"release {plan.release}" if plan.release else "",
               f"environment {plan.environment}" if plan.environment else "", f"scale {plan.scale}",
               f"{plan.starts_on or '?'} to {plan.ends_on or '?'}" if plan.starts_on or plan.ends_on else ""]
    header.append("  " + ", ".join(d for d in details if d))
    header.append(f"  {figures.executed} of {figures.planned} executed, {figures.passed} passed, {figures.failed} "
                  f"failed, {figures.not_run} not run")
    sessions = _witnessed(figures)
    if sessions["sessions"]:
        header.append(f"  witnessed sessions: {sessions['sessions']}, {sessions['completed']} completed, "
                      f"{sessions['not_passed']} not passed, pass rate {sessions['pass_rate']} %")
    out("\n".join(header))
    for suite in plan.suites:
        out(f"suite {suite.id}: {suite.name} ({len(suite.cases)} case(s))")
        for case in suite.cases:
            result = results[(suite.id, case.case_id)]
            last = f"run {result.latest.id} {result.outcome}" if result.latest else "not run"
            flags = ", ".join(f for f in ("regression" if case.regression else "",
                                          "retest" if result.latest and result.latest.is_retest else "") if f)
            out(f"  {case.position}\t{case.reference}\t{' '.join(case.title.split())[:60]}\t{case.tester or '-'}\t"
                f"{last}" + (f"\t{flags}" if flags else ""))
    return 0


def _witnessed(figures: Any) -> dict[str, Any]:
    """The plan's witnessed sessions (seed 000 section 6.2.2: completion, failures, pass rate)."""
    runs = figures.witnessed()
    done = [r for r in runs if r.finished]
    passed = sum(1 for r in done if r.status.value == "passed")
    return {"sessions": len(runs), "completed": len(done), "not_passed": len(done) - passed,
            "pass_rate": round(100 * passed / len(done)) if done else None}


def cmd_plan_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        plans = ws.plans.all()
    if args.json:
        out(render.dumps([render.plan_json(p) | {"suites": None} for p in plans]))
    elif not plans:
        note("no test plans yet: create one with `attest plan create NAME`")
    else:
        for p in plans:
            out(f"{p.id}\t{p.name}\t{p.programme or '-'}\t{p.release or '-'}\t{p.environment or '-'}\t{p.scale}")
    return 0


def cmd_plan_criteria(args: argparse.Namespace) -> int:
    from attest.core.exit_criteria import settings
    from attest.core.scales import Scale
    from attest.services.plans import set_criteria

    with open_workspace(args) as ws:
        plan = (set_criteria(ws, args.plan, args.settings, reset=args.reset, by=args.by)
                if args.settings or args.reset else ws.plans.find(args.plan))
    rules = settings(Scale(plan.scale), plan.criteria)
    data = {"executed_pct": rules.executed_pct, "passed_pct": rules.passed_pct,
            "regression_pct": rules.regression_pct, "regression_no_new_issues": rules.regression_no_new_issues,
            "failed_linked": rules.failed_linked, "fixed_retested": rules.fixed_retested,
            "thresholds": rules.thresholds, "workoff_days": rules.workoff_days}
    if args.json:
        out(render.dumps(data))
    else:
        for key, value in data.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k}: {'none' if v is None else v}" for k, v in value.items())
            out(f"{key}\t{value}")
    return 0


def cmd_plan_check(args: argparse.Namespace) -> int:
    from attest.services.plans import check

    with open_workspace(args) as ws:
        figures, criteria = check(ws, args.plan)
    met = all(c.met for c in criteria)
    if args.json:
        out(render.dumps({"plan": figures.plan.id, "met": met, "criteria": [
            {"key": c.key, "name": c.name, "target": c.target, "figure": c.figure, "met": c.met,
             "detail": list(c.detail)} for c in criteria]}))
    else:
        for c in criteria:
            out(f"{'Met' if c.met else 'Not met'}\t{c.name}: {c.figure} (target {c.target})")
            for line in c.detail[:10]:
                out(f"\t  {line}")
            if len(c.detail) > 10:
                out(f"\t  … and {len(c.detail) - 10} more")
        out(f"exit criteria {'met' if met else 'NOT met'} for plan {figures.plan.id} ({figures.plan.name})")
    return 0 if met else 1


# -- defects ------------------------------------------------------------------------------------------

def cmd_defect_list(args: argparse.Namespace) -> int:
    from attest.services.defects import list_defects

    with open_workspace(args) as ws:
        rows = list_defects(ws, plan=args.plan, status=args.status, overdue=args.overdue, severity=args.severity)
    if args.json:
        out(render.dumps([render.defect_json(r.defect, r.workoff) | {"plan": r.plan_id, "reference": r.reference}
                          for r in rows]))
        return 0
    if not rows:
        note("no defects match")
    for r in rows:
        d = r.defect
        due = ""
        if r.workoff.due is not None:
            left = r.workoff.days_left or 0
            due = (f"OVERDUE by {-left} working day(s) (due {r.workoff.due})" if r.workoff.overdue
                   else f"due {r.workoff.due} ({left} working day(s) left)")
        out(f"{d.id}\t{d.severity.value}/{d.priority.value}\t{d.status.label}\trun {d.run_id} {r.reference}\t"
            f"{' '.join(d.title.split())[:70]}" + (f"\t{due}" if due else ""))
    return 0


def cmd_defect_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        row = ws.defects.row(args.defect)
    defect, workoff = row.defect, row.workoff
    if args.json:
        out(render.dumps(render.defect_json(defect, workoff)))
        return 0
    lines = [f"defect {defect.id}: {defect.title}",
             f"  {defect.severity.label} / {defect.priority.value}, {defect.status.label}",
             f"  raised by {defect.raised_by} at {iso(defect.raised_at)} on run {defect.run_id}"
             + (f" step {defect.step_index}" if defect.step_index else "")]
    if defect.description:
        lines.append(f"  {defect.description}")
    if workoff is not None and workoff.due is not None:
        lines.append(f"  work-off due {workoff.due}" + (" (OVERDUE)" if workoff.overdue else ""))
    if defect.evidence_ids:
        lines.append(f"  evidence: {', '.join(map(str, defect.evidence_ids))}")
    if defect.retest_run_ids:
        lines.append(f"  retest runs: {', '.join(map(str, defect.retest_run_ids))}")
    for change in defect.history:
        lines.append(f"  {iso(change.moved_at)} {change.before.value} -> {change.after.value} by {change.moved_by}"
                     + (f": {change.reason}" if change.reason else "")
                     + (f" (retest run {change.retest_run_id})" if change.retest_run_id else ""))
    out("\n".join(lines))
    return 0


def cmd_defect_move(args: argparse.Namespace) -> int:
    from attest.services.defects import move_defect

    with open_workspace(args) as ws:
        defect = move_defect(ws, args.defect, args.to, reason=args.reason, retest=args.retest, by=args.by)
    if args.json:
        out(render.dumps(render.defect_json(defect)))
    else:
        out(f"defect {defect.id}: {defect.status.label}")
    return 0


def cmd_defect_link(args: argparse.Namespace) -> int:
    from attest.services.defects import link_defect

    with open_workspace(args) as ws:
        defect = link_defect(ws, args.defect, evidence=args.evidence, retests=args.retest, by=args.by)
    out(f"defect {defect.id}: evidence {list(defect.evidence_ids)}, retest runs {list(defect.retest_run_ids)}")
    return 0


def cmd_defect_scales(args: argparse.Namespace) -> int:
    from attest.core.scales import PRIORITIES, SEVERITIES

    data: dict[str, Any] = {scale.value: [{"value": g.value, "name": g.name, "definition": g.definition}
                                          for g in grades] for scale, grades in SEVERITIES.items()}
    data["priority"] = [{"value": g.value, "name": g.name, "definition": g.definition} for g in PRIORITIES]
    if args.json:
        out(render.dumps(data))
        return 0
    for scale, grades in SEVERITIES.items():
        out(f"severity, {scale.label}:")
        for g in grades:
            out(f"  {g.label}: {g.definition}")
    out("priority:")
    for g in PRIORITIES:
        out(f"  {g.label}: {g.definition}")
    return 0


# -- report -------------------------------------------------------------------------------------------

def cmd_report_completion(args: argparse.Namespace) -> int:
    from attest.services.export import completion_report

    tz = time_zone(args)
    with open_workspace(args) as ws:
        result = completion_report(ws, args.plan, args.out, recommendations=args.recommendations,
                                   lessons=args.lessons, template=args.template, by=args.by, time_zone=tz.key)
    out(str(result.path))
    note(f"test completion report written: {result.planned} planned, {result.executed} executed; exit criteria "
         f"{'met' if result.criteria_met else 'NOT met'}; leak scan clean")
    return 0
