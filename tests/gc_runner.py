"""Helper process for the crash tests of ``attest gc``: leaves unused files and collects them, until stopped.

Usage: python gc_runner.py WORKSPACE ORPHANS BYTES
Each round stores ORPHANS files of BYTES random bytes that no row names, ages them past the grace
period, and runs ``gc --apply`` (``services.gc.collect_unused``) over the workspace; prints one line per
round with how many files it removed.

``python gc_runner.py WORKSPACE --new-run STEPS`` makes the workspace with a case of STEPS steps and
starts a run of it (printing its id) in a process of its own, as the writers are: the workspace's key
is then where every process of the test finds it, not in the test process's memory keyring.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from attest.core.evidence_gc import GRACE_S
from attest.core.model import Step, TestCase
from attest.core.workspace import Workspace
from attest.services.gc import collect_unused


def new_run(root: Path, steps: int) -> None:
    with Workspace.open(root) as ws:
        case = TestCase(reference="GC_TC", title="Collected", steps=tuple(Step(action=f"s{i}") for i in range(steps)))
        stored = ws.cases.save_all([case])[0].stored
        print(ws.runs.start(stored.version_id, tester="t").id, flush=True)


def main() -> None:
    if sys.argv[2] == "--new-run":
        new_run(Path(sys.argv[1]), int(sys.argv[3]))
        return
    root, orphans, size = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    with Workspace.open(root, actor=f"gc-{os.getpid()}", busy_timeout_s=30) as ws:
        while True:
            old = time.time() - 2 * GRACE_S
            for _ in range(orphans):
                sha = ws.evidence.put(os.urandom(size))
                os.utime(ws.evidence.path_for(sha), (old, old))
            done = collect_unused(ws, by="gc-runner")
            print(done.count, flush=True)


if __name__ == "__main__":
    main()
