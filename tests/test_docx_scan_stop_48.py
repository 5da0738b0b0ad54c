"""What helper-90's held-out .docx corpus (stop 48) hid from the leak scan, fixed as a class with generated cases: a
bare MPRN in a form's table cell beside the cell that labels it ("Gas MPRN | 77151937"), in a row Word hides or a
column set to no width, which the scan read as a column's header beside a value of another kind."""

from __future__ import annotations

import io
import random

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from attest.redaction.scan import scan_bytes


def _form(rows: list[tuple[str, ...]], hide_row: int | None = None, zero_column: int | None = None) -> bytes:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if hide_row is not None:
        tr_pr = table.rows[hide_row]._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:hidden"))
    if zero_column is not None:
        for grid_col in table._tbl.tblGrid.findall(qn("w:gridCol")):
            grid_col.set(qn("w:w"), "0")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("seed", range(8))
def test_a_bare_mprn_beside_its_labels_cell_is_flagged(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**6, 10**10))
    label = rng.choice(["Gas MPRN", "MPRN", "Gas supply point", "Meter point reference"])
    rows = [("Field", "Value", "Note"), ("Test case", "TC-4471", ""), (label, mprn, "checked")]
    data = _form(rows, hide_row=2 if seed % 3 == 0 else None, zero_column=1 if seed % 3 == 1 else None)
    kinds = {f.kind for f in scan_bytes(data, "form.docx")}
    assert "MPRN" in kinds, (label, mprn, kinds)


@pytest.mark.parametrize("label", ["Work order", "Invoice", "Reading", "Build", "Name"])
def test_a_number_beside_a_cell_that_names_something_else_is_clean(label: str) -> None:
    rows = [("Field", "Value"), ("Test case", "TC-4471"), (label, "77151937")]
    assert scan_bytes(_form(rows), "form.docx") == []

