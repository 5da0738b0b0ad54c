"""A test phase at scale: `plan check`, the completion report and the phase view.

    python benchmarks/phase.py [--cases 2000] [--cycles 3] [--defects 500] [--keep DIR]

Builds a workspace with a plan of ``--cases`` cases in three suites (a tenth flagged regression),
``--cycles`` cycles of results (every case run once per cycle, about one in eight failing, a few left
in progress in the last cycle) and ``--defects`` defects in every state, then prints:
- plan check: the exit criteria evaluated (figures read from the store), median of 5 (target < 1 s);
- completion report: checked against the audit log, built, leak-scanned (charts by OCR) and written
  (target < 5 s);
- phase view: the app's phase view opened on the plan, offscreen (target < 1 s).
Setting up takes a minute or two; it is not timed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def build(root: Path, cases: int, cycles: int, defects: int) -> None:
    from attest.core.model import DefectStatus, Priority, Severity, Step, StepStatus, TestCase
    from attest.core.plans import CaseEntry
    from attest.core.redacted import from_store
    from attest.core.scales import Scale
    from attest.core.workspace import Workspace

    rng = random.Random(14)
    who = from_store("Bench Tester")
    with Workspace.open(root, actor="bench") as ws:
        stored = ws.cases.save_all([TestCase(f"BENCH_TC_{n:04d}", f"Benchmark case {n}",
                                             tuple(Step(f"Do step {s}", f"Result {s}") for s in range(1, 4)))
                                    for n in range(1, cases + 1)])
        plan = ws.plans.create(from_store("SIT cycle bench"), by=who, environment=from_store("SIT-B"),
                               scale=Scale.DCC)
        suites = [ws.plans.add_suite(plan.id, from_store(name), by=who) for name in ("Change of supplier",
                                                                                     "Metering", "Regression")]
        third = len(stored) // 3
        for i, suite in enumerate(suites):
            chunk = stored[i * third:(i + 1) * third if i < 2 else len(stored)]
            ws.plans.add_cases(suite.id, [CaseEntry(o.stored.id, who, from_store(""), suite.name == "Regression")
                                          for o in chunk], by=who)
        failed_runs: list[int] = []
        with ws.store.write():
            for cycle in range(cycles):
                for outcome in stored:
                    run = ws.runs.start(outcome.stored.version_id, tester=who, plan_id=plan.id)
                    last = cycle == cycles - 1
                    if last and rng.random() < 0.02:
                        continue  # still in progress
                    fail = rng.random() < (0.12 if not last else 0.05)
                    for step in range(1, 4):
                        status = StepStatus.FAILED if fail and step == 3 else StepStatus.PASSED
                        ws.runs.record_step(run.id, status)
                    ws.runs.finish(run.id)
                    if fail:
                        failed_runs.append(run.id)
            severities = [Severity.DCC2, Severity.DCC3, Severity.DCC4, Severity.DCC5]
            for n in range(defects):
                run_id = failed_runs[n % len(failed_runs)]
                defect = ws.runs.add_defect(run_id, from_store(f"Defect {n}"), rng.choice(severities),
                                            Priority.P3, by=who, step=3)
                state = rng.random()
                if state < 0.5:
                    ws.defects.move(defect.id, DefectStatus.FIXED, by=who)
                    if state < 0.3:
                        ws.defects.move(defect.id, DefectStatus.CLOSED, by=who, reason=from_store("Verified"))
                elif state < 0.6:
                    ws.defects.move(defect.id, DefectStatus.DEFERRED, by=who, reason=from_store("Next release"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--defects", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="attest-phase-")) / "ws"
    started = time.perf_counter()
    if not (root / "attest.db").exists():
        build(root, args.cases, args.cycles, args.defects)
    print(f"set-up: {args.cases} cases, {args.cycles} cycles, {args.defects} defects in "
          f"{time.perf_counter() - started:.0f} s ({root})")

    from attest.core.workspace import Workspace
    from attest.services.plans import check

    timings = []
    with Workspace.open(root) as ws:
        for _ in range(5):
            begun = time.perf_counter()
            figures, criteria = check(ws, 1)
            timings.append(time.perf_counter() - begun)
    print(f"plan check: median {statistics.median(timings):.2f} s of 5 (fastest {min(timings):.2f}, slowest "
          f"{max(timings):.2f}; target < 1 s); {figures.executed} of {figures.planned} executed, "
          f"{sum(c.met for c in criteria)} of {len(criteria)} criteria met")

    from attest.services.export import completion_report

    out = root.parent / "completion.docx"
    with Workspace.open(root) as ws:
        begun = time.perf_counter()
        result = completion_report(ws, 1, out)
        elapsed = time.perf_counter() - begun
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in result.timings.items())
    print(f"completion report: {elapsed:.2f} s (target < 5 s): {parts}; {out.stat().st_size // 1024} KB")

    from attest.gui.phase_view import open_timed

    print(f"phase view: opened in {open_timed(root, 1):.2f} s (target < 1 s)")


if __name__ == "__main__":
    sys.exit(main())
