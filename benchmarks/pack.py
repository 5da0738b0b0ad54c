"""Time and memory to build an evidence pack: 50 steps, 100 screenshots (1920x1080), 50 payloads.

    python benchmarks/pack.py [--steps 50] [--screens-per-step 2] [--repeat 3]

Setup (not timed) records a run as intake leaves it: redacted files stored, each screenshot's
leak scan remembered (intake scans every redacted screenshot), and half the screenshots carry
annotations, drawn when they were saved (as `attest evidence annotate` does). A last build is
timed with those drawings deleted, the worst case. The screens are dense realistic ones from the test corpus generator. The pack is then
built in a fresh process, as `attest pack` would, so its peak memory is the pack's alone.
Target (issue 5): under 3 s, memory under 500 MB, on this 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def setup(root: Path, steps: int, per_step: int) -> int:
    from corpus_screens import generate

    from attest.core.annotations import parse_annotations
    from attest.core.model import EvidenceKind, RedactionState, Step, StepStatus, TestCase
    from attest.core.runs import PreparedEvidence
    from attest.core.workspace import Workspace
    from attest.redaction.scan import scanner_id
    from attest.templates import annotate

    screens = [s.encode() for s in generate(7, 12, big=True)]  # 12 distinct screens, reused round-robin
    case = TestCase("BENCH_TC_01", "Pack benchmark", tuple(
        Step(f"Step {i}: send the IF-031 and check the tracker", f"Expected outcome {i}") for i in range(1, steps + 1)))
    with Workspace.open(root) as ws:
        stored = ws.cases.save_all([case])[0].stored
        run = ws.runs.start(stored.version_id, tester="Bench Tester", environment="SIT-A", data_refs=("MPAN001",))
        cache = ws.scan_cache(scanner_id())
        n = 0
        for step in range(1, steps + 1):
            items = []
            for _ in range(per_step):
                data = screens[n % len(screens)] + n.to_bytes(4, "big")  # distinct files, as real captures are
                n += 1
                sha = ws.evidence.put(data)
                cache.put(sha, [])
                items.append(PreparedEvidence(sha, EvidenceKind.SCREENSHOT, f"screen_{n}.png", f"Screen {n}",
                                              len(data), RedactionState.REDACTED))
            payload = json.dumps({"messageType": "IF-031", "mpan": "MPAN001", "step": step,
                                  "lines": [f"line {i}" for i in range(80)]}, indent=2).encode()
            sha = ws.evidence.put(payload)
            items.append(PreparedEvidence(sha, EvidenceKind.PAYLOAD, f"IF-031_step{step}.json", "IF-031 sent",
                                          len(payload), RedactionState.REDACTED))
            ws.runs.record_step(run.id, StepStatus.PASSED, actual=f"As expected ({step})", evidence=tuple(items))
        for step in ws.runs.get(run.id).steps:
            first = step.evidence[0]
            if first.kind is EvidenceKind.SCREENSHOT:  # one of two per step: half annotated
                item = ws.runs.annotate(first.id, parse_annotations([
                    {"type": "box", "x": 100, "y": 200, "w": 600, "h": 80, "text": "Message accepted"},
                    {"type": "arrow", "x1": 1200, "y1": 700, "x2": 720, "y2": 260},
                    {"type": "callout", "x": 80, "y": 180, "number": 1}], "bench"), by="Bench Tester")
                annotate.prepare(ws.renditions, item, ws.evidence.get(item.sha256))  # as `evidence annotate` does
        ws.runs.finish(run.id)
        return run.id


def build_once(root: Path, run_id: int, out: Path) -> None:
    """In a fresh process: print seconds and peak RSS (MB) of building the pack."""
    start = time.perf_counter()
    from attest.core.workspace import Workspace
    from attest.templates.pack import build_pack

    imported = time.perf_counter() - start
    with Workspace.open(root) as ws:
        result = build_pack(ws, run_id, out)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, "screenshots": result.screenshots,
                      "payloads": result.payloads, "ocr": result.scanned, "bytes": out.stat().st_size,
                      "stages": {"imports": imported, **result.timings}}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--screens-per-step", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", nargs=3, metavar=("ROOT", "RUN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_once(Path(args.build[0]), int(args.build[1]), Path(args.build[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        started = time.perf_counter()
        run_id = setup(root, args.steps, args.screens_per_step)
        print(f"setup: {args.steps} steps recorded in {time.perf_counter() - started:.1f} s (not timed below)")
        def build(i: int) -> dict:
            out = Path(tmp) / f"pack{i}.docx"
            done = subprocess.run([sys.executable, __file__, "--build", str(root), str(run_id), str(out)],
                                  capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"building the pack failed:\n{done.stderr}")
            return json.loads(done.stdout.strip().splitlines()[-1])

        results = [build(i) for i in range(args.repeat)]
        with sqlite3.connect(root / "attest.db") as db:  # as if annotations were set without drawing them
            db.execute("DELETE FROM renditions")
        cold = build(args.repeat)
        first = results[0]
        seconds = [r["seconds"] for r in results]
        print(f"pack of {args.steps} steps, {first['screenshots']} screenshots (1920x1080, half annotated), "
              f"{first['payloads']} payloads: {first['bytes'] / 1e6:.1f} MB .docx")
        print(f"  build time (fresh process, incl. imports): median {statistics.median(seconds):.2f} s, "
              f"min {min(seconds):.2f} s over {len(seconds)} runs   (target < 3 s)")
        stages = ", ".join(f"{k} {statistics.median(r['stages'][k] for r in results):.2f}"
                           for k in first["stages"])
        print(f"  stages (median s): {stages}")
        print(f"  the same with no annotated screenshot drawn beforehand: {cold['seconds']:.2f} s "
              f"(build stage {cold['stages']['build']:.2f} s)")
        print(f"  peak memory: {max(r['peak_mb'] for r in [*results, cold]):.0f} MB   (target < 500 MB)")
        print(f"  screenshots OCR'd while packing: {first['ocr']} (intake's scans are reused)")


if __name__ == "__main__":
    main()
