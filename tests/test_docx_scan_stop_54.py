"""Classes a held-out .docx round (helper-117, stop 54) found passing the scan, fixed as classes.

A form's label and its value a paragraph apart or a cell apart ("Account no:" over "7150526635", "Customer:" beside
"Summer Marsh"): the scan read a label in one piece as naming a number's kinds in the next only, so an account
number or a name of English words, which only the label says is one, passed; a template's header holding such a row
went into a pack certified clean."""

from __future__ import annotations

import io
import random

import pytest

from attest.redaction.scan import scan_bytes

NAMES = ["Summer Marsh", "Grace Bell", "Rose Wood", "Ivy Field"]


def _document(label: str, value: str, how: str, header: bool = False) -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from attest.templates.styles import DEFAULT_TEMPLATE

    document = docx.Document(str(DEFAULT_TEMPLATE))
    where = document.sections[0].header if header else document
    if how == "paragraphs":
        where.add_paragraph(label)
        where.add_paragraph(value)
    else:
        table = where.add_table(rows=1, cols=2) if not header else where.add_table(rows=1, cols=2, width=docx.shared.Cm(12))
        table.rows[0].cells[0].text = label
        table.rows[0].cells[1].text = value
        if how == "turned cell":
            direction = OxmlElement("w:textDirection")
            direction.set(qn("w:val"), "tbRlV")
            table.rows[0].cells[1]._tc.get_or_add_tcPr().append(direction)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(8))
def test_a_value_a_paragraph_or_a_cell_after_its_label_is_found(seed: int) -> None:
    rng = random.Random(seed)
    how = rng.choice(["paragraphs", "cells", "turned cell"])
    if seed % 2:
        label, value, kind = rng.choice(["Account no:", "Account number:", "Customer account:"]), \
            f"{rng.randrange(10**9, 10**10)}", "ACCOUNT"
    else:
        label, value, kind = rng.choice(["Customer:", "Customer name:", "Occupier:"]), rng.choice(NAMES), "NAME"
    found = scan_bytes(_document(label, value, how, header=seed % 3 == 0), "evidence.docx")
    assert any(f.kind in (kind, "MPRN") for f in found), (label, value, how, found)


@pytest.mark.parametrize("label, value", [("Lessons learnt:", "Book DCC slots early"), ("Outcome:", "Passed"),
                                          ("Next steps:", "Grace period ends Friday"), ("Witness:", "Attended remotely")])
def test_a_headings_words_over_prose_are_no_value(label: str, value: str) -> None:
    for how in ("paragraphs", "cells"):
        assert scan_bytes(_document(label, value, how), "evidence.docx") == []
