"""Import and recording speed, through the same core API the CLI and GUI use.

Prints:
- cases imported per second from a 500-case Azure DevOps CSV (5 steps each), parse + store;
- seconds to record 1,000 step results, each with a screenshot-sized attachment and a payload:
  storing the (already redacted) files (hash, fsync'd atomic write) and one committed transaction
  per result. Redaction itself is measured by benchmarks/redaction.py.
- issue 18: how long recording a step waits while a 30,000-case import runs in another process (as a
  second `attest import`, or the app's import, would): the import's own cases/s (parse + store, as
  above), and the max and median time of 20 step records (``services.runs.record_step``, as `attest run
  step` and the app record), 0.15 s apart from the moment the import first holds the write lock, counting
  those done while it had not yet stored all its cases; beside the median of the same step records with
  no import running. ``--load`` adds a busy loop per core for the whole import. Run with an Attest from
  before issue 18 on PYTHONPATH, the import process falls back to its one-transaction ``save_all``.
Targets (issue 3): 500 cases in under 2 s; 1,000 results in under 5 s on a 2-core machine. Issue 18: a
step recorded during a long import waits at most a second or two, and is never refused as busy.

Run: python benchmarks/import_and_record.py [--cases 500] [--results 1000] [--attachment-kb 150]
                                            [--beside 30000] [--steps 20] [--load]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from attest.core.importers import parse_file
from attest.core.model import EvidenceKind, RedactionState, Step, StepStatus, TestCase
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace

HEADER = ["ID", "Work Item Type", "Title", "Test Step", "Step Action", "Step Expected", "Area Path", "State"]


def make_ado_csv(path: Path, cases: int, steps: int) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(1, cases + 1):
        writer.writerow([str(10000 + n), "Test Case", f"SIT_BENCH_TC_{n:04d} - Benchmark case {n}", "", "", "",
                         "Smart Metering\\SIT", "Ready"])
        for s in range(1, steps + 1):
            writer.writerow(["", "", "", str(s), f"<DIV><P>Send DUIS SR {s}.1 for device {n}</P></DIV>",
                             f"Response {s} received\nwith status I0", "", ""])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")


def make_one_row_csv(path: Path, cases: int) -> None:
    """``cases`` one-step cases, each step on its case's row: 30,000 cases stay within the importer's
    50,000-row limit for one file (with a row per step, 5 steps a case, it takes about 8,000)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(1, cases + 1):
        writer.writerow([str(100000 + n), "Test Case", f"SIT_BIG_TC_{n:05d} - Benchmark case {n}", "1",
                         f"<DIV><P>Send DUIS SR 4.1 for device {n}</P></DIV>", "Response received with status I0",
                         "Smart Metering\\SIT", "Ready"])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")


def stored(ws: Workspace, data: bytes, name: str, kind: EvidenceKind) -> PreparedEvidence:
    """Store bytes as intake does after redaction."""
    return PreparedEvidence(ws.evidence.put(data), kind, name, "", len(data), RedactionState.REDACTED)


def bench_import(root: Path, cases: int) -> float:
    csv_path = root / "ado_500.csv"
    make_ado_csv(csv_path, cases, steps=5)
    with Workspace.open(root / "ws-import") as ws:
        started = time.perf_counter()
        parsed = parse_file(csv_path)
        outcomes = ws.cases.save_all(parsed.cases)
        elapsed = time.perf_counter() - started
    assert len(outcomes) == cases
    return elapsed


def bench_record(root: Path, results: int, attachment_kb: int) -> float:
    with Workspace.open(root / "ws-record") as ws:
        case = TestCase(reference="BENCH_TC", title="Benchmark",
                        steps=tuple(Step(action=f"Step {i}", expected="ok") for i in range(1, 101)))
        version_id = ws.cases.save_all([case])[0].stored.version_id
        runs = [ws.runs.start(version_id, tester="bench").id for _ in range(results // 100)]
        screenshot = os.urandom(attachment_kb * 1024)  # stands in for a compressed PNG: incompressible bytes
        started = time.perf_counter()
        for run_id in runs:
            for i in range(100):
                items = (
                    stored(ws, screenshot + i.to_bytes(4, "big") + run_id.to_bytes(4, "big"), f"step{i}.png",
                           EvidenceKind.SCREENSHOT),
                    stored(ws, f'{{"messageType": "IF-031", "n": {i}, "run": {run_id}}}'.encode(),
                           f"payload{i}.json", EvidenceKind.PAYLOAD),
                )
                ws.runs.record_step(run_id, StepStatus.PASSED, actual="ok", evidence=items)
        elapsed = time.perf_counter() - started
        assert ws.verify_audit().ok
    return elapsed


def import_only(workspace: Path, source: Path) -> None:
    """The import process of :func:`bench_beside`: parse, then store as one job (chunked), printing
    "storing" when the store begins and "done N SECONDS" (parse + store) at the end."""
    with Workspace.open(workspace, actor="bench-import", busy_timeout_s=30) as ws:
        started = time.perf_counter()
        parsed = parse_file(source)
        print("storing", flush=True)
        if hasattr(ws, "imports"):  # this version: chunks that let waiters in
            from attest.core.case_import import Incoming
            from attest.core.redacted import from_store

            outcomes = ws.imports.run([Incoming(c) for c in parsed.cases], source_file=from_store(source.name),
                                      source_format=parsed.format, by=from_store("bench-import")).outcomes
        else:  # an Attest before issue 18 (for a before/after figure): one transaction
            outcomes = ws.cases.save_all(parsed.cases)
        print(f"done {len(outcomes)} {time.perf_counter() - started:.3f}", flush=True)


def record_steps(ws: Workspace, run_id: int, count: int, gap_s: float, total: int = 0,
                 ) -> list[tuple[float, str, bool]]:
    """Record ``count`` steps ``gap_s`` apart; each gives (seconds, "ok" or the refusal, whether the import of
    ``total`` cases was still storing them when the step was done: fewer of its cases in the workspace)."""
    from attest.core.errors import WorkspaceBusy
    from attest.services.runs import record_step

    timings = []
    for n in range(count):
        started = time.perf_counter()
        try:
            record_step(ws, run_id, StepStatus.PASSED, actual=f"Recorded beside the import ({n})")
            outcome = "ok"
        except WorkspaceBusy as busy:
            outcome = str(busy)
        took = time.perf_counter() - started
        stored = ws.store.one("SELECT COUNT(*) AS n FROM cases WHERE reference LIKE 'SIT_BIG_TC_%'")
        timings.append((took, outcome, bool(total) and stored is not None and stored["n"] < total))
        time.sleep(gap_s)
    return timings


def wait_until_writing(db: Path, timeout_s: float = 120.0) -> None:
    """Until the import holds the write lock (it checks, redacts and queues its cases first): the steps are
    to be recorded while it writes. Looked at by taking the lock for an instant, never waiting for it."""
    import sqlite3

    conn = sqlite3.connect(str(db), timeout=0, isolation_level=None)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError:  # locked: the import is writing
                return
            time.sleep(0.01)
    finally:
        conn.close()


def bench_beside(root: Path, cases: int, steps: int, load: bool) -> None:
    source = root / "release.csv"
    make_one_row_csv(source, cases)
    workspace = root / "ws-beside"
    with Workspace.open(workspace) as ws:
        case = TestCase(reference="BESIDE_TC", title="Beside an import",
                        steps=tuple(Step(action=f"Step {i}", expected="ok") for i in range(1, 2 * steps + 1)))
        run_id = ws.runs.start(ws.cases.save_all([case])[0].stored.version_id, tester="bench").id
        quiet = record_steps(ws, run_id, steps, 0.05)  # the step's own cost, with no import running
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)] \
        if load else []
    try:
        proc = subprocess.Popen([sys.executable, __file__, "--import-only", str(workspace), str(source)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "storing"
        wait_until_writing(workspace / "attest.db")
        with Workspace.open(workspace) as ws:
            during = record_steps(ws, run_id, steps, 0.15, cases)
        lines = proc.stdout.read().splitlines()
        proc.wait()
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    done = next(line for line in lines if line.startswith("done")).split()
    overlapped = [t for t in during if t[2]]
    waits = [t[0] for t in overlapped]
    refused = [t for t in overlapped if t[1] != "ok"]
    print(f"import: {cases:,} ADO cases (1 step each) in {float(done[2]):.1f} s = {cases / float(done[2]):.0f} "
          f"cases/s{' (under CPU load)' if load else ''}")
    if waits:
        print(f"step records while it stored: {len(overlapped)} of {steps}, max {max(waits):.2f} s, median "
              f"{statistics.median(waits):.2f} s, {len(refused)} refused as busy (no import: median "
              f"{statistics.median(t[0] for t in quiet):.2f} s) (target: at most a second or two, none refused)")
        if refused:
            print(f"  first refusal: {refused[0][1]}")
    else:
        print("no step was recorded while the import stored: make it larger (--beside)")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--import-only":
        import_only(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--results", type=int, default=1000)
    parser.add_argument("--attachment-kb", type=int, default=150)
    parser.add_argument("--beside", type=int, default=30_000, metavar="CASES",
                        help="the import during which steps are recorded (0: skip)")
    parser.add_argument("--steps", type=int, default=20, help="steps recorded during that import")
    parser.add_argument("--load", action="store_true", help="a busy loop per core while the steps are recorded")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="attest-bench-") as tmp:
        root = Path(tmp)
        seconds = bench_import(root, args.cases)
        print(f"import: {args.cases} ADO cases (5 steps each) in {seconds:.2f} s = "
              f"{args.cases / seconds:.0f} cases/s (target: {args.cases} in < 2 s)")
        seconds = bench_record(root, args.results, args.attachment_kb)
        print(f"record: {args.results} step results, each with a {args.attachment_kb} KB screenshot and a payload, "
              f"in {seconds:.2f} s = {args.results / seconds:.0f} results/s (target: < 5 s)")
        if args.beside:
            bench_beside(root, args.beside, args.steps, args.load)


if __name__ == "__main__":
    main()
