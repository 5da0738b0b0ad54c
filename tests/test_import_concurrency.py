"""Issue 18, no tester blocked by background work: a long import is stored in short transactions that let
a step record in between; a killed import is finished (or, killed before any case was stored, discarded)
the next time the workspace is opened, and `audit verify` is clean afterwards; a writer refused after all
is told which import holds the workspace, with nothing in the message that could be an identifier.

The imports run in another process (tests/import_runner.py), as a second `attest import` or the app's
import would; kills are SIGKILL, as in tests/test_crash_safety.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from attest.cli.main import main
from attest.core.case_import import JOBS_DIR
from attest.core.errors import WorkspaceBusy
from attest.core.model import Step, StepStatus, TestCase
from attest.core.workspace import Workspace
from attest.services import runs
from import_runner import make_csv

RUNNER = Path(__file__).with_name("import_runner.py")
MPAN = "1200023305967"

# The importers are subprocesses with no OS keyring (headless Linux): the workspace's key is kept in a file in
# the test's user data folder, which they share with this process.
pytestmark = pytest.mark.usefixtures("no_os_keyring")


def new_run(root: Path, steps: int) -> int:
    with Workspace.open(root) as ws:
        case = TestCase(reference="BESIDE_TC", title="Recorded beside an import",
                        steps=tuple(Step(action=f"s{i}") for i in range(steps)))
        return ws.runs.start(ws.cases.save_all([case])[0].stored.version_id, tester="Ann Tester").id


def importer(root: Path, source: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(RUNNER), str(root), str(source), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count(root: Path, sql: str) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{root / 'attest.db'}?mode=ro", uri=True, timeout=5)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def job(root: Path) -> dict[str, Any] | None:
    """The import under way, as anyone can see it: its job file (None when there is none), its size, and how
    many of its cases are stored (the test files hold new cases only)."""
    for path in sorted((root / JOBS_DIR).glob("*.json")):
        with contextlib.suppress(OSError, ValueError):
            total = json.loads(path.read_text("utf-8"))["total"]
            return {"path": path, "total": total,
                    "stored": count(root, "SELECT COUNT(*) FROM cases WHERE reference LIKE 'IMP_TC_%'")}
    return None


def wait_for(test: Callable[[], bool], proc: subprocess.Popen[str], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not test():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the import ended before {what}: {out[-500:]}{err[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


@contextlib.contextmanager
def cpu_load() -> Iterator[None]:
    """A busy loop per core, as a second app or a virus scan would: the waiter must still get its turn."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)]
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def assert_clean(root: Path, cases: int) -> None:
    """Every case stored once and audited once, no import left under way, the log and the tables agree."""
    assert job(root) is None and not list((root / JOBS_DIR).iterdir())  # no job, queue or temp file left
    assert count(root, "SELECT COUNT(*) FROM cases WHERE reference LIKE 'IMP_TC_%'") == cases
    assert count(root, "SELECT COUNT(*) FROM audit_log WHERE action = 'case.import' AND details LIKE "
                       "'%IMP_TC_%'") == cases
    with Workspace.open(root) as ws:
        chain, problems = ws.verify()
        assert chain.ok and problems == [], problems[:5]


def test_a_step_is_recorded_within_two_seconds_while_a_30000_case_import_writes(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = new_run(root, 40)
    source = tmp_path / "release.csv"
    make_csv(source, 30_000)
    proc = importer(root, source, "--core")
    waits: list[float] = []
    after: dict[str, Any] | None = None
    try:
        wait_for(lambda: (j := job(root)) is not None and j["stored"] > 0, proc, 120, "the import began storing cases")
        before = job(root)
        with cpu_load(), Workspace.open(root) as ws:
            # Steps go in until twelve have, or until the import is done: on a fast machine it may finish
            # first, and a step recorded after it proves nothing, so only those that went in while it was
            # still writing are counted, and there must be enough of them to mean something.
            for n in range(12):
                started = time.perf_counter()
                runs.record_step(ws, run_id, StepStatus.PASSED, actual=f"Recorded beside the import ({n})")
                elapsed = time.perf_counter() - started
                now = job(root)
                if now is None or now["stored"] >= 30_000:
                    break  # the import finished while this step went in
                waits.append(elapsed)
                after = now  # as it stood when the last step went in (it may finish the moment after)
                time.sleep(0.1)
            recorded = n + 1
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert len(waits) >= 5, f"only {len(waits)} steps went in while the import was writing"
    assert before is not None and after is not None and after["stored"] > before["stored"]  # it kept going
    print(f"\nstep waits during a 30,000-case import, under CPU load: max {max(waits):.3f} s, median "
          f"{statistics.median(waits):.3f} s; the import: {out.splitlines()[-1]}")
    assert max(waits) <= 2.0, waits
    assert out.splitlines()[-1].split()[1] == "30000"
    assert count(root, "SELECT COUNT(*) FROM step_results") == recorded
    assert count(root, "SELECT COUNT(*) FROM cases WHERE reference LIKE 'IMP_TC_%'") == 30_000
    assert job(root) is None


def test_an_import_killed_mid_chunk_is_finished_at_the_next_open(tmp_path: Path) -> None:
    """SIGKILL at whatever moment (inside a chunk's transaction or between two): what was committed stays, the
    job says the import is unfinished, and the next open stores the rest and places every case."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    source = tmp_path / "cases.csv"
    make_csv(source, 3000, suites=3)
    proc = importer(root, source, "--chunk-seconds", "0.05")
    wait_for(lambda: (j := job(root)) is not None and j["stored"] >= 300, proc, 90, "the import stored some cases")
    proc.kill()
    proc.communicate()
    half = job(root)
    # a half import is there, and the workspace says so: its job file is still there
    assert half is not None and 0 < half["stored"] < 3000, half
    with Workspace.open(root) as ws:
        assert len(ws.recovered) == 1 and "cases, was finished" in ws.recovered[0], ws.recovered
        assert f"interrupted after {half['stored']:,} of 3,000" in ws.recovered[0]
        plan = ws.plans.find("SIT cycle 9")
        assert sorted(len(s.cases) for s in plan.suites) == [1000, 1000, 1000]
        # the log says who took the import up and from where: the gap in its entries' times has its reason
        resumed = ws.store.conn.execute(
            "SELECT seq, entity, details FROM audit_log WHERE action = 'import.resume'").fetchall()
        assert len(resumed) == 1 and resumed[0][1] == "import", resumed
        details = json.loads(resumed[0][2])
        assert (details["resumed_at"], details["total"], details["source_file"]) == (half["stored"], 3000, "cases.csv")
        imported_after = ws.store.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'case.import' AND seq > ?",
                                               (resumed[0][0],)).fetchone()[0]
        assert imported_after == 3000 - half["stored"]
    assert_clean(root, 3000)
    assert main(["--workspace", str(root), "audit", "verify"]) == 0


@pytest.mark.parametrize("state", ["staging", "writing", "placing"])
def test_an_import_killed_between_its_steps_is_finished_or_was_never_begun(tmp_path: Path, state: str) -> None:
    """Killed with its queue written but not its job file: nothing was stored, and the queue is removed.
    Killed between two chunks: finished. Killed while putting the cases in their suites: every case is
    stored, and the placing is done again (a case placed stays placed)."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    source = tmp_path / "cases.csv"
    make_csv(source, 600, suites=2)
    proc = importer(root, source, "--chunk-seconds", "0.01", "--die-in", state)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -9, err[-3000:]  # killed by itself where asked, not failed
    left = job(root)
    assert (left is None) == (state == "staging") and list((root / JOBS_DIR).glob("*.queue"))
    with Workspace.open(root) as ws:
        if state == "staging":
            assert ws.recovered == []
        else:
            assert len(ws.recovered) == 1 and "was finished" in ws.recovered[0], ws.recovered
            assert sorted(len(s.cases) for s in ws.plans.find("SIT cycle 9").suites) == [300, 300]
    assert_clean(root, 0 if state == "staging" else 600)


def test_an_import_whose_queue_was_altered_after_a_kill_is_never_finished(tmp_path: Path) -> None:
    """Someone edits the waiting cases of a killed import (to have Attest store and audit them as imported by
    its tester): the job no longer matches its seal, so nothing more of it is stored, and `audit verify` says
    so, naming the import."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    source = tmp_path / "cases.csv"
    make_csv(source, 600)
    proc = importer(root, source, "--chunk-seconds", "0.01", "--die-in", "writing")
    proc.communicate(timeout=120)
    half = job(root)
    assert half is not None and 0 < half["stored"] < 600
    queue = next((root / JOBS_DIR).glob("*.queue"))
    queue.write_text(queue.read_text("utf-8").replace("Check the meter reading", "Skip the meter reading"), "utf-8")
    with Workspace.open(root) as ws:
        assert ws.recovered == []
        chain, problems = ws.verify()
    assert count(root, "SELECT COUNT(*) FROM cases WHERE reference LIKE 'IMP_TC_%'") == half["stored"]
    assert chain.ok and any("import of cases.csv by Asha Patel (600 cases) was interrupted and cannot be "
                            "finished" in p for p in problems), problems
    assert main(["--workspace", str(root), "audit", "verify"]) == 1


def test_a_long_import_with_an_error_stores_nothing(tmp_path: Path) -> None:
    """Checked before the first write, as a one-transaction import was: its last case names a reference that
    already belongs to another Azure DevOps test case, so none of the 300 is stored and no job is begun."""
    from attest.core.errors import InputError
    from attest.services import imports

    root = tmp_path / "ws"
    taken = tmp_path / "taken.csv"
    make_csv(taken, 300)
    taken.write_text(taken.read_text("utf-8-sig").splitlines()[0] + "\r\n" + "999,Test Case,IMP_TC_00300 - Another "
                     "case,1,Do it,Done,,\r\n", encoding="utf-8-sig")
    source = tmp_path / "cases.csv"
    make_csv(source, 300)
    with Workspace.open(root) as ws:
        imports.store(ws, imports.parse(taken))
        with pytest.raises(InputError, match="IMP_TC_00300 already belongs to Azure DevOps test case 999"):
            imports.store(ws, imports.parse(source))
    assert count(root, "SELECT COUNT(*) FROM cases WHERE reference LIKE 'IMP_TC_%'") == 1
    assert not (root / JOBS_DIR).exists() or not list((root / JOBS_DIR).iterdir())


def test_a_writer_refused_after_all_is_told_which_import_holds_the_workspace(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    run_id = new_run(root, 3)
    source = tmp_path / f"cases_{MPAN}.csv"  # a file name that holds an MPAN
    make_csv(source, 400)
    proc = importer(root, source, "--hold-lock", "4", "--actor", "Asha Patel")
    try:
        wait_for(lambda: job(root) is not None, proc, 60, "the import began")
        time.sleep(0.3)  # inside its first chunk, holding the lock
        with Workspace.open(root, busy_timeout_s=0.5) as ws:
            with pytest.raises(WorkspaceBusy) as refused:
                runs.record_step(ws, run_id, StepStatus.PASSED, actual="ok")
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    message = str(refused.value)
    assert message.startswith("workspace busy: an import of cases_") and message.endswith(
        f".csv by Asha Patel (process {proc.pid}) is writing; try again"), message
    assert MPAN not in message
    with Workspace.open(root) as ws:  # refused means nothing written: the step goes in now
        assert runs.record_step(ws, run_id, StepStatus.PASSED, actual="ok").result.step_index == 1


def killed_import(tmp_path: Path) -> Path:
    """A workspace with a 600-case import killed while it was writing; its folder."""
    root = tmp_path / "ws"
    Workspace.open(root).close()
    source = tmp_path / "cases.csv"
    make_csv(source, 600, suites=2)
    proc = importer(root, source, "--chunk-seconds", "0.01", "--die-in", "writing")
    proc.communicate(timeout=120)
    assert proc.returncode == -9  # killed by itself where asked, not failed
    return root


def test_the_next_command_says_it_finished_an_interrupted_import(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The command that opens the workspace after a kill finishes the import, and says so: it was not that
    command's doing, and the person who ran the import should know it completed."""
    root = killed_import(tmp_path)
    assert main(["--workspace", str(root), "cases"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("attest: an import of cases.csv") and "was finished" in err, err
    assert_clean(root, 600)


def test_the_app_says_an_import_was_finished_as_it_opened(qtbot, tmp_path: Path) -> None:
    """A tester who opens the app after someone's import was killed is told the cases were finished, in the
    status bar where the version would be: cases they did not import appeared in their library."""
    from PySide6.QtCore import QSettings, QThreadPool

    from attest.gui.main_window import MainWindow
    from attest.gui.tasks import Tasks

    root = killed_import(tmp_path)
    assert job(root) is not None
    with Workspace.open(root) as ws:
        window = MainWindow(ws, tasks=Tasks(QThreadPool()),
                            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        message = window.statusBar().currentMessage()
        assert message.startswith("An import of cases.csv by ") and "of 600 cases, was finished." in message, message
    assert job(root) is None
