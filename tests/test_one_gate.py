"""Issue 12, "one gate": every CLI command that takes text, driven with identifiers in each field.

Free text is stored redacted; identity fields (--by, --tester, participant names, --signed-by, --ref,
--data) refuse an identifier with exit 2 and never echo it. Afterwards the workspace's database (with
its write-ahead log, so the audit log too), the evidence pack and the witness report are read as bytes,
normalised (letters and digits only, upper case) and searched for each identifier, normalised the same
way.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import png_bytes
from leakcheck import IDENTIFIERS, docx_bytes, leaks, workspace_bytes
TEXT = "seen 1200023305967 and s06ds123456 (also S06DS123456) at RG1 2AB, hub 00-1B-C5-0C-00-00-12-34"


CASE_YAML = f"""attest: 1
cases:
  - reference: GATE-01
    title: Gate check for {TEXT}
    description: Imported text holding {TEXT}
    steps:
      - action: Open the account ({TEXT}).
        expected: The account shows {TEXT}.
      - action: Second step.
        expected: Done.
      - action: Third step.
        expected: Done.
"""


@pytest.fixture
def gate_cli(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``cli`` that also checks a refusal: exit 2, the field named, no identifier echoed."""

    def refused(field: str, *args: str) -> None:
        status, out, err = cli(*args)
        assert status == 2, (args, out, err)
        assert field in err, err
        assert leaks(out + err) == [], (args, err)

    cli.refused = refused  # type: ignore[attr-defined]
    return cli


def test_every_command_keeps_identifiers_out_of_the_workspace_and_the_exports(gate_cli, tmp_path: Path) -> None:
    cli = gate_cli
    case_file = tmp_path / "1200023305967_case.yaml"
    case_file.write_text(CASE_YAML, encoding="utf-8")
    status, _out, err = cli("import", str(case_file))
    assert status == 0, err
    assert "case GATE-01: the title held an identifier" in err and leaks(err.replace(str(case_file), "")) == []

    # register: the reference is never an identifier; a file named after one leaves no name in the log
    assert cli("register", "add", "--kind", "mpan", "1900001059816", "--ref", "MPAN001")[0] == 0
    for identifier in IDENTIFIERS:
        cli.refused("--ref", "register", "add", "--kind", "mpan", "1000000000009", "--ref", identifier)
    bad_csv = tmp_path / "refs.csv"
    bad_csv.write_text("kind,value,reference\nmsn,Z99ZZ000001,S06DS123456\n", encoding="utf-8")
    cli.refused("line 2", "register", "import", str(bad_csv))
    named = tmp_path / "1200023305967.csv"
    named.write_text("kind,value,reference\nmsn,Z99ZZ000001,MSN001\n", encoding="utf-8")
    assert cli("register", "import", str(named))[0] == 0

    assert cli("settings", "originals", "encrypted")[0] == 0  # so a mask can be removed (with a reason)

    # run start: tester, --data and participants are identity fields; environment and purpose free text
    for identifier in IDENTIFIERS:
        cli.refused("--tester", "run", "start", "GATE-01", "--tester", identifier)
        cli.refused("--data", "run", "start", "GATE-01", "--data", identifier)
        cli.refused("--participant", "run", "start", "GATE-01", "--witnessed", "--participant",
                    f"witness:{identifier}:DCC")
    cli.refused("--data", "run", "start", "GATE-01", "--data", "MPAN999")  # not in the register
    status, out, err = cli("run", "start", "GATE-01", "--tester", "Asha Patel", "--environment", TEXT,
                           "--data", "MPAN001", "--witnessed", "--purpose", TEXT,
                           "--participant", f"witness:Dev Rao:{TEXT}", "--participant", "observer:Kim Lee")
    assert status == 0, err
    run = out.strip()

    # a step with evidence named after identifiers, a caption and an actual result holding them
    shot = tmp_path / "1200023305967_s06ds123456.png"
    shot.write_bytes(png_bytes(200, 120))
    payload = tmp_path / "RG1 2AB payload.txt"
    payload.write_text(f"request for {TEXT}\n", encoding="utf-8")
    for identifier in IDENTIFIERS:
        cli.refused("--by", "run", "step", run, "--status", "passed", "--by", identifier)
    status, out, err = cli("run", "step", run, "--status", "passed", "--actual", TEXT, "--caption", TEXT,
                           "--attach", str(shot), "--payload", str(payload), "--by", "Asha Patel")
    assert status == 0, err
    status, _out, err = cli("run", "step", run, "--status", "failed", "--step", "3", "--deviation", TEXT)
    assert status == 0, err

    status, shown, _err = cli("run", "show", run, "--json")
    import json

    items = [e for s in json.loads(shown)["steps"] for e in s["evidence"]]
    screenshot = str(next(e["id"] for e in items if e["kind"] == "screenshot"))

    # observations, a response, a promoted defect candidate, a defect
    for identifier in IDENTIFIERS:
        cli.refused("--by", "run", "observe", run, "--text", TEXT, "--by", identifier)
    status, out, err = cli("run", "observe", run, "--kind", "query", "--text", TEXT, "--by", "Dev Rao", "--step", "1")
    assert status == 0, err
    query = re.search(r"observation (\d+)", out).group(1)  # type: ignore[union-attr]
    for identifier in IDENTIFIERS:
        cli.refused("--by", "run", "respond", query, "--text", TEXT, "--by", identifier)
    assert cli("run", "respond", query, "--text", TEXT)[0] == 0
    status, out, _err = cli("run", "observe", run, "--kind", "defect-candidate", "--text", TEXT, "--by", "Dev Rao")
    candidate = re.search(r"observation (\d+)", out).group(1)  # type: ignore[union-attr]
    assert cli("run", "promote", candidate, "--severity", "S3", "--priority", "P2", "--title", TEXT)[0] == 0
    for identifier in IDENTIFIERS:
        cli.refused("--by", "run", "defect", run, "--severity", "S2", "--priority", "P2", "--by", identifier, TEXT)
    assert cli("run", "defect", run, "--severity", "S2", "--priority", "P2", "--description", TEXT, TEXT)[0] == 0

    # annotations and masks on the screenshot
    for identifier in IDENTIFIERS:
        cli.refused("--by", "evidence", "annotate", screenshot, "--text", f"10,10:{TEXT}", "--by", identifier)
    status, _out, err = cli("evidence", "annotate", screenshot, "--text", f"10,10:{TEXT}", "--box", f"5,5,50,20:{TEXT}")
    assert status == 0, err
    assert cli("evidence", "mask", screenshot, "--add", "10,10,60,40")[0] == 0
    status, out, err = cli("evidence", "mask", screenshot)
    number = str(len(out.strip().splitlines()))
    status, _out, err = cli("evidence", "mask", screenshot, "--remove", number, "--reason", TEXT)
    assert status == 0, err

    # the wash-up: the signatory is an identity field, the agreed actions free text
    for identifier in IDENTIFIERS:
        cli.refused("--signed-by", "run", "washup", run, "--outcome", "accepted-with-observations",
                    "--signed-by", identifier)
    status, _out, err = cli("run", "washup", run, "--outcome", "accepted-with-observations", "--signed-by",
                            "Dev Rao", "--action", f"{query}={TEXT}")
    assert status == 0, err

    # a plain run: amending a step's text, finishing
    status, out, err = cli("run", "start", "GATE-01", "--environment", TEXT)
    assert status == 0, err
    plain = out.strip()
    for identifier in IDENTIFIERS:
        cli.refused("--by", "run", "amend", plain, "--step", "1", "--action", TEXT, "--reason", TEXT,
                    "--by", identifier)
    status, _out, err = cli("run", "amend", plain, "--step", "1", "--action", TEXT, "--expected", TEXT,
                            "--reason", TEXT)
    assert status == 0, err
    assert cli("run", "step", plain, "--status", "passed", "--actual", TEXT)[0] == 0
    assert cli("run", "finish", plain)[0] == 0

    # The exports are written (the redacted texts are no identifier to their leak scan) and hold none
    pack, report = tmp_path / "pack.docx", tmp_path / "report.docx"
    for command, target in ((("pack", run), pack), (("witness", "report", run), report)):
        status, out, err = cli(*command, "--out", str(target))
        assert status == 0 and leaks(out + err) == [], err
        assert target.exists()

    root = cli.workspace
    dumped = workspace_bytes(root)
    assert leaks(dumped) == [], [line for line in dumped.decode("latin-1").splitlines() if leaks(line)][:3]
    for target in (pack, report):
        assert not target.exists() or leaks(docx_bytes(target)) == []
    with sqlite3.connect(root / "attest.db") as conn:
        audit = " ".join(str(row) for row in conn.execute("SELECT actor, entity_id, details FROM audit_log"))
    assert leaks(audit) == [] and str(tmp_path) not in audit  # no raw path in the log either
    status, out, _err = cli("audit", "verify")
    assert status == 0, out
