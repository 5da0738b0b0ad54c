"""One clear line (issue 18): every refusal names the file and the line (or sheet/row/cell, or field), says
what was expected, fits in 300 characters with the file's name, and never quotes a cell that could hold an
identifier.

The YAML cases cover each of PyYAML's error classes (ReaderError, ScannerError, ParserError, ComposerError,
ConstructorError) through both loaders, libyaml's and PyYAML's own, since the two word their complaints
differently; the command-line cases go through ``attest.cli.main.main`` as a person would meet them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml

from attest.cli.common import MAX_LINE, cut, error_line
from attest.core.errors import AttestError, InputError
from attest.core.importers import common, parse_file

MPAN = "1200023305967"
# what a message says to do, one of which each YAML message must carry
ADVICE = ("expected", "remove it", "indent with spaces", "put the value in quotes", "write the character itself",
          "use single quotes", "remove the tag")


def write(tmp_path: Path, text: str | bytes, name: str = "f.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def refusal(path: Path, fmt: str | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_file(path, fmt)
    return caught.value


# -- YAML: each error class, each loader ------------------------------------------------------------------

LOADERS = ["libyaml", "pyyaml"] if getattr(yaml, "__with_libyaml__", False) else ["pyyaml"]


@pytest.fixture(params=LOADERS)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both of the YAML loaders Attest may run on: libyaml's where PyYAML was built with it, else its own."""
    if request.param == "pyyaml":
        monkeypatch.setattr(common, "_Loader", common._LineLoader)
    return str(request.param)


# (YAML after "attest: 1\n", PyYAML's error class, the line, words the message must hold)
BROKEN = [
    ("case: [a, b\n", yaml.parser.ParserError, 3, "'[' list that starts at line 2"),
    ("case: {a: 1\n", yaml.parser.ParserError, 3, "'{' mapping that starts at line 2"),
    ("case:\n  reference: A\n   title: t\n", yaml.scanner.ScannerError, 4, "column"),
    ("cases:\n  - reference: A\n   title: bad indent\n", yaml.parser.ParserError, 4, "indentation"),
    ("case: 'open\n\n", yaml.scanner.ScannerError, 4, "quoted value that starts at line 2, column 7"),
    ('case: "a\\ud800"\n', yaml.scanner.ScannerError, 2, "lone surrogate"),
    ('case: "a\\q"\n', yaml.scanner.ScannerError, 2, "backslash escape"),
    ("case: @x\n", yaml.scanner.ScannerError, 2, "'@' cannot start a YAML value"),
    ("case:\n\treference: A\n", yaml.scanner.ScannerError, 3, "a tab"),
    ("case: *nowhere\n", yaml.composer.ComposerError, 2, "an alias (*name) with no anchor"),
    ("a: &x 1\nb: &x 2\n", yaml.composer.ComposerError, 3, "already given at line 2, column 4"),
    ("case: 1\n---\nattest: 1\n", yaml.composer.ComposerError, 3, "one document per file"),
    ("case: !!python/object:os.system x\n", yaml.constructor.ConstructorError, 2,
     "the tag '!!python/object:os.system' is not allowed"),
    ("case: !<tag:example.com,2024:thing> x\n", yaml.constructor.ConstructorError, 2, "is not allowed"),
    ("? [a]\n: b\n", yaml.constructor.ConstructorError, 2, "a list or mapping used as a key"),
    ("case:\n  reference: A\n  reference: B\n", yaml.constructor.ConstructorError, 4,
     "duplicate key 'reference' (first at line 3)"),
]


@pytest.mark.parametrize(("text", "kind", "line", "words"), BROKEN, ids=[b[1].__name__ + ":" + b[0][:24] for b in BROKEN])
def test_each_yaml_error_is_one_line_with_its_line_and_column(tmp_path: Path, loader: str, text: str,
                                                               kind: type, line: int, words: str) -> None:
    path = write(tmp_path, "attest: 1\n" + text)
    try:  # the class this case is meant to cover, as the loader raises it (PyYAML's own lets "\ud800" by)
        yaml.load(("attest: 1\n" + text), Loader=common._Loader)  # noqa: S506 - Attest's own safe loader
    except yaml.YAMLError as raised:
        assert isinstance(raised, kind), raised
    else:  # refused from the event stream instead, as any escape that makes such a character
        assert loader == "pyyaml" and "ud800" in text
        assert "line 2: an escape in the value at column 7 makes a lone surrogate (U+D800)" in str(refusal(path))
        return
    error = refusal(path, "attest")
    message = str(error)
    assert message.startswith(f"{path}: line {line}: broken YAML, column "), message
    assert words in message, message
    assert "\n" not in message and len(error_line(error)) <= MAX_LINE
    assert any(advice in error.detail for advice in ADVICE), message
    assert error.line == line
    for noise in ("while parsing", "while scanning", "<unicode string>", "position", "tag:yaml.org"):
        assert noise not in message, message


def test_a_reader_error_names_the_character_by_line_and_column_not_its_byte_position(tmp_path: Path) -> None:
    """The reader's complaint ("unacceptable character #x0007: control characters are not allowed in
    "<unicode string>", position 218") is told with the line and column an editor shows."""
    text = "attest: 1\ncase:\n  reference: TC_1\n  title: é\n  steps:\n    - action: Send a\x07b\n"
    raised = yaml.reader.ReaderError("<unicode string>", 218, 7, "unicode", "control characters are not allowed")
    error = common.yaml_error(Path("f.yaml"), text, raised)
    assert str(error) == "f.yaml: line 6: a control character (U+0007) at column 21 is not allowed in YAML; remove it"


def test_a_control_character_is_refused_before_parsing_with_its_line_and_column(tmp_path: Path) -> None:
    for char, name in (("\x07", "a control character (U+0007)"), ("\ufffe", "a non-character (U+FFFE)"),
                       ("\x85", "a control character (U+0085)"), ("\x00", "a NUL character (U+0000)"),
                       ("\x1b", "a control character (U+001B)")):
        path = write(tmp_path, f"attest: 1\ncase:\n  reference: TC_1\n  title: t\n  steps:\n    - action: Send a{char}b\n")
        error = refusal(path)
        assert str(error) == f"{path}: line 6: {name} at column 21 is not allowed in YAML; remove it"
    cactus = write(tmp_path, "Description: d\nSteps:\n  S1:\n    event: {type: wait\x07}\n", "DER-01.yaml")
    assert "line 4: a control character (U+0007) at column 23" in str(refusal(cactus))


def test_the_cactus_importer_says_the_same(tmp_path: Path, loader: str) -> None:
    path = write(tmp_path, "Description: d\nSteps:\n  - id: S1\n    action: {type: discovery\n", "DER-01.yaml")
    error = refusal(path)
    assert str(error).startswith(f"{path}: line 5: broken YAML, column 1: expected ',' or '}}' to go on with or close "
                                 "the '{' mapping that starts at line 4, column 13"), str(error)


def test_line_numbers_are_an_editors_after_a_unicode_line_separator(tmp_path: Path) -> None:
    """libyaml counts U+2028 as a line break; an editor, and the message, do not."""
    path = write(tmp_path, 'attest: 1\ncase:\n  title: "a\u2028b"\n  steps: [x\n')
    assert refusal(path).line == 5


def test_a_multi_line_complaint_is_one_line(tmp_path: Path) -> None:
    """A complaint PyYAML words over several lines (or one not listed) is still one line, cut, and quotes
    nothing of the file."""
    text = "attest: 1\ncase: x\n"
    mark = yaml.Mark("<unicode string>", 11, 1, 6, text, 11)
    raised = yaml.MarkedYAMLError("while doing\nsomething", mark, f"found 'secret {MPAN}'\nthat is\nodd " * 20, mark)
    error = common.yaml_error(Path("f.yaml"), text, raised)
    assert "\n" not in str(error) and MPAN not in str(error) and error.line == 2
    assert len(error_line(error)) <= MAX_LINE


@pytest.mark.parametrize(("escape", "name"), [("\\a", "U+0007"), ("\\e", "U+001B"), ("\\0", "U+0000"),
                                               ("\\N", "U+0085"), ("\\x07", "U+0007"), ("\\ud800", "U+D800")])
def test_an_escape_that_makes_a_control_character_is_refused(tmp_path: Path, loader: str, escape: str,
                                                              name: str) -> None:
    path = write(tmp_path, f'attest: 1\ncase:\n  reference: A\n  title: "Send{escape}"\n  steps: [x]\n')
    error = refusal(path)
    assert error.line == 4 and f"({name})" in str(error) and "remove it" in str(error) or \
        "lone surrogate" in str(error), str(error)


def test_a_recursive_alias_is_an_input_error(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "attest: 1\ncase: &a [*a]\n"))
    assert error.line == 2 and "an alias used inside the list or mapping it names" in str(error)


def test_a_long_key_is_named_for_what_it_is(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "attest: 1\ncase:\n  " + "k" * 2000 + ": 1\n"))
    assert "a key of more than 1,024 characters" in str(error) and "k" * 50 not in str(error)


def test_a_tag_that_could_hold_anything_is_not_quoted(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, f"attest: 1\ncase: !{MPAN} x\n"))
    assert "a tag is not allowed" in str(error) and MPAN not in str(error)


# -- encodings ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("cut_short", [False, True])
def test_utf16_and_utf32_are_named_with_or_without_a_bom(tmp_path: Path, encoding: str, cut_short: bool) -> None:
    data = f"attest: 1\ncase:\n  reference: A\n  title: Send {MPAN}\n  steps: [x]\n".encode(encoding)
    error = refusal(write(tmp_path, data[:-1] if cut_short else data))
    width = encoding[:6].upper()
    bom = "" if encoding in ("utf-16", "utf-32") else " (no byte-order mark)"
    assert f"line 1: the file is {width} encoded{bom}; expected UTF-8" in str(error)


def test_bytes_that_are_not_utf8_are_named_by_line_and_column(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, b"attest: 1\ncase:\n  title: Caf\xe9\n"))
    assert "line 3: not valid UTF-8 (byte 0xe9 in column 13)" in str(error)
    error = refusal(write(tmp_path, b"attest: 1\ncase:\n  title: a\xed\xa0\x80b\n"))
    assert "line 3: not valid UTF-8 (bytes ED A0 80 in column 11 encode a lone surrogate" in str(error)


def test_a_file_that_is_no_test_case_is_named_as_what_it_is(tmp_path: Path) -> None:
    from conftest import png_bytes

    error = refusal(write(tmp_path, png_bytes(), "shot.png"))
    assert "this is a PNG image, not a test case file" in str(error)
    error = refusal(write(tmp_path, "just some notes\n", "notes.txt"))
    assert "cannot tell the format" in str(error) and len(error_line(error)) <= MAX_LINE


# -- CSV and .xlsx: places, never cells -------------------------------------------------------------------

HEADER = "ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n"
CELL = f"Send {MPAN} " + "y" * 90_000


@pytest.mark.parametrize(("row", "line", "words"), [
    (f"1,{CELL},T,1,do,done\n", 2, "Work Item Type (not shown: 90,019 characters) is not a test case"),
    (f"{CELL},Test Case,,1,do,done\n", 2, "test case ID (not shown: 90,019 characters) has no Title"),
    (f"1,Test Case,TC_1 T,,,\n,,,{CELL},,done\n", 3, "step (not shown: 90,019 characters): 'Step Action' is empty"),
    (f"1,Test Case,TC_1 T,,,\n,,,Step {MPAN},,done\n", 3, "step (not shown: 18 characters)"),
    (f"1,Test Case,TC_1 T,1,do\x1bit,done\n", 2, "a control character (U+001B) at column 24 is not allowed"),
    (f'1,Test Case,TC_1 T,1,"do"{CELL},done\n', 2, "malformed CSV: a quoted cell goes on after its closing quote"),
    (f'1,Test Case,TC_1 T,1,"do {CELL},done\n', 2, "the file ends inside a quoted cell"),
])
def test_a_csv_message_names_the_place_and_never_echoes_the_cell(tmp_path: Path, row: str, line: int,
                                                                   words: str) -> None:
    error = refusal(write(tmp_path, HEADER + row, "cases.csv"), "ado-csv")
    assert error.line == line and words in str(error), str(error)
    assert MPAN not in str(error) and "yyyyyyyyyy" not in str(error)
    assert len(error_line(error)) <= MAX_LINE


def test_a_label_is_still_quoted(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, HEADER + "1,Bug,Broken,,,\n", "cases.csv"), "ado-csv")
    assert "Work Item Type 'Bug' is not a test case" in str(error)


def test_a_reference_past_the_limit_is_refused_by_its_length(tmp_path: Path) -> None:
    reference = "TC_" + "1_" * 200
    error = refusal(write(tmp_path, f"attest: 1\ncase:\n  reference: {reference}\n  title: t\n  steps: [x]\n"))
    assert "a test case reference of 403 characters, more than the 255 limit" in str(error)
    assert reference not in str(error)


def test_an_xlsx_cell_is_named_by_sheet_row_and_cell(tmp_path: Path) -> None:
    from hostile_inputs import _step_row, sheet_xml, xlsx

    error = refusal(write(tmp_path, xlsx(sheet_xml([_step_row(2, f"Send {MPAN} a\u0085b".encode())])), "s.xlsx"))
    assert str(error) == (f"{tmp_path / 's.xlsx'}: sheet 'Design Steps', row 2, cell F2: a control character "
                          "(U+0085) is not allowed in a cell; remove it")
    error = refusal(write(tmp_path, xlsx(sheet_xml([_step_row(2, CELL.encode() + b"y" * 20_000)]), stored=True),
                          "s.xlsx"))
    assert "sheet 'Design Steps', row 2, cell F2: a cell of 110,019 characters" in str(error)
    assert MPAN not in str(error)


# -- the command line: one line of at most 300 characters --------------------------------------------------

def test_error_line_keeps_the_place_and_cuts_the_detail() -> None:
    path = "/very/long/" + "folder/" * 60 + "cases.yaml"
    error = InputError(path, "broken YAML, column 3: " + "words " * 200, line=7)
    line = error_line(error)
    assert len(line) <= MAX_LINE and line.endswith("…")
    assert line.startswith("attest: error: …") and "cases.yaml: line 7: broken YAML, column 3: words" in line
    short = InputError("f.yaml", "a short one", line=1)
    assert error_line(short) == "attest: error: f.yaml: line 1: a short one"


def test_error_line_gates_before_it_cuts() -> None:
    """A cut through an identifier would leave digits the gate no longer recognises: the gate goes first."""
    error = InputError("f.yaml", "x" * 250 + f" {MPAN} " + "y" * 300, line=1)
    assert "120002330" not in error_line(error) and MPAN not in error_line(error)


def test_cut_shortens_long_quoted_parts_first() -> None:
    text = "attest: error: f.yaml: line 2: key '" + "k" * 400 + "' is unknown; expected one of a, b"
    shortened = cut(text, MAX_LINE)
    assert shortened.endswith("' is unknown; expected one of a, b") and len(shortened) <= MAX_LINE


def _cli(argv: list[str]) -> tuple[int, str, str]:
    import contextlib

    from attest.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def test_the_cli_prints_the_issues_example_as_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "attest: 1\ncase:\n  reference: TC_1\n  title: t\n  steps:\n    - action: Sen\x07d\n")
    status, out, err = _cli(["--workspace", str(tmp_path / "ws"), "import", str(path)])
    lines = err.splitlines()
    assert status == 2 and out == ""
    assert lines[0] == (f"attest: error: {path}: line 6: a control character (U+0007) at column 18 is not allowed "
                        "in YAML; remove it")
    assert lines[1:] == [f"attest: nothing imported from {path}"]


def test_every_line_the_cli_prints_on_error_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The AttestError handler and note() hold any message to MAX_LINE, whatever a message builder made of it,
    and no character of it can drive the terminal."""
    import attest.cli.main as cli_main

    def long_refusal(_args: object) -> int:
        raise AttestError("a refusal that quotes " + "z" * 5_000 + "\x1b[31m" + " and more")

    monkeypatch.setattr(cli_main, "cmd_cases", long_refusal)
    status, _out, err = _cli(["--workspace", str(tmp_path / "ws"), "cases"])
    assert status == 2 and len(err.splitlines()) == 1
    assert len(err.splitlines()[0]) <= MAX_LINE and "\x1b" not in err


def test_an_internal_error_is_one_short_line_and_goes_to_the_log(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import attest.cli.main as cli_main
    from attest.core.crash_log import LOG_NAME, log_folder

    def broken(_args: object) -> int:
        raise RuntimeError(f"bug while reading {MPAN} " + "q" * 10_000)

    monkeypatch.setattr(cli_main, "cmd_cases", broken)
    status, _out, err = _cli(["--workspace", str(tmp_path / "ws"), "cases"])
    assert status == 3
    assert all(len(line) <= MAX_LINE for line in err.splitlines()) and MPAN not in err
    log = (log_folder() / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError" in log and MPAN not in log and re.match(r"--- \d{4}-\d\d-\d\dT", log)


@pytest.mark.parametrize(("value", "at"), [(v, at) for v in (MPAN, "12 0002 3305 967", "00 801 100 1200023305967",
                                                            "S18K123456") for at in range(3, len(v))])
def test_a_cut_never_leaves_part_of_a_number_it_went_through(value: str, at: int) -> None:
    """Cut through an identifier, what is left of it is no longer recognisable, so the gate would pass it:
    the cut drops the numbers at its edge instead, whichever end is cut."""
    from attest.core.errors import cut_end, cut_start, shown

    before = "the cell in column F holds "
    end = cut_end(before + value + " and more", len(before) + at)
    assert end.endswith("…") and not re.search(r"\d", end), end
    assert shown(before + value + " and more", len(before) + at) == end
    start = cut_start("/data/" + value + "/shot.png", len("/shot.png") + at)
    assert start.startswith("…") and start.endswith("shot.png") and not re.search(r"\d", start), start
    error = InputError("f.csv", "y " * 200 + value + " x", line=3)  # the 400-character cut falls in the value
    assert str(error).endswith("y…") and not re.search(r"\d", str(error).removeprefix("f.csv: line 3: "))
