"""``attest run participant|respond|promote|amend|washup``: a witnessed session from the command line.

The app and these commands go through the same use cases (``attest.services``), so a scripted session
and one run in the app leave the same record. Typed text is redacted there, names are checked there.
"""

from __future__ import annotations

import argparse

from attest.cli.common import note, open_workspace, out
from attest.core.model import Outcome, Priority, Role, Severity

OUTCOMES = {o.value: o for o in Outcome}


def add_session_parsers(run: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = run.add_parser("participant", help="add a participant to a witnessed run (tester, witness, observer)")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--name", required=True)
    p.add_argument("--org", default="", metavar="ORGANISATION", help="e.g. DCC, Elexon, the supplier")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--by", default=None, metavar="NAME", help="who records it (default: the run's tester)")
    p.set_defaults(handler=cmd_participant)

    p = run.add_parser("respond", help="answer a witness's query (an observation of kind query)")
    p.add_argument("observation", type=int, metavar="OBSERVATION")
    p.add_argument("--text", required=True, metavar="RESPONSE")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_respond)

    p = run.add_parser("promote", help="turn a defect candidate into a defect (severity S1-S4, priority P1-P4)")
    p.add_argument("observation", type=int, metavar="OBSERVATION")
    p.add_argument("--severity", required=True, choices=[s.value for s in Severity])
    p.add_argument("--priority", required=True, choices=[p.value for p in Priority])
    p.add_argument("--title", default="", help="the defect's title (default: the observation's text)")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_promote)

    p = run.add_parser("amend", help="correct a step's text during a run, with a reason (refused while witnessed)")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--step", type=int, required=True, metavar="N")
    p.add_argument("--action", required=True, metavar="TEXT")
    p.add_argument("--expected", default=None, metavar="TEXT", help="default: unchanged")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_amend)

    p = run.add_parser("washup", help="close a witnessed run: outcome, agreed actions and the witness's sign-off "
                                      "(finishes the run if it is still open)")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--outcome", required=True, choices=list(OUTCOMES))
    p.add_argument("--signed-by", required=True, metavar="NAME", help="the witness signing off")
    p.add_argument("--action", action="append", default=[], metavar="OBSERVATION=TEXT",
                   help="the action agreed for an observation, e.g. 3='Add a D0150 check'; repeatable")
    p.add_argument("--note", default="", metavar="TEXT",
                   help="why the run is accepted although not every step was executed (needed then)")
    p.add_argument("--by", default=None, metavar="NAME", help="who records it (default: the run's tester)")
    p.set_defaults(handler=cmd_washup)


def cmd_participant(args: argparse.Namespace) -> int:
    from attest.services.witness import add_participant

    with open_workspace(args) as ws:
        person = add_participant(ws, args.run, args.name, args.org, Role(args.role), by=args.by)
    out(f"participant {person.id}: {person.name} ({person.organisation or 'no organisation'}), {person.role.label}")
    return 0


def cmd_respond(args: argparse.Namespace) -> int:
    from attest.services.witness import respond

    with open_workspace(args) as ws:
        answered = respond(ws, args.observation, args.text, by=args.by)
    out(f"observation {answered.id}: response recorded")
    return 0


def cmd_promote(args: argparse.Namespace) -> int:
    from attest.services.witness import promote

    with open_workspace(args) as ws:
        defect = promote(ws, args.observation, Severity(args.severity), Priority(args.priority), title=args.title,
                         by=args.by)
    out(f"observation {args.observation} is defect {defect.id} ({defect.severity.value}/{defect.priority.value})")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from attest.services.runs import amend_step

    with open_workspace(args) as ws:
        amend_step(ws, args.run, args.step, action=args.action, expected=args.expected, reason=args.reason, by=args.by)
    out(f"run {args.run} step {args.step}: text amended, recorded as a deviation")
    return 0


def cmd_washup(args: argparse.Namespace) -> int:
    from attest.core.errors import InputError
    from attest.services.witness import washup

    actions: dict[int, str] = {}
    for given in args.action:
        number, sep, text = given.partition("=")
        if not sep or not number.strip().isdigit() or not text.strip():
            raise InputError("--action", "expected OBSERVATION=TEXT (e.g. 3='Add a D0150 check')")
        actions[int(number)] = text
    with open_workspace(args) as ws:
        run = washup(ws, args.run, OUTCOMES[args.outcome], signed_by=args.signed_by, actions=actions, by=args.by,
                     note=args.note)
    assert run.washup is not None
    out(f"run {run.id} wash-up: {run.washup.outcome.label}, signed by {run.washup.signed_by}; run {run.status.label}")
    if not actions and run.observations:
        note(f"note: no agreed action was given for {len(run.observations)} observation(s) (--action N=TEXT)")
    return 0
