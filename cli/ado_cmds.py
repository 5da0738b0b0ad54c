"""``attest ado connect|pull|publish|status``: Azure DevOps from the command line (see docs/ado.md)."""

from __future__ import annotations

import argparse
import getpass
import sys

from attest.cli import render
from attest.cli.common import note, open_workspace, out
from attest.core.errors import InputError


def add_ado_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ado = sub.add_parser("ado", help="Azure DevOps: connect, pull test plans, publish results").add_subparsers(
        dest="ado_command", metavar="ACTION", required=True)
    p = ado.add_parser("connect", help="connect this workspace to an Azure DevOps project",
                       description="Checks the organisation, the project and the token's scopes (Test Management "
                                   "and Work Items, read & write), then keeps the token in the OS keyring (or "
                                   "encrypted with a passphrase where there is none). The token is never written "
                                   "to the workspace database, a log or the audit log.")
    p.add_argument("--org", required=True, metavar="URL",
                   help="https://dev.azure.com/ORG, or an on-premises collection URL")
    p.add_argument("--project", required=True, metavar="NAME")
    p.add_argument("--token-stdin", action="store_true", help="read the personal access token from standard input")
    p.add_argument("--proxy", default="", metavar="URL", help="an HTTP(S) proxy, e.g. http://proxy.example:8080")
    p.add_argument("--ca-bundle", default="", metavar="FILE", help="a PEM file of CA certificates to trust")
    p.add_argument("--area", default="", metavar="PATH", help="the area path bugs are raised in")
    p.add_argument("--iteration", default="", metavar="PATH", help="the iteration path bugs are raised in")
    p.add_argument("--by", default=None, metavar="NAME")
    p.set_defaults(handler=cmd_ado_connect)

    p = ado.add_parser("pull", help="import a test plan: its suites, their order, testers and the cases' steps")
    p.add_argument("--plan", required=True, type=int, metavar="ID", help="the ADO test plan id")
    p.add_argument("--suite", type=int, metavar="ID", help="only this suite")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ado_pull)

    p = ado.add_parser("publish", help="send a finished run's result and evidence to its ADO test point",
                       description="Creates (or reuses) an ADO test run for the run's test point and records the "
                                   "outcome, tester, times and every step's outcome and actual result; attaches "
                                   "every evidence item to its own step and the evidence pack to the last step. "
                                   "The pack is built first: if its leak check finds anything, nothing is sent "
                                   "(exit 1). Run again after an interruption: only what is missing is sent.")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--dry-run", action="store_true", help="say what would be sent, send nothing")
    p.add_argument("--by", default=None, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ado_publish)

    p = ado.add_parser("status", help="the workspace's Azure DevOps connection")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ado_status)


def _token(args: argparse.Namespace) -> str:
    if args.token_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise InputError("--token-stdin", "give the personal access token on standard input with --token-stdin "
                                          "(no terminal to ask in)")
    return getpass.getpass("Azure DevOps personal access token: ").strip()


def cmd_ado_connect(args: argparse.Namespace) -> int:
    from attest.services.ado import connect

    token = _token(args)
    with open_workspace(args) as ws:
        found, kept = connect(ws, args.org, args.project, token, proxy=args.proxy, ca_bundle=args.ca_bundle,
                              area=args.area, iteration=args.iteration, by=args.by)
    out(f"connected to {found.org_url}, project {found.project}; the token has every scope Attest needs")
    note(f"the token is kept in {kept}")
    return 0


def cmd_ado_pull(args: argparse.Namespace) -> int:
    from attest.services.ado import pull

    with open_workspace(args) as ws:
        result = pull(ws, args.plan, suite=args.suite, by=args.by)
    for warning in result.warnings:
        note(f"attest: warning: {warning}")
    if args.json:
        out(render.dumps({"plan": result.plan_id, "name": result.plan_name, "ado_plan": result.ado_plan,
                          "suites": result.suites, "cases": result.cases, "new": result.new,
                          "new_versions": result.new_versions, "unchanged": result.unchanged}))
    else:
        out(f"plan {result.plan_id} ({result.plan_name}) from ADO plan {result.ado_plan}: {result.suites} suite(s), "
            f"{result.cases} case(s): {result.new} new, {result.new_versions} new version, {result.unchanged} "
            "unchanged")
    return 0


def cmd_ado_publish(args: argparse.Namespace) -> int:
    from attest.services.ado import publish

    with open_workspace(args) as ws:
        result = publish(ws, args.run, dry_run=args.dry_run, by=args.by)
    if args.json:
        out(render.dumps({"run": result.run_id, "ado_run": result.ado_run, "ado_result": result.ado_result,
                          "outcome": result.outcome, "attached": result.attachments, "already": result.already,
                          "dry_run": result.dry_run, "actions": result.actions, "bugs": result.bugs}))
    elif result.dry_run:
        out(f"would send for run {result.run_id}:")
        for action in result.actions:
            out(f"  {action}")
    else:
        out(f"run {result.run_id} published: ADO test run {result.ado_run}, result {result.ado_result} "
            f"{result.outcome}; {result.attachments} attachment(s) sent"
            + (f", {result.already} sent before" if result.already else "")
            + (f"; bug(s) {', '.join(map(str, result.bugs))} raised" if result.bugs else ""))
    return 0


def cmd_ado_status(args: argparse.Namespace) -> int:
    from attest.services.ado import connection

    with open_workspace(args) as ws:
        found = connection(ws)
    if args.json:
        out(render.dumps(None if found is None else {"org_url": found.org_url, "project": found.project,
                                                     "proxy": found.proxy, "ca_bundle": found.ca_bundle,
                                                     "area": found.area, "iteration": found.iteration}))
    elif found is None:
        note("not connected: run `attest ado connect --org URL --project NAME`")
    else:
        out(f"{found.org_url}\t{found.project}" + (f"\tproxy {found.proxy}" if found.proxy else ""))
    return 0
