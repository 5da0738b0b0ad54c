"""Helper process for tests/test_import_concurrency.py: imports one CSV file into a workspace, as
`attest import` does, so that the test can write beside it, kill it, or watch it hold the workspace.

Usage: python import_runner.py WORKSPACE FILE [--core] [--actor NAME] [--chunk-seconds S]
                               [--die-in STATE] [--hold-lock S]

--core            store the parsed cases through core (``Workspace.imports``) without the redaction gate:
                  the gate reads every reference (about half a millisecond each), which for 30,000 cases
                  is 15 s spent before the first write; the write path, which is what holds the workspace,
                  is the same
--die-in STATE    SIGKILL this process at a known point of its job: "staging" once its queue is written and
                  before its job file is, "writing" at the first pause between two chunks of cases, "placing"
                  at the first pause while putting the cases in their suites
--hold-lock S     inside the first chunk of cases, keep the write lock for S seconds (an import stuck
                  mid-chunk), so that a waiter is refused and told who holds the workspace

Prints "stored N" after each chunk and "done N SECONDS" at the end (N cases stored, seconds for the
import's store, after parsing).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import signal
import time
from pathlib import Path

from attest.core import case_import
from attest.core.store import Store
from attest.core.workspace import Workspace

HEADER = ["ID", "Work Item Type", "Title", "Test Step", "Step Action", "Step Expected", "Test Plan", "Test Suite"]


def make_csv(path: Path, cases: int, *, suites: int = 0) -> None:
    """An Azure DevOps export of ``cases`` one-step cases, each on one row (the first step may share the
    case's row), so 30,000 cases stay within the importer's 50,000-row limit. With ``suites``, the cases
    are spread over that many suites of one plan."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n in range(1, cases + 1):
        plan, suite = ("SIT cycle 9", f"Suite {n % suites}") if suites else ("", "")
        writer.writerow([str(200000 + n), "Test Case", f"IMP_TC_{n:05d} - Check the meter reading", "1",
                         "Send DUIS SR 4.1 and wait for the response", "Response received with status I0",
                         plan, suite])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")


def die_in(state: str) -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    if state == "staging":
        write = case_import.atomic_write

        def atomic_write(target: Path, data: bytes, *, durable: bool = True) -> None:
            if target.suffix == ".json":
                die()
            write(target, data, durable=durable)

        case_import.atomic_write = atomic_write  # type: ignore[assignment]
        return
    placing = []
    if state == "placing":
        place = case_import.Imports._place

        def _place(self: case_import.Imports, *args: object, **kwargs: object) -> None:
            placing.append(True)
            place(self, *args, **kwargs)  # type: ignore[arg-type]

        case_import.Imports._place = _place  # type: ignore[method-assign,assignment]
    pause = Store.let_waiters_in

    def let_waiters_in(store: Store, limit_s: float = 3.0) -> float:
        if state == "writing" or placing:
            die()
        return pause(store, limit_s)

    Store.let_waiters_in = let_waiters_in  # type: ignore[method-assign,assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("file", type=Path)
    parser.add_argument("--core", action="store_true")
    parser.add_argument("--actor", default="Asha Patel")
    parser.add_argument("--chunk-seconds", type=float)
    parser.add_argument("--die-in")
    parser.add_argument("--hold-lock", type=float)
    args = parser.parse_args()
    if args.chunk_seconds:
        case_import.CHUNK_SECONDS = args.chunk_seconds
    with Workspace.open(args.workspace, actor=args.actor, busy_timeout_s=30) as ws:
        if args.die_in:
            die_in(args.die_in)
        if args.hold_lock:
            save = ws.cases._save
            held: list[bool] = []

            def slow_save(*a: object, **k: object) -> object:
                if not held:
                    held.append(True)
                    time.sleep(args.hold_lock)
                return save(*a, **k)  # type: ignore[arg-type]

            ws.cases._save = slow_save  # type: ignore[method-assign,assignment]

        def progress(stored: int, total: int) -> None:
            print(f"stored {stored}", flush=True)

        if args.core:
            from attest.core.case_import import Incoming
            from attest.core.importers import parse_file
            from attest.core.redacted import from_store

            parsed = parse_file(args.file)
            started = time.perf_counter()
            result = ws.imports.run([Incoming(c) for c in parsed.cases], source_file=from_store(args.file.name),
                                    source_format=parsed.format, by=from_store(args.actor), progress=progress)
            outcomes = result.outcomes
        else:
            from attest.services import imports

            parsed = imports.parse(args.file)
            started = time.perf_counter()
            outcomes = imports.store(ws, parsed, progress=progress).outcomes
        print(f"done {len(outcomes)} {time.perf_counter() - started:.3f}", flush=True)


if __name__ == "__main__":
    main()
