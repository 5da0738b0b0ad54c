"""The error log (issue 18): one entry per internal error, scrubbed, in the per-user log folder; it rotates
at a size and keeps three old files; two processes writing at once lose neither an entry nor the file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from attest.core import crash_log
from attest.core.crash_log import BACKUPS, LOG_NAME, MAX_BYTES, MAX_ENTRY, log_folder, write_crash_log

ENTRY = re.compile(r"--- (\S+) pid (\d+)\n(.*?)\n(?=--- |\Z)", re.DOTALL)


def entries(folder: Path) -> list[tuple[str, str]]:
    """(file name, body) of every entry in the log and its old files, oldest file first."""
    names = [f"{LOG_NAME}.{n}" for n in range(BACKUPS + 2, 0, -1)] + [LOG_NAME]
    found = []
    for name in names:
        path = folder / name
        if path.exists():
            text = path.read_text(encoding="utf-8")
            parsed = ENTRY.findall(text)
            assert "".join(f"--- {t} pid {p}\n{b}\n" for t, p, b in parsed) == text, f"{name} holds a broken entry"
            found += [(name, body) for _t, _p, body in parsed]
    return found


def test_an_entry_goes_to_the_per_user_log_folder_scrubbed(tmp_path: Path) -> None:
    path = write_crash_log("Traceback: bad value 1200023305967", scrub=lambda text: text.replace("1200023305967", "[MPAN-1]"))
    assert path == log_folder() / LOG_NAME
    assert str(log_folder()).startswith(os.environ["HOME"])  # the tests' home, never the real one
    text = path.read_text(encoding="utf-8")
    assert re.fullmatch(r"--- \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ pid \d+\nTraceback: bad value \[MPAN-1\]\n", text)


def test_a_scrubber_that_fails_withholds_the_details(tmp_path: Path) -> None:
    def broken(_text: str) -> str:
        raise RuntimeError("no")

    path = write_crash_log("secret 1200023305967", scrub=broken, folder=tmp_path)
    assert path is not None and "1200023305967" not in path.read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_three_old_files(tmp_path: Path) -> None:
    for number in range(40):
        assert write_crash_log(f"entry {number:02d} " + "x" * 250, folder=tmp_path, max_bytes=1_000) is not None
    files = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(LOG_NAME) and not p.name.endswith(".lock"))
    assert files == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2", f"{LOG_NAME}.3"]
    assert all((tmp_path / name).stat().st_size <= 1_000 for name in files)
    kept = [int(body.split()[1]) for _name, body in entries(tmp_path)]
    assert kept == list(range(kept[0], 40)) and len(kept) >= 9  # the newest, in order, nothing missing between


def test_the_default_size_is_a_megabyte_with_three_old_files() -> None:
    assert (MAX_BYTES, BACKUPS) == (1024 * 1024, 3)


def test_a_huge_entry_keeps_its_start_and_its_end(tmp_path: Path) -> None:
    text = "Traceback (most recent call last):\n" + "y" * 500_000 + "\nValueError: the end"
    path = write_crash_log(text, folder=tmp_path)
    assert path is not None
    written = path.read_text(encoding="utf-8")
    assert len(written) < MAX_ENTRY + 200
    assert "Traceback (most recent call last):" in written and written.rstrip().endswith("ValueError: the end")
    assert "characters left out" in written


def test_an_unwritable_folder_gives_none(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert write_crash_log("x", folder=blocker / "logs") is None


def test_a_rotation_that_cannot_move_the_file_still_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows a reader holding the log open stops the move: the entry is written all the same."""
    write_crash_log("first " + "x" * 200, folder=tmp_path, max_bytes=100)

    def refused(*_args: object) -> None:
        raise PermissionError("in use")

    monkeypatch.setattr(crash_log.os, "replace", refused)
    assert write_crash_log("second", folder=tmp_path, max_bytes=100) is not None
    assert [body.split()[0] for _n, body in entries(tmp_path)] == ["first", "second"]


WRITER = """
import sys
from pathlib import Path
from attest.core.crash_log import write_crash_log
folder, tag, count, max_bytes = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for number in range(count):
    assert write_crash_log(f"{tag} {number:04d} " + tag * 300, folder=folder, max_bytes=max_bytes) is not None
"""


def _two_writers(folder: Path, count: int, max_bytes: int) -> None:
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, str(folder), tag, str(count), str(max_bytes)])
                 for tag in ("A", "B")]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]


def test_two_processes_appending_lose_no_entry(tmp_path: Path) -> None:
    _two_writers(tmp_path, 150, MAX_BYTES)
    found = entries(tmp_path)
    for tag in ("A", "B"):
        numbers = [int(body.split()[1]) for _name, body in found if body.startswith(f"{tag} ")]
        assert numbers == list(range(150)), tag  # every entry, whole, each process's in its own order


def test_two_processes_rotating_keep_the_file_and_whole_entries(tmp_path: Path) -> None:
    # about 58 entries a file, five rotations while both write; four files hold more than one process's 150
    # entries, so each one's newest is kept however the two interleave
    _two_writers(tmp_path, 150, 20_000)
    assert (tmp_path / LOG_NAME).exists()
    found = entries(tmp_path)  # every file holds whole entries only
    names = {p.name for p in tmp_path.iterdir()} - {f"{LOG_NAME}.lock"}
    assert names <= {LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1))}
    assert all((tmp_path / name).stat().st_size <= 20_000 for name in names)
    # each old file was full when it was moved aside: rotated once, under the lock, not twice by two processes
    # that both saw the file full (which drops a file's worth of entries)
    assert all((tmp_path / f"{LOG_NAME}.{n}").stat().st_size > 20_000 - 800 for n in range(1, BACKUPS + 1))
    for tag in ("A", "B"):
        numbers = [int(body.split()[1]) for _name, body in found if body.startswith(f"{tag} ")]
        assert numbers and numbers[-1] == 149, tag  # the newest entry of each is kept
        assert numbers == list(range(numbers[0], 150)), tag  # and nothing between the oldest kept and it is lost
