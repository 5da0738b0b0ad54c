"""A whole test phase from the command line: a plan of three suites, runs that pass and fail, defects
raised, fixed, retested and closed, the exit criteria failing and then passing, and the completion
report read back as a test manager would check it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from docx import Document

CASES = """\
attest: 1
cases:
  - reference: PH_TC_01
    title: Change of supplier request accepted
    steps:
      - action: Submit the change of supplier request
        expected: Request accepted
      - action: Check the registration service
        expected: New supplier shown
        evidence_required: true
  - reference: PH_TC_02
    title: Objection raised by the losing supplier
    steps:
      - action: Raise the objection
        expected: Objection recorded
  - reference: PH_TC_03
    title: Meter read after installation
    steps:
      - action: Read the register
        expected: A read is returned
  - reference: PH_TC_04
    title: Tariff switch
    steps:
      - action: Send the tariff update
        expected: Tariff applied
"""


@pytest.fixture
def phase(cli, tmp_path: Path):  # noqa: ANN001, ANN201
    cases = tmp_path / "cases.yaml"
    cases.write_text(CASES, encoding="utf-8")
    assert cli("import", str(cases))[0] == 0
    status, out, _ = cli("plan", "create", "SIT cycle 2", "--programme", "MHHS", "--release", "R2", "--environment",
                         "SIT-B", "--scale", "dcc", "--json")
    assert status == 0 and json.loads(out)["id"] == 1
    for suite in ("Change of supplier", "Metering", "Regression"):
        assert cli("plan", "suite", "1", suite)[0] == 0
    assert cli("plan", "add", "1", "--suite", "Change of supplier", "PH_TC_01", "PH_TC_02", "--tester",
               "Ann Tester")[0] == 0
    assert cli("plan", "add", "SIT cycle 2", "--suite", "Metering", "PH_TC_03")[0] == 0
    assert cli("plan", "add", "1", "--suite", "Regression", "PH_TC_04", "--regression", "--tester", "Bob Smith")[0] == 0
    return cli


def start(cli, case: str, *extra: str) -> int:  # noqa: ANN001
    status, out, err = cli("run", "start", case, "--plan", "1", *extra)
    assert status == 0, err
    return int(out.strip())


def record(cli, run: int, *statuses: str) -> None:  # noqa: ANN001
    for status in statuses:
        code, _out, err = cli("run", "step", str(run), "--status", status)
        assert code == 0, err
    assert cli("run", "finish", str(run))[0] == 0


def check(cli) -> tuple[int, dict]:  # noqa: ANN001
    status, out, _ = cli("plan", "check", "1", "--json")
    return status, {c["key"]: c for c in json.loads(out)["criteria"]}


def test_a_phase_from_plan_to_completion_report(phase, tmp_path: Path) -> None:  # noqa: ANN001
    cli = phase
    status, out, _ = cli("plan", "show", "1", "--json")
    shown = json.loads(out)
    assert [s["name"] for s in shown["suites"]] == ["Change of supplier", "Metering", "Regression"]
    assert [c["reference"] for c in shown["suites"][0]["cases"]] == ["PH_TC_01", "PH_TC_02"]
    assert shown["suites"][0]["cases"][0]["tester"] == "Ann Tester"
    assert shown["suites"][2]["cases"][0]["regression"] is True
    assert shown["progress"] == {"planned": 4, "executed": 0, "passed": 0, "failed": 0, "not_run": 4}

    # nothing run: the criteria fail, exit 1
    status, criteria = check(cli)
    assert status == 1 and not criteria["executed"]["met"]

    # run 1 fails at step 2; step 2 requires evidence, but a failure needs none
    run1 = start(cli, "PH_TC_01")
    record(cli, run1, "passed", "failed")
    status, out, err = cli("run", "defect", str(run1), "Registration not updated", "--severity", "3",
                           "--priority", "P2", "--step", "2", "--json")
    assert status == 0, err
    defect = json.loads(out)
    assert (defect["severity"], defect["status"], defect["due"] is not None) == ("3", "open", True)
    # an MHHS severity on a DCC plan is refused, naming the scale
    status, _out, err = cli("run", "defect", str(run1), "x", "--severity", "S2", "--priority", "P2")
    assert status == 2 and "DCC (1-5)" in err
    for case in ("PH_TC_02", "PH_TC_03", "PH_TC_04"):
        record(cli, start(cli, case), "passed")

    status, criteria = check(cli)
    assert status == 1
    assert criteria["executed"]["met"] and criteria["failed_linked"]["met"]
    assert not criteria["passed"]["met"]  # 3 of 4 = 75 % < 90 %
    assert criteria["thresholds"]["met"]  # one severity 3, threshold 15

    # fixed, then closing without a retest or a reason is refused
    assert cli("defect", "move", "1", "--to", "fixed")[0] == 0
    status, _out, err = cli("defect", "move", "1", "--to", "closed")
    assert status == 2 and "retest" in err
    status, criteria = check(cli)
    assert not criteria["fixed_retested"]["met"]

    # the retest: a run of the same case that retests run 1 and defect 1, and passes
    run5 = start(cli, "PH_TC_01", "--retest", str(run1), "--retests-defect", "1")
    evidence = tmp_path / "registration.txt"
    evidence.write_text("Registration: new supplier shown\n", encoding="utf-8")
    assert cli("run", "step", str(run5), "--status", "passed")[0] == 0
    assert cli("run", "step", str(run5), "--status", "passed", "--attach", str(evidence))[0] == 0
    assert cli("run", "finish", str(run5))[0] == 0
    status, out, _ = cli("defect", "move", "1", "--to", "closed", "--json")
    assert status == 0
    closed = json.loads(out)
    assert closed["status"] == "closed" and closed["retests"] == [run5]
    assert [h["to"] for h in closed["history"]] == ["fixed", "closed"] and closed["history"][1]["retest"] == run5

    status, criteria = check(cli)
    assert status == 0, criteria
    status, out, _ = cli("plan", "show", "1", "--json")
    first = json.loads(out)["suites"][0]["cases"][0]
    assert (first["last_run"], first["outcome"], first["runs"], first["retest"]) == (run5, "passed", 2, True)

    # the report
    target = tmp_path / "SIT_cycle_2_completion.docx"
    status, _out, err = cli("report", "completion", "1", "--out", str(target), "--recommendations",
                            "Retest the objection flow in cycle 3", "--lessons", "Book the emulator early")
    assert status == 0, err
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    for heading in ("1. Scope and environment", "2. Test results", "3. Testing issues", "4. Regression",
                    "5. Deviations, observations and witnessed sessions", "6. Exit criteria", "7. Recommendations",
                    "8. Lessons learnt"):
        assert heading in text
    assert "Retest the objection flow in cycle 3" in text and "Book the emulator early" in text
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["Exit criteria", "MET"] in cells
    assert ["4", "4", "4", "0", "0", "0"] in cells  # planned, run, passed, failed, blocked/incomplete, not run
    assert ["Change of supplier", "2", "0", "0", "0", "0", "0"] in cells
    criteria_rows = [row for row in cells if row[-1] in ("Met", "Not met")]
    assert len(criteria_rows) == 6 and all(row[-1] == "Met" for row in criteria_rows)
    severity = [row for row in cells if row[0].startswith("3 –")]
    assert severity == [["3 – Medium", "1", "0", "15", "Within"]]  # raised 1, none outstanding
    charts = [s for s in document.inline_shapes]
    assert len(charts) == 3
    # audited, and the workspace still matches its log
    status, out, _ = cli("audit", "verify")
    assert status == 0 and "matches" in out


def test_criteria_are_editable_and_refuse_what_they_cannot_read(phase) -> None:  # noqa: ANN001
    cli = phase
    status, out, _ = cli("plan", "criteria", "1", "--set", "passed_pct=70", "--set", "threshold.3=0", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["passed_pct"] == 70 and data["thresholds"]["3"] == 0 and data["thresholds"]["4"] == 30
    status, _out, err = cli("plan", "criteria", "1", "--set", "threshold.S3=1")
    assert status == 2 and "DCC" in err
    status, _out, err = cli("plan", "criteria", "1", "--set", "speed=fast")
    assert status == 2 and "not an exit criterion" in err and "Traceback" not in err
    run = start(cli, "PH_TC_03")
    record(cli, run, "failed")
    # a failed test with no issue linked breaks "every failed test linked to an issue"
    _status, criteria = check(cli)
    assert not criteria["failed_linked"]["met"] and "PH_TC_03" in criteria["failed_linked"]["detail"][0]
    assert cli("run", "defect", str(run), "No read", "--severity", "3", "--priority", "P3")[0] == 0
    _status, criteria = check(cli)
    assert criteria["failed_linked"]["met"]
    assert not criteria["thresholds"]["met"]  # threshold 3: 0, one outstanding


def test_defect_lifecycle_rules(phase) -> None:  # noqa: ANN001
    cli = phase
    run = start(cli, "PH_TC_02")
    record(cli, run, "failed")
    assert cli("run", "defect", str(run), "Objection lost", "--severity", "4", "--priority", "P3")[0] == 0
    status, _out, err = cli("defect", "move", "1", "--to", "rejected")
    assert status == 2 and "needs a reason" in err
    assert cli("defect", "move", "1", "--to", "deferred", "--reason", "Fix in R3")[0] == 0
    status, out, _ = cli("defect", "list", "--status", "deferred", "--json")
    assert [d["id"] for d in json.loads(out)] == [1]
    assert cli("defect", "move", "1", "--to", "closed", "--reason", "Withdrawn by the design authority")[0] == 0
    status, _out, err = cli("defect", "move", "1", "--to", "fixed")
    assert status == 2 and "can move to open" in err
    # a retest must be a later run than the defect's own
    status, _out, err = cli("defect", "link", "1", "--retest", str(run))
    assert status == 2 and "a retest is a later run" in err
    status, _out, err = cli("run", "start", "PH_TC_02", "--plan", "1", "--retests-defect", "1")
    assert status == 2 and "reopen it first" in err
    status, _out, err = cli("run", "start", "PH_TC_02", "--plan", "9")
    assert status == 2 and "no plan" in err


def test_a_case_outside_the_plan_cannot_start_from_it(phase, tmp_path: Path) -> None:  # noqa: ANN001
    cli = phase
    other = tmp_path / "other.yaml"
    other.write_text("attest: 1\ncases:\n  - reference: OUT_TC_01\n    title: Elsewhere\n    steps:\n      - action: Do\n",
                     encoding="utf-8")
    assert cli("import", str(other))[0] == 0
    status, _out, err = cli("run", "start", "OUT_TC_01", "--plan", "1")
    assert status == 2 and "not in plan 1" in err


def test_evidence_required_and_blank_response_refuse_passed_without_a_reason(phase, tmp_path: Path) -> None:  # noqa: ANN001
    cli = phase
    run = start(cli, "PH_TC_01")
    assert cli("run", "step", str(run), "--status", "passed")[0] == 0
    status, _out, err = cli("run", "step", str(run), "--status", "passed")
    assert status == 2 and "requires test evidence" in err and "--deviation" in err
    blank = tmp_path / "response.json"
    blank.write_text("  null \n", encoding="utf-8")
    status, _out, err = cli("run", "step", str(run), "--status", "passed", "--response", str(blank))
    assert status == 2 and "empty, blank or null" in err and "SIT.9" in err
    assert cli("run", "show", str(run), "--json")[1].count('"status": "passed"') == 1  # nothing recorded
    status, _out, err = cli("run", "step", str(run), "--status", "passed", "--deviation",
                            "Screen capture blocked by the VDI; checked verbally with the witness")
    assert status == 0, err
    shown = json.loads(cli("run", "show", str(run), "--json")[1])
    assert shown["steps"][1]["evidence_required"] is True
    assert [d["kind"] for d in shown["deviations"]] == ["noted"]


def test_witness_rules_hold_on_the_command_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    cases = tmp_path / "cases.yaml"
    cases.write_text(CASES, encoding="utf-8")
    assert cli("import", str(cases))[0] == 0
    status, _out, err = cli("run", "start", "PH_TC_03", "--witnessed", "--tester", "Asha Patel")
    assert status == 2 and "needs a witness" in err
    assert cli("runs", "--json")[1].strip() == "[]"  # nothing half set up
    status, out, _ = cli("run", "start", "PH_TC_01", "--witnessed", "--tester", "Asha Patel", "--participant",
                         "witness:Dev Rao:DCC")
    run = out.strip()
    status, _out, err = cli("run", "step", run, "--status", "passed", "--by", "dev  rao")
    assert status == 2 and "witnesses do not execute steps" in err
    assert cli("run", "step", run, "--status", "passed")[0] == 0
    status, _out, err = cli("run", "washup", run, "--outcome", "accepted", "--signed-by", "Asha Patel")
    assert status == 2 and "is not one" in err and "Dev Rao" in err
    status, _out, err = cli("run", "washup", run, "--outcome", "accepted", "--signed-by", "Dev Rao")
    assert status == 2 and "Incomplete" in err and "--note" in err
    status, out, err = cli("run", "washup", run, "--outcome", "accepted", "--signed-by", "Dev Rao", "--note",
                           "Step 2 covered by the regression run")
    assert status == 0, err
    shown = json.loads(cli("run", "show", run, "--json")[1])
    assert shown["observations"][-1]["kind"] == "deviation"
    assert "Step 2 covered by the regression run" in shown["observations"][-1]["text"]


def test_tampering_with_plans_and_defects_is_seen(phase) -> None:  # noqa: ANN001
    cli = phase
    run = start(cli, "PH_TC_03")
    record(cli, run, "failed")
    assert cli("run", "defect", str(run), "No read", "--severity", "3", "--priority", "P3")[0] == 0
    assert cli("audit", "verify")[0] == 0
    db = sqlite3.connect(str(cli.workspace / "attest.db"))
    db.execute("UPDATE defects SET status = 'closed' WHERE id = 1")
    db.execute("UPDATE plan_cases SET regression = 1 WHERE case_id = 1")
    db.execute("UPDATE plans SET criteria = '{\"passed_pct\": 10}'")
    db.commit()
    db.close()
    status, out, _ = cli("audit", "verify")
    assert status == 1
    assert "defect 1: status is 'closed'" in out
    assert "plan case 1: regression" in out
    assert "plan 1: its exit criteria differ" in out


def test_work_off_dates_count_england_and_wales_working_days() -> None:
    from datetime import date

    from attest.core.working_days import add_working_days, is_working_day, working_days_between

    # over Christmas 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day moved off the Saturday) and Fri 1 Jan are not
    # working days, nor any weekend
    assert not is_working_day(date(2026, 12, 28)) and not is_working_day(date(2027, 1, 1))
    assert is_working_day(date(2026, 12, 29))
    assert add_working_days(date(2026, 12, 21), 20) == date(2027, 1, 21)
    assert working_days_between(date(2026, 12, 21), date(2027, 1, 21)) == 20
    assert working_days_between(date(2027, 1, 21), date(2026, 12, 21)) == -20
    # Easter 2027: Good Friday 26 March and Easter Monday 29 March
    assert add_working_days(date(2027, 3, 25), 1) == date(2027, 3, 30)


def test_overdue_defects_are_listed_as_such(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from attest.core.defects import DefectService
    from attest.core.working_days import add_working_days
    from attest.core.workspace import Workspace

    cases = tmp_path / "cases.yaml"
    cases.write_text(CASES, encoding="utf-8")
    assert cli("import", str(cases))[0] == 0
    assert cli("plan", "create", "Cycle 1", "--scale", "dcc")[0] == 0
    assert cli("plan", "suite", "1", "All")[0] == 0
    assert cli("plan", "add", "1", "--suite", "All", "PH_TC_03")[0] == 0
    run = start(cli, "PH_TC_03")
    record(cli, run, "failed")
    for severity in ("3", "4", "5", "2"):
        assert cli("run", "defect", str(run), f"Sev {severity}", "--severity", severity, "--priority", "P3")[0] == 0
    with Workspace.open(cli.workspace) as ws:
        from attest.core.defects import UK

        raised = ws.defects.get(1).raised_at.astimezone(UK).date()
        rows = DefectService(ws.store, "t").rows(today=raised)
        assert [r.workoff.days_left for r in rows] == [20, 40, 60, None]  # severity 2 has no work-off time
        later = add_working_days(raised, 30)
        overdue = DefectService(ws.store, "t").rows(today=later, overdue=True)
        assert [(r.defect.id, r.workoff.days_left) for r in overdue] == [(1, -10)]


def test_import_fills_plans_suites_and_evidence_flags(cli, tmp_path: Path) -> None:  # noqa: ANN001
    export = tmp_path / "ado.csv"
    export.write_text(
        "ID,Work Item Type,Title,Test Step,Step Action,Step Expected,Test Plan,Test Suite,Evidence Required\n"
        "101,Test Case,SIT_A_01 - Submit a request,,,,SIT cycle 3,Registration,\n"
        ",,,1,Submit,Accepted,,,\n"
        ",,,2,Check the portal,Shown,,,Yes\n"
        "102,Test Case,SIT_A_02 - Cancel a request,,,,SIT cycle 3,Registration,\n"
        ",,,1,Cancel,Cancelled,,,x\n"
        "103,Test Case,SIT_B_01 - Read,,,,SIT cycle 3,Metering,\n"
        ",,,1,Read,A read,,,\n", encoding="utf-8")
    status, _out, err = cli("import", str(export))
    assert status == 0, err
    assert "put in plan 1 (SIT cycle 3), suite Registration" in err
    shown = json.loads(cli("plan", "show", "SIT cycle 3", "--json")[1])
    assert [(s["name"], [c["reference"] for c in s["cases"]]) for s in shown["suites"]] == [
        ("Registration", ["SIT_A_01", "SIT_A_02"]), ("Metering", ["SIT_B_01"])]
    case = json.loads(cli("case", "show", "SIT_A_01", "--json")[1])
    assert [s.get("evidence_required", False) for s in case["steps"]] == [False, True]
    # importing again changes nothing: each case stays where it is
    assert cli("import", str(export))[0] == 0
    again = json.loads(cli("plan", "show", "1", "--json")[1])
    assert [len(s["cases"]) for s in again["suites"]] == [2, 1]


def test_witnessed_sessions_are_counted_across_the_plan(phase) -> None:  # noqa: ANN001
    cli = phase
    run = start(cli, "PH_TC_03", "--witnessed", "--tester", "Asha Patel", "--participant", "witness:Dev Rao:DCC")
    assert cli("run", "step", str(run), "--status", "passed")[0] == 0
    assert cli("run", "washup", str(run), "--outcome", "accepted", "--signed-by", "Dev Rao")[0] == 0
    other = start(cli, "PH_TC_04", "--witnessed", "--tester", "Asha Patel", "--participant", "witness:Dev Rao:DCC")
    record(cli, other, "failed")
    shown = json.loads(cli("plan", "show", "1", "--json")[1])
    assert shown["witnessed"] == {"sessions": 2, "completed": 2, "not_passed": 1, "pass_rate": 50}
    assert "witnessed sessions: 2, 2 completed, 1 not passed, pass rate 50 %" in cli("plan", "show", "1")[1]
