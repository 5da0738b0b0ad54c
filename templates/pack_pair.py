"""An evidence pack and its files folder (``attest pack --with-files``) put in place as one unit.

``X.docx`` and ``X_files/`` are two directory entries, and no file system renames two at once. What must
never be seen beside a pack is a files folder that is not that pack's: an older one, a half-written one, or
one missing the pack's last files. So a pack is published in four renames, after everything is staged:

1. the new pack and its folder are written into a hidden staging folder beside them,
   ``.X.docx.attest-staging/new/`` (files created with the same umask-derived mode as the pack: they are
   shared with it), and flushed to disk;
2. a manifest of the staged pair (``pair.json``: the pack's and every file's SHA-256) is written; from this
   moment the change is decided, and a killed process's change is completed by the next one;
3. the old folder, then the old pack, are moved into the staging folder (``old/``);
4. the new folder, then the new pack, are moved into place; the staging folder (holding the old pair) is
   removed, its manifest first.

At every moment the folder beside a pack is that pack's: the old pair, then the old pack alone, then
nothing, then the new folder (its pack a rename away), then the new pair. A run that writes no folder moves
an old one away all the same, as it no longer matches the pack beside it.

The next ``attest pack`` into the same folder (whatever the pack's name) finishes any change a killed
process left: with its manifest and the staged files intact, forward (the new pair in place); without, back
(the staging folder removed: nothing had been moved yet). A staging folder is owned by whoever holds the
lock on its ``lock`` file (an OS lock, released when its process dies), so a pack being written by another
process at the same moment is never touched. ``kill_points`` names each boundary for the crash tests.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from attest.core import kill_points
from attest.core.errors import AttestError
from attest.core.evidence_store import atomic_write, fsync_dir

STAGING = ".attest-staging"  # suffix of the staging folder, ".X.docx.attest-staging"
MANIFEST = "pair.json"
LOCK = "lock"
FORMAT = "attest-pack-pair"
BUSY_WAIT_S = 10.0  # another process writing a pack of the same name: waited for, then refused


def files_folder(pack: Path) -> Path:
    """``X_files`` beside ``X.docx``."""
    return pack.with_name(f"{pack.stem}_files")


def staging_folder(pack: Path) -> Path:
    return pack.with_name(f".{pack.name}{STAGING}")


@dataclass(frozen=True)
class _Pair:
    """What a staging folder's manifest says the new pair is."""

    pack: str  # the pack's file name
    pack_sha256: str
    files: dict[str, str] | None  # the folder's files and their SHA-256; None: the pack has no folder

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": 1, "pack": self.pack, "pack_sha256": self.pack_sha256,
                           "files": self.files}, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def read(cls, path: Path) -> _Pair | None:
        """None: no manifest (or one cut short, which cannot be: it is written whole or not at all)."""
        try:
            data = json.loads(path.read_bytes())
            files = data["files"]
            pair = cls(str(data["pack"]), str(data["pack_sha256"]),
                       None if files is None else {str(k): str(v) for k, v in dict(files).items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        names = [pair.pack, *(pair.files or ())]
        if data.get("format") != FORMAT or not pair.pack.lower().endswith(".docx") or \
                any(Path(n).name != n or n.startswith(".") for n in names):
            return None  # only ever names entries of its own folder: nothing else is moved or read
        return pair


# -- the OS lock that says a staging folder is in use ---------------------------------------------------

def _try_lock(path: Path) -> int | None:
    """An exclusive lock on ``path`` (made if missing), or None if another process holds it or the folder
    is gone. The OS drops the lock when its holder dies, however it dies: no stale lock is left."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except (FileNotFoundError, NotADirectoryError):
        return None
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _unlock(fd: int) -> None:
    """Closing the file drops the lock (Windows: after unlocking its byte)."""
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    with contextlib.suppress(OSError):
        os.close(fd)


class _Owned:
    """A staging folder this process holds the lock of, until :meth:`discard` or :meth:`release`."""

    def __init__(self, staging: Path, fd: int) -> None:
        self.staging, self.fd = staging, fd

    def release(self) -> None:
        if self.fd >= 0:
            _unlock(self.fd)
            self.fd = -1

    def discard(self) -> None:
        """The staging folder removed, its manifest first: a half-removed one then reads as undecided, and
        undecided is only ever removed (as is one still holding the old pair after the change was done).
        The lock goes last, after everything it guards (Windows removes no file that is open)."""
        with contextlib.suppress(FileNotFoundError):
            (self.staging / MANIFEST).unlink()
        with contextlib.suppress(OSError):
            for child in self.staging.iterdir():
                if child.name != LOCK:
                    if child.is_dir() and not child.is_symlink():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink()
        self.release()
        with contextlib.suppress(OSError):
            (self.staging / LOCK).unlink()
        with contextlib.suppress(OSError):
            self.staging.rmdir()


def _own(staging: Path) -> _Owned | None:
    fd = _try_lock(staging / LOCK)
    return None if fd is None else _Owned(staging, fd)


# -- publishing ----------------------------------------------------------------------------------------

def publish(out: Path, document: bytes, files: dict[str, bytes] | None) -> Path | None:
    """Put ``document`` at ``out`` and, with ``files`` (file name -> bytes), the folder ``X_files`` beside
    it, as one unit (see the module's docstring); without ``files``, an older folder beside ``out`` is
    moved away with the older pack. Returns the folder, or None. Raises :class:`AttestError` if the pair
    cannot be written; the old pair is then left as it was."""
    parent = out.parent
    if out.is_dir() and not out.is_symlink():
        raise AttestError(f"{out}: is a folder; give the pack a file name")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AttestError(f"{out}: cannot write the pack: {error.strerror}") from None
    recover(parent)
    staging = staging_folder(out)
    deadline = time.monotonic() + BUSY_WAIT_S
    owned: _Owned | None = None
    while owned is None:
        try:
            staging.mkdir()
        except FileExistsError:
            stale = _own(staging)
            if stale is not None:  # its process gone, and recover() could not finish it just now: say why
                try:
                    _settle(stale, parent)
                except OSError as error:
                    stale.release()
                    raise AttestError(f"{out}: an earlier pack of this name was left half in place and cannot be "
                                      f"finished: {error.strerror} (is it open in Word?)") from None
                continue
        else:
            owned = _own(staging)  # None: another process's recovery took it first, and removes it
        if owned is None:
            if time.monotonic() > deadline:
                raise AttestError(f"{out}: another Attest is writing this pack right now; try again when it is done")
            time.sleep(0.1)
    try:
        return _publish_owned(out, owned, document, files)
    finally:
        owned.release()


def _publish_owned(out: Path, owned: _Owned, document: bytes, files: dict[str, bytes] | None) -> Path | None:
    staging, folder = owned.staging, files_folder(out)
    try:
        new = staging / "new"
        new.mkdir()
        _write_new(new / out.name, document)
        if files is not None:
            staged = new / folder.name
            staged.mkdir(0o777)  # the umask decides, as for the pack
            for number, (name, data) in enumerate(files.items()):
                _write_new(staged / name, data)
                if number == 0:
                    kill_points.reached("pack.staging")
            fsync_dir(staged)
        else:
            kill_points.reached("pack.staging")
        fsync_dir(new)
        kill_points.reached("pack.staged")
        pair = _Pair(out.name, hashlib.sha256(document).hexdigest(),
                     None if files is None else {n: hashlib.sha256(d).hexdigest() for n, d in files.items()})
        atomic_write(staging / MANIFEST, pair.to_json())
        kill_points.reached("pack.marked")
    except OSError as error:
        owned.discard()
        raise AttestError(f"{out}: cannot write the pack: {error.strerror}") from None
    except BaseException:
        owned.discard()  # cancelled (the app's progress may raise): the old pair stays
        raise
    try:
        _forward(staging, out.parent, pair)
    except OSError as error:
        try:
            _back(staging, out.parent, pair)
        except OSError:
            pass  # left with its manifest: the next run completes the change
        else:
            owned.discard()
        raise AttestError(f"{out}: cannot put the pack in place: {error.strerror} (is it open in Word?); the "
                          "earlier pack was left as it was") from None
    owned.discard()
    return folder if files is not None else None


def _write_new(path: Path, data: bytes) -> None:
    """A file made with mode 0666 less the umask (what the pack itself gets; a pack and its files are
    shared alike), written whole and flushed before the pair's manifest is."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _move(source: Path, target: Path) -> None:
    """Rename within one folder's file system; ``target`` is never an existing entry (nothing is
    overwritten: a rename of a folder onto another would fail or merge)."""
    if target.exists() or target.is_symlink():
        target = target.with_name(f"{target.name}.{os.urandom(4).hex()}")
    os.replace(source, target)


def _forward(staging: Path, parent: Path, pair: _Pair) -> None:
    """The decided change, from wherever a killed process left it: each step is done only if it is still
    to do, told by what is where (the staged entries move out of ``new/`` as they go in)."""
    new, old = staging / "new", staging / "old"
    old.mkdir(exist_ok=True)
    pack, folder = parent / pair.pack, files_folder(parent / pair.pack)
    pack_in = not (new / pack.name).exists()
    folder_in = pair.files is not None and not (new / folder.name).exists()
    if not pack_in and not folder_in and (folder.exists() or folder.is_symlink()):
        _move(folder, old / folder.name)
        kill_points.reached("pack.old-folder-aside")
    if not pack_in and (pack.exists() or pack.is_symlink()):
        _move(pack, old / pack.name)
        kill_points.reached("pack.old-pack-aside")
    if pair.files is not None and not folder_in:
        _move(new / folder.name, folder)
        kill_points.reached("pack.new-folder-in")
    if not pack_in:
        _move(new / pack.name, pack)
    fsync_dir(parent)
    kill_points.reached("pack.new-pack-in")


def _back(staging: Path, parent: Path, pair: _Pair) -> None:
    """Undo a change that cannot go forward (a rename refused, say, as Windows refuses one of a file open
    in Word): the new folder, if already in place without its pack, back into staging; the old pair back
    into the places left empty."""
    new, old = staging / "new", staging / "old"
    pack, folder = parent / pair.pack, files_folder(parent / pair.pack)
    if pair.files is not None and (new / pack.name).exists() and not (new / folder.name).exists() \
            and folder.exists():
        os.replace(folder, new / folder.name)
    for name, place in ((pack.name, pack), (folder.name, folder)):
        if (old / name).exists() and not (place.exists() or place.is_symlink()):
            os.replace(old / name, place)
    fsync_dir(parent)


# -- after a kill --------------------------------------------------------------------------------------

def recover(folder: Path) -> list[Path]:
    """Finish every pack change a killed process left in ``folder`` (forward if it was decided and its
    staged files are whole; else back), and remove its staging folder; one another process is writing
    now is left alone. Also removes the ``.X_files.part`` folders an earlier Attest staged files in. Returns
    the staging folders dealt with."""
    done: list[Path] = []
    try:
        hidden = sorted(p for p in folder.iterdir() if p.name.startswith("."))
    except OSError:
        return done
    for path in hidden:
        if path.name.endswith("_files.part") and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
    for staging in hidden:
        if not staging.name.endswith(STAGING) or not staging.is_dir() or staging.is_symlink():
            continue
        owned = _own(staging)
        if owned is None:
            continue  # being written by another process now
        try:
            _settle(owned, folder)
        except OSError:
            owned.release()  # a pack open in Word, say: tried again at the next run
            continue
        done.append(staging)
    return done


def _settle(owned: _Owned, folder: Path) -> None:
    """A staging folder whose process is gone: its change finished if it was decided and what it staged
    is whole, else undone; then removed. Raises ``OSError`` (left as it is) if a rename is refused."""
    pair = _Pair.read(owned.staging / MANIFEST)
    if pair is not None and _staged_whole(owned.staging, pair):
        _forward(owned.staging, folder, pair)
    elif pair is not None:
        _back(owned.staging, folder, pair)
    owned.discard()


def _staged_whole(staging: Path, pair: _Pair) -> bool:
    """Whether what is still staged is what the manifest lists (read back: a disk that lost a write after
    the manifest was flushed must not put a damaged pack in place)."""
    new = staging / "new"
    pack = new / pair.pack
    if pack.exists() and _sha256(pack) != pair.pack_sha256:
        return False
    folder = new / files_folder(Path(pair.pack)).name
    if pair.files is not None and folder.exists():
        held = {p.name for p in folder.iterdir()}
        if held != set(pair.files) or any(_sha256(folder / n) != h for n, h in pair.files.items()):
            return False
    return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
