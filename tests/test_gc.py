"""``attest gc``: evidence files no record refers to are listed and, with --apply, removed with one audit
entry; a referenced file never is, nor one younger than the grace period (a capture on its way to its row),
nor one a writer touches while gc works; the workspace verifies after it."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from attest.core import evidence_gc
from attest.core.evidence_gc import ASIDE, GRACE_S, ORIGINAL, RENDITION, SUPERSEDED, UNRECORDED
from attest.core.model import EvidenceKind, StepStatus
from attest.core.workspace import Workspace
from attest.services import evidence as evidence_service
from attest.services.gc import collect_unused, hold, unused_evidence, worth_offering
from attest.services.runs import record_step
from attest.services.workspace import set_originals_mode
from conftest import png_bytes
from test_runs import start

LATER = GRACE_S + 60  # seconds after the files were made: past the grace period


def later() -> float:
    return time.time() + LATER


def referenced(ws: Workspace) -> set[str]:
    rows = ws.store.query("SELECT sha256 FROM evidence_items UNION SELECT sha256 FROM renditions")
    return {r["sha256"] for r in rows}


def all_present(ws: Workspace) -> bool:
    return all(ws.evidence.check(sha) is None for sha in referenced(ws))


def capture(ws: Workspace, colour: str, run_id: int, name: str = "screen.png", size: tuple[int, int] = (120, 60)):
    return evidence_service.capture_bytes(ws, png_bytes(*size, colour=colour), name, kind=EvidenceKind.SCREENSHOT,
                                          run_id=run_id)


@pytest.fixture
def sources(ws: Workspace) -> dict[str, set[str]]:
    """A workspace with an unused file of every kind, and the files that must stay."""
    set_originals_mode(ws, "encrypted", by="tester")
    run_id = start(ws)
    kept = capture(ws, "white", run_id, "kept.png")
    record_step(ws, run_id, StepStatus.PASSED, prepared=(kept,))
    item = ws.runs.get(run_id).steps[0].evidence[0]
    # a capture taken off its step (never recorded), with its kept original
    dropped = capture(ws, "navy", run_id, "dropped.png")
    # a waiting capture masked before recording: its earlier version is named by nothing
    waiting = capture(ws, "teal", run_id, "waiting.png")
    masked_waiting = evidence_service.add_pending_mask(ws, waiting, (5, 5, 40, 30), original=None)
    record_step(ws, run_id, StepStatus.PASSED, prepared=(masked_waiting,))
    # a recorded screenshot masked again: the file before the change
    remasked = evidence_service.mask_recorded(ws, item.id, add=(10, 10, 50, 40), by="tester")
    # annotated twice: the first drawn copy is out of date, the second is current
    evidence_service.annotate(ws, item.id, [{"type": "box", "x": 1, "y": 1, "w": 20, "h": 10}])
    first = ws.store.query("SELECT key, sha256 FROM renditions")
    evidence_service.annotate(ws, item.id, [{"type": "box", "x": 2, "y": 2, "w": 30, "h": 20}])
    current = {r["sha256"] for r in ws.store.query("SELECT sha256 FROM renditions")} - {r["sha256"] for r in first}
    # a process killed between writing a file and committing its row
    killed = ws.evidence.put(b"payload of a process killed before its row\n")
    return {
        UNRECORDED: {dropped.sha256, waiting.sha256, killed},
        SUPERSEDED: {item.sha256},
        RENDITION: {r["sha256"] for r in first},
        ORIGINAL: {dropped.sha256, waiting.sha256, item.sha256},
        "stays": {remasked.sha256, masked_waiting.sha256, *current},
    }


def test_each_kind_of_unused_file_is_listed_then_removed_and_nothing_referenced(ws: Workspace, sources) -> None:
    assert ws.verify()[1] == []
    found = unused_evidence(ws, now=later())
    listed: dict[str, set[str]] = {}
    for unused in found.files:
        listed.setdefault(unused.kind, set()).add(unused.sha256)
    assert listed[UNRECORDED] == sources[UNRECORDED]
    assert listed[SUPERSEDED] == sources[SUPERSEDED]
    assert listed[RENDITION] == sources[RENDITION]
    assert listed[ORIGINAL] == sources[ORIGINAL]
    items = {r["sha256"] for r in ws.store.query("SELECT sha256 FROM evidence_items")}
    assert not ({u.sha256 for u in found.files if u.kind != ORIGINAL} & (items | sources["stays"]))
    assert len(found.stale_renditions) == 1 and found.size == sum(u.size for u in found.files)
    assert all(u.age_s(later()) >= LATER - 5 for u in found.files)
    assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'evidence.gc'")["n"] == 0  # a dry run

    before = ws.store.one("SELECT COUNT(*) AS n FROM renditions")["n"]
    done = collect_unused(ws, by="Asha Patel", now=later())
    assert done.applied and {(u.sha256, u.kind) for u in done.files} == {(u.sha256, u.kind) for u in found.files}
    for unused in done.files:
        path = (ws.originals.folder / f"{unused.sha256}.enc" if unused.kind == ORIGINAL
                else ws.evidence.path_for(unused.sha256))
        assert not path.exists()
    assert all_present(ws)
    for sha in sources["stays"]:
        assert ws.evidence.check(sha) is None
    assert ws.store.one("SELECT COUNT(*) AS n FROM renditions")["n"] == before - 1  # the stale row went with it
    assert not list(ws.evidence.root.glob(f"*/{ASIDE}*"))

    entry = ws.store.one("SELECT seq, actor, entity, entity_id, details FROM audit_log WHERE action = 'evidence.gc'")
    details = json.loads(entry["details"])
    assert entry["seq"] == done.audit_seq and entry["actor"] == "Asha Patel"
    assert (entry["entity"], entry["entity_id"]) == ("workspace", "evidence")
    assert details["count"] == done.count and details["bytes"] == done.size
    assert set(details["sha256"]) == {u.sha256 for u in done.files if u.kind != ORIGINAL}
    assert set(details["originals"]) == {u.sha256 for u in done.files if u.kind == ORIGINAL}
    assert details["renditions"] == list(found.stale_renditions)
    chain, problems = ws.verify()
    assert chain.ok and problems == []

    # a second gc finds nothing and records nothing
    again = collect_unused(ws, now=later())
    assert again.count == 0 and again.audit_seq is None and again.stale_renditions == ()


def test_a_file_younger_than_the_grace_period_is_kept(ws: Workspace) -> None:
    sha = ws.evidence.put(b"a capture on its way to its row\n")
    made = ws.evidence.path_for(sha).stat().st_mtime
    assert unused_evidence(ws, now=made + GRACE_S - 1).count == 0
    assert unused_evidence(ws, now=made + GRACE_S - 1).young == 1
    assert collect_unused(ws, now=made + GRACE_S - 1).count == 0 and ws.evidence.check(sha) is None
    assert [u.sha256 for u in unused_evidence(ws, now=made + GRACE_S + 1).files] == [sha]

    # storing the same bytes again (a capture of an identical screen) makes the file young again
    os.utime(ws.evidence.path_for(sha), (made - 3600, made - 3600))
    assert unused_evidence(ws, now=made + 1).count == 1
    assert ws.evidence.put(b"a capture on its way to its row\n") == sha
    assert unused_evidence(ws, now=time.time() + 1).count == 0

    # a file the app holds (a capture waiting beside a step) is kept however old; hold() touches it
    os.utime(ws.evidence.path_for(sha), (made - 3600, made - 3600))
    assert unused_evidence(ws, keep={sha}).count == 0
    hold(ws, [sha])
    assert unused_evidence(ws).count == 0 and ws.evidence.path_for(sha).stat().st_mtime > made - 60


def test_a_file_touched_while_gc_works_is_put_back(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer stores the same bytes (touching the file) after gc listed it under the lock: gc sees
    the new time once the file is set aside and puts it back."""
    shas = [ws.evidence.put(f"unused {n}\n".encode()) for n in range(3)]
    old = time.time() - 2 * GRACE_S
    for sha in shas:
        os.utime(ws.evidence.path_for(sha), (old, old))
    listed = ws.evidence.files

    def listing_then_a_writer_touches():  # type: ignore[no-untyped-def]
        yield from listed()
        ws.evidence.touch(shas[1])

    monkeypatch.setattr(ws.evidence, "files", listing_then_a_writer_touches)
    done = collect_unused(ws)
    assert sorted(u.sha256 for u in done.files) == sorted([shas[0], shas[2]])
    assert ws.evidence.check(shas[1]) is None and ws.evidence.check(shas[0]) == "is missing"
    assert not list(ws.evidence.root.glob(f"*/{ASIDE}*"))


def test_files_a_killed_gc_left_aside_are_put_back_and_collected_with_an_entry(ws: Workspace) -> None:
    run_id = start(ws)
    kept = ws.evidence.put(b"recorded\n")
    ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(prepared_file(kept, b"recorded\n"),))
    unused = ws.evidence.put(b"unused\n")
    old = time.time() - 2 * GRACE_S
    os.utime(ws.evidence.path_for(unused), (old, old))
    for sha in (kept, unused):  # as a gc killed between setting files aside and its commit would leave them
        path = ws.evidence.path_for(sha)
        os.replace(path, path.with_name(ASIDE + sha))
    assert evidence_gc.put_back_leftovers(ws) == 2
    assert ws.evidence.check(kept) is None and ws.verify()[1] == []
    path = ws.evidence.path_for(unused)
    os.replace(path, path.with_name(ASIDE + unused))
    done = collect_unused(ws)
    assert [u.sha256 for u in done.files] == [unused] and done.audit_seq is not None
    assert ws.evidence.check(kept) is None and not path.exists()


def prepared_file(sha: str, data: bytes):  # type: ignore[no-untyped-def]
    """A text file as intake hands it to a step, for tests that store the bytes themselves."""
    from attest.core.model import RedactionState
    from attest.core.runs import PreparedEvidence

    return PreparedEvidence(sha, EvidenceKind.FILE, "notes.txt", "", len(data), RedactionState.REDACTED)


def test_the_app_offers_a_clean_up_from_a_few_files_or_much_space(ws: Workspace) -> None:
    old = time.time() - 2 * GRACE_S
    for n in range(19):
        os.utime(ws.evidence.path_for(ws.evidence.put(f"{n}\n".encode())), (old, old))
    assert not worth_offering(unused_evidence(ws))
    os.utime(ws.evidence.path_for(ws.evidence.put(b"twenty\n")), (old, old))
    assert worth_offering(unused_evidence(ws))


# -- the command line --------------------------------------------------------------------------------

def _aged(root: Path) -> None:
    old = time.time() - 2 * GRACE_S
    for path in (root / "evidence").glob("*/*"):
        os.utime(path, (old, old))


def test_gc_on_the_command_line(cli) -> None:
    status, _, _ = cli("cases")
    assert status == 0
    with Workspace.open(cli.workspace) as ws:
        run_id = start(ws)
        recorded = ws.evidence.put(b"recorded\n")
        ws.runs.record_step(run_id, StepStatus.PASSED, evidence=(prepared_file(recorded, b"recorded\n"),))
        shas = sorted(ws.evidence.put(f"left {n}\n".encode()) for n in range(3))

    status, out, err = cli("gc")  # all younger than the grace period
    assert (status, out) == (0, "") and "0 unused files" in err and "3 newer than 10 min kept" in err
    _aged(cli.workspace)
    status, out, err = cli("gc")
    assert status == 0 and sorted(line.split()[0] for line in out.splitlines()) == [s[:12] for s in shas]
    assert all(line.split()[-1] == "unrecorded" for line in out.splitlines())
    assert "3 unused files" in err and "attest gc --apply removes them" in err
    status, out, _ = cli("gc", "--json")
    listed = json.loads(out)
    assert status == 0 and not listed["applied"] and sorted(f["sha256"] for f in listed["files"]) == shas
    assert listed["bytes"] == sum(f["size"] for f in listed["files"]) and listed["audit_seq"] is None

    status, out, err = cli("gc", "--apply", "--json")
    removed = json.loads(out)
    assert status == 0 and removed["applied"] and removed["count"] == 3 and removed["audit_seq"] > 0
    status, out, err = cli("audit", "verify")
    assert status == 0, out + err
    status, out, err = cli("gc", "--apply")
    assert (status, out) == (0, "") and "nothing to remove" in err
    with Workspace.open(cli.workspace) as ws:
        assert ws.evidence.check(recorded) is None
        assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'evidence.gc'")["n"] == 1


@pytest.mark.parametrize("args", [("gc", "--apply=yes"), ("gc", "extra"), ("gc", "--grace", "0")])
def test_gc_bad_arguments_exit_2(cli, args: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli(*args)
    assert exited.value.code == 2


def test_a_gc_that_cannot_record_its_entry_removes_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    shas = [ws.evidence.put(f"unused {n}\n".encode()) for n in range(3)]
    from attest.core.store import WriteTx

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(WriteTx, "audit", refuse)
    with pytest.raises(OSError, match="disk full"):
        collect_unused(ws, now=later())
    assert all(ws.evidence.check(sha) is None for sha in shas)
    assert not list(ws.evidence.root.glob(f"*/{ASIDE}*"))


def test_an_original_stays_as_long_as_its_redacted_file(ws: Workspace) -> None:
    set_originals_mode(ws, "encrypted", by="tester")
    sha = ws.evidence.put(b"callback booked for [NAME-1]\n")
    ws.originals.keep(b"callback booked for the customer\n", sha, "notes.txt")
    old = time.time() - 2 * GRACE_S
    os.utime(ws.originals.folder / f"{sha}.enc", (old, old))
    assert unused_evidence(ws).count == 0  # the redacted file is young: a capture may be on its way
    os.utime(ws.evidence.path_for(sha), (old, old))
    assert sorted(u.kind for u in unused_evidence(ws).files) == [ORIGINAL, UNRECORDED]
    collect_unused(ws)
    assert not ws.originals.has(sha) and ws.evidence.check(sha) == "is missing"
