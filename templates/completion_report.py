"""The test completion report of a plan (seed 000 Table 12, "Test Phase Completion Report"; seed 001's
QT completion report): what a test manager hands to the assurance board to close a phase.

Sections: scope and environment; tests run / passed / failed / not run, and why not run; failed tests
with their issue ids; issues raised and outstanding by severity against the thresholds; issues without
retests; regression results; deviations, observations and witnessed sessions (seed 000 section 6.2.2:
completion, failures, pass rate); the exit criteria, each Met or Not met; recommendations and lessons
learnt (typed, redacted at the gate); and a manifest of the evidence packs built for the plan's runs.
Three charts (matplotlib's Agg backend, imported only here): execution progress over time, outcomes by
suite, and open issues by severity against the thresholds.

Like a pack: the workspace is checked against its audit log first, the built document is leak-scanned
whole (charts included, by OCR), nothing is written if anything is found, the file appears whole or
not at all, and its writing is audited (``plan.report``).
"""

from __future__ import annotations

import io
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from attest import __version__
from attest.core import local_time
from attest.core.audit import head as audit_head
from attest.core.audit_events import CompletionReportWritten, PackBuilt
from attest.core.audit import entries
from attest.core.errors import InputError
from attest.core.evidence_store import sha256_bytes
from attest.core.exit_criteria import Criterion, evaluate, settings
from attest.core.phase import PhaseFigures, figures
from attest.core.scales import SEVERITIES, Scale
from attest.core.store import parse_iso
from attest.core.workspace import Workspace
from attest.redaction import RegisterMatcher
from attest.redaction.scan import scan_bytes
from attest.templates.pack import PackRefused, check_output_name, open_template, write_document
from attest.templates.pack_check import PackProblem, document_problems
from attest.templates.styles import DEFAULT_TEMPLATE
from attest.templates.word_parts import xml_safe
from attest.templates.writer import DocWriter, document_bytes

REPORT = "the test completion report"
_OUTCOMES = ("passed", "failed", "blocked", "incomplete", "in-progress", "not-run")
_OUTCOME_LABELS = {"passed": "Passed", "failed": "Failed", "blocked": "Blocked", "incomplete": "Incomplete",
                   "in-progress": "In progress", "not-run": "Not run"}
_COLOURS = {"passed": "#2e7d32", "failed": "#c62828", "blocked": "#ef6c00", "incomplete": "#757575",
            "in-progress": "#1565c0", "not-run": "#bdbdbd"}


def _refused(problems: list[PackProblem]) -> PackRefused:
    """The leak check (or the audit log) found something: nothing is written; exit 1, as for a pack."""
    return PackRefused(problems, what=REPORT)


@dataclass
class CompletionResult:
    path: Path
    sha256: str
    planned: int
    executed: int
    criteria_met: bool
    charts: int
    timings: dict[str, float] = field(default_factory=dict)


def build_completion_report(ws: Workspace, plan_id: int, out: Path, *, recommendations: str = "",
                            lessons: str = "", register: RegisterMatcher | None = None,
                            template: Path | None = None, by: str = "",
                            clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                            time_zone: str | None = None) -> CompletionResult:
    """Check, build and write plan ``plan_id``'s completion report to ``out`` (.docx). ``recommendations``
    and ``lessons`` are typed text already through the redaction gate. ``time_zone``: the zone its times
    (and the days of its progress chart) are shown in, named in its first table, as for ``build_pack``."""
    tz = local_time.zone(time_zone)  # a bad name is refused before any work
    started = time.perf_counter()
    if out.suffix.lower() != ".docx":
        raise InputError(str(out), "the report is a Word document; give a file name ending in .docx")
    check_output_name(out, register, what=REPORT)
    report, disagreements = ws.verify()
    if not report.ok or disagreements:
        raise _refused([PackProblem(None, "the workspace", p) for p in
                                 ([report.problem] if not report.ok else []) + disagreements])
    phase = figures(ws.store, plan_id)
    criteria = evaluate(phase)
    timings = {"check": time.perf_counter() - started}
    document = open_template(template or DEFAULT_TEMPLATE, register)
    w = DocWriter(document, tz)
    now = clock()
    plan = phase.plan
    head_entries, head = audit_head(ws.store.conn)
    drawn = _Drawn()
    packs = _pack_rows(ws, phase, tz)
    charts = _write(ws, w, phase, criteria, recommendations, lessons, now, head, head_entries, drawn, packs)
    w.footer(f"{plan.name} · test completion report")
    data = document_bytes(document, title=f"Test completion report: {plan.name}", author=by or ws.actor,
                          comments=f"Built by Attest {__version__} from plan {plan.id}", now=now,
                          signed=(ws.signing_key(), "completion-report", ws.id))
    timings["build"] = time.perf_counter() - started - timings["check"]
    clean_charts, chart_problems = _charts_checked(drawn, register)
    if chart_problems:
        raise _refused(chart_problems)
    leftovers = scan_bytes(data, out.name, register, known_clean=lambda b: sha256_bytes(b) in clean_charts)
    if leftovers:
        raise _refused(document_problems(leftovers))
    write_document(out, data, "report")
    digest = sha256_bytes(data)
    met = all(c.met for c in criteria)
    with ws.store.write() as tx:
        tx.audit(by or ws.actor, CompletionReportWritten(plan.id, out.name, digest, met,
                                                         {row[0]: row[3] for row in packs}))
    timings["scan and write"] = time.perf_counter() - started - timings["check"] - timings["build"]
    return CompletionResult(out, digest, phase.planned, phase.executed, met, charts, timings)


def _pack_rows(ws: Workspace, phase: PhaseFigures, tz: ZoneInfo) -> list[tuple[str, str, str, str]]:
    """The latest evidence pack built of each of the plan's runs: file, run, when built (in ``tz``),
    SHA-256. The report's manifest table, and (file -> SHA-256) what its audit entry records."""
    runs = {r.id for r in phase.runs}
    latest: dict[str, tuple[str, str, str, str]] = {}
    for entry in entries(ws.store.conn, PackBuilt.kind):
        event = entry.event
        if isinstance(event, PackBuilt) and event.run_id in runs:
            latest[event.file] = (event.file, str(event.run_id), local_time.stamp(parse_iso(entry.at), tz),
                                  event.sha256)
    return sorted(latest.values(), key=lambda row: (int(row[1]), row[0]))


def _write(ws: Workspace, w: DocWriter, phase: PhaseFigures, criteria: list[Criterion], recommendations: str,
           lessons: str, now: datetime, head: str, head_entries: int, drawn: _Drawn,
           packs: list[tuple[str, str, str, str]]) -> int:
    plan = phase.plan
    scale = Scale(plan.scale)
    rules = settings(scale, plan.criteria)
    met = all(c.met for c in criteria)
    w.para("Test completion report", "Title")
    w.para(plan.name, "Subtitle")
    environments = sorted({r["environment"] for r in ws.store.query(
        "SELECT DISTINCT environment FROM runs WHERE plan_id = ?", (plan.id,)) if r["environment"]})
    cover = [
        ("Plan", f"{plan.name} (plan {plan.id})"),
        ("Programme", plan.programme or "—"),
        ("Release", plan.release or "—"),
        ("Environment", plan.environment or "—"),
        ("Test window", f"{plan.starts_on or '—'} to {plan.ends_on or '—'}"),
        ("Severity scale", scale.label),
        ("Exit criteria", "MET" if met else "NOT MET"),
        ("Report built", f"{w.when(now)} by Attest {__version__}"),
        w.zone_row(),
        ("Audit head", f"entry {head_entries}: {head}"),
    ]
    table = w.table(["Item", "Detail"], cover, (0.28, 0.72), header=False)
    w.status_cell(table.rows[[label for label, _detail in cover].index("Exit criteria")].cells[1],
                  "passed" if met else "failed")

    w.para("1. Scope and environment", "Heading 1")
    w.doc.add_paragraph(xml_safe(
        f"The plan holds {phase.planned} planned test(s) in {len(plan.suites)} suite(s); "
        f"{sum(1 for r in phase.results if r.entry.regression)} are flagged regression. "
        f"{len(phase.runs)} run(s) were started from it, {sum(r.is_retest for r in phase.runs)} of them retests."))
    w.rows_or_none(["Suite", "Cases", "Regression", "Testers"],
                   [(s.name, str(len(s.cases)), str(sum(c.regression for c in s.cases)),
                     ", ".join(sorted({c.tester for c in s.cases if c.tester})) or "—") for s in plan.suites],
                   (0.4, 0.12, 0.14, 0.34), "The plan has no suites.")
    w.labelled("Test environment(s) used", ", ".join(environments) or plan.environment or "—")

    w.para("2. Test results", "Heading 1")
    counts = phase.counts
    w.table(["Planned", "Run", "Passed", "Failed", "Blocked / incomplete", "Not run"],
            [(str(phase.planned), str(phase.executed), str(phase.passed), str(phase.failed),
              str(counts["blocked"] + counts["incomplete"]), str(phase.not_run))],
            (0.16, 0.16, 0.16, 0.16, 0.2, 0.16))
    by_suite = phase.by_suite()
    w.para("By suite (the latest run of each planned test)", "Attest Label")
    w.table(["Suite", *(_OUTCOME_LABELS[o] for o in _OUTCOMES)],
            [(name, *(str(c[o]) for o in _OUTCOMES)) for name, c in by_suite.items()],
            (0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12), keep_rows=True)
    charts = 0
    charts += _chart(w, _progress_chart(phase, drawn, w.tz), "Execution progress: runs finished and passed, by day")
    charts += _chart(w, _suite_chart(by_suite, drawn), "Outcomes by suite (latest run of each planned test)")

    w.para("Tests not run", "Heading 2")
    w.rows_or_none(["Suite", "Test", "Why not run"],
                   [(r.suite, r.entry.reference, r.why_not_run) for r in phase.results if not r.executed],
                   (0.3, 0.3, 0.4), "Every planned test was run.")
    w.para("Failed tests and their issues", "Heading 2")
    failed_rows = []
    for r in phase.results:
        if r.outcome == "failed" and r.latest is not None:
            issues = [d.defect for d in phase.defects if d.defect.run_id == r.latest.id]
            failed_rows.append((r.entry.reference, str(r.latest.id),
                                ", ".join(f"{d.id} ({d.severity.value}, {d.status.label})" for d in issues) or
                                "NONE LINKED"))
    w.rows_or_none(["Test", "Run", "Issues"], failed_rows, (0.35, 0.15, 0.5), "No planned test failed.")

    w.para("3. Testing issues", "Heading 1")
    raised = Counter(d.defect.severity.value for d in phase.defects)
    outstanding = phase.outstanding()
    severity_rows = []
    for grade in SEVERITIES[scale]:
        limit = rules.thresholds.get(grade.value)
        severity_rows.append((grade.label, str(raised[grade.value]), str(outstanding[grade.value]),
                              "—" if limit is None else str(limit),
                              "—" if limit is None else ("Within" if outstanding[grade.value] <= limit else "OVER")))
    w.table(["Severity", "Raised", "Outstanding", "Threshold", "Status"], severity_rows,
            (0.34, 0.15, 0.17, 0.17, 0.17))
    charts += _chart(w, _issues_chart(scale, outstanding, rules.thresholds, drawn),
                     "Outstanding issues by severity against the thresholds")
    w.rows_or_none(["Issue", "Severity / priority", "Status", "Title", "Work-off due"],
                   [(str(d.defect.id), f"{d.defect.severity.value} / {d.defect.priority.value}", d.defect.status.label,
                     d.defect.title, _due(d.workoff)) for d in phase.defects if d.defect.status.outstanding],
                   (0.1, 0.17, 0.18, 0.37, 0.18), "No issue is outstanding.")
    w.para("Issues without retests", "Heading 2")
    w.rows_or_none(["Issue", "Status", "Title"],
                   [(str(d.defect.id), d.defect.status.label, d.defect.title) for d in phase.unretested()],
                   (0.15, 0.25, 0.6), "Every fixed issue has a retest.")
    closed_unretested = [d for d in phase.defects if d.defect.status.value == "closed"
                         and not any(c.retest_run_id for c in d.defect.history)]
    if closed_unretested:
        w.doc.add_paragraph(xml_safe("Closed without a retest (with the reason given): " + "; ".join(
            f"{d.defect.id}: {d.defect.history[-1].reason if d.defect.history else ''}" for d in closed_unretested)))

    w.para("4. Regression", "Heading 1")
    regression = [r for r in phase.results if r.entry.regression]
    regression_outcomes = Counter(r.outcome for r in regression)
    new_issues = {r.entry.case_id: sum(1 for d in phase.defects if r.latest and d.defect.run_id == r.latest.id)
                  for r in regression}
    if regression:
        w.doc.add_paragraph(xml_safe(
            f"{len(regression)} regression test(s): {regression_outcomes['passed']} passed, "
            f"{regression_outcomes['failed']} failed, {len(regression) - sum(r.executed for r in regression)} not "
            f"run; {sum(new_issues.values())} issue(s) raised on their latest runs."))
    # the ones that did not pass, or brought an issue: a list of hundreds of passes tells an assessor nothing
    w.rows_or_none(["Suite", "Test", "Latest run", "Outcome", "New issues"],
                   [(r.suite, r.entry.reference, str(r.latest.id) if r.latest else "—", r.outcome_label,
                     str(new_issues[r.entry.case_id])) for r in regression
                    if r.outcome != "passed" or new_issues[r.entry.case_id]],
                   (0.25, 0.3, 0.13, 0.17, 0.15),
                   "Every regression test passed with no new issue." if regression else
                   "No test in the plan is flagged regression.")

    w.para("5. Deviations, observations and witnessed sessions", "Heading 1")
    run_ids = [r.id for r in phase.runs]
    deviations, observations = _run_records(ws, run_ids)
    w.para("Deviations", "Heading 2")
    w.rows_or_none(["Run", "Step", "Kind", "Reason"], deviations, (0.1, 0.1, 0.15, 0.65),
                   "No deviation from the scripts was recorded.")
    w.para("Observations", "Heading 2")
    w.rows_or_none(["Run", "Kind", "Raised by", "Observation"], observations, (0.1, 0.17, 0.2, 0.53),
                   "No observation was raised.")
    w.para("Witnessed sessions", "Heading 2")
    witnessed = phase.witnessed()
    done = [r for r in witnessed if r.finished]
    passed = [r for r in done if r.status.value == "passed"]
    w.doc.add_paragraph(xml_safe(
        f"{len(witnessed)} witnessed session(s): {len(done)} completed, {len(done) - len(passed)} with failures "
        f"or not passed; pass rate {100 * len(passed) / len(done):.0f} %." if done else
        f"{len(witnessed)} witnessed session(s), none completed."))
    w.rows_or_none(["Run", "Status", "Wash-up outcome"],
                   [(str(r.id), r.status.label, (r.outcome or "not held").replace("-", " ")) for r in witnessed],
                   (0.2, 0.3, 0.5), "No session was witnessed.")

    w.para("6. Exit criteria", "Heading 1")
    table = w.table(["Criterion", "Target", "Figure", "Result"],
                    [(c.name, c.target, c.figure, "Met" if c.met else "Not met") for c in criteria],
                    (0.34, 0.2, 0.3, 0.16), keep_rows=True)
    for row, criterion in zip(table.rows[1:], criteria, strict=True):
        w.status_cell(row.cells[3], "passed" if criterion.met else "failed")

    w.para("7. Recommendations", "Heading 1")
    w.doc.add_paragraph(xml_safe(recommendations.strip() or "None recorded."))
    w.para("8. Lessons learnt", "Heading 1")
    w.doc.add_paragraph(xml_safe(lessons.strip() or "None recorded."))

    w.para("Evidence packs", "Heading 1")
    w.doc.add_paragraph("The latest evidence pack built of each of the plan's runs, by its SHA-256 (check a pack "
                        "with `attest verify PACK`).")
    w.rows_or_none(["Pack", "Run", "Built", "SHA-256"], packs, (0.3, 0.08, 0.22, 0.4),
                   "No evidence pack has been built for the plan's runs.")
    return charts


def _due(workoff: Any) -> str:
    if workoff.due is None:
        return "—"
    return f"{workoff.due} (OVERDUE)" if workoff.overdue else str(workoff.due)


def _run_records(ws: Workspace, run_ids: list[int]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    if not run_ids:
        return [], []
    marks = ",".join("?" * len(run_ids))
    deviations = [(str(d["run_id"]), str(d["step_index"] or "—"), d["kind"], d["reason"]) for d in ws.store.query(
        f"SELECT run_id, step_index, kind, reason FROM deviations WHERE run_id IN ({marks}) ORDER BY id",
        tuple(run_ids))]
    observations = [(str(o["run_id"]), o["kind"], o["raised_by"] or "", o["text"]) for o in ws.store.query(
        f"SELECT run_id, kind, raised_by, text FROM observations WHERE run_id IN ({marks}) ORDER BY id",
        tuple(run_ids))]
    return deviations, observations


# -- charts -----------------------------------------------------------------------------------------

def _figure() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)  # no display, no Qt: a report builds on a headless machine
    from matplotlib.figure import Figure

    return Figure(figsize=(7.0, 3.0), dpi=150)


class _Drawn:
    """The charts' PNGs by SHA-256, with every text drawn into each (titles, ticks, legends, labels): the
    leak check scans those strings, exactly as drawn, in place of reading the charts back by OCR."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {}

    def png(self, figure: Any) -> bytes:
        from matplotlib.text import Text

        buffer = io.BytesIO()
        figure.tight_layout()
        figure.savefig(buffer, format="png", metadata={"Software": None})  # no text chunk beyond the pixels
        data = buffer.getvalue()
        # after savefig the figure is drawn: its Text artists hold what the pixels show, ticks included
        self.texts[sha256_bytes(data)] = [t.get_text() for t in figure.findobj(Text)
                                          if t.get_visible() and t.get_text()]
        return data


def _chart(w: DocWriter, png: bytes | None, caption: str) -> int:
    if png is None:
        return 0
    w.doc.add_picture(io.BytesIO(png), width=w.text_width)
    w.para(caption, "Caption")
    return 1


def _charts_checked(drawn: _Drawn, register: RegisterMatcher | None) -> tuple[set[str], list[PackProblem]]:
    """The charts whose drawn texts hold no identifier (their SHA-256s), and a problem for each that does.

    A chart is drawn here from figures and names that came through the gate; the texts matplotlib drew
    are known exactly, so they are scanned as text, which finds whatever OCR of the picture would (and
    spares the report loading the OCR models for pictures that hold only these strings)."""
    from attest.redaction.scan import scan_text

    clean: set[str] = set()
    problems: list[PackProblem] = []
    for digest, texts in drawn.texts.items():
        # each text on its own, as each stands apart on the picture: joined, a date axis's "03 Dec" / "04 Dec"
        # and the counts under it ran together into what read as a device's id
        found = [f for text in dict.fromkeys(texts) for f in scan_text(text, "chart", register)]
        if found:
            problems += [PackProblem(None, "a chart", f"{f.kind} {f.value}") for f in found]
        else:
            clean.add(digest)
    return clean, problems


def _progress_chart(phase: PhaseFigures, drawn: _Drawn, tz: ZoneInfo) -> bytes | None:
    # by the local day: a run finished at 00:30 BST belongs to that day, not to the one before (UTC)
    finished = sorted((local_time.local(r.finished_at, tz).date(), r.status.value) for r in phase.runs
                      if r.finished_at is not None)
    if not finished:
        return None
    days: list[date] = sorted({d for d, _ in finished})
    total, good = [], []
    count = passed = 0
    by_day = Counter(d for d, _ in finished)
    passed_by_day = Counter(d for d, s in finished if s == "passed")
    for day in days:
        count += by_day[day]
        passed += passed_by_day[day]
        total.append(count)
        good.append(passed)
    figure = _figure()
    axes = figure.add_subplot()
    # markers too: a phase whose runs all finished on one day is one point, which a line alone does not show
    axes.plot(days, total, drawstyle="steps-post", marker="o", markersize=3, label="runs finished",
              color=_COLOURS["in-progress"])
    axes.plot(days, good, drawstyle="steps-post", marker="o", markersize=3, label="passed", color=_COLOURS["passed"])
    axes.axhline(phase.planned, color="#555555", linestyle="--", linewidth=1, label="planned tests")
    axes.set_ylabel("cumulative")
    axes.legend(loc="upper left", fontsize=8)
    from datetime import timedelta

    from matplotlib.dates import AutoDateLocator, DateFormatter

    axes.set_xlim(days[0] - timedelta(days=1), days[-1] + timedelta(days=1))  # one day is still a readable axis
    locator = AutoDateLocator(minticks=2, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DateFormatter("%d %b"))
    axes.set_ylim(0, max(phase.planned, total[-1]) * 1.1 + 1)
    return drawn.png(figure)


def _suite_chart(by_suite: dict[str, Counter[str]], drawn: _Drawn) -> bytes | None:
    if not by_suite:
        return None
    figure = _figure()
    axes = figure.add_subplot()
    names = list(by_suite)
    left = [0] * len(names)
    for outcome in _OUTCOMES:
        values = [by_suite[n][outcome] for n in names]
        if any(values):
            axes.barh(names, values, left=left, color=_COLOURS[outcome], label=_OUTCOME_LABELS[outcome])
            left = [a + b for a, b in zip(left, values, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel("planned tests")
    axes.legend(loc="lower right", fontsize=7)
    return drawn.png(figure)


def _issues_chart(scale: Scale, outstanding: Counter[str], thresholds: dict[str, int | None], drawn: _Drawn) -> bytes:
    figure = _figure()
    axes = figure.add_subplot()
    grades = [g.value for g in SEVERITIES[scale]]
    labels = [f"Sev {g}" if g.isdigit() else g for g in grades]
    values = [outstanding[g] for g in grades]
    colours = [_COLOURS["failed"] if (thresholds.get(g) is not None and outstanding[g] > (thresholds[g] or 0))
               else _COLOURS["in-progress"] for g in grades]
    bars = axes.bar(labels, values, color=colours, label="outstanding")
    axes.bar_label(bars, fontsize=8)
    limits = [(i, thresholds[g]) for i, g in enumerate(grades) if thresholds.get(g) is not None]
    if limits:
        axes.scatter([i for i, _ in limits], [v for _, v in limits], marker="_", s=900, color="#222222",
                     label="threshold", zorder=3)
        for i, limit in limits:
            axes.annotate(f"max {limit}", (i, limit), textcoords="offset points", xytext=(16, 2), fontsize=7)
    axes.set_ylabel("issues")
    axes.legend(loc="upper left", fontsize=8)
    return drawn.png(figure)
