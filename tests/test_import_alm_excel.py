"""ALM design-steps .xlsx import: both ALM layouts, header placement, HTML and every refusal."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from make_alm_example import EXAMPLE_ROWS, HEADER, build_alm_workbook, repeated

from attest.core.errors import InputError
from attest.core.importers import alm_excel, parse_file
from attest.core.model import TestCase

SUBJECT = "Subject\\MHHS\\SIT\\Change of Supplier"


def cases(path: Path) -> list[TestCase]:
    parsed = parse_file(path)
    assert parsed.format == "alm-excel"
    return parsed.cases


def refusal(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_file(path)
    return caught.value


def test_shipped_example_imports_each_test_with_its_steps(examples: Path) -> None:
    path = examples / "alm_design_steps.xlsx"
    found = cases(path)

    assert [c.reference for c in found] == ["SIT_COS_TC_01", "SIT_COS_TC_02", "SIT_INS_TC_01"]
    assert [len(c.steps) for c in found] == [4, 3, 3]
    first = found[0]
    assert first.title == "Change of supplier with SMETS2 meter"
    assert first.description == "Gaining supplier registers a metering point fitted with a SMETS2 meter."
    assert first.attributes == {"subject": SUBJECT, "type": "MANUAL", "Status": "Ready"}
    assert first.steps[0].name == "Step 1"
    assert first.steps[0].action.startswith("Submit a registration request")
    assert first.steps[0].expected == "Registration is accepted and a pending change of supplier is created."
    # The title row and a blank row sit above the header, so the first test is on row 4.
    assert [c.origin for c in found] == ["sheet 'Design Steps', row 4", "sheet 'Design Steps', row 8",
                                         "sheet 'Design Steps', row 11"]
    assert {(c.source_file, c.source_format) for c in found} == {(str(path), "alm-excel")}
    assert found[2].attributes["subject"] == "Subject\\MHHS\\SIT\\Smart Install"


def test_html_in_cells_becomes_plain_text(examples: Path) -> None:
    first, second, _ = cases(examples / "alm_design_steps.xlsx")
    assert first.steps[2].action == "Check the smart meter is commissioned for the gaining supplier."
    action = second.steps[1].action
    assert "<" not in action
    assert action.startswith("Raise an objection from the losing supplier:")
    assert "- reason: debt" in action


def test_repeated_test_cells_and_header_on_row_1(tmp_path: Path) -> None:
    path = build_alm_workbook(tmp_path / "repeated.xlsx", repeated(EXAMPLE_ROWS), title=None)
    found = cases(path)

    assert [c.reference for c in found] == ["SIT_COS_TC_01", "SIT_COS_TC_02", "SIT_INS_TC_01"]
    assert [len(c.steps) for c in found] == [4, 3, 3]
    assert found[0].origin == "sheet 'Design Steps', row 2"
    assert found[1].origin == "sheet 'Design Steps', row 6"
    assert found[1].attributes == {"subject": SUBJECT, "type": "MANUAL", "Status": "Ready"}
    assert found[1].steps[2].expected.startswith("Registration is rejected")


def test_both_layouts_give_the_same_content(tmp_path: Path) -> None:
    sparse = cases(build_alm_workbook(tmp_path / "sparse.xlsx"))
    full = cases(build_alm_workbook(tmp_path / "full.xlsx", repeated(EXAMPLE_ROWS), title=None))
    assert [c.content_dict() for c in sparse] == [c.content_dict() for c in full]


def test_header_is_found_on_a_later_sheet(tmp_path: Path) -> None:
    path = build_alm_workbook(tmp_path / "cover.xlsx", sheets_before=["Cover"], sheet="Steps")
    found = cases(path)
    assert found[0].origin == "sheet 'Steps', row 4"


def test_every_sheet_with_a_header_is_imported_in_workbook_order(tmp_path: Path) -> None:
    second = [HEADER,
              ["Subject\\Demo", "SIT_MR_TC_01 Meter read", "MANUAL", "Reads flow", "Step 1", "Submit a read",
               "Read accepted", None],
              ["Subject\\Demo", "SIT_MR_TC_02 Late read", "MANUAL", None, "Step 1", "Submit a late read",
               "Read rejected", None]]
    path = build_alm_workbook(tmp_path / "two.xlsx", sheets_before=["Cover"],
                              sheets_after=[("Notes", [["Reviewed by the SIT team"]]), ("Meter Reads", second)])
    found = cases(path)

    assert [c.reference for c in found] == ["SIT_COS_TC_01", "SIT_COS_TC_02", "SIT_INS_TC_01",
                                            "SIT_MR_TC_01", "SIT_MR_TC_02"]
    assert [c.origin for c in found[2:]] == ["sheet 'Design Steps', row 11", "sheet 'Meter Reads', row 2",
                                             "sheet 'Meter Reads', row 3"]
    assert found[3].description == "Reads flow"
    assert found[4].steps[0].expected == "Read rejected"


def test_a_mistake_on_a_later_sheet_names_that_sheet(tmp_path: Path) -> None:
    second = [HEADER, ["Subject\\Demo", "SIT_MR_TC_01 Meter read", "MANUAL", None, "Step 1", "", "Accepted", None]]
    error = refusal(build_alm_workbook(tmp_path / "later.xlsx", sheets_after=[("Meter Reads", second)]))
    assert error.place == "sheet 'Meter Reads', row 2, cell F2"


def _same_name_in_two_subjects(tmp_path: Path) -> Path:
    rows = [["Subject\\A", "SIT_TC_01 Login", "MANUAL", "Login in subject A", "Step 1", "Log in as A", "In", None],
            [None, None, None, None, "Step 2", "Log out", "Out", None],
            ["Subject\\B", "SIT_TC_01 Login", "MANUAL", "Login in subject B", "Step 1", "Log in as B", "In", None]]
    return build_alm_workbook(tmp_path / "subjects.xlsx", rows)


def test_same_test_name_under_another_subject_is_another_test(tmp_path: Path) -> None:
    path = _same_name_in_two_subjects(tmp_path)
    first, second = alm_excel.parse(path, path.read_bytes())
    assert (first.description, len(first.steps)) == ("Login in subject A", 2)
    assert (second.description, len(second.steps)) == ("Login in subject B", 1)
    assert second.attributes["subject"] == "Subject\\B"


def test_same_test_name_under_two_subjects_is_a_duplicate_reference(tmp_path: Path) -> None:
    error = refusal(_same_name_in_two_subjects(tmp_path))
    assert str(error).startswith(f"{tmp_path / 'subjects.xlsx'}: sheet 'Design Steps', row 6: ")
    assert "SIT_TC_01 appears twice (also at sheet 'Design Steps', row 4)" in str(error)


def test_repeated_subject_and_name_continue_the_same_test(tmp_path: Path) -> None:
    rows = [["Subject\\A", "SIT_TC_01 Login", "MANUAL", "Login", "Step 1", "Log in", "In", None],
            ["Subject\\A", "SIT_TC_01 Login", "MANUAL", "Login", "Step 2", "Log out", "Out", None]]
    (case,) = cases(build_alm_workbook(tmp_path / "same.xlsx", rows))
    assert len(case.steps) == 2


def test_cells_with_numbers_html_entities_and_no_reference(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Subject\\Demo", "Meter read validation", "MANUAL", None, 1, "Submit a read of 12345 &amp; check it",
         "<div>Read accepted<br>Status: <b>VALID</b></div>", None],
        [None, None, None, None, 2.0, "Submit a read lower than the last one", 3.5, None],
    ]
    (case,) = cases(build_alm_workbook(tmp_path / "numbers.xlsx", rows))

    assert case.reference == "Meter read validation"
    assert case.title == "Meter read validation"
    assert [s.name for s in case.steps] == ["1", "2"]
    assert case.steps[0].action == "Submit a read of 12345 & check it"
    assert case.steps[0].expected == "Read accepted\nStatus: VALID"
    assert case.steps[1].expected == "3.5"
    assert case.description == ""
    assert case.attributes == {"subject": "Subject\\Demo", "type": "MANUAL"}


def test_blank_step_name_is_none(tmp_path: Path) -> None:
    rows = [["S", "TC_01 Only test", "MANUAL", "", None, "Do the thing", "It is done", None]]
    (case,) = cases(build_alm_workbook(tmp_path / "noname.xlsx", rows))
    assert case.steps[0].name is None
    assert case.reference == "TC_01"


# -- refusals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    pytest.param(b"PK\x03\x04" + b"\x00" * 64, id="corrupt-zip"),
    pytest.param("zip-without-workbook", id="plain-zip"),
    pytest.param("truncated", id="truncated-xlsx"),
])
def test_unreadable_workbook(tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / "broken.xlsx"
    if content == "zip-without-workbook":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("notes.txt", "not a workbook")
        content = buffer.getvalue()
    elif content == "truncated":
        whole = build_alm_workbook(tmp_path / "whole.xlsx").read_bytes()
        content = whole[: len(whole) // 2]
    assert isinstance(content, bytes)
    path.write_bytes(content)

    error = refusal(path)
    assert "not a readable .xlsx workbook" in str(error)
    assert str(error).startswith(str(path))


def test_no_header_in_any_sheet(tmp_path: Path) -> None:
    path = build_alm_workbook(tmp_path / "noheader.xlsx", EXAMPLE_ROWS, header=None, sheets_before=["Cover"])
    error = refusal(path)
    assert "no sheet has a header row with Subject, Test Name, Type, Description, Step Name, Description, " \
           "Expected" in str(error)
    assert "'Cover', 'Design Steps'" in str(error)


def test_header_below_the_search_rows_is_not_found(tmp_path: Path) -> None:
    rows = [[None]] * 9 + [HEADER] + EXAMPLE_ROWS
    error = refusal(build_alm_workbook(tmp_path / "deep.xlsx", rows, header=None))
    assert "no sheet has a header row" in str(error)


def test_header_missing_a_column(tmp_path: Path) -> None:
    header = [name for name in HEADER if name != "Type"]
    rows = [row[:2] + row[3:] for row in EXAMPLE_ROWS]
    error = refusal(build_alm_workbook(tmp_path / "notype.xlsx", rows, header=header))
    assert error.place == "sheet 'Design Steps', row 3"
    assert "missing Type" in str(error)
    assert "expected the columns Subject, Test Name, Type" in str(error)


def test_header_with_only_one_description(tmp_path: Path) -> None:
    header = ["Subject", "Test Name", "Type", "Description", "Step Name", "Expected"]
    error = refusal(build_alm_workbook(tmp_path / "onedesc.xlsx", [], header=header, title=None))
    assert error.place == "sheet 'Design Steps', row 1"
    assert "Description (after Step Name)" in str(error)


def test_step_row_before_any_test(tmp_path: Path) -> None:
    rows = [[None, None, None, None, "Step 1", "Send the registration", "Accepted", None], *EXAMPLE_ROWS]
    error = refusal(build_alm_workbook(tmp_path / "orphan.xlsx", rows))
    assert error.place == "sheet 'Design Steps', row 4, cell B4"
    assert "before any test" in str(error)
    assert "expected a 'Test Name'" in str(error)


def test_step_with_empty_action(tmp_path: Path) -> None:
    rows = [list(row) for row in EXAMPLE_ROWS]
    rows[2][5] = "   "  # SIT_COS_TC_01 Step 3, on sheet row 6
    error = refusal(build_alm_workbook(tmp_path / "noaction.xlsx", rows))
    assert error.place == "sheet 'Design Steps', row 6, cell F6"
    assert "test SIT_COS_TC_01 Change of supplier with SMETS2 meter, step 'Step 3'" in str(error)
    assert "Description (the action) is empty" in str(error)


def test_test_without_steps(tmp_path: Path) -> None:
    rows = [[SUBJECT, "SIT_COS_TC_00 Placeholder", "MANUAL", "Not written yet", None, None, None, None],
            *EXAMPLE_ROWS]
    error = refusal(build_alm_workbook(tmp_path / "nosteps.xlsx", rows))
    assert error.place == "sheet 'Design Steps', row 4, cell B4"
    assert "SIT_COS_TC_00 Placeholder has no step rows" in str(error)


def test_last_test_without_steps(tmp_path: Path) -> None:
    rows = [*EXAMPLE_ROWS, [SUBJECT, "SIT_COS_TC_09 Not written", "MANUAL", None, None, None, None, None]]
    error = refusal(build_alm_workbook(tmp_path / "laststeps.xlsx", rows))
    assert error.place == "sheet 'Design Steps', row 14, cell B14"


def test_header_without_tests(tmp_path: Path) -> None:
    error = refusal(build_alm_workbook(tmp_path / "empty.xlsx", []))
    assert error.place == "sheet 'Design Steps', row 3"
    assert "no tests below the header row" in str(error)
