"""A local fake Azure DevOps server for the tests: the REST endpoints Attest calls, with the request and
response shapes of the documented API (api-version 7.1), Basic authentication with personal access
tokens and their scopes, continuation tokens on lists, and injected faults (429 with Retry-After, 500,
a dropped connection).

    with FakeAdo() as ado:                       # listening on 127.0.0.1, a free port
        ado.tokens["secret"] = {"vso.test", "vso.work"}
        ado.add_plan(...); ado.fail("/suites", 429, times=2)
        client = AdoClient(ado.org_url, "Proj", "secret")

Everything it is sent is kept in ``requests`` (method, path, query, body) for the tests to read back.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape

ORG = "fabrikam"
PROJECT = "MHHS Qualification"


@dataclass
class Fault:
    path: str  # a part of the path the fault applies to
    status: int | str  # an HTTP status, or "drop" (close the connection without answering)
    times: int
    retry_after: str | None = None
    after: int = 0  # matching requests let through before the fault starts


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes


def steps_xml(*steps: tuple[str, str] | int) -> str:
    """Steps XML as ADO writes it: (action, expected) pairs of HTML, or an int for a shared steps reference."""
    parts, number = [], 1
    for step in steps:
        number += 1
        if isinstance(step, int):
            parts.append(f'<compref id="{number}" ref="{step}" />')
            continue
        action, expected = step

        def html(text: str) -> str:  # the step text is HTML (ADO's editor), kept escaped in the XML
            return escape(f"<DIV><P>{text}</P></DIV>")
        kind = "ValidateStep" if expected else "ActionStep"
        parts.append(f'<step id="{number}" type="{kind}"><parameterizedString isformatted="true">{html(action)}'
                     f'</parameterizedString><parameterizedString isformatted="true">{html(expected)}'
                     '</parameterizedString><description/></step>')
    return f'<steps id="0" last="{number}">{"".join(parts)}</steps>'


@dataclass
class FakeAdo:
    tokens: dict[str, set[str]] = field(default_factory=dict)
    plans: dict[int, dict[str, Any]] = field(default_factory=dict)
    suites: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # plan -> suites
    suite_cases: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # suite -> TestCase entries
    work_items: dict[int, dict[str, Any]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    runs: dict[int, dict[str, Any]] = field(default_factory=dict)  # test runs made by publishing
    results: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # run -> its results
    attachments: list[dict[str, Any]] = field(default_factory=list)  # every attachment uploaded
    requests: list[Recorded] = field(default_factory=list)
    page_size: int = 100
    hold_after: int | None = None  # attachments answered before the next ones are held (a kill test's moment)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.holding = threading.Event()  # set once an attachment request is being held
        self.release = threading.Event()
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def org_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/{ORG}"

    def __enter__(self) -> FakeAdo:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    # -- content

    def add_work_item(self, item_id: int, kind: str, title: str, *, steps: str = "", parameters: str = "",
                      data: str = "", rev: int = 1, **fields: Any) -> None:
        self.work_items[item_id] = {"id": item_id, "rev": rev, "fields": {
            "System.WorkItemType": kind, "System.Title": title, "System.Rev": rev,
            "Microsoft.VSTS.TCM.Steps": steps, "Microsoft.VSTS.TCM.Parameters": parameters,
            "Microsoft.VSTS.TCM.LocalDataSource": data, **fields}}

    def add_plan(self, plan_id: int, name: str, suites: list[tuple[int, str, list[tuple[int, str, int, str]]]],
                 **extra: Any) -> None:
        """``suites``: (suite id, name, [(case id, tester, point id, configuration), ...]) under a root suite."""
        root = plan_id * 1000
        self.plans[plan_id] = {"id": plan_id, "name": name, "rootSuite": {"id": root}, "state": "Active",
                               "areaPath": PROJECT, "iteration": f"{PROJECT}\\Sprint 1", **extra}
        listed = [{"id": root, "name": name, "suiteType": "staticTestSuite", "plan": {"id": plan_id}}]
        for suite_id, suite_name, cases in suites:
            listed.append({"id": suite_id, "name": suite_name, "suiteType": "staticTestSuite",
                           "parentSuite": {"id": root, "name": name}, "plan": {"id": plan_id}})
            self.suite_cases[suite_id] = [{
                "workItem": {"id": case_id, "name": self.work_items[case_id]["fields"]["System.Title"],
                             "workItemFields": [{"System.Rev": self.work_items[case_id]["rev"]}]},
                "pointAssignments": [{"id": point, "configurationId": 1, "configurationName": config,
                                      "tester": {"displayName": tester, "uniqueName": f"{tester}@example.com"}}],
                "order": order,
            } for order, (case_id, tester, point, config) in enumerate(cases, start=1)]
        self.suites[plan_id] = listed

    def fail(self, path: str, status: int | str, *, times: int = 1, retry_after: str | None = None,
             after: int = 0) -> None:
        self.faults.append(Fault(path, status, times, retry_after, after))

    def seen(self, method: str, fragment: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and fragment in r.path]


class _Handler(BaseHTTPRequestHandler):
    fake: FakeAdo
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        return  # quiet: tests read ``requests`` instead

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle("PATCH")

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _scopes(self) -> set[str] | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        try:
            _user, _colon, token = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return None
        return self.fake.tokens.get(token)

    def _handle(self, method: str) -> None:
        split = urlsplit(self.path)
        path, query = unquote(split.path), parse_qs(split.query)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake = self.fake
        with fake._lock:
            fake.requests.append(Recorded(method, path, query, body))
            fault = next((f for f in fake.faults if f.path in path and f.times > 0), None)
            if fault is not None and fault.after > 0:
                fault.after -= 1
                fault = None
            elif fault is not None:
                fault.times -= 1
        if fault is not None:
            if fault.status == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self._send(int(fault.status), {"message": "injected"},
                       {"Retry-After": fault.retry_after} if fault.retry_after else None)
            return
        if query.get("api-version") != ["7.1"]:
            self._send(400, {"message": "api-version 7.1 expected"})
            return
        scopes = self._scopes()
        if scopes is None:
            self._send(401, {"message": "unauthorized"})
            return
        route = self._route(method, path, query, body, scopes)
        if route is None:
            self._send(404, {"message": f"no route {method} {path}"})

    def _need(self, scopes: set[str], scope: str) -> bool:
        if scope in scopes or f"{scope}_write" in scopes:
            return True
        self._send(403, {"message": f"the token lacks {scope}"})
        return False

    def _paged(self, items: list[Any], query: dict[str, list[str]]) -> None:
        start = int(query.get("continuationToken", ["0"])[0])
        page = items[start:start + self.fake.page_size]
        more = start + self.fake.page_size < len(items)
        self._send(200, {"value": page, "count": len(page)},
                   {"x-ms-continuationtoken": str(start + self.fake.page_size)} if more else None)

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: bytes,
               scopes: set[str]) -> bool | None:
        fake = self.fake
        prefix = f"/{ORG}/{PROJECT}/_apis/"
        if method == "GET" and path == f"/{ORG}/_apis/projects/{PROJECT}":
            self._send(200, {"id": "p-1", "name": PROJECT})
            return True
        if method == "GET" and path == f"/{ORG}/_apis/wit/workitems":
            if not self._need(scopes, "vso.work"):
                return True
            ids = [int(i) for i in query.get("ids", [""])[0].split(",") if i]
            if len(ids) > 200:
                self._send(400, {"message": "at most 200 ids"})
                return True
            self._send(200, {"value": [fake.work_items[i] for i in ids if i in fake.work_items]})
            return True
        if not path.startswith(prefix):
            return None
        rest = path[len(prefix):]
        if method == "GET" and rest == "testplan/plans":
            if self._need(scopes, "vso.test"):
                self._send(200, {"value": list(fake.plans.values())[:1], "count": 1})
            return True
        if method == "POST" and rest == "wit/wiql":
            if self._need(scopes, "vso.work"):
                self._send(200, {"workItems": []})
            return True
        if method == "POST" and rest == "test/runs":  # the write probe sends an empty run: refused as invalid
            if "vso.test_write" not in scopes:
                self._send(403, {"message": "the token lacks vso.test_write"})
                return True
            given = json.loads(body or b"{}")
            if not given.get("name") or not given.get("pointIds"):
                self._send(400, {"message": "A test run needs a name and points"})
                return True
            with fake._lock:
                run_id = 500 + len(fake.runs) + 1
                fake.runs[run_id] = {"id": run_id, "name": given["name"], "state": given.get("state", "InProgress"),
                                     "plan": given.get("plan")}
                fake.results[run_id] = [{"id": 100000 + n, "testPoint": {"id": point}, "testRun": {"id": run_id}}
                                        for n, point in enumerate(given["pointIds"])]
            self._send(200, fake.runs[run_id])
            return True
        match = re.fullmatch(r"test/runs/(\d+)", rest, re.IGNORECASE)
        if match and method in ("GET", "PATCH"):
            if not self._need(scopes, "vso.test"):
                return True
            run = fake.runs.get(int(match.group(1)))
            if run is None:
                self._send(404, {"message": "Test run not found"})
            else:
                if method == "PATCH":
                    run.update(json.loads(body or b"{}"))
                self._send(200, run)
            return True
        match = re.fullmatch(r"test/Runs/(\d+)/results", rest, re.IGNORECASE)
        if match and method in ("GET", "PATCH"):
            if not self._need(scopes, "vso.test"):
                return True
            results = fake.results.get(int(match.group(1)))
            if results is None:
                self._send(404, {"message": "Test run not found"})
                return True
            if method == "PATCH":
                for update in json.loads(body or b"[]"):
                    for result in results:
                        if result["id"] == update.get("id"):
                            result.update(update)
            self._send(200, {"value": results, "count": len(results)})
            return True
        match = re.fullmatch(r"test/Runs/(\d+)/Results/(\d+)/attachments", rest, re.IGNORECASE)
        if match and method == "GET":
            if self._need(scopes, "vso.test"):
                mine = [{"id": a["id"], "fileName": a["fileName"], "size": len(a["data"]), "comment": a["comment"]}
                        for a in fake.attachments if a.get("result") == int(match.group(2))]
                self._send(200, {"value": mine, "count": len(mine)})
            return True
        if match and method == "POST" and fake.hold_after is not None and len(fake.attachments) >= fake.hold_after:
            fake.holding.set()  # the client waits here until the test kills it
            fake.release.wait(60)
            self.close_connection = True
            return True
        if match and method == "POST":
            if "vso.test_write" not in scopes:
                self._send(403, {"message": "the token lacks vso.test_write"})
                return True
            given = json.loads(body or b"{}")
            with fake._lock:
                attachment = {"id": 9000 + len(fake.attachments) + 1, "run": int(match.group(1)),
                              "result": int(match.group(2)), "fileName": given.get("fileName"),
                              "comment": given.get("comment", ""),
                              "data": base64.b64decode(given.get("stream", "")),
                              "iterationId": query.get("iterationId", [None])[0],
                              "actionPath": query.get("actionPath", [None])[0]}
                fake.attachments.append(attachment)
            self._send(200, {"id": attachment["id"], "url": f"{fake.org_url}/attachments/{attachment['id']}"})
            return True
        if method == "POST" and rest.startswith("wit/workitems/$"):
            if "vso.work_write" not in scopes:
                self._send(403, {"message": "the token lacks vso.work_write"})
                return True
            patch = json.loads(body or b"[]")
            if query.get("validateOnly") == ["true"] or not patch:  # the scope probe: nothing is created
                self._send(400, {"message": "invalid patch document"})
                return True
            if self.headers.get("Content-Type", "").split(";")[0] != "application/json-patch+json":
                self._send(415, {"message": "application/json-patch+json expected"})
                return True
            fields = {op["path"].split("/fields/", 1)[1]: op["value"] for op in patch
                      if op.get("op") == "add" and op.get("path", "").startswith("/fields/")}
            relations = [op["value"] for op in patch if op.get("path") == "/relations/-"]
            with fake._lock:
                item_id = 20000 + len(fake.work_items) + 1
                fake.work_items[item_id] = {"id": item_id, "rev": 1, "relations": relations, "fields": {
                    "System.WorkItemType": rest.split("$", 1)[1], "System.State": "New", **fields}}
            self._send(200, fake.work_items[item_id])
            return True
        if method == "POST" and rest == "wit/attachments":
            if "vso.work_write" not in scopes:
                self._send(403, {"message": "the token lacks vso.work_write"})
                return True
            with fake._lock:
                attachment = {"id": 7000 + len(fake.attachments) + 1, "fileName": query.get("fileName", [""])[0],
                              "data": body, "workItem": True}
                fake.attachments.append(attachment)
            self._send(201, {"id": str(attachment["id"]), "url": f"{fake.org_url}/_apis/wit/attachments/{attachment['id']}"})
            return True
        match = re.fullmatch(r"testplan/plans/(\d+)", rest, re.IGNORECASE)
        if method == "GET" and match:
            if self._need(scopes, "vso.test"):
                plan = fake.plans.get(int(match.group(1)))
                self._send(200, plan) if plan else self._send(404, {"message": "Test plan not found"})
            return True
        match = re.fullmatch(r"testplan/Plans/(\d+)/suites", rest, re.IGNORECASE)
        if method == "GET" and match:
            if self._need(scopes, "vso.test"):
                plan_id = int(match.group(1))
                if plan_id not in fake.plans:
                    self._send(404, {"message": "Test plan not found"})
                else:
                    self._paged(fake.suites[plan_id], query)
            return True
        match = re.fullmatch(r"testplan/Plans/(\d+)/Suites/(\d+)/TestCase", rest, re.IGNORECASE)
        if method == "GET" and match:
            if self._need(scopes, "vso.test"):
                self._paged(fake.suite_cases.get(int(match.group(2)), []), query)
            return True
        return None
