"""Attest's own YAML format: the shipped example, the shorthand forms and every kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from attest.core.errors import InputError
from attest.core.importers import parse_file


def write(tmp_path: Path, text: str, name: str = "cases.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_example(examples: Path) -> None:
    parsed = parse_file(examples / "mhhs_qualification.yaml")
    assert parsed.format == "attest"
    first, second = parsed.cases
    assert (first.reference, len(first.steps)) == ("FM_TS_1_TC_01", 4)
    assert first.title == "Forward migration of a legacy MPAN to MHHS arrangements"
    assert first.preconditions.startswith("- Test environment SIT-A is available")
    assert "MPAN reference" in first.test_data
    assert first.attributes == {"programme": "MHHS", "phase": "Qualification Testing", "release": "R2"}
    assert first.steps[0].checks == ('Registration screen shows "Legacy" settlement arrangement',)
    assert first.steps[1].payload_template.startswith('{"messageType": "IF-031"')
    assert first.steps[3].expected.endswith("effective-from date sent in step 2.")
    assert (second.reference, len(second.steps), second.preconditions) == (
        "COS_TS_2_TC_03", 3, "FM_TS_1_TC_01 has passed for the MPAN in use.")


def test_single_case_and_shorthand_steps(tmp_path: Path) -> None:
    path = write(tmp_path, """\
attest: 1
case:
  reference: TC_1
  title: One
  steps:
    - Open the portal
    - action: Search for the MPAN reference
      expected: One result
      payload: {messageType: IF-021, mpan: <MPAN>}
""")
    (case,) = parse_file(path).cases
    assert [s.action for s in case.steps] == ["Open the portal", "Search for the MPAN reference"]
    assert '"messageType": "IF-021"' in case.steps[1].payload_template


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("attest: 1\ncases:\n  - reference: A\n    title: t\n    steps:\n      - action: x\n        expcted: y\n",
         7, "unknown key 'expcted'; expected one of action, checks, evidence_required, expected"),
        ("attest: 1\ncases:\n  - reference: A\n    title: t\n    steps: []\n", 5, "test case A has no steps"),
        ("attest: 1\ncases:\n  - reference: A\n    title: t\n    steps:\n      - action: x\n"
         "        evidence_required: maybe\n", 7, "'evidence_required' is 'maybe'; expected true or false"),
        ("attest: 1\ncases:\n  - reference: A\n    title: t\n", 3, "test case A has no steps"),
        ("attest: 1\ncases:\n  - title: t\n    steps: [x]\n", 3, "test case is missing 'reference'"),
        ("attest: 1\ncases:\n  - reference: A\n    title: t\n    steps:\n      - expected: y\n", 6,
         "step 1: 'action' is missing or empty"),
        ("attest: 2\ncases: []\n", 1, "'attest: 2' is not a format version this Attest reads; expected 1"),
        ("attest: 1\ncases:\n  - reference: A\n    title: [unclosed\n", 5, "broken YAML"),
        ("attest: 1\ncases:\n- reference: A\n  title: t\n  steps: [x]\n- reference: A\n  title: u\n  steps: [y]\n",
         None, "test case reference A appears twice"),
        ("attest: 1\n", 1, "no test cases: expected a 'case' or 'cases' key"),
    ],
)
def test_mistakes_name_the_line_and_what_was_expected(tmp_path: Path, text: str, line: int | None,
                                                       message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    if line is not None:
        assert caught.value.line == line, str(caught.value)


def test_broken_yaml_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "attest: 1\ncases:\n  - reference: A\n   title: bad indent\n")
    with pytest.raises(InputError, match=r"line 4: broken YAML, column \d+") as caught:
        parse_file(path)
    assert caught.value.line == 4


def test_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("attest: 1\ncase:\n  reference: A\n  title: Caf\xe9\n  steps: [x]\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"line 4: not valid UTF-8 \(byte 0xe9"):
        parse_file(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("attest: 1\ncase:\n  reference: A\n  title: Café\n  steps: [x]\n".encode("utf-8-sig"))
    assert parse_file(path).cases[0].title == "Café"


def test_unreadable_and_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.yaml: file not found"):
        parse_file(tmp_path / "missing.yaml")
    with pytest.raises(InputError, match="the file is empty"):
        parse_file(write(tmp_path, "  \n", "empty.yaml"))
    with pytest.raises(InputError, match="cannot tell the format"):
        parse_file(write(tmp_path, "just some notes\n", "notes.txt"))
    with pytest.raises(InputError, match="is a folder"):
        parse_file(tmp_path)


def test_values_stay_as_written(tmp_path: Path) -> None:
    """YAML 1.1 would turn 012345 into 5349 and 2024-04-01 into a date; a test case keeps the text."""
    path = write(tmp_path, """\
attest: 1
case:
  reference: TC_1
  title: Dates and numbers
  attributes: {due: 2024-01-01, flag: yes, code: 012345}
  steps:
    - action: Send the flow
      payload: {effectiveFromDate: 2024-04-01, mprn: 012345, meterType: yes}
""")
    (case,) = parse_file(path).cases
    assert case.attributes == {"due": "2024-01-01", "flag": "yes", "code": "012345"}
    assert '"effectiveFromDate": "2024-04-01"' in case.steps[0].payload_template
    assert '"mprn": "012345"' in case.steps[0].payload_template


def test_a_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "attest: 1\ncase:\n  reference: A\n  title: t\n  steps:\n"
                           "    - action: a\n      expected: first\n      expected: second\n")
    with pytest.raises(InputError, match=r"line 8: .*duplicate key 'expected' \(first at line 7\)"):
        parse_file(path)


def test_absurd_nesting_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "attest: 1\ncase:\n  reference: A\n  title: t\n  attributes:\n    x: "
                 + "[" * 3000 + "]" * 3000 + "\n  steps: [a]\n")
    with pytest.raises(InputError, match="nested too deeply"):
        parse_file(path)


def test_explicit_tags_are_kept_as_text(tmp_path: Path) -> None:
    from attest.core.workspace import Workspace

    path = write(tmp_path, "attest: 1\ncase:\n  reference: TC_1\n  title: !!str t\n  attributes: {b: !!binary aGk=, "
                           "s: !!set {x, y}, d: !!timestamp 2024-01-01, n: !!int 012}\n  steps: [a]\n")
    (case,) = parse_file(path).cases
    assert case.attributes == {"b": "aGk=", "s": ["x", "y"], "d": "2024-01-01", "n": "012"}
    with Workspace.open(tmp_path / "ws") as ws:  # and it stores (as JSON)
        assert ws.cases.save_all([case])[0].change == "new"


def test_alias_bombs_and_huge_messages_are_refused_in_one_short_line(cli, tmp_path) -> None:  # noqa: ANN001
    """A few hundred bytes standing for a billion values ("billion laughs") is refused before anything is
    built from it, quickly, with exit 2 and one short line naming the file and the limit."""
    import time

    bomb = tmp_path / "bomb.yaml"
    levels = "".join(f"l{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 10) + "]\n" for n in range(1, 10))
    bomb.write_text("attest: 1\nl0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + levels, encoding="utf-8")
    started = time.perf_counter()
    status, _out, err = cli("import", str(bomb))
    assert time.perf_counter() - started < 5
    assert status == 2 and "alias" in err and "bomb.yaml" in err
    assert all(len(line) < 600 for line in err.splitlines())
    many = tmp_path / "many.yaml"
    many.write_text("attest: 1\nbase: &b [x]\n" + "".join(f"k{n}: *b\n" for n in range(1500)), encoding="utf-8")
    status, _out, err = cli("import", str(many))
    assert status == 2 and "more than 1000 aliases" in err
    long_key = tmp_path / "long.yaml"
    long_key.write_text("attest: 1\ncases:\n  - reference: A\n    title: t\n    steps:\n      - action: x\n        "
                        + "k" * 100_000 + ": y\n", encoding="utf-8")
    status, _out, err = cli("import", str(long_key))
    assert status == 2 and "line 7" in err and max(len(line) for line in err.splitlines()) < 600
