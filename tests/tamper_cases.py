"""Helpers for tests/test_tamper.py: build one realistic workspace through the CLI, and tamper with it
the way someone holding only the files would (sqlite3, zipfile, a hash-chain guess, a key of their own).

Written from issue 16 and the user-facing docs only: nothing here knows how Attest checks its log or
signs its packs. Every guess about a format (the audit chain, the manifest signature) is made the way
an attacker would make it: by fitting candidates against what the files hold.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import io
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import traceback
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

HEX64 = re.compile(r"^[0-9a-f]{64}$")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
ENVIRONMENT_VARS = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


# --------------------------------------------------------------------------------------------- CLI


@dataclass
class Result:
    status: int | None  # None: the command raised (a crash, not a verdict)
    out: str
    err: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return f"{self.out}\n{self.err}"

    def show(self) -> str:
        status = "CRASHED" if self.status is None else f"exit {self.status}"
        body = (self.out.strip() + ("\n" if self.out.strip() else "") + self.err.strip()).strip()
        if len(body) > 3000:
            body = body[:1500] + "\n  [...]\n" + body[-1500:]
        return f"`attest {' '.join(self.args)}` -> {status}\n" + "\n".join("    | " + line for line in body.splitlines())


def cli(*args: str, stdin: str | None = None) -> Result:
    """`attest ARGS` in this process (the in-memory keyring is only visible here), output captured;
    `stdin` is what the command reads from standard input (a token given with --token-stdin)."""
    from attest.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    try:
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(a) for a in args])
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except Exception:  # noqa: BLE001 - a crash is reported as such, never taken for a verdict
        status = None
        err.write(traceback.format_exc())
    finally:
        sys.stdin = saved_stdin
    return Result(status, out.getvalue(), err.getvalue(), tuple(str(a) for a in args))


def must(result: Result) -> Result:
    if result.status != 0:
        raise AssertionError("building the base workspace failed:\n" + result.show())
    return result


# --------------------------------------------------------------------------------------- the build


def png(width: int, height: int, colour: str, label: str = "") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, width - 10, 40), outline="black", width=2)
    if label:
        draw.text((16, 18), label, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class Base:
    """The pristine tree (never touched by a test) and the live tree each test gets a fresh copy of, at
    the same absolute paths, so that anything Attest keeps outside the workspace (user data folder,
    keyring) still refers to it."""

    root: Path
    passwords: dict[tuple[str, str], str]
    main_run: int
    witnessed_run: int
    demo_run: int
    ids: dict[str, Any] = field(default_factory=dict)

    @property
    def pristine(self) -> Path:
        return self.root / "pristine"

    @property
    def live(self) -> Path:
        return self.root / "live"

    @property
    def ws(self) -> Path:
        return self.live / "ws"

    @property
    def ws_b(self) -> Path:
        return self.live / "ws_b"

    @property
    def home(self) -> Path:
        return self.live / "home"

    @property
    def out(self) -> Path:
        return self.live / "out"

    @property
    def pack(self) -> Path:
        return self.out / "main_evidence.docx"

    @property
    def pack_b(self) -> Path:
        return self.out / "b_evidence.docx"

    @property
    def witness_report(self) -> Path:
        return self.out / "witness_report.docx"

    @property
    def completion_report(self) -> Path:
        return self.out / "completion_report.docx"

    def environment(self) -> dict[str, str]:
        return {"HOME": str(self.home), "XDG_DATA_HOME": str(self.home / ".local" / "share"),
                "XDG_CONFIG_HOME": str(self.home / ".config"), "XDG_STATE_HOME": str(self.home / ".local" / "state"),
                "XDG_CACHE_HOME": str(self.home / ".cache")}

    def restore(self) -> None:
        if self.live.exists():
            shutil.rmtree(self.live)
        shutil.copytree(self.pristine, self.live, symlinks=True)

    def db(self, workspace: Path | None = None) -> Path:
        return (workspace or self.ws) / "attest.db"


@contextlib.contextmanager
def machine(environment: dict[str, str], passwords: dict[tuple[str, str], str] | None = None):
    """A user's machine for code outside pytest's fixtures: HOME/XDG folders and an in-memory keyring
    (never the real one), restored after."""
    import keyring

    from attest.core import register_store
    from memory_keyring import MemoryKeyring

    saved_env = {name: os.environ.get(name) for name in (*ENVIRONMENT_VARS, "ATTEST_WORKSPACE", "ATTEST_PASSPHRASE")}
    saved_ring = keyring.get_keyring()
    saved_cost = register_store.KDF_COST
    backend = MemoryKeyring()
    if passwords:
        backend.passwords.update(passwords)
    try:
        os.environ.update(environment)
        os.environ.pop("ATTEST_WORKSPACE", None)
        os.environ.pop("ATTEST_PASSPHRASE", None)
        keyring.set_keyring(backend)
        register_store.KDF_COST = 2**12
        yield backend
    finally:
        keyring.set_keyring(saved_ring)
        register_store.KDF_COST = saved_cost
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def secrets_of(ring: Any) -> dict[tuple[str, str], str]:
    """Everything an in-memory keyring holds, including what tests/memory_keyring.py keeps for the whole
    session outside the instance (a workspace's own key)."""
    import memory_keyring

    found = dict(getattr(memory_keyring, "_SESSION", {}))
    found.update(ring.passwords)
    return found


def _ids(db: Path, sql: str, *params: Any) -> list[Any]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        return [row[0] for row in con.execute(sql, params)]


def _evidence_ids(ws: Path, run: int) -> list[int]:
    shown = json.loads(must(cli("--workspace", ws, "run", "show", run, "--json")).out)
    return [item["id"] for step in shown["steps"] for item in step.get("evidence") or []]


ADO_TOKEN = "pat-tamper-5m8q2r7v"
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
              "no_proxy")


@contextlib.contextmanager
def fake_ado_server():
    """tests/fake_ado.py's local Azure DevOps, holding one test plan: two suites, a case that calls
    Shared Steps (whose steps come with names) and a plain one. Reached directly (no proxy from the
    environment), and shut down (its socket closed) on the way out."""
    from fake_ado import FakeAdo, steps_xml

    saved = {name: os.environ.pop(name) for name in PROXY_VARS if name in os.environ}
    try:
        with FakeAdo() as ado:
            ado.tokens[ADO_TOKEN] = {"vso.test_write", "vso.work_write"}
            ado.add_work_item(950, "Shared Steps", "Wake the meter display",
                              steps=steps_xml(("Press the display button", "The display lights"),
                                              ("Scroll to the import register", "The register is shown")))
            ado.add_work_item(311, "Test Case", "SIT_ADO_TC_01 - Register read on the display after install",
                              steps=steps_xml(950, ("Compare the display with the DCC read", "The values match")))
            ado.add_work_item(312, "Test Case", "Tariff shown after install",
                              steps=steps_xml(("Open the tariff screen", "The tariff is shown")))
            ado.add_plan(70, "ADO regression pack", [
                (701, "Register reads", [(311, "Asha Patel", 7001, "SMETS2 ESME")]),
                (702, "Tariffs", [(312, "Ben Okafor", 7002, "SMETS2 ESME")]),
            ], startDate="2026-11-09T00:00:00Z", endDate="2026-12-11T00:00:00Z")
            yield ado
    finally:
        os.environ.update(saved)


def build(root: Path) -> Base:
    """One realistic workspace made through the CLI: the demo (cases in every format, a plan, a run with
    OCR-redacted screenshots, payloads, an observation, a defect, a pack), then a case re-imported as a
    new version, a second plan with suites, criteria, a run with deviations, an amended step, an
    annotated and masked screenshot, a payload and response, an observation, a defect moved to fixed, a
    retest run that passes and the defect closed on it; a witnessed run with participants, a query
    answered, a defect candidate promoted, a wash-up and its witness report; the plan's completion
    report; a plan pulled from a local fake Azure DevOps (tests/fake_ado.py: ADO links, a case whose
    Shared Steps give its steps names) and a run of that case; and, last of all, the main run's pack. A
    second, small workspace B is made beside it (for swapping). Every table gets rows, and every
    nullable column a value in at least one of them (the column cases are never skipped)."""
    pristine = root / "pristine"
    files = root / "inputs"
    files.mkdir(parents=True)
    base = Base(root=root, passwords={}, main_run=0, witnessed_run=0, demo_run=1)
    # Build in the *live* location (the paths tests will use), then snapshot to pristine.
    ws, ws_b, out, home = base.ws, base.ws_b, base.out, base.home
    out.mkdir(parents=True)
    home.mkdir(parents=True)
    examples = Path(str(resources.files("attest.core") / "examples"))

    shot1, shot2, shot3, shot_b = (files / n for n in ("work_job.png", "sr811_screen.png", "register_read.png", "b_screen.png"))
    shot1.write_bytes(png(320, 120, "white", "Job 4471 Scheduled"))
    shot2.write_bytes(png(300, 110, "lightyellow", "SR 8.11 response E3"))
    shot3.write_bytes(png(280, 100, "lightblue", "Register 00123.4 kWh"))
    shot_b.write_bytes(png(260, 90, "mistyrose", "Legacy arrangement"))
    payload = files / "SR_8_11_request.json"
    payload.write_text(json.dumps({"serviceRequest": "8.11", "requestId": "REQ-77", "body": {"credential": "remote party"}}))
    response = files / "SR_8_11_response.txt"
    response.write_text("HTTP/1.1 200 OK\nstatus: E3 (credentials rejected)\n")
    changed = files / "mhhs_changed.yaml"
    changed.write_text((examples / "mhhs_qualification.yaml").read_text(encoding="utf-8").replace(
        "A registration notification for the new supplier appears in the inbound queue.",
        "A registration notification for the new supplier appears in the inbound queue within 5 minutes."),
        encoding="utf-8")
    assert changed.read_text() != (examples / "mhhs_qualification.yaml").read_text()

    with machine(base.environment()) as ring:
        w = ("--workspace", str(ws))
        must(cli(*w, "demo"))
        plan = "SIT cycle 2"
        must(cli(*w, "plan", "create", plan, "--programme", "MHHS", "--release", "R2.1", "--environment", "SIT-B",
                 "--starts", "2026-11-02", "--ends", "2026-12-18", "--by", "Priya Shah"))
        must(cli(*w, "plan", "suite", plan, "Smart metering", "--by", "Priya Shah"))
        must(cli(*w, "plan", "add", plan, "--suite", "Smart metering", "SIT_SM_TC_101", "SIT_SM_TC_102",
                 "--tester", "Asha Patel", "--configuration", "SMETS2 ESME, DCC SIT-B", "--by", "Priya Shah"))
        must(cli(*w, "plan", "add", plan, "--suite", "Smart metering", "ADO-40230", "--regression", "--by", "Priya Shah"))
        must(cli(*w, "plan", "criteria", plan, "--set", "passed_pct=90", "--set", "threshold.S3=5", "--by", "Priya Shah"))
        must(cli(*w, "import", changed))

        # The main run: deviations, an amended step, a screenshot annotated and masked, payload/response.
        run = int(must(cli(*w, "run", "start", "SIT_SM_TC_101", "--tester", "Asha Patel", "--environment", "SIT-B",
                           "--plan", plan)).out.strip())
        base.main_run = run
        must(cli(*w, "run", "amend", run, "--step", "3", "--action", "Commission the meter and read the device log.",
                 "--reason", "Script step split wrongly in the export", "--by", "Asha Patel"))
        must(cli(*w, "run", "step", run, "--status", "passed", "--actual", "Job reference created, job Scheduled",
                 "--attach", shot1, "--caption", "Work management job"))
        must(cli(*w, "run", "step", run, "--status", "blocked", "--step", "3", "--deviation",
                 "Comms hub ready before the DCC response", "--actual", "Hub not joined yet"))
        must(cli(*w, "run", "step", run, "--status", "failed", "--step", "2", "--deviation", "Back to step 2 once the DCC replied",
                 "--actual", "Response status E3", "--attach", shot2, "--payload", payload, "--response", response,
                 "--caption", "SR 8.11 exchange"))
        items = _evidence_ids(ws, run)
        must(cli(*w, "evidence", "annotate", items[0], "--box", "10,10,200,30:Job status", "--arrow", "250,90,120,30:here",
                 "--by", "Asha Patel"))
        must(cli(*w, "evidence", "mask", items[1], "--add", "200,60,290,100", "--by", "Asha Patel"))
        must(cli(*w, "run", "observe", run, "Tracker slow to refresh after SR 8.11", "--step", "2", "--by", "Asha Patel"))
        must(cli(*w, "run", "defect", run, "SR 8.11 rejected with E3", "--severity", "S2", "--priority", "P1", "--step", "2",
                 "--evidence", items[1], "--description", "Send SR 8.11 for the new ESME; E3 returned", "--by", "Asha Patel"))
        must(cli(*w, "run", "finish", run))
        defect = max(_ids(base.db(), "SELECT id FROM defects"))
        must(cli(*w, "defect", "move", defect, "--to", "fixed", "--reason", "Patched in build 42", "--by", "Priya Shah"))
        # Its retest: a later run of the case that passes, on which the defect is closed (a change with a retest run).
        retest = int(must(cli(*w, "run", "start", "SIT_SM_TC_101", "--tester", "Asha Patel", "--environment", "SIT-B",
                              "--plan", plan, "--retests-defect", defect)).out.strip())
        for n, actual in enumerate(("Job reference created, job Scheduled", "Response status I0",
                                    "ESME listed as Commissioned, no alerts"), start=1):
            must(cli(*w, "run", "step", retest, "--status", "passed", "--step", n, "--actual", actual))
        must(cli(*w, "run", "finish", retest))
        must(cli(*w, "defect", "move", defect, "--to", "closed", "--retest", retest, "--reason", "Retested on build 42",
                 "--by", "Priya Shah"))

        # A witnessed run with its session.
        wrun = int(must(cli(*w, "run", "start", "SIT_SM_TC_102", "--witnessed", "--purpose", "DCC witness test",
                            "--participant", "witness:Dev Rao:DCC", "--tester", "Asha Patel", "--environment", "SIT-B",
                            "--plan", plan)).out.strip())
        base.witnessed_run = wrun
        must(cli(*w, "run", "participant", wrun, "--name", "Mia Chen", "--org", "Elexon", "--role", "observer"))
        must(cli(*w, "run", "step", wrun, "--status", "passed", "--actual", "Response within 12 seconds", "--attach", shot3,
                 "--caption", "Register read"))
        must(cli(*w, "run", "observe", wrun, "--kind", "query", "--text", "Why is the timeout 30 seconds?", "--by", "Dev Rao",
                 "--step", "1"))
        query = max(_ids(base.db(), "SELECT id FROM observations"))
        must(cli(*w, "run", "respond", query, "--text", "The DUIS timeout for SR 4.1.1", "--by", "Asha Patel"))
        must(cli(*w, "run", "observe", wrun, "--kind", "defect-candidate", "--text", "Display rounds the register value",
                 "--by", "Dev Rao", "--step", "2"))
        candidate = max(_ids(base.db(), "SELECT id FROM observations"))
        must(cli(*w, "run", "step", wrun, "--status", "passed", "--actual", "Values match after rounding"))
        must(cli(*w, "run", "promote", candidate, "--severity", "S3", "--priority", "P3", "--by", "Asha Patel"))
        must(cli(*w, "run", "washup", wrun, "--outcome", "accepted-with-observations", "--signed-by", "Dev Rao",
                 "--action", f"{query}=Add the timeout to the script notes"))
        must(cli(*w, "witness", "report", wrun, "--out", base.witness_report))
        must(cli(*w, "report", "completion", plan, "--out", base.completion_report, "--recommendations",
                 "Proceed to the next cycle once the SR 8.11 defect is retested", "--lessons", "Book DCC slots early",
                 "--by", "Priya Shah"))
        # A plan pulled from Azure DevOps (links to its plan, suites, cases, points and Shared Steps), and a
        # run of the case whose steps come from the Shared Steps (the run's steps keep their names).
        with fake_ado_server() as ado:
            must(cli(*w, "ado", "connect", "--org", ado.org_url, "--project", "MHHS Qualification", "--token-stdin",
                     "--by", "Priya Shah", stdin=ADO_TOKEN + "\n"))
            ado_plan = json.loads(must(cli(*w, "ado", "pull", "--plan", "70", "--by", "Priya Shah", "--json")).out)["plan"]
        ado_run = int(must(cli(*w, "run", "start", "SIT_ADO_TC_01", "--tester", "Asha Patel", "--environment", "SIT-B",
                               "--plan", ado_plan)).out.strip())
        for actual in ("The display lights", "Register 00123.4 kWh shown", "The values match"):
            must(cli(*w, "run", "step", ado_run, "--status", "passed", "--actual", actual))
        must(cli(*w, "run", "finish", ado_run))
        # Captures waiting beside a step of a run in progress: the app keeps them in the workspace (core.drafts),
        # sealed rows no audit entry records until the step is (the app's use case; the CLI records at once).
        waiting_run = int(must(cli(*w, "run", "start", "SIT_SM_TC_102", "--tester", "Asha Patel", "--environment",
                                   "SIT-B")).out.strip())
        from attest.core.workspace import Workspace
        from attest.services.evidence import capture_draft

        with Workspace.open(ws) as opened:
            capture_draft(opened, waiting_run, 1, shot2.read_bytes(), "waiting.png")
            capture_draft(opened, waiting_run, 1, b"waiting log line\n", "waiting.log")
        # Reference packs of the other runs (what a cache edit must not change).
        must(cli(*w, "pack", base.demo_run, "--out", out / f"reference_run{base.demo_run}.docx"))
        must(cli(*w, "pack", wrun, "--out", out / f"reference_run{wrun}.docx"))
        # Last of all the pack: its pack.build entry is the log's head (no row of its own to betray a truncation).
        must(cli(*w, "pack", run, "--out", base.pack))

        # Workspace B, small, on the same machine.
        wb = ("--workspace", str(ws_b))
        must(cli(*wb, "import", examples / "mhhs_qualification.yaml"))
        brun = must(cli(*wb, "run", "start", "FM_TS_1_TC_01", "--tester", "Ben Okafor", "--environment", "SIT-C")).out.strip()
        must(cli(*wb, "run", "step", brun, "--status", "passed", "--actual", "Legacy shown", "--attach", shot_b))
        must(cli(*wb, "run", "finish", brun))
        must(cli(*wb, "pack", brun, "--out", base.pack_b))

        base.passwords = secrets_of(ring)
        base.ids = {"defect": defect, "query": query, "candidate": candidate, "items": items, "run_b": int(brun),
                    "retest_run": retest, "ado_plan": ado_plan, "ado_run": ado_run}

    shutil.copytree(base.live, pristine, symlinks=True)
    return base


# --------------------------------------------------------------------------------- the database


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    decltype: str
    notnull: bool
    pk: int


def schema(db: Path) -> dict[str, list[Column]]:
    """Every table and its columns, from sqlite_master and PRAGMA table_info."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: [Column(t, r[1], (r[2] or "").upper(), bool(r[3]), int(r[5]))
                    for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def row_counts(db: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in schema(db)}


@contextlib.contextmanager
def writable(db: Path, table: str | None = None):
    """A connection as an attacker opens it: foreign keys off, the table's triggers dropped for the edit
    and put back exactly as they were after (so the file looks untouched)."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    triggers = [r for r in con.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"
                                       + (" AND tbl_name=?" if table else ""), (table,) if table else ())]
    try:
        con.execute("BEGIN IMMEDIATE")
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        yield con
        for _, sql in triggers:
            con.execute(sql)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def _edit_json(value: Any) -> Any:
    if isinstance(value, dict):
        if not value:
            return {"note": "tampered"}
        keys = sorted(value, key=lambda k: (k == "account", k))
        key = keys[0]
        return {**value, key: _edit_json_scalar(value[key])}
    if isinstance(value, list):
        if not value:
            return ["tampered"]
        return [_edit_json(value[0]) if isinstance(value[0], (dict, list)) else _edit_json_scalar(value[0]), *value[1:]]
    return _edit_json_scalar(value)


def _edit_json_scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if value is None:
        return "tampered"
    if isinstance(value, str):
        return _edit_text(value, [])
    return _edit_json(value)


def _edit_text(value: str, others: list[str]) -> str:
    if HEX64.match(value):
        return value[:-1] + ("0" if value[-1] != "0" else "1")
    if ISO.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            shifted = (moment + timedelta(minutes=7)).isoformat()
            return shifted.replace("+00:00", "Z") if value.endswith("Z") else shifted
        except ValueError:
            pass
    if re.match(r"^\d{4}-\d\d-\d\d$", value):
        return (datetime.fromisoformat(value) + timedelta(days=1)).date().isoformat()
    other = [o for o in others if o != value]
    if other and re.match(r"^[a-z][a-z0-9+_-]{0,30}$", value):  # an enumerated value: take another valid one
        return sorted(other)[0]
    return value + " (edited)"


def mutation_candidates(column: Column, value: Any, others: list[Any], max_value: Any) -> list[tuple[str, Any]]:
    """Type-appropriate edits, the most natural first; later ones are fallbacks for UNIQUE clashes."""
    if value is None:
        if "INT" in column.decltype:
            return [("NULL -> 1", 1), ("NULL -> 2", 2), ("NULL -> 99", 99)]
        return [("NULL -> text", "tampered"), ("NULL -> other text", "tampered twice")]
    if isinstance(value, int):
        candidates = [] if column.pk else [(f"{value} -> {value + 1}", value + 1), (f"{value} -> {value + 2}", value + 2)]
        top = (max_value if isinstance(max_value, int) else value) + 1
        candidates += [(f"{value} -> {top} (max+1)", top), (f"{value} -> {top + 100}", top + 100)]
        return candidates
    if isinstance(value, float):
        return [(f"{value} -> {value + 1}", value + 1)]
    if isinstance(value, bytes):
        return [("blob altered", value + b"\0")]
    text = str(value)
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        else:
            edited = json.dumps(_edit_json(parsed), separators=(",", ":"), sort_keys=isinstance(parsed, dict))
            return [(f"JSON edited: {_short(text)} -> {_short(edited)}", edited),
                    ("JSON text altered", text + " ")]
    edited = _edit_text(text, [str(o) for o in others if isinstance(o, str)])
    return [(f"text {_short(text)} -> {_short(edited)}", edited), ("text altered", text + " (edited again)")]


def _short(text: str, n: int = 60) -> str:
    text = text.replace("\n", "\\n")
    return repr(text if len(text) <= n else text[: n - 3] + "...")


def null_column(db: Path, column: Column) -> tuple[str, set[str]] | None:
    """Set `column` to NULL in the first row holding a value (None when no row holds one)."""
    with writable(db, column.table) as con:
        quoted = f'"{column.name}"'
        found = con.execute(f'SELECT rowid, {quoted} FROM "{column.table}" WHERE {quoted} IS NOT NULL ORDER BY rowid LIMIT 1').fetchone()
        if found is None:
            return None
        rowid, value = found
        key, key_words = _row_key(con, column.table, rowid)
        con.execute(f'UPDATE "{column.table}" SET {quoted}=NULL WHERE rowid=?', (rowid,))
        return f"{column.table}.{column.name} of row {key}: {_short(str(value))} -> NULL", key_words


def mutate_column(db: Path, column: Column) -> tuple[str, set[str]]:
    """Change `column` in one row of its table (the first row holding a value, else the first row).
    Returns a description of what was changed and the words that name the row (its text key)."""
    with writable(db, column.table) as con:
        con.row_factory = None
        quoted = f'"{column.name}"'
        rowid = con.execute(f'SELECT rowid FROM "{column.table}" WHERE {quoted} IS NOT NULL ORDER BY rowid LIMIT 1').fetchone()
        if rowid is None:
            rowid = con.execute(f'SELECT rowid FROM "{column.table}" ORDER BY rowid LIMIT 1').fetchone()
        if rowid is None:
            raise LookupError(f"{column.table} has no rows")
        rowid = rowid[0]
        value = con.execute(f'SELECT {quoted} FROM "{column.table}" WHERE rowid=?', (rowid,)).fetchone()[0]
        others = [r[0] for r in con.execute(f'SELECT DISTINCT {quoted} FROM "{column.table}" LIMIT 50')]
        max_value = con.execute(f'SELECT max({quoted}) FROM "{column.table}"').fetchone()[0]
        key, key_words = _row_key(con, column.table, rowid)
        errors = []
        for description, new in mutation_candidates(column, value, others, max_value):
            try:
                con.execute("SAVEPOINT edit")
                con.execute(f'UPDATE "{column.table}" SET {quoted}=? WHERE rowid=?', (new, rowid))
                con.execute("RELEASE edit")
                return f"{column.table}.{column.name} of row {key}: {description}", key_words
            except sqlite3.DatabaseError as e:
                con.execute("ROLLBACK TO edit")
                con.execute("RELEASE edit")
                errors.append(f"{description}: {e}")
        raise AssertionError(f"could not change {column.table}.{column.name}: {errors}")


def _row_key(con: sqlite3.Connection, table: str, rowid: int) -> tuple[str, set[str]]:
    cols = [r for r in con.execute(f'PRAGMA table_info("{table}")')]
    pk = [r[1] for r in sorted(cols, key=lambda r: r[5]) if r[5]]
    if not pk:
        return f"rowid {rowid}", set()
    values = con.execute(f'SELECT {", ".join(chr(34) + p + chr(34) for p in pk)} FROM "{table}" WHERE rowid=?', (rowid,)).fetchone()
    words: set[str] = set()
    for v in values:
        if isinstance(v, str) and not HEX64.match(v):
            words |= {v.lower(), v.replace("_", " ").lower(), *(w for w in re.split(r"[_\W]+", v.lower()) if len(w) > 2)}
    return ", ".join(f"{p}={v!r}" for p, v in zip(pk, values)), words


def audit_rows(db: Path) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        con.row_factory = sqlite3.Row
        return [dict(r) for r in con.execute("SELECT * FROM audit_log ORDER BY seq")]


def subject_words(table: str, column: str | None = None) -> set[str]:
    """What a message may call the thing changed: the table or its subject (singular words), the
    column, or the audit entry."""
    words = {table.lower(), table.replace("_", " ").lower(), "entry", "entries"}
    for part in table.lower().split("_"):
        if len(part) > 2 and part not in {"log"}:
            words.add(part)
            words.add(part[:-1] if part.endswith("s") else part)
    if table == "audit_log":
        words |= {"audit", "chain", "hash"}
    if column:
        words |= {column.lower(), column.replace("_", " ").lower(), column.replace("_", "-").lower()}
    return {w for w in words if w}


def names_any(text: str, words: set[str]) -> bool:
    low = text.lower()
    return any(re.search(r"(?<![a-z])" + re.escape(w), low) for w in words)


# ------------------------------------------------------------------------------- the hash chain


@dataclass
class ChainScheme:
    fields: list[str]
    serialise: str
    ensure_ascii: bool

    def message(self, row: dict[str, Any]) -> bytes:
        values = [row[f] for f in self.fields]
        if self.serialise == "json-list":
            text = json.dumps(values, separators=(",", ":"), ensure_ascii=self.ensure_ascii)
        elif self.serialise == "json-list-spaced":
            text = json.dumps(values, ensure_ascii=self.ensure_ascii)
        elif self.serialise == "json-dict":
            text = json.dumps(dict(zip(self.fields, values)), separators=(",", ":"), sort_keys=True,
                              ensure_ascii=self.ensure_ascii)
        else:
            text = self.serialise.join("" if v is None else str(v) for v in values)
        return text.encode("utf-8")

    def digest(self, row: dict[str, Any]) -> str:
        return hashlib.sha256(self.message(row)).hexdigest()

    def __str__(self) -> str:
        return f"sha256({self.serialise} of {self.fields}, ensure_ascii={self.ensure_ascii})"


MAC_LIKE = re.compile(r"mac|sig|key|tag", re.I)


def guess_chain(rows: list[dict[str, Any]]) -> ChainScheme | None:
    """The attacker's guess of the plain chain: SHA-256 over the entry's other stored fields, in the
    table's column order, prev_hash included, in one of the usual serialisations; the guess that
    reproduces every stored `hash` wins."""
    if not rows:
        return None
    columns = list(rows[0])
    plain = [c for c in columns if c != "hash"]
    without_mac = [c for c in plain if not MAC_LIKE.search(c)]
    field_sets = []
    for fields in (without_mac, plain):
        field_sets.append(fields)
        if "prev_hash" in fields:
            rest = [f for f in fields if f != "prev_hash"]
            field_sets.append(["prev_hash", *rest])
            field_sets.append([f for f in rest if f != "seq"] + ["prev_hash"])
    for fields in field_sets:
        for serialise in ("json-list", "json-list-spaced", "json-dict", "|", "\n", "\t", "", "\x1f"):
            for ensure_ascii in (True, False):
                scheme = ChainScheme(list(fields), serialise, ensure_ascii)
                if all(scheme.digest(r) == r["hash"] for r in rows):
                    return scheme
    return None


FALLBACK_SCHEME = ChainScheme(["seq", "at", "actor", "action", "entity", "entity_id", "details", "prev_hash"],
                              "json-list", True)


SEAL_TABLE = re.compile(r"seal|mac|sig", re.I)


def seal_tables(db: Path) -> list[str]:
    """Tables beside the log that look like they hold a per-entry keyed seal (a name like seal/mac/sig
    and a `seq` column)."""
    return [t for t, cols in schema(db).items()
            if t != "audit_log" and SEAL_TABLE.search(t) and any(c.name == "seq" for c in cols)]


def seal_rows(db: Path, table: str) -> dict[int, dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        con.row_factory = sqlite3.Row
        return {r["seq"]: dict(r) for r in con.execute(f'SELECT * FROM "{table}"')}


def rewrite_chain(db: Path, scheme: ChainScheme, *, seals: str = "keep", from_seq: int = 1,
                  mac_fn: Any = None) -> list[str]:
    """Recompute every entry's prev_hash and hash from the first (whose prev_hash is kept), as an
    attacker with the files does after an edit. Keyed seals (MAC-like columns of the log, tables like
    `*seal*`) are kept, dropped from `from_seq` on ("drop-from"), dropped altogether ("drop-all"), or
    recomputed with `mac_fn(joined_row) -> value` (a key holder). Returns notes of what was done."""
    rows = audit_rows(db)
    notes = [f"chain recomputed with {scheme}"]
    log_macs = [c for c in (rows[0] if rows else {}) if c not in scheme.fields and c != "hash" and MAC_LIKE.search(c)]
    tables = seal_tables(db)
    seals_by_table = {t: seal_rows(db, t) for t in tables}
    with writable(db) as con:
        prev = rows[0]["prev_hash"] if rows else None
        for row in rows:
            row["prev_hash"] = prev
            row["hash"] = scheme.digest(row)
            updates: dict[str, Any] = {"prev_hash": row["prev_hash"], "hash": row["hash"]}
            for c in log_macs:
                if mac_fn is not None:
                    updates[c] = mac_fn({**row}, c)
                elif seals == "drop-all" or (seals == "drop-from" and row["seq"] >= from_seq):
                    updates[c] = None
            sets = ", ".join(f'"{k}"=?' for k in updates)
            con.execute(f"UPDATE audit_log SET {sets} WHERE seq=?", (*updates.values(), row["seq"]))
            for t in tables:
                seal = seals_by_table[t].get(row["seq"])
                if seal is None:
                    continue
                if mac_fn is not None:
                    for c in [c for c in seal if c != "seq" and MAC_LIKE.search(c) and c != "key_id"]:
                        con.execute(f'UPDATE "{t}" SET "{c}"=? WHERE seq=?', (mac_fn({**row, **seal}, c), row["seq"]))
                elif seals == "drop-all" or (seals == "drop-from" and row["seq"] >= from_seq):
                    con.execute(f'DELETE FROM "{t}" WHERE seq=?', (row["seq"],))
            prev = row["hash"]
    if log_macs or tables:
        notes.append(f"seals ({', '.join(log_macs + tables)}): "
                     + ("recomputed with the key" if mac_fn else {"keep": "left as they were",
                        "drop-from": f"dropped from entry {from_seq} on", "drop-all": "all dropped"}[seals]))
    return notes


def edit_entry_details(db: Path, seq: int, edit) -> tuple[str, str]:
    with writable(db, "audit_log") as con:
        old = con.execute("SELECT details FROM audit_log WHERE seq=?", (seq,)).fetchone()[0]
        details = json.loads(old)
        new = json.dumps(edit(details), separators=(",", ":"), sort_keys=True)
        con.execute("UPDATE audit_log SET details=? WHERE seq=?", (new, seq))
    return old, new


def _decode_secret(text: str) -> list[tuple[str, bytes]]:
    forms = [("utf8", text.encode())]
    for name, decode in (("hex", bytes.fromhex), ("b64", base64.b64decode), ("b64url", base64.urlsafe_b64decode)):
        try:
            forms.append((name, decode(text + ("=" * (-len(text) % 4)) if "b64" in name else text)))
        except ValueError:
            pass
    return forms


def keyring_secrets(passwords: dict[tuple[str, str], str]) -> list[tuple[str, bytes]]:
    """Every keyring secret (and each ':'-separated field of it) in the byte forms a key might take."""
    found = []
    for (service, user), secret in passwords.items():
        pieces = [("whole", secret)] + [(f"field {i}", p) for i, p in enumerate(secret.split(":")) if ":" in secret]
        for piece_name, piece in pieces:
            found += [(f"{service}/{user} {piece_name} as {form}", key) for form, key in _decode_secret(piece)]
    return found


def guess_mac(db: Path, scheme: ChainScheme | None,
              passwords: dict[tuple[str, str], str]) -> tuple[str, Any, Any] | None:
    """A key holder's fit of the entries' keyed seal: which keyring secret, over which message, into
    which column. Returns (description, fn(joined_row, column) -> value, make(key) -> such a fn for
    another key) or None."""
    rows = audit_rows(db)
    if not rows:
        return None
    joined = {r["seq"]: dict(r) for r in rows}
    targets: list[str] = [c for c in rows[0] if MAC_LIKE.search(c) and c != "hash" and rows[-1][c]]
    for t in seal_tables(db):
        for seq, seal in seal_rows(db, t).items():
            if seq in joined:
                joined[seq].update({k: v for k, v in seal.items() if k != "seq"})
        targets += [c for c in seal_rows(db, t).get(rows[-1]["seq"], {}) if c != "seq" and MAC_LIKE.search(c) and c != "key_id"]
    if not targets:
        return None
    sample = joined[rows[-1]["seq"]]
    schemes = [scheme] if scheme else []
    plain = [c for c in rows[0] if c != "hash" and not MAC_LIKE.search(c)]
    for serialise in ("json-list", "json-dict", "|"):
        schemes.append(ChainScheme(plain, serialise, True))
        schemes.append(ChainScheme(plain + ["hash"], serialise, True))
    messages: list[tuple[str, Any]] = []
    for s in schemes:
        messages.append((f"{s}", lambda r, s=s: s.message(r)))
        messages.append((f"hex digest of {s}", lambda r, s=s: s.digest(r).encode()))
        messages.append((f"raw digest of {s}", lambda r, s=s: bytes.fromhex(s.digest(r))))
    messages += [
        ("entry hash (hex text)", lambda r: str(r["hash"]).encode()),
        ("entry hash (bytes)", lambda r: bytes.fromhex(r["hash"]) if HEX64.match(str(r["hash"])) else b""),
    ]
    for sep in (":", "|", "\n", " ", ""):
        messages.append((f"seq{sep!r}hash", lambda r, sep=sep: f"{r['seq']}{sep}{r['hash']}".encode()))
        messages.append((f"seq{sep!r}prev_hash{sep!r}hash", lambda r, sep=sep: f"{r['seq']}{sep}{r['prev_hash']}{sep}{r['hash']}".encode()))
        if "key_id" in sample:
            messages.append((f"key_id{sep!r}seq{sep!r}hash", lambda r, sep=sep: f"{r['key_id']}{sep}{r['seq']}{sep}{r['hash']}".encode()))
            messages.append((f"seq{sep!r}key_id{sep!r}hash", lambda r, sep=sep: f"{r['seq']}{sep}{r['key_id']}{sep}{r['hash']}".encode()))
    messages.append(("json [seq, hash]", lambda r: json.dumps([r["seq"], r["hash"]], separators=(",", ":")).encode()))
    messages.append(("json [seq, prev_hash, hash]", lambda r: json.dumps([r["seq"], r["prev_hash"], r["hash"]], separators=(",", ":")).encode()))
    for column in targets:
        stored = str(sample[column])
        for label, key in keyring_secrets(passwords):
            for mlabel, msg in messages:
                try:
                    raw = hmac.new(key, msg(sample), hashlib.sha256).digest()
                except Exception:  # noqa: BLE001
                    continue
                for enc_name in ("hex", "b64", "b64url"):
                    if _encode(enc_name, raw) == stored:
                        def make(key: bytes, msg=msg, enc_name=enc_name):
                            def fn(row, col):
                                return _encode(enc_name, hmac.new(key, msg(row), hashlib.sha256).digest())
                            return fn
                        return (f"{column} = HMAC-SHA256({label}, {mlabel}) as {enc_name}", make(key), make)
    return None


# --------------------------------------------------------------------------------------- packs


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def manifest_part(parts: dict[str, bytes]) -> str | None:
    for name, data in parts.items():
        if name.startswith("customXml/item") and b"urn:attest:evidence-manifest" in data:
            return name
    return None


def signature_places(parts: dict[str, bytes]) -> list[str]:
    """Where a signature might be: parts named like one, or XML elements/attributes named like one in
    the package's custom parts."""
    places = [n for n in parts if re.search(r"sig", n, re.I) and not n.endswith(".rels")]
    for name, data in parts.items():
        if name.startswith(("customXml/", "docProps/")) and name.endswith(".xml"):
            text = data.decode("utf-8", "replace")
            if re.search(r"<[\w:.-]*signature|[\s:]signature[\w-]*=|<[\w:.-]*[Ss]ig\b|\ssig=", text, re.I):
                places.append(name)
    return sorted(set(places))


def strip_signature(parts: dict[str, bytes]) -> tuple[dict[str, bytes], list[str]]:
    """Remove every signature-looking part (and what points at it) and every signature-looking element
    or attribute in custom XML. Returns the new parts and what was removed."""
    removed: list[str] = []
    new = dict(parts)
    for name in [n for n in parts if re.search(r"sig", n, re.I) and not n.endswith(".rels")]:
        del new[name]
        removed.append(f"part {name}")
        base_name = name.rsplit("/", 1)[-1]
        for other in list(new):
            if other.endswith(".rels") or other == "[Content_Types].xml":
                text = new[other].decode("utf-8")
                pattern = r"<(Relationship|Override)\b[^>]*" + re.escape(base_name) + r"[^>]*/>"
                stripped = re.sub(pattern, "", text)
                if stripped != text:
                    new[other] = stripped.encode("utf-8")
                    removed.append(f"reference in {other}")
        rels = name.rsplit("/", 1)
        rels_name = f"{rels[0]}/_rels/{rels[1]}.rels" if len(rels) == 2 else f"_rels/{name}.rels"
        if rels_name in new:
            del new[rels_name]
    for name, data in list(new.items()):
        if not (name.startswith(("customXml/", "docProps/")) and name.endswith(".xml")):
            continue
        text = data.decode("utf-8")
        original = text
        text = re.sub(r"<([\w:.-]*[Ss]ignature[\w.-]*)\b[^>]*/>", "", text)
        text = re.sub(r"<([\w:.-]*[Ss]ignature[\w.-]*)\b[^>]*>.*?</\1>", "", text, flags=re.S)
        text = re.sub(r"\s[\w:.-]*(signature|signer|public-key|publickey|fingerprint)[\w:.-]*=\"[^\"]*\"", "", text, flags=re.I)
        if text != original:
            new[name] = text.encode("utf-8")
            removed.append(f"signature markup in {name}")
    return new, removed


def replace_picture(parts: dict[str, bytes], picture: bytes) -> tuple[dict[str, bytes], str, str, str]:
    """Swap the first picture the manifest lists for `picture`, and rewrite every copy of its hash in
    the manifest part to the new one. Returns (parts, media name, old hash, new hash)."""
    name = manifest_part(parts)
    assert name, "no manifest part in the pack"
    manifest = parts[name].decode("utf-8")
    for media in sorted(n for n in parts if n.startswith("word/media/")):
        old = hashlib.sha256(parts[media]).hexdigest()
        if old in manifest:
            new_hash = hashlib.sha256(picture).hexdigest()
            new = dict(parts)
            new[media] = picture
            new[name] = manifest.replace(old, new_hash).encode("utf-8")
            return new, media, old, new_hash
    raise AssertionError("no picture of the pack is listed in its manifest by its SHA-256")


def media_hashes(path: Path) -> list[str]:
    parts = read_zip(path)
    return sorted(hashlib.sha256(d).hexdigest() for n, d in parts.items()
                  if n.startswith(("word/media/", "word/embeddings/")))


FINGERPRINTS = (re.compile(r"\b(SHA-?256:[A-Za-z0-9+/=_-]{16,})"),
                re.compile(r"fingerprint\W{0,4}([0-9A-Za-z+/=:_-]{12,})", re.I),
                re.compile(r"(?:signed by|signer|key)\W{1,4}([0-9A-Fa-f:]{16,})", re.I))


def fingerprint_in(text: str) -> str | None:
    """The signer's fingerprint as `attest verify` prints it (SHA256:..., or after 'fingerprint')."""
    for pattern in FINGERPRINTS:
        match = pattern.search(text)
        if match:
            return match.group(1)
    return None


def _decodings(value: str) -> list[tuple[str, bytes]]:
    out = []
    v = value.strip()
    if re.fullmatch(r"[0-9a-fA-F]+", v) and len(v) % 2 == 0:
        out.append(("hex", bytes.fromhex(v)))
    if re.fullmatch(r"[A-Za-z0-9+/]+=*", v):
        try:
            out.append(("b64", base64.b64decode(v + "=" * (-len(v) % 4))))
        except ValueError:
            pass
    if re.fullmatch(r"[A-Za-z0-9_-]+=*", v):
        try:
            out.append(("b64url", base64.urlsafe_b64decode(v + "=" * (-len(v) % 4))))
        except ValueError:
            pass
    return out


def _encode(name: str, raw: bytes) -> str:
    return {"hex": raw.hex(), "b64": base64.b64encode(raw).decode(),
            "b64url": base64.urlsafe_b64encode(raw).decode().rstrip("=")}[name]


def resign(parts: dict[str, bytes]) -> tuple[dict[str, bytes], str]:
    """Re-sign the package's manifest with a fresh Ed25519 key, as an attacker would: find a 64-byte
    value (the signature) and 32-byte values (the public key), work out which bytes were signed by
    trying the usual candidates against the real key, sign the same way with the new key and put the
    new key and signature (and any fingerprint of the old key, recomputed) in place of the old.
    Returns the new parts and a note of what was done."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    xml_parts = {n: d.decode("utf-8", "replace") for n, d in parts.items()
                 if n.endswith(".xml") and n.startswith(("customXml/", "docProps/", "_xmlsignatures/"))}
    xml_parts.update({n: d.decode("utf-8", "replace") for n, d in parts.items()
                      if re.search(r"sig", n, re.I) and not n.endswith(".rels") and n not in xml_parts})
    values: list[tuple[str, str]] = []  # (part, value)
    for name, text in xml_parts.items():
        for v in set(re.findall(r"[A-Za-z0-9+/_=-]{40,}", text)):
            values.append((name, v))
    sigs = [(p, v, enc, raw) for p, v in values for enc, raw in _decodings(v) if len(raw) == 64]
    keys = [(p, v, enc, raw) for p, v in values for enc, raw in _decodings(v) if len(raw) == 32]
    # PEM / SPKI public keys
    for name, text in xml_parts.items():
        for pem in re.findall(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", text, re.S):
            try:
                pub = serialization.load_pem_public_key(pem.encode())
                raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                keys.append((name, pem, "pem", raw))
            except Exception:  # noqa: BLE001
                pass
    attacker = Ed25519PrivateKey.generate()
    attacker_pub = attacker.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def candidates(text: str, sig_value: str, key_values: list[str]) -> list[tuple[str, Any]]:
        # Each candidate: a function from the part's text (with the new key in place) to the signed bytes.
        def without(t: str, vals: list[str]) -> str:
            for v in vals:
                t = re.sub(r"\s[\w:.-]+=\"" + re.escape(v) + "\"", "", t)
                t = re.sub(r"<([\w:.-]+)\b[^>]*>" + re.escape(v) + r"</\1>", "", t)
            return t

        def manifest_only(t: str) -> str:
            m = re.search(r"<([\w:.-]*manifest)\b.*</\1>", t, re.S)
            return m.group(0) if m else t

        out = [
            ("part text without the signature", lambda t: without(t, [sig_value]).encode()),
            ("part text without signature and key", lambda t: without(t, [sig_value, *key_values]).encode()),
            ("manifest element without the signature", lambda t: manifest_only(without(t, [sig_value])).encode()),
        ]
        def attributes(t: str, drop: list[str]) -> list[tuple[str, str]]:
            m = re.search(r"<[\w:.-]*(manifest|signature)\b([^>]*)>", t)
            pairs = re.findall(r"([\w:.-]+)=\"([^\"]*)\"", m.group(2)) if m else []
            return [(k, v) for k, v in pairs if v not in drop and not k.startswith("xmlns")]

        for drop_label, drop in (("signature", [sig_value]), ("signature and key", [sig_value, *key_values])):
            out += [
                (f"JSON of the attributes without {drop_label}",
                 lambda t, drop=drop: json.dumps(dict(attributes(t, drop)), sort_keys=True, separators=(",", ":")).encode()),
                (f"spaced JSON of the attributes without {drop_label}",
                 lambda t, drop=drop: json.dumps(dict(attributes(t, drop)), sort_keys=True).encode()),
                (f"k=v lines of the attributes without {drop_label}",
                 lambda t, drop=drop: "\n".join(f"{k}={v}" for k, v in attributes(t, drop)).encode()),
                (f"sorted k=v lines of the attributes without {drop_label}",
                 lambda t, drop=drop: "\n".join(f"{k}={v}" for k, v in sorted(attributes(t, drop))).encode()),
                (f"value lines of the attributes without {drop_label}",
                 lambda t, drop=drop: "\n".join(v for _, v in attributes(t, drop)).encode()),
            ]
        for label, fn in list(out):
            out.append((f"sha256 of {label}", lambda t, fn=fn: hashlib.sha256(fn(t)).digest()))
            out.append((f"hex sha256 of {label}", lambda t, fn=fn: hashlib.sha256(fn(t)).hexdigest().encode()))
        return out

    manifest_name = manifest_part(parts)
    for sp, sv, senc, sraw in sigs:
        for kp, kv, kenc, kraw in keys:
            try:
                public = Ed25519PublicKey.from_public_bytes(kraw)
            except ValueError:
                continue
            part_names = [sp] + ([manifest_name] if manifest_name and manifest_name != sp else [])
            for signed_part in part_names:
                text = parts[signed_part].decode("utf-8")
                for label, fn in candidates(text, sv, [kv]):
                    try:
                        public.verify(sraw, fn(text))
                    except (InvalidSignature, ValueError):
                        continue
                    # Found the scheme: put the attacker's key in, sign the same way, put the signature in.
                    new = dict(parts)
                    new_key_value = _encode(kenc, attacker_pub) if kenc != "pem" else attacker.public_key().public_bytes(
                        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
                    fp_map = _fingerprint_map(kraw, attacker_pub)
                    for n in xml_parts:
                        t = new[n].decode("utf-8").replace(kv, new_key_value)
                        for old_fp, new_fp in fp_map:
                            t = t.replace(old_fp, new_fp)
                        new[n] = t.encode("utf-8")
                    signed_text = new[signed_part].decode("utf-8")
                    signature = attacker.sign(fn(signed_text))
                    new_sig_value = _encode(senc, signature)
                    new[sp] = new[sp].decode("utf-8").replace(sv, new_sig_value).encode("utf-8")
                    return new, f"re-signed ({label} of {signed_part}); signature in {sp} as {senc}, key in {kp} as {kenc}"
    # No fit: put the attacker's key and a signature over the manifest part (best guess) in place anyway.
    new = dict(parts)
    for kp, kv, kenc, kraw in keys:
        if kenc != "pem":
            new[kp] = new[kp].decode("utf-8").replace(kv, _encode(kenc, attacker_pub)).encode("utf-8")
    for sp, sv, senc, sraw in sigs:
        text = new[sp].decode("utf-8")
        new[sp] = text.replace(sv, _encode(senc, attacker.sign(text.replace(sv, "").encode()))).encode("utf-8")
    return new, (f"scheme not inferred ({len(sigs)} signature-sized and {len(keys)} key-sized values found); "
                 "attacker key and a best-guess signature put in their place")


def _fingerprint_map(old: bytes, new: bytes) -> list[tuple[str, str]]:
    pairs = []
    for fn in (lambda b: hashlib.sha256(b).hexdigest(), lambda b: base64.b64encode(hashlib.sha256(b).digest()).decode().rstrip("=")):
        o, n = fn(old), fn(new)
        pairs.append((o, n))
        for length in (16, 20, 32, 40):
            pairs.append((o[:length], n[:length]))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


def evidence_files(ws: Path) -> list[Path]:
    return sorted(p for p in (ws / "evidence").rglob("*") if p.is_file())


def make_temp_root() -> Path:
    return Path(tempfile.mkdtemp(prefix="attest-tamper-"))


def workspace_id(db: Path) -> str:
    """The workspace's id as its database holds it (meta), or '' when there is none."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        try:
            row = con.execute("SELECT value FROM meta WHERE key='workspace_id'").fetchone()
        except sqlite3.DatabaseError:
            return ""
    return row[0] if row else ""


# ------------------------------------------------------------------------------ the test data register
#
# What someone holding the register's key (the owner's login, docs/register.md) can do to register.enc
# without going through `attest register`, and so without an audit entry: decrypt it (Fernet), change
# its entries, encrypt it again; and make its clear list of entries (reference, kind, keyed fingerprint)
# match, or not.


def _register_key(ws: Path) -> bytes:
    """The register's key as the owner's keyring holds it (service Attest, user register:<workspace id>)."""
    import keyring

    secret = keyring.get_password("Attest", f"register:{workspace_id(ws / 'attest.db')}")
    assert secret, "the register's key is not in this keyring"
    return secret.encode("ascii")


def _rewrite_register(ws: Path, change) -> None:
    from cryptography.fernet import Fernet

    path = ws / "register.enc"
    envelope = json.loads(path.read_bytes())
    fernet = Fernet(_register_key(ws))
    plain = json.loads(fernet.decrypt(envelope["token"].encode("ascii")))
    change(plain["entries"], envelope)
    envelope["token"] = fernet.encrypt(json.dumps(plain).encode("utf-8")).decode("ascii")
    path.write_text(json.dumps(envelope, indent=1), encoding="utf-8")


def add_register_entry_behind_the_log(ws: Path, kind: str, value: str, reference: str, *,
                                      list_it: bool = True) -> None:
    """An entry added to the register with no register.add entry in the log (as a register file replaced
    by a process killed before its database commit used to leave it); its clear list made to match, or
    (``list_it=False``) left as it was."""
    from attest.core.register_store import Fingerprinter

    fingerprint = Fingerprinter(_register_key(ws))

    def change(entries: list[dict[str, Any]], envelope: dict[str, Any]) -> None:
        entries.append({"kind": kind, "value": value, "reference": reference, "added_at": "2026-11-24T09:00:00Z",
                        "added_by": "someone"})
        if list_it:
            envelope["index"].append({"kind": kind, "reference": reference, "fingerprint": fingerprint(value)})

    _rewrite_register(ws, change)


def remove_register_entry_behind_the_log(ws: Path, reference: str) -> None:
    """An audited entry taken out of the register (and out of its clear list)."""

    def change(entries: list[dict[str, Any]], envelope: dict[str, Any]) -> None:
        entries[:] = [e for e in entries if e["reference"] != reference]
        envelope["index"] = [e for e in envelope["index"] if e["reference"] != reference]

    _rewrite_register(ws, change)


def strip_register_list(ws: Path) -> None:
    """The clear list taken out, so that the file reads as one an Attest before the list wrote."""
    path = ws / "register.enc"
    envelope = json.loads(path.read_bytes())
    envelope.pop("index", None)
    envelope.pop("change", None)
    path.write_text(json.dumps(envelope, indent=1), encoding="utf-8")
