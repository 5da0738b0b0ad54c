"""Evidence files no record refers to, found and removed: ``attest gc``.

The store is written file first, row second (:mod:`attest.core.evidence_store`), and a file is never
deleted when a row stops naming it, so files pile up that nothing refers to:

- a capture taken off its step before it was recorded (or never recorded: the app closed, the run
  ended), and each version of a waiting capture before a mask was added or removed on it;
- a recorded screenshot's file before a mask change (``evidence.mask`` names it as ``before``);
- a drawn copy of an annotated screenshot (``renditions``) whose annotations have changed since, and
  one whose row was never committed;
- any file of a process killed between writing it and committing its row;
- the encrypted original (``originals/<sha>.enc``) kept for any of these.

**What refers to a file.** ``evidence_items.sha256`` (the record), ``drafts.sha256`` (a capture waiting
beside a step, in the workspace so that a crash loses none) and ``renditions.sha256`` for a
rendition that is still current: its key is that of an item's present file and annotations under
the present renderer (``renderer``, from ``templates``; without it every rendition row counts). An
original is kept while its redacted file is referred to. Nothing else names a file: ``scans`` is a
cache keyed by content (a result stays true of the same bytes, so its rows stay), the found values of
a run (``found-values.enc``) hold no file names, and the audit log names files by hash only.

**Files before a mask change are not kept.** The log needs only their hashes: the integrity check
follows each item's chain of ``before``/``after`` hashes without reading the files, and a pack
carries the present file. Nothing in Attest reads a superseded file back (masks are changed on the
present file, or on the encrypted original, which is kept under the present file's name too). And a
superseded file can hold exactly what a tester then masked by hand: a name or a serial that the
automatic redaction (which the file did pass) did not know. Keeping it would keep on disk, in clear,
what the mask hides; ``RunService.mask_recurring`` already removes a text item's earlier form for the
same reason.

**Safe beside a writer.** A writer stores a file and commits the row naming it a moment later,
under the workspace's write lock; :meth:`EvidenceStore.put` touches a file it finds already stored.
So ``collect`` takes the write lock, lists again under it, and leaves any file younger than
``grace_s`` (a capture between its file and its row). Each file to go is first renamed aside
(``.gc-<name>``) and looked at again: touched since it was listed, it is put back. The audit entry is
committed with the lock; the set-aside files are deleted after the commit (an error before it puts
them back at once). Killed before the commit, nothing is recorded and the set-aside files are put back
by the next ``gc``; killed after it, they are put back and removed again by the next one (the log then
names them twice). A row can never come to name a set-aside file: the writers check that their file is
present under the lock.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from attest.core import audit
from attest.core.annotations import annotations_json, load_stored
from attest.core.audit_events import EvidenceCollected, EvidenceMasked
from attest.core.errors import AttestError
from attest.core.evidence_store import fsync_dir
from attest.core.redacted import Redacted
from attest.core.renditions import rendition_key

if TYPE_CHECKING:
    import sqlite3

    from attest.core.workspace import Workspace

GRACE_S = 600.0  # a capture between its file and its row: the app records a waiting capture's file fresh
ASIDE = ".gc-"  # a file being removed, renamed aside until the removal is committed
ENC = ".enc"

# what an unused file was, as far as the workspace can tell
UNRECORDED = "unrecorded"  # never named by a row: taken off a step, masked again before recording, cut short
SUPERSEDED = "pre-mask"  # a recorded screenshot's file before a mask change
RENDITION = "rendition"  # a drawn copy whose annotations changed since
ORIGINAL = "original"  # the encrypted original kept for a file no row names


@dataclass(frozen=True)
class Unused:
    """One file nothing refers to."""

    sha256: str
    kind: str  # UNRECORDED, SUPERSEDED, RENDITION or ORIGINAL
    size: int
    mtime: float  # seconds since the epoch

    def age_s(self, now: float) -> float:
        return max(0.0, now - self.mtime)


@dataclass(frozen=True)
class Collection:
    """What ``find_unused`` found or ``collect`` removed."""

    files: tuple[Unused, ...]  # listed (dry run) or removed
    young: int  # unreferenced files kept because they are younger than the grace period (or held)
    stale_renditions: tuple[str, ...]  # rendition keys no longer current (dropped when applied)
    applied: bool = False
    audit_seq: int | None = None  # the ``evidence.gc`` entry, when one was written
    grace_s: float = GRACE_S

    @property
    def count(self) -> int:
        return len(self.files)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


def _originals_folder(ws: Workspace) -> Path:
    return Path(ws.originals.folder)


def live_rendition_keys(conn: sqlite3.Connection, renderer: str) -> set[str] | None:
    """The keys under which a rendition of each item's present file and annotations would be kept;
    None if some item's stored annotations cannot be read (then no rendition is taken for out of date:
    ``attest audit verify`` is the place to report such a row, not ``gc``)."""
    keys = set()
    for sha256, stored in conn.execute("SELECT sha256, annotations FROM evidence_items "
                                       "WHERE annotations IS NOT NULL AND annotations NOT IN ('', '[]')"):
        try:
            annotations = load_stored(stored)
        except (AttestError, ValueError, TypeError):
            return None
        if annotations:
            keys.add(rendition_key(sha256, annotations_json(annotations), renderer))
    return keys


def _references(conn: sqlite3.Connection, renderer: str | None) -> tuple[set[str], dict[str, str]]:
    """The files rows refer to, and the stale renditions (key -> file)."""
    referenced = {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM evidence_items")}
    # a capture waiting beside a step (core.drafts) is kept: recording it is only a click away
    referenced |= {row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM drafts")}
    live = live_rendition_keys(conn, renderer) if renderer is not None else None
    stale: dict[str, str] = {}
    for key, sha256 in conn.execute("SELECT key, sha256 FROM renditions"):
        if live is None or key in live:
            referenced.add(sha256)
        else:
            stale[key] = sha256
    return referenced, stale


def _superseded(conn: sqlite3.Connection) -> set[str]:
    """Files a mask change replaced (for the listing's words only)."""
    return {e.event.before for e in audit.entries(conn, EvidenceMasked.kind) if isinstance(e.event, EvidenceMasked)}


def _originals(folder: Path) -> Iterable[tuple[str, os.stat_result]]:
    try:
        found = list(os.scandir(folder))
    except FileNotFoundError:
        return
    for entry in found:
        name = entry.name
        if name.endswith(ENC) and not name.startswith(".") and len(name) == 64 + len(ENC):
            with contextlib.suppress(FileNotFoundError):
                yield name[:-len(ENC)], entry.stat(follow_symlinks=False)


def find_unused(ws: Workspace, *, now: float | None = None, grace_s: float = GRACE_S, keep: Iterable[str] = (),
                renderer: str | None = None) -> Collection:
    """The files no row refers to and older than ``grace_s`` (``keep``: files held by a caller, such
    as the app's captures waiting beside a step). Reads only; see :func:`collect` to remove them."""
    now = time.time() if now is None else now
    conn = ws.store.conn
    referenced, stale = _references(conn, renderer)
    held = set(keep)
    superseded = _superseded(conn)
    stale_files = set(stale.values())
    found: list[Unused] = []
    young: set[str] = set()
    for sha256, stat in ws.evidence.files():
        if sha256 in referenced:
            continue
        if sha256 in held or now - stat.st_mtime < grace_s:
            young.add(sha256)
            continue
        kind = RENDITION if sha256 in stale_files else SUPERSEDED if sha256 in superseded else UNRECORDED
        found.append(Unused(sha256, kind, stat.st_size, stat.st_mtime))
    kept_originals = 0
    for sha256, stat in _originals(_originals_folder(ws)):
        if sha256 in referenced:
            continue
        # an original stays as long as its redacted file does
        if sha256 in held or sha256 in young or now - stat.st_mtime < grace_s:
            kept_originals += 1
            continue
        found.append(Unused(sha256, ORIGINAL, stat.st_size, stat.st_mtime))
    return Collection(tuple(found), len(young) + kept_originals, tuple(sorted(stale)), grace_s=grace_s)


def _path(ws: Workspace, unused: Unused) -> Path:
    if unused.kind == ORIGINAL:
        return _originals_folder(ws) / f"{unused.sha256}{ENC}"
    return ws.evidence.path_for(unused.sha256)


def _aside(path: Path) -> Path:
    return path.with_name(ASIDE + path.name)


def put_back_leftovers(ws: Workspace) -> int:
    """Files a ``gc`` killed mid-way left renamed aside, back under their names (to be listed again
    like any other, and removed with an audit entry of their own). Safe at any time: it only puts
    content back where its hash says it belongs."""
    leftovers = [*ws.evidence.root.glob(f"*/{ASIDE}*"), *_originals_folder(ws).glob(f"{ASIDE}*")]
    for leftover in leftovers:
        target = leftover.with_name(leftover.name[len(ASIDE):])
        with contextlib.suppress(OSError):
            if target.exists():  # stored again meanwhile: the same bytes
                leftover.unlink()
            else:
                os.replace(leftover, target)
    return len(leftovers)


def collect(ws: Workspace, *, by: Redacted, now: float | None = None, grace_s: float = GRACE_S,
            keep: Iterable[str] = (), renderer: str | None = None) -> Collection:
    """Remove what :func:`find_unused` lists, listed again under the write lock, with one audit entry
    (``evidence.gc``); stale rendition rows are dropped in the same change. Nothing to remove: no entry."""
    aside: list[Path] = []
    removed: list[Unused] = []
    seq: int | None = None
    try:
        with ws.store.write() as tx:
            put_back_leftovers(ws)
            found = find_unused(ws, now=now, grace_s=grace_s, keep=keep, renderer=renderer)
            for unused in found.files:
                path = _path(ws, unused)
                moved = _aside(path)
                try:
                    os.replace(path, moved)
                    stat = moved.stat()
                except FileNotFoundError:  # gone meanwhile
                    continue
                if stat.st_mtime != unused.mtime or stat.st_size != unused.size:
                    # touched since it was listed: a writer is about to record it
                    with contextlib.suppress(OSError):
                        os.replace(moved, path)
                    continue
                aside.append(moved)
                removed.append(unused)
            if found.stale_renditions:
                keys = list(found.stale_renditions)
                for start in range(0, len(keys), 500):
                    part = keys[start:start + 500]
                    marks = ", ".join("?" for _ in part)
                    ws.store.conn.execute(f"DELETE FROM renditions WHERE key IN ({marks})", part)  # noqa: S608
            if removed or found.stale_renditions:
                tx.audit(by, EvidenceCollected(
                    tuple(u.sha256 for u in removed if u.kind != ORIGINAL), sum(u.size for u in removed),
                    tuple(u.sha256 for u in removed if u.kind == ORIGINAL), found.stale_renditions))
                row = ws.store.conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()
                seq = int(row[0]) if row and row[0] is not None else None
    except BaseException:  # not recorded (no key to seal the entry, the disk full...): nothing goes
        for moved in aside:
            with contextlib.suppress(OSError):
                os.replace(moved, moved.with_name(moved.name[len(ASIDE):]))
        raise
    folders = set()
    for moved in aside:  # recorded: now they go
        with contextlib.suppress(FileNotFoundError):
            moved.unlink()
        folders.add(moved.parent)
    for folder in folders:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return Collection(tuple(removed), found.young, found.stale_renditions, applied=True, audit_seq=seq,
                      grace_s=grace_s)


def touch_held(ws: Workspace, sha256s: Iterable[str]) -> None:
    """Mark files a caller holds (captures waiting beside a step in the app) as just used, with their
    originals, so a ``gc`` in another process leaves them for another grace period."""
    folder = _originals_folder(ws)
    for sha256 in sha256s:
        ws.evidence.touch(sha256)
        with contextlib.suppress(OSError):
            os.utime(folder / f"{sha256}{ENC}")
