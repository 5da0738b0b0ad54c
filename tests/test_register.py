"""The test data register: encrypted at rest, key in the keyring or from a passphrase, values never in clear.

Every test runs with an in-memory keyring (or the fail backend) installed: none touches the real one.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from cryptography.fernet import Fernet
from memory_keyring import MemoryKeyring

from attest.core import migrations, register_store
from attest.redaction.findings import Kind
from attest.core.errors import InputError
from attest.core.register_store import (
    KIND_NAMES,
    KeyStoreUnavailable,
    RegisterError,
    RegisterKeyError,
    RegisterStore,
    WrongPassphrase,
    env_or_prompt,
    masked,
)
from attest.core.workspace import Workspace

MPAN = "1200023305967"
MPAN_2 = "1900001059816"
SERIAL = "S06DS123456"
POSTCODE = "SW1A 1AA"
VALUES = (MPAN, MPAN_2, SERIAL, POSTCODE, "Jane Customer")


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())


def everything_on_disk(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def assert_no_value_in(data: bytes | str, values: tuple[str, ...] = VALUES) -> None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    for value in values:
        assert value not in text
        assert value.replace(" ", "") not in text


# -- round trip ------------------------------------------------------------------------------------

def test_kind_names_match_the_matcher() -> None:
    from attest.redaction.register import KIND_NAMES as MATCHER_KINDS

    assert set(KIND_NAMES) == set(MATCHER_KINDS)


def test_add_and_read_back_with_automatic_references(ws: Workspace) -> None:
    assert not ws.register.exists() and ws.register.entries() == []
    first = ws.register.add("mpan", MPAN)
    second = ws.register.add("MPAN", "19 0000 1059 816")
    serial = ws.register.add("serial", SERIAL)
    own = ws.register.add("postcode", POSTCODE, "PC-HOME")
    assert [first.reference, second.reference, serial.reference, own.reference] == [
        "MPAN001", "MPAN002", "MSN001", "PC-HOME"]
    assert serial.kind == "msn" and first.added_by == "tester-a" and first.added_at.endswith("Z")
    assert ws.register.add("postcode", "EC1A 1BB").reference == "PC001"
    ws.close()
    with Workspace.open(ws.root) as again:
        assert [(r.kind, r.value, r.reference) for r in again.register.entries()] == [
            ("mpan", MPAN, "MPAN001"), ("mpan", "19 0000 1059 816", "MPAN002"), ("msn", SERIAL, "MSN001"),
            ("postcode", POSTCODE, "PC-HOME"), ("postcode", "EC1A 1BB", "PC001")]


def test_the_next_reference_follows_the_highest_in_use(ws: Workspace) -> None:
    ws.register.add("mpan", MPAN, "MPAN007")
    assert ws.register.add("mpan", MPAN_2).reference == "MPAN008"


def test_records_feed_the_redaction_matcher(ws: Workspace) -> None:
    from attest.redaction.register import KIND_NAMES as MATCHER_KINDS
    from attest.redaction.register import RegisterEntry, RegisterMatcher

    ws.register.add("mpan", MPAN)
    matcher = RegisterMatcher(RegisterEntry(MATCHER_KINDS[r.kind], r.value, r.reference)
                              for r in ws.register.entries())
    assert matcher.reference_for("12 0002 3305 967") == "MPAN001"


@pytest.mark.parametrize(("kind", "value", "ref", "message"), [
    ("mpan", "12-0002-3305-967", None, "already in the register as MPAN001"),
    ("mprn", MPAN_2, "mpan001", "reference MPAN001 is already used"),
    ("mprn", MPAN_2, MPAN_2, "the reference is the value itself"),
    ("mprn", MPAN_2, MPAN, "the reference is a registered value"),
    ("mprn", "MPAN 001", None, "this value is the reference MPAN001"),
    ("mprn", MPAN_2, "no spaces allowed", "a reference is 1-40 letters"),
    ("meter", MPAN_2, None, "unknown kind 'meter'"),
    (MPAN_2, "x" * 5, None, "unknown kind (expected one of"),
    ("name", "  ", None, "the value is empty"),
    ("name", "A-1", None, "fewer than 3 letters or digits"),
    ("address", "1 High St\nTown", None, "one line"),
])
def test_bad_additions_are_refused_without_quoting_the_value(ws: Workspace, kind: str, value: str,
                                                             ref: str | None, message: str) -> None:
    ws.register.add("mpan", MPAN)
    before = ws.register.path.read_bytes()
    with pytest.raises(RegisterError, match=re.escape(message)) as caught:
        ws.register.add(kind, value, ref)
    assert_no_value_in(str(caught.value), (MPAN, MPAN_2))
    assert ws.register.path.read_bytes() == before
    assert [r.reference for r in ws.register.entries()] == ["MPAN001"]


def test_masked_shows_only_the_last_three_characters() -> None:
    assert masked(MPAN) == "••••••••••967"
    assert masked("AB12") == "••••"


# -- at rest ---------------------------------------------------------------------------------------

def test_no_value_is_written_in_clear_anywhere(ws: Workspace, tmp_path: Path) -> None:
    for kind, value in zip(("mpan", "mpan", "msn", "postcode", "name"), VALUES, strict=True):
        ws.register.add(kind, value)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("kind,value\nmprn,7654321098\n", encoding="utf-8")
    ws.register.import_csv(csv_file)
    # the WAL is on disk too: read everything in the workspace before and after a checkpoint
    assert_no_value_in(everything_on_disk(ws.root), (*VALUES, "7654321098"))
    ws.close()
    assert_no_value_in(everything_on_disk(ws.root), (*VALUES, "7654321098"))
    conn = sqlite3.connect(str(ws.root / "attest.db"))
    audit = conn.execute("SELECT action, entity_id, details FROM audit_log WHERE action LIKE 'register.%'"
                         " ORDER BY seq").fetchall()
    conn.close()
    assert [a[0] for a in audit] == ["register.create", *["register.add"] * 5, "register.import"]
    first = json.loads(audit[1][2])
    assert first == {"kind": "mpan", "reference": "MPAN001", "account": first["account"],
                     "fingerprint": first["fingerprint"]}
    assert json.loads(audit[-1][2])["entries"] == [{"kind": "mprn", "reference": "MPRN001"}]
    header = json.loads((ws.root / "register.enc").read_bytes())
    assert header["key"] == "keyring" and set(header) == {"format", "version", "key", "workspace_id", "token",
                                                          "index", "change"}
    # the fingerprints in clear (file and log) are keyed: no plain hash of a value, however written
    plain = {hashlib.new(name, form.encode()).hexdigest()[:n] for name in ("sha256", "sha1", "md5")
             for value in VALUES for form in (value, value.replace(" ", "").upper()) for n in (32, 40, 64)}
    assert {e["fingerprint"] for e in header["index"]}.isdisjoint(plain) and first["fingerprint"] not in plain


def test_register_changes_keep_the_audit_chain_intact(ws: Workspace) -> None:
    ws.register.add("mpan", MPAN)
    report, problems = ws.verify()
    assert report.ok and problems == []


# -- keyring ---------------------------------------------------------------------------------------

def test_the_key_is_kept_in_the_keyring_under_the_workspace_id(ws: Workspace, memory_keyring: MemoryKeyring) -> None:
    ws.register.add("mpan", MPAN)
    assert [k for k in memory_keyring.passwords if k[1].startswith("register:")] == [("Attest", f"register:{ws.id}")]
    uuid.UUID(ws.id)
    del memory_keyring.passwords[("Attest", f"register:{ws.id}")]
    with pytest.raises(RegisterKeyError, match="missing from the OS keyring"):
        ws.register.entries()


def test_a_replaced_key_is_reported_not_overwritten(ws: Workspace, memory_keyring: MemoryKeyring) -> None:
    ws.register.add("mpan", MPAN)
    before = ws.register.path.read_bytes()
    memory_keyring.passwords[("Attest", f"register:{ws.id}")] = Fernet.generate_key().decode()
    with pytest.raises(RegisterKeyError, match="cannot be decrypted with the key in the OS keyring"):
        ws.register.add("mpan", MPAN_2)
    assert ws.register.path.read_bytes() == before


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_keyring_says_so_and_names_the_passphrase(ws: Workspace, backend: type) -> None:
    keyring.set_keyring(backend())
    with pytest.raises(RegisterKeyError) as caught:
        ws.register.add("mpan", MPAN)
    message = str(caught.value)
    assert "no OS keyring is available" in message and "ATTEST_PASSPHRASE" in message
    assert MPAN not in message
    assert not ws.register.exists()


def test_a_keyring_register_needs_its_keyring(ws: Workspace) -> None:
    ws.register.add("mpan", MPAN)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(RegisterKeyError, match="kept in the OS keyring, which is not available"):
        ws.register.entries()


# -- passphrase ------------------------------------------------------------------------------------

@pytest.mark.usefixtures("no_keyring")
def test_passphrase_from_the_environment(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    ws.register.add("mpan", MPAN)
    header = json.loads(ws.register.path.read_bytes())
    assert header["key"] == "passphrase" and header["kdf"]["name"] == "scrypt"
    assert header["kdf"]["n"] == 2**12 and len(register_store.base64.b64decode(header["kdf"]["salt"])) == 16
    ws.close()
    with Workspace.open(ws.root) as fresh:  # a fresh object: the key is derived again from the passphrase
        assert [r.reference for r in fresh.register.entries()] == ["MPAN001"]
    monkeypatch.setenv("ATTEST_PASSPHRASE", "wrong horse")
    before = ws.register.path.read_bytes()
    with Workspace.open(ws.root) as wrong:
        with pytest.raises(WrongPassphrase, match="wrong passphrase"):
            wrong.register.add("mpan", MPAN_2)
        with pytest.raises(WrongPassphrase, match="nothing was read or changed"):
            wrong.register.entries()
    assert ws.register.path.read_bytes() == before


def test_a_passphrase_register_stays_one_when_a_keyring_appears(ws: Workspace, memory_keyring: MemoryKeyring,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("ATTEST_PASSPHRASE", "pass phrase")
    ws.register.add("mpan", MPAN)
    keyring.set_keyring(memory_keyring)
    fresh = RegisterStore(ws.root, ws.store, ws.id, "tester-b")
    fresh.add("mpan", MPAN_2)
    assert [r.reference for r in fresh.entries()] == ["MPAN001", "MPAN002"]
    assert [k for k in memory_keyring.passwords if k[1].startswith("register:")] == []


class UnavailableKeys:
    def get(self, name: str) -> str | None:
        raise KeyStoreUnavailable("no keyring in this test")

    def set(self, name: str, secret: str) -> None:
        raise KeyStoreUnavailable("no keyring in this test")


class DictKeys:
    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self.secrets[name] = secret


def answers(*replies: str | None) -> tuple[list[str], Callable[[str], str | None]]:
    """A passphrase source giving ``replies`` in turn, and the list of prompts it was asked with."""
    asked: list[str] = []
    queue = list(replies)

    def source(prompt: str) -> str | None:
        asked.append(prompt)
        return queue.pop(0)

    return asked, source


def test_injected_key_sources(ws: Workspace) -> None:
    keys = DictKeys()
    store = RegisterStore(ws.root, ws.store, ws.id, "tester-a", keys=keys)
    store.add("mpan", MPAN)
    assert list(keys.secrets) == [f"register:{ws.id}"]


def test_a_new_passphrase_is_asked_twice_and_must_match(ws: Workspace) -> None:
    asked, source = answers("one", "two")
    store = RegisterStore(ws.root, ws.store, ws.id, "t", keys=UnavailableKeys(), passphrase=source)
    with pytest.raises(RegisterKeyError, match="the two passphrases differ"):
        store.add("mpan", MPAN)
    assert len(asked) == 2 and not store.exists()
    asked, source = answers("same", "same", "same")
    RegisterStore(ws.root, ws.store, ws.id, "t", keys=UnavailableKeys(), passphrase=source).add("mpan", MPAN)
    reader = RegisterStore(ws.root, ws.store, ws.id, "t", keys=UnavailableKeys(), passphrase=source)
    assert [r.value for r in reader.entries()] == [MPAN]
    assert asked == ["New passphrase for the test data register: ", "Repeat the passphrase: ",
                     "Passphrase for the test data register: "]


def test_a_passphrase_register_without_a_passphrase_says_how(ws: Workspace) -> None:
    _, source = answers("p", "p")
    RegisterStore(ws.root, ws.store, ws.id, "t", keys=UnavailableKeys(), passphrase=source).add("mpan", MPAN)
    _, none = answers(None)
    with pytest.raises(RegisterKeyError, match="encrypted with a passphrase: set ATTEST_PASSPHRASE"):
        RegisterStore(ws.root, ws.store, ws.id, "t", passphrase=none).entries()


def test_passphrase_source_env_then_terminal_only() -> None:
    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    prompted: list[str] = []

    def prompt(question: str) -> str:
        prompted.append(question)
        return "typed"

    assert env_or_prompt({"ATTEST_PASSPHRASE": "env"}, Stream(True), prompt)("q") == "env"
    assert env_or_prompt({}, Stream(False), prompt)("q") is None
    assert prompted == []
    assert env_or_prompt({}, Stream(True), prompt)("q") == "typed" and prompted == ["q"]

    def eof(question: str) -> str:
        raise EOFError

    assert env_or_prompt({}, Stream(True), eof)("q") is None


# -- CSV import ------------------------------------------------------------------------------------

def write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("bom", [False, True])
def test_import_a_csv(ws: Workspace, tmp_path: Path, bom: bool) -> None:
    ws.register.add("mpan", MPAN)
    csv_file = write(tmp_path / "data.csv", "Kind,Value,Reference\r\n"
                     "mpan,1900001059816,\r\n"
                     "mpan,1300000000008,MPAN002\r\n"
                     "\r\n"
                     'address,"1 High Street, Town",\r\n'
                     "serial,S06DS123456,\r\n", bom)
    added = ws.register.import_csv(csv_file)
    # the automatic reference skips MPAN002, named further down the file
    assert [(r.kind, r.reference) for r in added] == [
        ("mpan", "MPAN003"), ("mpan", "MPAN002"), ("address", "ADDR001"), ("msn", "MSN001")]
    assert len(ws.register.entries()) == 5


@pytest.mark.parametrize(("text", "line", "place", "message"), [
    ("kind,value\nmpan,1900001059816\nmeter,1300000000008\n", 3, "column kind", "unknown kind 'meter'"),
    ("kind,value\nmpan,1900001059816\nmpan,\n", 3, "column value", "the value is empty"),
    ("kind,value\nmpan,1900001059816\nmpan,19 0000 1059 816\n", 3, "column value",
     "already in the register as MPAN002"),
    ("kind,value\nmpan,1200-0233-05967\n", 2, "column value", "already in the register as MPAN001"),
    ("kind,value,reference\nmprn,7654321098,MPAN001\n", 2, "column reference", "reference MPAN001 is already used"),
    ("kind,reference\nmpan,MPAN009\n", 1, "column value", "the header has no value column"),
    ("kind,value,colour\nmpan,1900001059816,red\n", 1, "column 3", "unknown column 'colour'"),
    ("1900001059816,mpan\n", 1, "column 1", "unknown column number 1"),
    ("kind,value\nmpan,1900001059816,extra\n", 2, None, "3 fields, but the header names 2 columns"),
    ("kind;value\nmpan;1900001059816\n", 1, None, "separated by commas"),
])
def test_a_bad_csv_names_file_line_and_column_and_imports_nothing(ws: Workspace, tmp_path: Path, text: str,
                                                                  line: int, place: str | None,
                                                                  message: str) -> None:
    ws.register.add("mpan", MPAN)
    before = ws.register.path.read_bytes()
    csv_file = write(tmp_path / "bad.csv", text)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        ws.register.import_csv(csv_file)
    error = caught.value
    assert (error.file, error.line, error.place) == (str(csv_file), line, place)
    assert str(error).startswith(f"{csv_file}: line {line}: ")
    assert_no_value_in(str(error), (MPAN, "1900001059816", "7654321098"))
    assert ws.register.path.read_bytes() == before
    assert [r.reference for r in ws.register.entries()] == ["MPAN001"]


def test_a_csv_that_is_not_utf8_or_missing(ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("kind,value\nname,Zoë Customer\n".encode("latin-1"))
    with pytest.raises(InputError, match="line 2: not UTF-8"):
        ws.register.import_csv(bad)
    with pytest.raises(InputError, match="file not found"):
        ws.register.import_csv(tmp_path / "nope.csv")
    assert not ws.register.exists()


# -- migration -------------------------------------------------------------------------------------

def test_an_old_workspace_gets_a_workspace_id(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    conn = sqlite3.connect(str(root / "attest.db"), isolation_level=None)
    conn.executescript((Path(__file__).with_name("data") / "workspace_schema_v1.sql").read_text(encoding="utf-8"))
    conn.close()
    with Workspace.open(root) as ws:
        assert migrations.current_version(ws.store.conn) == migrations.LATEST >= 3
        workspace_id = ws.id
        uuid.UUID(workspace_id)
        assert ws.runs.get(1).reference == "OLD_TC_01"
    assert len(list((root / "backups").glob("attest-schema-v2-*.db"))) == 1
    with Workspace.open(root) as again:
        assert again.id == workspace_id
    with Workspace.open(tmp_path / "new") as other:
        assert other.id != workspace_id


# -- command line ----------------------------------------------------------------------------------

@pytest.fixture
def reg_cli(cli, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``attest`` with the register commands, whether or not main.py wires them in yet."""
    from attest.cli import main as main_module
    from attest.cli.register_cmds import add_register_parser

    build = main_module.build_parser

    def build_parser() -> argparse.ArgumentParser:
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "register" not in sub.choices:
            add_register_parser(sub)
        return parser

    monkeypatch.setattr(main_module, "build_parser", build_parser)
    return cli


def test_cli_add_list_import(reg_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    status, out, err = reg_cli("register", "add", "--kind", "MPAN", MPAN)
    assert (status, out) == (0, "MPAN001\n") and "••••••••••967" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(SERIAL + "\n"))
    status, out, _ = reg_cli("register", "add", "--kind", "serial", "-", "--ref", "MSN-A")
    assert (status, out) == (0, "MSN-A\n")
    csv_file = write(tmp_path / "data.csv", "kind,value\npostcode,SW1A 1AA\n")
    status, out, err = reg_cli("register", "import", str(csv_file))
    assert status == 0 and out == "PC001\tpostcode\t•••••1AA\n" and "1 identifier(s) registered" in err
    status, out, _ = reg_cli("register", "list")
    assert out.splitlines() == ["MPAN001\tmpan\t••••••••••967", "MSN-A\tmsn\t••••••••456", "PC001\tpostcode\t•••••1AA"]
    status, out, _ = reg_cli("register", "list", "--json")
    listed = json.loads(out)
    assert [e["value_masked"] for e in listed] == ["••••••••••967", "••••••••456", "•••••1AA"]
    assert set(listed[0]) == {"reference", "kind", "value_masked", "added_at", "added_by"}
    assert_no_value_in(out)


def test_cli_errors_exit_2(reg_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    reg_cli("register", "add", "--kind", "mpan", MPAN)
    status, out, err = reg_cli("register", "add", "--kind", "mpan", "12 0002 3305 967")
    assert status == 2 and "already in the register as MPAN001" in err and MPAN not in err
    with pytest.raises(SystemExit) as exited:
        reg_cli("register", "add", "--kind", "meter", MPAN)
    assert exited.value.code == 2
    bad = write(tmp_path / "bad.csv", "kind,value\nmpan,\n")
    status, _, err = reg_cli("register", "import", str(bad))
    assert status == 2 and f"{bad}: line 2: column value: the value is empty" in err


@pytest.mark.usefixtures("no_keyring")
def test_cli_without_keyring_and_with_a_wrong_passphrase(reg_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    status, _, err = reg_cli("register", "add", "--kind", "mpan", MPAN)
    assert status == 2 and "no OS keyring is available" in err and "ATTEST_PASSPHRASE" in err
    monkeypatch.setenv("ATTEST_PASSPHRASE", "right")
    assert reg_cli("register", "add", "--kind", "mpan", MPAN)[0] == 0
    enc = reg_cli.workspace / "register.enc"
    before = enc.read_bytes()
    monkeypatch.setenv("ATTEST_PASSPHRASE", "wrong")
    status, _, err = reg_cli("register", "add", "--kind", "mpan", MPAN_2)
    assert status == 2 and "wrong passphrase" in err
    assert reg_cli("register", "list")[0] == 2
    assert enc.read_bytes() == before
    monkeypatch.setenv("ATTEST_PASSPHRASE", "right")
    assert reg_cli("register", "list")[1] == "MPAN001\tmpan\t••••••••••967\n"


def test_a_run_that_learns_values_item_by_item_matches_them_all_with_few_patterns() -> None:
    """A run of hundreds of items learns values as it goes; a matcher compiles nothing until it is asked
    to find, then one automaton for all its values (compiling patterns again for each item took 53 of 78
    seconds on 333 files). Every value learnt is still found, in any separator form."""
    from attest.redaction.findings import Kind
    from attest.redaction.register import RegisterEntry, RegisterMatcher

    matcher = RegisterMatcher([RegisterEntry(Kind.MPAN, "1200023305967", "MPAN001")])
    serials = [f"S{n:02d}DS{123456 + n * 7919:06d}" for n in range(300)]
    for serial in serials:
        matcher = matcher.with_found({serial: Kind.MSN})
    assert matcher._automaton is None  # noqa: SLF001 - the point of the change: nothing made until asked
    text = f"MPAN 12 0002 3305 967, {serials[0]}, {serials[150].lower()}, {'-'.join(serials[299])}"
    found = sorted((f.start, f.end, f.kind) for f in matcher.find(text))
    assert [text[a:b] for a, b, _k in found] == ["12 0002 3305 967", serials[0], serials[150].lower(),
                                                  "-".join(serials[299])]
    assert [k for _a, _b, k in found] == [Kind.MPAN, Kind.MSN, Kind.MSN, Kind.MSN]


def test_a_learnt_value_matched_across_a_csv_delimiter_is_masked_cell_by_cell_not_refused() -> None:
    """In a run, 'Station Grove York' in an e-mail was learnt as a name; a CSV of the same run with
    '...;Grove;York;...' matched it across its delimiter, and the whole export was refused."""
    from attest.redaction.findings import Kind
    from attest.redaction.register import RegisterMatcher
    from attest.redaction.text import redact_text

    learnt = RegisterMatcher().with_found({"Grove York": Kind.NAME})
    csv_text = "NAME;STREET;TOWN;STATE\nX;74 The Grove;York;Accepted\nY;12 Mill Lane;Leeds;Processed\n"
    out = redact_text(csv_text, register=learnt, name="export.csv").text
    assert [line.count(";") for line in out.splitlines()] == [3, 3, 3], out
    assert "Grove" not in out.splitlines()[1] and ";York;" not in out, out
    assert out.splitlines()[1].endswith(";Accepted") and out.splitlines()[2].endswith(";Processed"), out


def test_a_learnt_name_over_the_first_name_and_surname_cells_is_masked_cell_by_cell() -> None:
    """A CRM export after an e-mail that named 'Hetal Mistry': the learnt name matches across the comma
    between the First Name and Surname cells; the export keeps its columns, each part masked."""
    from attest.redaction.findings import Kind
    from attest.redaction.register import RegisterMatcher
    from attest.redaction.text import redact_text

    learnt = RegisterMatcher().with_found({"Hetal Mistry": Kind.NAME})
    csv_text = ('Account No,Title,First Name,Surname,Tariff\n'
                '="855340445553",Mr,Hetal,Mistry,Cosy Octopus\n'
                '="956057548",Mx,"Hetal","Mistry",Economy 10\n')
    out = redact_text(csv_text, register=learnt, name="crm_extract.csv").text
    rows = list(csv.reader(io.StringIO(out)))
    assert [len(row) for row in rows] == [5, 5, 5], out
    assert "Hetal" not in out and "Mistry" not in out, out
    assert rows[1][4] == "Cosy Octopus" and rows[2][4] == "Economy 10", out


_VALUES = st.text(alphabet="ABCIKS0129", min_size=3, max_size=8)
_GLUE = st.sampled_from(["", " ", "  ", "    ", "-", ".", ":/", "_", ",", "\n", "x", "|", "\u2013", "\u00a0", "é",
                         "\u0131", "\u017f"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_VALUES, min_size=1, max_size=4), st.lists(st.tuples(st.sampled_from(["value", "glue"]), _GLUE,
                                                                       st.integers(0, 3)), max_size=30), st.booleans())
def test_the_automaton_finds_what_the_pattern_of_the_values_finds(values: list[str], pieces, lower: bool) -> None:  # type: ignore[no-untyped-def]
    """The register's automaton (the text's letters and digits, separators checked after) finds every
    value where the pattern of all values (at most three separators between characters, no letter or
    digit either side) finds one."""
    from attest.redaction.findings import Kind
    from attest.redaction.register import RegisterMatcher, _pattern

    text = ""
    for what, glue, index in pieces:
        if what == "value":
            value = values[index % len(values)]
            written = value.lower() if lower else value
            # (with the letters case-insensitive matching folds to ASCII ones: a dotless i, a long s)
            text += glue.join(written.replace("i", "\u0131") if glue == "\u0131" else written)
        else:
            text += glue
    matcher = RegisterMatcher(found={v: Kind.MSN for v in values})
    quick = {(f.start, f.end) for f in matcher.find(text)}
    # each value's pattern tried at every position of the text (overlapping places too): the same places
    plain = {m.span() for v in set(values) for i in range(len(text))
             if (m := _pattern((v.upper(),)).match(text, i)) is not None}
    assert quick == plain, text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from([f"V{n}x" for n in range(12)] + ["1200023305967"]),
                                st.sampled_from([Kind.MSN, Kind.NAME, Kind.ADDRESS]), max_size=4), max_size=20))
def test_a_matcher_extended_item_by_item_is_the_one_made_of_all_its_values_at_once(batches) -> None:  # type: ignore[no-untyped-def]
    from attest.redaction.register import RegisterEntry, RegisterMatcher

    first = [RegisterEntry(Kind.MPAN, "1200023305967", "MPAN001")]
    grown, learnt = RegisterMatcher(first), {}
    for batch in batches:
        grown = grown.with_found(batch)
        learnt.update({value.upper(): kind for value, kind in batch.items()})
    whole = RegisterMatcher(first, learnt)
    assert sorted((e.value, e.kind.value, e.reference) for e in grown.entries) == \
        sorted((e.value, e.kind.value, e.reference) for e in whole.entries)
    assert grown.found == whole.found and grown.reference_for("12 0002 3305 967") == "MPAN001"
