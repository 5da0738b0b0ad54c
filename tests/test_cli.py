"""The command line as a tester or a CI script uses it: outputs, JSON shapes, errors and exit codes."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from attest import __version__
from conftest import png_bytes

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def test_console_script_version_and_help() -> None:
    exe = Path(sys.executable).with_name("attest")
    done = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"attest {__version__}"
    done = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=True)
    for command in ("import", "cases", "case", "run", "runs", "audit", "demo"):
        assert command in done.stdout


def test_import_prints_one_line_per_case(cli, examples: Path) -> None:
    status, out, err = cli("import", str(examples / "mhhs_qualification.yaml"), str(examples / "ado_test_cases.csv"))
    assert status == 0
    lines = [line.split("\t") for line in out.strip().split("\n")]
    assert [line[1:] for line in lines] == [
        ["FM_TS_1_TC_01", "Forward migration of a legacy MPAN to MHHS arrangements", "4 steps"],
        ["COS_TS_2_TC_03", "Change of supplier on a migrated MPAN with a SMETS2 meter", "3 steps"],
        ["SIT_SM_TC_101", "Install and commission a SMETS2 electricity meter", "3 steps"],
        ["SIT_SM_TC_102", "Read the instantaneous import register", "2 steps"],
        ["ADO-40230", "Prepayment top-up applied to a gas meter", "2 steps"],
    ]
    assert all(line[0].isdigit() for line in lines)
    assert "mhhs_qualification.yaml: Attest YAML, 2 case(s): 2 new" in err


def test_import_json_and_reimport_versions(cli, examples: Path, tmp_path: Path) -> None:
    status, out, _ = cli("import", "--json", str(examples / "mhhs_qualification.yaml"))
    listed = json.loads(out)
    assert status == 0 and listed[0] == {"id": listed[0]["id"], "reference": "FM_TS_1_TC_01",
                                         "title": "Forward migration of a legacy MPAN to MHHS arrangements", "steps": 4}
    status, _, err = cli("import", str(examples / "mhhs_qualification.yaml"))
    assert "2 unchanged" in err
    changed = tmp_path / "changed.yaml"
    changed.write_text((examples / "mhhs_qualification.yaml").read_text().replace(
        "record its MPAN reference.", "record its MPAN reference in the run."))
    status, out, err = cli("import", str(changed))
    assert status == 0 and "1 new version, 1 unchanged" in err
    _, out, _ = cli("case", "show", "FM_TS_1_TC_01", "--json")
    shown = json.loads(out)
    assert shown["version"] == 2 and shown["steps"][0]["action"].endswith("in the run.")


def test_bad_file_exit_2_with_place_and_nothing_imported(cli, examples: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n"
                   "1,Test Case,TC_1 Good,,,\n,,,1,do,done\n"
                   "2,Test Case,TC_2 Empty,,,\n", encoding="utf-8")
    status, out, err = cli("import", str(bad), str(examples / "mhhs_qualification.yaml"))
    assert status == 2
    assert f"attest: error: {bad}: line 4: test case TC_2 (ID 2) has no steps" in err
    assert "Traceback" not in err
    assert "FM_TS_1_TC_01" in out  # the good file still went in
    _, out, _ = cli("cases", "--json")
    assert "TC_1" not in [c["reference"] for c in json.loads(out)]  # one transaction per file: none of bad.csv


def test_a_whole_run_from_the_command_line(cli, examples: Path, tmp_path: Path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    status, out, err = cli("run", "start", "FM_TS_1_TC_01", "--tester", "Asha", "--environment", "SIT-A")
    assert status == 0 and out.strip().isdigit()
    run = out.strip()
    payload = tmp_path / "IF-031.json"
    payload.write_text('{"messageType": "IF-031"}')
    response = tmp_path / "response.txt"
    response.write_text("HTTP/1.1 202 Accepted")
    shot = tmp_path / "screen.png"
    shot.write_bytes(png_bytes())

    status, out, err = cli("run", "step", run, "--status", "passed", "--actual", "Legacy",
                           "--caption", "Registration screen")
    assert status == 2 and "--caption" in err and "--attach" in err and "Traceback" not in err
    _, out, _ = cli("run", "show", run, "--json")
    assert json.loads(out)["steps"][0]["status"] is None  # refused whole: nothing recorded, nothing lost
    assert cli("run", "step", run, "--status", "passed", "--actual", "Legacy", "--attach", str(shot),
               "--caption", "Registration screen")[0] == 0
    status, out, _ = cli("run", "step", run, "--status", "passed", "--payload", str(payload), "--response",
                         str(response))
    assert status == 0 and out.strip() == f"run {run} step 2 of 4: Passed, 2 evidence item(s), 0 identifier(s) masked"

    status, _, err = cli("run", "step", run, "--status", "passed", "--step", "4")
    assert status == 2
    assert "step 4 is out of order: the next step is 3" in err and '--step 4 --deviation "reason"' in err
    assert cli("run", "step", run, "--status", "failed", "--step", "4", "--deviation", "Tracker down",
               "--actual", "no response")[0] == 0
    status, _, err = cli("run", "step", run, "--status", "passed", "--step", "2")
    assert status == 2 and "step 2 is already recorded (Passed by Asha at 20" in err

    status, out, _ = cli("run", "finish", run)
    assert status == 0 and out.strip() == f"run {run} finished: Failed"
    status, _, err = cli("run", "step", run, "--status", "passed", "--step", "3", "--deviation", "late")
    assert status == 2 and "is finished (Failed at" in err

    status, out, _ = cli("run", "show", run, "--json")
    shown = json.loads(out)
    assert set(shown) >= {"id", "case", "reference", "status", "tester", "started_at", "finished_at", "steps"}
    assert (shown["id"], shown["reference"], shown["status"], shown["tester"]) == (int(run), "FM_TS_1_TC_01",
                                                                                 "failed", "Asha")
    assert ISO_UTC.match(shown["started_at"]) and ISO_UTC.match(shown["finished_at"])
    steps = shown["steps"]
    assert [s["status"] for s in steps] == ["passed", "passed", None, "failed"]
    assert set(steps[0]) >= {"index", "action", "expected", "status", "actual", "recorded_at", "evidence"}
    assert steps[0]["evidence"] == [{"id": 1, "sha256": steps[0]["evidence"][0]["sha256"], "kind": "screenshot",
                                     "name": "screen.png", "caption": "Registration screen",
                                     "redaction": "redacted", "annotations": [],
                                     # "The MPAN is in legacy state…" names nothing a screen shows: not looked for
                                     "expected_seen": None, "expected": None}]
    assert steps[0]["expected_seen"] is None
    assert [e["kind"] for e in steps[1]["evidence"]] == ["payload", "response"]
    assert ISO_UTC.match(steps[3]["recorded_at"]) and steps[2]["recorded_at"] is None
    assert shown["deviations"][0]["reason"] == "Tracker down"

    _, out, _ = cli("runs", "--json")
    assert [(r["id"], r["status"]) for r in json.loads(out)] == [(int(run), "failed")]
    status, out, _ = cli("audit", "verify")
    assert status == 0 and re.match(r"audit log intact: \d+ entries", out)


def test_missing_attachment_records_nothing(cli, examples: Path, tmp_path: Path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    run = cli("run", "start", "FM_TS_1_TC_01")[1].strip()
    status, _, err = cli("run", "step", run, "--status", "passed", "--attach", str(tmp_path / "nope.png"))
    assert status == 2 and "nope.png: file not found; nothing attached" in err
    shown = json.loads(cli("run", "show", run, "--json")[1])
    assert shown["steps"][0]["status"] is None


def test_unknown_things_are_named(cli) -> None:
    status, _, err = cli("run", "show", "42")
    assert status == 2 and "no run 42" in err
    status, _, err = cli("run", "start", "NOPE_TC")
    assert status == 2 and "no test case with id or reference 'NOPE_TC'" in err
    status, _, err = cli("import", "--format", "ado-csv", "/definitely/not/here.csv")
    assert status == 2 and "not/here.csv: file not found" in err


def test_messages_never_quote_an_identifier_back(cli, tmp_path: Path) -> None:
    """Whatever a command is given that holds an identifier (a path, a run id, a stray argument), its
    error names the place and the kind, not the value: messages are pasted into tickets and chats."""
    folder = tmp_path / "site RG1 2AB"
    for args in (("run", "show", "1200023305967"),
                 ("import", str(folder / "s06ds123456_cases.yaml")),
                 ("redact", str(folder / "1200023305967.json"), "--out", str(tmp_path / "out"))):
        status, out, err = cli(*args)
        assert status == 2 and err.startswith("attest: error:"), err
        squeezed = re.sub(r"[^0-9A-Z]", "", (out + err).upper())
        for value in ("1200023305967", "S06DS123456", "RG12AB"):
            assert value not in squeezed, (args, err)


def test_redacted_copies_are_named_redacted_and_never_overwrite_each_other(cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for serial in ("s06ds123456", "S07DS654321"):
        (inputs / f"{serial}-log.txt").write_text(f"meter {serial} read\n", encoding="utf-8")
    report = tmp_path / "r.json"
    status, out, err = cli("redact", *sorted(str(p) for p in inputs.iterdir()), "--out", str(tmp_path / "out"),
                           "--report", str(report))
    assert status == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["[MSN-1]-log (2).txt", "[MSN-1]-log.txt"]
    entries = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [e["input"] for e in entries] == [1, 2]
    squeezed = re.sub(r"[^0-9A-Z]", "", (out + report.read_text(encoding="utf-8")).upper())
    assert "S06DS123456" not in squeezed and "S07DS654321" not in squeezed


def test_inputs_redacted_together_mask_each_others_values(cli, tmp_path: Path) -> None:
    """A name found under customerName in the second input is masked where the first has it bare."""
    first, second = tmp_path / "harness.log", tmp_path / "request.json"
    first.write_text("09:01 callback booked for JANE SMITHERS\n", encoding="utf-8")
    second.write_text('{"customerName": "Jane Smithers", "status": "OK"}', encoding="utf-8")
    third = tmp_path / "notes.txt"
    third.write_text("spoke to jane smithers again\n", encoding="utf-8")
    status, out, err = cli("redact", str(first), str(second), str(third), "--out", str(tmp_path / "out"))
    assert status == 0, err
    copies = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()}
    assert copies == {"harness.log": "09:01 callback booked for [NAME-1]\n",
                      "request.json": '{"customerName": "[NAME-1]", "status": "OK"}',
                      "notes.txt": "spoke to [NAME-1] again\n"}
    assert out.index("harness.log") < out.index("request.json") < out.index("notes.txt")


def test_bad_arguments_exit_2(cli) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("run", "step", "1", "--status", "great")
    assert caught.value.code == 2


def test_audit_verify_names_the_broken_entry(cli, examples: Path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    conn = sqlite3.connect(str(cli.workspace / "attest.db"))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    status, out, _ = cli("audit", "verify")
    assert status == 1 and "audit log BROKEN at entry 2" in out


def test_demo_fills_a_workspace_and_records_a_run(cli) -> None:
    status, out, _ = cli("demo")
    assert status == 0
    assert "imported 2 case(s) from mhhs_qualification.yaml" in out
    assert re.search(r"finished run \d+: Passed; audit log intact", out)
    shown = json.loads(cli("run", "show", "1", "--json")[1])
    assert [s["status"] for s in shown["steps"]] == ["passed"] * 4
    assert sum(len(s["evidence"]) for s in shown["steps"]) == 5
    assert len(json.loads(cli("cases", "--json")[1])) >= 5
    pack = Path(re.search(r"evidence pack: (\S+\.docx)", out).group(1))
    assert pack.exists()
    verified = cli("verify", str(pack))[1].splitlines()
    assert verified[0].startswith("verified: 5 items; signed by key SHA256:")
    assert verified[1] == "the key is the workspace's own and its audit log records building this very document"
    assert cli("scan", str(pack))[0] == 0
    # the demo's own screenshot keeps its labels and its title: only the values are masked (its
    # "Settlement arrangement" label had been taken for the serial's value below "Meter serial", and the
    # title's "details" for the MPAN's)
    import sqlite3

    masks = json.loads(sqlite3.connect(cli.workspace / "attest.db").execute(
        "SELECT masks FROM evidence_items WHERE name = 'registration_before.png'").fetchone()[0])
    assert masks and all(m["box"][0] >= 300 and m["box"][1] >= 90 for m in masks), masks


def test_demo_run_again_in_the_same_folder_records_another_run(cli) -> None:
    """A newcomer who runs the demo twice gets a second run in the same plan, not an error half way through."""
    assert cli("demo")[0] == 0
    status, out, err = cli("demo")
    assert status == 0, err
    assert "made by an earlier demo" in out and re.search(r"finished run 2: Passed", out)
    plans = json.loads(cli("plan", "list", "--json")[1])
    assert [p["name"] for p in plans] == ["Demo QT cycle 1"]
    assert cli("plan", "check", str(plans[0]["id"]))[1].count("Planned tests executed") == 1
    assert Path(re.search(r"evidence pack: (\S+\.docx)", out).group(1)).name.endswith("_run2_evidence.docx")


def test_demo_defaults_to_its_own_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from attest.cli.demo import demo_workspace_dir
    from attest.cli.main import main

    assert main(["demo"]) == 0
    assert f"Demo workspace: {demo_workspace_dir()}" in capsys.readouterr().out
    assert (demo_workspace_dir() / "attest.db").exists()
    assert str(demo_workspace_dir()).startswith(str(Path.home()))


def test_audit_verify_names_data_changed_behind_the_logs_back(cli, examples: Path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    run = cli("run", "start", "FM_TS_1_TC_01")[1].strip()
    cli("run", "step", run, "--status", "failed")
    conn = sqlite3.connect(str(cli.workspace / "attest.db"))
    conn.execute("UPDATE step_results SET status = 'passed'")
    conn.commit()
    conn.close()
    status, out, _ = cli("audit", "verify")
    assert status == 1
    assert "audit log intact" in out and "workspace DISAGREES with its audit log (1 problem(s))" in out
    assert "status is 'passed' but audit entry" in out


def test_import_output_stays_one_record_per_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "multi.yaml"
    path.write_text("attest: 1\ncase:\n  reference: TC_1\n  title: |\n    First line\n    second\tline\n"
                    "  steps: [a]\n")
    status, out, _ = cli("import", str(path))
    assert status == 0
    assert out.split("\n")[0].split("\t")[1:] == ["TC_1", "First line second line", "1 steps"]


def test_an_item_that_cannot_be_redacted_is_refused_and_nothing_recorded(cli, examples: Path, tmp_path: Path) -> None:
    cli("import", str(examples / "mhhs_qualification.yaml"))
    run = cli("run", "start", "FM_TS_1_TC_01")[1].strip()
    pdf = tmp_path / "bill.pdf"
    pdf.write_bytes(b"%PDF-1.7\nMPAN 1200023305967\n")
    status, _, err = cli("run", "step", run, "--status", "passed", "--attach", str(pdf))
    assert status == 2 and "bill.pdf: is a PDF; Attest redacts text and images only" in err
    assert "nothing was stored" in err and "Traceback" not in err
    assert json.loads(cli("run", "show", run, "--json")[1])["steps"][0]["status"] is None
    assert not [p for p in (cli.workspace / "evidence").rglob("*") if p.is_file()]


def test_which_workspace_the_app_opens(tmp_path: Path) -> None:
    """--workspace, then $ATTEST_WORKSPACE, then the folder chosen in the app's settings; with none of
    them and nothing yet in the default folder, a first launch opens the demo."""
    from attest.cli.demo import demo_workspace_dir
    from attest.cli.main import main

    opened: list[tuple[Path, bool]] = []

    def open_app(root: Path, *, smoke: bool, first_launch: bool) -> int:
        opened.append((root, first_launch))
        return 0

    chosen = tmp_path / "chosen"
    assert main([], open_app=open_app, preferred_workspace=lambda: chosen) == 0
    assert opened[-1] == (chosen, False) and not (demo_workspace_dir() / "attest.db").exists()
    assert main(["--workspace", str(tmp_path / "named"), "gui"], open_app=open_app,
                preferred_workspace=lambda: chosen) == 0
    assert opened[-1] == (tmp_path / "named", False)
    assert main(["gui"], open_app=open_app, preferred_workspace=lambda: None) == 0
    assert opened[-1] == (demo_workspace_dir(), True) and (demo_workspace_dir() / "attest.db").exists()


def test_workspace_may_come_after_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from attest.cli.main import main

    assert main(["cases", "--workspace", str(tmp_path / "late")]) == 0
    assert (tmp_path / "late" / "attest.db").exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["cases", "--bogus"])
    assert exit_info.value.code == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err
