"""Azure DevOps test case CSV, as Test Plans exports it.

Columns ``ID, Work Item Type, Title, Test Step, Step Action, Step Expected`` (any order, extra
columns kept as case attributes). A test case row carries ID, type and title; the rows after it
carry its steps. ADO writes step text as HTML and multi-line cells quoted; both are handled.
The case reference comes from a ``Reference`` column if there is one, else from the start of the
title (``FM_TS_1_TC_01 - Forward migration``), else ``ADO-<ID>``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from attest.core.errors import InputError, shown
from attest.core.importers.common import (
    EVIDENCE_COLUMNS,
    check_characters,
    decode_utf8,
    evidence_flag,
    html_to_text,
    mention,
    plain,
    split_reference,
    tidy,
)
from attest.core.importers.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS
from attest.core.model import Step, TestCase

REQUIRED = ["ID", "Work Item Type", "Title", "Test Step", "Step Action", "Step Expected"]
_REFERENCE_COLUMNS = ("reference", "test case reference", "tc reference")


def parse(path: Path, data: bytes) -> list[TestCase]:
    file = str(path)
    text = decode_utf8(path, data)
    check_characters(path, text, "a test case CSV")
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(file, "the file is empty; expected a header row", line=1) from None
    except csv.Error as error:
        raise _malformed(file, error, 1) from None
    _check_record(file, header, 1, 0)
    header = [h.strip() for h in header]
    columns = {name.lower(): i for i, name in enumerate(header) if name}
    missing = [name for name in REQUIRED if name.lower() not in columns]
    if missing:
        raise InputError(
            file,
            f"missing column(s) {', '.join(repr(m) for m in missing)}; expected an Azure DevOps test case export "
            f"with columns {', '.join(REQUIRED)}",
            line=1,
        )
    col = {name: columns[name.lower()] for name in REQUIRED}
    ref_col = next((columns[c] for c in _REFERENCE_COLUMNS if c in columns), None)
    evidence_col = next((columns[c] for c in EVIDENCE_COLUMNS if c in columns), None)
    extra = [(i, name) for i, name in enumerate(header)
             if name and name.lower() not in {r.lower() for r in REQUIRED} and i not in (ref_col, evidence_col)]

    cases: list[TestCase] = []
    current: dict[str, object] | None = None
    steps: list[Step] = []

    def close_case() -> None:
        if current is None:
            return
        if not steps:
            raise InputError(file, f"test case {shown(current['reference'])} (ID {_id(current['id'])}) has no "
                             "steps; expected step rows (Test Step, Step Action, Step Expected) after it",
                             line=int(str(current["line"])))
        cases.append(TestCase(
            reference=str(current["reference"]), title=str(current["title"]), steps=tuple(steps),
            attributes=dict(current["attributes"]),  # type: ignore[call-overload]
            source_file=file, source_format="ado-csv", origin=f"line {current['line']}",
        ))

    line_end = reader.line_num
    records = 0
    while True:
        start = line_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise _malformed(file, error, start) from None
        line_end = reader.line_num
        records += 1
        _check_record(file, row, start, records)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            raise InputError(file, f"{len(row)} cells but the header has {len(header)} columns "
                             "(an unquoted comma in a cell?)", line=start)
        cell = {name: (row[i].strip() if i < len(row) else "") for name, i in col.items()}
        if cell["ID"] or cell["Work Item Type"] or cell["Title"]:
            wit = cell["Work Item Type"]
            if wit and wit.lower() != "test case":
                # named only if it reads as a type: a row shifted by an unquoted comma puts a title here
                raise InputError(file, f"Work Item Type {mention(wit)} is not a test case; expected 'Test Case' rows, "
                                 "each followed by its step rows", line=start)
            if not cell["Title"]:
                raise InputError(file, f"test case ID {_id(cell['ID'])} has no Title; expected a Title on each "
                                 "'Test Case' row", line=start)
            close_case()
            steps = []
            ref_from_title, title = split_reference(cell["Title"])
            explicit = row[ref_col].strip() if ref_col is not None and ref_col < len(row) else ""
            reference = explicit or ref_from_title or (f"ADO-{cell['ID']}" if cell["ID"] else "")
            if not reference:
                raise InputError(file, "test case row has neither an ID nor a reference in its title", line=start)
            attributes: dict[str, str] = {"ado_id": cell["ID"]} if cell["ID"] else {}
            attributes.update({name: row[i].strip() for i, name in extra if i < len(row) and row[i].strip()})
            current = {"reference": reference, "title": title if (explicit or ref_from_title) else cell["Title"],
                       "id": cell["ID"], "line": start, "attributes": attributes}
            if not (cell["Step Action"] or cell["Step Expected"]):
                continue  # steps follow on their own rows
        if current is None:
            raise InputError(file, "a step row comes before any test case row; expected a 'Test Case' row "
                             "(ID, Work Item Type, Title) first", line=start)
        action = tidy(html_to_text(cell["Step Action"]))
        expected = tidy(html_to_text(cell["Step Expected"]))
        if not action:
            step = plain(cell["Test Step"]) or (mention(cell["Test Step"]) if cell["Test Step"] else len(steps) + 1)
            raise InputError(file, f"test case {shown(current['reference'])}, step {step}: 'Step Action' is empty; "
                             "expected what the tester should do", line=start)
        # ADO numbers steps 1, 2, 3: a bare number adds nothing; anything else ("1.2", "Setup") is kept
        name = cell["Test Step"] if cell["Test Step"] and not cell["Test Step"].isdigit() else None
        required = evidence_col is not None and evidence_col < len(row) and evidence_flag(row[evidence_col])
        steps.append(Step(action=action, expected=expected, name=name, evidence_required=required))
        # extra columns filled in on a step row are kept with the case, named by step, not dropped
        for i, column in extra:
            if i < len(row) and row[i].strip():
                current["attributes"][f"step {len(steps)}: {column}"] = row[i].strip()  # type: ignore[index]
    close_case()
    if not cases:
        raise InputError(file, "no test case rows found; expected rows with Work Item Type 'Test Case'", line=2)
    return cases


def _check_record(file: str, row: list[str], line: int, records: int) -> None:
    """The limits of ``limits`` on one record: rows so far, cells in it, characters in each cell. Checked
    as each record is read, so a file of a million rows is refused at the row past the limit."""
    if records > MAX_ROWS:
        raise InputError(file, f"more than {MAX_ROWS:,} rows, the limit for one file; split the export", line=line)
    if len(row) > MAX_COLUMNS:
        raise InputError(file, f"a row of {len(row):,} cells, more than the {MAX_COLUMNS} limit", line=line)
    for number, cell in enumerate(row, start=1):
        if len(cell) > MAX_CELL_CHARS:
            raise InputError(file, f"cell {number} holds {len(cell):,} characters, more than the {MAX_CELL_CHARS:,} "
                             "limit", line=line)


def _malformed(file: str, error: csv.Error, line: int) -> InputError:
    """The csv module's complaint, which names a structure ("unexpected end of data"), not content; its own
    cell limit (a cell longer than it reads) is told as ours."""
    if "field larger than field limit" in str(error):
        return InputError(file, f"a cell of more than {MAX_CELL_CHARS:,} characters, the limit", line=line)
    reason = str(error)
    if "expected after" in reason:
        words = "a quoted cell goes on after its closing quote; expected the separator right after it (a quote " \
                "inside a cell is written twice: \"\")"
    elif "unexpected end of data" in reason:
        words = "the file ends inside a quoted cell that starts on this record; expected its closing quote"
    elif "new-line character seen in unquoted field" in reason:
        words = "a line break inside a cell that is not quoted; expected the cell in quotes"
    else:  # the csv module's words name structures, never a cell's content; cut all the same
        words = " ".join(reason.split())[:100]
    return InputError(file, f"malformed CSV: {words}", line=line)


def _id(value: object) -> str:
    """A work item ID as a message names it: the number, or 'none', or (for a cell that is no ID: a row shifted
    by an unquoted comma puts a title here) its length only."""
    text = str(value).strip()
    return text if text.isdigit() and len(text) <= 10 else "none" if not text else mention(text, 12)
