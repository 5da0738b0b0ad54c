"""What helper-104's held-out .docx corpus (stop 51) hid from the leak scan, fixed as classes with generated cases: a
legacy form drop-down whose entry is a person (read as typed text, names known by their forename too), an account's
number in a picture (its shape now counts as a leak), and a value a terminal's picture wraps over two lines (the halves
read joined, the device id's separator opening the second line too)."""

from __future__ import annotations

import io
import random

import pytest
from corpus_screens import font
from docx import Document
from docx.oxml.parser import parse_xml
from docx.shared import Inches
from PIL import Image, ImageDraw

from attest.redaction.scan import scan_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _saved(document: Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _dropdown(entries: list[str]) -> bytes:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: reading accepted.")
    paragraph = document.add_paragraph("Customer: ")
    listed = "".join(f'<w:listEntry w:val="{entry}"/>' for entry in entries)
    for xml in (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/><w:enabled/>'
                f'<w:ddList><w:result w:val="{len(entries) - 1}"/>{listed}</w:ddList></w:ffData></w:fldChar></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>',
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))
    return _saved(document)


@pytest.mark.parametrize("name", ["Mohammed Begum", "Fatima Wisniewski", "Siân Llewellyn"])
def test_a_person_as_a_form_drop_downs_entry_is_flagged(name: str) -> None:
    found = scan_bytes(_dropdown(["(choose)", name]), "pack.docx")
    assert "NAME" in {f.kind for f in found}, found


def test_a_drop_downs_choices_that_name_no_one_are_clean() -> None:
    assert scan_bytes(_dropdown(["(choose)", "Credit", "Prepayment", "Smart PAYG"]), "pack.docx") == []


def _picture(lines: list[str]) -> bytes:
    image = Image.new("RGB", (820, 40 + 28 * len(lines)), (12, 12, 12))
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((10, 12 + 28 * i), line, font=font("mono", 18), fill=(220, 220, 220))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: terminal after the run.")
    document.add_picture(io.BytesIO(buffer.getvalue()), width=Inches(6))
    return _saved(document)


@pytest.mark.parametrize("seed", range(2))
def test_an_accounts_number_in_a_picture_is_flagged(seed: int) -> None:
    account = str(random.Random(seed).randrange(10**9, 10**10))
    found = scan_bytes(_picture(["Screen: registration system", f"Account no: {account}", "Status: awaiting"]), "p.docx")
    assert "ACCOUNT" in {f.kind for f in found}, found


@pytest.mark.parametrize("label,value,kind", [("account no=", "3123697489", "ACCOUNT"), ("mprn=", "7461591416", "MPRN"),
                                               ("device id (eui-64)=", "00-1B-C5-0C-A9-0E-2B-C2", "DEVICE")])
def test_a_value_a_terminal_wraps_over_two_lines_is_flagged(label: str, value: str, kind: str) -> None:
    first = f"2026-11-24 09:15:02,331 INFO ingest: {label}"
    cut = 62 - len(first)  # (a terminal's width: the value goes on at the next line's start)
    found = scan_bytes(_picture(["$ tail -n 3 /var/log/harness/dip.log", first + value[:cut], value[cut:] + " accepted",
                                 "$"]), "p.docx")
    assert kind in {f.kind for f in found}, found


def test_a_terminals_wrapped_references_are_clean() -> None:
    found = scan_bytes(_picture(["$ tail -n 3 /var/log/harness/dip.log", "2026-11-24 09:15:02,331 INFO ingest: run=TC-44",
                                 "71 flow=D0010 accepted in 2031 ms", "$"]), "p.docx")
    assert found == [], found


def _content_control(items: list[str], kind: str = "dropDownList") -> bytes:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: reading accepted.")
    listed = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in items)
    document.element.body.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="Customer"/><w:{kind}>{listed}</w:{kind}></w:sdtPr>'
        f'<w:sdtContent><w:p><w:r><w:t>Choose an item.</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    return _saved(document)


@pytest.mark.parametrize("kind", ["dropDownList", "comboBox"])
def test_a_person_as_a_content_controls_list_item_is_flagged(kind: str) -> None:
    found = scan_bytes(_content_control(["Kofi Mensah", "Mohammed Begum"], kind), "pack.docx")
    assert "NAME" in {f.kind for f in found}, found


def test_a_content_controls_choices_that_name_no_one_are_clean() -> None:
    assert scan_bytes(_content_control(["Credit", "Prepayment", "Smart PAYG"]), "pack.docx") == []
