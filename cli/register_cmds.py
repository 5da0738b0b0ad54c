"""``attest register ...``: the test data register on the command line.

Values are shown masked (all but the last 3 characters) and never printed in full: the terminal
scrollback and a pasted command output are places evidence leaks from too. A value given as ``-``
is read from standard input, which keeps it out of the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from attest.cli.render import dumps
from attest.core.errors import AttestError
from attest.services.types import KIND_NAMES, RegisterRecord, masked
from attest.cli.common import note, open_workspace, out


def add_register_parser(subparsers: Any) -> None:
    """Add ``register add|import|list`` to the ``attest`` subcommands (``subparsers`` from
    ``ArgumentParser.add_subparsers``)."""
    register = subparsers.add_parser(
        "register", help="the test data register: your identifiers mapped to references (encrypted)",
    ).add_subparsers(dest="register_command", metavar="ACTION", required=True)

    p = register.add_parser("add", help="register one identifier; prints its reference")
    p.add_argument("--kind", required=True, type=str.lower, choices=KIND_NAMES)
    p.add_argument("value", metavar="VALUE", help="the identifier; '-' reads it from standard input")
    p.add_argument("--ref", default=None, metavar="REF", help="its reference (default: the next free, e.g. MPAN001)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_register_add)

    p = register.add_parser("import", help="register the identifiers in a CSV file (columns kind,value,reference)")
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_register_import)

    p = register.add_parser("list", help="list references with their values masked")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_register_list)


def record_json(record: RegisterRecord) -> dict[str, Any]:
    return {"reference": record.reference, "kind": record.kind, "value_masked": masked(record.value),
            "added_at": record.added_at, "added_by": record.added_by}


def _line(record: RegisterRecord) -> str:
    return f"{record.reference}\t{record.kind}\t{masked(record.value)}"


def cmd_register_add(args: argparse.Namespace) -> int:
    value = args.value
    if value == "-":
        # on a terminal, typed without echo; otherwise the first line of what is piped in
        value = getpass.getpass("Value: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
        if not value:
            raise AttestError("no value on standard input")
    from attest.services import register

    with open_workspace(args) as ws:
        record = register.add(ws, args.kind, value, args.ref)
    if args.json:
        out(dumps(record_json(record)))
    else:
        out(record.reference)
        note(f"registered {record.kind} {masked(record.value)} as {record.reference}")
    return 0


def cmd_register_import(args: argparse.Namespace) -> int:
    from attest.services import register

    with open_workspace(args) as ws:
        added = register.import_csv(ws, args.file)
    if args.json:
        out(dumps([record_json(r) for r in added]))
    else:
        for record in added:
            out(_line(record))
    note(f"{args.file}: {len(added)} identifier(s) registered" if added else f"{args.file}: nothing to import")
    return 0


def cmd_register_list(args: argparse.Namespace) -> int:
    from attest.services import register

    with open_workspace(args) as ws:
        records = register.entries(ws)
    if args.json:
        out(dumps([record_json(r) for r in records]))
    elif not records:
        note("the test data register is empty: add identifiers with `attest register add` or `register import`")
    else:
        for record in records:
            out(_line(record))
    return 0
