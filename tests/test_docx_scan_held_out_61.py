"""What a held-out .docx corpus (stop 39) showed: a value in the paragraph under its label's ("Gas MPRN:" then
"8026699123", or a list item whose number and text make it: "8026" from the numbering, "699123" typed) passed
the scan, which read a label in one paragraph as no reason to take the next for its value. A label alone in its
paragraph, its colon last, is a form's label: the paragraph under it is its value."""

from __future__ import annotations

import io
import random

import docx
import pytest

from attest.redaction.scan import scan_bytes


def _document(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(4))
def test_a_value_in_the_paragraph_under_its_label_is_flagged(seed: int) -> None:
    rng = random.Random(seed)
    mprn = str(rng.randrange(10**9, 10**10))
    label = rng.choice(["Gas MPRN:", "MPRN:", "Gas supply point:", "Meter point reference:"])
    data = _document(["Outcome: Passed. Defect DEF-2291 closed at retest.", label, mprn, "Notes follow."])
    found = scan_bytes(data, "altered.docx")
    assert any(f.kind == "MPRN" and f.value.endswith(mprn[-3:]) for f in found), found


def test_a_columns_header_is_no_label_of_the_paragraph_under_it() -> None:
    """Without a colon, a heading over a number is no form's label: "Run" over a count stays."""
    data = _document(["Run", "8026699123", "Status", "Passed"])
    assert not scan_bytes(data, "clean.docx")


def test_a_person_named_in_a_links_address_is_flagged() -> None:
    """A hyperlink's external target ("…/lookup?q=Eilidh%20Fitzwilliam"): Attest writes no link, so the name in
    its query is read as a name known by its forename alone."""
    document = docx.Document()
    paragraph = document.add_paragraph("See the CRM record.")
    part = document.part
    r_id = part.relate_to("https://crm.example.org/lookup?q=Eilidh%20Fitzwilliam",
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    link = docx.oxml.OxmlElement("w:hyperlink")
    link.set(docx.oxml.ns.qn("r:id"), r_id)
    paragraph._p.append(link)
    buffer = io.BytesIO()
    document.save(buffer)
    found = scan_bytes(buffer.getvalue(), "linked.docx")
    assert any(f.kind == "NAME" and "Target" in f.place for f in found), found
