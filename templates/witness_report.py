"""The witness session report: a short Word document for the witness's own records.

A few cover lines (case, run, environment, tester, times) and the witness section that the run's
evidence pack also holds (``templates.witness``): participants, the timeline with each step's
duration and deviations, the observations with responses and agreed actions, the outcome and the
sign-off. It carries no evidence and no manifest, but goes through the pack's leak checks: the
workspace is checked against its audit log, every typed text is scanned before the document is
built, the built document is scanned whole, and nothing is written if anything is found. The file
appears whole or not at all, and its writing is audited (``witness.report``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from attest import __version__
from attest.core import local_time
from attest.core.audit_events import WitnessReportWritten
from attest.core.errors import InputError, RunRuleError
from attest.core.evidence_store import sha256_bytes
from attest.core.workspace import Workspace
from attest.redaction import RegisterMatcher
from attest.redaction.scan import scan_bytes
from attest.templates.pack import PackRefused, check_output_name, open_template, write_document
from attest.templates.pack_check import PackProblem, check_texts, document_problems
from attest.templates.styles import DEFAULT_TEMPLATE
from attest.templates.witness import write_witness_section
from attest.templates.writer import DocWriter, document_bytes

REPORT = "the witness session report"


class ReportRefused(PackRefused):
    """The leak check found something: nothing was written. Exit status 1, as for a refused pack."""

    def __init__(self, problems: list[PackProblem]) -> None:
        super().__init__(problems, what=REPORT)


@dataclass
class ReportResult:
    path: Path
    sha256: str
    participants: int
    observations: int
    washup_held: bool
    timings: dict[str, float] = field(default_factory=dict)


def build_witness_report(ws: Workspace, run_id: int, out: Path, *, register: RegisterMatcher | None = None,
                         register_key: str | None = None, template: Path | None = None,
                         clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                         time_zone: str | None = None) -> ReportResult:
    """Check, build and write the session report of witnessed run ``run_id`` to ``out`` (.docx).

    ``time_zone``: the zone its times are shown in and its first table names, as for ``build_pack``.

    ``register`` is the test data register to scan with, as for ``build_pack``. ``register_key`` is
    accepted for the same call shape as ``build_pack``; the report holds no evidence, so no scan
    remembered at intake is used and the key is not needed."""
    del register_key
    tz = local_time.zone(time_zone)  # a bad name is refused before any work
    started = time.perf_counter()
    if out.suffix.lower() != ".docx":
        raise InputError(str(out), "the report is a Word document; give a file name ending in .docx")
    check_output_name(out, register, what=REPORT)
    run = ws.runs.get(run_id)
    if not run.witnessed:
        raise RunRuleError(f"run {run_id} is not a witnessed run: there is no witness session to report "
                           "(its evidence pack, `attest pack`, has everything recorded)")
    report, disagreements = ws.verify()
    if not report.ok or disagreements:
        # a record edited behind the audit log's back must not go into the witness's records either
        raise ReportRefused([PackProblem(None, "the workspace", p) for p in
                             ([report.problem] if not report.ok else []) + disagreements])
    document = open_template(template or DEFAULT_TEMPLATE, register)
    problems = check_texts(run, {}, register)
    if problems:
        raise ReportRefused(problems)
    timings = {"check": time.perf_counter() - started}

    now = clock()
    w = DocWriter(document, tz)
    w.para("Witness session report", "Title")
    w.para(f"{run.reference} – {run.title}", "Subtitle")
    if not run.is_finished:
        w.para("UNFINISHED RUN: this report was built while the run was still in progress.", "Attest Notice")
    rows = [
        ("Test case", f"{run.reference} (version {run.case_version})"),
        ("Title", run.title),
        ("Run", str(run.id)),
        ("Environment", run.environment or "—"),
        ("Tester", run.tester),
        ("Started", w.when(run.started_at)),
        ("Finished", w.when(run.finished_at) if run.finished_at else "not finished"),
        w.zone_row(),
        ("Overall status", run.status.label),
        ("Report built", f"{w.when(now)} by Attest {__version__}"),
    ]
    table = w.table(["Item", "Detail"], rows, (0.28, 0.72), header=False)
    w.status_cell(table.rows[[label for label, _detail in rows].index("Overall status")].cells[1], run.status.value)
    write_witness_section(document, run, tz)
    w.footer(f"{run.reference} · run {run.id} · witness session report")
    data = document_bytes(document, title=f"Witness session report: {run.reference}", subject=run.title,
                          author=run.tester, comments=f"Built by Attest {__version__} from run {run.id}", now=now,
                          signed=(ws.signing_key(), "witness-report", ws.id))
    timings["build"] = time.perf_counter() - started - timings["check"]

    leftovers = scan_bytes(data, out.name, register)
    if leftovers:
        raise ReportRefused(document_problems(leftovers))
    write_document(out, data, "report")
    digest = sha256_bytes(data)
    with ws.store.write() as tx:
        tx.audit(ws.actor, WitnessReportWritten(run.id, out.name, digest,
                                                run.washup.outcome if run.washup is not None else None))
    timings["scan and write"] = time.perf_counter() - started - timings["check"] - timings["build"]
    return ReportResult(out, digest, len(run.participants), len(run.observations), run.washup is not None, timings)
