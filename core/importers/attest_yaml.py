"""Attest's own YAML test-case format (documented in ``docs/formats.md``).

Strict on purpose: an unknown key is an error naming its line, because a misspelt ``expcted:``
silently dropped would leave a step without its expected result in front of a witness.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from attest.core.errors import InputError, shown
from attest.core.importers.common import as_text, decode_utf8, evidence_flag, line_of, load_yaml, mention, plain
from attest.core.model import Step, TestCase

FORMAT_VERSION = 1
CASE_KEYS = {"reference", "title", "description", "preconditions", "test_data", "attributes", "steps"}
STEP_KEYS = {"action", "expected", "name", "checks", "instructions", "payload", "evidence_required"}


def parse(path: Path, data: bytes) -> list[TestCase]:
    doc = load_yaml(path, decode_utf8(path, data))
    file = str(path)
    if not isinstance(doc, dict) or "attest" not in doc:
        raise InputError(file, "expected a mapping starting with 'attest: 1'", line=1)
    if str(doc["attest"]).strip() != str(FORMAT_VERSION):
        version = plain(doc["attest"], 10)
        given = f"'attest: {version}'" if version else f"the 'attest:' value {mention(doc['attest'])}"
        raise InputError(file, f"{given} is not a format version this Attest reads; expected 1",
                         line=line_of(doc, "attest"))
    unknown = set(doc) - {"attest", "case", "cases"}
    if unknown:
        key = sorted(unknown)[0]
        raise InputError(file, f"unknown key '{shown(key)}'; expected 'case' or 'cases'", line=line_of(doc, key))
    if "case" in doc and "cases" in doc:
        raise InputError(file, "give either 'case' or 'cases', not both", line=line_of(doc, "cases"))
    if "case" in doc:
        raw_cases: list[Any] = [doc["case"]]
        lines = [line_of(doc, "case")]
    elif "cases" in doc:
        raw_cases = doc["cases"]
        if not isinstance(raw_cases, list) or not raw_cases:
            raise InputError(file, "'cases' must be a non-empty list of test cases", line=line_of(doc, "cases"))
        lines = [line_of(raw_cases, i) for i in range(len(raw_cases))]
    else:
        raise InputError(file, "no test cases: expected a 'case' or 'cases' key", line=1)
    return [_case(file, raw, line) for raw, line in zip(raw_cases, lines, strict=True)]


def _case(file: str, raw: Any, line: int | None) -> TestCase:
    if not isinstance(raw, dict):
        raise InputError(file, "a test case must be a mapping with reference, title and steps", line=line)
    _check_keys(file, raw, CASE_KEYS, "test case")
    for key in ("reference", "title"):
        if not as_text(raw.get(key)):
            raise InputError(file, f"test case is missing '{key}'; expected reference, title and steps",
                             line=line_of(raw, key) or line_of(raw))
    reference = as_text(raw["reference"])
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise InputError(file, f"test case {shown(reference)} has no steps; expected 'steps:' with at least one step",
                         line=line_of(raw, "steps") or line_of(raw))
    attributes = raw.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise InputError(file, "'attributes' must be a mapping of name: value", line=line_of(raw, "attributes"))
    steps = [_step(file, reference, number, item, line_of(steps_raw, number - 1))
             for number, item in enumerate(steps_raw, start=1)]
    return TestCase(
        reference=reference,
        title=as_text(raw["title"]),
        description=as_text(raw.get("description")),
        preconditions=as_text(raw.get("preconditions")),
        test_data=as_text(raw.get("test_data")),
        attributes={str(k): v for k, v in attributes.items()},
        steps=tuple(steps),
        source_file=file,
        source_format="attest",
        origin=f"line {line}" if line else "",
    )


def _step(file: str, reference: str, number: int, raw: Any, line: int | None) -> Step:
    if isinstance(raw, str):  # shorthand: "- Send the IF-031" is a step with only an action
        raw = {"action": raw}
    if not isinstance(raw, dict):
        raise InputError(file, f"test case {shown(reference)}, step {number}: expected a mapping with 'action'", line=line)
    _check_keys(file, raw, STEP_KEYS, f"test case {shown(reference)}, step {number}")
    action = as_text(raw.get("action"))
    if not action:
        raise InputError(file, f"test case {shown(reference)}, step {number}: 'action' is missing or empty",
                         line=line_of(raw, "action") or line)
    return Step(
        action=action,
        expected=as_text(raw.get("expected")),
        name=as_text(raw.get("name")) or None,
        checks=_text_list(file, raw, "checks"),
        instructions=_text_list(file, raw, "instructions"),
        payload_template=_payload(file, reference, number, raw),
        evidence_required=_flag(file, reference, number, raw, "evidence_required", line),
    )


def _flag(file: str, reference: str, number: int, raw: dict[str, Any], key: str, line: int | None) -> bool:
    """A yes/no step key: true, false, yes or no (anything else is a mistake worth a line number)."""
    if key not in raw:
        return False
    text = as_text(raw[key]).strip().lower()
    if text not in ("true", "false", "yes", "no"):
        raise InputError(file, f"test case {shown(reference)}, step {number}: '{key}' is {mention(text, 20)}; "
                         "expected true or false", line=line_of(raw, key) or line)
    return evidence_flag(text)


def _payload(file: str, reference: str, number: int, raw: dict[str, Any]) -> str | None:
    """A payload template is text; one written as a YAML mapping is kept as the JSON it stands for."""
    value = raw.get("payload")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, indent=2, ensure_ascii=False)
    raise InputError(file, f"test case {shown(reference)}, step {number}: 'payload' must be text or a mapping",
                     line=line_of(raw, "payload"))


def _text_list(file: str, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if not isinstance(value, list):
        raise InputError(file, f"'{key}' must be a list of text items", line=line_of(raw, key))
    return tuple(as_text(item) for item in value if as_text(item))


def _check_keys(file: str, raw: dict[str, Any], allowed: set[str], what: str) -> None:
    for key in raw:
        if key not in allowed:
            raise InputError(file, f"{what}: unknown key '{shown(key)}'; expected one of {', '.join(sorted(allowed))}",
                             line=line_of(raw, key))
