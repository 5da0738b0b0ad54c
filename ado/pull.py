"""Reading a test plan from Azure DevOps: the plan, its suites in order, each suite's test cases in their
order with the assigned tester and configuration of each test point, and every case's steps (shared
steps expanded in place), parameters and data rows.

Nothing here writes to the workspace: ``services.ado`` passes what is read through the redaction gate
and stores it as plans, suites and case versions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from attest.ado.client import AdoClient, AdoError
from attest.ado.steps_xml import AdoStep, parse_data, parse_steps
from attest.core.importers.common import html_to_text, split_reference, tidy
from attest.core.model import Step, TestCase

FIELDS = ("System.Title", "System.Rev", "System.WorkItemType", "System.Description", "Microsoft.VSTS.TCM.Steps",
          "Microsoft.VSTS.TCM.Parameters", "Microsoft.VSTS.TCM.LocalDataSource", "System.AreaPath")
BATCH = 200  # work items per call: the API's limit


@dataclass(frozen=True)
class PointEntry:
    """A case's place in a suite: its order, and its test point (tester and configuration)."""

    case_id: int
    order: int
    point_id: int | None
    tester: str
    configuration: str


@dataclass
class PulledSuite:
    ado_id: int
    name: str
    entries: list[PointEntry] = field(default_factory=list)


@dataclass
class PulledPlan:
    ado_id: int
    name: str
    iteration: str
    area: str
    starts_on: str
    ends_on: str
    suites: list[PulledSuite]
    cases: dict[int, TestCase]  # by ADO work item id
    revisions: dict[int, int] = field(default_factory=dict)  # work item id -> its revision as read
    shared_revisions: dict[int, int] = field(default_factory=dict)  # Shared Steps work item -> its revision
    uses: dict[int, tuple[int, ...]] = field(default_factory=dict)  # case -> the Shared Steps it expands


Progress = Callable[[int, str], None]


def read_plan(client: AdoClient, plan_id: int, suite_id: int | None = None,
              progress: Progress | None = None) -> PulledPlan:
    say = progress or (lambda _p, _m: None)
    try:
        plan = client.get(f"testplan/plans/{plan_id}", what=f"reading test plan {plan_id}")
    except AdoError as error:
        if error.status == 404:
            raise AdoError(f"there is no test plan {plan_id} in project {client.project}", 404) from None
        raise
    say(5, "reading the suites")
    listed = list(client.paged(f"testplan/Plans/{plan_id}/suites", what=f"listing the suites of plan {plan_id}"))
    if suite_id is not None:
        listed = [s for s in listed if s.get("id") == suite_id]
        if not listed:
            raise AdoError(f"test plan {plan_id} has no suite {suite_id}", 404)
    suites: list[PulledSuite] = []
    for n, raw in enumerate(_in_tree_order(listed), start=1):
        suite = PulledSuite(int(raw["id"]), str(raw.get("name") or f"Suite {raw['id']}"))
        entries = list(client.paged(f"testplan/Plans/{plan_id}/Suites/{suite.ado_id}/TestCase",
                                    what=f"listing the test cases of suite {suite.ado_id}"))
        for position, entry in enumerate(sorted(entries, key=lambda e: e.get("order") or 0), start=1):
            item = entry.get("workItem") or {}
            points = entry.get("pointAssignments") or [{}]
            for point in points:  # one place per configuration the case is planned in
                tester = (point.get("tester") or {}).get("displayName", "")
                suite.entries.append(PointEntry(int(item["id"]), position, point.get("id"), tester,
                                                point.get("configurationName", "")))
        if suite.entries or raw.get("parentSuite"):  # the root suite only when it holds cases itself
            suites.append(suite)
        say(5 + 45 * n // max(1, len(listed)), f"suite {suite.name}")
    ids = sorted({e.case_id for s in suites for e in s.entries})
    items = _work_items(client, ids, say)
    steps = {i: _steps(item) for i, item in items.items()}  # each work item's steps XML read once
    uses = {i: tuple(sorted({st.shared for st in parsed if st.shared})) for i, parsed in steps.items()}
    shared_ids = sorted({ref for refs in uses.values() for ref in refs})
    shared = _work_items(client, [i for i in shared_ids if i not in items], None) if shared_ids else {}
    shared.update({i: items[i] for i in shared_ids if i in items})
    shared_steps = {i: steps[i] if i in steps else _steps(item) for i, item in shared.items()}
    cases = {item_id: _case(item, steps[item_id], shared, shared_steps) for item_id, item in items.items()}
    say(100, f"{len(cases)} test case(s)")
    return PulledPlan(plan_id, str(plan.get("name") or f"Plan {plan_id}"), str(plan.get("iteration") or ""),
                      str(plan.get("areaPath") or ""), str(plan.get("startDate") or "")[:10],
                      str(plan.get("endDate") or "")[:10], suites, cases,
                      {i: _revision(item) for i, item in items.items()},
                      {i: _revision(item) for i, item in shared.items()}, uses)


def _revision(item: dict[str, Any]) -> int:
    return int(item.get("rev") or item.get("fields", {}).get("System.Rev") or 0)


def _in_tree_order(suites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Suites depth first from the root, as ADO's tree shows them (a child after its parent)."""
    children: dict[Any, list[dict[str, Any]]] = {}
    ids = {s.get("id") for s in suites}
    for suite in suites:
        parent = (suite.get("parentSuite") or {}).get("id")
        children.setdefault(parent if parent in ids else None, []).append(suite)
    ordered: list[dict[str, Any]] = []

    def walk(parent: Any) -> None:
        for suite in children.get(parent, []):
            ordered.append(suite)
            walk(suite.get("id"))

    walk(None)
    return ordered


def _work_items(client: AdoClient, ids: Iterable[int], say: Progress | None) -> dict[int, dict[str, Any]]:
    wanted = list(ids)
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        body = client.get("wit/workitems", project=False, what="reading test case work items",
                          params={"ids": ",".join(map(str, chunk)), "fields": ",".join(FIELDS),
                                  "errorPolicy": "omit"})
        for item in body.get("value", []) if isinstance(body, dict) else []:
            if item:
                found[int(item["id"])] = item
        if say is not None:
            say(50 + 45 * min(len(wanted), start + BATCH) // max(1, len(wanted)), "test cases")
    missing = [i for i in wanted if i not in found]
    if missing:
        raise AdoError(f"work item(s) {', '.join(map(str, missing[:10]))} of the plan could not be read (deleted, or "
                       "outside the token's reach)")
    return found


def _steps(item: dict[str, Any]) -> list[AdoStep]:
    fields = item.get("fields", {})
    return parse_steps(str(fields.get("Microsoft.VSTS.TCM.Steps") or ""), f"ADO work item {item.get('id')}")


def _case(item: dict[str, Any], own: list[AdoStep], shared: dict[int, dict[str, Any]],
          shared_steps: dict[int, list[AdoStep]]) -> TestCase:
    """A Test Case work item as an Attest case: shared steps expanded, each step's ADO id (and the shared
    step reference it came through) kept for publishing results to its action path."""
    fields = item.get("fields", {})
    item_id = int(item["id"])
    what = f"ADO work item {item_id}"
    steps: list[Step] = []
    paths: list[list[int]] = []  # [step id] or [shared reference step id, step id inside the shared steps]
    for step in own:
        if step.shared is None:
            steps.append(Step(action=step.action or "(no action text)", expected=step.expected))
            paths.append([step.id])
            continue
        source = shared.get(step.shared)
        if source is None:
            raise AdoError(f"{what} uses shared steps {step.shared}, which could not be read")
        title = str(source.get("fields", {}).get("System.Title") or f"Shared steps {step.shared}")
        inner = [s for s in shared_steps[step.shared] if s.shared is None]
        for n, part in enumerate(inner, start=1):
            steps.append(Step(action=part.action or "(no action text)", expected=part.expected,
                              name=f"{title} ({n}/{len(inner)})"))
            paths.append([step.id, part.id])
    data = parse_data(str(fields.get("Microsoft.VSTS.TCM.Parameters") or ""),
                      str(fields.get("Microsoft.VSTS.TCM.LocalDataSource") or ""), what)
    title = str(fields.get("System.Title") or f"Test case {item_id}")
    reference, rest = split_reference(title)
    test_data = ""
    if data.parameters:
        rows = [", ".join(f"{k}={v}" for k, v in row.items()) for row in data.rows]
        test_data = (f"Parameters: {', '.join(data.parameters)}"
                     + "".join(f"\nRow {n}: {row}" for n, row in enumerate(rows, start=1)))
    # the revision is not part of the case (a new revision that changes no step is no new version): the
    # pull keeps it beside the case, in the ADO links
    attributes: dict[str, Any] = {"ado_id": str(item_id), "ado_steps": paths}
    if data.parameters:
        attributes["ado_parameters"] = list(data.parameters)
        attributes["ado_data_rows"] = [dict(row) for row in data.rows]
    return TestCase(reference=reference or f"ADO-{item_id}", title=rest if reference else title,
                    steps=tuple(steps), description=tidy(html_to_text(str(fields.get("System.Description") or ""))),
                    test_data=test_data, attributes=attributes, source_file=f"Azure DevOps work item {item_id}",
                    source_format="ado", origin=what)
