"""Importing test cases: every file parsed before any is stored (all or nothing per file), and the
text of each case redacted as it is stored. A warning names the case, the field and the kind of
identifier found, never the value; the stored source is the file's (redacted) name, not its path.

Everything is checked and redacted before the first write; a long import is then stored in short
transactions as a job that a killed process's successor finishes (``core.case_import``), so a tester
recording a step is never kept waiting behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from attest.core.case_import import Incoming
from attest.core.cases import ImportOutcome
from attest.core.errors import InputError
from attest.core.importers import FORMAT_NAMES, ParsedFile, parse_file
from attest.core.model import TestCase
from attest.core.redacted import EMPTY, Redacted
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


def store(ws: Workspace, parsed: ParsedFile, gate: Gate | None = None,
          progress: Callable[[int, int], None] | None = None) -> FileImport:
    """Redact the parsed cases' text and store them: all of them, or none if anything is refused (a case
    that another writer changes while a long import is stored is left out, with a warning).
    ``progress(stored, total)`` is called as a long import goes."""
    gate = gate or gate_for(ws)
    _refuse_identifier_references(parsed, gate)
    notes: list[str] = list(parsed.warnings)
    seen: dict[str, tuple[str, str | None]] = {}  # a text met again in the file (a shared wording) is redacted once
    cases = [_redacted(case, gate, notes, seen) for case in parsed.cases]
    placing: dict[tuple[str, str], tuple[Redacted, Redacted]] = {}
    incoming = [Incoming(case, *_placement(case, parsed.path, gate, placing)) for case in cases]
    by = gate.actor(ws.actor) or gate.text("import")
    result = ws.imports.run(incoming, source_file=gate.file_name(parsed.path.name), source_format=parsed.format,
                            by=by, progress=progress)
    return FileImport(parsed.path, parsed.format, result.outcomes, notes + result.warnings, result.placed)


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


def _placement(case: TestCase, path: Path, gate: Gate,
               memo: dict[tuple[str, str], tuple[Redacted, Redacted]]) -> tuple[Redacted, Redacted]:
    """The plan and suite the source puts a case in, through the gate (a suite named without a plan goes
    in a plan named after the file); both empty when it names no suite. Stored by ``core.case_import``,
    which makes a plan or suite that does not exist yet; re-importing keeps each case where it is."""
    suite_named = _named(case.attributes, _SUITE_KEYS)
    if not suite_named:
        return EMPTY, EMPTY
    plan_named = _named(case.attributes, _PLAN_KEYS) or f"Imported from {path.stem}"
    key = (plan_named, suite_named)
    if key not in memo:
        memo[key] = (gate.text(plan_named), gate.text(suite_named))
    return memo[key]


def import_files(ws: Workspace, paths: Sequence[Path], fmt: str | None = None,
                 progress: Callable[[int, str], None] | None = None) -> list[FileImport]:
    """Parse every file first, then store each: a bad file raises before anything is stored."""
    parsed = []
    for n, path in enumerate(paths):
        parsed.append(parse(path, fmt))
        if progress is not None:
            progress(int(100 * (n + 1) / len(paths)), path.name)
    gate = gate_for(ws)
    for p in parsed:  # before any file is stored: all of them, or none
        _refuse_identifier_references(p, gate)
    return [store(ws, p, gate) for p in parsed]


def _refuse_identifier_references(parsed: ParsedFile, gate: Gate) -> None:
    """A case's reference is its name in the workspace, as a register reference is a value's: one that holds
    an identifier is refused (redacted, "MIG_2199000000013" and "MIG_1412345678901" would both be
    "MIG_[MPAN-1]", and the second case would be stored as a new version of the first). The message
    counts the case and names the kind, never the reference."""
    for n, case in enumerate(parsed.cases, start=1):
        if str(gate.text(case.reference)) != case.reference.strip():
            kind = identifier_kind(case.reference, gate.register) or "identifier"
            raise InputError(str(parsed.path), f"the reference of case {n} in the file holds an identifier ({kind}); "
                             "give the case a reference without one and import again", place="reference")


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
    source = Path(case.source_file).name if case.source_file else ""
    if source and f"\0file\0{source}" not in memo:  # every case of a file has its name: redacted once
        memo[f"\0file\0{source}"] = (str(gate.file_name(source)), None)
    return replace(case, reference=reference, title=clean("title", case.title),
                   description=clean("description", case.description),
                   preconditions=clean("preconditions", case.preconditions),
                   test_data=clean("test data", case.test_data), steps=steps,
                   source_file=memo[f"\0file\0{source}"][0] if source else "",
                   attributes={(name := _key(k, clean)): _attribute(v, name, clean) for k, v in case.attributes.items()})


def _key(key: Any, clean: Callable[[str, str | None], str]) -> Any:
    """An attribute's name is typed too ("site 1688560437590": …): redacted as its value is, and then named
    in messages only by its position (never by the name that held the identifier)."""
    return clean("name of an attribute", key) if isinstance(key, str) else key


def _attribute(value: Any, key: Any, clean: Callable[[str, str | None], str]) -> Any:
    """``key``: the attribute's name, redacted already."""
    if isinstance(value, str):
        return clean(f"attribute {key}", value)
    if isinstance(value, list):
        return [_attribute(v, key, clean) for v in value]
    if isinstance(value, dict):
        return {(name := _key(k, clean)): _attribute(v, name, clean) for k, v in value.items()}
    return value
