"""``attest run participant|respond|promote|amend|washup``: a witnessed session from the command line.

The app and these commands go through the same core services (``ws.witness``, ``ws.runs``), so a
scripted session and one run in the app leave the same record. Typed text is redacted at entry, as
everywhere.
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
    p.add_argument("--by", default=None, metavar="NAME", help="who records it (default: the run's tester)")
    p.set_defaults(handler=cmd_washup)


def _redactor(ws):  # type: ignore[no-untyped-def]
    from attest.capture.intake import register_matcher
    from attest.capture.notes import redact_note

    register = register_matcher(ws)
    return lambda text: redact_note(text, register) or ""


def _by(args: argparse.Namespace, ws, run_id: int | None = None) -> str:  # type: ignore[no-untyped-def]
    if args.by:
        return str(args.by)
    if run_id is not None:
        return ws.runs.get(run_id, with_details=False).tester or ws.actor
    return str(ws.actor)


def cmd_participant(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        clean = _redactor(ws)
        person = ws.witness.add_participant(args.run, clean(args.name), clean(args.org), Role(args.role),
                                            by=_by(args, ws, args.run))
    out(f"participant {person.id}: {person.name} ({person.organisation or 'no organisation'}), {person.role.label}")
    return 0


def cmd_respond(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        found = ws.witness.observation(args.observation)
        answered = ws.witness.respond(args.observation, _redactor(ws)(args.text), by=_by(args, ws, found.run_id))
    out(f"observation {answered.id}: response recorded")
    return 0


def cmd_promote(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        found = ws.witness.observation(args.observation)
        defect = ws.witness.promote(args.observation, Severity(args.severity), Priority(args.priority),
                                    by=_by(args, ws, found.run_id), title=_redactor(ws)(args.title))
    out(f"observation {args.observation} is defect {defect.id} ({defect.severity.value}/{defect.priority.value})")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from attest.core.errors import RunRuleError

    with open_workspace(args) as ws:
        clean = _redactor(ws)
        run = ws.runs.get(args.run, with_details=False)
        if not 1 <= args.step <= len(run.steps):
            raise RunRuleError(f"run {args.run} has steps 1 to {len(run.steps)}; there is no step {args.step}")
        expected = run.steps[args.step - 1].expected if args.expected is None else clean(args.expected)
        ws.runs.amend_step(args.run, args.step, action=clean(args.action), expected=expected,
                           reason=clean(args.reason), by=_by(args, ws, args.run))
    out(f"run {args.run} step {args.step}: text amended, recorded as a deviation")
    return 0


def cmd_washup(args: argparse.Namespace) -> int:
    from attest.core.errors import InputError

    actions: dict[int, str] = {}
    for given in args.action:
        number, sep, text = given.partition("=")
        if not sep or not number.strip().isdigit() or not text.strip():
            raise InputError("--action", f"expected OBSERVATION=TEXT (e.g. 3='Add a D0150 check'), not {given!r}")
        actions[int(number)] = text
    with open_workspace(args) as ws:
        clean = _redactor(ws)
        run = ws.witness.washup(args.run, OUTCOMES[args.outcome], signed_by=clean(args.signed_by),
                                by=_by(args, ws, args.run), actions={k: clean(v) for k, v in actions.items()})
    assert run.washup is not None
    out(f"run {run.id} wash-up: {run.washup.outcome.label}, signed by {run.washup.signed_by}; run {run.status.label}")
    if not actions and run.observations:
        note(f"note: no agreed action was given for {len(run.observations)} observation(s) (--action N=TEXT)")
    return 0
