"""CSIP-AUS "cactus" TestProcedure YAML, client and server forms.

A cactus file is one test procedure: ``Description``, ``Category``, ``Classes``, ``Preconditions``,
``Criteria`` and ``Steps``. It has no id of its own; cactus names procedures by file (``ALL-01.yaml``),
so the file stem is the reference. The two forms differ in ``Steps``:

* client tests map a step name to an *event* the client under test must trigger, with *actions*
  the harness takes when it fires;
* server tests list steps, each with an *action* the harness performs as a client and *checks*
  that must then pass against the server under test.

Events, actions and checks are machine definitions (``type`` plus ``parameters``); they are
rendered as readable lines so a tester can follow them by hand.

Every scalar arrives as the text it was written as (see ``common.load_yaml``), so flags such as
``repeat_until_pass: true`` are read with :func:`_is_true`. Unknown keys are not refused, as the
public schema gains new ones, but each is reported as a :class:`SourceWarning`: a misspelt
``chekcs:`` would otherwise silently leave a step with no expected result.
"""

from __future__ import annotations

import warnings
from collections.abc import Collection
from pathlib import Path
from typing import Any

from attest.core.errors import InputError, SourceWarning, shown
from attest.core.importers.common import as_text, decode_utf8, describe, line_of, load_yaml
from attest.core.model import Step, TestCase

FORMAT = "cactus"
# Preconditions keys in the order a tester meets them, with the heading each is shown under.
_PRECONDITIONS = {
    "instructions": "Instructions",
    "immediate_start": "Start immediately",
    "required_clients": "Required clients",
    "init_actions": "Initial actions",
    "actions": "Actions",
    "checks": "Checks",
}
_TYPED = {"init_actions", "actions", "checks"}
_FLAGS = {"immediate_start"}
_TOP_KEYS = {"Description", "Category", "Classes", "TargetVersions", "Preconditions", "Criteria", "Steps"}
_CLIENT_STEP_KEYS = {"instructions", "event", "actions"}
_EVENT_KEYS = {"type", "parameters", "checks"}
_SERVER_STEP_KEYS = {"id", "action", "checks", "instructions", "admin_instructions", "client", "use_client_context",
                     "repeat_until_pass"}
_ITEM_KEYS = {"type", "parameters"}  # an action, check or admin instruction


def parse(path: Path, data: bytes) -> list[TestCase]:
    file = str(path)
    doc = load_yaml(path, decode_utf8(path, data))
    if not isinstance(doc, dict):
        raise InputError(file, "expected a cactus TestProcedure: a mapping with Description, Preconditions, "
                         "Criteria and Steps", line=1)
    _warn_unknown(file, doc, _TOP_KEYS, "at the top level")
    if "Steps" not in doc:
        raise InputError(file, "no 'Steps' key; expected a cactus TestProcedure with its steps under 'Steps:'",
                         line=1)
    raw_steps = doc["Steps"]
    steps_line = line_of(doc, "Steps") or 1
    if isinstance(raw_steps, dict) and raw_steps:
        form = "client"
        steps = [_client_step(file, str(name), raw, line_of(raw_steps, name) or steps_line)
                 for name, raw in raw_steps.items()]
    elif isinstance(raw_steps, list) and raw_steps:
        form = "server"
        steps = [_server_step(file, raw, line_of(raw_steps, i) or steps_line) for i, raw in enumerate(raw_steps)]
    else:
        raise InputError(file, "'Steps' is empty or not a mapping or list; expected a mapping of step name to "
                         "step (client test) or a list of steps with 'id' and 'action' (server test)", line=steps_line)
    return [_case(file, path.stem, doc, form, steps, steps_line)]


def _case(file: str, reference: str, doc: dict[str, Any], form: str, steps: list[Step], line: int) -> TestCase:
    title = as_text(doc.get("Description"))
    category = as_text(doc.get("Category"))
    # Description is already the title; the category is the one thing worth adding to it.
    description = f"Category: {category}" if category else ""
    attributes: dict[str, Any] = {
        "category": category,
        "classes": _strings(doc.get("Classes")),
        "target_versions": _strings(doc.get("TargetVersions")),
        "criteria": _section(file, doc.get("Criteria"), "Criteria", {"checks": "Checks"}, {"checks"}),
    }
    attributes = {key: value for key, value in attributes.items() if value}
    attributes["form"] = form
    return TestCase(
        reference=reference,
        title=title or reference,
        description=description,
        preconditions=_section(file, doc.get("Preconditions"), "Preconditions", _PRECONDITIONS, _TYPED),
        steps=tuple(steps),
        attributes=attributes,
        source_file=file,
        source_format=FORMAT,
        origin=f"line {line}",
    )


def _client_step(file: str, name: str, raw: Any, line: int) -> Step:
    if not isinstance(raw, dict):
        raise InputError(file, f"step '{shown(name)}' is not a mapping; expected 'event' (with 'type') and optional "
                         "'instructions' and 'actions'", line=line)
    _warn_unknown(file, raw, _CLIENT_STEP_KEYS, f"in step '{shown(name)}'")
    event = raw.get("event")
    if event is None:
        raise InputError(file, f"step '{shown(name)}' has no 'event'; expected the event the client must trigger, "
                         "with 'type' and 'parameters'", line=line)
    event_type, parameters = _typed(file, event, f"step '{shown(name)}': the event", line_of(raw, "event") or line,
                                    _EVENT_KEYS)
    guards = _rendered_list(file, event, "checks", f"step '{shown(name)}': event check")
    actions = _rendered_list(file, raw, "actions", f"step '{shown(name)}': action")
    instructions = _strings(raw.get("instructions"))
    expected = "The wait ends" if event_type == "wait" else f"Event {event_type} fires"
    if guards:
        expected += f" once these checks pass: {'; '.join(guards)}"
    if actions:
        expected += f"\nthen: {'; '.join(actions)}"
    return Step(
        action="\n".join([*instructions, _event_line(event_type, parameters)]),
        expected=expected,
        name=name,
        checks=tuple(guards),
        instructions=tuple(instructions),
    )


def _server_step(file: str, raw: Any, line: int) -> Step:
    if not isinstance(raw, dict):
        raise InputError(file, "a step is not a mapping; expected 'id', 'action' and optional 'checks'", line=line)
    name = as_text(raw.get("id"))
    for key, missing in (("id", not name), ("action", raw.get("action") is None)):
        if missing:
            label = f"'{shown(name)}'" if name else "(no id)"
            raise InputError(file, f"step {label} has no '{key}'; expected every server step to have 'id' and "
                             "'action' (with 'type')", line=line)
    _warn_unknown(file, raw, _SERVER_STEP_KEYS, f"in step '{shown(name)}'")
    action = _call(*_typed(file, raw["action"], f"step '{shown(name)}': the action", line_of(raw, "action") or line))
    admin = _rendered_list(file, raw, "admin_instructions", f"step '{shown(name)}': admin instruction")
    checks = _rendered_list(file, raw, "checks", f"step '{shown(name)}': check")
    instructions = _strings(raw.get("instructions"))
    expected = f"Checks pass: {'; '.join(checks)}" if checks else ""
    if checks and _is_true(raw.get("repeat_until_pass")):
        expected += "\nRepeat the action until they pass."
    # Admin set-up comes before the client acts, so it reads in the order the tester works.
    lines = [*instructions, *(f"Server admin: {item}" for item in admin), f"Client action{_client_note(raw)}: {action}"]
    return Step(
        action="\n".join(lines),
        expected=expected,
        name=name,
        checks=tuple(checks),
        instructions=tuple(instructions),
    )


def _client_note(raw: dict[str, Any]) -> str:
    """Which of the harness's clients acts, for tests that register more than one."""
    notes = []
    if isinstance(raw.get("client"), str):
        notes.append(f"as client {raw['client']}")
    if isinstance(raw.get("use_client_context"), str):
        notes.append(f"in the context of client {raw['use_client_context']}")
    return f" ({', '.join(notes)})" if notes else ""


def _event_line(event_type: str, parameters: Any) -> str:
    """``GET-request-received`` on ``/dcap`` reads as what the tester waits for."""
    params = dict(parameters) if isinstance(parameters, dict) else {}
    if event_type == "wait" and "duration_seconds" in params:
        return f"Wait {describe(params['duration_seconds'])} seconds"
    endpoint = params.pop("endpoint", None)
    text = f"Wait for the client: {event_type}"
    if endpoint:
        text += f" on {describe(endpoint)}"
    return text + (f" ({describe(params)})" if params else "")


def _typed(file: str, item: Any, what: str, line: int | None,
           known: Collection[str] = _ITEM_KEYS) -> tuple[str, Any]:
    """The ``type`` and ``parameters`` of an event, action or check; a missing type is an error."""
    kind = as_text(item.get("type")) if isinstance(item, dict) else ""
    if not kind:
        raise InputError(file, f"{what} has no 'type'; expected a mapping with 'type' and optional 'parameters'",
                         line=line or line_of(item))
    _warn_unknown(file, item, known, f"in {what}")
    return kind, item.get("parameters")


def _typed_list(file: str, parent: dict[str, Any], key: str, what: str) -> list[tuple[str, Any]]:
    items = parent.get(key)
    if items is None:
        return []
    if isinstance(items, dict):  # a single item written without the list dash
        items = [items]
    if not isinstance(items, list):
        raise InputError(file, f"'{key}' is not a list; expected a list of items, each with 'type' and optional "
                         "'parameters'", line=line_of(parent, key))
    return [_typed(file, item, f"{what} {number}", line_of(items, number - 1) or line_of(parent, key))
            for number, item in enumerate(items, start=1)]


def _call(kind: str, parameters: Any) -> str:
    """``type (key=value, ...)``, or just ``type`` when there are no parameters: one item inside a sentence."""
    return f"{kind} ({describe(parameters)})" if parameters else kind


def _entry(kind: str, parameters: Any) -> str:
    """``type: key=value, ...``: one item of a listed block."""
    return f"{kind}: {describe(parameters)}" if parameters else kind


def _rendered_list(file: str, parent: dict[str, Any], key: str, what: str) -> list[str]:
    return [_call(kind, parameters) for kind, parameters in _typed_list(file, parent, key, what)]


def _section(file: str, section: Any, name: str, headings: dict[str, str], typed: set[str]) -> str:
    """Preconditions or Criteria as headed lists: ``Actions:`` then ``- set-comms-rate: a=1``.

    ``headings`` gives the known keys in display order; other keys follow under their own name, with
    a warning, since they may be newer schema the tester still needs to see, or a misspelling.
    Items of the ``typed`` keys are actions or checks and must each have a ``type``.
    """
    if not isinstance(section, dict):
        return as_text(section)
    _warn_unknown(file, section, headings, f"in {name}", outcome="shown under its own name")
    parts: list[str] = []
    for key in [*(k for k in headings if k in section), *(k for k in section if k not in headings)]:
        value = section[key]
        heading = headings.get(key, key.replace("_", " ").capitalize())
        if key in typed:
            lines = [f"- {_entry(*item)}" for item in _typed_list(file, section, key, f"{heading}: item")]
            parts.append("\n".join([f"{heading}:", *lines]) if lines else "")
        elif key in _FLAGS and as_text(value):
            parts.append(f"{heading}: {'yes' if _is_true(value) else 'no'}")
        elif isinstance(value, list):
            parts.append(f"{heading}:\n{as_text(value)}" if value else "")
        else:
            parts.append(f"{heading}: {as_text(value)}" if as_text(value) else "")
    return "\n\n".join(part for part in parts if part)


def _strings(value: Any) -> list[str]:
    """A list (or a lone scalar) as plain strings, so attributes hold no YAML line-tracking types."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [text for text in (as_text(item) for item in items) if text]


def _is_true(value: Any) -> bool:
    """A YAML flag, which arrives as the text written (``true``, ``yes``, ``1``), is set."""
    return str(value).strip().lower() in {"true", "yes", "1"}


def _warn_unknown(file: str, mapping: dict[str, Any], known: Collection[str], where: str,
                  outcome: str = "ignored") -> None:
    """Warn about each key this importer does not know, naming its line and the keys expected there."""
    for key in mapping:
        if key not in known:
            message = f"unknown key '{shown(key)}' {where} {outcome}; expected one of {', '.join(sorted(known))}"
            warnings.warn(SourceWarning(file, message, line=line_of(mapping, key)), stacklevel=2)
