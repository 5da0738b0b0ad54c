"""Write ``tests/data/audit_log_v1_untyped.sql``: a workspace whose audit log holds every kind of entry,
as the code before typed audit events (``core/audit_events.py``) wrote them.

Kept so the fixture can be rebuilt and read: ``python tests/make_audit_fixture.py``. It drives the CLI
in a scratch folder with an in-memory keyring; the dump holds the database only (no evidence files).
Rebuilding it with today's code proves nothing about the old format; the committed dump is the record.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "data" / "audit_log_v1_untyped.sql"


def build(root: Path) -> Path:
    """Every kind of audit entry, written through the CLI into ``root/ws``; returns the workspace."""
    from conftest import png_bytes

    from attest.cli.main import main as attest

    ws = root / "ws"

    def run(*args: str) -> None:
        status = attest(["--workspace", str(ws), *args])
        if status != 0:
            raise SystemExit(f"attest {' '.join(args)} exited {status}")

    (root / "cases.yaml").write_text(
        "attest: 1\ncases:\n"
        "  - reference: AUD_TC_01\n    title: Audit fixture\n    steps:\n"
        "      - {action: Open the portal, expected: Portal shown}\n"
        "      - {action: Send the flow, expected: Accepted}\n"
        "      - {action: Check the result, expected: Result shown}\n",
        encoding="utf-8")
    (root / "screen.png").write_bytes(png_bytes(200, 100))
    (root / "payload.json").write_text('{"mpan": "1200023305967", "note": "hello"}', encoding="utf-8")
    (root / "register.csv").write_text("kind,value,reference\nserial,19M0123456,SER001\n", encoding="utf-8")
    run("import", str(root / "cases.yaml"))
    run("settings", "originals", "encrypted")
    run("register", "add", "--kind", "mpan", "1200023305967", "--ref", "MPAN001")
    run("register", "import", str(root / "register.csv"))
    # run 1: unwitnessed, with evidence, annotations, masks, an amendment, a deviation, a defect
    run("run", "start", "AUD_TC_01", "--tester", "Asha Patel", "--environment", "SIT-A", "--data", "MPAN001")
    run("run", "step", "1", "--status", "passed", "--actual", "Portal shown", "--attach", str(root / "screen.png"),
        "--payload", str(root / "payload.json"), "--caption", "The portal")
    run("evidence", "annotate", "1", "--box", "10,10,50,20:Here", "--by", "Asha Patel")
    run("evidence", "mask", "1", "--add", "100,10,150,40", "--by", "Asha Patel")
    run("run", "amend", "1", "--step", "2", "--action", "Send the D0150 flow", "--reason", "Typo in the script")
    run("run", "step", "1", "--status", "failed", "--step", "3", "--deviation", "Step 2 tracker down",
        "--actual", "Error shown")
    run("run", "observe", "1", "Tracker slow", "--step", "3", "--by", "Asha Patel")
    run("run", "defect", "1", "No correlation id", "--severity", "S3", "--priority", "P2", "--step", "3",
        "--by", "Asha Patel")
    run("run", "finish", "1")
    run("pack", "1", "--out", str(root / "AUD_TC_01_evidence.docx"))
    # run 2: witnessed, with participants, a query and its response, a promoted candidate, a wash-up
    run("run", "start", "AUD_TC_01", "--witnessed", "--purpose", "DCC witness test", "--tester", "Asha Patel",
        "--participant", "witness:Dev Rao:DCC")
    run("run", "participant", "2", "--name", "Sam Lee", "--org", "Elexon", "--role", "observer")
    run("run", "step", "2", "--status", "passed", "--actual", "ok")
    run("run", "observe", "2", "--kind", "query", "--text", "Why this screen?", "--by", "Dev Rao", "--step", "1")
    run("run", "respond", "2", "--text", "It is the portal", "--by", "Asha Patel")
    run("run", "observe", "2", "--kind", "defect-candidate", "--text", "Slow reply", "--by", "Dev Rao")
    run("run", "promote", "3", "--severity", "S4", "--priority", "P3", "--by", "Asha Patel")
    # since schema v8 accepting a run that did not pass needs a note (kept as one more observation;
    # test_audit_events leaves that entry out when it compares with the log the older code wrote)
    run("run", "washup", "2", "--outcome", "accepted-with-observations", "--signed-by", "Dev Rao",
        "--action", "2=Re-check the portal", "--note", "Steps 2 and 3 are covered by run 1")
    run("witness", "report", "2", "--out", str(root / "witness_report.docx"))
    run("audit", "verify")
    return ws


def main() -> int:
    import keyring

    sys.path.insert(0, str(HERE))
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as scratch:
        ws = build(Path(scratch))
        conn = sqlite3.connect(str(ws / "attest.db"))
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        kinds = sorted({r[0] for r in conn.execute("SELECT action FROM audit_log")})
        OUT.write_text("\n".join(conn.iterdump()) + "\n", encoding="utf-8")
        conn.close()
    print(f"wrote {OUT} with {len(kinds)} kinds of entry: {', '.join(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
