"""Reading a user's file with an error that says which file and what went wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path

from attest.core.errors import InputError


def read_user_file(path: Path, *, consequence: str = "", limit: int | None = None) -> bytes:
    """The bytes of ``path``; ``consequence`` ("nothing attached") is added to each error message.

    With ``limit``, a file larger than ``limit`` bytes is refused before it is read (its size is asked of
    the file system first), and no more than ``limit + 1`` bytes are ever read, so that a device or a file
    still growing (``/dev/zero``, a log being written) cannot fill the memory either."""
    tail = f"; {consequence}" if consequence else ""
    try:
        if limit is None:
            return path.read_bytes()
        size = path.stat().st_size
        if size > limit:
            raise InputError(str(path), f"the file is {megabytes(size)}, more than the {megabytes(limit)} limit{tail}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise InputError(str(path), f"the file is larger than the {megabytes(limit)} limit{tail}")
        return data
    except FileNotFoundError:
        raise InputError(str(path), f"file not found{tail}") from None
    except IsADirectoryError:
        raise InputError(str(path), f"is a folder, not a file{tail}") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file: {error.strerror}{tail}") from None


def megabytes(size: int) -> str:
    """A size for a message: "3.2 MB" below ten megabytes, "512 MB" above (binary megabytes)."""
    mb = 1024 * 1024
    return f"{size / mb:,.1f} MB" if size < 10 * mb else f"{size // mb:,} MB"
