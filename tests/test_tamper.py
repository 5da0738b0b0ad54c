"""Adversarial tamper detection (issue 16), written from the issue and the user-facing docs only.

One realistic workspace is built once through the CLI (tests/tamper_cases.py: the demo, a second plan,
a run with deviations, an amended step, annotated and masked screenshots, payload and response,
observations and defects, a defect closed on a retest run, a witnessed run with its wash-up and witness
report, the completion report, a plan pulled from a local fake Azure DevOps and a run of one of its
cases, and the main run's pack last). Each test gets a fresh copy of it at the same paths, with the same user
data folder and the same (in-memory) keyring, as if on the owner's machine, and tampers with it as
someone holding only the files would:

- every column of every table, found by enumerating the schema (one generated case per column);
- audit entries deleted (first, middle, last), swapped, their details edited (one case per kind present);
- the plain SHA-256 chain recomputed after an edit (the scheme fitted from the stored columns), with the
  keyed seals kept, dropped from the edit on, or dropped altogether; a downgrade to an unsealed log
  (seals and keys.json removed); the log re-sealed with an attacker's own key; and a key holder's
  rewrite, with and without the head kept outside the workspace (what docs/audit.md says still catches it);
- the folder rolled back, truncated, swapped with another workspace's; `audit trust` after a move;
- packs and reports: a picture replaced with the manifest's hash rewritten, the signature stripped, the
  document re-signed with another Ed25519 key;
- `attest gc`.

Every failure message says what was tampered and what `attest` printed.

Cases allowed to pass without `audit verify` noticing, with the reason, are in CACHE_TABLES: for them the
test instead checks that the harmful consequence (a pack showing something other than what was recorded)
cannot happen.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import tamper_cases as tc

# Tables a tamper may leave unreported because they hold only what Attest can recompute from the rest,
# with why; for these the test asserts that the edit cannot change what a pack shows instead.
CACHE_TABLES = {
    "scans": "leak-scan results cached by content hash: a stale or forged entry can at worst make a scan "
             "be repeated or a pack be refused; it must never change what a pack shows",
    "renditions": "drawn (annotated) copies of screenshots, cached by key: may be redrawn; an edit must not "
                  "make a pack show a picture other than the recorded screenshot with its annotations",
}

ROLLBACK_WORDS = {"behind", "older", "rolled", "rollback", "roll back", "earlier", "seen", "head", "missing",
                  "truncat", "restored", "trust"}
SWAP_WORDS = ROLLBACK_WORDS | {"workspace", "another", "differ", "moved", "not the"}
SIGNATURE_WORDS = {"signature", "signed", "unsigned", "not signed", "manifest", "changed", "key"}

_BASE: tc.Base | None = None
_CONTROL: tc.Result | None = None


def _base() -> tc.Base:
    """Built once per session, at collection (the generated cases are read off it)."""
    global _BASE, _CONTROL
    if _BASE is None:
        root = tc.make_temp_root()
        atexit.register(shutil.rmtree, root, True)
        base = tc.build(root)
        base.restore()
        with tc.machine(base.environment(), base.passwords):
            _CONTROL = tc.cli("--workspace", base.ws, "audit", "verify")
        base.restore()
        _BASE = base
    return _BASE


def _pristine_db() -> Path:
    return _base().pristine / "ws" / "attest.db"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "column" in metafunc.fixturenames:
        columns = [c for cols in tc.schema(_pristine_db()).values() for c in cols]
        cases = [(c, "edit") for c in columns] + [(c, "null") for c in columns if not c.notnull and not c.pk]
        metafunc.parametrize("column,mode", cases,
                             ids=[f"{c.table}.{c.name}" + ("=NULL" if m == "null" else "") for c, m in cases])
    if "kind" in metafunc.fixturenames:
        kinds = sorted({r["action"] for r in tc.audit_rows(_pristine_db())})
        metafunc.parametrize("kind", kinds)
    if "seal_table" in metafunc.fixturenames:
        tables = tc.seal_tables(_pristine_db()) or ["(no seal table)"]
        metafunc.parametrize("seal_table", tables)
    if "seals" in metafunc.fixturenames:
        modes = ["keep", "drop-from", "drop-all"]
        metafunc.parametrize("seals", modes)


# ------------------------------------------------------------------------------------------ fixtures


def _forget_session_keys_made_by_tests(b: tc.Base) -> None:
    """tests/memory_keyring.py keeps a workspace's key for the whole session; drop any a test made for the
    base workspaces (a trust on a "new machine", say) so that the next test starts from the base's."""
    import memory_keyring as module

    session = getattr(module, "_SESSION", None)
    if session is None:
        return
    ids = [tc.workspace_id(b.pristine / name / "attest.db") for name in ("ws", "ws_b")]
    for key in [k for k in session if k not in b.passwords and any(i and i in k[1] for i in ids)]:
        del session[key]


@pytest.fixture
def base(memory_keyring, _isolated_user_dirs, monkeypatch: pytest.MonkeyPatch) -> tc.Base:
    """A fresh copy of the base workspace on the owner's machine (its user data folder and keyring)."""
    b = _base()
    b.restore()
    _forget_session_keys_made_by_tests(b)
    for name, value in b.environment().items():
        monkeypatch.setenv(name, value)
    memory_keyring.passwords.clear()
    for (service, user), secret in b.passwords.items():
        memory_keyring.set_password(service, user, secret)
    return b


@pytest.fixture
def new_machine(memory_keyring, _isolated_user_dirs) -> Iterator[tc.Base]:
    """The same workspace files on another machine: conftest's empty user folders and a keyring holding
    nothing of this workspace (tests/memory_keyring.py keeps a workspace's key for the whole session, so
    the base workspace's entries are taken out for this test and put back after)."""
    b = _base()
    b.restore()
    _forget_session_keys_made_by_tests(b)
    taken = {}
    for (service, user), secret in b.passwords.items():
        if memory_keyring.get_password(service, user) is not None:
            taken[(service, user)] = secret
            memory_keyring.delete_password(service, user)
    assert not any(memory_keyring.get_password(s, u) for s, u in b.passwords)
    yield b
    _forget_session_keys_made_by_tests(b)
    for (service, user) in list(b.passwords):
        if memory_keyring.get_password(service, user) is not None:
            memory_keyring.delete_password(service, user)
    for (service, user), secret in b.passwords.items():
        memory_keyring.set_password(service, user, secret)


def verify(ws: Path, *more: str) -> tc.Result:
    return tc.cli("--workspace", ws, "audit", "verify", *more)


def _control_note() -> str:
    if _CONTROL is not None and _CONTROL.status != 0:
        return "\nNOTE: the untouched copy does not verify either:\n" + _CONTROL.show()
    return ""


def assert_detected(result: tc.Result, what: str, words: set[str] | None = None) -> None:
    assert result.status is not None, f"TAMPER: {what}\nverify CRASHED instead of reporting it:\n{result.show()}"
    assert result.status != 0, f"TAMPER NOT DETECTED: {what}\n{result.show()}{_control_note()}"
    if words:
        assert tc.names_any(result.text, words), (
            f"TAMPER DETECTED BUT NOT NAMED: {what}\nthe message names none of {sorted(words)}:\n{result.show()}")


def assert_verifies(result: tc.Result, what: str) -> None:
    assert result.status == 0, f"{what}: expected exit 0\n{result.show()}"


def _db(b: tc.Base) -> Path:
    return b.db()


def _entry_seal_delete(con: sqlite3.Connection, db: Path, seqs: list[int]) -> None:
    for t in tc.seal_tables(db):
        con.execute(f'DELETE FROM "{t}" WHERE seq IN ({",".join("?" * len(seqs))})', seqs)


# ----------------------------------------------------------------------------- 6. untouched verifies


def test_untouched_workspace_verifies(base: tc.Base) -> None:
    assert_verifies(verify(base.ws), "the untouched workspace")
    assert_verifies(verify(base.ws_b), "the untouched second workspace")


def test_untouched_pack_verifies_and_names_its_signer(base: tc.Base) -> None:
    plain = tc.cli("verify", base.pack)
    assert_verifies(plain, "the untouched pack")
    fingerprint = tc.fingerprint_in(plain.text)
    assert fingerprint, f"`attest verify` of the untouched pack prints no signer's fingerprint:\n{plain.show()}"
    against = tc.cli("verify", base.pack, "--workspace", base.ws)
    assert_verifies(against, "the untouched pack checked against its own workspace")
    assert fingerprint in against.text, f"the fingerprint {fingerprint} is not printed with --workspace:\n{against.show()}"


@pytest.mark.parametrize("report", ["witness_report", "completion_report"])
def test_untouched_report_verifies_and_names_its_signer(base: tc.Base, report: str) -> None:
    path = getattr(base, report)
    result = tc.cli("verify", path)
    assert_verifies(result, f"the untouched {report}")
    assert tc.fingerprint_in(result.text), f"`attest verify` of the {report} prints no fingerprint:\n{result.show()}"
    assert_verifies(tc.cli("verify", path, "--workspace", base.ws), f"the untouched {report} against its workspace")


# ---------------------------------------------------------------------- 1. every column of every table


def test_column_edit_is_detected(base: tc.Base, column: tc.Column, mode: str) -> None:
    """One generated case per column (`edit`: text altered, number +1, NULL -> value, JSON edited, an
    enumerated value swapped for another valid one) and per nullable column (`null`: value -> NULL)."""
    rows = tc.row_counts(_db(base))
    if rows.get(column.table, 0) == 0:  # not a skip: a table the base leaves empty is a column left untested
        pytest.fail(f"{column.table} has no rows in the base workspace: extend tests/tamper_cases.py build() so "
                    "that it does, or its columns go untested")
    if mode == "null":
        done = tc.null_column(_db(base), column)
        if done is None:
            pytest.fail(f"{column.table}.{column.name} is NULL in every row of the base workspace: extend "
                        "tests/tamper_cases.py build() so that one row holds a value, or its removal goes untested")
        what, row_words = done
    else:
        what, row_words = tc.mutate_column(_db(base), column)
    result = verify(base.ws)
    if column.table in CACHE_TABLES and result.status == 0:
        _assert_cache_edit_harmless(base, what)
        return
    assert_detected(result, f"edited {what}", tc.subject_words(column.table, column.name) | row_words)


def _assert_cache_edit_harmless(b: tc.Base, what: str) -> None:
    """After a cache edit `audit verify` let pass: every run's pack is still what it was (same pictures
    and objects) and verifies, or is refused; never a pack showing something else."""
    for run, reference in ((b.main_run, b.pack), *((r, b.out / f"reference_run{r}.docx") for r in (b.demo_run, b.witnessed_run))):
        if not reference.exists():
            continue
        out = b.out / f"after_cache_edit_run{run}.docx"
        built = tc.cli("--workspace", b.ws, "pack", run, "--out", out)
        assert built.status is not None, f"cache edit {what}: `attest pack` crashed:\n{built.show()}"
        if built.status != 0:
            continue  # refused: no misleading pack
        assert tc.media_hashes(out) == tc.media_hashes(reference), (
            f"cache edit NOT DETECTED and HARMFUL: {what}\nthe pack of run {run} built after it shows other "
            f"pictures/objects than before\n{built.show()}")
        assert_verifies(tc.cli("verify", out), f"the pack of run {run} built after {what}")


# ------------------------------------------------------------------------------ 2. audit entry positions


def _positions(db: Path) -> dict[str, int]:
    seqs = [r["seq"] for r in tc.audit_rows(db)]
    return {"first": seqs[0], "middle": seqs[len(seqs) // 2], "last": seqs[-1]}


@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_audit_entry_deleted(base: tc.Base, position: str) -> None:
    db = _db(base)
    seq = _positions(db)[position]
    entry = next(r for r in tc.audit_rows(db) if r["seq"] == seq)
    with tc.writable(db) as con:
        con.execute("DELETE FROM audit_log WHERE seq=?", (seq,))
        _entry_seal_delete(con, db, [seq])
    assert_detected(verify(base.ws), f"deleted the {position} audit entry #{seq} ({entry['action']}) and its seal",
                    {"entry", "entries", str(seq), entry["action"], *ROLLBACK_WORDS})


@pytest.mark.parametrize("pair", ["adjacent", "first-and-last", "same-kind"])
def test_audit_entries_swapped(base: tc.Base, pair: str) -> None:
    db = _db(base)
    rows = tc.audit_rows(db)
    if pair == "adjacent":
        a, b = rows[len(rows) // 2], rows[len(rows) // 2 + 1]
    elif pair == "first-and-last":
        a, b = rows[0], rows[-1]
    else:
        by_kind: dict[str, list[dict]] = {}
        for r in rows:
            by_kind.setdefault(r["action"], []).append(r)
        a, b = next(v for k, v in sorted(by_kind.items(), key=lambda kv: -len(kv[1])) if len(v) > 1)[:2]
    columns = [c for c in rows[0] if c != "seq"]
    seal_tables = tc.seal_tables(db)
    seals = {t: tc.seal_rows(db, t) for t in seal_tables}
    with tc.writable(db) as con:
        for x, y in ((a, b), (b, a)):
            con.execute(f"UPDATE audit_log SET {', '.join(f'{chr(34)}{c}{chr(34)}=?' for c in columns)} WHERE seq=?",
                        (*[y[c] for c in columns], x["seq"]))
            for t in seal_tables:  # the seal travels with its entry
                sy = seals[t].get(y["seq"])
                if sy:
                    cols = [c for c in sy if c != "seq"]
                    con.execute(f'UPDATE "{t}" SET {", ".join(f"{chr(34)}{c}{chr(34)}=?" for c in cols)} WHERE seq=?',
                                (*[sy[c] for c in cols], x["seq"]))
    assert_detected(verify(base.ws), f"swapped audit entries #{a['seq']} ({a['action']}) and #{b['seq']} ({b['action']}), "
                    "seals moved with them", {"entry", "entries", str(a["seq"]), str(b["seq"])})


def _edit_details(details: dict) -> dict:
    keys = sorted(k for k in details if k != "account") or sorted(details)
    key = next((k for k in keys if isinstance(details[k], (str, int, float, bool)) and details[k] != ""), keys[0])
    return {**details, key: tc._edit_json_scalar(details[key]) if not isinstance(details[key], (dict, list))
            else tc._edit_json(details[key])}


def test_audit_entry_details_edited(base: tc.Base, kind: str) -> None:
    db = _db(base)
    seq = [r["seq"] for r in tc.audit_rows(db) if r["action"] == kind][-1]
    old, new = tc.edit_entry_details(db, seq, _edit_details)
    assert_detected(verify(base.ws), f"edited the details of audit entry #{seq} ({kind}): {tc._short(old, 200)} -> "
                    f"{tc._short(new, 200)}", {"entry", "entries", str(seq), kind})


def test_audit_entry_account_edited(base: tc.Base) -> None:
    db = _db(base)
    seq = next(r["seq"] for r in tc.audit_rows(db) if r["action"] == "run.start")
    old, new = tc.edit_entry_details(db, seq, lambda d: {**d, "account": "someone-else"})
    assert_detected(verify(base.ws), f"changed the OS account of audit entry #{seq}: {old} -> {new}",
                    {"entry", "entries", str(seq), "account"})


def test_seal_row_deleted(base: tc.Base, seal_table: str) -> None:
    if seal_table == "(no seal table)":
        pytest.fail("no table of keyed seals beside the audit log (and no MAC column in it): the chain is not keyed")
    db = _db(base)
    seq = _positions(db)["middle"]
    with tc.writable(db, seal_table) as con:
        con.execute(f'DELETE FROM "{seal_table}" WHERE seq=?', (seq,))
    assert_detected(verify(base.ws), f"deleted the keyed seal of entry #{seq} from {seal_table}",
                    {"entry", "seal", str(seq), seal_table})


# --------------------------------------------------------------------------- 3. the chain, without a key


ATTACKS = ["result", "tester", "caption"]


def _attack(db: Path, b: tc.Base, attack: str) -> tuple[str, int]:
    """Edit a row and the audit entry that recorded it so that they agree. Returns (what, entry seq)."""
    rows = tc.audit_rows(db)
    with tc.writable(db) as con:
        if attack == "result":
            rid, actual = con.execute("SELECT id, actual FROM step_results WHERE run_id=? ORDER BY id LIMIT 1",
                                      (b.main_run,)).fetchone()
            forged = "Job reference created, job Completed"
            con.execute("UPDATE step_results SET actual=?, status='passed' WHERE id=?", (forged, rid))
            entry = next(r for r in rows if r["action"] == "step.record"
                         and json.loads(r["details"] or "{}").get("result_id") == rid)
            details = {**json.loads(entry["details"]), "actual": forged, "status": "passed"}
            con.execute("UPDATE audit_log SET details=? WHERE seq=?",
                        (json.dumps(details, separators=(",", ":"), sort_keys=True), entry["seq"]))
            return f"step result {rid}'s actual text changed to {forged!r} (row and its step.record entry)", entry["seq"]
        if attack == "tester":
            con.execute("UPDATE runs SET tester='Mallory Jones' WHERE id=?", (b.main_run,))
            changed = [r["seq"] for r in rows if r["entity"] == "run" and r["entity_id"] == str(b.main_run)
                       and r["actor"] == "Asha Patel"]
            for seq in changed:
                con.execute("UPDATE audit_log SET actor='Mallory Jones' WHERE seq=?", (seq,))
            return f"run {b.main_run}'s tester changed to Mallory Jones (row and the actor of entries {changed})", changed[0]
        if attack == "caption":
            eid, caption = con.execute("SELECT id, caption FROM evidence_items WHERE run_id=? ORDER BY id LIMIT 1",
                                       (b.main_run,)).fetchone()
            forged = "Job completed screen"
            con.execute("UPDATE evidence_items SET caption=? WHERE id=?", (forged, eid))
            entry = next(r for r in rows if r["action"] == "evidence.add" and r["entity_id"] == str(eid))
            details = {**json.loads(entry["details"]), "caption": forged}
            con.execute("UPDATE audit_log SET details=? WHERE seq=?",
                        (json.dumps(details, separators=(",", ":"), sort_keys=True), entry["seq"]))
            return f"evidence {eid}'s caption changed from {caption!r} to {forged!r} (row and its entry)", entry["seq"]
    raise ValueError(attack)


@pytest.mark.parametrize("attack", ATTACKS)
def test_plain_chain_recomputed_after_an_edit(base: tc.Base, attack: str, seals: str) -> None:
    db = _db(base)
    fitted = tc.guess_chain(tc.audit_rows(db))
    scheme = fitted or tc.FALLBACK_SCHEME
    what, seq = _attack(db, base, attack)
    notes = tc.rewrite_chain(db, scheme, seals=seals, from_seq=seq)
    if not fitted:
        notes.append("(no plain scheme reproduced the stored hashes: the attacker's best guess was used)")
    assert_detected(verify(base.ws), f"{what}; then {'; '.join(notes)}",
                    {"entry", "entries", "seal", "key", str(seq), *ROLLBACK_WORDS})


@pytest.mark.parametrize("keep_key_entry", [True, False], ids=["audit.key-entry-kept", "audit.key-entry-removed"])
def test_downgrade_to_an_unsealed_log_is_refused(base: tc.Base, keep_key_entry: bool) -> None:
    """Make the log look like one an older Attest wrote: a result edited with its entry, every seal and
    keys.json removed (and the entries naming a key, renumbered away), the plain chain recomputed.
    docs/audit.md: this computer remembers making a key for the workspace, and Attest refuses to write."""
    db = _db(base)
    scheme = tc.guess_chain(tc.audit_rows(db)) or tc.FALLBACK_SCHEME
    what, seq = _attack(db, base, "result")
    notes = []
    if not keep_key_entry:
        key_entries = [r["seq"] for r in tc.audit_rows(db) if re.search(r"key|seal", r["action"] or "", re.I)]
        with tc.writable(db) as con:
            for gone in sorted(key_entries, reverse=True):
                con.execute("DELETE FROM audit_log WHERE seq=?", (gone,))
                con.execute("UPDATE audit_log SET seq=seq-1 WHERE seq>?", (gone,))
        notes.append(f"entries {key_entries} naming a key removed and the rest renumbered")
    notes += tc.rewrite_chain(db, scheme, seals="drop-all")
    for path in base.ws.glob("keys*"):
        path.unlink()
        notes.append(f"{path.name} removed")
    what = f"{what}; {'; '.join(notes)}"
    assert_detected(verify(base.ws), what, {"entry", "entries", "seal", "key", "keys.json", *ROLLBACK_WORDS})
    write = tc.cli("--workspace", base.ws, "plan", "create", "Written to a downgraded log", "--by", "Priya Shah")
    assert write.status not in (0, None), f"{what}: a write to it was accepted\n{write.show()}"


@pytest.mark.parametrize("key_id", ["same-key-id", "new-key-id-in-keys.json"])
def test_log_resealed_with_an_attackers_own_key_is_detected(base: tc.Base, key_id: str) -> None:
    """The chain recomputed after an edit and every seal remade with a key of the attacker's own (the
    seal's scheme fitted with the real key, as a key holder would know it; then used with another)."""
    db = _db(base)
    scheme = tc.guess_chain(tc.audit_rows(db))
    mac = tc.guess_mac(db, scheme, base.passwords) if scheme else None
    if mac is None:
        pytest.skip("the seal scheme could not be fitted, so a re-seal with another key cannot be made")
    what, seq = _attack(db, base, "result")
    own = os.urandom(32)
    notes = tc.rewrite_chain(db, scheme, mac_fn=mac[2](own))
    if key_id != "same-key-id":
        new_id = hashlib.sha1(own).hexdigest()
        for table in tc.seal_tables(db):
            if any(c.name == "key_id" for c in tc.schema(db)[table]):
                with tc.writable(db, table) as con:
                    con.execute(f'UPDATE "{table}" SET key_id=?', (new_id,))
        keys = base.ws / "keys.json"
        if keys.exists():
            import base64

            from cryptography.hazmat.primitives import serialization
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

            public = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                           serialization.PublicFormat.Raw)
            listed = json.loads(keys.read_text())
            for epoch in listed.get("epochs", []):
                epoch.update({"key_id": new_id, "public_key": base64.b64encode(public).decode()})
            keys.write_text(json.dumps(listed, indent=1))
            notes.append("keys.json rewritten to name the attacker's key")
        notes.append(f"seals' key_id set to {new_id[:12]}..")
    assert_detected(verify(base.ws), f"{what}; {'; '.join(notes)} with an attacker's own key ({mac[0]} fitted)",
                    {"entry", "entries", "seal", "key", *ROLLBACK_WORDS})


# ----------------------------------------------------------------------------- 3. the chain, with the key


def _key_holder_rewrite(b: tc.Base) -> tuple[str, str, str]:
    db = _db(b)
    scheme = tc.guess_chain(tc.audit_rows(db))
    if scheme is None:
        pytest.skip("the plain chain scheme could not be fitted, so the suite cannot act as a key holder")
    mac = tc.guess_mac(db, scheme, b.passwords)
    if mac is None:
        pytest.skip("no keyring secret reproduces the stored seals with the guessed schemes: the suite cannot act "
                    "as a key holder (the docs could say what is sealed)")
    old_head = tc.audit_rows(db)[-1]["hash"]
    what, seq = _attack(db, b, "result")
    notes = tc.rewrite_chain(db, scheme, from_seq=seq, mac_fn=mac[1])
    new_head = tc.audit_rows(db)[-1]["hash"]
    return f"key holder: {what}; {'; '.join(notes)} ({mac[0]})", old_head, new_head


def test_key_holder_rewrite_is_caught_by_the_head_kept_outside(base: tc.Base) -> None:
    """With the key, the log and its seals can be recomputed; the head recorded outside the workspace (user
    data folder and keyring, left alone here) still differs."""
    what, old, new = _key_holder_rewrite(base)
    assert old != new
    assert_detected(verify(base.ws), what + " - the head record outside the workspace left alone",
                    ROLLBACK_WORDS | {"differ", "head", "seen"})


def _key_holder_rewrite_with_head(b: tc.Base, keyring) -> tuple[str, str]:
    """A key holder rewrites the log and its seals and the head kept outside (user data folder, keyring)."""
    what, old, new = _key_holder_rewrite(b)
    for path in b.home.rglob("*"):
        if path.is_file() and old.encode() in path.read_bytes():
            path.write_bytes(path.read_bytes().replace(old.encode(), new.encode()))
    for (service, user), secret in list(b.passwords.items()):
        current = keyring.get_password(service, user)
        if current and old in current:
            keyring.set_password(service, user, current.replace(old, new))
    workspace = verify(b.ws)
    return what + f"; the outside head rewritten to match too (`audit verify` then: exit {workspace.status})", _pack_head(b)


def _pack_head(b: tc.Base) -> str:
    manifest = tc.read_zip(b.pack)[tc.manifest_part(tc.read_zip(b.pack))].decode("utf-8")
    match = re.search(r'audit-head="([0-9a-f]{64})"', manifest)
    assert match, "the pack's manifest holds no audit head"
    return match.group(1)


def test_key_holder_who_also_rewrites_the_outside_head_is_caught_by_the_packs_audit_head(base: tc.Base, memory_keyring) -> None:
    """The documented limit: someone holding the key who also rewrites the head kept outside can make the
    workspace consistent with itself again; a pack handed out before still catches it, with the documented
    `attest audit verify --head HASH` (the pack's audit head is no longer in the log)."""
    what, head = _key_holder_rewrite_with_head(base, memory_keyring)
    assert_detected(verify(base.ws, "--head", head), what + "; then `audit verify --head` with the pack's audit head",
                    {"head", head[:12], "not", "no longer", *ROLLBACK_WORDS})


def test_key_holder_who_also_rewrites_the_outside_head_is_caught_by_verifying_the_pack_against_it(
        base: tc.Base, memory_keyring) -> None:
    """The same rewrite, seen by `attest verify PACK --workspace DIR`: the pack no longer matches its record
    in the workspace (its audit head is gone from the log, its run record differs from the run's)."""
    what, _ = _key_holder_rewrite_with_head(base, memory_keyring)
    assert_detected(tc.cli("verify", base.pack, "--workspace", base.ws),
                    what + "; the pack built before checked against the workspace",
                    {"run record", "record", "audit", "head", "changed", "differ", "not"})


def _doc_paragraphs() -> list[tuple[str, str]]:
    root = Path(__file__).resolve().parent.parent
    found = []
    for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            found.append((path.name, " ".join(para.split())))
    return found


def test_docs_say_what_a_key_holder_can_still_do() -> None:
    """The docs must be honest about the limit of the keyed chain: what someone holding the workspace key
    (the keyring of the account it lives in) can still rewrite, and what catches it."""
    hits = [f"{name}: {sentence[:300]}" for name, para in _doc_paragraphs()
            for sentence in re.split(r"(?<=[.;:])\s+", para)
            if re.search(r"\b(holds?|holder|has|have|with|knows?)\b[^.]{0,40}\bkey\b|\bkey[- ]holders?\b", sentence, re.I)
            and re.search(r"\b(rewrite|re-write|recompute|forge|re-?seal|re-?sign)\w*", sentence, re.I)]
    assert hits, ("no sentence of README.md or docs/*.md says what someone holding the workspace key can still do "
                  "(a sentence naming who holds the key and rewrite/recompute/forge/re-seal/re-sign)")


# ------------------------------------------------------------------------------------------ 4. the folder


def _more_work(b: tc.Base, name: str) -> None:
    done = tc.cli("--workspace", b.ws, "plan", "create", name, "--by", "Priya Shah")
    assert done.status == 0, f"doing more work on the workspace failed:\n{done.show()}"


def test_rollback_to_an_older_copy_is_reported(base: tc.Base, tmp_path: Path) -> None:
    older = tmp_path / "older"
    shutil.copytree(base.ws, older)
    _more_work(base, "Work done after the copy")
    assert_verifies(verify(base.ws), "the workspace after more work (before the rollback)")
    shutil.rmtree(base.ws)
    shutil.copytree(older, base.ws)
    assert_detected(verify(base.ws), "put back an older copy of the whole workspace folder (one entry behind)",
                    ROLLBACK_WORDS)


def test_rolled_back_workspace_refuses_writes_until_trusted(base: tc.Base, tmp_path: Path) -> None:
    """docs/audit.md: until someone decides (`audit trust`), Attest refuses to write to a workspace behind
    the head this computer saw."""
    older = tmp_path / "older"
    shutil.copytree(base.ws, older)
    _more_work(base, "Work done after the copy")
    shutil.rmtree(base.ws)
    shutil.copytree(older, base.ws)
    write = tc.cli("--workspace", base.ws, "plan", "create", "Written to a rolled-back copy", "--by", "Priya Shah")
    assert write.status not in (0, None), f"a write to the rolled-back workspace was accepted:\n{write.show()}"
    assert tc.cli("--workspace", base.ws, "audit", "trust", "--reason", "Backup restored on purpose").status == 0
    again = tc.cli("--workspace", base.ws, "plan", "create", "Written after the trust", "--by", "Priya Shah")
    assert again.status == 0, f"a write after `audit trust` was refused:\n{again.show()}"
    assert_verifies(verify(base.ws), "verify after trust and a new write")


def test_trust_after_a_rollback_lets_verify_pass_and_is_audited(base: tc.Base, tmp_path: Path) -> None:
    older = tmp_path / "older"
    shutil.copytree(base.ws, older)
    _more_work(base, "Work done after the copy")
    shutil.rmtree(base.ws)
    shutil.copytree(older, base.ws)
    reason = "Restored from the Monday backup on purpose"
    trusted = tc.cli("--workspace", base.ws, "audit", "trust", "--reason", reason)
    assert trusted.status == 0, f"`audit trust` after a rollback failed:\n{trusted.show()}"
    assert_verifies(verify(base.ws), "verify after `audit trust` on the rolled-back workspace")
    _assert_trust_audited(base, reason)


def _assert_trust_audited(b: tc.Base, reason: str) -> None:
    entries = [r for r in tc.audit_rows(_db(b)) if "trust" in (r["action"] or "").lower()]
    assert entries, "`audit trust` left no entry in the audit log (actions: " + ", ".join(
        sorted({r["action"] for r in tc.audit_rows(_db(b))})) + ")"
    assert reason in (entries[-1]["details"] or ""), f"the trust entry does not hold the reason: {entries[-1]}"


def test_trust_needs_a_reason(base: tc.Base) -> None:
    result = tc.cli("--workspace", base.ws, "audit", "trust")
    assert result.status == 2, f"`audit trust` without --reason should be refused (exit 2):\n{result.show()}"
    blank = tc.cli("--workspace", base.ws, "audit", "trust", "--reason", "  ")
    assert blank.status == 2, f"`audit trust --reason '  '` should be refused (exit 2):\n{blank.show()}"


@pytest.mark.parametrize("entries", [1, 2])
def test_truncation_with_the_rows_it_recorded_is_reported(base: tc.Base, entries: int) -> None:
    """Do more work, then take it back out of the files: the last entries, their seals and the rows they
    made. Consistent with itself, so only the head kept outside can see it."""
    db = _db(base)
    before = {t: n for t, n in tc.row_counts(db).items()}
    last_before = tc.audit_rows(db)[-1]["seq"]
    for n in range(entries):
        _more_work(base, f"Work to hide {n}")
    after = tc.audit_rows(db)
    gone = [r["seq"] for r in after if r["seq"] > last_before]
    with tc.writable(db) as con:
        for t, n in tc.row_counts(db).items():
            if t in ("audit_log", *tc.seal_tables(db)) or n == before.get(t):
                continue
            con.execute(f'DELETE FROM "{t}" WHERE rowid IN (SELECT rowid FROM "{t}" ORDER BY rowid DESC LIMIT ?)',
                        (n - before[t],))
        con.execute(f"DELETE FROM audit_log WHERE seq IN ({','.join('?' * len(gone))})", gone)
        _entry_seal_delete(con, db, gone)
    assert tc.row_counts(db) == before
    assert_detected(verify(base.ws), f"did {entries} more change(s) then removed entries {gone}, their seals and "
                    "their rows (the workspace is back to its earlier state)", ROLLBACK_WORDS)


@pytest.mark.parametrize("swap", ["database-and-its-files", "whole-folder"])
def test_workspace_swapped_for_another_is_reported(base: tc.Base, swap: str) -> None:
    if swap == "database-and-its-files":
        for suffix in ("", "-wal", "-shm"):
            (base.ws / f"attest.db{suffix}").unlink(missing_ok=True)
            if (base.ws_b / f"attest.db{suffix}").exists():
                shutil.copy2(base.ws_b / f"attest.db{suffix}", base.ws / f"attest.db{suffix}")
        shutil.copytree(base.ws_b / "evidence", base.ws / "evidence", dirs_exist_ok=True)
        what = "workspace B's attest.db (and its evidence files) put into workspace A's folder"
    else:
        shutil.rmtree(base.ws)
        shutil.copytree(base.ws_b, base.ws)
        what = "workspace A's folder replaced by a copy of workspace B's (both known on this machine)"
    assert_detected(verify(base.ws), what, SWAP_WORDS)


def test_workspace_on_a_new_machine_needs_trust(new_machine: tc.Base) -> None:
    b = new_machine
    first = verify(b.ws)
    assert first.status is not None and first.status != 0, (
        "the workspace copied to a machine that has neither its key nor its head record verifies as if nothing "
        f"were different (expected a request to `attest audit trust`):\n{first.show()}")
    assert tc.names_any(first.text, {"trust", "key", "machine", "computer", "seen", "keyring"}), first.show()
    reason = "Moved to the new test laptop"
    trusted = tc.cli("--workspace", b.ws, "audit", "trust", "--reason", reason)
    assert trusted.status == 0, f"`audit trust` on the new machine failed:\n{trusted.show()}"
    assert_verifies(verify(b.ws), "verify on the new machine after `audit trust`")
    _assert_trust_audited(b, reason)


# ------------------------------------------------------------------------------------------ 5. packs


def _fingerprint(b: tc.Base, path: Path) -> str:
    result = tc.cli("verify", path)
    fingerprint = tc.fingerprint_in(result.text)
    assert result.status == 0 and fingerprint, f"the untouched document does not verify with a fingerprint:\n{result.show()}"
    return fingerprint


def _tampered(b: tc.Base, tmp_path: Path, name: str, parts: dict[str, bytes]) -> Path:
    out = tmp_path / name
    tc.write_zip(out, parts)
    return out


def test_pack_picture_replaced_and_manifest_hash_rewritten(base: tc.Base, tmp_path: Path) -> None:
    parts, media, old, new = tc.replace_picture(tc.read_zip(base.pack), tc.png(320, 120, "white", "Job 4471 Completed"))
    path = _tampered(base, tmp_path, "replaced.docx", parts)
    what = f"pack picture {media} replaced and its hash in the manifest rewritten {old[:12]}.. -> {new[:12]}.."
    assert_detected(tc.cli("verify", path), what, SIGNATURE_WORDS)
    assert_detected(tc.cli("verify", path, "--workspace", base.ws), what + " (checked against the workspace)",
                    SIGNATURE_WORDS)


@pytest.mark.parametrize("content", ["untouched", "picture-replaced"])
def test_pack_signature_stripped(base: tc.Base, tmp_path: Path, content: str) -> None:
    parts = tc.read_zip(base.pack)
    what = "pack signature stripped"
    if content == "picture-replaced":
        parts, media, _, _ = tc.replace_picture(parts, tc.png(320, 120, "white", "Job 4471 Completed"))
        what += f", picture {media} replaced and the manifest hash rewritten"
    parts, removed = tc.strip_signature(parts)
    assert removed, f"no signature found in the pack to strip (signature-like places: {tc.signature_places(tc.read_zip(base.pack))})"
    path = _tampered(base, tmp_path, "stripped.docx", parts)
    what += f" ({'; '.join(removed)})"
    result = tc.cli("verify", path)
    assert_detected(result, what, SIGNATURE_WORDS)


@pytest.mark.parametrize("content", ["untouched", "picture-replaced"])
def test_pack_resigned_with_another_key(base: tc.Base, tmp_path: Path, content: str) -> None:
    fingerprint = _fingerprint(base, base.pack)
    parts = tc.read_zip(base.pack)
    what = "pack re-signed with an attacker's Ed25519 key"
    if content == "picture-replaced":
        parts, media, _, _ = tc.replace_picture(parts, tc.png(320, 120, "white", "Job 4471 Completed"))
        what += f" after replacing picture {media} and rewriting its manifest hash"
    parts, note = tc.resign(parts)
    what += f" ({note})"
    path = _tampered(base, tmp_path, "resigned.docx", parts)
    plain = tc.cli("verify", path)
    assert plain.status is not None, f"{what}: verify crashed\n{plain.show()}"
    assert fingerprint not in plain.text, (
        f"{what}: `attest verify` prints the workspace's fingerprint {fingerprint} for it\n{plain.show()}")
    if "not inferred" in note:  # the signature is not a valid one over the document: plain verify must say so
        assert_detected(plain, what + " (an invalid signature)", SIGNATURE_WORDS)
    assert_detected(tc.cli("verify", path, "--workspace", base.ws), what + " - checked against the workspace",
                    SIGNATURE_WORDS | {"workspace"})


def test_pack_checked_against_another_workspace_fails(base: tc.Base) -> None:
    assert_detected(tc.cli("verify", base.pack, "--workspace", base.ws_b),
                    "workspace A's untouched pack checked against workspace B", SIGNATURE_WORDS | {"workspace"})
    assert_detected(tc.cli("verify", base.pack_b, "--workspace", base.ws),
                    "workspace B's untouched pack checked against workspace A", SIGNATURE_WORDS | {"workspace"})


def test_pack_whose_record_is_gone_from_the_workspace_fails(base: tc.Base) -> None:
    db = _db(base)
    last = tc.audit_rows(db)[-1]
    assert last["action"] == "pack.build", f"the base's last entry is {last['action']}, expected the pack"
    with tc.writable(db) as con:
        con.execute("DELETE FROM audit_log WHERE seq=?", (last["seq"],))
        _entry_seal_delete(con, db, [last["seq"]])
    assert_detected(tc.cli("verify", base.pack, "--workspace", base.ws),
                    f"the pack's own record (entry #{last['seq']} pack.build) removed from the workspace; the untouched "
                    "pack checked against it", {"record", "audit", "pack", "entry", "not", *ROLLBACK_WORDS})


@pytest.mark.parametrize("report", ["witness_report", "completion_report"])
@pytest.mark.parametrize("tamper", ["signature-stripped", "text-edited-and-resigned", "resigned"])
def test_report_tampered(base: tc.Base, tmp_path: Path, report: str, tamper: str) -> None:
    source = getattr(base, report)
    fingerprint = _fingerprint(base, source)
    parts = tc.read_zip(source)
    what = f"{report}: "
    if tamper == "signature-stripped":
        parts, removed = tc.strip_signature(parts)
        assert removed, f"no signature found in the {report} to strip"
        path = _tampered(base, tmp_path, "r.docx", parts)
        assert_detected(tc.cli("verify", path), what + "signature stripped (" + "; ".join(removed) + ")", SIGNATURE_WORDS)
        return
    if tamper == "text-edited-and-resigned":
        document = parts["word/document.xml"].decode("utf-8")
        runs = [m for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*[A-Za-z]{4}[^<]*)</w:t>", document)]
        assert runs, f"no text to edit in the {report}"
        target = runs[len(runs) // 2]
        edited = document[:target.start(1)] + "NOT " + target.group(1) + document[target.end(1):]
        parts["word/document.xml"] = edited.encode("utf-8")
        what += f"text {target.group(1)[:40]!r} changed to 'NOT ...', "
    parts, note = tc.resign(parts)
    what += f"re-signed with an attacker's key ({note})"
    path = _tampered(base, tmp_path, "r.docx", parts)
    plain = tc.cli("verify", path)
    assert plain.status is not None, f"{what}: verify crashed\n{plain.show()}"
    assert fingerprint not in plain.text, f"{what}: verify prints the workspace's fingerprint\n{plain.show()}"
    if "not inferred" in note:  # the signature is not a valid one over the document: plain verify must say so
        assert_detected(plain, what + " (an invalid signature)", SIGNATURE_WORDS)
    assert_detected(tc.cli("verify", path, "--workspace", base.ws), what + " - checked against the workspace",
                    SIGNATURE_WORDS | {"workspace"})


# --------------------------------------------------------------------------------------------- gc


def _age_all(ws: Path, seconds: int = 86400) -> None:
    past = time.time() - seconds
    for p in tc.evidence_files(ws):
        os.utime(p, (past, past))


def _stray(ws: Path) -> Path:
    data = b"left behind by a process killed before its record was committed\n"
    digest = hashlib.sha256(data).hexdigest()
    path = ws / "evidence" / digest[:2] / digest
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _data_row_hashes(db: Path) -> set[str]:
    """SHA-256 values held by the data tables (not the log, whose history names superseded files too, nor the
    caches, which may be recomputed)."""
    found: set[str] = set()
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        for table in tc.schema(db):
            if table == "audit_log" or table in tc.seal_tables(db) or table in CACHE_TABLES:
                continue
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        found.update(re.findall(r"\b[0-9a-f]{64}\b", value))
    return found


def test_gc_dry_run_lists_unreferenced_and_changes_nothing(base: tc.Base) -> None:
    stray = _stray(base.ws)
    _age_all(base.ws)
    before = {p: p.read_bytes() for p in tc.evidence_files(base.ws)}
    result = tc.cli("--workspace", base.ws, "gc")
    assert result.status == 0, f"`attest gc` (dry run) failed:\n{result.show()}"
    assert stray.name[:12] in result.text, f"`attest gc` does not list the unreferenced file {stray.name}:\n{result.show()}"
    referenced = _data_row_hashes(_db(base))
    listed = [h for h in referenced if h[:12] in result.text]
    assert not listed, f"`attest gc` lists files a row references: {listed}\n{result.show()}"
    assert {p: p.read_bytes() for p in tc.evidence_files(base.ws)} == before, "the dry run changed the evidence folder"


def test_gc_apply_removes_them_and_everything_still_verifies(base: tc.Base) -> None:
    stray = _stray(base.ws)
    _age_all(base.ws)
    result = tc.cli("--workspace", base.ws, "gc", "--apply")
    assert result.status == 0, f"`attest gc --apply` failed:\n{result.show()}"
    assert not stray.exists(), f"`attest gc --apply` left the unreferenced file:\n{result.show()}"
    present = {p.name for p in tc.evidence_files(base.ws)}
    missing = sorted(h for h in _data_row_hashes(_db(base)) if h not in present and
                     any(h == p.name for p in tc.evidence_files(Path(base.pristine / "ws"))))
    assert not missing, f"`attest gc --apply` removed files a row references: {missing}\n{result.show()}"
    assert_verifies(verify(base.ws), "audit verify after `attest gc --apply`")
    logged = [r for r in tc.audit_rows(_db(base)) if stray.name in (r["details"] or "")]
    assert logged, f"the removal of {stray.name} is not in the audit log\n{result.show()}"
    for run, reference in ((base.main_run, base.pack),
                           *((r, base.out / f"reference_run{r}.docx") for r in (base.demo_run, base.witnessed_run))):
        out = base.out / f"after_gc_run{run}.docx"
        built = tc.cli("--workspace", base.ws, "pack", run, "--out", out)
        assert built.status == 0, f"the pack of run {run} cannot be built after gc:\n{built.show()}\ngc said:\n{result.show()}"
        assert tc.media_hashes(out) == tc.media_hashes(reference), (
            f"the pack of run {run} built after `gc --apply` shows other pictures/objects than before\ngc said:\n{result.show()}")
