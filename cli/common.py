"""What every command shares: opening the chosen workspace, and printing results and notes."""

from __future__ import annotations

import argparse
import re
import sys
from zoneinfo import ZoneInfo

from attest.core import local_time
from attest.core.errors import AttestError, InputError
from attest.core.workspace import Workspace, resolve_workspace_dir


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace named by ``--workspace``, else ``$ATTEST_WORKSPACE``, else the per-user default. An import
    a killed process left unfinished is finished as it opens, and said (it was not this command's doing)."""
    ws = Workspace.open(resolve_workspace_dir(args.workspace))
    for done in ws.recovered:
        note(f"attest: {done}")
    return ws


def add_time_zone_option(parser: argparse.ArgumentParser) -> None:
    """``--time-zone ZONE`` on a command that shows times to a person (JSON output stays UTC)."""
    parser.add_argument("--time-zone", metavar="ZONE", default=None,
                        help=f"show times in this IANA zone, e.g. Europe/London or UTC (default: "
                             f"${local_time.ENV_ZONE}, else {local_time.DEFAULT_ZONE}); stored times stay UTC")


def time_zone(args: argparse.Namespace) -> ZoneInfo:
    """The zone chosen by ``--time-zone``, else ``$ATTEST_TIME_ZONE``, else Europe/London. A name that is not
    a zone is refused (exit 2) naming where it came from, before the command does anything."""
    given = getattr(args, "time_zone", None)
    try:
        return local_time.zone(given)
    except local_time.UnknownZone as error:
        where = "--time-zone" if (given or "").strip() else f"${local_time.ENV_ZONE}"
        raise InputError(where, str(error)) from None


def out(text: str) -> None:
    """A result, on standard output (what scripts read)."""
    print(text, flush=True)


# The longest line a message may be: one line a person reads in a terminal, a ticket or a chat, and never a
# 100 KB cell. Message builders name places and cut what they quote well inside it; note() holds every line
# to it as the last resort.
MAX_LINE = 300
_PATH_ROOM = 120  # a file's name in an error line: its end (the name itself) is kept
_QUOTED = re.compile(r"'([^'\n]{41,})'|\"([^\"\n]{41,})\"")


def error_line(error: AttestError) -> str:
    """``attest: error: FILE: line N: what; expected what``, in at most :data:`MAX_LINE` characters: a long
    path keeps its end (the file's name), the place is kept whole, and the detail is cut to what is left."""
    text = f"attest: error: {error}"
    if len(text) <= MAX_LINE or not isinstance(error, InputError) or not str(error).endswith(error.detail):
        return text
    from attest.services.gate import safe_message

    whole = str(error)
    location = whole[len(error.file) + 2:len(whole) - len(error.detail)] if whole.startswith(f"{error.file}: ") \
        else ""
    # the gate before the cut, here as in note(): a cut through an MPAN would leave digits it no longer knows
    file, detail = safe_message(error.file), safe_message(error.detail)
    file = file if len(file) <= _PATH_ROOM else "…" + file[-(_PATH_ROOM - 1):]
    head = f"attest: error: {file}: {location}"
    return head + cut(detail, max(MAX_LINE - len(head), 40))


def cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: quoted parts longer than 40 characters shortened first (a
    quoted cell or key is what grows), then the end cut, marked with "…"."""
    if len(text) <= limit:
        return text
    text = _QUOTED.sub(lambda m: f"'{(m.group(1) or m.group(2))[:39]}…'", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def note(text: str) -> None:
    """A message for the person, on standard error: one line of at most :data:`MAX_LINE` characters.

    Whatever value it quotes (a path, a cell, a reference given on the command line) passes the redaction
    gate first: an error message is copied into tickets and chat, and must never carry an identifier there.
    Characters that are not printable (a line break, an escape sequence from a file) become spaces, so a
    message stays one line and cannot drive the terminal."""
    if len(text) > 4 * MAX_LINE:  # what the gate reads is bounded too; what it leaves is cut to MAX_LINE below
        text = text[:4 * MAX_LINE]
    from attest.services.gate import safe_message

    text = safe_message(text)  # (a name, an address or an e-mail spelt out holds no digit)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else " " for c in text)
    print(cut(text, MAX_LINE), file=sys.stderr, flush=True)
