"""Issue 18: what spans two places is one unit, whatever moment the process is killed at.

- A register change and its audit entry (``register add``, ``register import``): ``register.enc`` and
  ``attest.db`` agree after a SIGKILL at each write boundary, and ``attest audit verify`` is clean, both as
  the killed process left the workspace and after the next process has settled it.
- An evidence pack and its files folder (``attest pack --with-files`` to a name already used): the pair
  beside each other is the old one or the new one at every boundary, never a mix; the next run completes or
  undoes the killed one and leaves no staging folder.
- ``audit verify`` reports a register entry the log never recorded (and the other ways the register and
  the log can disagree), by reference and keyed fingerprint, never by value.
- The files folder is shared as the pack is: the umask-derived mode, not 0600.

Each kill is a subprocess (tests/atomic_writer.py, the CLI) that kills itself with SIGKILL at the boundary
named by ``ATTEST_TEST_KILL_AT`` (core/kill_points.py): no cleanup runs, as after a power cut.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from attest.core import kill_points
from attest.core.model import EvidenceKind, RedactionState, Step, StepStatus, TestCase
from attest.core.redacted import from_store
from attest.core.register_store import RegisterError, RegisterMismatch
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace
from attest.templates.pack_pair import STAGING, files_folder, recover, staging_folder

import tamper_cases as tc

HELPER = Path(__file__).with_name("atomic_writer.py")
PASSPHRASE = "a passphrase for the crash tests"
MPAN1, MPAN2, MPAN3 = "1200023305967", "1900001059816", "1012345678905"

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and the CLI's subprocess are tested on POSIX")


def attest_killed_at(point: str, *args: object) -> subprocess.CompletedProcess[str]:
    """``attest ARGS`` in a new process that kills itself at ``point``; it must have got there."""
    assert point in kill_points.ALL
    env = {**os.environ, kill_points.ENV: point}
    done = subprocess.run([sys.executable, str(HELPER), *map(str, args)], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == -signal.SIGKILL, f"not killed at {point}: exit {done.returncode}\n{done.stderr[-3000:]}"
    return done


def attest(*args: object) -> tuple[int, str]:
    """``attest ARGS`` in this process: status and everything printed."""
    from attest.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = main([str(a) for a in args])
    return status, out.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def headless(no_os_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process and its children as on headless Linux: no keyring, the register under a passphrase
    from the environment, the workspace's key in a file of the (test's) user data folder they share."""
    monkeypatch.setenv("ATTEST_PASSPHRASE", PASSPHRASE)


# -- the register ----------------------------------------------------------------------------------------

def logged_references(root: Path) -> list[str]:
    """The references the audit log recorded as registered (read as a person with sqlite3 would)."""
    with contextlib.closing(sqlite3.connect(f"file:{root / 'attest.db'}?mode=ro", uri=True)) as con:
        found = []
        for action, details in con.execute("SELECT action, details FROM audit_log WHERE action IN "
                                           "('register.add', 'register.import') ORDER BY seq"):
            payload = json.loads(details)
            listed = [payload] if action == "register.add" else payload["entries"]
            found += [entry["reference"] for entry in listed]
        return found


def pending(root: Path) -> list[Path]:
    return sorted(root.glob("register.enc.*"))


CHANGES = [("add", point, first) for point in kill_points.REGISTER for first in (False, True)] + [
    ("import", point, False) for point in kill_points.REGISTER]


@posix_only
@pytest.mark.usefixtures("headless")
@pytest.mark.parametrize("change,point,first", CHANGES,
                         ids=[f"{c}-{p.split('.')[1]}{'-first' if f else ''}" for c, p, f in CHANGES])
def test_register_change_killed_at_each_boundary(tmp_path: Path, change: str, point: str, first: bool) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        if not first:
            ws.register.add("mpan", MPAN1, "MPAN001")
    before = [] if first else ["MPAN001"]
    if change == "add":
        attest_killed_at(point, "--workspace", root, "register", "add", "--kind", "mpan", "--ref", "MPAN002", MPAN2)
        added = ["MPAN002"]
    else:
        csv_file = tmp_path / "data.csv"
        csv_file.write_text(f"kind,value,reference\nmpan,{MPAN2},MPAN002\nmpan,{MPAN3},MPAN003\n", encoding="utf-8")
        attest_killed_at(point, "--workspace", root, "register", "import", csv_file)
        added = ["MPAN002", "MPAN003"]
    committed = point != "register.pending-written"

    # as the killed process left it: the log holds the change if and only if it was committed, and
    # `audit verify` already reads the register as the next process will see it
    assert logged_references(root) == before + (added if committed else [])
    assert bool(pending(root)) == (point != "register.swapped")
    status, said = attest("--workspace", root, "audit", "verify")
    assert status == 0, f"killed at {point}:\n{said}"

    # the next process settles it: the change made whole, or gone without a trace
    with Workspace.open(root) as ws:
        held = [r.reference for r in ws.register.entries()]
        assert held == before + (added if committed else [])
        assert pending(root) == [], "a register change left beside the register"
        if committed:  # made once only
            with pytest.raises(RegisterError, match="already in the register as MPAN002"):
                ws.register.add("mpan", MPAN2)
        else:  # never happened: it can be made now
            ws.register.add("mpan", MPAN2, "MPAN002")
    status, said = attest("--workspace", root, "audit", "verify")
    assert status == 0, said


@posix_only
@pytest.mark.usefixtures("headless")
def test_register_change_killed_before_the_commit_is_not_seen_by_a_reader_meanwhile(tmp_path: Path) -> None:
    """A pending file whose entry is not in the log (its writer killed, or still between its writes) is
    never read as the register."""
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        ws.register.add("mpan", MPAN1, "MPAN001")
    attest_killed_at("register.pending-written", "--workspace", root, "register", "add", "--kind", "mpan", MPAN2)
    status, said = attest("--workspace", root, "register", "list", "--json")
    assert status == 0 and [e["reference"] for e in json.loads(said)] == ["MPAN001"]
    assert pending(root) == []


def test_a_pending_file_cut_short_or_of_a_rolled_back_entry_is_dropped(ws: Workspace) -> None:
    ws.register.add("mpan", MPAN1, "MPAN001")
    enc = ws.register.path
    envelope = json.loads(enc.read_bytes())
    head = ws.store.one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert head is not None
    # killed while writing it: half a file
    (enc.parent / f"register.enc.{head['seq'] + 1}.0a0a0a0a.pending").write_bytes(enc.read_bytes()[:40])
    # its change rolled back, and the entry's number since used by another change (another hash)
    reused = {**envelope, "change": {"seq": head["seq"], "hash": "0" * 64}}
    (enc.parent / f"register.enc.{head['seq']}.0b0b0b0b.pending").write_text(json.dumps(reused))
    assert ws.verify()[1] == []
    assert [r.reference for r in ws.register.entries()] == ["MPAN001"]
    assert pending(ws.root) == [] and enc.read_bytes() == json.dumps(envelope, indent=1).encode()


def test_a_register_change_cannot_join_another_transaction(ws: Workspace) -> None:
    """Its file is moved in after its own commit: inside another change it would be moved in before."""
    with ws.store.write():
        with pytest.raises(RuntimeError, match="its own transaction"):
            ws.register.add("mpan", MPAN1)
    assert not ws.register.exists()


# -- audit verify: the register against the log (tamper cases) --------------------------------------------

def registered(ws: Workspace) -> Path:
    ws.register.add("mpan", MPAN1, "MPAN001")
    csv_file = ws.root.parent / "data.csv"
    csv_file.write_text("kind,value\nmsn,S06DS123456\n", encoding="utf-8")
    ws.register.import_csv(csv_file)
    assert ws.verify()[1] == []
    return ws.root


def verify_problems(root: Path) -> list[str]:
    with Workspace.open(root) as ws:
        return ws.verify()[1]


def test_verify_flags_a_register_entry_with_no_audit_record(ws: Workspace) -> None:
    """Added behind the log's back by someone holding the register's key, its list made to match."""
    root = registered(ws)
    tc.add_register_entry_behind_the_log(root, "mpan", MPAN2, "MPAN002")
    status, said = attest("--workspace", root, "audit", "verify")
    assert status == 1
    assert "register entry MPAN002 (mpan) has no audit record" in said
    assert MPAN2 not in said and MPAN2[-6:] not in said  # never by value


def test_verify_flags_an_entry_slipped_into_the_encrypted_part_alone(ws: Workspace) -> None:
    """Its clear list left as it was: `audit verify` (the key at hand) and every read of the register see it."""
    root = registered(ws)
    tc.add_register_entry_behind_the_log(root, "mpan", MPAN2, "MPAN002", list_it=False)
    problems = verify_problems(root)
    assert any("MPAN002 is not in its list" in p and "changed outside Attest" in p for p in problems), problems
    with Workspace.open(root) as again, pytest.raises(RegisterMismatch, match="MPAN002 is not in its list"):
        again.register.entries()


def test_verify_flags_an_audited_entry_the_register_no_longer_holds(ws: Workspace) -> None:
    root = registered(ws)
    tc.remove_register_entry_behind_the_log(root, "MPAN001")
    assert any("register entry MPAN001 (mpan) recorded by audit entry" in p and "is missing from the register" in p
               for p in verify_problems(root))
    (root / "register.enc").unlink()
    problems = verify_problems(root)
    assert any("MSN001 (msn) recorded by audit entry" in p and "no register file" in p for p in problems), problems


def test_verify_flags_a_value_swapped_under_its_reference(ws: Workspace) -> None:
    root = registered(ws)
    tc.remove_register_entry_behind_the_log(root, "MPAN001")
    tc.add_register_entry_behind_the_log(root, "mpan", MPAN2, "MPAN001")
    problems = verify_problems(root)
    assert any("register entry MPAN001: its value is not the one audit entry" in p for p in problems), problems


def test_verify_flags_a_register_entry_with_no_audit_record_without_the_key(ws: Workspace, memory_keyring) -> None:
    """On an assurer's computer (no register key) the clear list is still checked against the log."""
    root = registered(ws)
    tc.add_register_entry_behind_the_log(root, "mpan", MPAN2, "MPAN002")
    memory_keyring.passwords.clear()
    assert any("register entry MPAN002 (mpan) has no audit record" in p for p in verify_problems(root))


def test_verify_flags_a_register_put_back_from_before_the_list(ws: Workspace) -> None:
    root = registered(ws)
    tc.strip_register_list(root)
    assert any("lists none of its entries" in p for p in verify_problems(root))


# -- the pack and its files folder ----------------------------------------------------------------------

CASE = "ATOM_TC"


def payload(step: int) -> bytes:
    return f'{{"request": "REQ-{step}", "status": "accepted at step {step}"}}\n'.encode()


def new_workspace(root: Path) -> int:
    """A run with a payload on each of its first two steps (no screenshots: nothing to OCR)."""
    with Workspace.open(root) as ws:
        case = TestCase(reference=CASE, title="Atomic exports", steps=tuple(Step(action=f"s{i}") for i in range(3)))
        stored = ws.cases.save_all([case])[0].stored
        run = ws.runs.start(stored.version_id, tester=from_store("Tess Tester"))
        for step in (1, 2):
            record(ws, run.id, step)
        return run.id


def record(ws: Workspace, run_id: int, step: int) -> None:
    data = payload(step)
    item = PreparedEvidence(ws.evidence.put(data), EvidenceKind.PAYLOAD, f"request{step}.json", "", len(data),
                            RedactionState.REDACTED)
    ws.runs.record_step(run_id, StepStatus.PASSED, actual=from_store(f"done {step}"), evidence=(item,))


def files_of(steps: int) -> dict[str, str]:
    return {f"{CASE}_step{s:02d}_1.json": sha(payload(s)) for s in range(1, steps + 1)}


def build(root: Path, run_id: int, out: Path, *, with_files: bool = True) -> None:
    from attest.services.export import build_pack

    with Workspace.open(root) as ws:
        build_pack(ws, run_id, out, with_files=with_files)


def folder_listing(out: Path) -> dict[str, str] | None:
    folder = files_folder(out)
    return {p.name: sha(p.read_bytes()) for p in folder.iterdir()} if folder.exists() else None


def items_in(pack: Path) -> int:
    from attest.services.verify import check_document

    found = check_document(pack.read_bytes(), pack.name)
    assert found.ok, found.problems
    assert found.manifest is not None
    return len(found.manifest.items)


def pair_state(out: Path, old_pack: str) -> tuple[str | None, str | None]:
    """("old" | "new" | None) for the pack and for its folder; a folder that is neither is reported as it is."""
    pack = None if not out.exists() else "old" if sha(out.read_bytes()) == old_pack else "new"
    if pack == "new":
        assert items_in(out) == 3, "the new pack is not whole"
    listing = folder_listing(out)
    folder = None if listing is None else "old" if listing == files_of(2) else "new" if listing == files_of(3) else (
        f"NEITHER: {sorted(listing)}")
    return pack, folder


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# what is beside each other when the process is killed at each boundary: the folder beside a pack is
# always that pack's (or there is no pack yet)
SEEN_AT = {
    "pack.staging": ("old", "old"),
    "pack.staged": ("old", "old"),
    "pack.marked": ("old", "old"),
    "pack.old-folder-aside": ("old", None),
    "pack.old-pack-aside": (None, None),
    "pack.new-folder-in": (None, "new"),
    "pack.new-pack-in": ("new", "new"),
}
# and after the next run's recovery: the killed run's pair once it was decided (its manifest written)
AFTER_RECOVERY = {p: ("old", "old") if p in ("pack.staging", "pack.staged") else ("new", "new") for p in SEEN_AT}


def test_every_pack_boundary_is_tested() -> None:
    assert set(SEEN_AT) == set(kill_points.PACK)


@posix_only
@pytest.mark.usefixtures("headless")
@pytest.mark.parametrize("point", kill_points.PACK)
def test_pack_with_files_killed_at_each_boundary(tmp_path: Path, point: str) -> None:
    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    old_pack = sha(out.read_bytes())
    assert pair_state(out, old_pack) == ("old", "old")
    with Workspace.open(root) as ws:
        record(ws, run_id, 3)  # the run grows a step: the new pack and folder differ from the old

    attest_killed_at(point, "--workspace", root, "pack", run_id, "--out", out, "--with-files")
    assert pair_state(out, old_pack) == SEEN_AT[point], f"killed at {point}"
    assert hidden(out.parent) == [staging_folder(out).name]  # what the next run finishes

    # the next run first finishes (or undoes) the killed one...
    recover(out.parent)
    assert pair_state(out, old_pack) == AFTER_RECOVERY[point], f"after recovering from {point}"
    assert hidden(out.parent) == []
    # ...then writes its own pair
    build(root, run_id, out)
    assert pair_state(out, old_pack) == ("new", "new")
    assert hidden(out.parent) == []
    status, said = attest("--workspace", root, "audit", "verify")
    assert status == 0, said
    status, said = attest("verify", out, "--workspace", root)
    assert status == 0, said


@posix_only
@pytest.mark.usefixtures("headless")
def test_a_pack_killed_midway_is_finished_by_the_next_pack_of_any_name(tmp_path: Path) -> None:
    """The next `attest pack` into the folder finishes it, whatever that pack is called."""
    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    old_pack = sha(out.read_bytes())
    with Workspace.open(root) as ws:
        record(ws, run_id, 3)
    attest_killed_at("pack.old-pack-aside", "--workspace", root, "pack", run_id, "--out", out, "--with-files")
    assert pair_state(out, old_pack) == (None, None)
    build(root, run_id, out.with_name("OTHER.docx"), with_files=False)
    assert pair_state(out, old_pack) == ("new", "new")
    assert hidden(out.parent) == [] and sorted(p.name for p in out.parent.iterdir()) == [
        "ATOM.docx", "ATOM_files", "OTHER.docx"]


@posix_only
@pytest.mark.usefixtures("headless")
def test_a_decided_pack_whose_staged_files_are_damaged_is_undone(tmp_path: Path) -> None:
    """The staged pair is read back against its manifest before it is put in place: one a disk lost a
    write of is not, and the old pair goes back where it was."""
    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    old_pack = sha(out.read_bytes())
    with Workspace.open(root) as ws:
        record(ws, run_id, 3)
    attest_killed_at("pack.old-pack-aside", "--workspace", root, "pack", run_id, "--out", out, "--with-files")
    staged = staging_folder(out) / "new" / files_folder(out).name / f"{CASE}_step03_1.json"
    staged.write_bytes(b"lost")
    recover(out.parent)
    assert pair_state(out, old_pack) == ("old", "old") and hidden(out.parent) == []


def test_a_pack_without_files_takes_the_older_folder_away(tmp_path: Path) -> None:
    """Built again without --with-files (as the app builds it), the pack leaves no older folder beside it
    that is not its own."""
    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    assert files_folder(out).exists()
    build(root, run_id, out, with_files=False)
    assert out.exists() and not files_folder(out).exists() and hidden(out.parent) == []


def test_staging_left_by_an_older_attest_goes_and_one_in_use_is_left_alone(tmp_path: Path) -> None:
    import fcntl

    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    out.parent.mkdir()
    older = out.parent / ".ATOM_files.part"  # how an earlier Attest staged the files
    older.mkdir()
    (older / "half.json").write_text("{")
    busy = out.parent / f".OTHER.docx{STAGING}"  # another process writing OTHER.docx right now
    (busy / "new").mkdir(parents=True)
    with open(busy / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        build(root, run_id, out)
        assert hidden(out.parent) == [busy.name]
        assert (busy / "new").is_dir()
    assert recover(out.parent) == [busy]  # its process gone: no manifest, so nothing was moved; removed
    assert hidden(out.parent) == []


def test_a_pack_that_cannot_be_put_in_place_leaves_the_old_pair(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A rename refused midway (as Windows refuses one of a pack open in Word) undoes what was moved."""
    from attest.core.errors import AttestError
    from attest.templates import pack_pair

    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    old_pack = sha(out.read_bytes())
    with Workspace.open(root) as ws:
        record(ws, run_id, 3)
    real = os.replace

    def refuse_the_pack(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(source).parent.name == "new" and Path(target) == out:
            raise PermissionError(13, "Permission denied")
        real(source, target)

    monkeypatch.setattr(pack_pair.os, "replace", refuse_the_pack)
    with pytest.raises(AttestError, match="cannot put the pack in place"):
        build(root, run_id, out)
    monkeypatch.undo()
    assert pair_state(out, old_pack) == ("old", "old") and hidden(out.parent) == []


# -- the files folder is shared as the pack is -----------------------------------------------------------

@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_the_files_folder_has_the_packs_mode(tmp_path: Path, mask: int) -> None:
    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    with umask(mask):
        build(root, run_id, out)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(out) == 0o666 & ~mask
    folder = files_folder(out)
    assert mode(folder) == 0o777 & ~mask
    assert sorted(p.name for p in folder.iterdir()) == sorted(files_of(2))
    assert {mode(p) for p in folder.iterdir()} == {mode(out)}  # each file as the pack: shared alike


def test_a_cancelled_export_leaves_the_old_pair_and_nothing_else(tmp_path: Path) -> None:
    """The app's export, cancelled at the last moment it can be: the old pair stays, nothing is staged."""
    from attest.core.errors import AttestError

    root, out = tmp_path / "ws", tmp_path / "out" / "ATOM.docx"
    run_id = new_workspace(root)
    build(root, run_id, out)
    old_pack = sha(out.read_bytes())

    def cancel(percent: int, _what: str) -> None:
        if percent >= 95:
            raise AttestError("cancelled")

    from attest.services.export import build_pack

    with Workspace.open(root) as ws, pytest.raises(AttestError, match="cancelled"):
        build_pack(ws, run_id, out, with_files=True, progress=cancel)
    assert pair_state(out, old_pack) == ("old", "old") and hidden(out.parent) == []
