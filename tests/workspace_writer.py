"""Helper process for the crash and concurrency tests: records steps with attachments until stopped.

Usage: python workspace_writer.py WORKSPACE RUN_ID COUNT ATTACH_BYTES
Prints one line per recorded step so the parent can tell progress.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from attest.core.model import EvidenceKind, RedactionState, StepStatus
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace


def stored(ws: Workspace, data: bytes, name: str, kind: EvidenceKind) -> PreparedEvidence:
    """Store bytes as intake does after redaction: this helper exercises the store, not redaction."""
    return PreparedEvidence(ws.evidence.put(data), kind, name, "", len(data), RedactionState.REDACTED)


def main() -> None:
    root, run_id, count, size = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with Workspace.open(root, actor=f"writer-{os.getpid()}", busy_timeout_s=30) as ws:
        for i in range(count):
            items = (
                stored(ws, os.urandom(size), f"shot-{i}.png", EvidenceKind.SCREENSHOT),
                stored(ws, f"payload {i} from {os.getpid()}".encode(), f"p{i}.txt", EvidenceKind.PAYLOAD),
            )
            result = ws.runs.record_step(run_id, StepStatus.PASSED, actual=f"step {i}", evidence=items,
                                         step=None)
            print(result.step_index, flush=True)


if __name__ == "__main__":
    main()
