"""Import and recording speed, through the same core API the CLI and GUI use.

Prints:
- cases imported per second from a 500-case Azure DevOps CSV (5 steps each), parse + store;
- seconds to record 1,000 step results, each with a screenshot-sized attachment and a payload:
  storing the (already redacted) files (hash, fsync'd atomic write) and one committed transaction
  per result. Redaction itself is measured by benchmarks/redaction.py.
Targets (issue 3): 500 cases in under 2 s; 1,000 results in under 5 s on a 2-core machine.

Run: python benchmarks/import_and_record.py [--cases 500] [--results 1000] [--attachment-kb 150]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--results", type=int, default=1000)
    parser.add_argument("--attachment-kb", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="attest-bench-") as tmp:
        root = Path(tmp)
        seconds = bench_import(root, args.cases)
        print(f"import: {args.cases} ADO cases (5 steps each) in {seconds:.2f} s = "
              f"{args.cases / seconds:.0f} cases/s (target: {args.cases} in < 2 s)")
        seconds = bench_record(root, args.results, args.attachment_kb)
        print(f"record: {args.results} step results, each with a {args.attachment_kb} KB screenshot and a payload, "
              f"in {seconds:.2f} s = {args.results / seconds:.0f} results/s (target: < 5 s)")


if __name__ == "__main__":
    main()
