"""Build ALM design-steps workbooks: the shipped example, and malformed variants for the tests.

Run it to (re)write ``core/examples/alm_design_steps.xlsx``::

    python tests/make_alm_example.py
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEADER = ["Subject", "Test Name", "Type", "Description", "Step Name", "Description", "Expected", "Status"]
TITLE = "Design Steps export - MHHS SIT change of supplier"
EXAMPLE = Path(__file__).resolve().parent.parent / "core" / "examples" / "alm_design_steps.xlsx"

_SUBJECT = "Subject\\MHHS\\SIT\\Change of Supplier"

# Test-level cells (Subject, Test Name, Type, test Description, Status) only on each test's first row,
# as ALM writes them when "repeat values" is off. Step text carries some of ALM's HTML.
EXAMPLE_ROWS: list[list[Any]] = [
    [_SUBJECT, "SIT_COS_TC_01 Change of supplier with SMETS2 meter", "MANUAL",
     "<html><body><p>Gaining supplier registers a metering point fitted with a <b>SMETS2</b> meter.</p></body></html>",
     "Step 1", "Submit a registration request for the test metering point from the gaining supplier.",
     "Registration is accepted and a pending change of supplier is created.", "Ready"],
    [None, None, None, None,
     "Step 2", "Wait for the objection window to close without raising an objection.",
     "No objection is recorded; the switch proceeds.", None],
    [None, None, None, None,
     "Step 3", "<p>Check the smart meter is <b>commissioned</b> for the gaining supplier.</p>",
     "DCC service request succeeds and the meter shows the gaining supplier's credentials.", None],
    [None, None, None, None,
     "Step 4", "Request an opening read from the meter.",
     "An opening read is returned and is dated the supply start date.", None],
    [_SUBJECT, "SIT_COS_TC_02 Objection by losing supplier", "MANUAL",
     "Losing supplier objects to a change of supplier within the objection window.",
     "Step 1", "Submit a registration request from the gaining supplier.",
     "Registration is accepted and a pending change of supplier is created.", "Ready"],
    [None, None, None, None,
     "Step 2", "<div>Raise an objection from the losing supplier:<ul><li>reason: debt</li>"
     "<li>within the objection window</li></ul></div>",
     "The objection is recorded against the pending registration.", None],
    [None, None, None, None,
     "Step 3", "Check the registration status from the gaining supplier.",
     "Registration is rejected with the objection reason; the losing supplier remains registered.", None],
    ["Subject\\MHHS\\SIT\\Smart Install", "SIT_INS_TC_01 Install and commission SMETS2 electricity meter", "MANUAL",
     "Installer fits a SMETS2 meter and commissions it with the DCC.",
     "Step 1", "Book an install appointment for the test premises.",
     "The appointment is confirmed with a date and time slot.", "Design"],
    [None, None, None, None,
     "Step 2", "Fit the meter and communications hub, then join the meter to the hub.",
     "The meter joins the home area network.", None],
    [None, None, None, None,
     "Step 3", "Commission the meter with the DCC.",
     "The meter is commissioned and its status shows as installed and commissioned.", None],
]


def build_alm_workbook(
    path: Path,
    rows: Sequence[Sequence[Any]] = EXAMPLE_ROWS,
    *,
    header: Sequence[Any] | None = HEADER,
    title: str | None = TITLE,
    sheet: str = "Design Steps",
    sheets_before: Sequence[str] = (),
    sheets_after: Sequence[tuple[str, Sequence[Sequence[Any]]]] = (),
) -> Path:
    """Write a design-steps workbook to ``path``.

    ``title`` puts a title row and a blank row above the header (so the header lands on row 3);
    ``sheets_before`` adds sheets with no header ahead of the data sheet; ``header=None`` leaves it out.
    ``sheets_after`` adds ``(name, rows)`` sheets after it, rows written as given (include ``HEADER``
    to make another data sheet).
    """
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    for name in sheets_before:
        cover = workbook.create_sheet(name)
        cover.append(["This workbook was exported from ALM"])
    data = workbook.create_sheet(sheet)
    workbook.remove(first)
    if title is not None:
        data.append([title])
        data.append([])
    if header is not None:
        data.append(list(header))
    for row in rows:
        data.append(list(row))
    for name, more in sheets_after:
        extra = workbook.create_sheet(name)
        for row in more:
            extra.append(list(row))
    workbook.save(path)
    return path


def repeated(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """The same rows with the test-level cells (first four columns and the last) repeated on every step row."""
    out: list[list[Any]] = []
    last: list[Any] = []
    for row in rows:
        row = list(row)
        if row[1]:
            last = row[:4] + row[-1:]
        out.append(last[:4] + row[4:-1] + last[-1:])
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE
    print(build_alm_workbook(target))
