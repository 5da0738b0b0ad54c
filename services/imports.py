"""Importing test cases: every file parsed before any is stored (all or nothing per file), and the
text of each case redacted as it is stored. A warning names the case, the field and the kind of
identifier found, never the value; the stored source is the file's (redacted) name, not its path."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from attest.core.cases import ImportOutcome
from attest.core.errors import NotFound
from attest.core.importers import FORMAT_NAMES, ParsedFile, parse_file
from attest.core.model import TestCase
from attest.core.workspace import Workspace
from attest.services.gate import Gate, identifier_kind
from attest.services.workspace import gate as gate_for

__all__ = ["FORMAT_NAMES", "FileImport", "import_files", "parse", "store"]


@dataclass
class FileImport:
    path: Path
    format: str
    outcomes: list[ImportOutcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    placed: list[str] = field(default_factory=list)  # where cases went in plans and suites the source names


def parse(path: Path, fmt: str | None = None) -> ParsedFile:
    """Read and check one file (nothing stored); raises InputError naming the file and line."""
    return parse_file(path, fmt)


def store(ws: Workspace, parsed: ParsedFile, gate: Gate | None = None) -> FileImport:
    """Redact the parsed cases' text and store them in one transaction."""
    gate = gate or gate_for(ws)
    notes: list[str] = list(parsed.warnings)
    seen: dict[str, tuple[str, str | None]] = {}  # a text met again in the file (a shared wording) is redacted once
    cases = [_redacted(case, gate, notes, seen) for case in parsed.cases]
    done = FileImport(parsed.path, parsed.format, ws.cases.save_all(cases), notes)
    _fill_plans(ws, gate, done)
    return done


# Case attributes (columns the importers keep) that name a test plan and a suite: Azure DevOps exports
# carry "Test Plan" and "Test Suite", ALM test lab exports "Test Set Folder" (or a cycle) and "Test Set".
_PLAN_KEYS = ("test plan", "plan", "test set folder", "cycle")
_SUITE_KEYS = ("test suite", "suite", "test set")


def _named(attributes: dict[str, Any], keys: tuple[str, ...]) -> str:
    lowered = {str(k).strip().lower(): v for k, v in attributes.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _fill_plans(ws: Workspace, gate: Gate, done: FileImport) -> None:
    """Put imported cases in the plans and suites their source names, in the file's order: a plan or a
    suite that does not exist yet is made (a suite named without a plan goes in a plan named after the
    file). Re-importing keeps each case where it is."""
    from attest.core.plans import CaseEntry

    placed: dict[tuple[str, str], list[int]] = {}
    for outcome in done.outcomes:
        attributes = outcome.stored.case.attributes
        suite_named = _named(attributes, _SUITE_KEYS)
        if not suite_named:
            continue
        plan_named = _named(attributes, _PLAN_KEYS) or f"Imported from {done.path.stem}"
        placed.setdefault((plan_named, suite_named), []).append(outcome.stored.id)
    by = gate.text(ws.actor) or gate.text("import")
    for (plan_name, suite_name), case_ids in placed.items():
        try:
            plan = ws.plans.find(plan_name)
        except NotFound:
            plan = ws.plans.create(gate.text(plan_name), by=by)
            done.placed.append(f"created plan {plan.id} ({plan.name}) named by the file")
        try:
            suite = ws.plans.find_suite(plan.id, suite_name)
        except NotFound:
            suite = ws.plans.add_suite(plan.id, gate.text(suite_name), by=by)
        there = {c.case_id for c in suite.cases}
        new = [CaseEntry(case_id) for case_id in dict.fromkeys(case_ids) if case_id not in there]
        if new:
            ws.plans.add_cases(suite.id, new, by=by)
            done.placed.append(f"{len(new)} case(s) put in plan {plan.id} ({plan.name}), suite {suite.name}")


def import_files(ws: Workspace, paths: Sequence[Path], fmt: str | None = None,
                 progress: Callable[[int, str], None] | None = None) -> list[FileImport]:
    """Parse every file first, then store each: a bad file raises before anything is stored."""
    parsed = []
    for n, path in enumerate(paths):
        parsed.append(parse(path, fmt))
        if progress is not None:
            progress(int(100 * (n + 1) / len(paths)), path.name)
    gate = gate_for(ws)
    return [store(ws, p, gate) for p in parsed]


def _redacted(case: TestCase, gate: Gate, notes: list[str],
              seen: dict[str, tuple[str, str | None]] | None = None) -> TestCase:
    reference = gate.text(case.reference) or case.reference
    where = f"case {reference}"
    memo = {} if seen is None else seen

    def clean(label: str, text: str | None) -> str:
        if not text or not text.strip():
            return text or ""
        if text not in memo:  # the same text, the same register: the same redaction
            redacted = str(gate.text(text))
            memo[text] = (redacted, None if redacted == text.strip() else
                          identifier_kind(text, gate.register) or "identifier")
        redacted, kind = memo[text]
        if kind is None:
            return text
        notes.append(f"{where}: the {label} held an identifier ({kind}); it was redacted as the case was stored")
        return redacted

    steps = tuple(replace(step, action=clean(f"step {i} action", step.action),
                          expected=clean(f"step {i} expected result", step.expected),
                          name=clean(f"step {i} name", step.name) if step.name else step.name,
                          checks=tuple(clean(f"step {i} check", c) for c in step.checks),
                          instructions=tuple(clean(f"step {i} instruction", t) for t in step.instructions),
                          payload_template=(clean(f"step {i} payload template", step.payload_template)
                                            if step.payload_template else step.payload_template))
                  for i, step in enumerate(case.steps, start=1))
    if reference != case.reference:
        notes.append(f"{where}: the reference held an identifier; it was redacted as the case was stored")
    source = Path(case.source_file).name if case.source_file else ""
    return replace(case, reference=reference, title=clean("title", case.title),
                   description=clean("description", case.description),
                   preconditions=clean("preconditions", case.preconditions),
                   test_data=clean("test data", case.test_data), steps=steps,
                   source_file=str(gate.file_name(source)) if source else "",
                   attributes={k: _attribute(v, k, clean) for k, v in case.attributes.items()})


def _attribute(value: Any, key: str, clean: Callable[[str, str | None], str]) -> Any:
    if isinstance(value, str):
        return clean(f"attribute {key}", value)
    if isinstance(value, list):
        return [_attribute(v, key, clean) for v in value]
    if isinstance(value, dict):
        return {k: _attribute(v, key, clean) for k, v in value.items()}
    return value
