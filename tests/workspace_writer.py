"""Helper process for the crash and concurrency tests: records steps with attachments until stopped.

Usage: python workspace_writer.py WORKSPACE RUN_ID COUNT ATTACH_BYTES
Prints one line per recorded step so the parent can tell progress.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from attest.capture.intake import intake_bytes
from attest.core.model import EvidenceKind, StepStatus
from attest.core.workspace import Workspace


def main() -> None:
    root, run_id, count, size = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with Workspace.open(root, actor=f"writer-{os.getpid()}", busy_timeout_s=30) as ws:
        for i in range(count):
            items = (
                intake_bytes(ws.evidence, os.urandom(size), name=f"shot-{i}.png", kind=EvidenceKind.SCREENSHOT),
                intake_bytes(ws.evidence, f"payload {i} from {os.getpid()}".encode(), name=f"p{i}.txt",
                             kind=EvidenceKind.PAYLOAD),
            )
            result = ws.runs.record_step(run_id, StepStatus.PASSED, actual=f"step {i}", evidence=items,
                                         step=None)
            print(result.step_index, flush=True)


if __name__ == "__main__":
    main()
