"""Azure DevOps against a local fake server: connecting (scopes checked, the token kept in the keyring and
nowhere else), pulling a plan with suites, order, testers, shared steps and parameters (identifiers in
them redacted), re-pulling, and the faults a real server gives (429 with Retry-After, 500, a dropped
connection, a refused token)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from fake_ado import PROJECT, FakeAdo, steps_xml

TOKEN = "pat-7q3xk2z9wvmb4hd6"
MPAN = "1200023305967"
ALL_SCOPES = {"vso.test_write", "vso.work_write"}


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def ado():  # noqa: ANN201
    with FakeAdo() as fake:
        fake.tokens[TOKEN] = set(ALL_SCOPES)
        fake.add_work_item(900, "Shared Steps", "Log in to the supplier portal",
                           steps=steps_xml(("Open the portal", ""), ("Sign in as the test user", "Dashboard shown")))
        fake.add_work_item(101, "Test Case", "SIT_COS_01 - Change of supplier accepted",
                           steps=steps_xml(900, (f"Submit the IF-031 for MPAN {MPAN}", "<b>202</b> Accepted"),
                                           ("Check the tracker", "Delivered")))
        fake.add_work_item(102, "Test Case", "SIT_COS_02 - Objection raised",
                           steps=steps_xml(("Raise the objection for @mpan", "Objection recorded")),
                           parameters='<parameters><param name="mpan" bind="default"/></parameters>',
                           data='<NewDataSet><xs:schema id="NewDataSet" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>'
                                f'<Table1><mpan>{MPAN}</mpan></Table1><Table1><mpan>MPAN002</mpan></Table1></NewDataSet>')
        fake.add_work_item(103, "Test Case", "Meter read after install", steps=steps_xml(("Read the meter", "A read")))
        fake.add_plan(7, "QT cycle 1", [
            (71, "Change of supplier", [(102, "Ann Tester", 5001, "SMETS2"), (101, "Ann Tester", 5002, "SMETS2")]),
            (72, "Metering", [(103, "Bob Smith", 5003, "SMETS1")]),
        ], startDate="2026-11-02T00:00:00Z", endDate="2026-12-18T00:00:00Z")
        yield fake


def connect(cli, ado: FakeAdo, monkeypatch: pytest.MonkeyPatch, token: str = TOKEN) -> tuple[int, str, str]:  # noqa: ANN001
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return cli("ado", "connect", "--org", ado.org_url, "--project", PROJECT, "--token-stdin")


def test_connect_checks_scopes_and_keeps_the_token_only_in_the_keyring(cli, ado, monkeypatch, memory_keyring) -> None:  # noqa: ANN001
    ado.tokens["readonly"] = {"vso.test", "vso.work"}
    status, _out, err = connect(cli, ado, monkeypatch, "readonly")
    assert status == 2
    assert "Test Management (read & write) (vso.test_write)" in err and "Work Items (read & write)" in err
    assert "nothing was kept" in err
    assert cli("ado", "status", "--json")[1].strip() == "null"
    status, _out, err = connect(cli, ado, monkeypatch, "wrong-token")
    assert status == 2 and "token was refused" in err and "wrong-token" not in err
    status, out, err = connect(cli, ado, monkeypatch)
    assert status == 0, err
    assert "every scope" in out and "OS keyring" in err
    shown = json.loads(cli("ado", "status", "--json")[1])
    assert shown == {"org_url": ado.org_url, "project": PROJECT, "proxy": "", "ca_bundle": "", "area": "", "iteration": ""}
    kept = [(service, name) for (service, name), secret in memory_keyring.passwords.items() if secret == TOKEN]
    assert len(kept) == 1 and kept[0][0] == "Attest" and kept[0][1].startswith("ado-token:")
    # the token is in no file of the workspace: database, log, anything
    for path in Path(cli.workspace).rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
    assert cli("audit", "verify")[0] == 0


def test_a_bad_organisation_or_project_is_said_as_such(cli, ado, monkeypatch) -> None:  # noqa: ANN001
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    status, _out, err = cli("ado", "connect", "--org", ado.org_url, "--project", "Nope", "--token-stdin")
    assert status == 2 and "no project 'Nope'" in err
    status, _out, err = cli("ado", "connect", "--org", "dev.azure.com/x", "--project", "P", "--token-stdin")
    assert status == 2 and "organisation URL" in err
    status, _out, err = cli("ado", "pull", "--plan", "7")
    assert status == 2 and "not connected" in err


def test_a_plan_is_pulled_with_its_suites_order_testers_shared_steps_and_parameters(cli, ado, monkeypatch) -> None:  # noqa: ANN001
    assert connect(cli, ado, monkeypatch)[0] == 0
    ado.page_size = 1  # every list in pages: the continuation token is followed
    status, out, err = cli("ado", "pull", "--plan", "7", "--json")
    assert status == 0, err
    pulled = json.loads(out)
    assert (pulled["suites"], pulled["cases"], pulled["new"]) == (2, 3, 3)
    plan = json.loads(cli("plan", "show", str(pulled["plan"]), "--json")[1])
    assert plan["name"] == "QT cycle 1" and plan["starts_on"] == "2026-11-02" and plan["ends_on"] == "2026-12-18"
    assert [(s["name"], [(c["reference"], c["tester"], c["configuration"]) for c in s["cases"]])
            for s in plan["suites"]] == [
        ("Change of supplier", [("SIT_COS_02", "Ann Tester", "SMETS2"), ("SIT_COS_01", "Ann Tester", "SMETS2")]),
        ("Metering", [("ADO-103", "Bob Smith", "SMETS1")])]
    case = json.loads(cli("case", "show", "SIT_COS_01", "--json")[1])
    steps = [(s["action"], s["expected"], s["name"]) for s in case["steps"]]
    assert steps[0] == ("Open the portal", "", "Log in to the supplier portal (1/2)")
    assert steps[1] == ("Sign in as the test user", "Dashboard shown", "Log in to the supplier portal (2/2)")
    assert steps[2][1] == "202 Accepted" and MPAN not in steps[2][0] and "[MPAN" in steps[2][0]
    assert case["attributes"]["ado_id"] == "101" and case["attributes"]["ado_steps"] == [[2, 2], [2, 3], [3], [4]]
    objection = json.loads(cli("case", "show", "SIT_COS_02", "--json")[1])
    assert objection["test_data"].startswith("Parameters: mpan\nRow 1: mpan=") and MPAN not in json.dumps(objection)
    assert "Row 2: mpan=MPAN002" in objection["test_data"]
    assert "identifier" in err and MPAN not in err  # the redaction is said, the value never echoed
    assert cli("audit", "verify")[0] == 0
    db = sqlite3.connect(str(Path(cli.workspace) / "attest.db"))
    links = sorted(db.execute("SELECT kind, ado_id, rev FROM ado_links").fetchall())
    db.close()
    assert ("plan", 7, 0) in links and ("point", 5003, 0) in links and ("case", 101, 1) in links


def test_pulling_again_makes_new_versions_only_where_a_case_changed(cli, ado, monkeypatch) -> None:  # noqa: ANN001
    assert connect(cli, ado, monkeypatch)[0] == 0
    assert cli("ado", "pull", "--plan", "7")[0] == 0
    run = cli("run", "start", "ADO-103", "--plan", "1")[1].strip()
    ado.add_work_item(103, "Test Case", "Meter read after install", rev=2,
                      steps=steps_xml(("Read the meter", "A read"), ("Check the read is stored", "Stored")))
    ado.work_items[101]["rev"] = 5  # a revision that changed nothing Attest keeps: no new version
    status, out, _ = cli("ado", "pull", "--plan", "7", "--json")
    assert status == 0
    again = json.loads(out)
    assert (again["plan"], again["new"], again["new_versions"], again["unchanged"]) == (1, 0, 1, 2)
    assert len(json.loads(cli("case", "show", "ADO-103", "--json")[1])["steps"]) == 2
    assert len(json.loads(cli("run", "show", run, "--json")[1])["steps"]) == 1  # the run keeps its version
    # the shared steps change: the case that expands them is a new version though its own revision is not
    ado.add_work_item(900, "Shared Steps", "Log in to the supplier portal", rev=2,
                      steps=steps_xml(("Open the portal", ""), ("Sign in with the smart card", "Dashboard shown")))
    third = json.loads(cli("ado", "pull", "--plan", "7", "--json")[1])
    assert (third["new_versions"], third["unchanged"]) == (1, 2)
    assert json.loads(cli("case", "show", "SIT_COS_01", "--json")[1])["steps"][1]["action"] == "Sign in with the smart card"
    assert cli("audit", "verify")[0] == 0


def test_faults_are_retried_and_what_cannot_be_read_is_one_clear_line(cli, ado, monkeypatch) -> None:  # noqa: ANN001
    assert connect(cli, ado, monkeypatch)[0] == 0
    ado.fail("/suites", 429, times=2, retry_after="0")
    ado.fail("/TestCase", "drop", times=1)
    ado.fail("/wit/workitems", 503, times=1, retry_after="0")
    status, _out, err = cli("ado", "pull", "--plan", "7")
    assert status == 0, err
    assert len(ado.seen("GET", "/suites")) == 3  # two 429s, then the answer
    status, _out, err = cli("ado", "pull", "--plan", "8")
    assert status == 2 and "no test plan 8" in err
    ado.fail("/testplan/plans/7", 500, times=50, retry_after="0")
    status, _out, err = cli("ado", "pull", "--plan", "7")
    assert status == 2 and "500" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def _pulled_run(cli, ado, monkeypatch, tmp_path: Path, statuses: tuple[str, ...]) -> str:  # noqa: ANN001
    assert connect(cli, ado, monkeypatch)[0] == 0
    assert cli("ado", "pull", "--plan", "7")[0] == 0
    run = cli("run", "start", "SIT_COS_01", "--plan", "1", "--tester", "Ann Tester")[1].strip()
    shot = tmp_path / "portal.png"
    from conftest import png_bytes

    shot.write_bytes(png_bytes(200, 80))
    response = tmp_path / "response.json"
    response.write_text(json.dumps({"status": 202, "mpan": MPAN}), encoding="utf-8")
    for n, status in enumerate(statuses, start=1):
        extra = ["--attach", str(shot)] if n == 1 else ["--response", str(response)] if n == 3 else []
        code, _out, err = cli("run", "step", run, "--status", status, "--actual", f"Step {n} done", *extra)
        assert code == 0, err
    assert cli("run", "finish", run)[0] == 0
    return run


def test_a_run_is_published_with_each_evidence_item_on_its_own_step(cli, ado, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "failed", "passed"))
    status, out, _ = cli("ado", "publish", run, "--dry-run")
    assert status == 0 and "attach portal.png to step 1" in out and not ado.runs  # nothing sent
    status, out, err = cli("ado", "publish", run, "--json")
    assert status == 0, err
    sent = json.loads(out)
    assert sent["outcome"] == "Failed" and sent["attached"] == 3  # two items and the pack
    (ado_run,) = ado.runs.values()
    assert ado_run["state"] == "Completed" and ado_run["plan"] == {"id": 7}
    result = ado.results[ado_run["id"]][0]
    assert result["testPoint"] == {"id": 5002} and result["outcome"] == "Failed"
    assert result["runBy"] == {"displayName": "Ann Tester"}
    actions = result["iterationDetails"][0]["actionResults"]
    assert [(a["actionPath"], a["outcome"]) for a in actions] == [
        ("0000000200000002", "Passed"), ("0000000200000003", "Passed"), ("00000003", "Failed"), ("00000004", "Passed")]
    by_name = {a["fileName"]: a for a in ado.attachments}
    assert by_name["portal.png"]["actionPath"] == "0000000200000002"
    assert by_name["response.json"]["actionPath"] == "00000003"
    assert MPAN.encode() not in by_name["response.json"]["data"]  # the redacted file, byte for byte
    shown = json.loads(cli("run", "show", run, "--json")[1])
    stored = {e["name"]: e["sha256"] for s in shown["steps"] for e in s["evidence"]}
    import hashlib

    assert hashlib.sha256(by_name["response.json"]["data"]).hexdigest() == stored["response.json"]
    assert hashlib.sha256(by_name["portal.png"]["data"]).hexdigest() == stored["portal.png"]
    pack = next(a for a in ado.attachments if a["fileName"].endswith(".docx"))
    assert pack["actionPath"] == "00000004" and pack["data"][:2] == b"PK"
    assert cli("audit", "verify")[0] == 0
    for path in Path(cli.workspace).rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_an_interrupted_publish_resumes_without_sending_anything_twice(cli, ado, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "passed", "passed"))
    monkeypatch.setattr("attest.services.ado.UPLOADS_AT_ONCE", 1)  # one at a time: which one fails is known
    ado.fail("/attachments", 500, times=100, retry_after="0", after=1)  # one attachment goes, then the link fails
    status, _out, err = cli("ado", "publish", run)
    assert status == 2 and "attaching" in err
    assert len(ado.runs) == 1 and [a["fileName"] for a in ado.attachments] == ["portal.png"]
    ado.faults.clear()
    status, out, err = cli("ado", "publish", run, "--json")
    assert status == 0, err
    again = json.loads(out)
    assert len(ado.runs) == 1 and again["ado_run"] == next(iter(ado.runs))  # the same test run reused
    assert sorted(a["fileName"] for a in ado.attachments) == ["SIT_COS_01_run1_evidence.docx", "portal.png",
                                                              "response.json"]  # each once
    status, out, _ = cli("ado", "publish", run, "--json")  # everything is there: nothing sent again
    assert json.loads(out)["attached"] == 0 and json.loads(out)["already"] == 3 and len(ado.attachments) == 3
    assert cli("audit", "verify")[0] == 0


def test_what_the_pack_check_refuses_is_never_sent(cli, ado, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    """The stored response swapped on disk for the unredacted one: the pack built first refuses it, and
    nothing at all reaches ADO."""
    from attest.core.workspace import Workspace

    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "passed", "passed"))
    with Workspace.open(Path(cli.workspace)) as ws:
        item = next(e for s in ws.runs.get(int(run)).steps for e in s.evidence if e.name == "response.json")
        ws.evidence.path_for(item.sha256).write_bytes(json.dumps({"status": 202, "mpan": MPAN}).encode())
    status, _out, err = cli("ado", "publish", run)
    assert status == 1 and MPAN not in err and "response.json" in err
    assert not ado.runs and not ado.attachments
    assert [r.body for r in ado.seen("POST", "/test/runs")] == [b"{}"]  # only connect's harmless probe


def test_a_defect_becomes_an_ado_bug_and_its_state_comes_back_on_the_next_pull(cli, ado, monkeypatch,
                                                                                tmp_path: Path) -> None:  # noqa: ANN001
    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "failed", "passed"))
    status, out, err = cli("run", "defect", run, "Tracker shows the IF-031 twice", "--severity", "S2", "--priority",
                           "P1", "--step", "3", "--description", f"Seen for MPAN {MPAN}", "--json")
    assert status == 0, err
    status, out, err = cli("ado", "publish", run, "--json")
    assert status == 0, err
    (bug_id,) = json.loads(out)["bugs"]
    bug = ado.work_items[bug_id]
    fields = bug["fields"]
    assert fields["System.WorkItemType"] == "Bug" and fields["System.Title"] == "Tracker shows the IF-031 twice"
    assert fields["Microsoft.VSTS.Common.Severity"] == "2 - High" and fields["Microsoft.VSTS.Common.Priority"] == 1
    assert "Action: Submit the IF-031" in fields["Microsoft.VSTS.TCM.ReproSteps"]
    assert MPAN not in json.dumps(bug)  # the description was redacted as it was typed
    rels = {r["rel"]: r for r in bug["relations"]}
    result = next(iter(ado.results.values()))[0]
    assert rels["ArtifactLink"]["url"] == f"vstfs:///TestManagement/TcmResult/{next(iter(ado.runs))}.{result['id']}"
    uploaded = next(a for a in ado.attachments if a.get("workItem"))
    assert uploaded["fileName"] == "response.json" and MPAN.encode() not in uploaded["data"]
    assert rels["AttachedFile"]["url"].endswith(str(uploaded["id"]))
    # published again: no second bug
    assert json.loads(cli("ado", "publish", run, "--json")[1])["bugs"] == []
    # ADO resolves, then closes the bug: the defect follows on the next pull
    fields["System.State"] = "Resolved"
    status, _out, err = cli("ado", "pull", "--plan", "7")
    assert status == 0 and f"defect 1: Fixed (ready for retest) (bug {bug_id} is Resolved)" in err
    fields["System.State"] = "Closed"
    assert cli("ado", "pull", "--plan", "7")[0] == 0
    shown = json.loads(cli("defect", "show", "1", "--json")[1])
    assert shown["status"] == "closed" and shown["history"][-1]["reason"] == f"bug {bug_id} is Closed in Azure DevOps"
    assert cli("audit", "verify")[0] == 0


def test_without_a_keyring_the_token_is_kept_encrypted_with_a_passphrase(cli, ado, monkeypatch) -> None:  # noqa: ANN001
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # Linux without a desktop session
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    status, _out, err = connect(cli, ado, monkeypatch)
    assert status == 0 and "ado-token.json" in err
    kept = Path(cli.workspace) / "ado-token.json"
    assert TOKEN.encode() not in kept.read_bytes() and json.loads(kept.read_text())["format"] == "attest-ado-token"
    assert cli("ado", "pull", "--plan", "7")[0] == 0  # the token is read back with the passphrase
    monkeypatch.setenv("ATTEST_PASSPHRASE", "wrong")
    status, _out, err = cli("ado", "pull", "--plan", "7")
    assert status == 2 and "wrong passphrase" in err
    for path in Path(cli.workspace).rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_a_publish_killed_between_two_attachments_resumes_without_duplicates(cli, ado, monkeypatch,
                                                                              tmp_path: Path) -> None:  # noqa: ANN001
    """The real thing: `attest ado publish` in its own process, killed (SIGKILL) while ADO holds its second
    upload; publishing again sends the rest, each file once, byte for byte the stored evidence."""
    import hashlib
    import os
    import signal
    import subprocess
    import sys

    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())  # the child has no test keyring: the passphrase file
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "passed", "passed"))
    ado.hold_after = 1
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "ATTEST_PASSPHRASE": "correct horse battery staple"}
    log = tmp_path / "child.log"
    with log.open("wb") as output:
        child = subprocess.Popen([sys.executable, "-m", "attest.cli.main", "--workspace", str(cli.workspace), "ado",
                                  "publish", run], env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            assert ado.holding.wait(120), log.read_text()
            child.send_signal(signal.SIGKILL)
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(30)
    assert len(ado.attachments) == 1 and len(ado.runs) == 1
    ado.hold_after = None
    ado.release.set()
    status, out, err = cli("ado", "publish", run, "--json")
    assert status == 0, err
    assert json.loads(out)["already"] == 1 and len(ado.runs) == 1
    names = sorted(a["fileName"] for a in ado.attachments)
    assert names == ["SIT_COS_01_run1_evidence.docx", "portal.png", "response.json"]
    shown = json.loads(cli("run", "show", run, "--json")[1])
    stored = {e["name"]: e["sha256"] for s in shown["steps"] for e in s["evidence"]}
    for attachment in ado.attachments:
        if attachment["fileName"] in stored:
            assert hashlib.sha256(attachment["data"]).hexdigest() == stored[attachment["fileName"]]
    assert cli("audit", "verify")[0] == 0


@pytest.mark.parametrize(("option", "value"), [("--area", "MHHS\\SIT\\PL9  8BG"), ("--iteration", "MHHS\\Sprint 4\\19.1264.1091.495"),
                                               ("--iteration", "Sprint 4 1321_315043314"), ("--project", f"Trial {MPAN}")])
def test_a_connection_setting_holding_an_identifier_is_refused_unechoed_and_nothing_kept(cli, ado, monkeypatch,  # noqa: ANN001
                                                                                        option: str, value: str) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    args = {"--org": ado.org_url, "--project": PROJECT, option: value}
    status, _out, err = cli("ado", "connect", *[part for pair in args.items() for part in pair], "--token-stdin")
    assert status == 2 and option in err and "identifier" in err, err
    assert not any(piece in err for piece in ("8BG", "1264", "315043314", MPAN)) and "Traceback" not in err
    assert not ado.requests  # refused before anything was sent
    database = sqlite3.connect(Path(cli.workspace) / "attest.db").iterdump() if (Path(cli.workspace) / "attest.db").exists() else []
    assert not any("8BG" in line or "315043314" in line for line in database)


def test_an_answer_without_the_id_of_what_it_made_is_one_clear_error(cli, ado, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    run = _pulled_run(cli, ado, monkeypatch, tmp_path, ("passed", "passed", "passed", "passed"))
    ado.fail("test/runs", 200)  # a proxy's page, or a server of another version: 200 and no id
    status, _out, err = cli("ado", "publish", run)
    assert status != 0 and "without the id" in err and "internal error" not in err and "Traceback" not in err, err
    status, _out, err = cli("ado", "publish", run)  # the next publish goes through
    assert status == 0, err
