"""``attest witness report``: the witness session report of a witnessed run, for the witness's records.

The report holds the same witness section as the run's evidence pack (``templates.witness``) and
goes through the same leak check: exit 1 and nothing written when something is found, as for
``attest pack``; exit 2 for a run that is not witnessed or a bad file name.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attest.cli.common import add_time_zone_option, note, open_workspace, out, time_zone


def add_witness_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    witness = sub.add_parser("witness", help="documents of witnessed runs").add_subparsers(
        dest="witness_command", metavar="ACTION", required=True)
    p = witness.add_parser("report", help="write the witness session report of a witnessed run (.docx)",
                           description="A short Word document for the witness's records: participants, a "
                                       "timeline with each step's duration and deviations, the observations "
                                       "with responses and agreed actions, the outcome and the sign-off. "
                                       "Leak-checked like an evidence pack; nothing is written if the check "
                                       "finds anything.")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    p.add_argument("--template", type=Path, metavar="FILE.docx",
                   help="a restyled copy of the evidence pack template (see docs/evidence-packs.md)")
    add_time_zone_option(p)
    p.set_defaults(handler=cmd_witness_report)


def cmd_witness_report(args: argparse.Namespace) -> int:
    from attest.services.export import witness_report

    tz = time_zone(args)
    with open_workspace(args) as ws:  # the report builder refuses a name that is not .docx
        result = witness_report(ws, args.run, args.out, template=args.template, time_zone=tz.key)
    out(str(result.path))
    note(f"witness session report written: {result.participants} participant(s), {result.observations} "
         f"observation(s), {'wash-up signed' if result.washup_held else 'wash-up not yet held'}; leak scan clean")
    return 0
