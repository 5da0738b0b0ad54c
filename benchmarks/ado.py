"""Azure DevOps against the tests' local fake server: pulling a plan of 1,000 cases, publishing a run.

    python benchmarks/ado.py [--cases 1000] [--page 200] [--steps 50] [--shots 100]

Prints the seconds for `ado pull` of a plan of ``--cases`` Test Case work items (five steps each, one
shared steps reference in every tenth) in four suites, served in pages of ``--page`` like ADO's
continuation tokens: the first pull (every case new) and a second (nothing changed). Target: < 10 s.
Then `ado publish` of a run of ``--steps`` steps with ``--shots`` screenshots (1280x720, spread over the
steps), the evidence pack built and leak-checked first: target < 20 s.
The fake server answers on 127.0.0.1 without network delay; on a real organisation add the round
trips: suites + one list per suite + one work item call per 200 cases.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fake_ado import PROJECT, FakeAdo, steps_xml  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--page", type=int, default=200)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--shots", type=int, default=100)
    args = parser.parse_args()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(name, None)
    os.environ["ATTEST_PASSPHRASE"] = "benchmark passphrase"  # no keyring here: the token file is used

    from attest.core.workspace import Workspace
    from attest.services.ado import connect, pull

    with FakeAdo(page_size=args.page) as ado:
        ado.tokens["bench"] = {"vso.test_write", "vso.work_write"}
        ado.add_work_item(9000, "Shared Steps", "Log in", steps=steps_xml(("Open the portal", ""),
                                                                          ("Sign in", "Dashboard")))
        for n in range(1, args.cases + 1):
            steps: list[tuple[str, str] | int] = [(f"Step {s} of case {n}: send the D0{s}10", f"Accepted {s}")
                                                  for s in range(1, 6)]
            if n % 10 == 0:
                steps.insert(0, 9000)
            ado.add_work_item(n, "Test Case", f"BENCH_{n:04d} - Benchmark case {n}", steps=steps_xml(*steps))
        quarter = max(1, args.cases // 4)
        suites = [(100 + s, f"Suite {s}", [(n, "Bench Tester", 10_000 + n, "Default")
                                           for n in range(s * quarter + 1, min(args.cases, (s + 1) * quarter) + 1)])
                  for s in range(4)]
        ado.add_plan(1, "Benchmark plan", suites)
        root = Path(tempfile.mkdtemp(prefix="attest-ado-bench-")) / "ws"
        with Workspace.open(root) as ws:
            connect(ws, ado.org_url, PROJECT, "bench")
            for label in ("first pull (all new)", "second pull (unchanged)"):
                started = time.perf_counter()
                result = pull(ws, 1)
                elapsed = time.perf_counter() - started
                print(f"{label}: {result.cases} cases in {result.suites} suites, {result.new} new, "
                      f"{result.unchanged} unchanged: {elapsed:.2f} s (target < 10 s); "
                      f"{len(ado.requests)} requests so far")
            publish_run(ws, ado, args.steps, args.shots)


def publish_run(ws, ado: FakeAdo, steps: int, shots: int) -> None:  # noqa: ANN001 - a Workspace
    import io

    from PIL import Image, ImageDraw

    from attest.core.model import StepStatus
    from attest.services import evidence, runs
    from attest.services.ado import publish, pull

    ado.add_work_item(5000, "Test Case", "BENCH_PUB_01 - A long run",
                      steps=steps_xml(*[(f"Do step {n}", f"Step {n} done") for n in range(1, steps + 1)]))
    ado.add_plan(2, "Publish plan", [(201, "Long runs", [(5000, "Bench Tester", 60_000, "Default")])])
    result = pull(ws, 2)
    run = runs.start_run(ws, "BENCH_PUB_01", tester="Bench Tester", plan=result.plan_id)
    redactor = evidence.redactor(ws, run_id=run.id)
    per_step = [shots // steps + (1 if n < shots % steps else 0) for n in range(steps)]
    started = time.perf_counter()
    for n, count in enumerate(per_step, start=1):
        items = []
        for k in range(count):
            image = Image.new("RGB", (1280, 720), (246, 247, 249))
            draw = ImageDraw.Draw(image)
            for line in range(12):
                draw.text((40, 40 + 50 * line), f"Portal screen {n}.{k}: status Delivered, message IF-031 row {line}",
                          fill=(30, 30, 30))
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            items.append(evidence.capture_bytes(ws, buffer.getvalue(), f"step{n}_{k}.png", using=redactor))
        runs.record_step(ws, run.id, StepStatus.PASSED, actual=f"Step {n} done", prepared=items, redactor=redactor)
    runs.finish_run(ws, run.id)
    print(f"  (set-up: {steps} steps with {shots} screenshots recorded in {time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    sent = publish(ws, run.id)
    elapsed = time.perf_counter() - started
    size = sum(len(a["data"]) for a in ado.attachments) // 1024
    print(f"publish: {steps} steps, {sent.attachments} attachments ({size} KB) incl. the pack: {elapsed:.2f} s "
          "(target < 20 s; the pack built and leak-checked first)")


if __name__ == "__main__":
    main()
