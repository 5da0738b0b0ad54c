"""Where an unexpected error's details go: the per-user log folder, never the person's screen.

``attest-error.log`` in the folder platformdirs names (Linux ``~/.local/state/Attest/log``, macOS
``~/Library/Logs/Attest``, Windows ``%LOCALAPPDATA%\\Attest\\Logs``). It rotates: an entry that would take it
past :data:`MAX_BYTES` first moves it to ``attest-error.log.1`` (and ``.1`` to ``.2``, up to
:data:`BACKUPS` old files; the oldest is dropped), so years of crashes cost at most 4 MB. The app and the
command line may write at once: each entry is appended whole under a lock (``attest-error.log.lock``), and
the size check and the rotation happen under the same lock, so two processes never rotate the file twice
nor write into a file that is being moved away.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

LOG_NAME = "attest-error.log"
MAX_BYTES = 1024 * 1024  # rotate before an entry takes the file past this
BACKUPS = 3  # attest-error.log.1 (newest) to .3 (oldest)
MAX_ENTRY = 64 * 1024  # one entry's characters: a traceback whose message quotes a 100 KB value keeps its ends
_HEAD = 16 * 1024  # of an entry past MAX_ENTRY: this much of its start, and the rest from its end


def log_folder() -> Path:
    """The per-user log folder (not created here)."""
    import platformdirs

    return platformdirs.user_log_path("Attest", appauthor=False)


def write_crash_log(details: str | None = None, scrub: Callable[[str], str] | None = None, *,
                    folder: Path | None = None, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path | None:
    """Append ``details`` (default: the traceback being handled) to ``attest-error.log`` as one entry headed
    by the time and process; the file's path, or ``None`` if it cannot be written (a read-only home must not
    turn one error into two). ``scrub`` (the redaction gate's, passed by the faces: core cannot import it)
    takes identifiers out of the text first: an exception's message may quote a payload. ``folder``,
    ``max_bytes`` and ``backups`` are for tests."""
    text = details if details is not None else traceback.format_exc()
    try:
        text = scrub(text) if scrub is not None else text
    except Exception:  # noqa: BLE001 - a scrubber that fails must not leave the raw text in the log
        text = "(details withheld: they could not be checked for identifiers)"
    if len(text) > MAX_ENTRY:  # the start says where, the end says what was raised
        text = f"{text[:_HEAD]}\n[… {len(text) - MAX_ENTRY:,} characters left out …]\n{text[-(MAX_ENTRY - _HEAD):]}"
    stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    entry = f"--- {stamp} pid {os.getpid()}\n{text.rstrip()}\n".encode("utf-8", errors="replace")
    try:
        where = folder if folder is not None else log_folder()
        where.mkdir(parents=True, exist_ok=True)
        path = where / LOG_NAME
        with _locked(where / f"{LOG_NAME}.lock"):
            _rotate(path, len(entry), max_bytes, backups)
            _append(path, entry)
        return path
    except OSError:
        return None


def _rotate(path: Path, adding: int, max_bytes: int, backups: int) -> None:
    """Move the log aside when ``adding`` bytes would take it past ``max_bytes``: ``.N-1`` to ``.N`` and so on,
    the log itself to ``.1``; the oldest is replaced. A move that fails (a reader holding the file open on
    Windows) leaves the log to grow a little longer rather than lose the entry."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0 or size + adding <= max_bytes:
        return
    try:
        for number in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        if backups > 0:
            os.replace(path, path.with_name(f"{path.name}.1"))
        else:
            path.unlink()
    except OSError:
        pass


def _append(path: Path, entry: bytes) -> None:
    """One entry, appended whole (O_APPEND: each write lands at the end, whoever else is writing)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(entry)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created if need be) across processes: ``flock`` on POSIX,
    ``msvcrt.locking`` on Windows (which retries for about ten seconds). Without a lock (a file system that
    refuses one) the entry is still written: losing a crash's details would be worse than a rare double
    rotation."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    locked = False
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
            locked = True
        except OSError:
            pass
        yield
    finally:
        if locked:
            try:
                if sys.platform == "win32":
                    import msvcrt

                    os.lseek(fd, 0, os.SEEK_SET)
                    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(fd, fcntl.LOCK_UN)
            except OSError:
                pass
        os.close(fd)
