"""Azure DevOps: connecting a workspace and pulling test plans into it (see docs/ado.md).

Connecting checks the organisation, the project and the token's scopes before anything is kept. A pull
reads the plan whole first, then stores it in one change: the cases through the same redaction as an
import (a work item holds whatever testers typed, MPANs included), the plan and its suites made or
updated in their ADO order with each point's tester and configuration, and the links back to ADO
(audited as ``ado.pull``). Re-pulling makes a new case version only where a case's content changed;
runs keep the version they started with.
"""

from __future__ import annotations

import base64
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from attest.ado.client import AdoClient, AdoError
from attest.ado.connection import Connection, TokenStore, check_scopes
from attest.ado.pull import PulledPlan, read_plan
from attest.core import audit_events as events
from attest.core.errors import InputError, NotFound, RunRuleError
from attest.core.importers import ParsedFile
from attest.core.model import DefectStatus
from attest.core.plans import CaseEntry
from attest.core.redacted import from_store
from attest.core.store import iso
from attest.core.workspace import Workspace
from attest.services.gate import IdentityRefused, path_identifiers
from attest.services.imports import store as store_cases
from attest.services.workspace import gate as gate_for, who

__all__ = ["PublishResult", "PullResult", "connect", "connection", "publish", "pull"]

_KEYS = {"org_url": "ado.org_url", "project": "ado.project", "proxy": "ado.proxy", "ca_bundle": "ado.ca_bundle",
         "area": "ado.area", "iteration": "ado.iteration"}


def connection(ws: Workspace) -> Connection | None:
    rows = {r["key"]: r["value"] for r in ws.store.query(
        f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(_KEYS))})", tuple(_KEYS.values()))}
    if not rows.get(_KEYS["org_url"]):
        return None
    return Connection(**{name: rows.get(key, "") for name, key in _KEYS.items()})


def _tokens(ws: Workspace) -> TokenStore:
    return TokenStore(ws.root, ws.id, ws.register.keys, ws.register.passphrase)


def _check_url(org_url: str) -> str:
    parts = urlsplit(org_url.strip())
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise InputError("--org", "expected the organisation URL, e.g. https://dev.azure.com/fabrikam or "
                                  "https://tfs.example.org/tfs/DefaultCollection")
    return org_url.strip().rstrip("/")


def _made_id(answer: Any, what: str) -> int:
    """The id in an Azure DevOps answer, or a clear error: a proxy's page or a server of another version can
    answer 200 with something else."""
    try:
        return int(answer["id"])
    except (KeyError, TypeError, ValueError, IndexError):
        raise AdoError(f"Azure DevOps answered {what} without the id of what it made or listed; check the organisation "
                       "URL and any proxy (attest ado connect), then publish again: what was sent is recorded, "
                       "and the publish resumes") from None


def _check_config(option: str, value: str) -> None:
    """A connection setting is kept in the workspace, written to the audit log and sent to Azure DevOps as it is
    (a bug's area and iteration paths): one that holds an identifier is refused, not redacted (a redacted
    path would name no area), and the value is never echoed."""
    kinds = path_identifiers(value)
    if kinds:
        raise IdentityRefused(option, f"holds what looks like an identifier ({', '.join(kinds)}); Azure DevOps names "
                                      "and paths are kept and sent as they are, so give the setting without it")


def connect(ws: Workspace, org_url: str, project: str, token: str, *, proxy: str = "", ca_bundle: str = "",
            area: str = "", iteration: str = "", by: str | None = None,
            transport: httpx.BaseTransport | None = None) -> tuple[Connection, str]:
    """Check the organisation, project and token, then keep them; returns the connection and where the
    token is kept. Refused (exit 2, nothing kept) when the token lacks a scope Attest needs."""
    url = _check_url(org_url)
    if not project.strip():
        raise InputError("--project", "name the Azure DevOps project")
    if not token.strip():
        raise InputError("token", "the personal access token is empty")
    if ca_bundle and not Path(ca_bundle).is_file():
        raise InputError("--ca-bundle", f"{ca_bundle}: no such file (a PEM file of the CA certificates to trust)")
    if ca_bundle:
        try:  # read now: a file that is no PEM bundle would fail deep in the TLS layer, as an internal error
            ssl.create_default_context(cafile=ca_bundle)
        except (ssl.SSLError, ValueError, OSError) as error:
            raise InputError("--ca-bundle", f"{Path(ca_bundle).name}: not a PEM file of CA certificates "
                                            f"({getattr(error, 'reason', None) or 'unreadable'}); export the "
                                            "certificates as Base-64 (PEM) and give that file") from None
    for option, value in (("--org", url), ("--project", project), ("--proxy", proxy), ("--ca-bundle", ca_bundle),
                          ("--area", area), ("--iteration", iteration)):
        _check_config(option, value)
    found = Connection(url, project.strip(), proxy.strip(), ca_bundle.strip(), area.strip(), iteration.strip())
    with AdoClient(found.org_url, found.project, token.strip(), proxy=found.proxy or None,
                   ca_bundle=found.ca_bundle or None, transport=transport) as client:
        missing = check_scopes(client)
    if missing:
        raise RunRuleError("the token lacks " + ", ".join(missing) + "; make a token with Test Management (read & "
                           "write) and Work Items (read & write) and connect again; nothing was kept")
    gate = gate_for(ws)
    actor = who(ws, gate, by)
    kept = _tokens(ws).save(token.strip())
    with ws.store.write() as tx:
        for name, key in _KEYS.items():
            ws.store.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                  "value = excluded.value", (key, getattr(found, name)))
        tx.audit(actor, events.AdoConnected(found.org_url, found.project, bool(found.proxy), found.ca_bundle,
                                            "the OS keyring" if kept == "the OS keyring" else "a passphrase file",
                                            found.area, found.iteration))
    return found, kept


def client_for(ws: Workspace, transport: httpx.BaseTransport | None = None) -> AdoClient:
    found = connection(ws)
    if found is None:
        raise NotFound("this workspace is not connected to Azure DevOps; run `attest ado connect --org URL "
                       "--project NAME` first")
    return AdoClient(found.org_url, found.project, _tokens(ws).load(), proxy=found.proxy or None,
                     ca_bundle=found.ca_bundle or None, transport=transport)


@dataclass
class PullResult:
    plan_id: int
    plan_name: str
    ado_plan: int
    suites: int
    cases: int
    new: int
    new_versions: int
    unchanged: int
    warnings: list[str] = field(default_factory=list)


def pull(ws: Workspace, ado_plan: int, *, suite: int | None = None, by: str | None = None,
         progress: Callable[[int, str], None] | None = None,
         transport: httpx.BaseTransport | None = None) -> PullResult:
    gate = gate_for(ws)
    _ = gate.register  # any key or passphrase is asked for before a write lock is taken
    actor = who(ws, gate, by)
    with client_for(ws, transport) as client:
        pulled = read_plan(client, ado_plan, suite, progress)
        result = _store(ws, pulled, gate, actor)
        result.warnings += sync_bugs(ws, client, actor)
    return result


def _link(ws: Workspace, kind: str, ado_id: int) -> int | None:
    row = ws.store.one("SELECT local_id FROM ado_links WHERE kind = ? AND ado_id = ?", (kind, ado_id))
    return int(row["local_id"]) if row else None


def _write_link(ws: Workspace, kind: str, local_id: int, ado_id: int, rev: int = 0) -> None:
    """What stands for what in ADO (inside the caller's write, beside the audit entry that records it)."""
    ws.store.conn.execute("INSERT INTO ado_links (kind, local_id, ado_id, rev) VALUES (?, ?, ?, ?) ON CONFLICT(kind, "
                          "local_id) DO UPDATE SET ado_id = excluded.ado_id, rev = excluded.rev",
                          (kind, local_id, ado_id, rev))


def _store(ws: Workspace, pulled: PulledPlan, gate: Any, actor: Any) -> PullResult:
    warnings: list[str] = []
    links: list[tuple[str, int, int, int]] = []
    with ws.store.write() as tx:
        same = _unchanged(ws, pulled)
        ado_ids = sorted(i for i in pulled.cases if i not in same)
        stored = store_cases(ws, ParsedFile(Path(f"Azure DevOps plan {pulled.ado_id}"), "ado",
                                            [pulled.cases[i] for i in ado_ids]), gate)
        warnings += stored.warnings
        # by position (the outcomes come in the order the cases were given): an id is never read back
        # from text that went through the gate
        local_of = {ado_id: outcome.stored for ado_id, outcome in zip(ado_ids, stored.outcomes, strict=True)}
        local_of.update(same)
        changes = [o.change for o in stored.outcomes] + ["unchanged"] * len(same)
        links += [("case", s.id, ado_id, pulled.revisions.get(ado_id, 0)) for ado_id, s in local_of.items()]
        links += [("shared", ado_id, ado_id, rev) for ado_id, rev in pulled.shared_revisions.items()]
        plan_id = _link(ws, "plan", pulled.ado_id)
        if plan_id is None:
            name = pulled.name
            if ws.store.one("SELECT 1 FROM plans WHERE name = ? COLLATE NOCASE", (name,)):
                name = f"{name} (ADO plan {pulled.ado_id})"
            plan = ws.plans.create(gate.text(name), by=actor, release=gate.text(pulled.iteration.rsplit("\\", 1)[-1]),
                                   starts_on=pulled.starts_on, ends_on=pulled.ends_on)
            plan_id = plan.id
        links.append(("plan", plan_id, pulled.ado_id, 0))
        for suite in pulled.suites:
            suite_id = _link(ws, "suite", suite.ado_id)
            if suite_id is None:
                name = suite.name
                if ws.store.one("SELECT 1 FROM suites WHERE plan_id = ? AND name = ? COLLATE NOCASE", (plan_id, name)):
                    name = f"{name} (ADO suite {suite.ado_id})"
                suite_id = ws.plans.add_suite(plan_id, gate.text(name), by=actor).id
            links.append(("suite", suite_id, suite.ado_id, 0))
            entries: list[CaseEntry] = []
            points: dict[int, int] = {}
            for entry in suite.entries:
                local = local_of[entry.case_id]
                if local.id in points:
                    warnings.append(f"suite {suite.name}: {local.case.reference} is planned in more than one "
                                    f"configuration; Attest keeps the first ({entry.configuration or 'default'} "
                                    "is not)")
                    continue
                if entry.point_id is not None:
                    points[local.id] = int(entry.point_id)
                entries.append(CaseEntry(local.id, _tester(gate, entry.tester, warnings),
                                         gate.text(entry.configuration), False))
            if entries:
                placed = ws.plans.add_cases(suite_id, entries, by=actor)
                links += [("point", c.id, points[c.case_id], 0) for c in placed.cases if c.case_id in points]
        for link in links:
            _write_link(ws, *link)
        tx.audit(actor, events.AdoPulled(plan_id, pulled.ado_id, tuple(links)))
    plan_name = ws.plans.get(plan_id).name
    return PullResult(plan_id, plan_name, pulled.ado_id, len(pulled.suites), len(local_of),
                      changes.count("new"), changes.count("new version"), changes.count("unchanged"), warnings)


def _unchanged(ws: Workspace, pulled: PulledPlan) -> dict[int, Any]:
    """Cases whose work item (and the Shared Steps it expands) has the revision it had when last pulled,
    and whose latest version is still that pull's: their stored version stands (no second redaction of
    text that has not changed)."""
    known = {r["ado_id"]: (r["local_id"], r["rev"]) for r in ws.store.query(
        "SELECT local_id, ado_id, rev FROM ado_links WHERE kind = 'case'")}
    shared = {r["ado_id"]: r["rev"] for r in ws.store.query("SELECT ado_id, rev FROM ado_links WHERE kind = 'shared'")}
    same: dict[int, Any] = {}
    for ado_id, rev in pulled.revisions.items():
        link = known.get(ado_id)
        if link is None or link[1] != rev or any(shared.get(s) != pulled.shared_revisions.get(s)
                                                 for s in pulled.uses.get(ado_id, ())):
            continue
        stored = ws.cases.get(f"id:{link[0]}")
        if stored.case.source_format == "ado" and stored.case.attributes.get("ado_id") == str(ado_id):
            same[ado_id] = stored
    return same


def _tester(gate: Any, name: str, warnings: list[str]) -> Any:
    """An assigned tester's display name, checked like any typed name (one that looks like an identifier
    is left out, with a warning that never repeats it)."""
    if not name.strip():
        return from_store("")
    try:
        return gate.person("tester", name)
    except IdentityRefused:
        warnings.append("an assigned tester's name looked like an identifier and was left out")
        return from_store("")


# -- publishing a run ------------------------------------------------------------------------------------

_OUTCOMES = {"passed": "Passed", "failed": "Failed", "blocked": "Blocked", "not-run": "NotExecuted"}
_RUN_OUTCOMES = {"passed": "Passed", "failed": "Failed", "blocked": "Blocked", "incomplete": "NotExecuted"}


@dataclass
class PublishResult:
    run_id: int
    ado_run: int | None
    ado_result: int | None
    outcome: str
    attachments: int  # attached by this call
    already: int  # attached by an earlier, interrupted call
    actions: list[str] = field(default_factory=list)  # what was (or, with --dry-run, would be) sent
    dry_run: bool = False
    bugs: list[int] = field(default_factory=list)  # ADO Bug work items made for the run's defects


@dataclass(frozen=True)
class PublishedLink:
    label: str  # what the runner shows (rich text with the link, or why there is none yet)
    url: str


def published_link(ws: Workspace, run_id: int) -> PublishedLink | None:
    """For a run of a case pulled from ADO: where its result is in ADO once published (None for a run
    that has nothing to do with ADO)."""
    from html import escape

    row = ws.store.one("SELECT r.case_id FROM runs r JOIN ado_links l ON l.kind = 'case' AND l.local_id = r.case_id "
                       "WHERE r.id = ?", (run_id,))
    if row is None:
        return None
    links = {r["kind"]: r["ado_id"] for r in ws.store.query(
        "SELECT kind, ado_id FROM ado_links WHERE kind IN ('publish-run', 'publish-result') AND local_id = ?",
        (run_id,))}
    found = connection(ws)
    if "publish-result" not in links or found is None:
        return PublishedLink("", "")
    from urllib.parse import quote

    url = (f"{found.org_url}/{quote(found.project)}/_testManagement/runs?_a=resultSummary&runId="
           f"{links['publish-run']}&resultId={links['publish-result']}")
    return PublishedLink(f'In Azure DevOps: <a href="{escape(url)}">test run {links["publish-run"]}, result '
                         f'{links["publish-result"]}</a>', url)


UPLOADS_AT_ONCE = 4  # bounded: a run of hundreds of screenshots does not open hundreds of connections


def _mark(evidence_id: int) -> str:
    """What an attachment's comment ends with: which evidence item it is (so a resumed publish knows it)."""
    return f"[Attest evidence {evidence_id}]"


def _action_path(path: list[int]) -> str:
    """ADO's action path of a step: its id in eight hex digits, after its shared steps reference's."""
    return "".join(f"{part:08x}" for part in path)


def publish(ws: Workspace, run_id: int, *, dry_run: bool = False, by: str | None = None,
            pack_dir: Path | None = None, progress: Callable[[int, str], None] | None = None,
            transport: httpx.BaseTransport | None = None) -> PublishResult:
    """Send a finished run to Azure DevOps: a test run for its test point, the result with its outcome,
    times, tester and each step's outcome and actual result, every evidence item attached to its own
    step and the evidence pack to the last step. The pack is built first, so its leak check covers
    everything sent: if it finds anything, nothing is sent (exit 1). Each thing sent is recorded as soon
    as ADO has it; an interrupted publish, run again, sends only what is missing."""
    from attest.services.export import build_pack

    say = progress or (lambda _p, _m: None)
    run = ws.runs.get(run_id)
    if not run.is_finished:
        raise RunRuleError(f"run {run_id} is in progress; finish it before publishing it")
    case_link = ws.store.one("SELECT ado_id FROM ado_links WHERE kind = 'case' AND local_id = ?", (run.case_id,))
    if case_link is None or run.plan_id is None:
        raise RunRuleError(f"run {run_id} is not of a case pulled from Azure DevOps into its plan; pull the plan "
                           "(attest ado pull --plan ID) and start the run from it (--plan)")
    point = ws.store.one("SELECT l.ado_id FROM ado_links l JOIN plan_cases pc ON pc.id = l.local_id "
                         "JOIN suites s ON s.id = pc.suite_id WHERE l.kind = 'point' AND s.plan_id = ? "
                         "AND pc.case_id = ?", (run.plan_id, run.case_id))
    ado_plan = ws.store.one("SELECT ado_id FROM ado_links WHERE kind = 'plan' AND local_id = ?", (run.plan_id,))
    if point is None or ado_plan is None:
        raise RunRuleError(f"run {run_id}'s plan has no Azure DevOps test point for {run.reference}; pull the plan "
                           "again")
    snapshot = json.loads((ws.store.one("SELECT snapshot FROM runs WHERE id = ?", (run_id,)) or {})["snapshot"])
    paths: list[list[int]] = snapshot.get("attributes", {}).get("ado_steps") or []
    if len(paths) != len(run.steps):
        raise RunRuleError(f"run {run_id}'s steps do not match the ADO test case's ({len(run.steps)} here, "
                           f"{len(paths)} in ADO); pull the plan again and rerun")
    say(5, "building the evidence pack (its leak check covers everything sent)")
    folder = pack_dir or (ws.root / "ado")
    folder.mkdir(parents=True, exist_ok=True)
    pack = build_pack(ws, run_id, folder / f"{run.reference}_run{run.id}_evidence.docx")  # PackRefused: exit 1
    sent = {(r["kind"], r["local_id"]): r["ado_id"] for r in ws.store.query(
        "SELECT kind, local_id, ado_id FROM ado_links WHERE kind IN ('publish-run', 'publish-result', 'pack') "
        "AND local_id = ? UNION SELECT kind, local_id, ado_id FROM ado_links WHERE kind = 'attachment' AND "
        "local_id IN (SELECT id FROM evidence_items WHERE run_id = ?)", (run_id, run_id))}
    items = [(step, item) for step in run.steps for item in step.evidence]
    outcome = _RUN_OUTCOMES.get(run.status.value, "NotExecuted")
    actions = [f"test run for point {point['ado_id']} of plan {ado_plan['ado_id']}"
               + (" (made earlier)" if ("publish-run", run_id) in sent else ""),
               f"result {outcome}, {len(run.steps)} step outcome(s)"]
    actions += [f"attach {item.name} to step {step.index}" + (" (done earlier)" if ("attachment", item.id) in sent
                                                              else "") for step, item in items]
    actions.append(f"attach {pack.path.name} to step {len(run.steps)}"
                   + (" (done earlier)" if ("pack", run_id) in sent else ""))
    bug_links = {r["local_id"]: r["ado_id"] for r in ws.store.query(
        "SELECT local_id, ado_id FROM ado_links WHERE kind = 'bug'")}
    actions += [f"bug for defect {d.id} ({d.severity.value}/{d.priority.value})"
                + (f" (bug {bug_links[d.id]} made earlier)" if d.id in bug_links else "") for d in run.defects]
    if dry_run:
        return PublishResult(run_id, sent.get(("publish-run", run_id)), sent.get(("publish-result", run_id)),
                             outcome, 0, 0, actions, True)
    gate = gate_for(ws, run_id)
    actor = who(ws, gate, by, run=run)

    def record(what: str, local_id: int, ado_id: int, detail: str = "") -> None:
        with ws.store.write() as tx:
            if what != "outcome":
                _write_link(ws, what, local_id, ado_id)
            tx.audit(actor, events.AdoSent(run_id, what, local_id, ado_id, detail))
        sent[(what, local_id)] = ado_id

    resumed = ("publish-run", run_id) in sent  # an earlier publish of this run got at least this far
    with client_for(ws, transport) as client:
        if ("publish-run", run_id) not in sent:
            made = client.request("POST", "test/runs", what="creating the test run", json={
                "name": f"{run.reference} – Attest run {run.id}", "plan": {"id": ado_plan["ado_id"]},
                "pointIds": [point["ado_id"]], "automated": False, "state": "InProgress",
                "startedDate": iso(run.started_at)}).json()
            record("publish-run", run_id, _made_id(made, "creating the test run"))
        ado_run = sent[("publish-run", run_id)]
        if ("publish-result", run_id) not in sent:
            results = client.get(f"test/Runs/{ado_run}/results", what="reading the test run's results")
            mine = [r for r in results.get("value", []) if (r.get("testPoint") or {}).get("id") == point["ado_id"]]
            if not mine:
                raise RunRuleError(f"Azure DevOps test run {ado_run} has no result for point {point['ado_id']}")
            record("publish-result", run_id, _made_id(mine[0], "reading the test run's results"))
        ado_result = sent[("publish-result", run_id)]
        say(20, "recording the outcome of every step")
        steps = [{"actionPath": _action_path(path), "iterationId": 1, "stepIdentifier": ";".join(map(str, path)),
                  "outcome": _OUTCOMES.get(step.status.value if step.status else "not-run", "NotExecuted"),
                  "comment": (step.result.actual if step.result else "")[:1000]}
                 for step, path in zip(run.steps, paths, strict=True)]
        finished = iso(run.finished_at) if run.finished_at else iso(run.started_at)
        client.request("PATCH", f"test/Runs/{ado_run}/results", what="recording the result", json=[{
            "id": ado_result, "outcome": outcome, "state": "Completed", "startedDate": iso(run.started_at),
            "completedDate": finished, "runBy": {"displayName": run.tester},
            "comment": f"Recorded with Attest (run {run.id}); evidence attached to each step",
            "iterationDetails": [{"id": 1, "outcome": outcome, "startedDate": iso(run.started_at),
                                  "completedDate": finished, "actionResults": steps}]}])
        record("outcome", run_id, ado_result, outcome)
        uploads = [(item.id, step.index, item.name, item.caption, item.sha256) for step, item in items]
        waiting = [u for u in uploads if ("attachment", u[0]) not in sent]
        there: dict[str, int] = {}
        if resumed and (waiting or ("pack", run_id) not in sent):
            # a publish cut short after ADO took a file but before it was recorded here: the file is in
            # ADO already, found by the mark in its comment, and is not sent twice
            there = {str(a.get("comment", "")): _made_id(a, "listing the result's attachments") for a in client.get(
                f"test/Runs/{ado_run}/Results/{ado_result}/attachments", what="listing the result's attachments"
            ).get("value", [])}
            for local, _index, name, _caption, _sha in list(waiting):
                found = next((ado_id for comment, ado_id in there.items() if comment.endswith(_mark(local))), None)
                if found is not None:
                    record("attachment", local, found, name)
                    waiting.remove((local, _index, name, _caption, _sha))
        already = len(uploads) - len(waiting)

        def attach(path: list[int], name: str, data: bytes, comment: str) -> int:
            made = client.request("POST", f"test/Runs/{ado_run}/Results/{ado_result}/attachments",
                                  params={"iterationId": "1", "actionPath": _action_path(path)},
                                  what=f"attaching {name}", json={
                                      "stream": base64.b64encode(data).decode("ascii"), "fileName": name,
                                      "comment": comment, "attachmentType": "GeneralAttachment"}).json()
            return _made_id(made, f"attaching {name}")

        def upload(local: int, index: int, name: str, caption: str, sha256: str) -> tuple[int, str, int]:
            # the stored, redacted file, as the pack shows it
            return local, name, attach(paths[index - 1], name, ws.evidence.get(sha256),
                                       f"{caption or f'Step {index}'} {_mark(local)}")

        # a few uploads at once (ADO answers each in a few hundred ms); each is recorded, on this thread
        # (the store's connection is this thread's), as soon as it is done, so a publish cut short
        # resumes with only what had not been sent
        from concurrent.futures import ThreadPoolExecutor, as_completed

        attached = 0
        with ThreadPoolExecutor(max_workers=UPLOADS_AT_ONCE) as pool:
            futures = [pool.submit(upload, *u) for u in waiting]
            try:
                for future in as_completed(futures):
                    local, name, ado_id = future.result()
                    record("attachment", local, ado_id, name)
                    attached += 1
                    say(25 + 65 * attached // max(1, len(waiting)), f"attached {name}")
            except BaseException:
                for future in futures:  # those not started are dropped; the pool's exit waits for the rest
                    future.cancel()
                raise
        pack_mark = f"[Attest pack of run {run_id}]"
        found_pack = next((ado_id for comment, ado_id in there.items() if comment.endswith(pack_mark)), None)
        if ("pack", run_id) not in sent and found_pack is not None:
            record("pack", run_id, found_pack, pack.path.name)
            already += 1
        elif ("pack", run_id) not in sent:
            record("pack", run_id, attach(paths[-1], pack.path.name, pack.path.read_bytes(),
                                          f"Attest evidence pack {pack_mark}"), pack.path.name)
            attached += 1
        else:
            already += 1
        client.request("PATCH", f"test/runs/{ado_run}", what="completing the test run", json={"state": "Completed"})
        bugs = _publish_defects(ws, client, run, ado_run, ado_result, record)
    say(100, "published")
    return PublishResult(run_id, ado_run, ado_result, outcome, attached, already, actions, bugs=bugs)


# ADO's Bug fields take "1 - Critical" ... "4 - Low" and 1 ... 4: MHHS S1-S4 and DCC 1-4 map one to one,
# DCC 5 (cosmetic) to "4 - Low"
_BUG_SEVERITY = {"S1": "1 - Critical", "S2": "2 - High", "S3": "3 - Medium", "S4": "4 - Low", "1": "1 - Critical",
                 "2": "2 - High", "3": "3 - Medium", "4": "4 - Low", "5": "4 - Low"}


def _html(text: str) -> str:
    from html import escape

    return "<br>".join(escape(line) for line in text.splitlines())


def _publish_defects(ws: Workspace, client: AdoClient, run: Any, ado_run: int, ado_result: int,
                     record: Callable[..., None]) -> list[int]:
    """Each of the run's defects without a bug yet becomes an ADO Bug: title, repro steps with the step's
    text, severity and priority mapped, the area and iteration paths of the connection, the evidence
    linked to the defect (or, if none, its step's) attached, and a link to the test result."""
    made: list[int] = []
    settings = connection(ws)
    if settings is not None:  # kept before connections were checked: never sent with an identifier
        _check_config("--area (attest ado connect)", settings.area)
        _check_config("--iteration (attest ado connect)", settings.iteration)
    known = {r["local_id"]: r["ado_id"] for r in ws.store.query("SELECT local_id, ado_id FROM ado_links WHERE kind = 'bug'")}
    items = {e.id: e for step in run.steps for e in step.evidence}
    for defect in run.defects:
        if defect.id in known:
            continue
        full = ws.defects.get(defect.id)
        step = run.steps[defect.step_index - 1] if defect.step_index else None
        evidence = [items[i] for i in full.evidence_ids if i in items] or (list(step.evidence) if step else [])
        repro = (f"Found by Attest run {run.id} of {run.reference}"
                 + (f", step {step.index}:\nAction: {step.action}\nExpected: {step.expected}\n"
                    f"Actual: {step.result.actual if step.result else ''}" if step else "")
                 + (f"\n\n{full.description}" if full.description else ""))
        patch: list[dict[str, Any]] = [
            {"op": "add", "path": "/fields/System.Title", "value": full.title},
            {"op": "add", "path": "/fields/Microsoft.VSTS.TCM.ReproSteps", "value": _html(repro)},
            {"op": "add", "path": "/fields/Microsoft.VSTS.Common.Severity", "value": _BUG_SEVERITY[full.severity.value]},
            {"op": "add", "path": "/fields/Microsoft.VSTS.Common.Priority", "value": int(full.priority.value[1:])},
            {"op": "add", "path": "/relations/-", "value": {
                "rel": "ArtifactLink", "url": f"vstfs:///TestManagement/TcmResult/{ado_run}.{ado_result}",
                "attributes": {"name": "Test Result"}}},
        ]
        if settings is not None and settings.area:
            patch.append({"op": "add", "path": "/fields/System.AreaPath", "value": settings.area})
        if settings is not None and settings.iteration:
            patch.append({"op": "add", "path": "/fields/System.IterationPath", "value": settings.iteration})
        for item in evidence:
            uploaded = client.request("POST", "wit/attachments", params={"fileName": item.name},
                                      content=ws.evidence.get(item.sha256),
                                      headers={"Content-Type": "application/octet-stream"},
                                      what=f"uploading {item.name} for defect {defect.id}").json()
            patch.append({"op": "add", "path": "/relations/-", "value": {
                "rel": "AttachedFile", "url": uploaded["url"], "attributes": {"comment": item.caption or item.name}}})
        bug = client.request("POST", "wit/workitems/$Bug", content=json.dumps(patch).encode("utf-8"),
                             headers={"Content-Type": "application/json-patch+json"},
                             what=f"raising defect {defect.id} as a bug").json()
        record("bug", defect.id, _made_id(bug, "creating a bug"), full.title[:80])
        made.append(_made_id(bug, "creating a bug"))
    return made


# ADO bug states, as the defect lifecycle names them (read back on each pull)
_STATES = {"New": DefectStatus.OPEN, "Active": DefectStatus.OPEN, "Proposed": DefectStatus.OPEN,
           "Committed": DefectStatus.OPEN, "Resolved": DefectStatus.FIXED, "Done": DefectStatus.CLOSED,
           "Closed": DefectStatus.CLOSED, "Removed": DefectStatus.REJECTED}


def sync_bugs(ws: Workspace, client: AdoClient, actor: Any) -> list[str]:
    """Each linked bug's state read back: a defect moves where its bug has gone (closing with the bug's
    word for it as the reason); a move the lifecycle does not allow is reported, not forced."""
    links = {r["ado_id"]: r["local_id"] for r in ws.store.query("SELECT local_id, ado_id FROM ado_links WHERE kind = 'bug'")}
    said: list[str] = []
    for start in range(0, len(links), 200):
        chunk = list(links)[start:start + 200]
        body = client.get("wit/workitems", project=False, what="reading the bugs' states",
                          params={"ids": ",".join(map(str, chunk)), "fields": "System.State", "errorPolicy": "omit"})
        for item in body.get("value", []) if isinstance(body, dict) else []:
            if not item:
                continue
            state = str(item.get("fields", {}).get("System.State", ""))
            wanted = _STATES.get(state)
            defect_id = links[int(item["id"])]
            if wanted is None or ws.defects.get(defect_id).status is wanted:
                continue
            try:
                ws.defects.move(defect_id, wanted, by=actor,
                                reason=from_store(f"bug {item['id']} is {state} in Azure DevOps"))
                said.append(f"defect {defect_id}: {wanted.label} (bug {item['id']} is {state})")
            except (RunRuleError, InputError) as error:
                said.append(f"defect {defect_id}: bug {item['id']} is {state}, not followed here: {error}")
    return said
