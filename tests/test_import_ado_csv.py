"""Azure DevOps test case CSV exports: layout, HTML cells, encodings, and malformed files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from attest.core.errors import InputError
from attest.core.importers import parse_file

HEADER = ["ID", "Work Item Type", "Title", "Test Step", "Step Action", "Step Expected"]


def write_csv(tmp_path: Path, rows: list[list[str]], *, encoding: str = "utf-8", name: str = "export.csv",
              delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_shipped_example(examples: Path) -> None:
    parsed = parse_file(examples / "ado_test_cases.csv")
    assert parsed.format == "ado-csv"
    refs = [(c.reference, c.title, len(c.steps)) for c in parsed.cases]
    assert refs == [
        ("SIT_SM_TC_101", "Install and commission a SMETS2 electricity meter", 3),
        ("SIT_SM_TC_102", "Read the instantaneous import register", 2),
        ("ADO-40230", "Prepayment top-up applied to a gas meter", 2),  # no reference in the title
    ]
    first = parsed.cases[0]
    assert first.steps[0].action == "Raise the install job in the work management system for the site in the test data set."
    assert first.steps[0].expected == "A job reference is created and the job is Scheduled."  # HTML stripped
    assert first.steps[2].action == ("Commission the meter:\n1. Join the ESME to the communications hub\n"
                                     "2. Read the device log")  # multi-line quoted cell
    assert first.attributes == {"ado_id": "40211", "Area Path": "Smart Metering\\SIT",
                                "Assigned To": "Priya Shah <priya.shah@example.com>", "State": "Ready"}
    assert parsed.cases[1].steps[1].action == "Compare the register value with the meter display & record both."


def test_columns_in_any_order_semicolons_and_a_reference_column(tmp_path: Path) -> None:
    rows = [["Title", "ID", "Reference", "Work Item Type", "Step Expected", "Step Action", "Test Step"],
            ["Meter exchange", "77", "MX_TC_01", "Test Case", "", "", ""],
            ["", "", "", "", "Old meter removed", "Remove the old meter", "1"]]
    (case,) = parse_file(write_csv(tmp_path, rows, delimiter=";")).cases
    assert (case.reference, case.title, case.steps[0].action, case.steps[0].expected) == (
        "MX_TC_01", "Meter exchange", "Remove the old meter", "Old meter removed")


def test_first_step_on_the_case_row(tmp_path: Path) -> None:
    rows = [HEADER, ["5", "Test Case", "TC-5 Login", "1", "Open portal", "Portal opens"],
            ["", "", "", "2", "Log in", "Home page"]]
    (case,) = parse_file(write_csv(tmp_path, rows)).cases
    assert [s.action for s in case.steps] == ["Open portal", "Log in"]


def test_many_cases_with_blank_lines_between(tmp_path: Path) -> None:
    rows = [HEADER]
    for n in range(1, 21):
        rows += [[str(n), "Test Case", f"TC_{n:03d} Case {n}", "", "", ""], ["", "", "", "1", f"Act {n}", "Ok"], []]
    cases = parse_file(write_csv(tmp_path, rows)).cases
    assert [c.reference for c in cases] == [f"TC_{n:03d}" for n in range(1, 21)]


@pytest.mark.parametrize(
    ("rows", "line", "message"),
    [
        ([["ID", "Work Item Type", "Title", "Step Action"], ["1", "Test Case", "T", "x"]], 1,
         "missing column(s) 'Test Step', 'Step Expected'"),
        ([HEADER, ["", "", "", "1", "orphan step", ""]], 2, "a step row comes before any test case row"),
        ([HEADER, ["1", "Test Case", "TC_1 A", "", "", ""], ["2", "Test Case", "TC_2 B", "", "", ""],
          ["", "", "", "1", "x", "y"]], 2, "test case TC_1 (ID 1) has no steps"),
        ([HEADER, ["1", "Bug", "Broken", "", "", ""]], 2, "Work Item Type 'Bug' is not a test case"),
        ([HEADER, ["1", "Test Case", "", "", "", ""]], 2, "test case ID 1 has no Title"),
        ([HEADER, ["1", "Test Case", "TC_1 A", "", "", ""], ["", "", "", "1", "", "expected only"]], 3,
         "step 1: 'Step Action' is empty"),
        ([HEADER, ["1", "Test Case", "TC_1 A", "", "", ""], ["", "", "", "1", "a", "b", "", "surplus"]], 3,
         "8 cells but the header has 6 columns"),
        ([HEADER], 2, "no test case rows found"),
    ],
)
def test_malformed_exports(tmp_path: Path, rows: list[list[str]], line: int, message: str) -> None:
    path = write_csv(tmp_path, rows)
    with pytest.raises(InputError) as caught:
        parse_file(path, "ado-csv")
    assert message in str(caught.value)
    assert caught.value.line == line and str(path) in str(caught.value)


def test_line_numbers_count_multi_line_cells(tmp_path: Path) -> None:
    rows = [HEADER, ["1", "Test Case", "TC_1 A", "", "", ""], ["", "", "", "1", "line one\nline two\nline three", ""],
            ["", "", "", "2", "", "no action"]]
    with pytest.raises(InputError) as caught:
        parse_file(write_csv(tmp_path, rows))
    assert caught.value.line == 6  # header, case row, a three-line cell, then the bad row


def test_unterminated_quote(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(",".join(HEADER) + '\n1,Test Case,TC_1 A,,,\n,,,1,"never closed,\n', encoding="utf-8")
    with pytest.raises(InputError, match="malformed CSV"):
        parse_file(path)


def test_encodings(tmp_path: Path) -> None:
    rows = [HEADER, ["1", "Test Case", "TC_1 Café top-up £5", "", "", ""], ["", "", "", "1", "Pay £5", "Done"]]
    assert parse_file(write_csv(tmp_path, rows, encoding="utf-8-sig", name="bom.csv")).cases[0].title == \
        "Café top-up £5"
    with pytest.raises(InputError, match=r"line 2: not valid UTF-8 \(byte 0xe9 .*save the file as UTF-8"):
        parse_file(write_csv(tmp_path, rows, encoding="cp1252", name="ansi.csv"))
    with pytest.raises(InputError, match="UTF-16 encoded; expected UTF-8"):
        parse_file(write_csv(tmp_path, rows, encoding="utf-16", name="u16.csv"))


def test_same_reference_from_another_work_item_is_refused(tmp_path: Path) -> None:
    from attest.core.workspace import Workspace

    a = write_csv(tmp_path, [HEADER, ["501", "Test Case", "SIT_TC_01 Install", "1", "Install", "Done"]], name="a.csv")
    b = write_csv(tmp_path, [HEADER, ["502", "Test Case", "SIT_TC_01 Read register", "1", "Read", "Ok"]],
                  name="b.csv")
    with Workspace.open(tmp_path / "ws") as ws:
        ws.cases.save_all(parse_file(a).cases)
        with pytest.raises(InputError, match=r"reference SIT_TC_01 already belongs to Azure DevOps test case 501; "
                                             r"this is test case 502"):
            ws.cases.save_all(parse_file(b).cases)
        assert ws.cases.get("SIT_TC_01").version == 1


def test_titles_starting_with_a_product_name_are_not_references(tmp_path: Path) -> None:
    rows = [HEADER, ["501", "Test Case", "SMETS2 install and commission", "1", "a", "b"],
            ["502", "Test Case", "SMETS2 read register", "1", "c", "d"]]
    assert [c.reference for c in parse_file(write_csv(tmp_path, rows)).cases] == ["ADO-501", "ADO-502"]


def test_extra_columns_on_step_rows_are_kept(tmp_path: Path) -> None:
    rows = [HEADER + ["Notes"], ["1", "Test Case", "TC_1 A", "", "", "", ""], ["", "", "", "1", "do", "ok", "use SIT-B"]]
    (case,) = parse_file(write_csv(tmp_path, rows)).cases
    assert case.attributes["step 1: Notes"] == "use SIT-B"


def test_placeholders_in_html_cells_survive(tmp_path: Path) -> None:
    rows = [HEADER, ["1", "Test Case", "TC_1 A", "", "", ""],
            ["", "", "", "1", "<DIV>Send the IF-031 for <MPAN> with <b>effective date</b></DIV>", "ok"]]
    (case,) = parse_file(write_csv(tmp_path, rows)).cases
    assert case.steps[0].action == "Send the IF-031 for <MPAN> with effective date"


def test_a_tab_in_a_reference_is_refused(tmp_path: Path) -> None:
    rows = [["Title", "ID", "Reference", "Work Item Type", "Step Expected", "Step Action", "Test Step"],
            ["A", "1", "TC\t1", "Test Case", "ok", "do", "1"]]
    with pytest.raises(InputError, match="contains a tab or line break"):
        parse_file(write_csv(tmp_path, rows))
