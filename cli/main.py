"""``attest``: the command-line face. Thin: every command is a few calls into ``attest.services``.

Exit status: 0 success; 1 a check found a problem (``audit verify``); 2 bad input or a refused
action, with a one-line message naming what and where; 3 an internal error (details in the log).
"""

from __future__ import annotations

import argparse
import re
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from attest import __version__
from attest.core.crash_log import write_crash_log
from attest.core.errors import AttestError, InputError
from attest.core.local_time import stamp
from attest.core.model import EvidenceKind, ObservationKind, Role, StepStatus
from attest.services.types import FORMAT_NAMES, DeviationNeeded, EvidenceNeeded, audit_head
from attest.cli import render
from attest.cli.common import add_time_zone_option, error_line, note, open_workspace, out, time_zone
from attest.cli.ado_cmds import add_ado_parsers
from attest.cli.pack_cmds import add_pack_parsers
from attest.cli.plan_cmds import add_plan_parsers
from attest.cli.redaction_cmds import add_redaction_parsers
from attest.cli.register_cmds import add_register_parser
from attest.cli.session_cmds import add_session_parsers
from attest.cli.witness_cmds import add_witness_parsers

Handler = Callable[[argparse.Namespace], int]


_ECHOED_VALUE = re.compile(r"(invalid (?:choice|[\w ]+ value)): (?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")
_UNRECOGNISED = re.compile(r"unrecognized arguments: (.*)", re.DOTALL)


def _options_only(match: re.Match[str]) -> str:
    """argparse's "unrecognized arguments: …" with the option names kept (a mistyped "--bogus" is worth
    seeing) and the values left out (a misplaced value may be anything typed)."""
    words = match.group(1).split()
    options = [w for w in words if re.fullmatch(r"--?[A-Za-z][\w\-]*", w)]
    hidden = len(words) - len(options)
    shown = " ".join(options)
    more = f"{hidden} value(s), not shown" if hidden else ""
    return f"unrecognized arguments: {', '.join(part for part in (shown, more) if part)}; check the command's --help"


class _GatedParser(argparse.ArgumentParser):
    """argparse's own messages quote what was typed ("invalid int value: 'D19A1100237'"): they pass the
    redaction gate as every other message does. (Sub-commands' parsers are of this class too: argparse
    makes them of their parent's.)"""

    def error(self, message: str) -> NoReturn:
        from attest.services.gate import safe_message

        # and never the value itself ("invalid choice: '183122350831'" named twelve digits of an MPAN that the
        # gate could not know for one): what was wrong with it, and what was expected, is enough
        message = _ECHOED_VALUE.sub(r"\1", message)
        message = _UNRECOGNISED.sub(_options_only, message)
        super().error(safe_message(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _GatedParser(
        prog="attest",
        description="Run scripted test cases step by step and keep redacted, verifiable evidence.",
        epilog="Workspace: --workspace DIR, else $ATTEST_WORKSPACE, else the per-user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"attest {__version__}")
    parser.add_argument("--workspace", metavar="DIR", help="workspace folder (created on first use)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import test cases from files (format detected from content)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--format", choices=sorted(FORMAT_NAMES), help="force the format instead of detecting it")
    p.add_argument("--json", action="store_true", help="print a JSON list of the imported cases")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("cases", help="list the test cases in the workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_cases)

    case = sub.add_parser("case", help="show one test case").add_subparsers(dest="case_command", metavar="ACTION",
                                                                              required=True)
    p = case.add_parser("show", help="show a case's steps (CASE = id or reference)")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_show)

    run = sub.add_parser("run", help="start, record and finish runs").add_subparsers(
        dest="run_command", metavar="ACTION", required=True)
    p = run.add_parser("start", help="start a run of a case; prints the run id")
    p.add_argument("case", metavar="CASE", help="case id or reference")
    p.add_argument("--tester", default="", help="who executes the run (default: your login name)")
    p.add_argument("--environment", default="", help="test environment, e.g. 'SIT-B'")
    p.add_argument("--data", action="append", default=[], metavar="REF",
                   help="test data register reference in use (e.g. MPAN001); repeatable")
    p.add_argument("--witnessed", action="store_true",
                   help="a witnessed session: the script is locked; participants, observations and a wash-up follow")
    p.add_argument("--purpose", default="", help="the witnessed session's purpose")
    p.add_argument("--participant", action="append", default=[], metavar="ROLE:NAME[:ORGANISATION]",
                   help="who takes part in the witnessed session, e.g. 'witness:Dev Rao:DCC' (role tester, witness "
                        "or observer); recorded with the run in one change; repeatable")
    p.add_argument("--plan", metavar="PLAN", help="the test plan (id or name) the run belongs to; the case must be in it")
    p.add_argument("--retest", action="append", default=[], type=int, metavar="RUN",
                   help="an earlier run of the same case this run retests; repeatable")
    p.add_argument("--retests-defect", action="append", default=[], type=int, metavar="ID",
                   help="a defect this run retests; repeatable")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run_start)

    p = run.add_parser("step", help="record the next step's result, with evidence")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--status", required=True, choices=[s.value for s in StepStatus])
    p.add_argument("--actual", default="", help="the actual result")
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE",
                   help="screenshot or other file; repeatable")
    p.add_argument("--payload", action="append", default=[], type=Path, metavar="FILE", help="payload sent")
    p.add_argument("--response", action="append", default=[], type=Path, metavar="FILE", help="response received")
    p.add_argument("--caption", default="", help="caption for the evidence attached in this call")
    p.add_argument("--step", type=int, metavar="N", help="record step N instead of the next one (needs --deviation)")
    p.add_argument("--deviation", metavar="REASON", help="why the script is not followed here")
    p.add_argument("--by", default=None, metavar="NAME", help="who records it (default: the run's tester)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run_step)

    p = run.add_parser("show", help="show a run with its results and evidence")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--json", action="store_true", help="the run as JSON (times in ISO 8601 UTC)")
    add_time_zone_option(p)
    p.set_defaults(handler=cmd_run_show)

    p = run.add_parser("observe", help="record an observation on a run (a witness's or tester's note)")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("text", metavar="TEXT", nargs="?", help="what was observed (or --text)")
    p.add_argument("--text", dest="text_option", metavar="TEXT", help="what was observed")
    p.add_argument("--kind", default=ObservationKind.OBSERVATION.value, choices=[k.value for k in ObservationKind])
    p.add_argument("--step", type=int, metavar="N", help="the step it concerns")
    p.add_argument("--by", default=None, metavar="NAME", help="who raises it (default: your login name)")
    p.set_defaults(handler=cmd_run_observe)

    p = run.add_parser("defect", help="raise a defect on a run (in progress or finished)",
                       description="Severity on the scale of the run's plan: MHHS S1-S4 or DCC 1-5 (see "
                                   "`attest defect scales`); priority P1-P4.")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--severity", required=True, metavar="S", help="S1-S4 (MHHS) or 1-5 (DCC), as the plan's scale")
    p.add_argument("--priority", required=True, metavar="P", help="P1-P4")
    p.add_argument("--step", type=int, metavar="N", help="the step it was found at")
    p.add_argument("--evidence", action="append", default=[], type=int, metavar="ITEM",
                   help="an evidence item of the run that shows it; repeatable")
    p.add_argument("--description", default="", help="what happened, how to reproduce")
    p.add_argument("--by", default=None, metavar="NAME", help="who raises it (default: your login name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run_defect)

    add_session_parsers(run)

    p = run.add_parser("finish", help="set the overall status and freeze the run")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_run_finish)

    p = sub.add_parser("runs", help="list runs")
    p.add_argument("--json", action="store_true", help="the runs as JSON (times in ISO 8601 UTC)")
    add_time_zone_option(p)
    p.set_defaults(handler=cmd_runs)

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_command", metavar="ACTION",
                                                                          required=True)
    p = audit.add_parser("verify", help="check the audit log's hash chain")
    p.add_argument("--head", metavar="HASH",
                   help="also check the log still holds this entry hash (an evidence pack's audit head): a "
                        "workspace rolled back to an older copy no longer does")
    p.set_defaults(handler=cmd_audit_verify)
    p = audit.add_parser("trust", help="accept this workspace as it stands on this computer (moved here, or "
                                       "restored on purpose); audited with the reason")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p.add_argument("--by", help="who accepts it (default: the login name)")
    p.set_defaults(handler=cmd_audit_trust)

    p = sub.add_parser("settings", help="show or change workspace settings")
    p.add_argument("name", nargs="?", choices=["originals"], help="originals: what to keep of unredacted originals")
    p.add_argument("value", nargs="?", choices=["discard", "encrypted"],
                   help="discard (default), or keep them encrypted with a key in the OS keyring; never exported")
    p.set_defaults(handler=cmd_settings)

    add_redaction_parsers(sub)
    add_register_parser(sub)
    add_plan_parsers(sub)
    add_ado_parsers(sub)
    add_pack_parsers(sub)
    add_witness_parsers(sub)
    from attest.cli.gc_cmds import add_gc_parser; add_gc_parser(sub)  # noqa: E702 - `attest gc` (cli/gc_cmds.py)

    capture = sub.add_parser("capture", help="grab the screen as the app does, redacted").add_subparsers(
        dest="capture_command", metavar="ACTION", required=True)
    p = capture.add_parser("screen", help="grab a whole screen, redact it, write it as PNG")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    p.add_argument("--screen", type=int, default=0, metavar="N", help="which screen (0 = the first)")
    p.add_argument("--delay", type=int, metavar="S",
                   help="wait S seconds (1 to 10) first, counting down on standard error, so a menu, drop-down "
                        "or tooltip can be opened before the grab")
    p.set_defaults(handler=cmd_capture_screen)

    p = sub.add_parser("gui", help="open the desktop app (also what `attest` alone does)")
    p.add_argument("--smoke", action="store_true",
                   help="open the main window, print 'ready in N ms' once it is shown, and exit")
    p.add_argument("--run", type=int, metavar="RUN",
                   help="open this run: in progress, resumed where it was left (with its waiting captures); "
                        "finished, read-only with its evidence")
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("demo", help="fill a demo workspace with example cases and record an example run")
    p.set_defaults(handler=cmd_demo)
    return parser


def one_line(text: str) -> str:
    """Tab-separated output stays one record per line: tabs and line breaks in a field become spaces."""
    return " ".join(text.split())


# -- commands --------------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    from attest.services import imports

    failed = 0
    listed = []
    with open_workspace(args) as ws:
        for path in args.files:
            try:
                done = imports.store(ws, imports.parse(path, args.format))
            except AttestError as error:
                note(error_line(error))
                note(f"attest: nothing imported from {path}")
                failed += 1
                continue
            outcomes = done.outcomes
            for outcome in outcomes:
                stored = outcome.stored
                listed.append({"id": stored.id, "reference": stored.case.reference, "title": stored.case.title,
                               "steps": len(stored.case.steps)})
                if not args.json:
                    out(f"{stored.id}	{stored.case.reference}	{one_line(stored.case.title)}	"
                        f"{len(stored.case.steps)} steps")
            for warning in done.warnings:
                note(f"attest: warning: {warning}")
            for placed in done.placed:
                note(f"{path}: {placed}")
            changes = [o.change for o in outcomes]
            note(f"{path}: {FORMAT_NAMES[done.format]}, {len(outcomes)} case(s): "
                 f"{changes.count('new')} new, {changes.count('new version')} new version, "
                 f"{changes.count('unchanged')} unchanged")
    if args.json:
        out(render.dumps(listed))
    return 2 if failed else 0


def cmd_cases(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cases = ws.cases.all()
    if args.json:
        out(render.dumps(render.cases_json(cases)))
    elif not cases:
        note("no test cases yet: import some with `attest import FILE`")
    else:
        for c in cases:
            out(f"{c.id}\t{c.reference}\t{one_line(c.title)}\t{c.steps} steps\tv{c.version}\t"
                f"{c.last_run_status or 'not run'}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        stored = ws.cases.get(args.case)
    out(render.dumps(render.case_json(stored)) if args.json else render.case_text(stored))
    return 0


def cmd_run_start(args: argparse.Namespace) -> int:
    from attest.services.runs import start_run

    participants = [_participant(given) for given in args.participant]
    with open_workspace(args) as ws:
        run = start_run(ws, args.case, tester=args.tester, environment=args.environment, data_refs=tuple(args.data),
                        witnessed=args.witnessed, purpose=args.purpose, participants=participants, plan=args.plan,
                        retest_of=args.retest, retests_defects=args.retests_defect)
    _say_redacted(("environment", args.environment, run.environment if args.environment.strip() else ""),
                  ("purpose", args.purpose, run.purpose))
    if args.json:
        out(render.dumps(render.run_json(run)))
    else:
        out(str(run.id))
        note(f"started run {run.id}: {run.reference} – {run.title}, {len(run.steps)} steps, tester {run.tester}"
             + (f", {len(run.participants)} participant(s)" if run.participants else ""))
    return 0


def _participant(given: str):  # type: ignore[no-untyped-def]
    """``ROLE:NAME[:ORGANISATION]``; the name is checked (and the organisation redacted) by the service."""
    from attest.services.runs import ParticipantInput

    role, _sep, rest = given.partition(":")
    name, _sep, organisation = rest.partition(":")
    roles = {r.value: r for r in Role}
    if role.strip().lower() not in roles or not name.strip():
        raise InputError("--participant", f"expected ROLE:NAME[:ORGANISATION] with ROLE one of {', '.join(roles)}, "
                                          "e.g. 'witness:Dev Rao:DCC'")
    return ParticipantInput(name.strip(), organisation.strip(), roles[role.strip().lower()])


def cmd_run_step(args: argparse.Namespace) -> int:
    from attest.services.runs import check_step, record_step

    files = ([(p, None) for p in args.attach] + [(p, EvidenceKind.PAYLOAD) for p in args.payload]
             + [(p, EvidenceKind.RESPONSE) for p in args.response])
    if args.caption.strip() and not files:  # it would describe nothing, and be lost without a word
        raise InputError("--caption", "a caption describes the evidence attached in this call; "
                                      "give --attach, --payload or --response with it")
    with open_workspace(args) as ws:
        try:  # refuse before storing any evidence
            check_step(ws, args.run, args.step, args.deviation, status=StepStatus(args.status), files=files)
        except DeviationNeeded as error:
            hint = ("or give --deviation \"reason\"" if isinstance(error, EvidenceNeeded) and args.step is None
                    else f"give --step {error.step_index} --deviation \"reason\"")
            raise AttestError(f"{error} ({hint})") from None
        done = record_step(ws, args.run, StepStatus(args.status), actual=args.actual, step=args.step,
                           deviation=args.deviation, files=files, caption=args.caption, by=args.by)
        run = ws.runs.get(args.run)
    _say_redacted(("actual result", args.actual, done.actual), ("caption", args.caption, done.caption),
                  ("deviation reason", args.deviation, done.deviation))
    result, prepared = done.result, done.evidence
    if args.json:
        out(render.dumps(render.run_json(run)["steps"][result.step_index - 1]))
    else:
        masked = sum(len(item.findings) for item in prepared)
        out(f"run {run.id} step {result.step_index} of {len(run.steps)}: {result.status.label}"
            + (f", {len(prepared)} evidence item(s), {masked} identifier(s) masked" if prepared else ""))
    return 0


def _say_redacted(*fields: tuple[str, str | None, str | None]) -> None:
    """Tell the person their typed text was changed, so nobody wonders where their MPAN went."""
    for label, before, after in fields:
        if (before or "").strip() != (after or "").strip():
            note(f"attest: identifiers in the {label} were replaced as it was stored: {after}")


def cmd_run_show(args: argparse.Namespace) -> int:
    tz = time_zone(args)
    with open_workspace(args) as ws:
        run = ws.runs.get(args.run)
    out(render.dumps(render.run_json(run)) if args.json else render.run_text(run, tz))
    return 0


def cmd_run_observe(args: argparse.Namespace) -> int:
    from attest.services.runs import observe

    given = args.text_option if args.text_option is not None else args.text
    if given is None or (args.text is not None and args.text_option is not None):
        raise InputError("--text", "give the observation's text once: as TEXT or as --text TEXT")
    with open_workspace(args) as ws:
        observation = observe(ws, args.run, ObservationKind(args.kind), given, by=args.by, step=args.step)
    _say_redacted(("observation", given, observation.text))
    out(f"observation {observation.id} recorded on run {args.run}"
        + (f" step {observation.step_index}" if observation.step_index else ""))
    return 0


def cmd_run_defect(args: argparse.Namespace) -> int:
    from attest.services.runs import raise_defect

    with open_workspace(args) as ws:
        defect = raise_defect(ws, args.run, args.title, args.severity, args.priority, by=args.by,
                              step=args.step, description=args.description, evidence=args.evidence)
        shown = ws.defects.row(defect.id)
    _say_redacted(("defect title", args.title, defect.title), ("description", args.description, defect.description))
    if args.json:
        out(render.dumps(render.defect_json(shown.defect, shown.workoff)))
    else:
        out(f"defect {defect.id} ({defect.severity.value}/{defect.priority.value}) raised on run {args.run}"
            + (f" step {defect.step_index}" if defect.step_index else ""))
    return 0


def cmd_run_finish(args: argparse.Namespace) -> int:
    from attest.services.runs import finish_run

    with open_workspace(args) as ws:
        run = finish_run(ws, args.run)
    if args.json:
        out(render.dumps(render.run_json(run)))
    else:
        out(f"run {run.id} finished: {run.status.label}")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    tz = time_zone(args)
    with open_workspace(args) as ws:
        runs = ws.runs.all()
    if args.json:
        out(render.dumps([render.run_summary_json(r) for r in runs]))
    elif not runs:
        note("no runs yet: start one with `attest run start CASE`")
    else:
        for r in runs:
            out(f"{r.id}\t{r.reference}\t{r.status.label}\t{r.tester}\t{stamp(r.started_at, tz)}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from attest.core.workspace_keys import HOME_WORDS, KeyUnavailable, fingerprint

    with open_workspace(args) as ws:
        report, problems, sealed = ws.verify_all()
        notes = sealed.notes
        entries, head = audit_head(ws.store.conn)
        held = (ws.store.one("SELECT seq FROM audit_log WHERE hash = ?", (args.head.strip().lower(),))
                if args.head else None)
        try:
            current = ws.keys.current()
        except KeyUnavailable:
            current = None  # reported among the problems
    status = 0
    if report.ok:
        out(f"audit log intact: {report.entries} entries; head {head}")
    else:
        out(f"audit log BROKEN at entry {report.broken_at}: {report.problem}")
        status = 1
    if problems:
        from attest.services.gate import safe_message

        out(f"workspace DISAGREES with its audit log ({len(problems)} problem(s)):")
        for problem in problems:  # they quote stored values: one typed into the database by hand is masked
            out(f"  {safe_message(problem)}")
        status = 1
    elif report.ok:
        out("workspace matches its audit log: every table and every evidence file checked; keyed seals of "
            f"{sealed.checked} of {report.entries} entries checked on this computer")
    if current is not None:
        note(f"workspace key {fingerprint(current.public_key)}, kept {HOME_WORDS[current.home]}")
    for line in notes:
        note(line)
    if args.head:
        if held is None:
            out("the audit head given is NOT in this workspace's log: the workspace was rolled back to an "
                "older copy, or it is not the workspace the pack was built from")
            status = 1
        else:
            out(f"audit head {args.head[:16]}… is entry {held['seq']} of {entries}: the log has only grown since")
    return status


def cmd_audit_trust(args: argparse.Namespace) -> int:
    from attest.services.workspace import trust_workspace

    with open_workspace(args) as ws:
        event = trust_workspace(ws, args.reason, by=args.by)
    out(f"trusted: the workspace as it stands (audit entry {event.head_seq}) is accepted on this computer; "
        f"the trust itself is entry {event.head_seq + 1}")
    if event.seen_seq and (event.seen_seq, event.seen_hash) != (event.head_seq, event.head_hash):
        note(f"this computer had last seen entry {event.seen_seq}: what came after entry {event.head_seq} in that "
             "copy is not in this one")
    if event.keys:
        note(f"{len(event.keys)} earlier key(s) are not on this computer: their entries' hash chain is checked, "
             "their seals are not; a new key seals what is recorded from now on")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from attest.services.workspace import set_originals_mode

    with open_workspace(args) as ws:
        if args.value:
            set_originals_mode(ws, args.value)
        out(f"originals\t{ws.originals.mode}")
    return 0


def cmd_capture_screen(args: argparse.Namespace) -> int:
    from attest.capture.screen import QtScreenGrabber
    from attest.services.export import redact_capture
    from attest.services.types import atomic_write

    if args.out.suffix.lower() != ".png":
        raise AttestError(f"{args.out}: the capture is written as PNG; give a file name ending in .png")
    delay = args.delay
    if delay is not None and not 1 <= delay <= 10:  # the app's range (gui/countdown.py MAX_DELAY)
        raise AttestError(f"--delay {delay}: give a whole number of seconds from 1 to 10")
    grabber = QtScreenGrabber()  # no display, Wayland: said now, not after the wait
    if delay:
        import time

        count = len(grabber.screens())
        if not 0 <= args.screen < count:  # said now too, not after the wait
            raise AttestError(f"--screen {args.screen}: there {'is' if count == 1 else 'are'} {count} "
                              f"screen{'s' if count != 1 else ''} (0 to {count - 1})")
        # One line a second on standard error (standard output carries only the file written). Against a
        # deadline, so the wait is S seconds however long printing takes.
        deadline = time.monotonic() + delay
        for remaining in range(delay, 0, -1):
            print(f"capturing in {remaining}…", file=sys.stderr, flush=True)
            time.sleep(max(0.0, deadline - remaining + 1 - time.monotonic()))
    data = grabber.grab(args.screen)
    with open_workspace(args) as ws:  # the workspace's register, so registered values become references
        result = redact_capture(ws, data, args.out.name)
    try:
        atomic_write(args.out, result.data)
    except OSError as error:
        raise AttestError(f"{args.out}: cannot write the capture: {error.strerror}") from None
    out(str(args.out))
    note(f"screen {args.screen} captured: {len(result.findings)} identifier(s) masked")
    return 0


AppOpener = Callable[..., int]  # (root, *, smoke, first_launch[, run]) -> exit status; given by attest.launcher


def cmd_gui(args: argparse.Namespace) -> int:
    from attest.core.workspace import resolve_workspace_dir

    if args.open_app is None:
        raise AttestError("the desktop app is not available from this entry point; run `attest gui`")
    named = args.workspace is not None or bool(os.environ.get("ATTEST_WORKSPACE"))
    chosen = None if named or args.preferred_workspace is None else args.preferred_workspace()
    root = chosen or resolve_workspace_dir(args.workspace)  # the app's settings come after the command line
    first_launch = False
    if not named and chosen is None and not (root / "attest.db").exists():
        # first launch: open the demo workspace, filled, so there is something to start from
        from attest.cli.demo import demo_workspace_dir, run_demo

        root = demo_workspace_dir()
        if not (root / "attest.db").exists():
            run_demo(str(root))
        first_launch = True
    run = getattr(args, "run", None)  # `attest` alone has no --run
    if run is not None:  # a run that does not exist is refused by the app before its window opens
        return int(args.open_app(root, smoke=args.smoke, first_launch=first_launch, run=run))
    return int(args.open_app(root, smoke=args.smoke, first_launch=first_launch))


def cmd_demo(args: argparse.Namespace) -> int:
    from attest.cli.demo import run_demo  # only the demo needs the example files and Pillow

    return run_demo(args.workspace)


# -- entry point ---------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None, *, open_app: AppOpener | None = None,
         preferred_workspace: Callable[[], Path | None] | None = None) -> int:
    """Run one command. ``open_app`` opens the desktop app and ``preferred_workspace`` reads the
    workspace chosen in its settings (``attest.launcher`` passes both; the command line never imports
    the GUI itself)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # `attest demo --workspace DIR`: the option is the program's, but people put it last
        late = argparse.ArgumentParser(add_help=False)
        late.add_argument("--workspace", metavar="DIR")
        found, rest = late.parse_known_args(extra)
        if rest:
            from attest.services.gate import safe_message

            parser.error(safe_message(f"unrecognized arguments: {' '.join(rest)}"))
        if found.workspace is not None:
            args.workspace = found.workspace
    args.open_app = open_app
    args.preferred_workspace = preferred_workspace
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:  # `attest` alone opens the app, as a double-click would
        args.smoke = False
        handler = cmd_gui
    try:
        return handler(args)
    except AttestError as error:
        note(error_line(error))
        return error.exit_status
    except KeyboardInterrupt:
        note("attest: interrupted")
        return 130
    except BrokenPipeError:  # `attest run show 1 | head`: the reader left; not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback in a user's face
        from attest.services.gate import safe_message

        log = write_crash_log(scrub=safe_message)
        note(f"attest: internal error: {type(error).__name__}: {error}")
        note(f"attest: details were written to {log}; please report it" if log else "attest: please report it")
        return 3


if __name__ == "__main__":
    sys.exit(main())
