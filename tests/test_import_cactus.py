"""cactus TestProcedure YAML import: client and server forms, rendering, and every refusal."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from attest.core.errors import InputError
from attest.core.importers import parse_file
from attest.core.model import TestCase


def write(tmp_path: Path, text: str, name: str = "T-01.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def only_case(path: Path) -> TestCase:
    parsed = parse_file(path)
    assert parsed.format == "cactus"
    (case,) = parsed.cases
    return case


def refusal(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_file(path, "cactus")
    return caught.value


def steps_line(path: Path) -> int:
    return path.read_text(encoding="utf-8").split("\n").index("Steps:") + 1


# -- client form ------------------------------------------------------------------------------------

def test_client_example(examples: Path) -> None:
    path = examples / "DER-CLIENT-01.yaml"
    case = only_case(path)

    assert case.reference == "DER-CLIENT-01"
    assert case.title == "Battery inverter discovers the server and follows an export limit"
    assert case.description == "Category: DER control"  # the Description is the title, not repeated
    assert (case.source_file, case.source_format) == (str(path), "cactus")
    assert case.origin == f"line {steps_line(path)}"
    assert [s.name for s in case.steps] == ["DISCOVER", "READ-CONTROLS", "ACKNOWLEDGE-CONTROL", "HOLD-LIMIT"]

    discover = case.steps[0]
    assert discover.action == ("Restart the inverter's communications so that it starts discovery again.\n"
                               "Wait for the client: GET-request-received on /dcap")
    assert discover.instructions == ("Restart the inverter's communications so that it starts discovery again.",)
    assert discover.expected == ("Event GET-request-received fires\n"
                                 "then: enable-steps (steps=[READ-CONTROLS]); remove-steps (steps=[DISCOVER])")
    assert discover.checks == ()

    acknowledge = case.steps[2]
    assert acknowledge.checks == ("response-contents (latest=true)",)
    assert "fires once these checks pass: response-contents (latest=true)" in acknowledge.expected
    assert case.steps[3].action.endswith("Wait 300 seconds")
    assert case.steps[3].expected == "The wait ends\nthen: finish-test"


def test_client_example_preconditions_and_attributes(examples: Path) -> None:
    case = only_case(examples / "DER-CLIENT-01.yaml")

    assert "- set-comms-rate: dcap_poll_seconds=60, der_list_poll_seconds=60" in case.preconditions
    assert "- set-default-der-control: opModExpLimW=5000" in case.preconditions
    assert "Checks:\n- end-device-contents: has_connection_point_id=true" in case.preconditions
    assert case.preconditions.startswith("Instructions:\n- Start the battery inverter")
    assert case.attributes == {
        "category": "DER control",
        "classes": ["A", "DER-A"],
        "target_versions": ["v1.2"],
        "criteria": "Checks:\n- all-steps-complete\n- der-status-contents: genConnectStatus=1\n"
                    "- response-contents: latest=true",
        "form": "client",
    }


def test_attributes_are_plain_data_the_store_can_save(examples: Path) -> None:
    for name in ("DER-CLIENT-01.yaml", "DER-SERVER-01.yaml"):
        case = only_case(examples / name)
        assert type(case.attributes["classes"]) is list
        yaml.safe_dump(case.content_dict())  # raises on the line-tracking YAML types


# -- server form ------------------------------------------------------------------------------------

def test_server_example(examples: Path) -> None:
    path = examples / "DER-SERVER-01.yaml"
    case = only_case(path)

    assert case.reference == "DER-SERVER-01"
    assert case.attributes["form"] == "server"
    assert case.origin == f"line {steps_line(path)}"
    assert [s.name for s in case.steps] == ["DISCOVER", "REGISTER", "RECEIVE-LIMIT"]

    discover, register, receive = case.steps
    assert discover.action.endswith("Client action: discovery (resources=[DeviceCapability, Time, EndDevice])")
    assert discover.checks == ("discovered (resources=[DeviceCapability, Time, EndDevice])", "time-synced")
    assert discover.expected == ("Checks pass: discovered (resources=[DeviceCapability, Time, EndDevice]); "
                                 "time-synced")
    assert register.action == ("Server admin: ensure-end-device (registered=true)\n"
                               "Client action (as client device): discovery (resources=[EndDevice, "
                               "FunctionSetAssignments])")
    assert register.expected == "Checks pass: end-device (matches_client=true)"
    assert receive.action.split("\n")[0] == receive.instructions[0]
    assert receive.expected.endswith("Repeat the action until they pass.")
    assert "Required clients:\n- id=device, client_type=device" in case.preconditions


def test_server_step_without_checks_and_with_context(tmp_path: Path) -> None:
    path = write(tmp_path, """
        Description: Context demo
        Steps:
          - id: S1
            use_client_context: aggregator
            action:
              type: refresh-resource
        """)
    (step,) = only_case(path).steps
    assert step.action == "Client action (in the context of client aggregator): refresh-resource"
    assert step.expected == ""


def test_minimal_file_uses_the_stem_as_title(tmp_path: Path) -> None:
    case = only_case(write(tmp_path, """
        Steps:
          ONLY:
            event:
              type: PUT-request-received
              parameters:
                endpoint: /edev/*/der/*/dersg
                serve_request_first: true
        """, name="MIN-02.yaml"))
    assert (case.reference, case.title, case.description, case.preconditions) == ("MIN-02", "MIN-02", "", "")
    assert case.attributes == {"form": "client"}
    assert case.steps[0].action == ("Wait for the client: PUT-request-received on /edev/*/der/*/dersg "
                                    "(serve_request_first=true)")
    assert case.steps[0].expected == "Event PUT-request-received fires"


@pytest.mark.parametrize(("flag", "shown"), [("true", "yes"), ("Yes", "yes"), ("1", "yes"), ("false", "no"),
                                             ("no", "no")])
def test_flags_read_as_yes_or_no_whatever_the_spelling(tmp_path: Path, flag: str, shown: str) -> None:
    path = write(tmp_path, f"""
        Preconditions:
          immediate_start: {flag}
        Steps:
          - id: S1
            action: {{type: discovery}}
            checks: [{{type: time-synced}}]
            repeat_until_pass: {flag}
        """)
    case = only_case(path)
    assert case.preconditions == f"Start immediately: {shown}"
    assert case.steps[0].expected.endswith("Repeat the action until they pass.") == (shown == "yes")


def test_scalars_stay_as_written(tmp_path: Path) -> None:
    path = write(tmp_path, """
        Steps:
          - id: S1
            action:
              type: set-mpan
              parameters: {mpan: 012345, from: 2024-04-01, latest: yes}
        """)
    (step,) = only_case(path).steps
    assert step.action == "Client action: set-mpan (mpan=012345, from=2024-04-01, latest=yes)"


# -- unknown keys: warned about, not refused, as the public cactus schema grows -----------------------

def test_examples_raise_no_warnings(examples: Path) -> None:
    for name in ("DER-CLIENT-01.yaml", "DER-SERVER-01.yaml"):
        assert parse_file(examples / name).warnings == []


SERVER_STEP_KEYS = "action, admin_instructions, checks, client, id, instructions, repeat_until_pass, use_client_context"


@pytest.mark.parametrize(("text", "line", "message"), [
    pytest.param("Description: d\nCriteira:\n  checks: []\nSteps:\n  - id: S1\n    action: {type: discovery}\n",
                 2, "unknown key 'Criteira' at the top level ignored; expected one of Category, Classes, Criteria, "
                 "Description, Preconditions, Steps, TargetVersions", id="top-level"),
    pytest.param("Steps:\n  - id: DISCOVER\n    action: {type: discovery}\n    chekcs:\n      - type: time-synced\n",
                 4, f"unknown key 'chekcs' in step 'DISCOVER' ignored; expected one of {SERVER_STEP_KEYS}",
                 id="server-step"),
    pytest.param("Steps:\n  FIRST:\n    event: {type: wait}\n    actoins:\n      - type: finish-test\n",
                 4, "unknown key 'actoins' in step 'FIRST' ignored; expected one of actions, event, instructions",
                 id="client-step"),
    pytest.param("Steps:\n  FIRST:\n    event:\n      type: wait\n      check: []\n",
                 5, "unknown key 'check' in step 'FIRST': the event ignored; expected one of checks, parameters, "
                 "type", id="event"),
    pytest.param("Steps:\n  FIRST:\n    event: {type: wait}\n    actions:\n      - type: enable-steps\n"
                 "        paramters: {steps: [A]}\n",
                 6, "unknown key 'paramters' in step 'FIRST': action 1 ignored; expected one of parameters, type",
                 id="action-item"),
    pytest.param("Criteria:\n  check: []\nSteps:\n  FIRST:\n    event: {type: wait}\n",
                 2, "unknown key 'check' in Criteria shown under its own name; expected one of checks",
                 id="criteria"),
    pytest.param("Preconditions:\n  instrucions: [Start it]\nSteps:\n  FIRST:\n    event: {type: wait}\n",
                 2, "unknown key 'instrucions' in Preconditions shown under its own name; expected one of "
                 "actions, checks, immediate_start, init_actions, instructions, required_clients",
                 id="preconditions"),
])
def test_unknown_keys_are_warned_about_with_their_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "ODD-01.yaml"
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path)
    assert parsed.warnings == [f"{path}: line {line}: {message}"]


def test_unknown_precondition_is_still_shown(tmp_path: Path) -> None:
    path = write(tmp_path, """
        Preconditions:
          instrucions: [Start the inverter]
        Steps:
          FIRST:
            event: {type: wait}
        """)
    assert only_case(path).preconditions == "Instrucions:\n- Start the inverter"


# -- refusals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line", "words"), [
    pytest.param("- Steps: []\n", 1, "expected a cactus TestProcedure: a mapping", id="not-a-mapping"),
    pytest.param("Description: x\nCategory: y\n", 1, "no 'Steps' key", id="missing-steps"),
    pytest.param("Description: x\nSteps: {}\n", 2, "'Steps' is empty", id="steps-empty-mapping"),
    pytest.param("Description: x\n\nSteps:\n", 3, "'Steps' is empty", id="steps-null"),
    pytest.param("Description: x\nSteps: 5\n", 2, "expected a mapping of step name to step", id="steps-scalar"),
    pytest.param("Steps:\n  FIRST: just words\n", 2, "step 'FIRST' is not a mapping", id="client-step-scalar"),
    pytest.param("Steps:\n  - id: S1\n    action: {type: discovery}\n  - just words\n", 4,
                 "a step is not a mapping", id="server-step-scalar"),
    pytest.param("Steps:\n  - action:\n      type: discovery\n", 2, "step (no id) has no 'id'", id="server-no-id"),
    pytest.param("Steps:\n  - id: S1\n    checks: []\n", 2, "step 'S1' has no 'action'", id="server-no-action"),
    pytest.param("Steps:\n  FIRST:\n    actions: []\n", 2, "step 'FIRST' has no 'event'", id="client-no-event"),
    pytest.param("Steps:\n  FIRST:\n    event:\n      parameters: {endpoint: /dcap}\n", 3,
                 "step 'FIRST': the event has no 'type'", id="event-no-type"),
    pytest.param("Steps:\n  FIRST:\n    event: {type: wait}\n    actions:\n      - type: finish-test\n"
                 "      - parameters: {steps: [A]}\n", 6, "step 'FIRST': action 2 has no 'type'",
                 id="action-no-type"),
    pytest.param("Steps:\n  FIRST:\n    event:\n      type: wait\n      checks:\n        - parameters: {}\n", 6,
                 "step 'FIRST': event check 1 has no 'type'", id="event-check-no-type"),
    pytest.param("Steps:\n  - id: S1\n    action: {type: discovery}\n    checks:\n      - type: time-synced\n"
                 "      - {parameters: {a: 1}}\n", 6, "step 'S1': check 2 has no 'type'", id="server-check-no-type"),
    pytest.param("Steps:\n  - id: S1\n    action:\n      parameters: {a: 1}\n", 3,
                 "step 'S1': the action has no 'type'", id="server-action-no-type"),
    pytest.param("Steps:\n  - id: S1\n    admin_instructions:\n      - parameters: {registered: true}\n"
                 "    action: {type: discovery}\n", 4, "step 'S1': admin instruction 1 has no 'type'",
                 id="admin-instruction-no-type"),
    pytest.param("Preconditions:\n  actions:\n    - parameters: {dcap_poll_seconds: 60}\n"
                 "Steps:\n  FIRST:\n    event: {type: wait}\n", 3, "Actions: item 1 has no 'type'",
                 id="precondition-action-no-type"),
    pytest.param("Criteria:\n  checks: all-steps-complete\nSteps:\n  FIRST:\n    event: {type: wait}\n", 2,
                 "'checks' is not a list", id="criteria-checks-not-a-list"),
])
def test_refusals_name_the_line_and_what_was_expected(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "BAD-01.yaml"
    path.write_text(text, encoding="utf-8")
    error = refusal(path)
    assert words in str(error)
    assert error.line == line
    assert str(error).startswith(f"{path}: line {line}: ")
    assert "expected" in error.detail


def test_refusal_through_format_detection(tmp_path: Path) -> None:
    path = write(tmp_path, """
        Description: Detected as cactus by its Steps key
        Steps:
          - id: S1
        """)
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert caught.value.line == 3
    assert "step 'S1' has no 'action'" in str(caught.value)


def test_two_client_steps_with_one_name_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, """
        Steps:
          DISCOVER:
            event: {type: wait}
          DISCOVER:
            event: {type: wait}
        """)
    error = refusal(path)
    assert error.line == 4
    assert "duplicate key 'DISCOVER' (first at line 2)" in str(error)
