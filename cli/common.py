"""What every command shares: opening the chosen workspace, and printing results and notes."""

from __future__ import annotations

import argparse
import sys
from zoneinfo import ZoneInfo

from attest.core import local_time
from attest.core.errors import InputError
from attest.core.workspace import Workspace, resolve_workspace_dir


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace named by ``--workspace``, else ``$ATTEST_WORKSPACE``, else the per-user default."""
    return Workspace.open(resolve_workspace_dir(args.workspace))


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


def note(text: str) -> None:
    """A message for the person, on standard error. Whatever value it quotes (a path, a cell, a
    reference given on the command line) passes the redaction gate first: an error message is copied
    into tickets and chat, and must never carry an identifier there."""
    if any(c.isdigit() for c in text) or "@" in text:  # nothing else can hold one worth the cost
        from attest.services.gate import safe_message

        text = safe_message(text)
    print(text, file=sys.stderr, flush=True)
