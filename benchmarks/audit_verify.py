"""How long `attest audit verify` takes on a busy workspace: the hash chain walked and every row of every
table compared with what the audit log recorded, every evidence file hashed.

    python benchmarks/audit_verify.py [--runs 200] [--steps 5] [--keep DIR]

Builds (not timed) a plan with ``--runs`` cases in two suites, one run of each with ``--steps`` recorded
results, a payload and a small screenshot on each step (an annotation on the first), an observation and a
deviation on every fourth run, a defect moved to fixed on every tenth, and a witnessed run with its
wash-up on every twentieth. Then prints:
- the CLI end to end (``attest --workspace DIR audit verify`` in a new process, start-up included),
  median of 3;
- the data check alone (``integrity.check``, the log read once), median of 5;
- the chain alone (``audit.verify``), median of 5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def build(root: Path, runs: int, steps: int) -> None:
    import io

    from PIL import Image

    from attest.core.annotations import parse_annotations
    from attest.core.model import (
        DefectStatus, EvidenceKind, ObservationKind, Outcome, Priority, RedactionState, Role, Severity, Step,
        StepStatus, TestCase,
    )
    from attest.core.plans import CaseEntry
    from attest.core.redacted import from_store
    from attest.core.runs import PreparedEvidence
    from attest.core.workspace import Workspace

    who = from_store("Bench Tester")
    witness = from_store("Dev Rao")
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "white").save(buffer, format="PNG")
    png = buffer.getvalue()
    with Workspace.open(root, actor="bench") as ws:
        stored = ws.cases.save_all([TestCase(f"BENCH_TC_{n:04d}", f"Benchmark case {n}",
                                             tuple(Step(f"Do step {s}", f"Result {s}") for s in range(1, steps + 1)))
                                    for n in range(1, runs + 1)])
        plan = ws.plans.create(from_store("SIT bench"), by=who, environment=from_store("SIT-B"))
        half = len(stored) // 2
        for name, chunk in (("Change of supplier", stored[:half]), ("Metering", stored[half:])):
            suite = ws.plans.add_suite(plan.id, from_store(name), by=who)
            ws.plans.add_cases(suite.id, [CaseEntry(o.stored.id, who) for o in chunk], by=who)
        for n, outcome in enumerate(stored, start=1):
            witnessed = n % 20 == 0
            run = ws.runs.start(outcome.stored.version_id, tester=who, environment=from_store("SIT-B"),
                                plan_id=plan.id, witnessed=witnessed,
                                purpose=from_store("DCC witness") if witnessed else from_store(""))
            if witnessed:
                ws.witness.add_participant(run.id, witness, from_store("DCC"), Role.WITNESS, by=who)
            for step in range(1, steps + 1):
                payload = f'{{"messageType": "IF-031", "run": {run.id}, "step": {step}}}'.encode()
                image = png + run.id.to_bytes(4, "big") + step.to_bytes(4, "big")
                items = (
                    PreparedEvidence(ws.evidence.put(payload), EvidenceKind.PAYLOAD, f"payload{step}.json",
                                     f"Request of step {step}", len(payload), RedactionState.REDACTED),
                    PreparedEvidence(ws.evidence.put(image), EvidenceKind.SCREENSHOT, f"screen{step}.png", "",
                                     len(image), RedactionState.REDACTED),
                )
                deviation = from_store("Tracker slow") if n % 4 == 0 and step == steps else None
                target = steps if deviation else None
                if deviation is not None and step < steps:
                    continue
                ws.runs.record_step(run.id, StepStatus.PASSED, actual=from_store(f"ok {step}"), evidence=items,
                                    step=target, deviation=deviation, by=who)
                if deviation is not None:
                    break
            first = ws.runs.get(run.id).steps[0].evidence
            shots = [e for e in first if e.kind is EvidenceKind.SCREENSHOT]
            if shots:
                ws.runs.annotate(shots[0].id, parse_annotations([{"type": "box", "x": 1, "y": 1, "w": 9, "h": 9}],
                                                                "bench"), by=who)
            if n % 4 == 0:
                ws.runs.add_observation(run.id, ObservationKind.OBSERVATION, from_store("Portal slow"), by=who,
                                        step=1)
            ws.runs.finish(run.id, by=who)
            if n % 10 == 0:
                defect = ws.runs.add_defect(run.id, from_store(f"Defect of run {run.id}"), Severity.S3, Priority.P3,
                                            by=who, step=1)
                ws.defects.move(defect.id, DefectStatus.FIXED, by=who)
            if witnessed:
                ws.witness.washup(run.id, Outcome.ACCEPTED_WITH_OBSERVATIONS, signed_by=witness, by=who,
                                  note=from_store("Partly executed"))


def median_of(count: int, call) -> float:  # noqa: ANN001
    timings = []
    for _ in range(count):
        begun = time.perf_counter()
        call()
        timings.append(time.perf_counter() - begun)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="attest-verify-")) / "ws"
    started = time.perf_counter()
    if not (root / "attest.db").exists():
        build(root, args.runs, args.steps)
    print(f"set-up: {args.runs} runs of {args.steps} steps in {time.perf_counter() - started:.0f} s ({root})")

    from attest.core import audit, integrity
    from attest.core.workspace import Workspace

    with Workspace.open(root) as ws:
        entries = audit.verify(ws.store.conn).entries
        problems = integrity.check(ws.store.conn, ws.evidence.check)
        check = median_of(5, lambda: integrity.check(ws.store.conn, ws.evidence.check))
        chain = median_of(5, lambda: audit.verify(ws.store.conn))
    script = Path(sys.executable).with_name("attest")  # the console script, as a tester runs it
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "attest.cli.main"]
    command = [*launcher, "--workspace", str(root), "audit", "verify"]
    status = subprocess.run(command, capture_output=True, text=True, check=False)
    cli = median_of(3, lambda: subprocess.run(command, capture_output=True, check=False))
    print(f"audit verify (CLI, new process): median {cli:.2f} s of 3; exit {status.returncode}; {entries} entries, "
          f"{len(problems)} problem(s)")
    print(f"integrity check alone: median {check:.3f} s of 5")
    print(f"hash chain alone: median {chain:.3f} s of 5")
    if problems:
        print("\n".join(problems[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
