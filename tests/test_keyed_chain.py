"""The keyed audit chain, the head this computer saw, `attest audit trust`, and signed packs and reports:
what a person with only the workspace files can no longer do unseen, and what a key holder still can."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from attest.cli.main import main
from attest.core.audit import entry_hash
from attest.core.errors import AttestError
from attest.core.model import StepStatus
from attest.core.workspace import Workspace
from attest.core.workspace_keys import KeyUnavailable, Secret
from memory_keyring import _SESSION, MemoryKeyring
from test_pack import _record
from test_runs import start
from test_witness_report import _record as _witnessed
from attest.templates.witness_report import build_witness_report


def _busy(root: Path) -> int:
    with Workspace.open(root) as ws:
        run_id = start(ws, steps=3)
        ws.runs.record_step(run_id, StepStatus.PASSED, actual="fine")
        ws.runs.record_step(run_id, StepStatus.FAILED, actual="error")
        ws.runs.finish(run_id)
    return run_id


def _verify(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["audit", "verify", "--workspace", str(root), *extra])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def _unguard(conn: sqlite3.Connection) -> None:
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_seals_no_update", "audit_seals_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def _rechain(conn: sqlite3.Connection) -> None:
    """The attack a plain hash chain cannot see: recompute every hash after an edit."""
    prev = "0" * 64
    for seq, at, actor, action, entity, entity_id, details in conn.execute(
            "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY seq").fetchall():
        digest = entry_hash(seq, at, actor, action, entity, entity_id, details, prev)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def _forge_result(root: Path) -> None:
    conn = sqlite3.connect(root / "attest.db")
    _unguard(conn)
    conn.execute("UPDATE step_results SET status = 'passed' WHERE status = 'failed'")
    conn.execute("""UPDATE audit_log SET details = replace(details, '"failed"', '"passed"')
                    WHERE action IN ('step.record', 'run.finish')""")
    _rechain(conn)
    conn.commit()
    conn.close()


# -- the keyed chain ---------------------------------------------------------------------------------

def test_a_recomputed_chain_is_told_by_its_seals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "ws")
    _forge_result(tmp_path / "ws")
    status, text = _verify(tmp_path / "ws", capsys)
    assert status == 1
    assert "audit log intact" in text  # the chain alone is fooled
    assert re.search(r"\d+ audit entries \([\d, ]+\) do not match their keyed seal", text), text


def test_an_entry_added_with_its_own_hash_but_no_seal_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "ws")
    conn = sqlite3.connect(tmp_path / "ws" / "attest.db")
    seq, prev = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    args = (seq + 1, "2026-12-01T00:00:00Z", "mallory", "run.finish", "run", "1", "{}")
    conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (*args, prev, entry_hash(*args, prev)))
    conn.commit()
    conn.close()
    status, text = _verify(tmp_path / "ws", capsys)
    assert status == 1 and f"audit entry {seq + 1} has no seal" in text


def test_a_key_holder_can_reseal_but_the_head_seen_here_still_tells(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """What docs/audit.md says a key holder can still do: rewrite and re-seal. The seals then agree; the
    head this computer recorded after its last change does not."""
    root = tmp_path / "ws"
    _busy(root)
    with Workspace.open(root) as ws:
        secret = ws.keys.current_secret()
    assert secret is not None
    _forge_result(root)
    conn = sqlite3.connect(root / "attest.db")
    for seq, digest in conn.execute("SELECT seq, hash FROM audit_log").fetchall():
        conn.execute("UPDATE audit_seals SET mac = ? WHERE seq = ?", (secret.seal(seq, digest), seq))
    conn.commit()
    conn.close()
    status, text = _verify(root, capsys)
    assert status == 1
    assert "do not match their keyed seal" not in text  # the key holder's seals are good...
    assert "is not the one this computer saw" in text  # ...but the rewrite of seen entries is not


# -- the head seen here: rollback and truncation -----------------------------------------------------

def test_an_older_copy_put_back_is_reported_refused_and_trusted_only_on_purpose(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, old = tmp_path / "ws", tmp_path / "old"
    _busy(root)
    shutil.copytree(root, old)
    with Workspace.open(root) as ws:
        start(ws, steps=1)  # work done after the copy was taken
        seen = ws.store.one("SELECT MAX(seq) AS n FROM audit_log")["n"]
    shutil.rmtree(root)
    shutil.copytree(old, root)
    status, text = _verify(root, capsys)
    assert status == 1 and f"this computer saw it reach entry {seen}" in text and "attest audit trust" in text
    with Workspace.open(root) as ws, pytest.raises(AttestError, match="an older copy of the workspace was put back"):
        start(ws, steps=1)
    capsys.readouterr()
    assert main(["audit", "trust", "--workspace", str(root), "--reason", "restored from the Friday backup"]) == 0
    assert "accepted on this computer" in capsys.readouterr().out
    status, text = _verify(root, capsys)
    assert status == 0, text
    with Workspace.open(root) as ws:
        trusts = ws.store.query("SELECT details FROM audit_log WHERE action = 'audit.trust'")
    assert len(trusts) == 1 and json.loads(trusts[0]["details"])["reason"] == "restored from the Friday backup"
    assert json.loads(trusts[0]["details"])["seen_seq"] == seen


def test_a_missing_last_entry_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    _busy(root)
    conn = sqlite3.connect(root / "attest.db")
    _unguard(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")
    conn.execute("DELETE FROM audit_seals WHERE seq = (SELECT MAX(seq) FROM audit_seals)")
    conn.execute("UPDATE runs SET status = 'in-progress', finished_at = NULL")
    conn.commit()
    conn.close()
    status, text = _verify(root, capsys)
    assert status == 1 and "ends at entry 5, but this computer saw it reach entry 6" in text


def test_trust_needs_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "ws")
    assert main(["audit", "trust", "--workspace", str(tmp_path / "ws"), "--reason", "  "]) == 2
    assert "--reason" in capsys.readouterr().err


# -- another computer ---------------------------------------------------------------------------------

def _another_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A new user data folder and a keyring without this workspace's key (nor its seen head)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "laptop-data"))
    memory_keyring.passwords.clear()
    _SESSION.clear()


def test_a_workspace_moved_to_another_computer_is_trusted_explicitly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    root = tmp_path / "ws"
    _busy(root)
    _another_computer(monkeypatch, tmp_path, memory_keyring)
    status, text = _verify(root, capsys)
    assert status == 1 and "entries 1–6 are sealed with key SHA256:" in text and "not on this computer" in text
    with Workspace.open(root) as ws, pytest.raises(KeyUnavailable, match="attest audit trust"):
        start(ws, steps=1)
    assert main(["audit", "trust", "--workspace", str(root), "--reason", "moved to the witness laptop"]) == 0
    status, text = _verify(root, capsys)
    assert status == 0, text
    assert "accepted by `attest audit trust`" in text
    with Workspace.open(root) as ws:
        assert len(ws.keys.epochs()) == 2  # a new key made here seals what is recorded from now on
        start(ws, steps=1)
    assert _verify(root, capsys)[0] == 0


def test_keys_swapped_between_two_workspaces_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "a")
    _busy(tmp_path / "b")
    shutil.copy(tmp_path / "b" / "keys.json", tmp_path / "a" / "keys.json")
    status, text = _verify(tmp_path / "a", capsys)
    assert status == 1 and "swapped between workspaces" in text


def test_a_removed_key_list_is_reported_and_nothing_is_written(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    _busy(root)
    (root / "keys.json").unlink()
    status, text = _verify(root, capsys)
    assert status == 1 and "no longer lists" in text
    with Workspace.open(root) as ws, pytest.raises(KeyUnavailable, match="key list was removed"):
        start(ws, steps=1)


# -- where the key lives ------------------------------------------------------------------------------

def test_without_a_keyring_the_key_is_a_private_file_outside_the_workspace(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], no_os_keyring: None) -> None:
    root = tmp_path / "ws"
    _busy(root)
    with Workspace.open(root) as ws:
        epoch = ws.keys.current()
        assert epoch is not None and epoch.home == "file"
        path = ws.keys._file_path(epoch.key_id)
    assert root not in path.parents and stat.S_IMODE(path.stat().st_mode) == 0o600
    status, text = _verify(root, capsys)
    assert status == 0 and "kept in a file in your user data folder" in text


def test_with_a_passphrase_the_key_travels_encrypted_and_needs_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], no_os_keyring: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "ws"
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    _busy(root)
    listed = json.loads((root / "keys.json").read_text())["epochs"][0]
    assert listed["home"] == "passphrase" and "token" in listed["envelope"]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))  # another computer: the passphrase is enough
    assert _verify(root, capsys)[0] == 0
    monkeypatch.setenv("ATTEST_PASSPHRASE", "wrong")
    status, text = _verify(root, capsys)
    assert status == 1 and "wrong passphrase" in text
    monkeypatch.delenv("ATTEST_PASSPHRASE")
    status, text = _verify(root, capsys)
    assert status == 1 and "kept encrypted with a passphrase: set ATTEST_PASSPHRASE to check them" in text
    with Workspace.open(root) as ws, pytest.raises(KeyUnavailable, match="set ATTEST_PASSPHRASE to record"):
        start(ws, steps=1)


# -- signed packs and reports -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    recorded = _record(tmp_path_factory.mktemp("signed-ws"))
    out = tmp_path_factory.mktemp("signed-out") / "FM_TS_1_TC_01.docx"
    assert main(["--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out)]) == 0
    return recorded.root, out


def _verify_doc(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["verify", str(path), *extra])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def _rewrite_zip(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        parts = {n: zin.read(n) for n in zin.namelist()}
        for name, data in change(parts).items():
            zout.writestr(name, data)


def _manifest_name(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if n.startswith("customXml/item") and b"evidence-manifest" in parts[n])


def _swap_picture_and_manifest(parts: dict[str, bytes]) -> dict[str, bytes]:
    from conftest import png_bytes

    media = sorted(n for n in parts if n.startswith("word/media/") and n.endswith(".png"))[-1]
    old = hashlib.sha256(parts[media]).hexdigest()
    parts[media] = png_bytes(60, 30, "red")
    name = _manifest_name(parts)
    parts[name] = parts[name].replace(old.encode(), hashlib.sha256(parts[media]).hexdigest().encode())
    return parts


def test_the_pack_is_signed_with_the_workspace_key(packed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    root, pack = packed
    status, text = _verify_doc(pack, capsys)
    with Workspace.open(root) as ws:
        epoch = ws.keys.current()
    from attest.core.workspace_keys import fingerprint

    assert status == 0 and f"signed by key {fingerprint(epoch.public_key)}" in text
    status, text = _verify_doc(pack, capsys, "--workspace", str(root))
    assert status == 0 and "records building this very document" in text


def test_a_replaced_picture_with_a_rewritten_manifest_fails_the_signature(
        packed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forged = tmp_path / "forged.docx"
    _rewrite_zip(packed[1], forged, _swap_picture_and_manifest)
    status, text = _verify_doc(forged, capsys)
    assert status == 1 and "does not match its signature" in text


def test_a_stripped_signature_is_reported(packed: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    def strip(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts = _swap_picture_and_manifest(parts)
        name = _manifest_name(parts)
        parts[name] = re.sub(rb' (signer-key|signature)="[^"]*"', b"", parts[name])
        return parts

    forged = tmp_path / "unsigned.docx"
    _rewrite_zip(packed[1], forged, strip)
    status, text = _verify_doc(forged, capsys)
    assert status == 1 and "unsigned: the evidence manifest carries no signature" in text


def test_a_pack_re_signed_with_another_key_is_not_the_workspaces(
        packed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from attest.templates.manifest import Manifest

    other = Secret.generate()

    def resign(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts = _swap_picture_and_manifest(parts)
        name = _manifest_name(parts)
        manifest = Manifest.from_xml(parts[name])
        manifest.sign(other)
        parts[name] = manifest.to_xml()
        return parts

    forged = tmp_path / "resigned.docx"
    _rewrite_zip(packed[1], forged, resign)
    status, text = _verify_doc(forged, capsys)
    from attest.core.workspace_keys import fingerprint

    assert status == 0 and fingerprint(other.public_key()) in text  # signed, but by the forger's key
    status, text = _verify_doc(forged, capsys, "--workspace", str(packed[0]))
    assert status == 1 and "which is not this workspace's key" in text
    assert "no record of this pack's manifest" in text


def test_a_witness_report_is_signed_and_an_edit_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = _witnessed(tmp_path / "ws")
    out = tmp_path / "witness.docx"
    with Workspace.open(session.root, actor="asha") as ws:
        build_witness_report(ws, session.run_id, out)
    status, text = _verify_doc(out, capsys, "--workspace", str(session.root))
    assert status == 0 and "witness session report" in text and "signed by key SHA256:" in text

    def edit(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"Dev Rao", b"Dev Roe")
        return parts

    forged = tmp_path / "edited.docx"
    _rewrite_zip(out, forged, edit)
    status, text = _verify_doc(forged, capsys)
    assert status == 1 and "the report does not match its signature" in text


def test_a_completion_report_is_signed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    assert main(["demo", "--workspace", str(root)]) == 0
    out = tmp_path / "completion.docx"
    assert main(["--workspace", str(root), "report", "completion", "1", "--out", str(out)]) == 0
    status, text = _verify_doc(out, capsys, "--workspace", str(root))
    assert status == 0 and "test completion report" in text, text


# -- kills while the key is made ----------------------------------------------------------------------

MAKER = """
import sys
from pathlib import Path
from attest.core.model import Step, TestCase
from attest.core.workspace import Workspace
with Workspace.open(Path(sys.argv[1])) as ws:
    case = TestCase(reference="KEY_TC", title="Key", steps=(Step(action="a"),))
    print("saving", flush=True)
    ws.cases.save_all([case])
"""


def test_sigkill_while_the_first_key_is_made_never_leaves_a_workspace_that_cannot_go_on(
        tmp_path: Path, no_os_keyring: None) -> None:
    """Killed at random moments of its first write (which makes the key): reopened, the workspace verifies
    and takes the next change."""
    script = tmp_path / "maker.py"
    script.write_text(MAKER)
    kills = 0
    for attempt in range(12):
        root = tmp_path / f"ws{attempt}"
        proc = subprocess.Popen([sys.executable, str(script), str(root)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()  # opened and about to write
        time.sleep(attempt * 0.004)
        proc.kill()
        proc.communicate()
        kills += proc.returncode != 0
        with Workspace.open(root) as ws:
            report, problems = ws.verify()
            assert report.ok and problems == [], (attempt, problems)
            start(ws, steps=1)
            report, problems = ws.verify()
            assert report.ok and problems == [], (attempt, problems)
            assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'audit.key'")["n"] == 1
    assert kills >= 6, "the kills came too late to test anything"


def test_an_edited_leak_scan_result_is_reported_and_never_trusted(packed: tuple[Path, Path], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The scan cache is not in the log, but a pack trusts it: "no findings" written over a screenshot's
    remembered result would let the pack skip looking. Its keyed seal tells."""
    root = tmp_path / "ws"
    shutil.copytree(packed[0], root)
    conn = sqlite3.connect(root / "attest.db")
    (old,) = conn.execute("SELECT sha256 FROM scans LIMIT 1").fetchone()
    sha256 = hashlib.sha256(b"a screenshot never scanned").hexdigest()
    conn.execute("UPDATE scans SET sha256 = ? WHERE sha256 = ?", (sha256, old))  # "clean", says the forger
    conn.commit()
    conn.close()
    status, text = _verify(root, capsys)
    assert status == 1 and "remembered leak-scan result(s) in table scans" in text
    with Workspace.open(root) as ws:
        from attest.templates.pack import scanner_id

        assert ws.scan_cache(scanner_id()).get(sha256) is None  # ignored: the file is scanned again


def test_a_folder_swapped_for_another_workspaces_copy_is_named(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "a")
    _busy(tmp_path / "b")
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "b", tmp_path / "a")
    status, text = _verify(tmp_path / "a", capsys)
    assert status == 1 and "the folder was swapped for another workspace's copy" in text
    with Workspace.open(tmp_path / "a") as ws, pytest.raises(AttestError, match="swapped"):
        start(ws, steps=1)
    assert _verify(tmp_path / "b", capsys)[0] == 0


def test_a_new_workspace_may_take_the_folder_of_one_deleted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "a")
    shutil.rmtree(tmp_path / "a")
    _busy(tmp_path / "a")
    assert _verify(tmp_path / "a", capsys)[0] == 0


def test_a_pack_checked_against_a_rewritten_workspace_names_the_lost_head(
        packed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A key holder who rewrites and re-seals the log, and the record outside it: the pack given to the
    assurer earlier still tells, because its audit head is gone from the rewritten log."""
    root = tmp_path / "ws"
    shutil.copytree(packed[0], root)
    with Workspace.open(root) as ws:
        secret = ws.keys.current_secret()
    assert secret is not None
    conn = sqlite3.connect(root / "attest.db")
    _unguard(conn)
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    _rechain(conn)
    for seq, digest in conn.execute("SELECT seq, hash FROM audit_log").fetchall():
        conn.execute("UPDATE audit_seals SET mac = ? WHERE seq = ?", (secret.seal(seq, digest), seq))
    conn.commit()
    conn.close()
    status, text = _verify_doc(packed[1], capsys, "--workspace", str(root))
    assert status == 1 and "no longer holds the head this pack was built on" in text


def test_the_schema_versions_are_checked_against_the_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _busy(tmp_path / "ws")
    conn = sqlite3.connect(tmp_path / "ws" / "attest.db")
    conn.execute("UPDATE schema_version SET applied_at = '2020-01-01T00:00:00+00:00' WHERE version = 3")
    conn.commit()
    conn.close()
    status, text = _verify(tmp_path / "ws", capsys)
    assert status == 1 and "schema_version 3: applied_at is '2020-01-01T00:00:00+00:00' but audit entry 1" in text


@pytest.mark.parametrize("attack", ["zip-bomb", "entity-bomb"])
def test_a_hostile_docx_given_to_verify_is_refused_quickly_in_one_line(
        packed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str) -> None:
    """`attest verify` reads whatever someone sends an assurer: parts inflated within limits, XML without
    entities."""
    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        name = _manifest_name(parts)
        if attack == "zip-bomb":
            parts["word/bomb.xml"] = b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>"
        else:
            laughs = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                      b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')
            parts[name] = laughs + parts[name].split(b"?>", 1)[1].replace(b'reference="', b'reference="&c;', 1)
        return parts

    forged = tmp_path / f"{attack}.docx"
    _rewrite_zip(packed[1], forged, change)
    started = time.perf_counter()
    status, text = _verify_doc(forged, capsys)
    assert time.perf_counter() - started < 5
    message = [line for line in text.splitlines() if line.strip()]
    assert status == 2 and len(message) == 1 and len(message[0]) < 400, text
    assert ("zip bomb" in text) if attack == "zip-bomb" else ("damaged" in text), text


def test_a_copy_stripped_of_its_seals_does_not_pass_on_another_computer(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    """The forger with only a copy: strip keys.json, the seals and the key's entry, rewrite a result and the
    chain. On a computer that never saw the workspace, the unsealed log is a problem, not an old one."""
    root = tmp_path / "ws"
    _busy(root)
    (root / "keys.json").unlink()
    conn = sqlite3.connect(root / "attest.db")
    _unguard(conn)
    conn.execute("DELETE FROM audit_seals")
    conn.execute("DELETE FROM audit_log WHERE action = 'audit.key'")
    conn.execute("UPDATE audit_log SET seq = seq - 1")
    conn.commit()
    conn.close()
    _forge_result(root)
    _another_computer(monkeypatch, tmp_path, memory_keyring)
    status, text = _verify(root, capsys)
    assert status == 1 and "carries no keyed seals" in text, text


@pytest.mark.parametrize("envelope", [{"kdf": {"name": "scrypt", "salt": "AAAA", "n": 2**40, "r": 8, "p": 1},
                                       "token": "x"},
                                      {"kdf": {"name": "scrypt", "salt": "AAAA", "n": 4096, "r": 8, "p": 1},
                                       "token": 5},
                                      ["not", "an", "object"]])
def test_a_damaged_passphrase_envelope_is_one_clear_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], no_os_keyring: None, monkeypatch: pytest.MonkeyPatch,
        envelope: object) -> None:
    root = tmp_path / "ws"
    monkeypatch.setenv("ATTEST_PASSPHRASE", "pass phrase")
    _busy(root)
    listed = json.loads((root / "keys.json").read_text())
    listed["epochs"][0]["envelope"] = envelope
    (root / "keys.json").write_text(json.dumps(listed))
    status, text = _verify(root, capsys)
    assert status in (1, 2) and "damaged" in text and "Traceback" not in text, text


def test_a_report_with_its_content_types_or_an_extra_part_changed_fails_its_signature(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = _witnessed(tmp_path / "ws")
    out = tmp_path / "witness.docx"
    with Workspace.open(session.root, actor="asha") as ws:
        build_witness_report(ws, session.run_id, out)
    for change in ("content-types", "extra-part"):
        def edit(parts: dict[str, bytes]) -> dict[str, bytes]:
            if change == "content-types":
                types = parts["[Content_Types].xml"]
                parts["[Content_Types].xml"] = types.replace(b'ContentType="application/xml"', b'ContentType="text/x-evil"')
                assert parts["[Content_Types].xml"] != types
            else:
                parts["customXml/item99.xml"] = b"<anything/>"
            return parts

        forged = tmp_path / f"{change}.docx"
        _rewrite_zip(out, forged, edit)
        status, text = _verify_doc(forged, capsys)
        assert status == 1 and "does not match its signature" in text, (change, text)


def _user_files() -> list[Path]:
    home = Path(os.environ["HOME"])
    return [p for p in home.rglob("*") if p.is_file()]


def test_the_record_outside_the_workspace_never_holds_its_folder_path(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Testers name folders after what they test; the record of which folder held which workspace lives
    in the user's data folder, beyond redaction, so it names folders by a digest of their path."""
    root = tmp_path / "MPAN 1200023305967 Bethan Pryce"
    _busy(root)
    files = _user_files()
    assert files, "the record outside the workspace was written"
    for path in files:
        data = path.read_bytes()
        assert b"1200023305967" not in data and b"Pryce" not in data and str(tmp_path).encode() not in data, path
    assert _verify(root, capsys)[0] == 0


def test_a_record_written_with_folder_paths_still_names_a_swap_and_loses_the_paths(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Records written by earlier versions named folders by path: they still count, and the next write
    leaves no path behind."""
    _busy(tmp_path / "a")
    _busy(tmp_path / "b")
    folders = next(p for p in _user_files() if p.name == "folders.json")
    record = json.loads(folders.read_text("utf-8"))
    by_id = {v: k for k, v in record.items()}
    with Workspace.open(tmp_path / "a") as ws:
        a_id = ws.id
    old = {str((tmp_path / "a").resolve()): a_id, **{k: v for k, v in record.items() if v != a_id}}
    folders.write_text(json.dumps(old), "utf-8")
    assert by_id[a_id].startswith("sha256:")
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "b", tmp_path / "a")
    status, text = _verify(tmp_path / "a", capsys)
    assert status == 1 and "the folder was swapped for another workspace's copy" in text
    _busy(tmp_path / "b")  # a write: the old record's path goes
    assert str(tmp_path).encode() not in folders.read_bytes()
