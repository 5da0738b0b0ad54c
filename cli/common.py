"""What every command shares: opening the chosen workspace, and printing results and notes."""

from __future__ import annotations

import argparse
import sys

from attest.core.workspace import Workspace, resolve_workspace_dir


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace named by ``--workspace``, else ``$ATTEST_WORKSPACE``, else the per-user default."""
    return Workspace.open(resolve_workspace_dir(args.workspace))


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
