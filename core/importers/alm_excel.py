"""HP ALM / OpenText "design steps" Excel export (.xlsx).

Columns ``Subject, Test Name, Type, Description, Step Name, Description, Expected``: the first
``Description`` (before ``Step Name``) describes the test, the second (after it) is the step's
action. One row per step. ALM either repeats the test-level cells on every step row or fills them
only on a test's first row. A test is identified by ``(Subject, Test Name)``: ALM allows the same
name in two subject folders, so a new test starts wherever ``Test Name`` is filled in and changes, or
``Subject`` is filled in and changes (an empty Subject continues the current test, as in the
first-row-only layout). Exports often carry a title row, so the header is looked for in the first
rows of each sheet. A workbook may split its tests over several sheets: every sheet with a header
row is read, in workbook order, and sheets without one (covers, notes) are skipped.
ALM keeps rich text as HTML, which is reduced to plain words here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl (and numpy under it) loads only when a workbook is read: `attest` starts faster
    from openpyxl.workbook.workbook import Workbook

from attest.core.errors import InputError, shown
from attest.core.importers.common import (
    EVIDENCE_COLUMNS,
    bad_character,
    character_name,
    evidence_flag,
    html_to_text,
    split_reference,
    tidy,
)
from attest.core.importers.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, check_xlsx
from attest.core.model import Step, TestCase

FORMAT = "alm-excel"
REQUIRED = ["Subject", "Test Name", "Type", "Description", "Step Name", "Description", "Expected"]
HEADER_SEARCH_ROWS = 10  # ALM puts at most a title and a blank row above the header
_LABELS = {
    "subject": "Subject", "test_name": "Test Name", "type": "Type",
    "test_description": "Description (before Step Name)", "step_name": "Step Name",
    "step_description": "Description (after Step Name)", "expected": "Expected",
}
@dataclass(frozen=True)
class _Columns:
    """0-based positions of the columns this importer reads, plus the extra ones kept as attributes."""

    subject: int
    test_name: int
    type: int
    test_description: int
    step_name: int
    step_description: int
    expected: int
    extra: tuple[tuple[int, str], ...]


@dataclass
class _Draft:
    """A test being collected while its step rows are read."""

    name: str
    subject: str
    row: int
    attributes: dict[str, Any]
    description: str
    steps: list[Step] = field(default_factory=list)


def parse(path: Path, data: bytes) -> list[TestCase]:
    file = str(path)
    workbook = _open(file, data)
    try:
        cases: list[TestCase] = []
        for sheet in workbook.worksheets:
            found = _find_header(file, sheet)
            if found is None:
                continue
            header_row, header = found
            columns = _columns(file, sheet.title, header_row, header)
            cases += _read_cases(file, sheet.title, header_row, columns, _rows(file, sheet, header_row + 1))
        if not cases:  # a sheet with a header but no tests is refused by _read_cases
            sheets = ", ".join(f"'{shown(name, 40)}'" for name in workbook.sheetnames[:10])
            raise InputError(file, f"no sheet has a header row with {', '.join(REQUIRED)} (looked in the first "
                             f"{HEADER_SEARCH_ROWS} rows of {sheets}); expected an ALM design-steps export")
        return cases
    finally:
        workbook.close()


def _open(file: str, data: bytes) -> Workbook:
    """The workbook, read-only, after :func:`limits.check_xlsx` has bounded and checked every part.

    openpyxl parses with defusedxml when it is installed (a dependency of Attest for that reason:
    ``openpyxl.xml.DEFUSEDXML``), so entities are refused there too. Whatever openpyxl still raises on
    content that is well-formed but not what Excel writes (a style or relationship that does not fit)
    is an input error naming the workbook, never an internal error."""
    check_xlsx(file, data)
    import openpyxl

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any failure of the third-party reader is the file's
        raise InputError(file, f"not a readable .xlsx workbook ({_reason(error)}); expected an ALM design-steps "
                         "export saved from Excel as .xlsx") from None


def _reason(error: BaseException) -> str:
    """What openpyxl's failure says, without quoting the file: its messages can repeat a cell or a name."""
    from openpyxl.utils.exceptions import InvalidFileException

    if isinstance(error, InvalidFileException):
        return "not an Excel workbook: its content types name no worksheet"
    if isinstance(error, KeyError):
        return "a part the workbook refers to is missing"
    if isinstance(error, MemoryError):
        return "too large to read"
    return f"{type(error).__name__}: its content is not as Excel writes it"


def _rows(file: str, sheet: Any, first: int, last: int | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Numbered rows of ``sheet`` within the limits (rows, cells in a row, characters in a cell); a sheet
    that openpyxl cannot read past some row is an input error naming the sheet, its part and that row."""
    number = first - 1
    where = f"sheet '{shown(sheet.title, 40)}' ({shown(getattr(sheet, '_worksheet_path', 'its part'), 60)})"
    try:
        for number, values in enumerate(sheet.iter_rows(min_row=first, max_row=last, values_only=True), start=first):
            if number > MAX_ROWS:
                raise InputError(file, f"more than {MAX_ROWS:,} rows, the limit for one sheet; split the export",
                                 place=_place(sheet.title, number))
            if len(values) > MAX_COLUMNS:
                raise InputError(file, f"a row that reaches column {len(values):,}, past the {MAX_COLUMNS} limit",
                                 place=_place(sheet.title, number))
            for column, value in enumerate(values):
                if not isinstance(value, str):
                    continue
                if len(value) > MAX_CELL_CHARS:
                    raise InputError(file, f"a cell of {len(value):,} characters, more than the {MAX_CELL_CHARS:,} "
                                     "limit", place=_place(sheet.title, number, column))
                found = bad_character(value)  # XML 1.0 lets the C1 controls by; a title would carry one to a terminal
                if found is not None:
                    raise InputError(file, f"{character_name(found.group())} is not allowed in a cell; remove it",
                                     place=_place(sheet.title, number, column))
            yield number, values
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - whatever openpyxl raises on a sheet it cannot read
        raise InputError(file, f"{where} cannot be read after row {number} ({_reason(error)})") from None


def _find_header(file: str, sheet: Any) -> tuple[int, list[str]] | None:
    """The header's row number and cells, or None for a sheet that holds no tests."""
    sheet.reset_dimensions()  # exporters often write a wrong <dimension>; read-only mode trusts it
    for number, values in _rows(file, sheet, 1, HEADER_SEARCH_ROWS):
        header = [_text(value) for value in values]
        names = {_key(name) for name in header}
        if "test name" in names and "expected" in names:
            return number, header
    return None


def _columns(file: str, sheet: str, row: int, header: list[str]) -> _Columns:
    """Map the header, telling the two ``Description`` columns apart by which side of ``Step Name`` they are."""
    keys = [_key(name) for name in header]

    def find(name: str, after: int = -1, before: int | None = None) -> int | None:
        end = len(keys) if before is None else before
        return next((i for i in range(after + 1, end) if keys[i] == name), None)

    step_name = find("step name")
    found = {
        "subject": find("subject"),
        "test_name": find("test name"),
        "type": find("type"),
        "test_description": find("description", before=step_name) if step_name is not None else None,
        "step_name": step_name,
        "step_description": find("description", after=step_name) if step_name is not None else None,
        "expected": find("expected"),
    }
    missing = [_LABELS[key] for key, position in found.items() if position is None]
    if missing:
        raise InputError(file, f"the header row is missing {', '.join(missing)}; expected the columns "
                         f"{', '.join(REQUIRED)}", place=_place(sheet, row))
    used = set(found.values())
    extra = tuple((i, name) for i, name in enumerate(header) if name and i not in used)
    return _Columns(**found, extra=extra)  # type: ignore[arg-type]


def _read_cases(file: str, sheet: str, header_row: int, cols: _Columns,
                rows: Iterator[tuple[int, tuple[Any, ...]]]) -> list[TestCase]:
    cases: list[TestCase] = []
    current: _Draft | None = None
    for number, values in rows:
        name, subject = _cell(values, cols.test_name), _cell(values, cols.subject)
        if name and (current is None or name != current.name or (subject and subject != current.subject)):
            if current is not None:
                cases.append(_finish(file, sheet, cols, current))
            current = _start(name, number, values, cols)
        step_name, action = _cell(values, cols.step_name), _cell(values, cols.step_description)
        expected = _cell(values, cols.expected)
        if not (step_name or action or expected):
            continue  # a blank row, or a test row whose steps follow on their own rows
        if current is None:
            raise InputError(file, "a step row comes before any test; expected a 'Test Name' on the first row "
                             "of each test", place=_place(sheet, number, cols.test_name))
        if not action:
            label = f"'{shown(step_name)}'" if step_name else str(len(current.steps) + 1)
            raise InputError(file, f"test {shown(current.name)}, step {label}: the step Description (the action) is "
                             "empty; expected what the tester should do",
                             place=_place(sheet, number, cols.step_description))
        required = any(evidence_flag(_cell(values, i)) for i, header in cols.extra
                       if header.strip().lower() in EVIDENCE_COLUMNS)
        current.steps.append(Step(action=action, expected=expected, name=step_name or None,
                                  evidence_required=required))
    if current is None:
        raise InputError(file, "no tests below the header row; expected rows with a Test Name and its steps",
                         place=_place(sheet, header_row))
    cases.append(_finish(file, sheet, cols, current))
    return cases


def _start(name: str, row: int, values: tuple[Any, ...], cols: _Columns) -> _Draft:
    """A test's own cells are read from its first row, whichever layout repeats them."""
    attributes = {"subject": _cell(values, cols.subject), "type": _cell(values, cols.type)}
    attributes.update({header: _cell(values, i) for i, header in cols.extra
                       if header.strip().lower() not in EVIDENCE_COLUMNS})  # a step's flag, read per step
    return _Draft(name, attributes["subject"], row, {k: v for k, v in attributes.items() if v},
                  _cell(values, cols.test_description))


def _finish(file: str, sheet: str, cols: _Columns, draft: _Draft) -> TestCase:
    if not draft.steps:
        raise InputError(file, f"test {shown(draft.name)} has no step rows; expected Step Name, Description and "
                         "Expected on its row or the rows below it", place=_place(sheet, draft.row, cols.test_name))
    reference, rest = split_reference(draft.name)
    return TestCase(
        reference=reference or draft.name,
        title=rest if reference else draft.name,
        description=draft.description,
        steps=tuple(draft.steps),
        attributes=draft.attributes,
        source_file=file,
        source_format=FORMAT,
        origin=f"sheet '{sheet}', row {draft.row}",
    )


def _place(sheet: str, row: int, column: int | None = None) -> str:
    place = f"sheet '{shown(sheet, 40)}', row {row}"
    from openpyxl.utils import get_column_letter

    return place if column is None else f"{place}, cell {get_column_letter(column + 1)}{row}"


def _cell(values: tuple[Any, ...], index: int) -> str:
    return _text(values[index]) if index < len(values) else ""  # read-only rows stop at their last value


def _key(name: str) -> str:
    return " ".join(name.split()).lower()


def _text(value: Any) -> str:
    """A cell as display text: whole numbers without '.0', dates without a midnight time, HTML as words."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return tidy(html_to_text(str(value)))
