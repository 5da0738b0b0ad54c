"""The witness section of a witnessed run's evidence pack and its session report, read back with
python-docx: participants, a timeline with per-step durations and the deviations, every observation
with its time, response, agreed action and defect, the outcome and the sign-off; both leak-checked."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import docx
import pytest

from attest.core.model import ObservationKind, Outcome, Priority, Role, Run, Severity, StepStatus
from attest.core.workspace import Workspace
from attest.templates.pack import PackRefused, build_pack
from attest.templates.witness import timeline
from attest.templates.witness_report import ReportRefused, build_witness_report
from attest.templates.writer import duration, when
from conftest import FakeClock
from test_runs import make_case

MPAN = "1200023305967"
PURPOSE = "DCC witness test of change of supplier (SIT cycle 2)"


@dataclass
class Session:
    root: Path
    run_id: int
    plain_id: int  # an unwitnessed run in the same workspace
    run: Run


def _record(root: Path, *, org: str = "DCC", action: str = "Add a D0150 check before the re-run") -> Session:
    """A witnessed run of four steps: three participants, step 3 recorded before step 2 (a skip, then
    going back, each with a reason), five observations of every kind, a query answered, a defect
    candidate made a defect, and a wash-up with an agreed action for each observation."""
    clock = FakeClock()
    with Workspace.open(root, clock=clock, actor="asha") as ws:
        stored = ws.cases.save_all([make_case("TC_WIT_01", steps=4, title="Change of supplier")])[0].stored
        run_id = ws.runs.start(stored.version_id, tester="Asha Patel", environment="SIT-A", witnessed=True,
                               purpose=PURPOSE).id
        ws.witness.add_participant(run_id, "Asha Patel", "Supplier A", Role.TESTER, by="Asha Patel")
        ws.witness.add_participant(run_id, "Dev Rao", org, Role.WITNESS, by="Asha Patel")
        ws.witness.add_participant(run_id, "Kim Lee", "Elexon", Role.OBSERVER, by="Asha Patel")

        def later(minutes: int) -> None:
            clock.moment += timedelta(minutes=minutes)

        later(2)
        ws.runs.record_step(run_id, StepStatus.PASSED, actual="Request accepted")
        first = ws.runs.add_observation(run_id, ObservationKind.OBSERVATION, "Tracker refresh is slow",
                                        by="Dev Rao", step=1)
        later(3)
        ws.runs.record_step(run_id, StepStatus.PASSED, step=3, actual="Tracker shows delivered",
                            deviation="Step 2's screen was down; the witness agreed to go on")
        gap = ws.runs.add_observation(run_id, ObservationKind.GAP, "No check of the D0150 flow", by="Dev Rao", step=3)
        query = ws.runs.add_observation(run_id, ObservationKind.QUERY, "Why is the status amber?", by="Kim Lee",
                                        step=3)
        ws.witness.respond(query.id, "Amber means awaiting the DIP acknowledgement", by="Asha Patel")
        later(1)
        ws.runs.record_step(run_id, StepStatus.PASSED, step=2, actual="Screen back; submitted",
                            deviation="Going back to step 2 now that its screen is up")
        dev = ws.runs.add_observation(run_id, ObservationKind.DEVIATION, "Steps taken out of order", by="Dev Rao",
                                      step=2)
        later(4)
        ws.runs.record_step(run_id, StepStatus.FAILED, actual="Registration not updated")
        candidate = ws.runs.add_observation(run_id, ObservationKind.DEFECT_CANDIDATE,
                                            "Registration not updated after the IF-031", by="Dev Rao", step=4)
        ws.witness.promote(candidate.id, Severity.S2, Priority.P1, by="Asha Patel")
        later(10)
        ws.witness.washup(run_id, Outcome.ACCEPTED_WITH_OBSERVATIONS, signed_by="Dev Rao", by="Asha Patel",
                          actions={first.id: "Raise with the tracker team", gap.id: action,
                                   query.id: "None: answered", dev.id: "Noted; no re-run needed",
                                   candidate.id: "Fix and retest in cycle 3"})
        plain = ws.runs.start(stored.version_id, tester="Bo Plain", environment="SIT-A")
        ws.runs.record_step(plain.id, StepStatus.PASSED)
        ws.runs.finish(plain.id)
        return Session(root, run_id, plain.id, ws.runs.get(run_id))


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    return _record(tmp_path_factory.mktemp("witness-ws"))


@pytest.fixture(scope="module")
def report(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("witness-out") / "TC_WIT_01_witness.docx"
    with Workspace.open(session.root, actor="asha") as ws:
        result = build_witness_report(ws, session.run_id, out)
    assert result.path == out and result.participants == 3 and result.observations == 5 and result.washup_held
    return out


@pytest.fixture(scope="module")
def pack(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("witness-pack") / "TC_WIT_01.docx"
    with Workspace.open(session.root, actor="asha") as ws:
        build_pack(ws, session.run_id, out)
    return out


def witness_cli(argv: list[str]) -> int:
    """`attest ...` as the console script runs it (exit status, one line on error)."""
    from attest.cli.main import main

    return main(argv)


def _tables(path: Path) -> dict[tuple[str, ...], docx.table.Table]:
    return {tuple(c.text for c in t.rows[0].cells): t for t in docx.Document(str(path)).tables}


def _rows(table: docx.table.Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def _texts(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_durations_read_as_a_person_says_them() -> None:
    assert [duration(timedelta(seconds=s)) for s in (0, 42, 185, 3720, -5)] == [
        "0 s", "42 s", "3 min 05 s", "1 h 02 min 00 s", "0 s"]


@pytest.mark.parametrize("which", ["report", "pack"])
def test_the_witness_section_holds_participants_timeline_observations_outcome_and_sign_off(
        which: str, session: Session, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(which)
    run = session.run
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[headings.index("Witness session"):][:5] == [
        "Witness session", "Participants", "Timeline", "Observations", "Outcome and sign-off"]
    text = _texts(path)
    assert "Witnessed run" in text and PURPOSE in text
    tables = _tables(path)

    assert _rows(tables[("Name", "Organisation", "Role")]) == [
        ["Asha Patel", "Supplier A", "Tester"], ["Dev Rao", "DCC", "Witness"], ["Kim Lee", "Elexon", "Observer"]]

    lines = _rows(tables[("Step", "Status", "Recorded at", "Duration", "By", "Deviation from the script")])
    assert [(r[0], r[1]) for r in lines] == [
        ("Start", "Run started"), ("1", "Passed"), ("3", "Passed"), ("2", "Passed"), ("4", "Failed"),
        ("End", "Run finished: Failed"), ("Wash-up", "Signed off: Accepted with observations")]
    steps = {s.index: s.result for s in run.steps}
    assert steps[1] and steps[3] and steps[2] and steps[4]  # all recorded
    expected_at = [run.started_at, steps[1].recorded_at, steps[3].recorded_at, steps[2].recorded_at,
                   steps[4].recorded_at, run.finished_at, run.washup.signed_at if run.washup else None]
    assert [r[2].replace("\u00a0", " ") for r in lines] == [when(t) for t in expected_at]
    durations = [r[3] for r in lines]
    assert durations[0] == "—"
    assert [d.split(" min")[0] for d in durations[1:5]] == ["2", "3", "1", "4"]  # the minutes the clock moved
    assert durations[1:] == [duration(b - a) for a, b in zip(expected_at, expected_at[1:]) if a and b]
    assert lines[1][4] == "Asha Patel" and lines[-1][4] == "Dev Rao"
    assert lines[2][5].startswith("Skipped ahead: Step 2's screen was down; the witness agreed to go on (Asha Patel, ")
    assert lines[3][5].startswith("Went back: Going back to step 2 now that its screen is up (Asha Patel, ")
    assert lines[1][5] == "—"

    observations = _rows(tables[("No.", "Kind", "Step", "Observation", "Raised", "Agreed action", "Defect")])
    assert [(o[0], o[1], o[2]) for o in observations] == [
        ("1", "Observation", "1"), ("2", "Gap", "3"), ("3", "Query", "3"), ("4", "Deviation", "2"),
        ("5", "Defect candidate", "4")]
    for row, observation in zip(observations, run.observations, strict=True):
        assert row[3].startswith(observation.text)
        assert row[4].replace("\n", " ").replace("\u00a0", " ") == f"{observation.raised_by} {when(observation.raised_at)}"
        assert row[5] == observation.action and observation.action
    assert observations[2][3] == "Why is the status amber?\nResponse: Amber means awaiting the DIP acknowledgement"
    defect = run.defects[0]
    assert observations[4][6] == f"Defect {defect.id}\nS2 / P1" and observations[0][6] == "—"

    outcome = tables[("Outcome", "Accepted with observations")]
    assert _rows(outcome) == [["Signed off by", "Dev Rao"], ["Signed at", when(run.washup.signed_at)]]
    assert outcome.rows[0].cells[1].paragraphs[0].style.name == "Status Blocked"  # amber
    assert "WASH-UP NOT YET HELD" not in text


def test_the_pack_cover_marks_the_run_witnessed_and_fills_the_witness_sign_off(pack: Path, session: Session) -> None:
    washup = session.run.washup
    assert washup is not None
    document = docx.Document(str(pack))
    assert [p.text for p in document.paragraphs[:3]] == ["Test evidence pack", "TC_WIT_01 – Change of supplier",
                                                         "Witnessed run"]
    cover = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert cover["Witnessed run"] == (f"Yes; Accepted with observations, signed off by Dev Rao at "
                                      f"{when(washup.signed_at)}")
    sign_off = _tables(pack)[("Role", "Name", "Date", "Signature")]
    assert [c.text for c in sign_off.rows[2].cells][:3] == ["Witness", "Dev Rao", when(washup.signed_at)[:10]]
    # the deviations keep their own table too, and the observations point to the witness section
    deviations = _rows(_tables(pack)[("Step", "Kind", "Reason", "By", "When")])
    assert [(d[0], d[1]) for d in deviations] == [("3", "skip"), ("2", "go-back")]
    assert "5 observation(s): see the observations table of the witness session" in _texts(pack)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Summary of steps", "Witness session", "Steps"]


def test_an_unwitnessed_pack_has_no_witness_section(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "plain.docx"
    with Workspace.open(session.root, actor="asha") as ws:
        build_pack(ws, session.plain_id, out)
    text = _texts(out)
    assert "Witness session" not in text and "Witnessed run" not in text and "WASH-UP" not in text
    assert ("Name", "Organisation", "Role") not in _tables(out)


def test_the_report_cover_the_audit_entry_and_the_cli(session: Session, report: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document(str(report))
    assert [p.text for p in document.paragraphs[:2]] == ["Witness session report", "TC_WIT_01 – Change of supplier"]
    cover = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert cover["Run"] == str(session.run_id) and cover["Environment"] == "SIT-A"
    assert cover["Tester"] == "Asha Patel" and cover["Started"] == when(session.run.started_at)
    assert cover["Finished"] == when(session.run.finished_at)
    out = tmp_path / "again.docx"
    assert witness_cli(["--workspace", str(session.root), "witness", "report", str(session.run_id),
                        "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out) and "3 participant(s), 5 observation(s), wash-up signed" in captured.err
    with Workspace.open(session.root) as ws:
        entries = ws.store.query("SELECT details FROM audit_log WHERE action = 'witness.report' ORDER BY seq")
        assert ws.verify()[0].ok
    last = json.loads(entries[-1]["details"])
    assert {k: last[k] for k in ("file", "sha256", "outcome")} == {
        "file": "again.docx", "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "outcome": "accepted-with-observations"}


def test_the_report_is_refused_for_an_unwitnessed_run_or_a_bad_name(session: Session, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    ws_args = ["--workspace", str(session.root), "witness", "report"]
    assert witness_cli([*ws_args, str(session.plain_id), "--out", str(tmp_path / "r.docx")]) == 2
    assert f"run {session.plain_id} is not a witnessed run" in capsys.readouterr().err
    assert witness_cli([*ws_args, str(session.run_id), "--out", str(tmp_path / "r.pdf")]) == 2
    assert "give a file name ending in .docx" in capsys.readouterr().err
    assert witness_cli([*ws_args, str(session.run_id), "--out", str(tmp_path / f"{MPAN}.docx")]) == 2
    err = capsys.readouterr().err
    assert "the witness session report's file name holds an identifier" in err and MPAN not in err
    assert witness_cli([*ws_args, "999", "--out", str(tmp_path / "r.docx")]) == 2
    assert "no run 999" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_washup_not_yet_held_is_said_in_the_report_and_the_pack(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws", clock=FakeClock()) as ws:
        stored = ws.cases.save_all([make_case("TC_WIT_02", steps=2)])[0].stored
        run_id = ws.runs.start(stored.version_id, tester="Asha Patel", witnessed=True, purpose="Dry run").id
        ws.witness.add_participant(run_id, "Dev Rao", "DCC", Role.WITNESS, by="Asha Patel")
        ws.runs.record_step(run_id, StepStatus.PASSED)
        ws.runs.add_observation(run_id, ObservationKind.QUERY, "Which tracker is this?", by="Dev Rao", step=1)
        build_witness_report(ws, run_id, tmp_path / "report.docx")
        build_pack(ws, run_id, tmp_path / "pack.docx")
    for path in (tmp_path / "report.docx", tmp_path / "pack.docx"):
        document = docx.Document(str(path))
        notices = [p.text for p in document.paragraphs if p.style.name == "Attest Notice"]
        assert any(n.startswith("WASH-UP NOT YET HELD") for n in notices), path.name
        observations = _rows(_tables(path)[("No.", "Kind", "Step", "Observation", "Raised", "Agreed action",
                                            "Defect")])
        assert observations[0][3] == "Which tracker is this?\nResponse: none recorded"
        assert observations[0][5] == "to be agreed at the wash-up"
        lines = _rows(_tables(path)[("Step", "Status", "Recorded at", "Duration", "By",
                                     "Deviation from the script")])
        assert [r[:2] for r in lines] == [["Start", "Run started"], ["1", "Passed"], ["2", "Not recorded"]]
    cover = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(tmp_path / "pack.docx")).tables[0].rows}
    assert cover["Witnessed run"] == "Yes; wash-up not yet held"


def test_an_identifier_typed_into_the_session_refuses_report_and_pack_naming_the_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the service stores text as given; the app and the CLI redact at entry. Here nothing did.
    session = _record(tmp_path / "ws", org=f"DCC (MPAN {MPAN})", action=f"Re-test on {MPAN}")
    with Workspace.open(session.root) as ws:
        with pytest.raises(ReportRefused) as refused:
            build_witness_report(ws, session.run_id, tmp_path / "report.docx")
        with pytest.raises(PackRefused) as pack_refused:
            build_pack(ws, session.run_id, tmp_path / "pack.docx")
    for error, what in ((refused.value, "the witness session report"), (pack_refused.value, "the pack")):
        message = str(error)
        assert message.startswith(f"{what} was not written: 2 problem(s) found")
        assert "run: participant 2 organisation: MPAN" in message
        assert "step 3: observation 2 agreed action: MPAN" in message
        assert MPAN not in message
    assert not (tmp_path / "report.docx").exists() and not (tmp_path / "pack.docx").exists()
    assert witness_cli(["--workspace", str(session.root), "witness", "report", str(session.run_id),
                        "--out", str(tmp_path / "report.docx")]) == 1
    assert "participant 2 organisation" in capsys.readouterr().err


def test_the_whole_document_scan_backs_up_the_text_check(session: Session, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    leaky = _record(tmp_path / "ws", org=f"DCC {MPAN}")
    monkeypatch.setattr("attest.templates.witness_report.check_texts", lambda *_args: [])
    with Workspace.open(leaky.root) as ws, pytest.raises(ReportRefused, match="the built document: MPAN"):
        build_witness_report(ws, leaky.run_id, tmp_path / "report.docx")
    assert not (tmp_path / "report.docx").exists()


def test_the_timeline_orders_records_by_time_and_lists_unrecorded_steps_after(session: Session) -> None:
    rows = timeline(session.run)
    assert [r.step for r in rows] == ["Start", "1", "3", "2", "4", "End", "Wash-up"]
    times = [r.at for r in rows]
    assert all(t is not None for t in times) and times == sorted(t for t in times if t is not None)
    assert [r.status_key for r in rows] == [None, "passed", "passed", "passed", "failed", "failed", "blocked"]


def test_a_step_recorded_again_appears_at_each_record_with_the_deviation_on_the_later_one(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws", clock=FakeClock(), actor="asha") as ws:
        stored = ws.cases.save_all([make_case("TC_AGAIN", steps=2)])[0].stored
        run_id = ws.runs.start(stored.version_id, tester="Asha", witnessed=True, purpose="re-record").id
        ws.witness.add_participant(run_id, "Dev Rao", "DCC", Role.WITNESS, by="Asha")
        ws.runs.record_step(run_id, StepStatus.FAILED, actual="timeout")
        ws.runs.record_step(run_id, StepStatus.PASSED, step=1, deviation="Re-run after the DIP restart")
        run = ws.runs.get(run_id)
    assert [r.status for r in run.steps[0].history] == [StepStatus.FAILED, StepStatus.PASSED]
    rows = [(r.step, r.status, r.deviations) for r in timeline(run)]
    assert rows[1][:2] == ("1", "Failed (recorded again later)") and rows[1][2] == ""
    assert rows[2][:2] == ("1", "Passed") and rows[2][2].startswith("Recorded again: Re-run after the DIP restart")
    assert rows[3][:2] == ("2", "Not recorded")
