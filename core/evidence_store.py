"""Content-addressed evidence files: ``evidence/<aa>/<sha256>``.

A file is written to a temp name beside its target, fsynced, renamed into place and the folder
fsynced, so a file under its hash name is always complete. Files are written *before* the database row that
refers to them is committed: a crash in between leaves an unreferenced file (harmless, the same content
re-used later, and removed by ``attest gc`` once old), never a row pointing at a missing or partial file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_HEX = frozenset("0123456789abcdef")


def _is_digest(name: str) -> bool:
    return len(name) == 64 and set(name) <= _HEX


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals the rename.
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``target`` so that ``target`` is either absent/old or complete. ``durable=False``
    skips the fsync: still never half-written, but a power cut may bring back the old content."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(target.parent)


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store bytes under their SHA-256 and return it. Storing the same bytes twice writes nothing
        (the file is only touched, see :meth:`touch`)."""
        digest = sha256_bytes(data)
        target = self.path_for(digest)
        if target.exists() and target.stat().st_size == len(data) and self.touch(digest):
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        # the temp file sits beside its target: the rename then touches one directory, not two
        atomic_write(target, data)
        return digest

    def touch(self, sha256: str) -> bool:
        """Mark a file as just used (its modification time, now), so ``attest gc`` takes it for one a
        capture is about to record: a file no row refers to yet is collected only once it is older than
        the grace period (:mod:`attest.core.evidence_gc`). ``put`` of bytes already stored touches them
        for that reason. False if the file is not there (then ``put`` writes it again)."""
        try:
            os.utime(self.path_for(sha256))
        except FileNotFoundError:
            return False
        return True

    def files(self) -> Iterator[tuple[str, os.stat_result]]:
        """Every complete file in the store (its SHA-256 and its ``stat``); temp and set-aside files
        (``.part-``, ``.gc-``) are not listed."""
        try:
            folders = [e for e in os.scandir(self.root) if len(e.name) == 2 and e.is_dir(follow_symlinks=False)]
        except FileNotFoundError:
            return
        for folder in sorted(folders, key=lambda e: e.name):
            with os.scandir(folder.path) as found:
                for entry in found:
                    if _is_digest(entry.name) and entry.name.startswith(folder.name):
                        try:
                            yield entry.name, entry.stat(follow_symlinks=False)
                        except FileNotFoundError:  # removed meanwhile (by gc in another process)
                            continue

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def present(self, sha256: str, size: int) -> bool:
        """Cheap check that a just-stored file is in place, before a row is committed against it."""
        path = self.path_for(sha256)
        return path.is_file() and path.stat().st_size == size

    def check(self, sha256: str) -> str | None:
        """``None`` if the file is present and intact, else what is wrong with it ("is missing")."""
        path = self.path_for(sha256)
        if not path.exists():
            return "is missing"
        if sha256_bytes(path.read_bytes()) != sha256:
            return "was changed (its content no longer matches its SHA-256)"
        return None

    def remove(self, sha256: str) -> None:
        """Delete a file no record points at any more (a text item's form before it was masked again:
        it holds the values that were masked). Missing already is fine."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()

    def clean_partials(self, older_than_s: float = 3600.0) -> int:
        """Remove temp files left by a process killed mid-write.

        Only old ones: a fresh temp file may belong to another process writing right now.
        """
        removed = 0
        cutoff = time.time() - older_than_s
        for leftover in self.root.glob("*/.part-*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed += 1
        return removed
