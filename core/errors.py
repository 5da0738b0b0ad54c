"""Errors a user can act on. Each carries a message fit to show as it is, with no traceback."""

from __future__ import annotations

import re

# A cut through a number leaves part of it: no longer recognisable as the identifier it was, it would be
# shown. So a cut also drops the tokens with digits it leaves at the edge, and the separators between them
# (a spaced MPAN is several tokens), and a word it went through.
_SEPARATORS = r"[\s.\-_/:,+]"
_NUMBERY_TAIL = re.compile(rf"(?:{_SEPARATORS}*[0-9A-Za-z]*[0-9][0-9A-Za-z]*)+{_SEPARATORS}*$")
_NUMBERY_HEAD = re.compile(rf"^{_SEPARATORS}*(?:[0-9A-Za-z]*[0-9][0-9A-Za-z]*{_SEPARATORS}*)+")


def cut_end(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, its end cut and marked "…", never leaving the start of a
    word or number the cut went through (nor the numbers just before it)."""
    if len(text) <= limit:
        return text
    head = text[:max(limit - 1, 0)]
    if head and head[-1].isalnum() and text[len(head)].isalnum():
        head = re.sub(r"[0-9A-Za-z]+$", "", head)
    return _NUMBERY_TAIL.sub("", head).rstrip() + "…"


def cut_start(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, its start cut and marked "…" (a long path keeps its end,
    the file's name), never leaving the end of a number the cut went through."""
    if len(text) <= limit:
        return text
    tail = text[len(text) - max(limit - 1, 0):]
    if tail and tail[0].isalnum() and text[len(text) - len(tail) - 1].isalnum():
        tail = re.sub(r"^[0-9A-Za-z]+", "", tail)
    return "…" + _NUMBERY_HEAD.sub("", tail).lstrip()


class AttestError(Exception):
    """Base of every expected failure. ``str(error)`` is the whole user-facing message."""

    exit_status = 2


class InputError(AttestError):
    """Bad input: names the file, the place in it (line, row, cell, field) and what was expected."""

    # a message is one line a person reads: a quoted cell or a parser's complaint is cut, never 100 KB
    MAX_DETAIL = 400
    MAX_FILE = 200

    def __init__(self, file: str, message: str, *, line: int | None = None, place: str | None = None) -> None:
        file = " ".join(str(file).split())
        file = cut_start(file, self.MAX_FILE)
        place = shown(place, 100) if place else place
        location = (f"line {line}: " if line is not None else "") + (f"{place}: " if place else "")
        message = " ".join(message.split())
        room = self.MAX_DETAIL - len(location)  # after the file's name: the place and the detail, 400 at most
        message = cut_end(message, room)
        self.file = file
        self.line = line
        self.place = place
        self.detail = message
        super().__init__(f"{file}: {location}{message}")


def shown(value: object, limit: int = 60) -> str:
    """A value from a user's file as a message quotes it: one line of printable characters, at most
    ``limit`` of them. A message names the reference, key or cell it is about so a person can find it;
    it never repeats a long cell (100 KB of it, or an identifier further along) in a terminal or a ticket."""
    text = "".join(c if c.isprintable() else " " for c in str(value))
    text = " ".join(text.split())
    return cut_end(text, limit)


class NotFound(AttestError):
    """A case, run or item named on the command line does not exist."""


class RunRuleError(AttestError):
    """An action the run rules refuse (out of order, changing a result, recording on a finished run)."""


class WorkspaceError(AttestError):
    """The workspace cannot be opened or used (unreadable, newer schema, not a workspace)."""


class WorkspaceBusy(WorkspaceError):
    """Another process holds the workspace's write lock for longer than we are willing to wait."""


class SourceWarning(UserWarning):
    """Something in an input file that was imported but deserves the user's eye (an unknown key).

    Importers raise these with :func:`warnings.warn`; ``parse_file`` collects them for the caller.
    """

    def __init__(self, file: str, message: str, *, line: int | None = None) -> None:
        self.file, self.line, self.detail = file, line, message
        super().__init__(f"{file}: line {line}: {message}" if line is not None else f"{file}: {message}")
