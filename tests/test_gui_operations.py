"""gui/operations.py: each use case runs as a background task; success emits ``run_changed(run_id)`` once,
before the caller's ``on_done``; a refusal reaches ``on_error`` (naming the field, never the value) and
emits nothing. The workspace opener is injected, so a test sees every task open its own workspace."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QThreadPool

from attest.core.importers import parse_file
from attest.core.model import ObservationKind, Role, StepStatus
from attest.core.workspace import Workspace
from attest.services.runs import ParticipantInput
from attest.gui.operations import Operations
from attest.gui.tasks import Tasks

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
MPAN = "1200023305967"


def _ops(ws: Workspace, opened: list[str]) -> Operations:
    @contextmanager
    def open_workspace(root: Path):  # type: ignore[no-untyped-def]
        opened.append(str(root))
        with Workspace.open(root, clock=ws.store.clock, actor=ws.actor) as own:
            yield own

    return Operations(ws.root, Tasks(QThreadPool()), open_workspace=open_workspace)


def test_a_use_case_runs_in_the_background_and_says_which_run_changed(qtbot, ws: Workspace) -> None:
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    opened: list[str] = []
    ops = _ops(ws, opened)
    events: list[tuple[str, object]] = []
    ops.run_changed.connect(lambda run_id: events.append(("changed", run_id)))

    ops.start_run(ws.cases.get("FM_TS_1_TC_01").id, tester="Asha Patel", environment=f"SIT {MPAN}", data_refs=(),
                  witnessed=True, purpose="Witnessed",
                  participants=(ParticipantInput("Dev Rao", "DCC", Role.WITNESS),), fields=None,
                  on_done=lambda run: events.append(("started", run.id)), on_error=lambda t: events.append(("e", t)))
    qtbot.waitUntil(lambda: len(events) == 2, timeout=30_000)
    run_id = ws.runs.all()[0].id
    assert events == [("changed", run_id), ("started", run_id)]  # the views first, then the caller
    assert MPAN not in ws.runs.get(run_id).environment and opened == [str(ws.root)]

    events.clear()
    ops.record_step(run_id, StepStatus.PASSED, actual=f"Shown for {MPAN}", step=1, deviation=None, prepared=(),
                    on_done=lambda recorded: events.append(("recorded", recorded.result.step_index)),
                    on_error=lambda t: events.append(("e", t)))
    qtbot.waitUntil(lambda: len(events) == 2, timeout=30_000)
    assert events == [("changed", run_id), ("recorded", 1)]

    # refused: the field named, the value not echoed, and no run_changed
    events.clear()
    ops.observe(run_id, ObservationKind.QUERY, "Why?", by=MPAN, step=1, recorded_by=None,
                on_done=lambda o: events.append(("observed", o.id)), on_error=lambda t: events.append(("e", t)))
    qtbot.waitUntil(lambda: len(events) == 1, timeout=30_000)
    assert events[0][0] == "e" and "Raised by" in str(events[0][1]) and MPAN not in str(events[0][1])
    assert ws.runs.get(run_id).observations == ()


def test_run_changed_leaves_python_singletons_alone(qtbot, ws: Workspace) -> None:
    """run_changed is a Python-defined signal emitted after every change (see the 6.12 pin in pyproject)."""
    ops = Operations(ws.root, Tasks(QThreadPool()))
    seen: list[int] = []
    ops.run_changed.connect(seen.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for n in range(200):
        ops.run_changed.emit(n)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(seen) == 200
    assert all(a - b > -40 for a, b in zip(after, before, strict=True)), (before, after)


def test_a_capture_in_the_app_is_masked_for_values_found_in_its_run(qtbot, ws: Workspace) -> None:
    """The runner's captures name their run: a name found under customerName in one capture is masked
    bare in the next (issue 12, values across a run)."""
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    ops = _ops(ws, [])
    done: list[object] = []
    ops.start_run(ws.cases.get("FM_TS_1_TC_01").id, tester="Asha Patel", environment="SIT", data_refs=(),
                  witnessed=False, purpose="", participants=(), fields=None, on_done=done.append,
                  on_error=done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=30_000)
    run_id = ws.runs.all()[0].id
    ops.capture(b'{"customerName": "Jane Smithers"}', "request.json", run_id=run_id, on_done=done.append,
                on_error=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=30_000)
    ops.capture(b"09:01 callback booked for JANE SMITHERS\n", "harness.log", run_id=run_id, on_done=done.append,
                on_error=done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=30_000)
    later = done[2]
    assert ws.evidence.get(later.sha256) == b"09:01 callback booked for [NAME-1]\n"  # type: ignore[attr-defined]
