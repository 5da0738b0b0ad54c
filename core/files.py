"""Reading a user's file with an error that says which file and what went wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path

from attest.core.errors import InputError


def read_user_file(path: Path, *, consequence: str = "") -> bytes:
    """The bytes of ``path``; ``consequence`` ("nothing attached") is added to each error message."""
    tail = f"; {consequence}" if consequence else ""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), f"file not found{tail}") from None
    except IsADirectoryError:
        raise InputError(str(path), f"is a folder, not a file{tail}") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file: {error.strerror}{tail}") from None
